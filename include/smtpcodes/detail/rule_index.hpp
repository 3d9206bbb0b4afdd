// The indexes behind rule_set matching: case-insensitive comparison and glob
// helpers, a hashed index of four-byte pieces of the rules' text conditions
// (one pass over a reply's text finds every rule whose text may occur in it),
// and a hash table of host suffixes. Built while rules are added (allocates);
// read without allocating. Private to rules.hpp.
#ifndef SMTPCODES_DETAIL_RULE_INDEX_HPP
#define SMTPCODES_DETAIL_RULE_INDEX_HPP

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace smtpcodes {
inline namespace v1 {
namespace detail {

[[nodiscard]] constexpr char lower_ascii(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
inline std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower_ascii(c);
  return out;
}
[[nodiscard]] constexpr bool has_wildcard(std::string_view s) noexcept {
  return s.find_first_of("*?") != std::string_view::npos;
}

/// Whether lower-case `pat` equals `text` at `at`, ASCII letters in any case.
[[nodiscard]] inline bool equal_folded_at(std::string_view text, std::size_t at,
                                          std::string_view pat) noexcept {
  if (at > text.size() || text.size() - at < pat.size()) return false;
  for (std::size_t k = 0; k < pat.size(); ++k)
    if (lower_ascii(text[at + k]) != pat[k]) return false;
  return true;
}
/// Whether lower-case `pat` occurs in `text`, ASCII letters in any case.
[[nodiscard]] inline bool contains_folded(std::string_view text, std::string_view pat) noexcept {
  if (pat.empty()) return true;
  if (pat.size() > text.size()) return false;
  for (std::size_t i = 0; i + pat.size() <= text.size(); ++i)
    if (lower_ascii(text[i]) == pat[0] && equal_folded_at(text, i + 1, pat.substr(1))) return true;
  return false;
}
/// Whether lower-case `seg` ("?" any byte, no "*") equals `text` at `at`.
[[nodiscard]] inline bool segment_at(std::string_view text, std::size_t at,
                                     std::string_view seg) noexcept {
  if (at > text.size() || text.size() - at < seg.size()) return false;
  for (std::size_t k = 0; k < seg.size(); ++k)
    if (seg[k] != '?' && lower_ascii(text[at + k]) != seg[k]) return false;
  return true;
}
/// The first position from `from` where `seg` stands in `text`, or npos.
[[nodiscard]] inline std::size_t find_segment(std::string_view text, std::size_t from,
                                              std::string_view seg) noexcept {
  for (std::size_t i = from; i <= text.size() && text.size() - i >= seg.size(); ++i)
    if (segment_at(text, i, seg)) return i;
  return std::string_view::npos;
}
/// Whether lower-case glob `pat` ("*" any run, "?" one byte) matches all of
/// `text`, ASCII letters in any case. The pieces between stars are found
/// left to right, each as early as it stands (which is enough for "*"); the
/// first is anchored at the start and the last at the end unless a star is
/// there. Time O(|text| x |pat|) at worst, no recursion.
[[nodiscard]] inline bool glob_folded(std::string_view text, std::string_view pat) noexcept {
  const std::size_t first_star = pat.find('*');
  if (first_star == std::string_view::npos)
    return text.size() == pat.size() && segment_at(text, 0, pat);
  const std::string_view head = pat.substr(0, first_star);
  if (!segment_at(text, 0, head)) return false;
  std::size_t t = head.size();
  const std::size_t last_star = pat.rfind('*');
  const std::string_view tail = pat.substr(last_star + 1);
  std::string_view middle = pat.substr(first_star + 1, last_star - first_star);
  while (!middle.empty()) {
    const std::size_t star = middle.find('*');
    const std::string_view seg = middle.substr(0, star);
    middle.remove_prefix(star == std::string_view::npos ? middle.size() : star + 1);
    if (seg.empty()) continue;
    const std::size_t at = find_segment(text, t, seg);
    if (at == std::string_view::npos) return false;
    t = at + seg.size();
  }
  return text.size() - t >= tail.size() && segment_at(text, text.size() - tail.size(), tail);
}
/// `text` with ASCII letters in lower case, written to `out` (room for all of it).
inline std::string_view lower_into(std::string_view text, char* out) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) out[i] = lower_ascii(text[i]);
  return {out, text.size()};
}
/// glob_folded() of a text already in lower case: pieces without "?" are
/// found with string_view::find.
[[nodiscard]] inline bool glob_lower(std::string_view text, std::string_view pat) noexcept {
  if (pat.find('?') != std::string_view::npos) return glob_folded(text, pat);
  const std::size_t first_star = pat.find('*');
  if (first_star == std::string_view::npos) return text == pat;
  if (text.compare(0, first_star, pat, 0, first_star) != 0 || text.size() < first_star)
    return false;
  std::size_t t = first_star;
  const std::size_t last_star = pat.rfind('*');
  const std::string_view tail = pat.substr(last_star + 1);
  std::string_view middle = pat.substr(first_star + 1, last_star - first_star);
  while (!middle.empty()) {
    const std::size_t star = middle.find('*');
    const std::string_view seg = middle.substr(0, star);
    middle.remove_prefix(star == std::string_view::npos ? middle.size() : star + 1);
    if (seg.empty()) continue;
    const std::size_t at = text.find(seg, t);
    if (at == std::string_view::npos) return false;
    t = at + seg.size();
  }
  return text.size() - t >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}
/// rule_set::text_holds() of a text already in lower case.
[[nodiscard]] inline bool text_holds_lower(std::string_view text, std::string_view cond) noexcept {
  return has_wildcard(cond) ? glob_lower(text, cond) : text.find(cond) != std::string_view::npos;
}

/// The longest run of `pat` without a wildcard.
[[nodiscard]] inline std::string_view longest_literal(std::string_view pat) noexcept {
  std::string_view best;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= pat.size(); ++i) {
    if (i == pat.size() || pat[i] == '*' || pat[i] == '?') {
      if (i - start > best.size()) best = pat.substr(start, i - start);
      start = i + 1;
    }
  }
  return best;
}

