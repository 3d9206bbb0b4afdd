// SMTP commands (RFC 5321 §4.1 and the extensions this library knows) as an
// enum, a compact set of commands, and their wire names.
#ifndef SMTPCODES_COMMAND_HPP
#define SMTPCODES_COMMAND_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace smtpcodes {
inline namespace v1 {

/// The step of a session a reply answers. `connect` is the greeting,
/// `end_of_data` the final "." after DATA. The enumerators after `quit` are
/// extension commands (RFC 5321 HELP, RFC 1985 ETRN, RFC 2645 ATRN, RFC 4468 BURL).
enum class smtp_command : std::uint8_t {
  unknown,
  connect,
  helo,
  ehlo,
  starttls,
  auth,
  mail,
  rcpt,
  data,
  end_of_data,
  bdat,
  rset,
  vrfy,
  expn,
  noop,
  quit,
  help,
  etrn,
  atrn,
  burl,
};
inline constexpr unsigned smtp_command_count = 20;

/// A set of commands, one bit per smtp_command; `any_command` marks replies
/// that RFC 5321 §4.3.2 allows after every command (500, 501, 421).
class command_set {
 public:
  constexpr command_set() noexcept = default;
  constexpr explicit command_set(std::uint32_t bits) noexcept : bits_(bits) {}
  [[nodiscard]] constexpr bool has(smtp_command c) const noexcept {
    return (bits_ & bit(c)) != 0 || ((bits_ & any_bit) != 0 && c != smtp_command::unknown);
  }
  [[nodiscard]] constexpr bool any() const noexcept { return (bits_ & any_bit) != 0; }
  [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
  [[nodiscard]] constexpr std::uint32_t bits() const noexcept { return bits_; }
  [[nodiscard]] constexpr command_set operator|(command_set o) const noexcept {
    return command_set{bits_ | o.bits_};
  }
  [[nodiscard]] constexpr command_set operator|(smtp_command c) const noexcept {
    return command_set{bits_ | bit(c)};
  }
  [[nodiscard]] friend constexpr bool operator==(command_set a, command_set b) noexcept {
    return a.bits_ == b.bits_;
  }
  [[nodiscard]] friend constexpr bool operator!=(command_set a, command_set b) noexcept {
    return a.bits_ != b.bits_;
  }
  [[nodiscard]] static constexpr std::uint32_t bit(smtp_command c) noexcept {
    return std::uint32_t{1} << static_cast<unsigned>(c);
  }
  static constexpr std::uint32_t any_bit = std::uint32_t{1} << 31;

 private:
  std::uint32_t bits_ = 0;
};

[[nodiscard]] constexpr command_set operator|(smtp_command a, smtp_command b) noexcept {
  return command_set{command_set::bit(a) | command_set::bit(b)};
}
/// Every command (RFC 5321 §4.3.2: 500, 501 and 421 may answer any command).
inline constexpr command_set any_command{command_set::any_bit};

namespace detail {
/// A name stored in a fixed-width char array: the characters before its NUL.
/// Name lists are char arrays, not string_view arrays, because constructing
/// a string_view costs the compiler a constant evaluation in every file that
/// includes the header; these cost none until a name is asked for.
[[nodiscard]] constexpr std::string_view stored_name(const char* s) noexcept {
  std::size_t n = 0;
  while (s[n] != '\0') ++n;
  return {s, n};
}
// clang-format off
inline constexpr char command_names[smtp_command_count][12] = {
    "unknown", "connection", "HELO",        "EHLO", "STARTTLS", "AUTH", "MAIL",
    "RCPT",    "DATA",       "end of DATA", "BDAT", "RSET",     "VRFY", "EXPN",
    "NOOP",    "QUIT",       "HELP",        "ETRN", "ATRN",     "BURL"};
inline constexpr char command_identifiers[smtp_command_count][12] = {
    "unknown", "connect", "helo", "ehlo", "starttls", "auth", "mail", "rcpt", "data", "end_of_data",
    "bdat",    "rset",    "vrfy", "expn", "noop",     "quit", "help", "etrn", "atrn", "burl"};
// The verbs parse_command() reads, by enumerator ("DOT" is end_of_data).
inline constexpr char command_verbs[smtp_command_count][9] = {
    "",     "CONNECT", "HELO", "EHLO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "DOT",
    "BDAT", "RSET",    "VRFY", "EXPN", "NOOP",     "QUIT", "HELP", "ETRN", "ATRN", "BURL"};
// clang-format on
}  // namespace detail
/// The name a person or a log uses: "RCPT", "end of DATA", "connection".
[[nodiscard]] constexpr std::string_view to_string(smtp_command c) noexcept {
  const auto i = static_cast<unsigned>(c);
  return detail::stored_name(i < smtp_command_count ? detail::command_names[i]
                                                    : detail::command_names[0]);
}

/// The enumerator's own name, for JSON and logs: "rcpt", "end_of_data", "connect".
[[nodiscard]] constexpr std::string_view to_identifier(smtp_command c) noexcept {
  const auto i = static_cast<unsigned>(c);
  return detail::stored_name(i < smtp_command_count ? detail::command_identifiers[i]
                                                    : detail::command_identifiers[0]);
}

namespace detail {
[[nodiscard]] constexpr char ascii_upper(char c) noexcept {
  return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}
[[nodiscard]] constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
  return true;
}
}  // namespace detail

/// Command from a verb ("rcpt", "MAIL", "ehlo"; also "connect", "data-end");
/// `unknown` when the text names no command.
[[nodiscard]] constexpr smtp_command parse_command(std::string_view verb) noexcept {
  for (unsigned i = 1; i < smtp_command_count; ++i)
    if (detail::iequals(verb, detail::stored_name(detail::command_verbs[i])))
      return static_cast<smtp_command>(i);
  if (detail::iequals(verb, "END_OF_DATA") || detail::iequals(verb, "END-OF-DATA"))
    return smtp_command::end_of_data;
  return detail::iequals(verb, "GREETING") ? smtp_command::connect : smtp_command::unknown;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
