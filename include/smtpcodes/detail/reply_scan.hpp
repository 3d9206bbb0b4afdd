// The run-time fast path of parse_reply(): a clean reply (printable ASCII,
// HT and bytes above 0x7F; CRLF or LF line ends; RFC 5321 §4.2 codes) read in
// one pass over kernel masks of 64 bytes (detail/simd.hpp), with the enhanced
// status of its lines (RFC 2034 §4), finished like every reply
// (status_without_start() and set_reply(), reply_finish.hpp). Anything
// else is declined and parsed line by line (detail/reply_parser.hpp).
#ifndef SMTPCODES_DETAIL_REPLY_SCAN_HPP
#define SMTPCODES_DETAIL_REPLY_SCAN_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "config.hpp"
#include "reply_finish.hpp"
#include "reply_types.hpp"
#include "simd.hpp"
#include "status_text.hpp"
#include "text_search.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// simd::native::special64() of the last `n` (< 64) bytes of a buffer, the bytes
/// after them counted as special: no load reaches past the buffer.
SMTPCODES_NOINLINE inline std::uint64_t special_tail64(const char* p, std::size_t n) noexcept {
  char tail[64] = {};
  SMTPCODES_MEMCPY(tail, p, n);
  return simd::native::special64(tail) | ~std::uint64_t{0} << n;
}

/// parse_clean_reply()'s view of the reply: `special` holds the special
/// bytes of [block, block + 64) not read yet, bit i for data[block + i].
struct clean_scan {
  const char* data;
  std::size_t size;
  std::size_t block;
  std::uint64_t special;
};

/// The size of the clean line at `start` (what clean_line_end() accepts),
/// with `next` set past its line end and bare_lf and non_ascii added to
/// `warnings`; npos for anything else, and for a line end on the last byte.
SMTPCODES_ALWAYS_INLINE inline std::size_t clean_line_size(clean_scan& s, std::size_t start,
                                                           std::size_t limit, std::size_t& next,
                                                           unsigned& warnings) noexcept {
  for (;;) {
    if (s.special == 0) {  // the line goes on past this block
      // A buffer shorter than 64 bytes is read at once, the bytes after it
      // special, so that the scan stops before it needs a second block; the
      // test says so to the compiler, which cannot prove it when it sees a
      // short constant buffer. Here the buffer has 64 bytes or more, and its
      // last 64 serve for a last block of n bytes.
      if (s.size < 64) return npos;
      s.block += 64;
      if (s.block - start >= limit) return npos;
      const std::size_t n = s.size - s.block;
      s.special = n >= 64  ? simd::native::special64(s.data + s.block)
                  : n != 0 ? simd::native::special64(s.data + s.size - 64) >> (64 - n) |
                                 ~std::uint64_t{0} << n
                           : ~std::uint64_t{0};
      continue;
    }
    const std::size_t at = s.block + simd::first_bit(s.special);
    if (at + 1 >= s.size) return npos;  // past the end, or on the last byte
    s.special &= s.special - 1;
    const char c = s.data[at];
    if (c == '\r') {
      if (s.data[at + 1] != '\n') return npos;
      next = at + 2;
      s.special &= s.special - 1;  // the LF
      if (next - s.block > 64) {   // it was the first byte of the next block
        s.block = next - 64;
        s.special = 0;
      }
      return at - start;
    }
    if (c == '\n') {
      warnings |= warning_bit(reply_warning::bare_lf);
      next = at + 1;
      return at - start;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      warnings |= warning_bit(reply_warning::non_ascii);
    } else if (c != '\t') {
      return npos;
    }
  }
}

/// Whether the text of `line` (of `size` >= 3 bytes before its line end)
/// starts with a status, then in `out`. "5.1.1" then SP, HT or the line end
/// is read in place; other forms by leading_status().
SMTPCODES_ALWAYS_INLINE inline bool line_status(const char* line, std::size_t size,
                                                enhanced_status& out, unsigned& warnings) noexcept {
  const char c = size > 4 ? line[4] : ' ';
  if (c != '2' && c != '4' && c != '5' && c != '#') return false;
  // line[9] is at most the CR or LF.
  if (c != '#' && size >= 9 && line[5] == '.' && line[7] == '.' && is_digit(line[6]) &&
      is_digit(line[8]) && (size == 9 || line[9] == ' ' || line[9] == '\t')) {
    out = enhanced_status{static_cast<std::uint8_t>(c - '0'),
                          static_cast<std::uint16_t>(line[6] - '0'),
                          static_cast<std::uint16_t>(line[8] - '0')};
    return true;
  }
  // Through locals: the call does not take the caller's variables' addresses,
  // which keeps them in registers on the hot path.
  bool hash = false;
  enhanced_status read{};
  if (leading_status(std::string_view{line + 4, size - 4}, read, hash) == 0) return false;
  out = read;
  if (hash) warnings |= warning_bit(reply_warning::hash_status);
  return true;
}

/// The first status on a line of the well-formed reply `raw` (each line
/// ends in LF), if any; status_inconsistent and hash_status in `warnings`
/// (RFC 2034 §4: the same status on every line).
inline std::optional<enhanced_status> reply_status(std::string_view raw,
                                                   unsigned& warnings) noexcept {
  std::optional<enhanced_status> first;
  bool without_status = false;
  for (std::size_t pos = 0; pos < raw.size();) {
    const std::size_t lf = raw.find('\n', pos);
    const std::size_t size = lf - pos - (raw[lf - 1] == '\r' ? 1 : 0);
    enhanced_status status{};
    if (!line_status(raw.data() + pos, size, status, warnings)) {
      without_status = true;
    } else if (!first) {
      first = status;
    } else if (status != *first) {
      warnings |= warning_bit(reply_warning::status_inconsistent);
    }
    pos = lf + 1;
  }
  if (first && without_status) warnings |= warning_bit(reply_warning::status_inconsistent);
  return first;
}

