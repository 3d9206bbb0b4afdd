// The run-time kernels of the scans: every vector type, builtin and SWAR
// constant of smtpcodes lives here. Each kernel looks at a fixed block of
// bytes and answers with a bit mask (bit k for the byte at p + k); the same
// kernels are written whole per instruction set (sse2, swar on 64-bit words,
// plain byte loops), and `native` names the set that config.hpp chose. The
// algorithms call only `native`, and only `native` is compiled unless
// SMTPCODES_SIMD_ALL_SETS is defined: tests/test_simd.cpp defines it and
// checks every set against `plain`. Kernels read exactly the bytes their
// comment names.
#ifndef SMTPCODES_DETAIL_SIMD_HPP
#define SMTPCODES_DETAIL_SIMD_HPP

#include <cstddef>
#include <cstdint>

#include "config.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace simd {

// ---------------------------------------------------------------------------
// Bit and word helpers, the same for every set.

/// Index of the lowest set bit of x (x != 0).
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline std::size_t first_bit(std::uint32_t x) noexcept {
#if SMTPCODES_GNU_COMPATIBLE
  return static_cast<std::size_t>(__builtin_ctz(x));
#else
  std::size_t k = 0;
  while ((x & 1u) == 0) x >>= 1, ++k;
  return k;
#endif
}
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline std::size_t first_bit(std::uint64_t x) noexcept {
#if SMTPCODES_GNU_COMPATIBLE
  return static_cast<std::size_t>(__builtin_ctzll(x));
#else
  std::size_t k = 0;
  while ((x & 1u) == 0) x >>= 1, ++k;
  return k;
#endif
}
/// Number of set bits of x.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline unsigned popcount(std::uint32_t x) noexcept {
#if SMTPCODES_HAS_POPCNT
  return static_cast<unsigned>(__builtin_popcount(x));
#else
  x -= x >> 1 & 0x55555555u;                       // bits per 2-bit field
  x = (x & 0x33333333u) + (x >> 2 & 0x33333333u);  // per 4-bit field
  x = (x + (x >> 4)) & 0x0F0F0F0Fu;                // per byte
  return (x * 0x01010101u) >> 24;                  // the bytes summed in the top byte
#endif
}

/// The four bytes at p, p[0] in the lowest byte, whatever the byte order.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline std::uint32_t load_le32(const char* p) noexcept {
  std::uint32_t w = 0;
#if SMTPCODES_LITTLE_ENDIAN
  SMTPCODES_MEMCPY(&w, p, 4);
#else
  for (unsigned k = 0; k < 4; ++k)
    w |= static_cast<std::uint32_t>(static_cast<unsigned char>(p[k])) << (8 * k);
#endif
  return w;
}
/// The eight bytes at p, p[0] in the lowest byte, whatever the byte order.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline std::uint64_t load_le64(const char* p) noexcept {
  std::uint64_t w = 0;
#if SMTPCODES_LITTLE_ENDIAN
  SMTPCODES_MEMCPY(&w, p, 8);
#else
  for (unsigned k = 0; k < 8; ++k)
    w |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
#endif
  return w;
}

inline constexpr std::uint64_t ones64 = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs64 = 0x8080808080808080ULL;

/// `x` (eight bytes) with every ASCII upper-case letter made lower case.
[[nodiscard]] constexpr std::uint64_t lower8(std::uint64_t x) noexcept {
  const std::uint64_t low = x & ones64 * 0x7F;  // no carry between bytes below
  const std::uint64_t upper =
      (low + ones64 * (0x80 - 'A')) & ~(low + ones64 * (0x80 - 'Z' - 1)) & ~x & highs64;
  return x | upper >> 2;
}

/// Whether the high byte of `v` is 0xFF: on little-endian targets a compare
/// of that byte in memory, without loading the whole value.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline bool high_byte_is_ff(const std::uint16_t& v) noexcept {
#if SMTPCODES_LITTLE_ENDIAN
  return reinterpret_cast<const unsigned char*>(&v)[1] == 0xFF;
#else
  return (v >> 8) == 0xFF;
#endif
}

/// Eight slots of a hash of four-byte grams (gram_slots8()).
struct slots8 {
  std::uint16_t slot[8];
};

