// Counting keys for scan's summary (recipient domains, relays, failure texts,
// status words, rules). key_counts: the exact counts of one block's keys in
// first-seen order, in an arena that grows with the block. top_counter: the
// most frequent keys of a whole stream in memory fixed by a capacity; exact
// while the stream holds at most `capacity` distinct keys, beyond that the
// Space-Saving algorithm (Metwally, Agrawal, El Abbadi, 2005): the least
// counted key makes room for the new one, whose counts start from it, so
// counts become upper bounds and exact() turns false.
#ifndef SMTP_EXPLAIN_TOP_COUNTER_HPP
#define SMTP_EXPLAIN_TOP_COUNTER_HPP

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace smtp_explain {

namespace count_detail {
// Eight bytes at a time, each word multiplied in and folded (keys are short).
inline std::uint64_t hash_of(std::string_view key) {
  constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = key.size() * k;
  std::size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, key.data() + i, 8);
    h = (h ^ w) * k;
    h ^= h >> 32;
  }
  if (i < key.size()) {
    std::uint64_t w = 0;
    std::memcpy(&w, key.data() + i, key.size() - i);
    h = (h ^ w) * k;
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 32);
}
inline bool same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
}
}  // namespace count_detail

/// Exact counts of keys in first-seen order. Keys are copied into an arena;
/// the table doubles as it fills. clear() forgets the keys, keeping the memory.
class key_counts {
 public:
  struct entry {
    std::uint64_t hash = 0;
    std::size_t at = 0, size = 0;  // the key in the arena
    std::uint64_t count = 0;       ///< records with this key
    std::uint64_t failures = 0;    ///< of them, records that did not succeed
  };

  key_counts() : slots_(64, 0) {}

  /// Counts `count` records with `key`, `failures` of them failed.
  void add(std::string_view key, std::uint64_t count, std::uint64_t failures) {
    const std::uint64_t h = count_detail::hash_of(key);
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = h & mask;
    for (; slots_[s] != 0; s = (s + 1) & mask) {
      entry& e = entries_[slots_[s] - 1];
      if (e.hash == h && count_detail::same(this->key(e), key)) {
        e.count += count;
        e.failures += failures;
        return;
      }
    }
    entry e;
    e.hash = h;
    e.at = arena_.size();
    e.size = key.size();
    e.count = count;
    e.failures = failures;
    arena_.insert(arena_.end(), key.begin(), key.end());
    entries_.push_back(e);
    slots_[s] = static_cast<std::uint32_t>(entries_.size());
    if (2 * entries_.size() > slots_.size()) grow();
  }
  void add(std::string_view key, bool failure) { add(key, 1, failure ? 1 : 0); }

  [[nodiscard]] std::string_view key(const entry& e) const {
    return {arena_.data() + e.at, e.size};
  }
  /// The keys in first-seen order.
  [[nodiscard]] const std::vector<entry>& entries() const { return entries_; }
  void clear() {
    std::fill(slots_.begin(), slots_.end(), 0);
    entries_.clear();
    arena_.clear();
  }

 private:
  void grow() {
    std::vector<std::uint32_t> slots(2 * slots_.size(), 0);
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      std::size_t s = entries_[i].hash & mask;
      while (slots[s] != 0) s = (s + 1) & mask;
      slots[s] = static_cast<std::uint32_t>(i + 1);
    }
    slots_.swap(slots);
  }

  std::vector<std::uint32_t> slots_;  // open addressing, linear probing: entry index + 1, 0 empty
  std::vector<entry> entries_;
  std::vector<char> arena_;
};

/// The most frequent keys of a stream, in memory fixed by `capacity` keys of
/// at most `max_key` bytes (longer keys are cut).
class top_counter {
 public:
  struct entry {
    std::string_view key;        ///< in the counter's own storage
    std::uint64_t count = 0;     ///< records with this key
    std::uint64_t failures = 0;  ///< of them, records that did not succeed
    std::uint64_t hash = 0;
    std::size_t heap = 0;  // position in heap_
  };

  explicit top_counter(std::size_t capacity, std::size_t max_key = 256)
      : capacity_(capacity == 0 ? 1 : capacity),
        max_key_(max_key),
        keys_(new char[capacity_ * max_key_]) {  // pages are touched as keys arrive
    std::size_t slots = 16;
    while (slots < 2 * capacity_) slots *= 2;
    slots_.assign(slots, empty);
    entries_.reserve(capacity_);
    heap_.reserve(capacity_);
  }