/// A host without a trailing dot.
[[nodiscard]] constexpr std::string_view bare_host(std::string_view host) noexcept {
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  return host;
}
/// Whether host condition `pat` (lower case) holds for `host`: a glob matches
/// the whole host; ".example.com" every host below example.com;
/// "example.com" example.com itself and every host below it.
[[nodiscard]] inline bool host_matches(std::string_view host, std::string_view pat) noexcept {
  host = bare_host(host);
  if (has_wildcard(pat)) return glob_folded(host, pat);
  const bool below_only = !pat.empty() && pat.front() == '.';
  if (below_only) pat.remove_prefix(1);
  if (host.size() < pat.size() || !equal_folded_at(host, host.size() - pat.size(), pat))
    return false;
  if (host.size() == pat.size()) return !below_only;
  return host[host.size() - pat.size() - 1] == '.';
}

/// FNV-1a of `s`, letters folded to lower case.
[[nodiscard]] inline std::uint64_t hash_folded(std::string_view s) noexcept {
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(lower_ascii(c));
    h *= 0x100000001B3ULL;
  }
  return h;
}

/// Rule numbers filed under keys (lower-case host suffixes): open addressing,
/// at most half full. Each key's list ascends, as rules are added in order.
class host_table {
 public:
  void add(std::string_view key, std::uint32_t rule) {
    if (2 * (used_ + 1) > slots_.size()) grow();
    bucket& s = find_slot(slots_, key);
    if (!s.taken) {
      s.taken = true;
      s.key = std::string(key);
      ++used_;
    }
    if (s.rules.empty() || s.rules.back() != rule) s.rules.push_back(rule);
  }
  /// The rules filed under `key` (any case), or nullptr.
  [[nodiscard]] const std::vector<std::uint32_t>* find(std::string_view key) const noexcept {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash_folded(key)) & mask;; i = (i + 1) & mask) {
      const bucket& s = slots_[i];
      if (!s.taken) return nullptr;
      if (s.key.size() == key.size() && equal_folded_at(key, 0, s.key)) return &s.rules;
    }
  }
  [[nodiscard]] bool empty() const noexcept { return used_ == 0; }

 private:
  struct bucket {
    bool taken = false;
    std::string key;
    std::vector<std::uint32_t> rules;
  };
  static bucket& find_slot(std::vector<bucket>& slots, std::string_view key) noexcept {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(hash_folded(key)) & mask;; i = (i + 1) & mask)
      if (!slots[i].taken || slots[i].key == key) return slots[i];
  }
  void grow() {
    std::vector<bucket> bigger(slots_.empty() ? 64 : 2 * slots_.size());
    for (bucket& s : slots_)
      if (s.taken) find_slot(bigger, s.key) = std::move(s);
    slots_.swap(bigger);
  }
  std::vector<bucket> slots_;
  std::size_t used_ = 0;
};