/// The run-time fast path of parse_wire_reply(): parses a well-formed reply
/// whose lines are all clean (what clean_line_end() accepts) into `r` and
/// returns true. Returns false, leaving `r` alone, for anything else (an
/// error, an unfinished reply, a line end on the last byte), which the
/// general loop then parses from the start. Line ends are found in masks of
/// 64 bytes, which short lines share; each later line's code and separator
/// are compared with the first line's at once. The status of a single line is
/// read in place; the lines of a longer reply are read again for theirs only
/// when one of them may have one.
SMTPCODES_ALWAYS_INLINE inline bool parse_clean_reply(std::string_view in, const parse_options& o,
                                                      parse_result& r) noexcept {
  const char* const data = in.data();
  const std::size_t size = in.size();
  const std::size_t limit = o.max_line_length;
  if (size < 4 || limit < 5 || o.max_lines == 0) return false;
  // The code: ASCII digits 1-5, 0-5 and 0-9, checked in one word. Bit 7 of a
  // byte flags it below its lowest digit ((byte | 0x80) - lowest, inverted),
  // above its highest (byte + 0x7F - highest) or above 0x7F.
  const std::uint32_t digits = simd::load_le32(data) & 0xFFFFFFu;
  if ((((((digits | 0x808080u) - 0x303031u) ^ 0x808080u) | (digits + 0x464A4Au) | digits) &
       0x808080u) != 0)
    return false;
  const unsigned cls = digits & 0x0F;
  const unsigned code = cls * 100u + (digits >> 8 & 0x0F) * 10u + (digits >> 16 & 0x0F);
  // Lines longer than this are an error or get a warning.
  const std::size_t plain = limit < 512 ? limit : 512;
  clean_scan scan{data, size, 0,
                  size >= 64 ? simd::native::special64(data) : special_tail64(data, size)};
  unsigned warnings = 0;
  // The first line: its code is checked above.
  std::size_t next = 0;
  std::size_t line_size = clean_line_size(scan, 0, limit, next, warnings);
  const std::size_t first_size = line_size;
  // One test for the rare cases: next - 5 wraps around when the scan failed
  // (`next` stays 0) and for lines of under 3 bytes before a CRLF.
  if (next - 5 > plain - 5) {
    if (line_size == npos || line_size < 3 || next > limit) return false;
    if (next > 512) warnings |= warning_bit(reply_warning::long_line);
  }
  std::size_t start = next;  // of the next line
  std::size_t lines = 1;
  enhanced_status status{};
  bool have_status = false;
  if (line_size == 3 || data[3] == ' ') {
    if (line_size == 3) warnings |= warning_bit(reply_warning::no_text);
    have_status = line_status(data, line_size, status, warnings);
    // One line: its text is the first and the last.
    if (!have_status && line_size > 4 && status_elsewhere_possible(data[4], data[line_size - 1])) {
      const std::string_view text{data + 4, line_size - 4};
      have_status = status_without_start(text, text, status, warnings);
    }
  } else if (data[3] == '-') {
    // Continuation lines: the same code, then '-' until the last line. The
    // line count is checked at the end: a reply over the limit is read once
    // more by the general loop, which reports it.
    // Whether the text of a line of 4 bytes or more may start with a status.
    auto may_have_status = [](const char* line) noexcept {
      return status_edge(line[4]) & leading_start;
    };
    unsigned statuses = may_have_status(data);
    const std::uint32_t continued = simd::load_le32(data);  // "250-"
    for (;;) {
      const char* const line = data + start;
      line_size = clean_line_size(scan, start, limit, next, warnings);
      // As for the first line; on npos `next` stays at `start`.
      if (next - start - 5 > plain - 5) {
        if (line_size == npos || line_size < 3 || next - start > limit) return false;
        if (next - start > 512) warnings |= warning_bit(reply_warning::long_line);
      }
      ++lines;
      start = next;
      const std::uint32_t head = simd::load_le32(line);
      if (head == continued) {
        statuses |= may_have_status(line);
        continue;
      }
      if (((head ^ continued) & 0xFFFFFFu) != 0) return false;
      if (line_size == 3) {
        warnings |= warning_bit(reply_warning::no_text);
      } else if (line[3] != ' ') {
        return false;
      } else {
        statuses |= may_have_status(line);
      }
      break;
    }
    if (lines > (o.max_lines < max_line_count ? o.max_lines : max_line_count)) return false;
    const char* const last_line = data + start - (data[start - 2] == '\r' ? 2 : 1) - line_size;
    if (statuses != 0) {
      unsigned status_warnings = 0;  // a local: see line_status()
      const std::optional<enhanced_status> found =
          reply_status(std::string_view{data, start}, status_warnings);
      warnings |= status_warnings;
      if (found) {
        status = *found;
        have_status = true;
      }
    }
    // The first and last lines' texts matter only without a status.
    // An empty text tests as '\0', which can neither start nor end a status.
    if (!have_status &&
        status_elsewhere_possible(first_size > 4 ? data[4] : '\0',
                                  line_size > 4 ? last_line[line_size - 1] : '\0')) {
      const std::string_view first_text =
          first_size > 4 ? std::string_view{data + 4, first_size - 4} : std::string_view{};
      const std::string_view last_text =
          line_size > 4 ? std::string_view{last_line + 4, line_size - 4} : std::string_view{};
      have_status = status_without_start(first_text, last_text, status, warnings);
    }
  } else {
    return false;
  }
  set_reply(code, cls, std::string_view{data, start}, lines, warnings, have_status, status,
            r.value);
  r.consumed = start;
  return true;
}
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