#if SMTPCODES_SIMD_BUILD_PLAIN || SMTPCODES_SIMD_BUILD_SWAR
/// For positions 0, 2 ... 14 of p (reading p[0, 18)): the four bytes there,
/// each & 31, as a little-endian word g, hashed to
/// ((g & 0xFFFF) * k0 + (g >> 16) * k1) mod 2^16 >> (16 - bits). One word at
/// a time: the plain and swar sets' gram_slots8().
inline slots8 word_gram_slots8(const char* p, std::uint16_t k0, std::uint16_t k1,
                               unsigned bits) noexcept {
  slots8 s{};
  for (unsigned j = 0; j < 8; ++j) {
    const std::uint32_t g = load_le32(p + 2 * j) & 0x1F1F1F1Fu;
    const std::uint32_t h = (g & 0xFFFF) * k0 + (g >> 16) * k1;
    s.slot[j] = static_cast<std::uint16_t>((h & 0xFFFF) >> (16 - bits));
  }
  return s;
}
#endif

// ---------------------------------------------------------------------------
// plain: byte loops, the reference of every kernel.
#if SMTPCODES_SIMD_BUILD_PLAIN
namespace plain {

[[nodiscard]] constexpr bool is_special(unsigned char b) noexcept { return b < 0x20 || b >= 0x7F; }
[[nodiscard]] constexpr char lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Bit k: p[k] (k < 16) is below 0x20, DEL or above 0x7F.
inline std::uint32_t special16(const char* p) noexcept {
  std::uint32_t m = 0;
  for (unsigned k = 0; k < 16; ++k)
    m |= static_cast<std::uint32_t>(is_special(static_cast<unsigned char>(p[k]))) << k;
  return m;
}
/// Bit k: p[k] (k < 8) is below 0x20, DEL or above 0x7F.
inline std::uint32_t special8(const char* p) noexcept {
  std::uint32_t m = 0;
  for (unsigned k = 0; k < 8; ++k)
    m |= static_cast<std::uint32_t>(is_special(static_cast<unsigned char>(p[k]))) << k;
  return m;
}
/// Bit k: p[k] (k < 64) is below 0x20, DEL or above 0x7F.
inline std::uint64_t special64(const char* p) noexcept {
  std::uint64_t m = 0;
  for (unsigned k = 0; k < 64; ++k)
    m |= static_cast<std::uint64_t>(is_special(static_cast<unsigned char>(p[k]))) << k;
  return m;
}
/// Bytes equal to `c` once ASCII upper case is made lower (a lower-case `c`
/// matches both cases).
struct lower_byte {
  char c;
  explicit lower_byte(char want) noexcept : c(want) {}
  /// Bit k: lower(p[k]) == c, for k < 16.
  [[nodiscard]] std::uint32_t in16(const char* p) const noexcept {
    std::uint32_t m = 0;
    const bool letter = c >= 'a' && c <= 'z';
    for (unsigned k = 0; k < 16; ++k)
      m |= static_cast<std::uint32_t>(letter ? lower(p[k]) == c : p[k] == c) << k;
    return m;
  }
};
/// Bytes equal to `c`.
struct byte_eq {
  char c;
  explicit byte_eq(char want) noexcept : c(want) {}
  /// Bit k: p[k] == c, for k < 16.
  [[nodiscard]] std::uint32_t in16(const char* p) const noexcept {
    std::uint32_t m = 0;
    for (unsigned k = 0; k < 16; ++k) m |= static_cast<std::uint32_t>(p[k] == c) << k;
    return m;
  }
};
/// Bit k: p[k] (k < 16) is 'j', 'J', 'f' or 'F'.
inline std::uint32_t marker_letters16(const char* p) noexcept {
  std::uint32_t m = 0;
  for (unsigned k = 0; k < 16; ++k) {
    const char c = lower(p[k]);
    m |= static_cast<std::uint32_t>(c == 'j' || c == 'f') << k;
  }
  return m;
}
/// Bit k: p[k] (k < 64) is a digit, '.' or '/'.
inline std::uint64_t number_mask64(const char* p) noexcept {
  std::uint64_t m = 0;
  for (unsigned k = 0; k < 64; ++k)
    m |= static_cast<std::uint64_t>(p[k] >= '.' && p[k] <= '9') << k;
  return m;
}
/// Bit k (k < 16, reading p[0, 19)): p[k + 2] is a space and p[k + 3] is
/// 'r' or 'R'; or p[k] is ';'; or p[k] is a space and p[k + 1] is `d0`; or
/// p[k] is below 0x20, DEL or above 0x7F.
inline std::uint32_t fact_places16(const char* p, char d0) noexcept {
  std::uint32_t m = 0;
  for (unsigned k = 0; k < 16; ++k) {
    const bool hit = (p[k + 2] == ' ' && lower(p[k + 3]) == 'r') || p[k] == ';' ||
                     (p[k] == ' ' && p[k + 1] == d0) ||
                     is_special(static_cast<unsigned char>(p[k]));
    m |= static_cast<std::uint32_t>(hit) << k;
  }
  return m;
}
/// For positions 0, 2 ... 14 of p (reading p[0, 18)): word_gram_slots8().
inline slots8 gram_slots8(const char* p, std::uint16_t k0, std::uint16_t k1,
                          unsigned bits) noexcept {
  return word_gram_slots8(p, k0, k1, bits);
}

}  // namespace plain
#endif

