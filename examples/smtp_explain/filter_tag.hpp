// The tag `smtp-explain postfix-filter` appends to a status it rewrites,
// " (smtpcodes: was 4.1.1, built-in dead-address)", and its reader, so that
// `smtp-explain scan` can count rewritten statuses in Postfix's log. The
// status is an RFC 3463 §2 enhanced status. Constexpr, allocation-free.
#ifndef SMTP_EXPLAIN_FILTER_TAG_HPP
#define SMTP_EXPLAIN_FILTER_TAG_HPP

#include <cstddef>
#include <string_view>

namespace smtp_explain::filter_tag {

/// What the tag starts with; it always ends the text it is appended to.
inline constexpr std::string_view opening = " (smtpcodes: was ";
/// The longest tag: the opening, "5.999.999", ", rule \"" and a 64-byte name, "\")".
inline constexpr std::size_t max_size = 17 + 9 + 8 + 64 + 2;

/// A tag read from the end of a text: the status before the rewrite ("4.1.1")
/// and who decided ("built-in dead-address" or `rule "NAME"`); both empty when
/// the text does not end with a well-formed tag.
struct tag {
  std::string_view was;
  std::string_view by;
  [[nodiscard]] constexpr bool ok() const noexcept { return !by.empty(); }
};

namespace detail {
constexpr bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
// "D.DDD.DDD" with 1-3 digits after each dot and a class of 2, 4 or 5.
constexpr bool status_shape(std::string_view s) noexcept {
  if (s.size() < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5') || s[1] != '.') return false;
  std::size_t i = 2;
  for (int part = 0; part < 2; ++part) {
    std::size_t n = 0;
    while (i < s.size() && digit(s[i]) && n < 4) ++i, ++n;
    if (n == 0 || n > 3) return false;
    if (part == 0) {
      if (i >= s.size() || s[i] != '.') return false;
      ++i;
    }
  }
  return i == s.size();
}
// "built-in NAME" (NAME in [a-z0-9-]) or `rule "NAME"` (NAME without '"', '(' or ')').
constexpr bool decider_shape(std::string_view s) noexcept {
  constexpr std::string_view builtin = "built-in ", rule = "rule \"";
  if (s.size() > builtin.size() && s.substr(0, builtin.size()) == builtin) {
    for (const char c : s.substr(builtin.size()))
      if (!((c >= 'a' && c <= 'z') || digit(c) || c == '-')) return false;
    return true;
  }
  if (s.size() < rule.size() + 1 || s.substr(0, rule.size()) != rule || s.back() != '"')
    return false;
  for (const char c : s.substr(rule.size(), s.size() - rule.size() - 1))
    if (c == '"' || c == '(' || c == ')') return false;
  return true;
}
}  // namespace detail

/// Reads the tag that ends `text` (Postfix logs the rewritten text inside its
/// own parentheses: pass what is between them). Looks only at the last
/// max_size bytes.
[[nodiscard]] constexpr tag read(std::string_view text) noexcept {
  if (text.size() < opening.size() + 15 || text.back() != ')') return {};
  const std::size_t from = text.size() > max_size ? text.size() - max_size : 0;
  const std::size_t in_window = text.substr(from).rfind(opening);
  if (in_window == std::string_view::npos) return {};
  const std::size_t at = from + in_window;
  const std::string_view body =
      text.substr(at + opening.size(), text.size() - 1 - at - opening.size());
  const std::size_t comma = body.find(", ");
  if (comma == std::string_view::npos) return {};
  const std::string_view was = body.substr(0, comma), by = body.substr(comma + 2);
  if (!detail::status_shape(was) || !detail::decider_shape(by)) return {};
  return {was, by};
}

}  // namespace smtp_explain::filter_tag

#endif
