// Free text in, reply out: finds the SMTP reply inside a DSN Diagnostic-Code
// value (RFC 3464 §2.3.6, "smtp; 550 5.1.1 ...") or a mail log line (Postfix
// "said:" and "NOQUEUE: reject:", Exim "SMTP error from remote mail server
// after ...:", Sendmail "stat=Deferred: ..."), with the command it answered.
#ifndef SMTPCODES_FIND_REPLY_HPP
#define SMTPCODES_FIND_REPLY_HPP

#include <cstdint>
#include <cstring>

#include "command.hpp"
#include "detail/config.hpp"
#include "reply.hpp"

namespace smtpcodes {
inline namespace v1 {

/// What find_reply() found. `value` views point into the text.
struct text_match {
  reply value;
  parse_error error = parse_error::no_reply_found;
  smtp_command command = smtp_command::unknown;  ///< the command the text names, if any
  std::size_t position = 0;                      ///< offset of the code in the text
  [[nodiscard]] constexpr bool ok() const noexcept { return error == parse_error::none; }
};

namespace detail {

// The searches below skip eight bytes at a time at run time on little-endian
// GCC and Clang targets (bit tricks on 64-bit words, exact in every byte);
// during constant evaluation and elsewhere they test one byte at a time.
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SMTPCODES_SWAR_SEARCH 1
#endif
inline constexpr std::uint64_t swar_ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t swar_low7 = 0x7F7F7F7F7F7F7F7FULL;
inline constexpr std::uint64_t swar_highs = 0x8080808080808080ULL;

/// 0x80 in every byte of `x` that is zero, 0 in the others.
[[nodiscard]] constexpr std::uint64_t zero_bytes(std::uint64_t x) noexcept {
  return ~(((x & swar_low7) + swar_low7) | x | swar_low7);
}
[[nodiscard]] inline std::uint64_t load8(const char* p) noexcept {
  std::uint64_t x = 0;
  std::memcpy(&x, p, 8);
  return x;
}
[[nodiscard]] constexpr bool is_upper_ascii(char c) noexcept { return c >= 'A' && c <= 'Z'; }

/// The first i in [from, end) where ascii_lower(hay[i]) == c0 and
/// ascii_lower(hay[i + 1]) == c1, or npos; `end` < hay.size().
[[nodiscard]] constexpr std::size_t find_pair_ci(std::string_view hay, std::size_t from,
                                                 std::size_t end, char c0, char c1) noexcept {
  if (is_upper_ascii(c0) || is_upper_ascii(c1)) return npos;  // ascii_lower never gives these
  std::size_t i = from;
#if defined(SMTPCODES_SWAR_SEARCH)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    // A lower-case letter matches either case: OR in 0x20, then compare.
    const std::uint64_t fold0 = c0 >= 'a' && c0 <= 'z' ? swar_ones * 0x20 : 0;
    const std::uint64_t fold1 = c1 >= 'a' && c1 <= 'z' ? swar_ones * 0x20 : 0;
    const std::uint64_t want0 = swar_ones * static_cast<unsigned char>(c0);
    const std::uint64_t want1 = swar_ones * static_cast<unsigned char>(c1);
    for (; i + 8 <= end && i + 9 <= hay.size(); i += 8) {
      const std::uint64_t hits = zero_bytes((load8(hay.data() + i) | fold0) ^ want0) &
                                 zero_bytes((load8(hay.data() + i + 1) | fold1) ^ want1);
      if (hits != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8;
    }
  }
#endif
  for (; i < end; ++i)
    if (ascii_lower(hay[i]) == c0 && ascii_lower(hay[i + 1]) == c1) return i;
  return npos;
}

/// Bytes of `x` that ascii_lower() turns into `c`: 0x80 where they are, 0
/// elsewhere (a lower-case letter matches either case: OR in 0x20, compare).
[[nodiscard]] constexpr std::uint64_t lower_is(std::uint64_t x, char c) noexcept {
  const std::uint64_t fold = c >= 'a' && c <= 'z' ? swar_ones * 0x20 : 0;
  return zero_bytes((x | fold) ^ (swar_ones * static_cast<unsigned char>(c)));
}

#if defined(SMTPCODES_SSE2_LINE_SCAN)
/// A byte compared with sse2_lower_is(): the byte itself, and 0x20 to OR into
/// the text first when it is a lower-case letter (so both cases match).
struct sse2_lower {
  sse2_bytes want;
  sse2_bytes fold;
};
[[nodiscard]] inline sse2_lower sse2_lower_of(char c) noexcept {
  const sse2_bytes zero{};
  const auto want = static_cast<signed char>(c);
  const signed char fold = c >= 'a' && c <= 'z' ? 0x20 : 0;
  return {zero + want, zero + fold};
}
/// Bit k set when ascii_lower(p[k]) is the byte of `l`, for the 16 bytes at p.
[[nodiscard]] inline unsigned sse2_lower_is(const char* p, const sse2_lower& l) noexcept {
  sse2_bytes x;
  std::memcpy(&x, p, 16);
  const sse2_bytes hit = (x | l.fold) == l.want;
  return static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<sse2_chars>(hit)));
}
#endif

#if defined(SMTPCODES_SSE2_LINE_SCAN)
/// find_quad_ci() at run time, 16 positions at a time.
[[nodiscard]] inline std::size_t find_quad_ci_sse2(std::string_view hay, std::size_t i,
                                                   std::size_t end,
                                                   std::string_view lower) noexcept {
  const sse2_lower l0 = sse2_lower_of(lower[0]);
  const sse2_lower l1 = sse2_lower_of(lower[1]);
  const sse2_lower l2 = sse2_lower_of(lower[2]);
  const sse2_lower l3 = sse2_lower_of(lower[3]);
  const auto quads16 = [&](const char* p) {  // bit k: the needle at p + k
    return sse2_lower_is(p, l0) & sse2_lower_is(p + 1, l1) & sse2_lower_is(p + 2, l2) &
           sse2_lower_is(p + 3, l3);
  };
  // Blocks [i, i + 16) of positions, reading bytes [i, i + 19), while they
  // lie inside the text and before `end`.
  for (; i + 16 <= end && i + 19 <= hay.size(); i += 16)
    if (const unsigned hits = quads16(hay.data() + i); hits != 0)
      return i + static_cast<std::size_t>(__builtin_ctz(hits));
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
      std::memcpy(tail, p, hay.size() - i);
      p = tail;
    }
  }
  unsigned hits = quads16(p) >> (i - b);  // bit k: position i + k
  if (end - i < 16) hits &= (1u << (end - i)) - 1;
  return hits != 0 ? i + static_cast<std::size_t>(__builtin_ctz(hits)) : npos;
}
#endif

