// Matching the reason patterns (detail/reason_patterns.hpp) in a reply text:
// the direct scan (constant evaluation, and the reference) and, at run time,
// one pass over the text through a hashed index of four-byte pieces of the
// patterns, built once on first use. Private to detail/advice_rules.hpp.
#ifndef SMTPCODES_DETAIL_REASON_INDEX_HPP
#define SMTPCODES_DETAIL_REASON_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config.hpp"
#include "reason_patterns.hpp"
#include "simd.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

using namespace std::string_view_literals;  // table strings: no strlen at compile time

[[nodiscard]] constexpr char fold(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
[[nodiscard]] constexpr bool is_word_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

struct text_reason {
  bounce_reason reason;
  bool decisive;
};

/// Whether the pattern of `size` bytes at `pat` occurs at `i` in `text`,
/// case-insensitively; a short pattern (four letters or fewer) only as a
/// whole word ("rbl", "spf", "dkim"). The pattern as a pointer and a size:
/// during constant evaluation clang counts every call to string_view's
/// members, and the direct scan must stay within its step limit.
[[nodiscard]] constexpr bool pattern_at(std::string_view text, std::size_t i, const char* pat,
                                        std::size_t size) noexcept {
  const std::size_t n = text.size();
  if (n - i < size) return false;
  const char* t = text.data() + i;
  for (std::size_t m = 0; m < size; ++m)
    if (fold(t[m]) != pat[m]) return false;
  if (size > 4) return true;
  return !(i > 0 && is_word_char(t[-1])) && !(i + size < n && is_word_char(t[size]));
}

/// The lowest pattern index a scan found: none.
inline constexpr std::size_t no_pattern = reason_patterns_max;

/// The patterns of reason_pattern_rows, and their indexes grouped by first
/// letter, ascending within a letter: bucket k is order[start[k], start[k +
/// 1]). Built by each constant evaluation of the direct scan, which it keeps
/// within clang's default constexpr step limit; as a constant it would cost
/// every file that includes advice.hpp its evaluation.
struct first_letter_index {
  pattern_list patterns;
  std::uint16_t start[27]{};
  std::uint16_t order[reason_patterns_max]{};
};
[[nodiscard]] constexpr first_letter_index build_first_letter_index() noexcept {
  first_letter_index ix{};
  split_patterns(reason_pattern_rows, reason_pattern_row_count, ix.patterns);
  const std::size_t n =
      ix.patterns.count < reason_patterns_max ? ix.patterns.count : reason_patterns_max;
  for (std::size_t i = 0; i < n; ++i)
    ++ix.start[static_cast<std::size_t>(ix.patterns.at[i].text[0] - 'a') + 1];
  for (std::size_t k = 1; k < 27; ++k)
    ix.start[k] = static_cast<std::uint16_t>(ix.start[k] + ix.start[k - 1]);
  std::uint16_t fill[26]{};
  for (std::size_t i = 0; i < n; ++i) {
    const auto k = static_cast<std::size_t>(ix.patterns.at[i].text[0] - 'a');
    ix.order[ix.start[k] + fill[k]++] = static_cast<std::uint16_t>(i);
  }
  return ix;
}

/// The lowest index of `ix.patterns` whose pattern occurs in `text`
/// (no_pattern: none), by trying, at every position, every pattern that
/// starts with its letter: the reference the indexed scan below must agree
/// with, and the path taken during constant evaluation.
[[nodiscard]] constexpr std::size_t first_pattern_direct(std::string_view text,
                                                         const first_letter_index& ix) noexcept {
  std::size_t best = no_pattern;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const char c = fold(text[i]);
    if (!is_lower_letter(c)) continue;
    const auto k = static_cast<std::size_t>(c - 'a');
    for (std::size_t j = ix.start[k]; j < ix.start[k + 1]; ++j) {
      const std::size_t p = ix.order[j];
      if (p >= best) break;
      const std::string_view pat = ix.patterns.at[p].text;
      if (pattern_at(text, i, pat.data(), pat.size())) {
        best = p;
        break;
      }
    }
  }
  return best;
}
[[nodiscard]] constexpr std::size_t first_pattern_direct(std::string_view text) noexcept {
  const first_letter_index ix = build_first_letter_index();
  return first_pattern_direct(text, ix);
}

