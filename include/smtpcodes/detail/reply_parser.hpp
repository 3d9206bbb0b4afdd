// Implementation of parse_reply() and of reply line iteration: byte checks,
// code and separator checks (RFC 5321 §4.2 ABNF), enhanced status on each
// line (RFC 2034 §4) and qmail's trailing "(#5.7.1)", line by line; the
// one-pass scan of a clean reply is detail/reply_scan.hpp. Private to reply.hpp.
#ifndef SMTPCODES_DETAIL_REPLY_PARSER_HPP
#define SMTPCODES_DETAIL_REPLY_PARSER_HPP

#include <cstring>

#include "config.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);
/// Most lines a reply can report: reply::line_count is 16 bits wide.
inline constexpr std::size_t max_line_count = 65535;

/// s.substr(pos) and s.substr(pos, n) where pos + n <= s.size() is known:
/// without the check that could throw (a call in the scans' hot paths).
[[nodiscard]] constexpr std::string_view view_from(std::string_view s, std::size_t pos) noexcept {
  return {s.data() + pos, s.size() - pos};
}
[[nodiscard]] constexpr std::string_view view_of(std::string_view s, std::size_t pos,
                                                 std::size_t n) noexcept {
  return {s.data() + pos, n};
}

/// Index of the first `c` in [p, p + n), or npos; memchr at run time.
[[nodiscard]] constexpr std::size_t find_byte(const char* p, std::size_t n, char c) noexcept {
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    const void* hit = std::memchr(p, c, n);
    return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - p) : npos;
  }
  for (std::size_t i = 0; i < n; ++i)
    if (p[i] == c) return i;
  return npos;
}

// Flags of byte_class(), plain integers: an enum operand makes every `&` and `|` an
// overloaded operator that clang resolves against all built-in candidates.
inline constexpr unsigned has_nul = 1, has_control = 2, has_cr = 4, has_high = 8;

[[nodiscard]] constexpr unsigned byte_class(unsigned char b) noexcept {
  if (b >= 0x20 && b < 0x7F) return 0;
  if (b >= 0x80) return has_high;
  if (b == '\t') return 0;
  if (b == 0) return has_nul;
  if (b == '\r') return has_cr;
  return has_control;  // other C0 controls and DEL
}

[[nodiscard]] constexpr unsigned scan_bytes_slow(const char* p, std::size_t n) noexcept {
  unsigned flags = 0;
  for (std::size_t i = 0; i < n; ++i) flags |= byte_class(static_cast<unsigned char>(p[i]));
  return flags;
}

#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#define SMTPCODES_SSE2_LINE_SCAN 1
using sse2_bytes = signed char __attribute__((vector_size(16)));
using sse2_ubytes = unsigned char __attribute__((vector_size(16)));
using sse2_chars = char __attribute__((vector_size(16)));
/// Bit i set when p[i] (of 16) is printable ASCII, 0x20-0x7E: adding 1 maps
/// exactly those bytes to 0x21-0x7F, the only ones above 0x20 as signed chars.
inline unsigned printable_bytes16(const char* p) noexcept {
  sse2_ubytes x;
  std::memcpy(&x, p, 16);
  const sse2_bytes printable = reinterpret_cast<sse2_bytes>(x + 1) > 0x20;
  return static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<sse2_chars>(printable)));
}
/// Bit i set when p[i] (of 16) is below 0x20, DEL or above 0x7F.
inline unsigned special_bytes16(const char* p) noexcept { return ~printable_bytes16(p) & 0xFFFFu; }
#endif

/// byte_flags of a line's content. At run time clean 16-byte blocks (SSE2;
/// the last block overlaps the one before, as flags only add up) or 8-byte
/// words are skipped with a test for bytes below 0x20, DEL and above 0x7F.
[[nodiscard]] constexpr unsigned scan_bytes(const char* p, std::size_t n) noexcept {
  if (SMTPCODES_IS_CONSTANT_EVALUATED()) return scan_bytes_slow(p, n);
#if defined(SMTPCODES_SSE2_LINE_SCAN)
  if (n >= 16) {
    unsigned flags = 0;
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16)
      if (special_bytes16(p + i) != 0) flags |= scan_bytes_slow(p + i, 16);
    if (i < n && special_bytes16(p + n - 16) != 0) flags |= scan_bytes_slow(p + n - 16, 16);
    return flags;
  }