/// The first i in [from, end) where hay[i..i+4) equals `lower` (four lower-case
/// bytes) under ascii_lower(), or npos; end + 3 <= hay.size(). Four bytes in a
/// row rule out nearly every position, so a needle's candidates are rare.
[[nodiscard]] constexpr std::size_t find_quad_ci(std::string_view hay, std::size_t from,
                                                 std::size_t end, std::string_view lower) noexcept {
  std::size_t i = from;
#if defined(SMTPCODES_SSE2_LINE_SCAN)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) return find_quad_ci_sse2(hay, from, end, lower);
#elif defined(SMTPCODES_SWAR_SEARCH)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    for (; i + 8 <= end && i + 11 <= hay.size(); i += 8) {
      const char* p = hay.data() + i;
      const std::uint64_t hits = lower_is(load8(p), lower[0]) & lower_is(load8(p + 1), lower[1]) &
                                 lower_is(load8(p + 2), lower[2]) &
                                 lower_is(load8(p + 3), lower[3]);
      if (hits != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8;
    }
  }
#endif
  for (; i < end; ++i)
    if (ascii_lower(hay[i]) == lower[0] && ascii_lower(hay[i + 1]) == lower[1] &&
        ascii_lower(hay[i + 2]) == lower[2] && ascii_lower(hay[i + 3]) == lower[3])
      return i;
  return npos;
}

/// The first i in [from, end) with t[i] in '1'..'5' (a reply code's first digit), or npos.
[[nodiscard]] constexpr std::size_t find_code_digit(std::string_view t, std::size_t from,
                                                    std::size_t end) noexcept {
  std::size_t i = from;
#if defined(SMTPCODES_SWAR_SEARCH)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    for (; i + 8 <= end; i += 8) {
      const std::uint64_t x = load8(t.data() + i);
      const std::uint64_t low = x & swar_low7;
      const std::uint64_t at_least_1 = low + swar_ones * (0x80 - '1');  // high bit: >= '1'
      const std::uint64_t below_6 = ~(low + swar_ones * (0x80 - '6'));  // high bit: < '6'
      const std::uint64_t hits = at_least_1 & below_6 & ~x & swar_highs;
      if (hits != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8;
    }
  }
#endif
  for (; i < end; ++i)
    if (t[i] >= '1' && t[i] <= '5') return i;
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
[[nodiscard]] constexpr std::size_t irfind(std::string_view hay, std::string_view needle) noexcept {
  std::size_t found = npos;
  for (std::size_t at = ifind(hay, needle); at != npos; at = ifind(hay, needle, at + 1)) found = at;
  return found;
}
[[nodiscard]] constexpr bool istarts_with(std::string_view s, std::string_view lower) noexcept {
  if (lower.empty() || s.size() < lower.size()) return false;
  for (std::size_t k = 0; k < lower.size(); ++k)
    if (ascii_lower(s[k]) != lower[k]) return false;
  return true;
}

using namespace std::string_view_literals;  // table strings: no strlen at compile time

struct command_phrase {
  std::string_view phrase;  // lower case, as logs word it after "in reply to" / "after"
  smtp_command command;
};
// Longer phrases first where one is a prefix of another's context.
inline constexpr command_phrase command_phrases[] = {
    {"rcpt"sv, smtp_command::rcpt},
    {"pipelined rcpt"sv, smtp_command::rcpt},
    {"mail"sv, smtp_command::mail},
    {"pipelined mail"sv, smtp_command::mail},
    {"end of data"sv, smtp_command::end_of_data},
    {"pipelined end of data"sv, smtp_command::end_of_data},
    {"end-of-message"sv, smtp_command::end_of_data},
    {"data"sv, smtp_command::data},
    {"pipelined data"sv, smtp_command::data},
    {"bdat"sv, smtp_command::bdat},
    {"ehlo"sv, smtp_command::ehlo},
    {"helo"sv, smtp_command::helo},
    {"starttls"sv, smtp_command::starttls},
    {"auth"sv, smtp_command::auth},
    {"quit"sv, smtp_command::quit},
    {"rset"sv, smtp_command::rset},
    {"vrfy"sv, smtp_command::vrfy},
    {"etrn"sv, smtp_command::etrn},
    {"initial connection"sv, smtp_command::connect},
    {"initial greeting"sv, smtp_command::connect},
    {"connect"sv, smtp_command::connect},
};