  /// Counts `count` records with `key`, `failures` of them failed (weighted
  /// Space-Saving: a new key replacing the least counted one adds its
  /// counts to that key's).
  void add(std::string_view key, std::uint64_t count, std::uint64_t failures) {
    if (key.size() > max_key_) key = key.substr(0, max_key_);
    const std::uint64_t h = count_detail::hash_of(key);
    std::size_t s = h & (slots_.size() - 1);
    for (; slots_[s] != empty; s = (s + 1) & (slots_.size() - 1)) {
      entry& e = entries_[slots_[s]];
      if (e.hash == h && count_detail::same(e.key, key)) {
        e.count += count;
        e.failures += failures;
        if (heaped_) sift_down(e.heap);
        return;
      }
    }
    std::uint32_t index;
    if (entries_.size() < capacity_) {
      index = static_cast<std::uint32_t>(entries_.size());
      entries_.emplace_back();
    } else {  // replace the least counted key; its counts carry over (Space-Saving)
      if (!heaped_) build_heap();
      exact_ = false;
      index = heap_[0];
      erase_slot(entries_[index]);
      s = h & (slots_.size() - 1);
      while (slots_[s] != empty) s = (s + 1) & (slots_.size() - 1);
    }
    slots_[s] = index;
    entry& e = entries_[index];
    char* const stored = keys_.get() + index * max_key_;
    if (!key.empty()) std::memcpy(stored, key.data(), key.size());
    e.key = std::string_view(stored, key.size());
    e.hash = h;
    e.count += count;
    e.failures += failures;
    if (heaped_) sift_down(e.heap);  // the replacing key counts more than the least
  }
  void add(std::string_view key, bool failure) { add(key, 1, failure ? 1 : 0); }

  /// The `n` most counted keys, most first (ties by key).
  [[nodiscard]] std::vector<const entry*> top(std::size_t n) const {
    std::vector<const entry*> all;
    all.reserve(entries_.size());
    for (const entry& e : entries_) all.push_back(&e);
    const auto before = [](const entry* a, const entry* b) {
      return a->count != b->count ? a->count > b->count : a->key < b->key;
    };
    n = std::min(n, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), before);
    all.resize(n);
    return all;
  }
  /// True while no key was ever replaced: every count is exact.
  [[nodiscard]] bool exact() const { return exact_; }

 private:
  static constexpr std::uint32_t empty = 0xFFFFFFFFu;

  // Removes e's slot, moving later entries of its probe run back (no tombstones).
  void erase_slot(const entry& e) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = e.hash & mask;
    while (&entries_[slots_[s]] != &e) s = (s + 1) & mask;
    std::size_t hole = s;
    for (std::size_t next = (hole + 1) & mask; slots_[next] != empty; next = (next + 1) & mask) {
      const std::size_t home = entries_[slots_[next]].hash & mask;
      // Move `next` into the hole when its home is not within (hole, next].
      const bool stays =
          hole <= next ? (home > hole && home <= next) : (home > hole || home <= next);
      if (!stays) {
        slots_[hole] = slots_[next];
        hole = next;
      }
    }
    slots_[hole] = empty;
  }
  // The heap is a min-heap on count, built when the table first fills (until
  // then nothing is replaced and no order is needed); a count only grows, so
  // entries sink.
  void build_heap() {
    heap_.resize(entries_.size());
    for (std::size_t i = 0; i < heap_.size(); ++i) {
      heap_[i] = static_cast<std::uint32_t>(i);
      entries_[i].heap = i;
    }
    for (std::size_t i = heap_.size() / 2; i-- > 0;) sift_down(i);
    heaped_ = true;
  }
  void sift_down(std::size_t i) {
    const std::size_t n = heap_.size();
    for (;;) {
      const std::size_t l = 2 * i + 1, r = l + 1;
      std::size_t least = i;
      if (l < n && entries_[heap_[l]].count < entries_[heap_[least]].count) least = l;
      if (r < n && entries_[heap_[r]].count < entries_[heap_[least]].count) least = r;
      if (least == i) return;
      std::swap(heap_[i], heap_[least]);
      entries_[heap_[i]].heap = i;
      entries_[heap_[least]].heap = least;
      i = least;
    }
  }

  std::size_t capacity_, max_key_;
  std::unique_ptr<char[]> keys_;      // capacity_ keys of max_key_ bytes
  std::vector<std::uint32_t> slots_;  // open addressing, linear probing: entry indexes
  std::vector<entry> entries_;
  std::vector<std::uint32_t> heap_;
  bool exact_ = true;
  bool heaped_ = false;
};

}  // namespace smtp_explain

#endif
