// parse_reply() line by line (RFC 5321 §4.2 reply syntax and ABNF, §4.2.1
// multi-line form, §4.5.3.1.5 line length; RFC 2034 §4 status on each line),
// after the one-pass clean scan of detail/reply_scan.hpp has declined.
// Private to reply.hpp.
#ifndef SMTPCODES_DETAIL_REPLY_PARSER_HPP
#define SMTPCODES_DETAIL_REPLY_PARSER_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "config.hpp"
#include "folded_text.hpp"
#include "reply_finish.hpp"
#include "reply_lines.hpp"
#include "reply_scan.hpp"
#include "reply_types.hpp"
#include "simd.hpp"
#include "status_text.hpp"
#include "text_search.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// clean_line_end() at run time: 32 or 16 bytes at a time, then 8.
inline std::size_t clean_line_end_fast(const char* p, std::size_t n, bool& high) noexcept {
  std::size_t i = 0;
  for (;;) {
    std::uint32_t special = 0;
    std::size_t step = 0;
    if (i + 32 <= n) {  // most reply lines are shorter than 32 bytes: one block
      special = simd::native::special16(p + i) | simd::native::special16(p + i + 16) << 16;
      step = 32;
    } else if (i + 16 <= n) {
      special = simd::native::special16(p + i);
      step = 16;
    } else if (i + 8 <= n) {
      special = simd::native::special8(p + i);
      step = 8;
    } else {
      break;
    }
    for (; special != 0; special &= special - 1) {
      const std::size_t at = i + simd::first_bit(special);
      const auto c = static_cast<unsigned char>(p[at]);
      if (c == '\r') return at + 1 < n && p[at + 1] == '\n' ? at + 1 : npos;
      if (c == '\n') return at;
      if (c >= 0x80) {
        high = true;
      } else if (c != '\t') {
        return npos;
      }
    }
    i += step;
  }
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c >= 0x20 && c < 0x7F) continue;
    if (c == '\n') return i;
    if (c == '\r') return i + 1 < n && p[i + 1] == '\n' ? i + 1 : npos;
    if (c >= 0x80) {
      high = true;
    } else if (c != '\t') {
      return npos;
    }
  }
  return npos;
}

/// The line scan of parse_any_reply(): the index of the LF that ends a clean
/// line starting at `p` (printable ASCII, HT and bytes above 0x7F, then CRLF
/// or LF), or npos for anything else (no LF in [p, p + n), NUL, control
/// bytes, DEL, a bare CR), which the careful path then examines. Sets `high`
/// when the line has bytes above 0x7F. Run time only.
inline std::size_t clean_line_end(const char* p, std::size_t n, bool& high) noexcept {
  return clean_line_end_fast(p, n, high);
}

/// Checks the code and separator of one line; on success sets `code` and `last`.
[[nodiscard]] constexpr parse_error check_code(std::string_view line, unsigned& code,
                                               bool& last) noexcept {
  if (line.empty()) return parse_error::empty_line;
  const std::size_t digits = line.size() < 3 ? line.size() : 3;
  for (std::size_t i = 0; i < digits; ++i)
    if (!is_digit(line[i])) return parse_error::non_digit_code;
  if (line.size() < 3) return parse_error::short_line;
  if (line[0] < '1' || line[0] > '5') return parse_error::bad_first_digit;
  if (line[1] > '5') return parse_error::bad_second_digit;
  code = digit_value(line[0]) * 100 + digit_value(line[1]) * 10 + digit_value(line[2]);
  if (line.size() == 3 || line[3] == ' ') {
    last = true;
  } else if (line[3] == '-') {
    last = false;
  } else {
    return parse_error::bad_separator;
  }
  return parse_error::none;
}

/// Records an error in `r` (whose value stays empty); the parser then stops.
constexpr void stop(parse_result& r, parse_error e, std::size_t consumed) noexcept {
  r.error = e;
  r.consumed = consumed;
}

