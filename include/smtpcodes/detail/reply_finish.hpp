// How a reply is finished, by the same functions for every parser (the
// line-by-line wire parser, the one-pass clean scan and the free-text finder): the enhanced
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

/// Bits of the bytes that can start or end a status in a reply's text:
/// `token_start` for the first byte of a status-shaped token (a digit or
/// '#'), `trailing_end` for the last byte of a text that can end in qmail's
/// trailing status (')', or the SP or HT after it), `leading_start` for the
/// first byte of a status the clean scan reads at a line's start ('#', '2',
/// '4', '5').
enum : unsigned char { token_start = 1, trailing_end = 2, leading_start = 4 };
inline constexpr unsigned char status_edge_bytes[256] = {
    // clang-format off
    0, 0, 0, 0, 0, 0, 0, 0, 0, trailing_end, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    trailing_end, 0, 0, token_start | leading_start, 0, 0, 0, 0, 0, trailing_end, 0, 0, 0, 0, 0, 0,
    token_start, token_start, token_start | leading_start, token_start, token_start | leading_start,
    token_start | leading_start, token_start, token_start, token_start, token_start,
    // clang-format on
};

/// The status_edge_bytes bits of `c`.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr unsigned status_edge(char c) noexcept {
  return status_edge_bytes[static_cast<unsigned char>(c)];
}

/// Whether status_without_start() may find anything in a first text that
/// starts with `first` and a last text that ends with `last` (neither
/// empty): its two table tests in one branch, which lets the clean scan skip
/// the call for most replies.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr bool status_elsewhere_possible(char first,
                                                                               char last) noexcept {
  return ((status_edge(first) & token_start) | (status_edge(last) & trailing_end)) != 0;
}

/// For a reply whose lines do not start with a status: qmail's trailing one
/// on the last line (trailing_status), or a status-shaped token at the start
/// of the first line's text that is not one (status_invalid). One table
/// lookup per text keeps the replies that cannot hold either (most) from
/// the calls.
SMTPCODES_ALWAYS_INLINE constexpr bool status_without_start(std::string_view first_text,
                                                            std::string_view last_text,
                                                            enhanced_status& status,
                                                            unsigned& warnings) noexcept {
  enhanced_status trailing{};  // a local: the call does not take `status`'s address
  if (!last_text.empty() && (status_edge(last_text.back()) & trailing_end) != 0 &&
      trailing_status(last_text, trailing)) {
    status = trailing;
    warnings |= warning_bit(reply_warning::trailing_status);
    return true;
  }
  if (!first_text.empty() && (status_edge(first_text[0]) & token_start) != 0 &&
      invalid_status_token(first_text))
    warnings |= warning_bit(reply_warning::status_invalid);
  return false;
}

/// Sets the fields of `out`, with the warnings that compare a status with the
/// code (status_class_mismatch, status_on_intermediate) and a 1yz code's
/// (preliminary_code). `cls` is code / 100, which the caller has at hand.
SMTPCODES_ALWAYS_INLINE constexpr void set_reply(unsigned code, unsigned cls, std::string_view raw,
                                                 std::size_t lines, unsigned warnings,
                                                 bool have_status, enhanced_status status,
                                                 reply& out) noexcept {
  if (have_status) {
    if (status.cls != cls) warnings |= warning_bit(reply_warning::status_class_mismatch);
    if (cls == 3) warnings |= warning_bit(reply_warning::status_on_intermediate);
    if (SMTPCODES_IS_CONSTANT_EVALUATED()) {
      // std::optional::emplace is not constexpr in C++17; assigning one
      // built in place is, but costs a copy through a temporary.
      out.status = std::optional<enhanced_status>{std::in_place, status};
    } else {
      out.status.emplace(status);
    }
  }
  if (cls == 1) warnings |= warning_bit(reply_warning::preliminary_code);
  out.code = code;
  out.raw = raw;
  out.line_count = static_cast<std::uint16_t>(lines);
  out.warnings.set(static_cast<reply_warning>(warnings));
}

/// Finishes `out` from what was read: a status at the start of the lines,
/// else status_without_start(); then set_reply(). The clean scan makes the
/// same two calls on its own variables (reply_scan.hpp).
SMTPCODES_ALWAYS_INLINE constexpr void finish_reply(const reply_reading& in, reply& out) noexcept {
  unsigned warnings = in.warnings;
  enhanced_status status = in.status;
  const bool have_status =
      in.have_status || status_without_start(in.first_text, in.last_text, status, warnings);
  set_reply(in.code, in.code / 100, in.raw, in.lines, warnings, have_status, status, out);
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