#endif
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t highs = 0x8080808080808080ULL;
  unsigned flags = 0;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x = 0;
    std::memcpy(&x, p + i, 8);
    const std::uint64_t below_space = (x - ones * 0x20) & ~x & highs;
    const std::uint64_t y = x ^ (ones * 0x7F);
    const std::uint64_t del = (y - ones) & ~y & highs;
    if ((below_space | del | (x & highs)) != 0) flags |= scan_bytes_slow(p + i, 8);
  }
  return flags | scan_bytes_slow(p + i, n - i);
}

/// The line scan of parse_any_reply(): the index of the LF that ends a clean
/// line starting at `p` (printable ASCII, HT and bytes above 0x7F, then CRLF
/// or LF), or npos for anything else (no LF in [p, p + n), NUL, control
/// bytes, DEL, a bare CR), which the careful path then examines. Sets `high`
/// when the line has bytes above 0x7F. One pass over the bytes, 32 or 16
/// (SSE2) or 8 at a time; each flagged byte (below 0x20, DEL, above 0x7F) is
/// looked at in turn.
inline std::size_t clean_line_end(const char* p, std::size_t n, bool& high) noexcept {
  std::size_t i = 0;
#if defined(SMTPCODES_SSE2_LINE_SCAN)
  while (i + 16 <= n) {
    const bool wide = i + 32 <= n;  // most reply lines are shorter than 32 bytes: one block
    std::uint32_t special =
        wide ? special_bytes16(p + i) | special_bytes16(p + i + 16) << 16 : special_bytes16(p + i);
    while (special != 0) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(special));
      const auto c = static_cast<unsigned char>(p[at]);
      if (c == '\r') return at + 1 < n && p[at + 1] == '\n' ? at + 1 : npos;
      if (c == '\n') return at;
      if (c >= 0x80) {
        high = true;
      } else if (c != '\t') {
        return npos;
      }
      special &= special - 1;
    }
    i += wide ? 32 : 16;
  }
#endif
  for (;;) {
    for (;;) {
      if (i + 8 > n) {
        while (i < n && static_cast<unsigned char>(p[i]) >= 0x20 &&
               static_cast<unsigned char>(p[i]) < 0x7F)
          ++i;
        if (i >= n) return npos;
        break;
      }
      constexpr std::uint64_t ones = 0x0101010101010101ULL;
      constexpr std::uint64_t highs = 0x8080808080808080ULL;
      std::uint64_t x = 0;
      std::memcpy(&x, p + i, 8);
      const std::uint64_t y = x ^ (ones * 0x7F);
      const std::uint64_t special = (((x - ones * 0x20) & ~x) | x | ((y - ones) & ~y)) & highs;
      if (special != 0) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        i += static_cast<std::size_t>(__builtin_ctzll(special)) / 8;
#else
        while (static_cast<unsigned char>(p[i]) >= 0x20 && static_cast<unsigned char>(p[i]) < 0x7F)
          ++i;
#endif
        break;
      }
      i += 8;
    }
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == '\n') return i;
    if (c == '\r') return i + 1 < n && p[i + 1] == '\n' ? i + 1 : npos;
    if (c == '\t') {
      ++i;
    } else if (c >= 0x80) {
      high = true;
      ++i;
    } else {
      return npos;
    }
  }
}

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

/// qmail ends its texts with "(#5.7.1)"; reads that status when present.
[[nodiscard]] constexpr bool trailing_status(std::string_view text, enhanced_status& out) noexcept {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.size() < 8 || text.back() != ')') return false;
  const std::size_t open = text.rfind("(#");
  if (open == std::string_view::npos) return false;
  const std::string_view inner = text.substr(open + 2, text.size() - open - 3);
  const std::optional<enhanced_status> s = parse_enhanced_status(inner);
  if (!s) return false;
  out = *s;
  return true;
}

