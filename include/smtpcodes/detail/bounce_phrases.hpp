// One pass over a bounce's human-readable text finds every phrase of the
// tables in detail/bounce_generators.hpp (list, inline, reason and command
// markers, the generators' own words, auto-reply wording): a compile-time
// filter on the phrases' first four bytes rules out almost every position,
// and the few left are compared. The reader then asks the hits, not the text.
#ifndef SMTPCODES_DETAIL_BOUNCE_PHRASES_HPP
#define SMTPCODES_DETAIL_BOUNCE_PHRASES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bounce_generators.hpp"
#include "transfer_decoding.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

/// The tables whose phrases the scan finds.
enum class phrase_kind : std::uint8_t {
  list,
  inline_recipient,
  reason,
  command,
  generator,
  auto_reply
};

/// A byte as the scan compares it: ASCII lower case, any whitespace a space.
[[nodiscard]] constexpr unsigned char fold(char c) noexcept {
  return is_space(c) ? static_cast<unsigned char>(' ') : static_cast<unsigned char>(lower(c));
}

/// fold() of every byte, for the scan's inner loop.
[[nodiscard]] constexpr std::array<unsigned char, 256> build_fold_table() noexcept {
  std::array<unsigned char, 256> t{};
  for (unsigned c = 0; c < 256; ++c) t[c] = fold(static_cast<char>(c));
  return t;
}
inline constexpr std::array<unsigned char, 256> fold_table = build_fold_table();

/// One phrase of one table, by the first four bytes it starts with.
struct phrase_ref {
  std::uint32_t key = 0;
  phrase_kind kind = phrase_kind::list;
  std::uint8_t index = 0;
};

[[nodiscard]] constexpr std::string_view phrase_text(phrase_kind kind, std::size_t i) noexcept {
  switch (kind) {
    case phrase_kind::list:
      return list_markers[i].text;
    case phrase_kind::inline_recipient:
      return inline_markers[i].text;
    case phrase_kind::reason:
      return reason_markers[i];
    case phrase_kind::command:
      return command_markers[i].text;
    case phrase_kind::generator:
      return generator_markers[i].text;
    case phrase_kind::auto_reply:
      return auto_reply_phrases[i];
  }
  return {};
}

template <typename T, std::size_t N>
constexpr std::size_t count_of(const T (&)[N]) noexcept {
  return N;
}
[[nodiscard]] constexpr std::size_t text_generator_markers() noexcept {
  std::size_t n = 0;
  for (const generator_marker& m : generator_markers) n += m.place == marker_place::text ? 1 : 0;
  return n;
}
inline constexpr std::size_t phrase_count = count_of(list_markers) + count_of(inline_markers) +
                                            count_of(reason_markers) + count_of(command_markers) +
                                            text_generator_markers() + count_of(auto_reply_phrases);

/// The first four bytes of a phrase, folded, as one number.
[[nodiscard]] constexpr std::uint32_t key_of(std::string_view phrase) noexcept {
  return static_cast<std::uint32_t>(fold(phrase[0])) << 24 |
         static_cast<std::uint32_t>(fold(phrase[1])) << 16 |
         static_cast<std::uint32_t>(fold(phrase[2])) << 8 | fold(phrase[3]);
}

/// Every phrase, sorted by key.
[[nodiscard]] constexpr std::array<phrase_ref, phrase_count> build_phrase_index() noexcept {
  std::array<phrase_ref, phrase_count> a{};
  std::size_t n = 0;
  const auto add = [&](phrase_kind k, std::size_t i) {
    a[n].key = key_of(phrase_text(k, i));
    a[n].kind = k;
    a[n].index = static_cast<std::uint8_t>(i);
    ++n;
  };
  for (std::size_t i = 0; i < count_of(list_markers); ++i) add(phrase_kind::list, i);
  for (std::size_t i = 0; i < count_of(inline_markers); ++i) add(phrase_kind::inline_recipient, i);
  for (std::size_t i = 0; i < count_of(reason_markers); ++i) add(phrase_kind::reason, i);
  for (std::size_t i = 0; i < count_of(command_markers); ++i) add(phrase_kind::command, i);
  for (std::size_t i = 0; i < count_of(generator_markers); ++i)
    if (generator_markers[i].place == marker_place::text) add(phrase_kind::generator, i);
  for (std::size_t i = 0; i < count_of(auto_reply_phrases); ++i) add(phrase_kind::auto_reply, i);
  for (std::size_t i = 1; i < n; ++i)  // insertion sort: stable, and small
    for (std::size_t j = i; j > 0 && a[j - 1].key > a[j].key; --j) {
      const phrase_ref t = a[j - 1];
      a[j - 1] = a[j];
      a[j] = t;
    }
  return a;
}
inline constexpr std::array<phrase_ref, phrase_count> phrase_index = build_phrase_index();