/// The command named at the start of `s` ("RCPT TO command)", "end of data:").
[[nodiscard]] constexpr smtp_command command_at(std::string_view s) noexcept {
  for (const command_phrase& p : command_phrases) {
    if (!istarts_with(s, p.phrase)) continue;
    const std::size_t n = p.phrase.size();
    const bool word_end =
        s.size() == n || !((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'));
    if (word_end) return p.command;
  }
  return smtp_command::unknown;
}

/// Where the markers command_in_text() looks for stand in `before`: the last
/// "reject: ", the last "after " and whether "refused to talk to me" occurs.
struct command_markers {
  std::size_t reject = npos;
  std::size_t after = npos;
  bool refused = false;
};

/// Records the marker that holds the pair of letters at `i` ("afTer ",
/// "reJEct: ", "reFUsed to talk to me"), if it is there.
constexpr void note_marker(std::string_view t, std::size_t i, command_markers& m) noexcept {
  const char c = ascii_lower(t[i]);
  if (c == 'j') {
    if (i >= 2 && istarts_with(view_from(t, i - 2), "reject: ")) m.reject = i - 2;
  } else if (ascii_lower(t[i + 1]) == 't') {
    if (i >= 1 && istarts_with(view_from(t, i - 1), "after ")) m.after = i - 1;
  } else if (i >= 2 && istarts_with(view_from(t, i - 2), "refused to talk to me")) {
    m.refused = true;
  }
}

#if defined(SMTPCODES_SSE2_LINE_SCAN)
/// find_markers() at run time for texts of 17 bytes or more: 32 or 16
/// positions at a time, by their first letter alone ('j' or 'f', rare in log
/// lines; one load per block); the last block is the 16 bytes before the
/// text's last, shifted.
inline void find_markers_sse2(std::string_view t, command_markers& m) noexcept {
  const auto starts16 = [](const char* p) {
    sse2_bytes x;
    std::memcpy(&x, p, 16);
    x |= 0x20;  // letters in lower case
    return static_cast<unsigned>(
        __builtin_ia32_pmovmskb128(reinterpret_cast<sse2_chars>((x == 'j') | (x == 'f'))));
  };
  const auto note = [&t, &m](std::size_t at) {
    const char next = ascii_lower(t[at + 1]);
    if (ascii_lower(t[at]) == 'j' ? next == 'e' : next == 't' || next == 'u') note_marker(t, at, m);
  };
  const std::size_t end = t.size() - 1;  // pair starts: [0, end)
  std::size_t i = 0;
  for (; i + 32 <= end; i += 32) {
    std::uint32_t hits = starts16(t.data() + i) | starts16(t.data() + i + 16) << 16;
    for (; hits != 0; hits &= hits - 1) note(i + static_cast<std::size_t>(__builtin_ctz(hits)));
  }
  for (; i < end; i += 16) {
    const std::size_t b = i + 16 > end ? end - 16 : i;
    for (unsigned hits = starts16(t.data() + b) >> (i - b); hits != 0; hits &= hits - 1)
      note(i + static_cast<std::size_t>(__builtin_ctz(hits)));
  }
}
#endif

/// One pass over `t` for the markers (instead of one search per marker),
/// through letter pairs that are rare in log lines: "je", "ft" and "fu".
[[nodiscard]] constexpr command_markers find_markers(std::string_view t) noexcept {
  command_markers m;
  if (t.size() < 2) return m;
  const std::size_t end = t.size() - 1;  // pair starts: [0, end)
  std::size_t i = 0;
#if defined(SMTPCODES_SSE2_LINE_SCAN)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED() && t.size() >= 17) {
    find_markers_sse2(t, m);
    return m;
  }
#endif
#if defined(SMTPCODES_SWAR_SEARCH)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    for (; i + 9 <= t.size(); i += 8) {
      const std::uint64_t here = load8(t.data() + i);
      const std::uint64_t next = load8(t.data() + i + 1);
      std::uint64_t hits = (lower_is(here, 'j') & lower_is(next, 'e')) |
                           (lower_is(here, 'f') & (lower_is(next, 't') | lower_is(next, 'u')));
      while (hits != 0) {  // exact in every byte
        note_marker(t, i + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8, m);
        hits &= hits - 1;
      }
    }
  }
#endif
  for (; i < end; ++i) {
    const char a = ascii_lower(t[i]);
    const char b = ascii_lower(t[i + 1]);
    if ((a == 'j' && b == 'e') || (a == 'f' && (b == 't' || b == 'u'))) note_marker(t, i, m);
  }
  return m;
}