// ---------------------------------------------------------------------------
// swar: 64-bit words (little-endian GCC and Clang); masks gathered from the
// high bits of each byte.
#if SMTPCODES_SIMD_BUILD_SWAR
namespace swar {

/// The high bit of each byte of m, as eight bits (byte k -> bit k).
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline std::uint32_t gather8(std::uint64_t m) noexcept {
  return static_cast<std::uint32_t>(((m >> 7 & ones64) * 0x0102040810204080ULL) >> 56);
}
/// 0x80 in each byte of x that is below 0x20, DEL or above 0x7F (exact in every byte).
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline std::uint64_t special_bytes(std::uint64_t x) noexcept {
  const std::uint64_t low = x & ones64 * 0x7F;
  return (x | ~(low + ones64 * 0x60) | (low + ones64)) & highs64;
}
/// 0x80 in each byte of x equal to c (exact in every byte).
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline std::uint64_t equal_bytes(std::uint64_t x,
                                                                       char c) noexcept {
  const std::uint64_t y = x ^ ones64 * static_cast<unsigned char>(c);
  return ~(((y & ones64 * 0x7F) + ones64 * 0x7F) | y) & highs64;
}

SMTPCODES_ALWAYS_INLINE inline std::uint32_t special8(const char* p) noexcept {
  return gather8(special_bytes(load_le64(p)));
}
SMTPCODES_ALWAYS_INLINE inline std::uint32_t special16(const char* p) noexcept {
  return special8(p) | special8(p + 8) << 8;
}
SMTPCODES_ALWAYS_INLINE inline std::uint64_t special64(const char* p) noexcept {
  return std::uint64_t{special16(p)} | std::uint64_t{special16(p + 16)} << 16 |
         std::uint64_t{special16(p + 32)} << 32 | std::uint64_t{special16(p + 48)} << 48;
}
struct lower_byte {
  std::uint64_t fold;
  char c;
  explicit lower_byte(char want) noexcept
      : fold(want >= 'a' && want <= 'z' ? ones64 * 0x20 : 0), c(want) {}
  [[nodiscard]] SMTPCODES_ALWAYS_INLINE std::uint32_t in16(const char* p) const noexcept {
    return gather8(equal_bytes(load_le64(p) | fold, c)) |
           gather8(equal_bytes(load_le64(p + 8) | fold, c)) << 8;
  }
};
struct byte_eq {
  char c;
  explicit byte_eq(char want) noexcept : c(want) {}
  [[nodiscard]] SMTPCODES_ALWAYS_INLINE std::uint32_t in16(const char* p) const noexcept {
    return gather8(equal_bytes(load_le64(p), c)) | gather8(equal_bytes(load_le64(p + 8), c)) << 8;
  }
};
SMTPCODES_ALWAYS_INLINE inline std::uint32_t marker_letters16(const char* p) noexcept {
  const std::uint64_t a = load_le64(p) | ones64 * 0x20;
  const std::uint64_t b = load_le64(p + 8) | ones64 * 0x20;
  return gather8(equal_bytes(a, 'j') | equal_bytes(a, 'f')) |
         gather8(equal_bytes(b, 'j') | equal_bytes(b, 'f')) << 8;
}
SMTPCODES_ALWAYS_INLINE inline std::uint64_t number_mask64(const char* p) noexcept {
  std::uint64_t m = 0;
  for (unsigned w = 0; w < 8; ++w) {
    const std::uint64_t x = load_le64(p + 8 * w);
    const std::uint64_t low = x & ones64 * 0x7F;
    // '.' (0x2E) to '9' (0x39): at least 0x2E and not above 0x39, high bit clear.
    const std::uint64_t in = (low + ones64 * (0x80 - 0x2E)) & ~(low + ones64 * (0x80 - 0x3A)) & ~x;
    m |= std::uint64_t{gather8(in & highs64)} << (8 * w);
  }
  return m;
}
SMTPCODES_ALWAYS_INLINE inline std::uint32_t fact_places16(const char* p, char d0) noexcept {
  std::uint32_t m = 0;
  for (unsigned h = 0; h < 16; h += 8) {
    const std::uint64_t x0 = load_le64(p + h), x1 = load_le64(p + h + 1);
    const std::uint64_t x2 = load_le64(p + h + 2), x3 = load_le64(p + h + 3);
    const std::uint64_t hit = (equal_bytes(x2, ' ') & equal_bytes(x3 | ones64 * 0x20, 'r')) |
                              equal_bytes(x0, ';') | (equal_bytes(x0, ' ') & equal_bytes(x1, d0)) |
                              special_bytes(x0);
    m |= gather8(hit) << h;
  }
  return m;
}
SMTPCODES_ALWAYS_INLINE inline slots8 gram_slots8(const char* p, std::uint16_t k0, std::uint16_t k1,
                                                  unsigned bits) noexcept {
  return word_gram_slots8(p, k0, k1, bits);
}

}  // namespace swar
#endif