// ---------------------------------------------------------------------------
// The indexed scan, for run time. Its tables are derived from reason_pattern_rows
// by the builder below, once, on first use (reason_indexes_at_run_time()).
// The builder is not constexpr on purpose: the compiler examines a constexpr
// function's body where it is defined, and building these tables as constants
// in every translation unit that includes advice.hpp made up a third of the
// library's include cost.
//
// The scan looks at every second position of the text. The four bytes there,
// each folded by `c & 31` (both cases of a letter agree; other bytes collide,
// so a candidate is then compared exactly), are hashed into a slot that lists,
// in priority order, the patterns that may start near it:
//  - a pattern of five characters or more under two adjacent four-character
//    pieces of it, so that it is seen whether it starts at an even or an odd
//    position: the two pieces that fewest patterns share, because a piece
//    shared by many patterns ("mess", "reci") is common in replies as well;
//  - a short pattern (a whole word of three or four characters) under any
//    byte followed by its first three characters, and under its first four
//    characters, or its three followed by any byte.

/// Patterns this long or shorter count only as whole words.
inline constexpr std::size_t short_pattern = 4;
/// The table has 2^gram_bits slots.
inline constexpr unsigned gram_bits = 14;
inline constexpr std::size_t gram_slots = std::size_t{1} << gram_bits;
/// A slot that lists no pattern.
inline constexpr std::uint16_t no_candidates = 0xFFFF;

/// Room for two entries per pattern and 64 per short pattern (any byte before
/// or after it), for up to short_patterns_max short patterns, and lengths
/// under 256; a table beyond that leaves the indexes unusable and the scan
/// direct. reason_indexes_fit() is asserted in tests/static_tables.cpp.
inline constexpr std::size_t short_patterns_max = 8;
inline constexpr std::size_t gram_entries_max = 2 * reason_patterns_max + 64 * short_patterns_max;
/// Whether `list` fits the indexes: all its patterns listed, none longer than
/// 255 bytes, at most short_patterns_max short ones.
[[nodiscard]] constexpr bool reason_indexes_fit(const pattern_list& list) noexcept {
  if (list.count > reason_patterns_max) return false;
  std::size_t shorts = 0;
  for (std::size_t p = 0; p < list.count; ++p) {
    const std::size_t size = list.at[p].text.size();
    shorts += size <= short_pattern ? 1 : 0;
    if (size > 255) return false;
  }
  return shorts <= short_patterns_max;
}

/// Words that fill mail log lines and DSNs around the replies the scan reads
/// (Postfix, Exim and Sendmail fields, the commands, common reply words): a
/// pattern is filed under pieces these do not contain where it can be.
inline constexpr std::string_view log_vocabulary =
    "postfix/smtp[1234]: 4F2A1B3C: to=<user@example.com>, relay=mx.example.com[192.0.2.1]:25, "
    "delay=1.5, delays=0.1/0/0.3/1.1, dsn=5.1.1, status=bounced (host mx.example.com said: "
    "550 5.1.1 <user@example.com>: Recipient address rejected (in reply to RCPT TO command)) "
    "postfix/smtpd postfix/qmgr postfix/cleanup from=<sender@example.org>, size=2048, nrcpt=1 "
    "(queue active) message-id=<id@example.org> removed client= NOQUEUE: reject: RCPT from "
    "status=sent (250 2.0.0 Ok: queued as 9B8C7D) status=deferred connect to mail server: "
    "Connection timed out lost connection with host while sending end of data -- message may "
    "be sent more than once TLS connection established starting TLS Trusted Anonymous "
    "MAIL FROM DATA EHLO HELO STARTTLS QUIT SMTP error from remote mail server after RCPT TO: "
    "stat=Deferred: mailer=esmtp, relay=, ctladdr= Diagnostic-Code: smtp; Remote-MTA: dns; "
    "Final-Recipient: rfc822; Action: failed Status: 5.0.0 the message could not be delivered "
    "to the following recipients, please try again later, the server, your message"sv;