/// The command a log line or DSN names around a reply found at `at`;
/// `in_reply` is where the first "in reply to " after the reply is, or npos.
[[nodiscard]] constexpr smtp_command command_in_text(std::string_view text, std::size_t at,
                                                     std::size_t in_reply) noexcept {
  // Postfix client: "... (in reply to RCPT TO command)".
  if (in_reply != npos) {
    const smtp_command c = command_at(view_from(text, in_reply + 12));
    if (c != smtp_command::unknown) return c;
  }
  const std::string_view before = view_of(text, 0, at);
  const command_markers m = find_markers(before);
  // Postfix server: "NOQUEUE: reject: RCPT from host[addr]: 554 ...".
  if (m.reject != npos) {
    const smtp_command c = command_at(view_from(before, m.reject + 8));
    if (c != smtp_command::unknown) return c;
  }
  // Exim: "SMTP error from remote mail server after RCPT TO:<a@b>: 550 ...".
  if (m.after != npos) {
    const smtp_command c = command_at(view_from(before, m.after + 6));
    if (c != smtp_command::unknown) return c;
  }
  // Postfix client, greeting: "host x[addr] refused to talk to me: 554 ...".
  if (m.refused) return smtp_command::connect;
  return smtp_command::unknown;
}

[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr bool is_code_at(std::string_view t,
                                                                std::size_t i) noexcept {
  if (i + 3 > t.size()) return false;
  if (t[i] < '1' || t[i] > '5' || t[i + 1] < '0' || t[i + 1] > '5' || !is_digit(t[i + 2]))
    return false;
  if (i + 3 < t.size()) {
    const char sep = t[i + 3];
    if (sep != ' ' && sep != '-' && sep != '\t' && sep != '\r' && sep != '\n') return false;
  }
  if (i == 0) return true;
  const char prev = t[i - 1];
  return prev == ' ' || prev == '\t' || prev == ':' || prev == ';' || prev == '"' || prev == '\'' ||
         prev == '(' || prev == '\n';
}

/// Whether a code candidate at `i` is a reply: at the start of the text, after
/// ":" or ";" (not a port such as "]:25"), or followed by an enhanced status
/// of the same class. IP addresses, versions and queue ids never qualify.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr bool is_reply_start(std::string_view t,
                                                                    std::size_t i) noexcept {
  std::size_t j = i;
  while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\t')) --j;
  if (j == 0) return true;
  const char prev = t[j - 1];
  if (prev == ';') return true;
  if (prev == ':') {
    const bool port = j == i && j >= 2 && (t[j - 2] == ']' || is_digit(t[j - 2]));
    if (!port) return true;
  }
  if (i + 4 < t.size() && (t[i + 3] == ' ' || t[i + 3] == '-')) {
    enhanced_status s{};
    bool hash = false;
    if (leading_status(view_from(t, i + 4), s, hash) != 0 && s.cls == digit_value(t[i]))
      return true;
  }
  return false;
}

/// Whether a reply starts at `i`: a code (is_code_at) where a reply may stand (is_reply_start).
[[nodiscard]] constexpr bool is_reply_at(std::string_view t, std::size_t i) noexcept {
  return is_code_at(t, i) && is_reply_start(t, i);
}

#if defined(SMTPCODES_SSE2_LINE_SCAN)
/// Of the 64 bytes at p: bit k is set when p[k] is a digit, '.' or '/'.
inline std::uint64_t number_mask64(const char* p) noexcept {
  const auto bits16 = [](const char* q) {
    sse2_bytes x;
    std::memcpy(&x, q, 16);
    // '.' to '9' (0x2E-0x39) + 0x52 wrap to -128..-117, below every other byte.
    const sse2_bytes in = x + static_cast<signed char>(0x52) < static_cast<signed char>(-116);
    return static_cast<std::uint64_t>(
        static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<sse2_chars>(in))));
  };
  return bits16(p) | bits16(p + 16) << 16 | bits16(p + 32) << 32 | bits16(p + 48) << 48;
}
#endif

/// The first i in [0, last) where a reply starts (is_reply_at), or npos;
/// last <= t.size() - 2. At run time with SSE2, windows of 64 bytes give the
/// places of three characters of digits, '.' and '/' that no other such
/// character touches, and only those are examined: the addresses, times,
/// delays and ids that fill log lines are longer runs of them.
[[nodiscard]] constexpr std::size_t first_reply_start(std::string_view t,
                                                      std::size_t last) noexcept {
#if defined(SMTPCODES_SSE2_LINE_SCAN)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    for (std::size_t i = 0; i < last; i += 60) {
      // Window [base, base + 64): bit b is t[base + b]; it decides positions
      // base + b for b in [lo, lo + 60), which need bytes b - 1 to b + 3.
      const std::size_t base = i == 0 ? 0 : i - 1;
      const std::size_t lo = i - base;
      std::uint64_t n = 0;
      if (base + 64 <= t.size()) {
        n = number_mask64(t.data() + base);
      } else {  // the end of the text: zero bytes (none of them) after it
        char window[64] = {};
        std::memcpy(window, t.data() + base, t.size() - base);
        n = number_mask64(window);
      }
      std::uint64_t hits = n & (n >> 1) & (n >> 2) & ~(n >> 3) & ~(n << 1) &
                           (~std::uint64_t{0} << lo) & (~std::uint64_t{0} >> (64 - 60 - lo));
      while (hits != 0) {
        const std::size_t at = base + static_cast<std::size_t>(__builtin_ctzll(hits));
        if (at >= last) return npos;
        if (is_reply_at(t, at)) return at;
        hits &= hits - 1;
      }
    }
    return npos;
  }