// ---------------------------------------------------------------------------
// sse2: 16-byte vectors (GCC and Clang vector extensions). Arithmetic on
// unsigned lanes only; a signed view only for signed compares.
#if SMTPCODES_SIMD_BUILD_SSE2
namespace sse2 {

using u8x16 = unsigned char __attribute__((vector_size(16)));
using i8x16 = signed char __attribute__((vector_size(16)));
using c8x16 = char __attribute__((vector_size(16)));
using i16x8 = short __attribute__((vector_size(16)));
using i32x4 = int __attribute__((vector_size(16)));
using u32x4 = unsigned __attribute__((vector_size(16)));

[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline u8x16 load16(const char* p) noexcept {
  u8x16 x;
  SMTPCODES_MEMCPY(&x, p, 16);
  return x;
}
/// Bit k: lane k of a compare result (all ones or zero).
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline std::uint32_t mask_of(i8x16 hits) noexcept {
  return static_cast<std::uint32_t>(__builtin_ia32_pmovmskb128(reinterpret_cast<c8x16>(hits)));
}
/// All lanes `c`.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline u8x16 splat(char c) noexcept {
  const u8x16 zero{};
  return zero + static_cast<unsigned char>(c);
}
/// Lanes of printable ASCII, 0x20-0x7E: adding 1 (mod 256) maps exactly
/// those bytes to 0x21-0x7F, the only ones above 0x20 as signed bytes.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline i8x16 printable_lanes(u8x16 x) noexcept {
  return reinterpret_cast<i8x16>(x + 1) > 0x20;
}
/// Lanes below 0x20, DEL or above 0x7F.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline i8x16 special_lanes(u8x16 x) noexcept {
  return reinterpret_cast<i8x16>(x + 1) <= 0x20;
}