/// The four bytes at `p`, each `& 31`, in one word (the first byte lowest).
[[nodiscard]] inline std::uint32_t gram4(const char* p) noexcept {
  return simd::load_le32(p) & 0x1F1F1F1Fu;
}
/// The slot of four bytes `g`: a hash of its two 16-bit halves, computed in
/// 16 bits so that a kernel computes eight at once (simd::gram_slots8()).
inline constexpr std::uint32_t gram_k0 = 0x9E37, gram_k1 = 0x79B1;
[[nodiscard]] constexpr std::size_t gram_slot(std::uint32_t g) noexcept {
  const std::uint32_t h = (g & 0xFFFF) * gram_k0 + (g >> 16) * gram_k1;
  return static_cast<std::size_t>((h & 0xFFFF) >> (16 - gram_bits));
}

/// Eight bytes from `p`, as memcpy lays them out.
[[nodiscard]] inline std::uint64_t word8(const char* p) noexcept {
  std::uint64_t w = 0;
  SMTPCODES_MEMCPY(&w, p, 8);
  return w;
}
/// Eight bytes of `t` from `at` (at <= t.size()), zero after its end. The
/// test is written on t.size() - at, which cannot wrap, so that the compiler
/// sees that no eight-byte load reaches past a text shorter than eight bytes.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE inline std::uint64_t text_word8(std::string_view t,
                                                                      std::size_t at) noexcept {
  std::uint64_t w = 0;
  const std::size_t left = t.size() - at;
  if (left >= 8)
    SMTPCODES_MEMCPY(&w, t.data() + at, 8);
  else
    SMTPCODES_MEMCPY(&w, t.data() + at, left);
  return w;
}
/// A pattern filed under a slot: the slot's candidates follow one another.
struct gram_candidate {
  std::uint32_t gram = 0;     // the four bytes, each `& 31` (slots collide)
  std::uint16_t pattern = 0;  // the pattern's index, | last_candidate
  std::uint8_t lead = 0;      // the pattern starts at the position + 1 - lead
  std::uint8_t size = 0;      // the pattern's length
};
inline constexpr std::uint16_t last_candidate = 0x8000;  // the last of its slot
inline constexpr std::uint16_t pattern_bits = 0x7FFF;    // the pattern index
static_assert(reason_patterns_max < last_candidate, "pattern indexes fit in 15 bits");
static_assert(gram_entries_max < 0xFF00, "candidate indexes fit in 16 bits, under 0xFF00");
struct reason_indexes {
  pattern_list patterns;              // split from reason_pattern_rows
  std::uint16_t slots[gram_slots]{};  // first candidate, or no_candidates
  gram_candidate candidates[gram_entries_max]{};
  // Each pattern's first eight bytes (zero after its end) and the bits of
  // them that a text must have: all but 0x20 of a letter, none after the end.
  std::uint64_t prefix[reason_patterns_max]{};
  std::uint64_t mask[reason_patterns_max]{};
  bool usable = false;  // reason_indexes_fit()
};

/// The entries pattern `p` is filed under, in priority order, with `lead`
/// its lead (long patterns): their four bytes in `grams` and their leads in
/// `leads` (room for 64); returns how many. Plain loops, no lambdas: each
/// lambda is a class for every including file to compile.
inline std::size_t pattern_entries(std::string_view pat, std::size_t lead, std::uint32_t* grams,
                                   std::uint8_t* leads) noexcept {
  std::size_t n = 0;
  if (pat.size() > short_pattern) {
    grams[n] = gram4(&pat[lead - 1]);
    leads[n++] = static_cast<std::uint8_t>(lead);
    grams[n] = gram4(&pat[lead]);
    leads[n++] = static_cast<std::uint8_t>(lead + 1);
    return n;
  }
  for (char any = 0; any < 32; ++any) {
    const char before[4] = {any, pat[0], pat[1], pat[2]};
    grams[n] = gram4(before);
    leads[n++] = 0;
    const char after[4] = {pat[0], pat[1], pat[2], any};
    if (pat.size() == 3) {
      grams[n] = gram4(after);
      leads[n++] = 1;
    }
  }
  if (pat.size() == 4) {
    grams[n] = gram4(pat.data());
    leads[n++] = 1;
  }
  return n;
}

