// Byte classification and ASCII case-insensitive search, the helpers every
// parser and scan of smtpcodes shares: views without checks, memchr, the
// classes of bytes a reply may hold (RFC 5321 §4.1.2 text, §4.5.3.1.5) and
// ifind() for lower-case needles. Each has a plain path (constant evaluation,
// SMTPCODES_FORCE_SCALAR) and a fast path on the kernels of simd.hpp.
#ifndef SMTPCODES_DETAIL_TEXT_SEARCH_HPP
#define SMTPCODES_DETAIL_TEXT_SEARCH_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../enhanced_status.hpp"
#include "config.hpp"
#include "simd.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

/// s.substr(pos) and s.substr(pos, n) where pos + n <= s.size() is known:
/// without the check that could throw (a call in the scans' hot paths).
[[nodiscard]] constexpr std::string_view view_from(std::string_view s, std::size_t pos) noexcept {
  return {s.data() + pos, s.size() - pos};
}
[[nodiscard]] constexpr std::string_view view_of(std::string_view s, std::size_t pos,
                                                 std::size_t n) noexcept {
  return {s.data() + pos, n};
}

[[nodiscard]] constexpr unsigned digit_value(char c) noexcept {
  return static_cast<unsigned>(c - '0');
}
[[nodiscard]] constexpr bool is_upper_ascii(char c) noexcept { return c >= 'A' && c <= 'Z'; }

