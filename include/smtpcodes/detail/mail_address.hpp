// Mail addresses in free text: where one starts and ends (RFC 5322 §3.4.1
// addr-spec, leniently: dot-atom or quoted local part, domain or address
// literal, the lengths of RFC 5321 §4.5.3.1 as bounds), the first one in a
// text, and what only repeats an address after it ("<mailto:a@b>", "(a@b)").
#ifndef SMTPCODES_DETAIL_MAIL_ADDRESS_HPP
#define SMTPCODES_DETAIL_MAIL_ADDRESS_HPP

#include <cstddef>
#include <string_view>

#include "transfer_decoding.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

[[nodiscard]] constexpr bool is_local_char(char c) noexcept {
  if (is_alpha(c) || is_digit(c)) return true;
  constexpr std::string_view extra = "!#$%&'*+-/=?^_`{|}~.";
  return extra.find(c) != npos;
}
[[nodiscard]] constexpr bool is_domain_char(char c) noexcept {
  return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

/// The length of the address that starts at s[at] ("local@domain", the
/// local part possibly quoted), 0 when none does.
[[nodiscard]] constexpr std::size_t address_length(std::string_view s, std::size_t at) noexcept {
  std::size_t i = at;
  if (i < s.size() && s[i] == '"') {  // a quoted local part
    ++i;
    while (i < s.size() && s[i] != '"' && s[i] != '\r' && s[i] != '\n' && i - at < 128) ++i;
    if (i >= s.size() || s[i] != '"') return 0;
    ++i;
  } else {
    while (i < s.size() && is_local_char(s[i]) && s[i] != '\'' && i - at < 128) ++i;
    if (i == at) return 0;
  }
  if (i >= s.size() || s[i] != '@') return 0;
  const std::size_t domain = ++i;
  if (i < s.size() && s[i] == '[') {  // an address literal
    while (i < s.size() && s[i] != ']' && i - domain < 64) ++i;
    return i < s.size() && s[i] == ']' ? i + 1 - at : 0;
  }
  while (i < s.size() && is_domain_char(s[i]) && i - domain < 255) ++i;
  while (i > domain && (s[i - 1] == '.' || s[i - 1] == '-')) --i;
  if (i == domain || s[at] == '.') return 0;
  return i - at;
}

/// The first address in `s`, or an empty view.
[[nodiscard]] constexpr std::string_view find_address(std::string_view s) noexcept {
  for (std::size_t at = s.find('@'); at != npos; at = s.find('@', at + 1)) {
    std::size_t b = at;
    while (b > 0 && (is_local_char(s[b - 1]) && s[b - 1] != '\'')) --b;
    if (b > 0 && s[b - 1] == '"') {  // perhaps a quoted local part
      const std::size_t q = s.rfind('"', b - 2 < s.size() ? b - 2 : 0);
      if (q != npos && b >= 2 && q < b - 1) {
        const std::size_t n = address_length(s, q);
        if (n != 0) return s.substr(q, n);
      }
    }
    while (b < at && s[b] == '.') ++b;
    const std::size_t n = address_length(s, b);
    if (n != 0) return s.substr(b, n);
  }
  return {};
}

/// Whether two texts are equal, ignoring ASCII case.
[[nodiscard]] constexpr bool same_text(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

/// After an address, what only repeats it: " (a@b)", "<mailto:a@b>", " <a@b>".
[[nodiscard]] constexpr std::size_t skip_echoes(std::string_view line, std::size_t rest,
                                                std::string_view address) noexcept {
  for (bool again = true; again;) {
    again = false;
    std::size_t i = rest;
    while (i < line.size() && is_blank(line[i])) ++i;
    if (i >= line.size() || (line[i] != '(' && line[i] != '<')) break;
    const char close = line[i] == '(' ? ')' : '>';
    const std::size_t end = line.find(close, i);
    if (end == npos) break;
    const std::string_view inside = line.substr(i + 1, end - i - 1);
    const std::size_t at = inside.find(address);
    if (at == npos || inside.size() > address.size() + 8) break;
    rest = end + 1;
    again = true;
  }
  return rest;
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