[[nodiscard]] inline reason_indexes build_reason_indexes() noexcept {
  reason_indexes x{};
  split_patterns(reason_pattern_rows, reason_pattern_row_count, x.patterns);
  if (!reason_indexes_fit(x.patterns)) return x;
  x.usable = true;
  const pattern_list& list = x.patterns;
  const std::size_t count = list.count;
  // Each long pattern's pieces: at `lead - 1` and `lead`, where the text a
  // scan reads rarely has them (the slots of log_vocabulary's pieces, in
  // `common`), then where fewest patterns have a piece of the same slot
  // (counted in x.slots first). A piece common in log lines ("smtp",
  // " rcp") would send the scan to the pattern's exact check on most lines.
  std::uint8_t lead[reason_patterns_max] = {};
  std::uint8_t common[gram_slots]{};
  for (std::size_t o = 0; o + 4 <= log_vocabulary.size(); ++o) {
    std::uint8_t& c = common[gram_slot(gram4(&log_vocabulary[o]))];
    c = static_cast<std::uint8_t>(c < 255 ? c + 1 : c);
  }
  for (std::size_t p = 0; p < count; ++p) {
    const std::string_view pat = list.at[p].text;
    for (std::size_t o = 0; o + 4 <= pat.size(); ++o) ++x.slots[gram_slot(gram4(&pat[o]))];
  }
  for (std::size_t p = 0; p < count; ++p) {
    const std::string_view pat = list.at[p].text;
    std::uint64_t least = ~std::uint64_t{0};
    for (std::size_t o = 0; pat.size() > short_pattern && o + 5 <= pat.size(); ++o) {
      const std::size_t sa = gram_slot(gram4(&pat[o])), sb = gram_slot(gram4(&pat[o + 1]));
      const std::size_t a = x.slots[sa], b = x.slots[sb];
      const std::uint64_t seen = std::uint64_t{common[sa]} + common[sb];
      // In log text first, then the more crowded slot, then both.
      const std::uint64_t crowd = seen << 40 | std::uint64_t{a > b ? a : b} << 20 | (a + b);
      if (crowd <= least) least = crowd, lead[p] = static_cast<std::uint8_t>(o + 1);
    }
  }
  for (std::size_t s = 0; s < gram_slots; ++s) x.slots[s] = 0;
  // Counting sort by slot, stable: count, then place each entry at its
  // slot's running end, so that x.slots[s] ends as the end of slot s.
  std::uint32_t grams[64];
  std::uint8_t leads[64];
  for (std::size_t p = 0; p < count; ++p) {
    const std::size_t n = pattern_entries(list.at[p].text, lead[p], grams, leads);
    for (std::size_t k = 0; k < n; ++k) ++x.slots[gram_slot(grams[k])];
  }
  std::size_t start = 0;
  for (std::size_t s = 0; s < gram_slots; ++s) {
    const std::size_t k = x.slots[s];
    x.slots[s] = static_cast<std::uint16_t>(start);
    start += k;
  }
  for (std::size_t p = 0; p < count; ++p) {
    const std::size_t n = pattern_entries(list.at[p].text, lead[p], grams, leads);
    const auto size = static_cast<std::uint8_t>(list.at[p].text.size());
    for (std::size_t k = 0; k < n; ++k) {
      gram_candidate& c = x.candidates[x.slots[gram_slot(grams[k])]++];
      c.gram = grams[k];
      c.pattern = static_cast<std::uint16_t>(p);
      c.lead = leads[k];
      c.size = size;
    }
  }
  for (std::size_t s = gram_slots; s-- > 0;) {  // from the end: slots[s - 1] is still an end
    const std::size_t end = x.slots[s];
    const std::size_t begin = s > 0 ? x.slots[s - 1] : 0;
    x.slots[s] = begin == end ? no_candidates : static_cast<std::uint16_t>(begin);
    if (begin != end) x.candidates[end - 1].pattern |= last_candidate;
  }
  for (std::size_t p = 0; p < count; ++p) {
    const std::string_view pat = list.at[p].text;
    char head[8] = {};
    char used[8] = {};
    for (std::size_t k = 0; k < 8 && k < pat.size(); ++k) {
      head[k] = pat[k];
      used[k] = static_cast<char>(is_lower_letter(pat[k]) ? 0xDF : 0xFF);
    }
    SMTPCODES_MEMCPY(&x.prefix[p], head, 8);
    SMTPCODES_MEMCPY(&x.mask[p], used, 8);
  }
  return x;
}
/// The indexes, built on first use: thread-safe static initialisation, no
/// allocation, one copy per program.
inline const reason_indexes& reason_indexes_at_run_time() noexcept {
  static const reason_indexes ix = build_reason_indexes();
  return ix;
}