/// parse_wire_reply() for any bytes, one line at a time; at run time each
/// clean line is scanned at once. The options come as their three values
/// and the result is returned, so that nothing of the fast path's result
/// or options has to live in memory for this call, which it makes rarely.
SMTPCODES_NOINLINE constexpr parse_result parse_any_reply(std::string_view in,
                                                          std::size_t max_line_length,
                                                          std::size_t max_lines_option,
                                                          bool input_complete) noexcept {
  parse_result r;
  reply_warnings w;
  std::size_t pos = 0;
  std::size_t lines = 0;
  std::size_t lines_with_status = 0;
  unsigned code = 0;
  enhanced_status status{};
  bool have_status = false;
  const std::size_t limit = max_line_length == 0 ? 1 : max_line_length;
  const std::size_t max_lines =
      max_lines_option < max_line_count ? max_lines_option : max_line_count;
  std::size_t last_start = 0;   // start of the line read last
  std::string_view first_text;  // the first line's text after the code
  for (;;) {
    if (pos >= in.size()) {
      stop(r, parse_error::incomplete, 0);
      break;
    }
    const std::size_t avail = in.size() - pos;
    const std::size_t window = avail < limit ? avail : limit;
    bool high = false;
    std::size_t lf = SMTPCODES_RUN_FAST() ? clean_line_end(in.data() + pos, window, high) : npos;
    unsigned flags = high ? unsigned{has_high} : 0u;
    const bool clean = lf != npos;
    if (!clean) {
      lf = find_byte(in.data() + pos, window, '\n');
      if (lf == npos && avail < limit && input_complete) lf = avail;  // the input's end ends it
      if (lf == npos) {
        if (avail >= limit)
          stop(r, parse_error::line_too_long, pos + limit);
        else
          stop(r, parse_error::incomplete, 0);
        break;
      }
    }
    const bool input_end = pos + lf == in.size();  // no line end: the input's end
    const std::size_t next = input_end ? in.size() : pos + lf + 1;
    std::size_t line_end = pos + lf;
    if (line_end > pos && in[line_end - 1] == '\r') {
      --line_end;
    } else if (!input_end) {
      w.set(reply_warning::bare_lf);
    }
    if (next - pos > 512) w.set(reply_warning::long_line);
    if (++lines > max_lines) {
      stop(r, parse_error::too_many_lines, next);
      break;
    }
    const std::string_view line = in.substr(pos, line_end - pos);
    if (!clean) {
      flags = scan_bytes(line.data(), line.size());
      if ((flags & has_nul) != 0) {
        stop(r, parse_error::nul_byte, next);
        break;
      }
      if ((flags & has_cr) != 0) {
        stop(r, parse_error::bare_cr, next);
        break;
      }
      if ((flags & has_control) != 0) {
        stop(r, parse_error::control_character, next);
        break;
      }
    }
    if ((flags & has_high) != 0) w.set(reply_warning::non_ascii);
    last_start = pos;

    unsigned line_code = 0;
    bool last = false;
    const parse_error e = check_code(line, line_code, last);
    if (e != parse_error::none) {
      stop(r, e, next);
      break;
    }
    if (lines == 1) {
      code = line_code;
    } else if (line_code != code) {
      stop(r, parse_error::code_mismatch, next);
      break;
    }
    if (line.size() == 3) w.set(reply_warning::no_text);
    const std::string_view text = line.size() > 4 ? line.substr(4) : std::string_view{};
    if (lines == 1) first_text = text;
    enhanced_status line_status{};
    bool hash = false;
    if (leading_status(text, line_status, hash) != 0) {
      ++lines_with_status;
      if (hash) w.set(reply_warning::hash_status);
      if (!have_status) {
        status = line_status;
        have_status = true;
      } else if (line_status != status) {
        w.set(reply_warning::status_inconsistent);
      }
    }
    pos = next;
    if (last) break;
  }
  if (r.error != parse_error::none) return r;
  if (lines_with_status != 0 && lines_with_status != lines)
    w.set(reply_warning::status_inconsistent);
  std::string_view last_line = in.substr(last_start, pos - last_start);
  while (!last_line.empty() && (last_line.back() == '\n' || last_line.back() == '\r'))
    last_line.remove_suffix(1);
  const reply_reading read{
      code,        in.substr(0, pos),
      lines,       w.bits(),
      have_status, status,
      first_text,  last_line.size() > 4 ? last_line.substr(4) : std::string_view{}};
  finish_reply(read, r.value);
  r.consumed = pos;
  return r;
}

/// Parses the reply at the start of `in`: at run time a clean reply
/// in one pass, anything else (and at compile time) line by line.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr parse_result parse_wire_reply(
    std::string_view in, const parse_options& o) noexcept {
  parse_result r;
  if (SMTPCODES_RUN_FAST() && parse_clean_reply(in, o, r)) return r;
  r = parse_any_reply(in, o.max_line_length, o.max_lines, o.input_complete);
  return r;  // every return names `r`: no copy (NRVO)
}

}  // namespace detail

}  // namespace v1
}  // namespace smtpcodes

#endif