/// Index of the first `c` in [p, p + n), or npos; memchr at run time.
[[nodiscard]] constexpr std::size_t find_byte(const char* p, std::size_t n, char c) noexcept {
  if (SMTPCODES_RUN_FAST()) {
    const void* hit = SMTPCODES_MEMCHR(p, c, n);
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

/// scan_bytes() at run time: clean 16-byte blocks (the last one overlapping
/// the one before, as flags only add up) or 8-byte words are skipped after
/// one kernel call.
inline unsigned scan_bytes_fast(const char* p, std::size_t n) noexcept {
  unsigned flags = 0;
  std::size_t i = 0;
  if (n >= 16) {
    for (; i + 16 <= n; i += 16)
      if (simd::native::special16(p + i) != 0) flags |= scan_bytes_slow(p + i, 16);
    if (i < n && simd::native::special16(p + n - 16) != 0) flags |= scan_bytes_slow(p + n - 16, 16);
    return flags;
  }
  for (; i + 8 <= n; i += 8)
    if (simd::native::special8(p + i) != 0) flags |= scan_bytes_slow(p + i, 8);
  return flags | scan_bytes_slow(p + i, n - i);
}

/// The byte_class() flags of [p, p + n) together.
[[nodiscard]] constexpr unsigned scan_bytes(const char* p, std::size_t n) noexcept {
  if (SMTPCODES_RUN_FAST()) return scan_bytes_fast(p, n);
  return scan_bytes_slow(p, n);
}

/// Whether `s` starts with `lower` (lower case, not empty), ignoring ASCII case.
[[nodiscard]] constexpr bool istarts_with(std::string_view s, std::string_view lower) noexcept {
  if (lower.empty() || s.size() < lower.size()) return false;
  for (std::size_t k = 0; k < lower.size(); ++k)
    if (ascii_lower(s[k]) != lower[k]) return false;
  return true;
}

/// find_pair_ci() at run time, 16 positions at a time.
inline std::size_t find_pair_ci_fast(std::string_view hay, std::size_t i, std::size_t end, char c0,
                                     char c1) noexcept {
  const simd::native::lower_byte l0(c0);
  const simd::native::lower_byte l1(c1);
  for (; i + 16 <= end && i + 17 <= hay.size(); i += 16)
    if (const std::uint32_t hits = l0.in16(hay.data() + i) & l1.in16(hay.data() + i + 1); hits != 0)
      return i + simd::first_bit(hits);
  for (; i < end; ++i)
    if (ascii_lower(hay[i]) == c0 && ascii_lower(hay[i + 1]) == c1) return i;
  return npos;
}

/// The first i in [from, end) where ascii_lower(hay[i]) == c0 and
/// ascii_lower(hay[i + 1]) == c1, or npos; `end` < hay.size().
[[nodiscard]] constexpr std::size_t find_pair_ci(std::string_view hay, std::size_t from,
                                                 std::size_t end, char c0, char c1) noexcept {
  if (is_upper_ascii(c0) || is_upper_ascii(c1)) return npos;  // ascii_lower never gives these
  if (SMTPCODES_RUN_FAST()) return find_pair_ci_fast(hay, from, end, c0, c1);
  for (std::size_t i = from; i < end; ++i)
    if (ascii_lower(hay[i]) == c0 && ascii_lower(hay[i + 1]) == c1) return i;
  return npos;
}

/// find_quad_ci() at run time, 16 positions at a time.
inline std::size_t find_quad_ci_fast(std::string_view hay, std::size_t i, std::size_t end,
                                     std::string_view lower) noexcept {
  const simd::native::lower_byte l0(lower[0]);
  const simd::native::lower_byte l1(lower[1]);
  const simd::native::lower_byte l2(lower[2]);
  const simd::native::lower_byte l3(lower[3]);
  // Bit k: the needle at p + k (reads p[0, 19)).
  const auto quads16 = [&](const char* p) {
    return l0.in16(p) & l1.in16(p + 1) & l2.in16(p + 2) & l3.in16(p + 3);
  };
  // Blocks [i, i + 16) of positions, reading bytes [i, i + 19), while they
  // lie inside the text and before `end`.
  for (; i + 16 <= end && i + 19 <= hay.size(); i += 16)
    if (const std::uint32_t hits = quads16(hay.data() + i); hits != 0)
      return i + simd::first_bit(hits);
  if (i >= end) return npos;
  // The rest: the text's last 19 bytes (overlapping what was checked), or a
  // copy of a short text followed by zeros.
  std::size_t b = i;
  const char* p = hay.data() + i;
  char tail[32] = {};
  if (i + 19 > hay.size()) {
    if (hay.size() >= 19) {
      b = hay.size() - 19;
      p = hay.data() + b;
    } else {
      SMTPCODES_MEMCPY(tail, p, hay.size() - i);
      p = tail;
    }
  }
  std::uint32_t hits = quads16(p) >> (i - b);  // bit k: position i + k
  if (end - i < 16) hits &= (1u << (end - i)) - 1;
  return hits != 0 ? i + simd::first_bit(hits) : npos;
}

/// The first i in [from, end) where hay[i..i+4) equals `lower` (four lower-case
/// bytes) under ascii_lower(), or npos; end + 3 <= hay.size(). Four bytes in a
/// row rule out nearly every position, so a needle's candidates are rare.
[[nodiscard]] constexpr std::size_t find_quad_ci(std::string_view hay, std::size_t from,
                                                 std::size_t end, std::string_view lower) noexcept {
  if (SMTPCODES_RUN_FAST()) return find_quad_ci_fast(hay, from, end, lower);
  for (std::size_t i = from; i < end; ++i)
    if (ascii_lower(hay[i]) == lower[0] && ascii_lower(hay[i + 1]) == lower[1] &&
        ascii_lower(hay[i + 2]) == lower[2] && ascii_lower(hay[i + 3]) == lower[3])
      return i;
  return npos;
}

/// Case-insensitive search of a lower-case `needle` in `hay` from `from`.
[[nodiscard]] constexpr std::size_t ifind(std::string_view hay, std::string_view needle,
                                          std::size_t from = 0) noexcept {
  if (needle.empty() || hay.size() < needle.size()) return npos;
  const std::size_t end = hay.size() - needle.size() + 1;  // candidate starts: [from, end)
  if (needle.size() == 1) {
    for (std::size_t i = from; i < end; ++i)
      if (ascii_lower(hay[i]) == needle[0]) return i;
    return npos;
  }
  if (needle.size() >= 4) {
    for (std::size_t k = 0; k < 4; ++k)
      if (is_upper_ascii(needle[k])) return npos;  // ascii_lower never gives these
    for (std::size_t i = from; i < end; ++i) {
      i = find_quad_ci(hay, i, end, needle);
      if (i == npos) return npos;
      std::size_t k = 4;
      while (k < needle.size() && ascii_lower(hay[i + k]) == needle[k]) ++k;
      if (k == needle.size()) return i;
    }
    return npos;
  }
  for (std::size_t i = from; i < end; ++i) {
    i = find_pair_ci(hay, i, end, needle[0], needle[1]);
    if (i == npos) return npos;
    std::size_t k = 2;
    while (k < needle.size() && ascii_lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return npos;
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
