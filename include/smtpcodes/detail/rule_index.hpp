// The indexes behind rule_set matching: rule_table, one flat open-addressing
// table of (key, rule) cells that lists a key's rules lowest first, and the
// keys rules are filed under (four-byte pieces of text conditions, host
// suffixes, codes and status classes). Built while rules are added
// (allocates); read without allocating. Private to rules.hpp.
#ifndef SMTPCODES_DETAIL_RULE_INDEX_HPP
#define SMTPCODES_DETAIL_RULE_INDEX_HPP

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "simd.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// One filing of a rule under a key; for a piece of a text condition, which
/// condition (its index in the set's pool), where the piece starts in the
/// condition's literal, and whether the condition is a glob.
struct rule_cell {
  std::uint32_t key;
  std::uint32_t rule;
  std::uint32_t text;
  std::uint16_t offset;
  std::uint8_t glob;
};

/// The hash of a key: its top bits choose a cell, a bit of the filter and a
/// bit of a piece_set.
[[nodiscard]] constexpr std::uint64_t key_hash(std::uint32_t key) noexcept {
  return key * 0x9E3779B97F4A7C15ULL;
}

/// Cells in one array, at most half of it used, each at the first free
/// place from its key's hash on (linear probing, nothing ever removed). A
/// cell added later lies further along the probe than every earlier cell of
/// its key, so a probe meets a key's rules in the order they were added:
/// lowest first. A bitmap of 16 bits per cell answers "no cell has this key"
/// for most keys without touching the array.
class rule_table {
 public:
  /// Files `c`; its rule is not below the rule of any cell added before.
  void add(const rule_cell& c) {
    if (2 * (used_ + 1) > cells_.size()) grow();
    put(c);
    ++used_;
  }
  [[nodiscard]] bool empty() const noexcept { return used_ == 0; }

  /// How many cells `key` has, counted up to `most` (to file pieces where
  /// few others are: a count of `most` says "not fewer").
  [[nodiscard]] std::size_t count(std::uint32_t key, std::size_t most) const noexcept {
    std::size_t n = 0;
    if (cells_.empty()) return 0;
    for (std::size_t i = slot(key); n < most; i = (i + 1) & mask()) {
      if (cells_[i].rule == no_rule) return n;
      n += cells_[i].key == key ? 1u : 0u;
    }
    return n;
  }

  /// The table as plain pointers and shifts, for lookups in a loop.
  class reader {
   public:
    explicit reader(const rule_table& t) noexcept
        : cells_(t.cells_.empty() ? nullptr : t.cells_.data()),
          filter_(t.filter_.data()),
          mask_(t.cells_.size() - 1),
          shift_(64 - t.bits_),
          filter_shift_(64 - t.filter_bits()) {}
    /// 1 when a key of hash `h` may have cells, 0 when it has none; the
    /// table has cells.
    [[nodiscard]] std::uint64_t may_have(std::uint64_t h) const noexcept {
      const std::size_t f = static_cast<std::size_t>(h >> filter_shift_);
      return (filter_[f >> 6] >> (f & 63)) & 1u;
    }
    /// The lowest rule below `best` filed under `key` (of hash `h`) whose
    /// cell `holds`, else `best`.
    template <typename Holds>
    [[nodiscard]] std::size_t first(std::uint32_t key, std::uint64_t h, std::size_t best,
                                    const Holds& holds) const noexcept {
      if (cells_ == nullptr || may_have(h) == 0) return best;
      for (std::size_t i = static_cast<std::size_t>(h >> shift_);; i = (i + 1) & mask_) {
        const rule_cell& c = cells_[i];
        if (c.rule == no_rule) return best;
        if (c.key != key) continue;
        if (c.rule >= best) return best;  // the key's later cells are higher still
        if (holds(c)) return c.rule;
      }
    }

   private:
    const rule_cell* cells_;
    const std::uint64_t* filter_;
    std::size_t mask_;
    unsigned shift_, filter_shift_;
  };
  /// The lowest rule below `best` filed under `key` whose cell `holds`, else `best`.
  template <typename Holds>
  [[nodiscard]] std::size_t first(std::uint32_t key, std::size_t best,
                                  const Holds& holds) const noexcept {
    return reader(*this).first(key, key_hash(key), best, holds);
  }

 private:
  static constexpr std::uint32_t no_rule = 0xFFFFFFFFu;
  [[nodiscard]] unsigned filter_bits() const noexcept { return bits_ + 3; }
  [[nodiscard]] std::size_t mask() const noexcept { return cells_.size() - 1; }
  [[nodiscard]] std::size_t slot(std::uint32_t key) const noexcept {
    return static_cast<std::size_t>(key_hash(key) >> (64 - bits_));
  }
  void put(const rule_cell& c) {
    std::size_t i = slot(c.key);
    while (cells_[i].rule != no_rule) i = (i + 1) & mask();
    cells_[i] = c;
    const std::size_t f = static_cast<std::size_t>(key_hash(c.key) >> (64 - filter_bits()));
    filter_[f >> 6] |= std::uint64_t{1} << (f & 63);
  }
  // Doubles the array and files every cell again, lowest rule first (so
  // that each key's cells stay in the order they were added).
  void grow() {
    std::vector<rule_cell> old;
    old.reserve(used_);
    for (const rule_cell& c : cells_)
      if (c.rule != no_rule) old.push_back(c);
    std::stable_sort(old.begin(), old.end(),
                     [](const rule_cell& a, const rule_cell& b) { return a.rule < b.rule; });
    bits_ = cells_.empty() ? 6 : bits_ + 1;
    cells_.assign(std::size_t{1} << bits_, rule_cell{0, no_rule, 0, 0, 0});
    filter_.assign((std::size_t{1} << filter_bits()) / 64, 0);
    for (const rule_cell& c : old) put(c);
  }

