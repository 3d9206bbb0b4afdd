// Enhanced status codes where a reply's text carries them: at the start of a
// line (RFC 2034 §4, and the "#5.1.1" form), at the end in qmail's "(#5.7.1)"
// (also with a comment, chkuser's "(#5.1.1 - chkuser)"), and tokens shaped
// like a status that break RFC 3463 §2 ("6.8.9"), which are reported.
#ifndef SMTPCODES_DETAIL_STATUS_TEXT_HPP
#define SMTPCODES_DETAIL_STATUS_TEXT_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "../enhanced_status.hpp"
#include "config.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// Reads an enhanced status at the start of a line's text, in the RFC 2034
/// form "5.1.1 " or the "#5.1.1" form; returns characters used (with the
/// spaces after it) or 0.
[[nodiscard]] constexpr std::size_t leading_status(std::string_view text, enhanced_status& out,
                                                   bool& hash) noexcept {
  std::size_t start = 0;
  hash = false;
  if (!text.empty() && text[0] == '#') {
    start = 1;
    hash = true;
  }
  if (text.size() <= start || !is_digit(text[start])) return 0;
  const std::size_t used = scan_enhanced_status(text.substr(start), out);
  if (used == 0) return 0;
  std::size_t end = start + used;
  if (end < text.size() && text[end] != ' ' && text[end] != '\t') return 0;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  return end;
}

/// qmail ends its texts with "(#5.7.1)", and chkuser with "(#5.1.1 - chkuser)":
/// reads the status of the last "(#" when the text ends with the ')' that
/// closes it and the status is followed by that ')' or by a space.
[[nodiscard]] constexpr bool trailing_status(std::string_view text, enhanced_status& out) noexcept {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.size() < 8 || text.back() != ')') return false;
  const std::size_t open = text.rfind("(#");
  if (open == std::string_view::npos) return false;
  const std::string_view inner = text.substr(open + 2, text.size() - open - 3);
  enhanced_status s{};
  const std::size_t used = scan_enhanced_status(inner, s);
  if (used == 0) return false;
  if (used != inner.size() && (inner[used] != ' ' || inner.find(')') != std::string_view::npos))
    return false;
  out = s;
  return true;
}

/// Body of a text: without its leading status and the spaces after it.
[[nodiscard]] constexpr std::string_view strip_status(std::string_view text) noexcept {
  enhanced_status ignored{};
  bool hash = false;
  return text.substr(leading_status(text, ignored, hash));
}

/// Whether a line's text starts with a token shaped like an enhanced status
/// (optional '#', digits '.' digits '.' digits, then a blank or the end)
/// that is not one by RFC 3463 §2: class other than 2, 4, 5, a leading zero,
/// a part of more than three digits ("432 6.8.9 World", "250 1.0.0 Ok").
/// Out of line: a cold path (asked only when no status was read and the text
/// starts with a digit), and a caller that inlines the parser into a constant
/// reply would otherwise have g++ -O2 check bounds on paths it cannot rule out.
[[nodiscard]] SMTPCODES_NOINLINE constexpr bool invalid_status_token(
    std::string_view text) noexcept {
  std::size_t i = !text.empty() && text[0] == '#' ? 1 : 0;
  if (i >= text.size() || !is_digit(text[i])) return false;  // the common case: one test
  const std::size_t start = i;
  for (unsigned part = 0; part < 3; ++part) {
    const std::size_t digits = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == digits) return false;
    if (part < 2) {
      if (i >= text.size() || text[i] != '.') return false;
      ++i;
    }
  }
  if (i < text.size() && text[i] != ' ' && text[i] != '\t') return false;
  enhanced_status ignored{};
  return scan_enhanced_status(text.substr(start, i - start), ignored) != i - start;
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