#endif
  for (std::size_t i = find_code_digit(t, 0, last); i != npos; i = find_code_digit(t, i + 1, last))
    if (is_reply_at(t, i)) return i;
  return npos;
}

/// The status token of a folded free text `raw`: what leading_status() read
/// of raw.substr(4) (`status_used`), without the spaces after it.
[[nodiscard]] constexpr std::string_view fold_status_token(std::string_view raw,
                                                           std::size_t status_used) noexcept {
  std::string_view token = raw.size() > 4 ? raw.substr(4, status_used) : std::string_view{};
  while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
  return token;
}

/// Whether the code repeated at `hit` of the folded free text `raw` (hit >= 4,
/// hit + 4 <= raw.size()) starts a new segment: "550-" always, "550 " when
/// the status token follows it again.
[[nodiscard]] constexpr bool fold_at(std::string_view raw, std::size_t hit,
                                     std::string_view status_token) noexcept {
  const char sep = raw[hit + 3];
  if (sep == '-') return true;
  const std::string_view after = view_from(raw, hit + 4);
  return sep == ' ' && !status_token.empty() &&
         after.substr(0, status_token.size()) == status_token &&
         (after.size() == status_token.size() || after[status_token.size()] == ' ');
}

/// Where the segment of the folded free text `raw` that starts at `pos` ends:
/// the next " 550-" or " 550 5.1.1" that repeats its code (and status
/// token), the rule of reply_lines' iterator; raw.size() when none does.
[[nodiscard]] constexpr std::size_t next_fold(std::string_view raw, std::size_t pos,
                                              std::string_view status_token) noexcept {
  if (raw.size() < 4) return raw.size();
  const char space_code[4] = {' ', raw[0], raw[1], raw[2]};  // digits: ifind() needs no case
  const std::string_view needle(space_code, 4);
  for (std::size_t space = ifind(raw, needle, pos + 3); space != npos;
       space = ifind(raw, needle, space + 1)) {
    const std::size_t hit = space + 1;
    if (hit + 4 <= raw.size() && fold_at(raw, hit, status_token)) return hit;
  }
  return raw.size();
}

/// How many lines reply_lines yields for the folded free text `raw`: the
/// same segment rule as its iterator, with the status token read once.
/// `status_used` is what leading_status() read of raw.substr(4) (0: none).
[[nodiscard]] constexpr std::size_t folded_segments(std::string_view raw,
                                                    std::size_t status_used) noexcept {
  const std::string_view status_token = fold_status_token(raw, status_used);
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < raw.size(); pos = next_fold(raw, pos, status_token)) ++count;
  return count;
}

/// The body reply_lines gives the folded free text `raw` when it is one segment.
[[nodiscard]] constexpr std::string_view whole_segment_body(std::string_view raw) noexcept {
  std::string_view text = raw.substr(raw.size() < 4 ? raw.size() : 4);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return strip_status(text);
}
/// whole_segment_body() when leading_status() has read `status_used` bytes of
/// raw.substr(4): dropping trailing spaces first changes only how many of the
/// spaces after the status it reads.
[[nodiscard]] constexpr std::string_view whole_segment_body(std::string_view raw,
                                                            std::size_t status_used) noexcept {
  std::string_view text = raw.substr(raw.size() < 4 ? raw.size() : 4);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text.substr(status_used < text.size() ? status_used : text.size());
}

/// reply::text_to(out, capacity, ' ') of the folded free text `raw`, with the
/// status token read once and the segments found by next_fold(), or given:
/// segments 2 to n_starts + 1 start at starts[0 .. n_starts) (as one scan
/// of the text found them).
[[nodiscard]] constexpr std::string_view join_free_text(std::string_view raw, char* out,
                                                        std::size_t capacity,
                                                        const std::size_t* starts = nullptr,
                                                        std::size_t n_starts = 0) noexcept {
  std::string_view token;
  if (starts == nullptr) {
    enhanced_status ignored{};
    bool hash = false;
    const std::size_t used = raw.size() > 4 ? leading_status(raw.substr(4), ignored, hash) : 0;
    token = fold_status_token(raw, used);
  }
  std::size_t n = 0;
  std::size_t next = 0;  // the next of `starts`
  for (std::size_t pos = 0; pos < raw.size();) {
    const std::size_t end = starts == nullptr ? next_fold(raw, pos, token)
                            : next < n_starts ? starts[next++]
                                              : raw.size();
    const std::string_view body = whole_segment_body(raw.substr(pos, end - pos));
    if (pos != 0 && n < capacity) out[n++] = ' ';
    const std::size_t take = body.size() < capacity - n ? body.size() : capacity - n;
    if (!SMTPCODES_IS_CONSTANT_EVALUATED() && take != 0)
      std::memcpy(out + n, body.data(), take);
    else
      for (std::size_t k = 0; k < take; ++k) out[n + k] = body[k];
    n += take;
    pos = end;
  }
  return std::string_view{out, n};
}

/// The body of the folded free text `raw` when it is one segment (what
/// reply_lines yields as its only line's body); `single` false otherwise.
[[nodiscard]] constexpr std::string_view single_segment_body(std::string_view raw,
                                                             bool& single) noexcept {
  enhanced_status ignored{};
  bool hash = false;
  const std::size_t used = raw.size() > 4 ? leading_status(raw.substr(4), ignored, hash) : 0;
  single = !raw.empty() && next_fold(raw, 0, fold_status_token(raw, used)) == raw.size();
  return whole_segment_body(raw);
}

