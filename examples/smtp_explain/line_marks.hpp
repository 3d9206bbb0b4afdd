// scan's line search: the line ends and marks of 64 bytes of log text (a mark
// starts "stat" of status=/stat=, "r?j" of reject/rejected, Exim's " => ",
// " -> ", " ** ", " == ", or is a NUL); a line without one holds no record.
// Plain, SSE2 and AVX2 kernels (chosen at run time), checked by cli_scan_marks.
#ifndef SMTP_EXPLAIN_LINE_MARKS_HPP
#define SMTP_EXPLAIN_LINE_MARKS_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace smtp_explain {

/// Bit k of each mask is about p[k].
struct marks64 {
  std::uint64_t newlines = 0;  ///< p[k] is '\n'
  std::uint64_t marks = 0;     ///< a mark starts at p[k]
};

/// Bytes a kernel reads past the 64 it reports on.
inline constexpr std::size_t marks_lookahead = 3;

namespace marks_plain {
/// The reference: reads p[0, 64 + marks_lookahead).
inline marks64 at(const char* p) noexcept {
  marks64 m;
  for (unsigned k = 0; k < 64; ++k) {
    const char* c = p + k;
    const bool exim = c[0] == ' ' && c[3] == ' ' && (c[2] == '>' || c[2] == '*' || c[2] == '=');
    const bool mark = c[0] == '\0' || (c[0] == 's' && c[2] == 'a' && c[3] == 't') ||
                      (c[0] == 'r' && c[2] == 'j') || exim;
    m.newlines |= static_cast<std::uint64_t>(c[0] == '\n') << k;
    m.marks |= static_cast<std::uint64_t>(mark) << k;
  }
  return m;
}
}  // namespace marks_plain

#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#define SMTP_EXPLAIN_MARKS_X86 1

namespace marks_sse2 {
using u8x16 = unsigned char __attribute__((vector_size(16)));
using c8x16 = char __attribute__((vector_size(16)));

inline u8x16 load(const char* p) noexcept {
  u8x16 x;
  std::memcpy(&x, p, 16);
  return x;
}
inline std::uint64_t mask(u8x16 hits) noexcept {
  return static_cast<std::uint16_t>(__builtin_ia32_pmovmskb128(reinterpret_cast<c8x16>(hits)));
}
/// 16 bytes: reads p[0, 16 + marks_lookahead).
inline void at16(const char* p, std::uint64_t& newlines, std::uint64_t& marks) noexcept {
  const u8x16 v0 = load(p), v2 = load(p + 2), v3 = load(p + 3);
  const auto is = [](u8x16 v, char c) {
    return reinterpret_cast<u8x16>(v == (u8x16{} + static_cast<unsigned char>(c)));
  };
  const u8x16 exim = is(v0, ' ') & is(v3, ' ') & (is(v2, '>') | is(v2, '*') | is(v2, '='));
  const u8x16 m =
      is(v0, '\0') | (is(v0, 's') & is(v2, 'a') & is(v3, 't')) | (is(v0, 'r') & is(v2, 'j')) | exim;
  newlines = mask(is(v0, '\n'));
  marks = mask(m);
}
/// Reads p[0, 64 + marks_lookahead).
inline marks64 at(const char* p) noexcept {
  marks64 r;
  for (unsigned k = 0; k < 4; ++k) {
    std::uint64_t n, m;
    at16(p + 16 * k, n, m);
    r.newlines |= n << (16 * k);
    r.marks |= m << (16 * k);
  }
  return r;
}
}  // namespace marks_sse2

namespace marks_avx2 {
using u8x32 = unsigned char __attribute__((vector_size(32)));
using c8x32 = char __attribute__((vector_size(32)));

__attribute__((target("avx2"))) inline u8x32 load(const char* p) noexcept {
  u8x32 x;
  std::memcpy(&x, p, 32);
  return x;
}
__attribute__((target("avx2"))) inline std::uint64_t mask(u8x32 hits) noexcept {
  return static_cast<std::uint32_t>(__builtin_ia32_pmovmskb256(reinterpret_cast<c8x32>(hits)));
}
__attribute__((target("avx2"))) inline u8x32 is(u8x32 v, char c) noexcept {
  return reinterpret_cast<u8x32>(v == (u8x32{} + static_cast<unsigned char>(c)));
}
/// Reads p[0, 64 + marks_lookahead).
__attribute__((target("avx2"))) inline marks64 at(const char* p) noexcept {
  marks64 r;
  for (unsigned k = 0; k < 2; ++k) {
    const char* q = p + 32 * k;
    const u8x32 v0 = load(q), v2 = load(q + 2), v3 = load(q + 3);
    const u8x32 exim = is(v0, ' ') & is(v3, ' ') & (is(v2, '>') | is(v2, '*') | is(v2, '='));
    const u8x32 m = is(v0, '\0') | (is(v0, 's') & is(v2, 'a') & is(v3, 't')) |
                    (is(v0, 'r') & is(v2, 'j')) | exim;
    r.newlines |= mask(is(v0, '\n')) << (32 * k);
    r.marks |= mask(m) << (32 * k);
  }
  return r;
}
}  // namespace marks_avx2
#else
#define SMTP_EXPLAIN_MARKS_X86 0
#endif