/// first_pattern_direct(), for a table that does not fit the indexes.
SMTPCODES_NOINLINE inline std::size_t first_pattern_unindexed(std::string_view text) noexcept {
  return first_pattern_direct(text);
}

/// The rest of pattern_at(text, at, pattern), for the pattern's `size`
/// bytes at `pattern`, once the first eight bytes agree: the bytes after
/// them, eight at a time, and whole words.
SMTPCODES_NOINLINE inline bool pattern_rest(std::string_view text, std::size_t at,
                                            const char* pattern, std::size_t size) noexcept {
  const std::string_view pat(pattern, size);
  const char* t = text.data() + at;
  for (std::size_t m = 8; m < pat.size(); m += 8) {
    const std::size_t k = m + 8 <= pat.size() ? m : pat.size() - 8;  // the last eight overlap
    if (simd::lower8(word8(t + k)) != word8(pat.data() + k)) return false;
  }
  return pat.size() > short_pattern ||
         (!(at > 0 && is_word_char(t[-1])) &&
          !(at + pat.size() < text.size() && is_word_char(t[pat.size()])));
}

/// Whether candidate `e` (pattern p, below best) occurs near position `i`
/// of `text`, where the four bytes agree with it.
SMTPCODES_ALWAYS_INLINE inline bool candidate_here(const reason_indexes& x, std::string_view text,
                                                   std::size_t i, const gram_candidate& e,
                                                   std::size_t p) noexcept {
  // The pattern starts at `at`: not before the text, and fits (i < n - 2).
  const std::size_t n = text.size();
  const std::size_t at = i + 1 - e.lead;
  return e.lead <= i + 1 && at <= n && n - at >= e.size &&
         ((text_word8(text, at) ^ x.prefix[p]) & x.mask[p]) == 0 &&
         ((e.size <= 8 && e.size > short_pattern) ||
          pattern_rest(text, at, x.patterns.at[p].text.data(), e.size));
}

/// The best (lowest) pattern below `best` that starts near position `i` of
/// `text`, where the four bytes are `g`, among the candidates from `c` on.
SMTPCODES_NOINLINE inline std::size_t slot_match(const reason_indexes& x, std::string_view text,
                                                 std::size_t i, std::uint32_t g, std::size_t c,
                                                 std::size_t best) noexcept {
  for (;; ++c) {
    const gram_candidate& e = x.candidates[c];
    const std::size_t p = e.pattern & pattern_bits;
    if (p >= best) return best;  // slots are in priority order
    if (e.gram == g && candidate_here(x, text, i, e, p)) return p;
    if ((e.pattern & last_candidate) != 0) return best;
  }
}

/// Whether slot `s` lists no pattern. On little-endian targets from the high
/// byte of the slot alone (0xFF only in no_candidates): a compare with memory,
/// where comparing the whole slot loads it, for the hit path, at every position.
inline bool slot_empty(const reason_indexes& x, std::size_t s) noexcept {
  return simd::high_byte_is_ff(x.slots[s]);
}