/// Number of '(' in `t` minus the number of ')'.
[[nodiscard]] constexpr long paren_balance(std::string_view t) noexcept {
  long depth = 0;
  std::size_t k = 0;
#if defined(SMTPCODES_SWAR_SEARCH)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    for (; k + 8 <= t.size(); k += 8) {
      const std::uint64_t x = load8(t.data() + k);
      // 0x80 in each byte that matches: (mask >> 7) * ones sums them in the top byte.
      depth += static_cast<long>(((lower_is(x, '(') >> 7) * swar_ones) >> 56) -
               static_cast<long>(((lower_is(x, ')') >> 7) * swar_ones) >> 56);
    }
  }
#endif
  for (; k < t.size(); ++k) depth += t[k] == '(' ? 1 : (t[k] == ')' ? -1 : 0);
  return depth;
}

/// The end of a reply text that starts at `at` and runs to `end` at most:
/// without trailing blanks, a ')' that closes a '(' opened before the reply
/// and the closing quote of a quoted reply.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr std::size_t trim_reply_end(
    std::string_view t, std::size_t at, std::size_t end) noexcept {
  while (end > at &&
         (t[end - 1] == ' ' || t[end - 1] == '\t' || t[end - 1] == '\r' || t[end - 1] == '\n'))
    --end;
  // "status=bounced (host x said: 550 ...)": drop a ')' that closes a '(' before the reply.
  if (end > at && t[end - 1] == ')' && paren_balance(view_of(t, at, end - at)) < 0) --end;
  // Exim's C="250 2.0.0 Ok": the reply is quoted, and its closing quote is not text.
  if (end > at && at > 0 && t[at - 1] == '"' && t[end - 1] == '"') --end;
  return end;
}

struct reply_extent {
  std::size_t end = 0;          ///< end of the reply text
  std::size_t in_reply = npos;  ///< the first "in reply to " at or after `end`, or npos
};

/// End of the reply text that starts at `at`, and where the text goes on to
/// name the command: one search for "in reply to " serves both.
[[nodiscard]] constexpr reply_extent reply_text_end(std::string_view t, std::size_t at) noexcept {
  constexpr std::string_view in_reply_to = "in reply to ";
  const std::size_t first = ifind(t, in_reply_to, at);
  // The text ends before the first " (in reply to " that starts at or after `at`.
  std::size_t end = t.size();
  for (std::size_t q = first; q != npos; q = ifind(t, in_reply_to, q + 1)) {
    if (q >= at + 2 && t[q - 2] == ' ' && t[q - 1] == '(') {
      end = q - 2;
      break;
    }
  }
  // Postfix's "...; from=<a@b> to=<c@d> proto=ESMTP": most texts have no ';' at all.
  if (find_byte(t.data() + at, end - at, ';') != npos) {
    const std::size_t from = ifind(t.substr(0, end), "; from=<", at);
    if (from != npos) end = from;
  }
  end = trim_reply_end(t, at, end);
  // The first "in reply to " at or after `end`: `first` unless that lies in the reply text.
  const std::size_t in_reply = first == npos || first >= end ? first : ifind(t, in_reply_to, end);
  return {end, in_reply};
}

/// What reply_in_text() reads of the reply at `at`: where it ends, its bytes
/// (has_nul, has_control, has_high; CR and LF fold free text), its leading
/// status and how many segments it folds.
struct reply_facts {
  reply_extent extent{};
  unsigned flags = 0;
  std::size_t status_used = 0;  ///< what leading_status() read of the text after the code
  enhanced_status status{};
  bool hash = false;
  std::size_t lines = 0;
  /// Where segments 2 to `lines` start in the reply text, when `folds_known`
  /// (the one-pass scan found them; at most fold_starts_max).
  bool folds_known = false;
  static constexpr std::size_t fold_starts_max = 16;
  std::size_t fold_starts[fold_starts_max] = {};
};

#if defined(SMTPCODES_SSE2_LINE_SCAN)
/// Of the 16 positions at p (reading p[0, 19)): where a rare part of a needle
/// of reply_facts_sse2() stands: " r" of "in r", ";" of "; fr", a space and
/// the code's first digit `d0` of " 550", or a byte below 0x20, DEL or above 0x7F.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline unsigned fact_places16(const char* p,
                                                                    char d0) noexcept {
  const sse2_bytes zero{};
  sse2_bytes x0, x1, x2, x3;
  std::memcpy(&x0, p, 16);
  std::memcpy(&x1, p + 1, 16);
  std::memcpy(&x2, p + 2, 16);
  std::memcpy(&x3, p + 3, 16);
  const sse2_bytes space = zero + ' ';
  // x | 0x20: letters in lower case; x + 1 < 0x21: below 0x20, DEL or above 0x7F.
  const sse2_bytes places = ((x2 == space) & ((x3 | 0x20) == 'r')) | (x0 == ';') |
                            ((x0 == space) & (x1 == zero + static_cast<signed char>(d0))) |
                            ((x0 + 1) < 0x21);
  return static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<sse2_chars>(places)));
}

