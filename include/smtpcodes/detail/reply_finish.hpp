// How a reply is finished, once, for every parser (the line-by-line wire
// parser, the one-pass clean scan and the free-text finder): the enhanced
// status and its warnings (RFC 2034 §4, RFC 3463 §2, qmail's trailing form),
// the preliminary-code warning (RFC 5321 §4.2), and the reply's fields.
#ifndef SMTPCODES_DETAIL_REPLY_FINISH_HPP
#define SMTPCODES_DETAIL_REPLY_FINISH_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "config.hpp"
#include "reply_types.hpp"
#include "status_text.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

[[nodiscard]] constexpr unsigned warning_bit(reply_warning w) noexcept {
  return static_cast<unsigned>(w);
}

/// What a parser read of a reply before it is finished, built in one
/// aggregate initialisation in this order (no default member initialisers:
/// the clean scan's hot path would pay for stores it overwrites).
struct reply_reading {
  unsigned code;
  std::string_view raw;         ///< all of the reply's bytes
  std::size_t lines;            ///< at most max_line_count
  unsigned warnings;            ///< reply_warning bits of the lines (line ends, bytes, forms)
  bool have_status;             ///< `status` was read at the start of the lines
  enhanced_status status;       ///< meaningful when have_status
  std::string_view first_text;  ///< the first line's text after the code and separator
  std::string_view last_text;   ///< the last line's text after the code and separator
};

/// Finishes `out` from what was read: a status at the start of the lines,
/// else qmail's trailing one on the last line; a status-shaped token that is
/// not one is reported (status_invalid); the status's class against the
/// code's (status_class_mismatch), a status on a 3yz reply
/// (status_on_intermediate), a 1yz code (preliminary_code).
SMTPCODES_ALWAYS_INLINE constexpr void finish_reply(const reply_reading& in, reply& out) noexcept {
  unsigned warnings = in.warnings;
  enhanced_status status = in.status;
  bool have_status = in.have_status;
  // qmail's form ends in ')' before blanks: the test before the call keeps
  // replies that cannot hold it (most) from making the call.
  const char end = in.last_text.empty() ? '\0' : in.last_text.back();
  if (!have_status && (end == ')' || end == ' ' || end == '\t') &&
      trailing_status(in.last_text, status)) {
    have_status = true;
    warnings |= warning_bit(reply_warning::trailing_status);
  }
  const unsigned cls = in.code / 100;
  if (have_status) {
    if (status.cls != cls) warnings |= warning_bit(reply_warning::status_class_mismatch);
    if (cls == 3) warnings |= warning_bit(reply_warning::status_on_intermediate);
    out.status = std::optional<enhanced_status>{std::in_place, status};
  } else if (!in.first_text.empty() && (is_digit(in.first_text[0]) || in.first_text[0] == '#') &&
             invalid_status_token(in.first_text)) {
    warnings |= warning_bit(reply_warning::status_invalid);
  }
  if (cls == 1) warnings |= warning_bit(reply_warning::preliminary_code);
  out.code = in.code;
  out.raw = in.raw;
  out.line_count = static_cast<std::uint16_t>(in.lines);
  out.warnings.set(static_cast<reply_warning>(warnings));
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