/// Body of a text: without its leading status and the spaces after it.
[[nodiscard]] constexpr std::string_view strip_status(std::string_view text) noexcept {
  enhanced_status ignored{};
  bool hash = false;
  return text.substr(leading_status(text, ignored, hash));
}

[[nodiscard]] constexpr unsigned digit_value(char c) noexcept {
  return static_cast<unsigned>(c - '0');
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

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#include "reply_scan.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// parse_wire_reply() for any bytes, one line at a time, into `r` (as
/// default-constructed); at run time each clean line is scanned at once.
constexpr void parse_any_reply(std::string_view in, const parse_options& o,
                               parse_result& r) noexcept {
  reply_warnings w;
  std::size_t pos = 0;
  std::size_t lines = 0;
  std::size_t lines_with_status = 0;
  unsigned code = 0;
  enhanced_status status{};
  bool have_status = false;
  const std::size_t limit = o.max_line_length == 0 ? 1 : o.max_line_length;
  const std::size_t max_lines = o.max_lines < max_line_count ? o.max_lines : max_line_count;
  std::size_t last_start = 0;  // start of the line read last
  for (;;) {
    if (pos >= in.size()) {
      stop(r, parse_error::incomplete, 0);
      break;
    }
    const std::size_t avail = in.size() - pos;
    const std::size_t window = avail < limit ? avail : limit;
    bool high = false;
    std::size_t lf =
        SMTPCODES_IS_CONSTANT_EVALUATED() ? npos : clean_line_end(in.data() + pos, window, high);
    unsigned flags = high ? unsigned{has_high} : 0u;
    const bool clean = lf != npos;
    if (!clean) {
      lf = find_byte(in.data() + pos, window, '\n');
      if (lf == npos && avail < limit && o.input_complete) lf = avail;  // the input's end ends it
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
  if (r.error != parse_error::none) return;
  if (lines_with_status != 0 && lines_with_status != lines)
    w.set(reply_warning::status_inconsistent);
  if (!have_status) {
    // qmail: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"
    std::string_view last_line = in.substr(last_start, pos - last_start);
    while (!last_line.empty() && (last_line.back() == '\n' || last_line.back() == '\r'))
      last_line.remove_suffix(1);
    if (last_line.size() > 4 && trailing_status(last_line.substr(4), status)) {
      have_status = true;
      w.set(reply_warning::trailing_status);
    }
  }
  if (have_status) {
    if (status.cls != code / 100) w.set(reply_warning::status_class_mismatch);
    if (code / 100 == 3) w.set(reply_warning::status_on_intermediate);
    r.value.status = std::optional<enhanced_status>{std::in_place, status};
  }
  if (code / 100 == 1) w.set(reply_warning::preliminary_code);
  r.value.code = code;
  r.value.raw = in.substr(0, pos);
  r.value.line_count = static_cast<std::uint16_t>(lines);
  r.value.warnings = w;
  r.consumed = pos;
}

/// Parses the reply at the start of `in`: at run time (SSE2) a clean reply
/// in one pass, anything else (and at compile time) line by line.
[[nodiscard]] constexpr parse_result parse_wire_reply(std::string_view in,
                                                      const parse_options& o) noexcept {
  parse_result r;
#if defined(SMTPCODES_SSE2_REPLY_SCAN)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED() && parse_clean_reply(in, o, r)) return r;
#endif
  parse_any_reply(in, o, r);
  return r;  // every return names `r`: no copy (NRVO)
}

}  // namespace detail

/// Forward iterator over reply_lines.
class reply_lines::iterator {
 public:
  constexpr iterator() noexcept = default;
  constexpr iterator(std::string_view raw, std::size_t pos, bool free_text) noexcept
      : raw_(raw), pos_(pos), free_text_(free_text) {
    advance_end();
  }
  [[nodiscard]] constexpr reply_line operator*() const noexcept {
    reply_line l{};
    if (free_text_) {
      // One folded text: segment boundaries are the repeated "550-5.1.1" prefixes.
      const std::string_view seg = raw_.substr(pos_, end_ - pos_);
      l.line = seg;
      const std::size_t skip = seg.size() < 4 ? seg.size() : 4;
      l.text = seg.substr(skip);
      while (!l.text.empty() && l.text.back() == ' ') l.text.remove_suffix(1);
      l.body = detail::strip_status(l.text);
      l.last = end_ >= raw_.size();
      return l;
    }
    std::string_view line = raw_.substr(pos_, end_ - pos_);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    l.line = line;
    l.text = line.size() > 4 ? line.substr(4) : std::string_view{};
    l.body = detail::strip_status(l.text);
    l.last = line.size() < 4 || line[3] != '-';
    return l;
  }
  constexpr iterator& operator++() noexcept {
    pos_ = end_;
    advance_end();
    return *this;
  }
  constexpr iterator operator++(int) noexcept {
    iterator old = *this;
    ++*this;
    return old;
  }
  [[nodiscard]] friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
    return a.pos_ == b.pos_;
  }
  [[nodiscard]] friend constexpr bool operator!=(const iterator& a, const iterator& b) noexcept {
    return a.pos_ != b.pos_;
  }

 private:
  constexpr void advance_end() noexcept {
    if (pos_ >= raw_.size()) {
      pos_ = end_ = raw_.size();
      return;
    }
    if (!free_text_) {
      const std::size_t lf = raw_.find('\n', pos_);
      end_ = lf == std::string_view::npos ? raw_.size() : lf + 1;
      return;
    }
    // Folded multi-line text: the next " 550-" or " 550 5.1.1" that repeats
    // this reply's code (and status) starts a new segment.
    const std::string_view code = raw_.substr(0, 3);
    std::string_view status_token;
    if (raw_.size() > 4) {
      const std::string_view text = raw_.substr(4);
      const std::size_t used = text.size() - detail::strip_status(text).size();
      status_token = text.substr(0, used);
      while (!status_token.empty() && status_token.back() == ' ') status_token.remove_suffix(1);
    }
    end_ = raw_.size();
    for (std::size_t hit = raw_.find(code, pos_ + 4); hit != std::string_view::npos;
         hit = raw_.find(code, hit + 1)) {
      if (raw_[hit - 1] != ' ' || hit + 4 > raw_.size()) continue;
      const char sep = raw_[hit + 3];
      const std::string_view after = raw_.substr(hit + 4);
      const bool repeats_status =
          !status_token.empty() && after.substr(0, status_token.size()) == status_token &&
          (after.size() == status_token.size() || after[status_token.size()] == ' ');
      if (sep == '-' || (sep == ' ' && repeats_status)) {
        end_ = hit;
        return;
      }
    }
  }

  std::string_view raw_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool free_text_ = false;
};

constexpr reply_lines::iterator reply_lines::begin() const noexcept {
  return iterator{raw_, 0, free_text_};
}
constexpr reply_lines::iterator reply_lines::end() const noexcept {
  return iterator{raw_, raw_.size(), free_text_};
}

constexpr std::size_t reply::text_size(char separator) const noexcept {
  std::size_t n = 0;
  bool first = true;
  for (const reply_line l : lines()) {
    if (!first) ++n;
    n += l.body.size();
    first = false;
  }
  (void)separator;
  return n;
}

constexpr std::string_view reply::text_to(char* out, std::size_t capacity,
                                          char separator) const noexcept {
  std::size_t n = 0;
  bool first = true;
  for (const reply_line l : lines()) {
    if (!first && n < capacity) out[n++] = separator;
    const std::size_t take = l.body.size() < capacity - n ? l.body.size() : capacity - n;
    if (!SMTPCODES_IS_CONSTANT_EVALUATED() && take != 0) {
      std::memcpy(out + n, l.body.data(), take);
      n += take;
    } else {
      for (std::size_t i = 0; i < take; ++i) out[n++] = l.body[i];
    }
    first = false;
  }
  return std::string_view{out, n};
}

}  // namespace v1
}  // namespace smtpcodes

#endif