/// The places reply_facts_sse2() keeps: where "in reply to ", "; from=<" and
/// " 550" may start, and the first NUL, other control byte and byte above 0x7F.
struct fact_places {
  static constexpr unsigned cap = 8;
  std::size_t in_replies[cap];
  std::size_t froms[cap];
  std::size_t folds[reply_facts::fold_starts_max];
  unsigned n_in = 0;
  unsigned n_from = 0;
  unsigned n_fold = 0;
  std::size_t nul = npos;
  std::size_t control = npos;
  std::size_t high = npos;

  void special_at(std::string_view t, std::size_t q) noexcept {
    const auto u = static_cast<unsigned char>(t[q]);
    if (u == 0) {
      if (nul == npos) nul = q;
    } else if (u >= 0x80) {
      if (high == npos) high = q;
    } else if (u != '\t' && u != '\r' && u != '\n' && control == npos) {
      control = q;
    }
  }
  /// Files position q (t[q, q + 4) exist) of a reply at `at`; false when a list is full.
  SMTPCODES_ALWAYS_INLINE bool note(std::string_view t, std::size_t at, std::size_t q) noexcept {
    const auto lower = [](char c) { return static_cast<char>(c | 0x20); };
    const char c0 = t[q], c1 = t[q + 1], c2 = t[q + 2], c3 = t[q + 3];
    const auto u = static_cast<unsigned char>(c0);
    if (u < 0x20 || u >= 0x7F) {
      special_at(t, q);
    } else if (c0 == ';') {
      if (c1 == ' ' && lower(c2) == 'f' && lower(c3) == 'r') {
        if (n_from == cap) return false;
        froms[n_from++] = q;
      }
    } else if (c0 == ' ' && c1 == t[at] && c2 == t[at + 1] && c3 == t[at + 2]) {
      if (n_fold == reply_facts::fold_starts_max) return false;
      folds[n_fold++] = q;
    }
    if (c2 == ' ' && lower(c0) == 'i' && lower(c1) == 'n' && lower(c3) == 'r') {
      if (n_in == cap) return false;
      in_replies[n_in++] = q;
    }
    return true;
  }
};

/// reply_facts at run time in one pass over t[at, t.size()), 32 or 16
/// positions at a time: the places where "in reply to ", "; from=<" and " 550"
/// (a space and the reply's code: a fold) may start, by a rare part of each
/// and then their first four bytes, and the first NUL, other control byte and
/// byte above 0x7F. The searches the constant-evaluation path makes then only
/// check those places. False (and `f` unusable) for texts under 19 bytes and
/// when more places turn up than it keeps; reply_in_text() then takes the searches.
inline bool reply_facts_sse2(std::string_view t, std::size_t at, reply_facts& f) noexcept {
  const std::size_t size = t.size();
  if (size < 19 || at + 3 > size) return false;
  fact_places s;
  const char d0 = t[at];
  std::size_t i = at;
  for (; i + 35 <= size; i += 32) {  // two blocks a round: positions [i, i + 32)
    std::uint32_t hits = fact_places16(t.data() + i, d0) |
                         static_cast<std::uint32_t>(fact_places16(t.data() + i + 16, d0)) << 16;
    for (; hits != 0; hits &= hits - 1)  // most rounds: none
      if (!s.note(t, at, i + static_cast<std::size_t>(__builtin_ctz(hits)))) return false;
  }
  // Then positions [i, i + 16) from the bytes at b = i or, for the last block,
  // from the text's last 19 bytes (b < i).
  for (;; i += 16) {
    std::size_t b = i;
    if (i + 19 > size) {
      if (i + 3 >= size) break;
      b = size - 19;
    }
    for (unsigned hits = fact_places16(t.data() + b, d0) >> (i - b); hits != 0; hits &= hits - 1)
      if (!s.note(t, at, i + static_cast<std::size_t>(__builtin_ctz(hits)))) return false;
    if (b != i) break;
  }
  // The last three bytes start no needle; they may still be special.
  for (unsigned last3 = special_bytes16(t.data() + size - 16) >> 13; last3 != 0; last3 &= last3 - 1)
    s.special_at(t, size - 3 + static_cast<std::size_t>(__builtin_ctz(last3)));
  constexpr std::string_view in_reply_to = "in reply to ";
  std::size_t first = npos;
  std::size_t end = size;
  for (unsigned k = 0; k < s.n_in; ++k) {
    const std::size_t q = s.in_replies[k];
    if (!istarts_with(view_from(t, q), in_reply_to)) continue;
    if (first == npos) first = q;
    if (q >= at + 2 && t[q - 2] == ' ' && t[q - 1] == '(') {
      end = q - 2;
      break;
    }
  }
  for (unsigned k = 0; k < s.n_from; ++k) {
    if (s.froms[k] + 8 <= end && istarts_with(view_from(t, s.froms[k]), "; from=<")) {
      end = s.froms[k];
      break;
    }
  }
  end = trim_reply_end(t, at, end);
  std::size_t in_reply = first;
  if (first != npos && first < end) {
    in_reply = npos;
    for (unsigned k = 0; k < s.n_in && in_reply == npos; ++k)
      if (s.in_replies[k] >= end && istarts_with(view_from(t, s.in_replies[k]), in_reply_to))
        in_reply = s.in_replies[k];
  }
  f.extent = {end, in_reply};
  f.flags = (s.nul < end ? unsigned{has_nul} : 0u) |
            (s.control < end ? unsigned{has_control} : 0u) |
            (s.high < end ? unsigned{has_high} : 0u);
  // The status, and folded_segments() through the places found.
  const std::string_view raw = view_of(t, at, end - at);
  f.status_used = raw.size() > 4 ? leading_status(view_from(raw, 4), f.status, f.hash) : 0;
  const std::string_view token = fold_status_token(raw, f.status_used);
  f.lines = 1;
  for (unsigned k = 0; k < s.n_fold; ++k) {
    const std::size_t hit = s.folds[k] + 1 - at;  // in raw
    if (hit >= 4 && hit + 4 <= raw.size() && fold_at(raw, hit, token))
      f.fold_starts[f.lines++ - 1] = hit;
  }
  f.folds_known = true;
  return true;
}
#endif

}  // namespace detail