SMTPCODES_ALWAYS_INLINE inline std::uint32_t special16(const char* p) noexcept {
  return ~mask_of(printable_lanes(load16(p))) & 0xFFFFu;
}
SMTPCODES_ALWAYS_INLINE inline std::uint32_t special8(const char* p) noexcept {
  u8x16 x{};
  SMTPCODES_MEMCPY(&x, p, 8);  // the upper lanes stay zero: not special after the + 1
  return mask_of(special_lanes(x)) & 0xFFu;
}
SMTPCODES_ALWAYS_INLINE inline std::uint64_t special64(const char* p) noexcept {
  const std::uint64_t printable = std::uint64_t{mask_of(printable_lanes(load16(p)))} |
                                  std::uint64_t{mask_of(printable_lanes(load16(p + 16)))} << 16 |
                                  std::uint64_t{mask_of(printable_lanes(load16(p + 32)))} << 32 |
                                  std::uint64_t{mask_of(printable_lanes(load16(p + 48)))} << 48;
  return ~printable;
}
struct lower_byte {
  u8x16 want;
  u8x16 fold;
  explicit lower_byte(char c) noexcept
      : want(splat(c)), fold(splat(c >= 'a' && c <= 'z' ? char{0x20} : char{0})) {}
  [[nodiscard]] SMTPCODES_ALWAYS_INLINE std::uint32_t in16(const char* p) const noexcept {
    return mask_of(reinterpret_cast<i8x16>((load16(p) | fold) == want));
  }
};
struct byte_eq {
  u8x16 want;
  explicit byte_eq(char c) noexcept : want(splat(c)) {}
  [[nodiscard]] SMTPCODES_ALWAYS_INLINE std::uint32_t in16(const char* p) const noexcept {
    return mask_of(reinterpret_cast<i8x16>(load16(p) == want));
  }
};
SMTPCODES_ALWAYS_INLINE inline std::uint32_t marker_letters16(const char* p) noexcept {
  const u8x16 x = load16(p) | 0x20;  // letters in lower case
  return mask_of(reinterpret_cast<i8x16>((x == 'j') | (x == 'f')));
}
SMTPCODES_ALWAYS_INLINE inline std::uint64_t number_mask64(const char* p) noexcept {
  std::uint64_t m = 0;
  for (unsigned b = 0; b < 4; ++b) {
    // '.' to '9' (0x2E-0x39) + 0x52 wrap to 0x80-0x8B, the lowest signed values.
    const u8x16 shifted = load16(p + 16 * b) + 0x52;
    m |= std::uint64_t{mask_of(reinterpret_cast<i8x16>(shifted) < -116)} << (16 * b);
  }
  return m;
}
SMTPCODES_ALWAYS_INLINE inline std::uint32_t fact_places16(const char* p, char d0) noexcept {
  const u8x16 x0 = load16(p), x1 = load16(p + 1), x2 = load16(p + 2), x3 = load16(p + 3);
  const i8x16 hit = ((x2 == ' ') & ((x3 | 0x20) == 'r')) | (x0 == ';') |
                    ((x0 == ' ') & (x1 == splat(d0))) | special_lanes(x0);
  return mask_of(hit);
}
SMTPCODES_ALWAYS_INLINE inline slots8 gram_slots8(const char* p, std::uint16_t k0, std::uint16_t k1,
                                                  unsigned bits) noexcept {
  i32x4 a;  // positions 0, 4, 8, 12
  i32x4 b;  // positions 2, 6, 10, 14
  SMTPCODES_MEMCPY(&a, p, 16);
  SMTPCODES_MEMCPY(&b, p + 2, 16);
  const auto s0 = static_cast<short>(k0 - (k0 >= 0x8000 ? 0x10000 : 0));  // the same low 16 bits
  const auto s1 = static_cast<short>(k1 - (k1 >= 0x8000 ? 0x10000 : 0));
  const i16x8 k = {s0, s1, s0, s1, s0, s1, s0, s1};
  // pmaddwd: each 32-bit lane becomes low half * k0 + high half * k1.
  const auto ha = reinterpret_cast<u32x4>(
      __builtin_ia32_pmaddwd128(reinterpret_cast<i16x8>(a & 0x1F1F1F1F), k));
  const auto hb = reinterpret_cast<u32x4>(
      __builtin_ia32_pmaddwd128(reinterpret_cast<i16x8>(b & 0x1F1F1F1F), k));
  const unsigned slot_mask = (1u << bits) - 1;
  const u32x4 both = (ha >> (16 - bits) & slot_mask) | (hb << bits & slot_mask << 16);
  slots8 s;
  SMTPCODES_MEMCPY(s.slot, &both, 16);
  return s;
}

}  // namespace sse2
#endif

// The set the fast paths use.
#if SMTPCODES_SIMD_SSE2
namespace native = sse2;
#elif SMTPCODES_SIMD_SWAR
namespace native = swar;
#else
namespace native = plain;
#endif

}  // namespace simd
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
