// compare(): the structured key differences of two reply codes, derived from
// the registry rows (detail/reply_table.hpp) and from the class and category
// digits (RFC 5321 §4.2.1). Records carry meaning, not prose: render.hpp
// turns them into sentences. constexpr, noexcept, no allocation.
#ifndef SMTPCODES_COMPARE_HPP
#define SMTPCODES_COMPARE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "command.hpp"
#include "registry.hpp"
#include "reply_code.hpp"

namespace smtpcodes {
inline namespace v1 {

/// One point on which two codes are compared, in the order a page lists them.
enum class aspect : std::uint8_t {
  reply_class,  ///< first digit: class identifier, "transient_negative"
  category,     ///< second digit: category identifier, "mail_system"
  meaning,      ///< the registry description
  when_seen,    ///< the registry "when seen" text
  remedy,       ///< the registry "how to fix" text
  retry,        ///< a retry token, see retry_token()
  connection,   ///< "closes" or "stays_open"
  commands,     ///< the commands the code answers, "MAIL RCPT" or "ANY"
  reference,    ///< the defining RFC sections
};
inline constexpr std::size_t aspect_count = 9;

/// Stable name of an aspect, "reply_class".
namespace detail {
// clang-format off
inline constexpr char aspect_names[aspect_count][12] = {
    "reply_class", "category", "meaning", "when_seen", "remedy", "retry", "connection",
    "commands", "reference"};
// clang-format on
}  // namespace detail
[[nodiscard]] constexpr std::string_view to_string(aspect a) noexcept {
  const auto i = static_cast<std::size_t>(a);
  return i < aspect_count ? detail::stored_name(detail::aspect_names[i])
                          : std::string_view{"unknown"};
}

/// One compared aspect. For a difference `first` and `second` differ; for a
/// shared trait they are equal. Views point at static storage.
struct difference {
  aspect what = aspect::reply_class;
  std::string_view first;
  std::string_view second;
};

/// Up to one record per aspect, in aspect order.
class record_list {
 public:
  using const_iterator = const difference*;
  [[nodiscard]] constexpr const_iterator begin() const noexcept { return items_; }
  [[nodiscard]] constexpr const_iterator end() const noexcept { return items_ + size_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr const difference& operator[](std::size_t i) const noexcept {
    return items_[i];
  }
  /// The record for `a`, or nullptr when the list has none.
  [[nodiscard]] constexpr const difference* find(aspect a) const noexcept {
    for (std::size_t i = 0; i < size_; ++i)
      if (static_cast<unsigned>(items_[i].what) == static_cast<unsigned>(a)) return &items_[i];
    return nullptr;
  }
  [[nodiscard]] constexpr bool contains(aspect a) const noexcept { return find(a) != nullptr; }
  /// Appends a record (ignored when full; one per aspect never fills it).
  constexpr void push_back(difference d) noexcept {
    if (size_ < aspect_count) items_[size_++] = d;
  }

 private:
  difference items_[aspect_count]{};
  std::size_t size_ = 0;
};

/// The comparison of two codes. Iterating it visits the differences.
struct comparison {
  reply_code first{};
  reply_code second{};
  bool same_class = false;
  record_list differences;      ///< aspects on which the codes differ, in aspect order
  record_list shared;           ///< aspects on which they agree, in aspect order
  command_set first_commands;   ///< the commands `first` answers, for renderers
  command_set second_commands;  ///< the commands `second` answers, for renderers

  [[nodiscard]] constexpr record_list::const_iterator begin() const noexcept {
    return differences.begin();
  }
  [[nodiscard]] constexpr record_list::const_iterator end() const noexcept {
    return differences.end();
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return differences.size(); }
  [[nodiscard]] constexpr bool identical() const noexcept { return differences.empty(); }
};

namespace detail {

// The word for one command in a commands record: the wire verb, or CONNECT
// (the greeting) and END-OF-DATA (the final "."), as parse_command() reads them.
[[nodiscard]] constexpr std::string_view command_token(smtp_command c) noexcept {
  switch (c) {
    case smtp_command::connect:
      return "CONNECT";
    case smtp_command::end_of_data:
      return "END-OF-DATA";
    default:
      return to_string(c);
  }
}

/// Writes the tokens of `s` ("MAIL RCPT", "ANY") to `out` when it is not
/// null; returns their length.
constexpr std::size_t write_command_tokens(command_set s, char* out) noexcept {
  std::size_t n = 0;
  const auto put = [&](std::string_view w) {
    for (const char ch : w) {
      if (out != nullptr) out[n] = ch;
      ++n;
    }
  };
  if (s.any()) {
    put("ANY");
    return n;
  }
  for (unsigned i = 1; i < smtp_command_count; ++i) {
    const auto c = static_cast<smtp_command>(i);
    if (!s.has(c)) continue;
    if (n != 0) put(" ");
    put(command_token(c));
  }
  return n;
}

using namespace std::string_view_literals;  // table strings: no strlen at compile time

[[nodiscard]] constexpr std::string_view commands_of(unsigned wire) noexcept {
  const std::uint8_t row = row_of(wire);
  return row != no_row ? reply_table[row].command_tokens
                       : "ANY"sv;  // unregistered: RFC 5321 §4.3.2, any command
}

// Subject digit of the first typical enhanced status of a row ("5.5.4 ..." -> 5).
[[nodiscard]] constexpr int typical_subject(const reply_info& r) noexcept {
  const std::string_view s = r.typical_status;
  if (s.size() >= 3 && s[1] == '.' && s[2] >= '0' && s[2] <= '9') return s[2] - '0';
  return -1;
}

}  // namespace detail

/// Retry tokens, one per kind of next step.
inline constexpr std::string_view retry_not_needed{"not_needed", 10};
inline constexpr std::string_view retry_send_next_part{"send_next_part", 14};
inline constexpr std::string_view retry_later_token{"retry_later", 11};
inline constexpr std::string_view retry_after_change{"retry_after_change", 18};
inline constexpr std::string_view retry_do_not{"do_not_retry", 12};
inline constexpr std::string_view retry_unknown{"unknown", 7};

/// What a client does about retrying a code, derived from its class and row:
/// 1xx/2xx "not_needed"; 3xx "send_next_part"; every 4xx "retry_later" (421
/// included: it also closes the connection, which the connection aspect
/// records, and the retry is a new session later); 5xx "retry_after_change"
/// when the client itself can fix the request — syntax category x0z, the
/// x3z security/authentication codes of RFC 3207 and RFC 4954, or a row
/// whose typical enhanced status is a protocol error X.5.y (555) — and
/// otherwise "do_not_retry"; "unknown" for numbers outside 100-599.
[[nodiscard]] constexpr std::string_view retry_token(unsigned wire_code) noexcept {
  switch (classify(wire_code)) {
    case reply_class::positive_preliminary:
    case reply_class::positive_completion:
      return retry_not_needed;
    case reply_class::positive_intermediate:
      return retry_send_next_part;
    case reply_class::transient_negative:
      return retry_later_token;
    case reply_class::permanent_negative: {
      const unsigned second = wire_code / 10 % 10;  // category syntax (x0z) or x3z
      const reply_info* row = find(wire_code);
      const bool client_fixable =
          second == 0 || second == 3 || (row != nullptr && detail::typical_subject(*row) == 5);
      return client_fixable ? retry_after_change : retry_do_not;
    }
    case reply_class::unknown:
      break;
  }
  return retry_unknown;
}

/// "closes" when the server closes the channel after the code, else "stays_open".
[[nodiscard]] constexpr std::string_view connection_token(unsigned wire_code) noexcept {
  const reply_info* row = find(wire_code);
  return row != nullptr && row->closes_connection ? "closes" : "stays_open";
}

/// Compares two codes aspect by aspect. No reply_class record is a
/// difference when the classes agree, and no category record when the
/// categories agree; the registry texts differ whenever the codes do.
[[nodiscard]] constexpr comparison compare(reply_code a, reply_code b) noexcept {
  const unsigned wa = to_unsigned(a), wb = to_unsigned(b);
  const reply_info& ra = info(a);
  const reply_info& rb = info(b);
  comparison c;
  c.first = a;
  c.second = b;
  c.same_class = static_cast<unsigned>(classify(wa)) == static_cast<unsigned>(classify(wb));
  c.first_commands = find(wa) != nullptr ? ra.commands : any_command;
  c.second_commands = find(wb) != nullptr ? rb.commands : any_command;
  const auto add = [&c](aspect what, std::string_view x, std::string_view y) {
    if (x == y)
      c.shared.push_back({what, x, y});
    else
      c.differences.push_back({what, x, y});
  };
  add(aspect::reply_class, info(classify(wa)).identifier, info(classify(wb)).identifier);
  add(aspect::category, info(category(wa)).identifier, info(category(wb)).identifier);
  const bool same_row = wa == wb;
  const auto text = [&](aspect what, std::string_view x, std::string_view y) {
    if (same_row)
      c.shared.push_back({what, x, y});
    else
      c.differences.push_back({what, x, y});
  };
  text(aspect::meaning, ra.description, rb.description);
  text(aspect::when_seen, ra.when_seen, rb.when_seen);
  text(aspect::remedy, ra.how_to_fix, rb.how_to_fix);
  add(aspect::retry, retry_token(wa), retry_token(wb));
  add(aspect::connection, connection_token(wa), connection_token(wb));
  add(aspect::commands, detail::commands_of(wa), detail::commands_of(wb));
  add(aspect::reference, ra.reference, rb.reference);
  return c;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