/// Finds the first SMTP reply in free text: a DSN Diagnostic-Code value, a
/// bounce message line or a mail log line. Allocation-free; views point into
/// `text`. `command` is set when the text names the command ("in reply to
/// RCPT TO command", "after RCPT TO:", "reject: RCPT from"). Errors:
/// no_reply_found, nul_byte, control_character, and too_many_lines when the
/// text folds more lines than reply::line_count can count (65535).
[[nodiscard]] constexpr text_match find_reply(std::string_view text) noexcept;

namespace detail {

/// The start find_reply() looks from: the first code where a reply may stand, or npos.
[[nodiscard]] constexpr std::size_t reply_start_in(std::string_view text) noexcept {
  const std::size_t last = text.size() >= 3 ? text.size() - 2 : 0;  // code starts: [0, last)
  return first_reply_start(text, last);
}

/// find_reply() of `text` whose reply starts at `at` (reply_start_in()); the
/// command is looked for only when `with_command`. `f` (default-constructed)
/// receives what the scan read of the reply text.
[[nodiscard]] constexpr text_match reply_in_text(std::string_view text, std::size_t at,
                                                 bool with_command, reply_facts& f) noexcept {
  text_match m;
  bool found = false;  // f filled by the one-pass scan
#if defined(SMTPCODES_SSE2_LINE_SCAN)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) found = reply_facts_sse2(text, at, f);
#endif
  if (!found) f.extent = reply_text_end(text, at);
  const std::size_t end = f.extent.end;
  const std::string_view raw = view_of(text, at, end - at);
  if (!found) {
    // CR and LF are folding in free text, not errors: look again without them if present.
    f.flags = scan_bytes(raw.data(), raw.size());
    if ((f.flags & (has_cr | has_control)) != 0) {
      f.flags = 0;
      for (const char c : raw)
        if (c != '\n' && c != '\r') f.flags |= byte_class(static_cast<unsigned char>(c));
    }
    f.status_used = raw.size() > 4 ? leading_status(view_from(raw, 4), f.status, f.hash) : 0;
  }
  const unsigned flags = f.flags;
  m.position = at;
  if ((flags & detail::has_nul) != 0) {
    m.error = parse_error::nul_byte;
    return m;
  }
  if ((flags & detail::has_control) != 0) {
    m.error = parse_error::control_character;
    return m;
  }
  reply& r = m.value;
  r.code = detail::digit_value(raw[0]) * 100 + detail::digit_value(raw[1]) * 10 +
           detail::digit_value(raw[2]);
  r.raw = raw;
  r.warnings.set(reply_warning::free_text);
  if ((flags & detail::has_high) != 0) r.warnings.set(reply_warning::non_ascii);
  if (raw.size() <= 4) r.warnings.set(reply_warning::no_text);
  enhanced_status s = f.status;
  if (f.status_used != 0) {
    r.status = std::optional<enhanced_status>{s};
    if (f.hash) r.warnings.set(reply_warning::hash_status);
  } else if (raw.size() > 4 && detail::trailing_status(raw.substr(4), s)) {
    r.status = std::optional<enhanced_status>{s};
    r.warnings.set(reply_warning::trailing_status);
  }
  if (r.status && r.status->cls != r.code / 100)
    r.warnings.set(reply_warning::status_class_mismatch);
  if (r.code / 100 == 1) r.warnings.set(reply_warning::preliminary_code);
  const std::size_t lines = found ? f.lines : detail::folded_segments(raw, f.status_used);
  if (lines > detail::max_line_count) {  // more segments than line_count can hold
    m.value = reply{};
    m.error = parse_error::too_many_lines;
    return m;
  }
  r.line_count = static_cast<std::uint16_t>(lines);
  if (with_command) m.command = detail::command_in_text(text, at, f.extent.in_reply);
  m.error = parse_error::none;
  return m;
}
[[nodiscard]] constexpr text_match reply_in_text(std::string_view text, std::size_t at,
                                                 bool with_command) noexcept {
  reply_facts f;
  return reply_in_text(text, at, with_command, f);
}

}  // namespace detail

constexpr text_match find_reply(std::string_view text) noexcept {
  const std::size_t at = detail::reply_start_in(text);
  if (at == detail::npos) return text_match{};
  return detail::reply_in_text(text, at, true);
}

}  // namespace v1
}  // namespace smtpcodes

#endif