/// The scan's step at position `i`, where the four bytes are `g`, whose slot
/// is `slot`: a slot with one pattern is checked here, one with more aside.
SMTPCODES_ALWAYS_INLINE inline std::size_t look_at(const reason_indexes& x, std::string_view text,
                                                   std::size_t i, std::uint32_t g, std::size_t slot,
                                                   std::size_t best) noexcept {
  if (slot_empty(x, slot)) return best;
  const std::size_t c = x.slots[slot];
  const gram_candidate& e = x.candidates[c];
  if ((e.pattern & last_candidate) == 0) return slot_match(x, text, i, g, c, best);
  const std::size_t p = e.pattern & pattern_bits;
  return e.gram == g && p < best && candidate_here(x, text, i, e, p) ? p : best;
}

/// The scan without SIMD: every second position, then the last three bytes.
inline std::size_t first_pattern_scalar(std::string_view text, const reason_indexes& x) noexcept {
  if (!x.usable) return first_pattern_unindexed(text);
  std::size_t best = no_pattern;
  const std::size_t n = text.size();
  const char* t = text.data();
  std::size_t i = 0;
  for (; i + 4 <= n; i += 2) {
    const std::uint32_t g = gram4(t + i);
    best = look_at(x, text, i, g, gram_slot(g), best);
  }
  if (i + 3 == n) {  // a pattern of three characters may end the text: a zero after it
    const char tail[4] = {t[i], t[i + 1], t[i + 2], 0};
    const std::uint32_t g = gram4(tail);
    best = look_at(x, text, i, g, gram_slot(g), best);
  }
  return best;
}

/// first_pattern_scalar() for texts of 18 bytes or more: the slots of eight
/// positions at a time from one kernel call; the last eight end four bytes
/// before the end of the text, overlapping the ones before (their parity
/// does not matter: every pattern is filed under two adjacent positions).
inline std::size_t first_pattern_blocks(std::string_view text, const reason_indexes& x) noexcept {
  const char* t = text.data();
  std::size_t best = no_pattern;
  const std::size_t last = text.size() - 18;
  for (std::size_t i = 0;; i += 16) {
    if (i > last) i = last;
    const simd::slots8 s = simd::native::gram_slots8(t + i, gram_k0, gram_k1, gram_bits);
    best = look_at(x, text, i, gram4(t + i), s.slot[0], best);
    best = look_at(x, text, i + 2, gram4(t + i + 2), s.slot[1], best);
    best = look_at(x, text, i + 4, gram4(t + i + 4), s.slot[2], best);
    best = look_at(x, text, i + 6, gram4(t + i + 6), s.slot[3], best);
    best = look_at(x, text, i + 8, gram4(t + i + 8), s.slot[4], best);
    best = look_at(x, text, i + 10, gram4(t + i + 10), s.slot[5], best);
    best = look_at(x, text, i + 12, gram4(t + i + 12), s.slot[6], best);
    best = look_at(x, text, i + 14, gram4(t + i + 14), s.slot[7], best);
    if (i == last) return best;
  }
}

/// first_pattern_direct() through the indexes: the same answer.
inline std::size_t first_pattern_indexed(std::string_view text, const reason_indexes& x) noexcept {
  if (!x.usable) return first_pattern_unindexed(text);
  if (text.size() >= 18) return first_pattern_blocks(text, x);
  return first_pattern_scalar(text, x);
}

/// The highest-priority reason whose pattern occurs in `text`; short patterns
/// (four letters or fewer) must stand as whole words ("rbl", "spf", "dkim").
[[nodiscard]] constexpr text_reason match_text(std::string_view text) noexcept {
  std::size_t row = reason_pattern_row_count;
  if (SMTPCODES_RUN_FAST()) {
    const reason_indexes& x = reason_indexes_at_run_time();
    const std::size_t best = first_pattern_indexed(text, x);
    if (best != no_pattern) row = x.patterns.at[best].row;
  } else {
    const first_letter_index ix = build_first_letter_index();
    const std::size_t best = first_pattern_direct(text, ix);
    if (best != no_pattern) row = ix.patterns.at[best].row;
  }
  if (row == reason_pattern_row_count) return {bounce_reason::undefined, false};
  return {reason_pattern_rows[row].reason, reason_pattern_rows[row].decisive};
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