  std::vector<rule_cell> cells_;
  std::vector<std::uint64_t> filter_;
  std::size_t used_ = 0;
  unsigned bits_ = 0;
};

/// The eight bytes of `t` from `i` (i < t.size()) with ASCII letters in
/// lower case, the first byte lowest; zeros past the end.
[[nodiscard]] inline std::uint64_t folded_word(std::string_view t, std::size_t i) noexcept {
  const std::size_t left = t.size() - i;
  if (left >= 8) return simd::lower8(simd::load_le64(t.data() + i));
  if (t.size() >= 8)  // the last eight bytes, those before `i` shifted out
    return simd::lower8(simd::load_le64(t.data() + t.size() - 8) >> (8 * (8 - left)));
  std::uint64_t w = 0;
  for (std::size_t k = 0; k < left; ++k)
    w |= std::uint64_t{static_cast<unsigned char>(t[i + k])} << (8 * k);
  return simd::lower8(w);
}
/// The key of a text piece: the four bytes of `literal` from `at`, lower
/// case, the first lowest.
[[nodiscard]] inline std::uint32_t piece_key(std::string_view literal, std::size_t at) noexcept {
  return static_cast<std::uint32_t>(folded_word(literal, at));
}

// clang-format off
/// How often each letter a-z stands in English text, per thousand letters:
/// a piece of rare letters, digits or punctuation is met in few replies.
inline constexpr std::uint8_t letter_frequency[26] = {
  82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24,  // a-m
  67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1,     // n-z
};
// clang-format on
/// How common the piece of `literal` at `at` is likely to be in reply texts
/// (lower is rarer): its letters' frequencies, a space counted as the most
/// common byte, digits and punctuation as rare ones.
[[nodiscard]] constexpr unsigned piece_commonness(std::string_view literal,
                                                  std::size_t at) noexcept {
  unsigned sum = 0;
  for (std::size_t k = at; k < at + 4; ++k) {
    const char c = literal[k];
    sum += c >= 'a' && c <= 'z' ? letter_frequency[c - 'a'] : c == ' ' ? 150u : 5u;
  }
  return sum;
}

/// A set of text pieces (four-byte keys), hashed into 1024 bits: the pieces
/// a text holds, or those a glob needs. A glob whose needed pieces are not
/// all held cannot match; one whose are is checked.
struct piece_set {
  std::uint64_t bits[16] = {};
  /// Adds the piece whose key_hash() is `h`.
  void add(std::uint64_t h) noexcept {
    const auto b = static_cast<unsigned>(h >> 54);
    bits[b >> 6] |= std::uint64_t{1} << (b & 63);
  }
  [[nodiscard]] bool covers(const piece_set& need) const noexcept {
    std::uint64_t missing = 0;
    for (unsigned k = 0; k < 16; ++k) missing |= need.bits[k] & ~bits[k];
    return missing == 0;
  }
};
/// The pieces of every run of four bytes or more between the wildcards of
/// glob `pat` (lower case): a text it matches holds them all.
[[nodiscard]] inline piece_set pieces_needed(std::string_view pat) noexcept {
  piece_set need;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= pat.size(); ++i) {
    if (i < pat.size() && pat[i] != '*' && pat[i] != '?') continue;
    for (std::size_t o = start; o + 4 <= i; ++o) need.add(key_hash(piece_key(pat, o)));
    start = i + 1;
  }
  return need;
}

/// The key of the suffix of `host` from `at` ("example.com" of
/// "mx.example.com"): its length and its first and last eight bytes,
/// letters folded, mixed. Suffixes that share all three share a key; the
/// rules filed there are checked exactly.
[[nodiscard]] inline std::uint32_t host_key(std::string_view host, std::size_t at) noexcept {
  const std::size_t size = host.size() - at;
  const std::uint64_t first = folded_word(host, at);
  const std::uint64_t last = size > 8 ? folded_word(host, host.size() - 8) : first;
  std::uint64_t x = first * 0x9E3779B97F4A7C15ULL ^ (last + size) * 0xC2B2AE3D27D4EB4FULL;
  x ^= x >> 31;
  return static_cast<std::uint32_t>((x * 0x94D049BB133111EBULL) >> 32);
}
/// Hosts with more labels than this are not filed by host (a lookup tries
/// the suffixes of at most this many labels).
inline constexpr std::size_t host_key_labels = 32;

/// The keys of codes and statuses: a code, its ten ("55x") or its class
/// ("5xx"); a whole status; a status class and subject, 15 for any class,
/// 1023 for any subject.
[[nodiscard]] constexpr std::uint32_t code_key(unsigned code) noexcept { return (1u << 24) | code; }
[[nodiscard]] constexpr std::uint32_t tens_key(unsigned code) noexcept {
  return (2u << 24) | (code / 10);
}
[[nodiscard]] constexpr std::uint32_t class_key(unsigned code) noexcept {
  return (3u << 24) | (code / 100);
}
inline constexpr unsigned any_class = 15, any_subject = 1023;
[[nodiscard]] constexpr std::uint32_t status_key(unsigned cls, unsigned subject) noexcept {
  return (4u << 24) | (cls << 12) | subject;
}
[[nodiscard]] constexpr std::uint32_t status_key(unsigned cls, unsigned subject,
                                                 unsigned detail) noexcept {
  return (5u << 24) | (cls << 20) | (subject << 10) | detail;
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