/// A 16-bit hash of a four-byte key: the filter of the scan.
[[nodiscard]] constexpr unsigned hash4(std::uint32_t key) noexcept {
  return static_cast<unsigned>((key * 0x9E3779B1u) >> 16);
}
/// Bit hash4(key) is set when a phrase starts with the four bytes of `key`.
[[nodiscard]] constexpr std::array<std::uint64_t, 1024> build_phrase_filter() noexcept {
  std::array<std::uint64_t, 1024> bits{};
  for (const phrase_ref& r : phrase_index) {
    const unsigned h = hash4(r.key);
    bits[h >> 6] |= std::uint64_t{1} << (h & 63);
  }
  return bits;
}
inline constexpr std::array<std::uint64_t, 1024> phrase_filter = build_phrase_filter();

// Every phrase is lower case (the scan folds the text), has four bytes to key
// on and no run of spaces (the scan collapses runs of whitespace).
[[nodiscard]] constexpr bool phrases_are_folded() noexcept {
  for (const phrase_ref& r : phrase_index) {
    const std::string_view p = phrase_text(r.kind, r.index);
    if (p.size() < 4 || p.front() == ' ' || p.back() == ' ') return false;
    for (std::size_t i = 0; i < p.size(); ++i) {
      if (fold(p[i]) != static_cast<unsigned char>(p[i])) return false;
      if (i > 0 && p[i] == ' ' && p[i - 1] == ' ') return false;
    }
  }
  return true;
}
static_assert(phrases_are_folded(),
              "a marker phrase is not lower case, is shorter than 4 or has a run of spaces");

/// Where the phrase at `p` matches text[i...]: a space of the phrase matches
/// any run of whitespace. Returns the end of the match, or npos.
[[nodiscard]] constexpr std::size_t match_at(std::string_view text, std::size_t i,
                                             std::string_view p) noexcept {
  std::size_t t = i;
  for (std::size_t k = 0; k < p.size(); ++k) {
    if (t >= text.size()) return npos;
    if (p[k] == ' ') {
      if (!is_space(text[t])) return npos;
      while (t < text.size() && is_space(text[t])) ++t;
      continue;
    }
    if (fold(text[t]) != static_cast<unsigned char>(p[k])) return npos;
    ++t;
  }
  return t;
}

/// A phrase found in a text.
struct phrase_hit {
  phrase_kind kind;
  std::uint8_t index;
  std::uint32_t begin;
  std::uint32_t end;
};

/// The phrases that start in [0, limit) of a text, in the order of their starts.
struct phrase_hits {
  static constexpr std::size_t max_hits = 192;
  phrase_hit hits[max_hits];
  std::size_t count = 0;
};

/// Finds every phrase that starts in text[0, limit) (it may end after it).
/// The key is taken from the text with each run of whitespace counted as one
/// space, as the phrases are compared; a filter on it rules out almost every
/// position, a binary search finds the phrases with that key.
inline void scan_phrases(std::string_view text, std::size_t limit, phrase_hits& out) noexcept {
  out.count = 0;
  if (limit > text.size()) limit = text.size();
  const auto* t = reinterpret_cast<const unsigned char*>(text.data());
  std::uint32_t key = 0;   // the last four bytes, runs of whitespace as one space
  std::size_t at[4] = {};  // where each of them is, oldest first
  std::size_t have = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = fold_table[t[i]];
    if (c == ' ' && have > 0 && (key & 0xFF) == ' ') continue;  // the rest of a run
    key = key << 8 | c;
    at[0] = at[1];
    at[1] = at[2];
    at[2] = at[3];
    at[3] = i;
    if (++have < 4) continue;
    const std::size_t start = at[0];
    if (start >= limit) break;
    const unsigned h = hash4(key);
    if (((phrase_filter[h >> 6] >> (h & 63)) & 1) == 0) continue;
    std::size_t lo = 0, hi = phrase_index.size();
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      if (phrase_index[mid].key < key)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (; lo < phrase_index.size() && phrase_index[lo].key == key; ++lo) {
      const phrase_ref& r = phrase_index[lo];
      const std::size_t end = match_at(text, start, phrase_text(r.kind, r.index));
      if (end == npos) continue;
      if (out.count == phrase_hits::max_hits) return;
      out.hits[out.count++] = {r.kind, r.index, static_cast<std::uint32_t>(start),
                               static_cast<std::uint32_t>(end)};
    }
  }
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