/// Four bytes of `p` with ASCII letters in lower case, the first byte lowest.
[[nodiscard]] inline std::uint32_t folded_gram(const char* p) noexcept {
  std::uint32_t g = 0;
  for (unsigned k = 0; k < 4; ++k)
    g |= static_cast<std::uint32_t>(static_cast<unsigned char>(lower_ascii(p[k]))) << (8 * k);
  return g;
}
/// Eight bytes from `p` (only `left` of them when fewer, the rest zero), with
/// ASCII letters in lower case, the first byte lowest.
[[nodiscard]] inline std::uint64_t folded_word(const char* p, std::size_t left) noexcept {
  unsigned char b[8] = {};
  std::memcpy(b, p, left < 8 ? left : 8);
  std::uint64_t x = 0;
  for (unsigned k = 0; k < 8; ++k) x |= static_cast<std::uint64_t>(b[k]) << (8 * k);
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  const std::uint64_t low = x & ones * 0x7F;  // no carry between bytes below
  const std::uint64_t upper =
      (low + ones * (0x80 - 'A')) & ~(low + ones * (0x80 - 'Z' - 1)) & ~x & ones * 0x80;
  return x | upper >> 2;
}

/// One text condition filed under a four-byte piece of its literal.
struct gram_entry {
  std::uint32_t gram;    ///< the piece, lower case
  std::uint32_t rule;    ///< the rule's number
  std::uint16_t alt;     ///< which of the rule's text conditions
  std::uint16_t offset;  ///< where the piece starts in the literal
  std::uint8_t glob;     ///< 1: the condition is a glob, checked whole
};

/// The text conditions' index: 2^bits slots, each listing the entries whose
/// piece hashes there (ascending by rule), and a bitmap of non-empty slots.
class gram_index {
 public:
  /// Files text condition `alt` of rule `rule` under the piece of `literal`
  /// (lower case, four bytes or more) whose slot is least crowded.
  void add(std::string_view literal, std::uint32_t rule, std::uint16_t alt, bool glob) {
    if (16 * (entries_ + 1) > slots_.size()) grow();  // at most 1/16 of the slots taken
    std::size_t best_offset = 0, least = ~std::size_t{0};
    for (std::size_t o = 0; o + 4 <= literal.size() && o < 0xFFFF; ++o) {
      const std::size_t n = slots_[slot_of(folded_gram(literal.data() + o))].size();
      if (n < least) least = n, best_offset = o;
    }
    const gram_entry e{folded_gram(literal.data() + best_offset), rule, alt,
                       static_cast<std::uint16_t>(best_offset),
                       glob ? std::uint8_t{1} : std::uint8_t{0}};
    put(e);
    ++entries_;
  }
  [[nodiscard]] bool empty() const noexcept { return entries_ == 0; }
  [[nodiscard]] std::size_t slot_of(std::uint32_t gram) const noexcept {
    return static_cast<std::size_t>((gram * 0x9E3779B1u) >> (32 - bits_));
  }
  [[nodiscard]] bool occupied(std::size_t index) const noexcept {
    return ((bitmap_[index >> 6] >> (index & 63)) & 1u) != 0;
  }
  [[nodiscard]] const std::vector<gram_entry>& at(std::size_t index) const noexcept {
    return slots_[index];
  }

 private:
  void put(const gram_entry& e) {
    const std::size_t s = slot_of(e.gram);
    slots_[s].push_back(e);
    bitmap_[s >> 6] |= std::uint64_t{1} << (s & 63);
  }
  void grow() {
    std::vector<std::vector<gram_entry>> old;
    old.swap(slots_);
    bits_ = old.empty() ? 10 : bits_ + 1;
    slots_.assign(std::size_t{1} << bits_, {});
    bitmap_.assign((std::size_t{1} << bits_) / 64, 0);
    // A new slot's entries all come from one old slot (the hash's top bits,
    // one more of them), so each slot stays ascending by rule.
    for (const std::vector<gram_entry>& v : old)
      for (const gram_entry& e : v) put(e);
  }
  std::vector<std::vector<gram_entry>> slots_;
  std::vector<std::uint64_t> bitmap_;
  unsigned bits_ = 0;
  std::size_t entries_ = 0;
};

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