/// Where block_search stopped.
enum class search_stop : unsigned char {
  mark,       ///< `at` is a mark, in the line that starts at `line_start`
  long_line,  ///< `at` is the '\n' of a line longer than max_line that starts at `line_start`
  end         ///< fewer than 64 bytes are left from `at`
};

/// A search through a block of lines in 64-byte steps: counts the line ends
/// it passes and stops at a mark, at the end of a line longer than max_line,
/// or near the block's end. The caller moves `at` (and `line_start`,
/// `lines`) past what it handled and searches again.
struct block_search {
  std::size_t line_start = 0;  ///< first byte of the line the search is in
  std::uint64_t lines = 0;     ///< line ends passed
  std::size_t at = 0;          ///< where the next step starts; where the search stopped
};

namespace marks_detail {
inline unsigned low_bit(std::uint64_t x) noexcept {
  return static_cast<unsigned>(__builtin_ctzll(x));
}
inline unsigned high_bit(std::uint64_t x) noexcept {
  return 63u - static_cast<unsigned>(__builtin_clzll(x));
}
inline unsigned count(std::uint64_t x) noexcept {
  return static_cast<unsigned>(__builtin_popcountll(x));
}

// The steps, inlined into one function per kernel. Reads p[at, n + marks_lookahead).
template <class Kernel>
[[gnu::always_inline]] inline search_stop steps(const char* p, std::size_t n, std::size_t max_line,
                                                block_search& s) noexcept {
  std::size_t i = s.at;
  while (i <= n && n - i >= 64) {
    const marks64 m = Kernel::at(p + i);
    std::uint64_t ends = m.newlines;
    if (m.marks != 0) ends &= (std::uint64_t{1} << low_bit(m.marks)) - 1;
    if (ends != 0) {
      const std::size_t first = i + low_bit(ends);
      if (first - s.line_start > max_line) {
        s.at = first;
        return search_stop::long_line;
      }
      s.lines += count(ends);
      s.line_start = i + high_bit(ends) + 1;
    }
    if (m.marks != 0) {
      s.at = i + low_bit(m.marks);
      return search_stop::mark;
    }
    i += 64;
  }
  s.at = i;
  return search_stop::end;
}

struct plain_kernel {
  static marks64 at(const char* p) noexcept { return marks_plain::at(p); }
};
#if SMTP_EXPLAIN_MARKS_X86
struct sse2_kernel {
  static marks64 at(const char* p) noexcept { return marks_sse2::at(p); }
};
struct avx2_kernel {
  __attribute__((target("avx2"))) static marks64 at(const char* p) noexcept {
    return marks_avx2::at(p);
  }
};
__attribute__((target("avx2"))) inline search_stop steps_avx2(const char* p, std::size_t n,
                                                              std::size_t max_line,
                                                              block_search& s) noexcept {
  return steps<avx2_kernel>(p, n, max_line, s);
}
#endif
}  // namespace marks_detail

/// The kernels this machine runs.
enum class marks_kernel : unsigned char { plain, sse2, avx2 };

/// The fastest kernel this machine runs.
inline marks_kernel best_marks_kernel() noexcept {
#if SMTP_EXPLAIN_MARKS_X86
  return __builtin_cpu_supports("avx2") ? marks_kernel::avx2 : marks_kernel::sse2;
#else
  return marks_kernel::plain;
#endif
}

/// One search in the block p[0, n) (which must be readable up to
/// n + marks_lookahead) with kernel `k`, from s.at; see search_stop.
inline search_stop search_block(marks_kernel k, const char* p, std::size_t n, std::size_t max_line,
                                block_search& s) noexcept {
  switch (k) {
#if SMTP_EXPLAIN_MARKS_X86
    case marks_kernel::avx2:
      return marks_detail::steps_avx2(p, n, max_line, s);
    case marks_kernel::sse2:
      return marks_detail::steps<marks_detail::sse2_kernel>(p, n, max_line, s);
#endif
    default:
      return marks_detail::steps<marks_detail::plain_kernel>(p, n, max_line, s);
  }
}

}  // namespace smtp_explain

#endif
