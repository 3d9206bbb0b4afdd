// Matching a rule_set: the lowest rule that matches, found by asking each
// index for the rules filed under the input's keys (each index lists them
// lowest first) and one pass over the text for the pieces of text
// conditions. Allocates nothing. Included by rule_set.hpp only.
#ifndef SMTPCODES_DETAIL_RULE_SET_MATCH_HPP
#define SMTPCODES_DETAIL_RULE_SET_MATCH_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "rule_set.hpp"

namespace smtpcodes {
inline namespace v1 {

inline std::size_t rule_set::first_match(const detail::rule_probe& p) const noexcept {
  const auto alone = [&](const detail::rule_cell& c) { return holds(c.rule, p.in, false); };
  std::size_t best = rules_.size();
  for (std::size_t k = 0; k < p.host_count && !hosts_.empty(); ++k)
    best = hosts_.first(p.host_keys[k], best, alone);
  for (std::size_t k = 0; k < p.key_count && !keys_.empty(); ++k)
    best = keys_.first(p.keys[k], best, alone);
  best = first_by_text(p, best);
  for (const std::uint32_t n : unindexed_) {
    if (n >= best) break;
    if (holds(n, p.in, false)) return n;
  }
  return best;
}

// One pass over the text: the four bytes at each position (lower case) are
// a key of the text index; a cell there names a text condition whose piece
// stands at that position. Globs are checked after the pass, when the
// pieces the text holds are known: each below the best rule so far whose
// needed pieces are all held, on the whole text.
inline std::size_t rule_set::first_by_text(const detail::rule_probe& p,
                                           std::size_t best) const noexcept {
  const std::string_view t = p.in.text;
  if (texts_.empty() || t.size() < 4) return best;
  const detail::rule_table::reader index(texts_);
  text_pass pass{p, best};
  // A piece that is a key: a literal condition is checked where its piece
  // stands, then the rest of its rule; a glob is kept for the end of the
  // pass (checked now when 16 are kept already).
  const auto hit = [&](std::uint32_t piece, std::uint64_t h, std::size_t at) {
    pass.best = index.first(piece, h, pass.best, [&](const detail::rule_cell& c) {
      if (c.offset > at) return false;
      if (c.glob == 0)
        return detail::istarts_with(t.substr(at - c.offset), text_of(pooled_[c.text])) &&
               holds(c.rule, p.in, true);
      const std::uint64_t bit = std::uint64_t{1} << (c.text & 63);
      if ((pass.glob_bits & bit) != 0)  // perhaps kept already
        for (std::size_t q = 0; q < pass.glob_count; ++q)
          if (pass.globs[q].text == c.text) return false;
      if (pass.glob_count == 16) return glob_holds(pass, c);
      pass.glob_bits |= bit;
      pass.globs[pass.glob_count++] = c;
      return false;
    });
  };
  // Blocks of 60 positions, their bytes copied with eight zeros after them
  // so that each piece comes from a whole word: first every piece's hash,
  // the pieces held and a bit for each piece the index's filter lets
  // through (most it does not), then a look at the cells of those.
  const std::size_t last = t.size() - 4;  // the last position a piece starts at
  char bytes[63 + 8];
  for (std::size_t block = 0; block <= last; block += 60) {
    const std::size_t n = t.size() - block < 63 ? t.size() - block : 63;
    std::memcpy(bytes, t.data() + block, n);
    std::memset(bytes + n, 0, 8);
    const std::size_t positions = n - 3;
    std::uint64_t hits = 0;
    for (std::size_t i = 0; i < positions; i += 5) {  // five pieces from each eight bytes
      const std::uint64_t w = detail::simd::lower8(detail::simd::load_le64(bytes + i));
      std::uint64_t five = 0;
      for (unsigned k = 0; k < 5; ++k) {
        const std::uint64_t h = detail::key_hash(static_cast<std::uint32_t>(w >> (8 * k)));
        pass.held.add(h);
        five |= index.may_have(h) << k;
      }
      hits |= five << i;
    }
    for (hits &= (std::uint64_t{1} << positions) - 1; hits != 0; hits &= hits - 1) {
      const std::size_t at = detail::simd::first_bit(hits);
      const auto piece =
          static_cast<std::uint32_t>(detail::simd::lower8(detail::simd::load_le64(bytes + at)));
      hit(piece, detail::key_hash(piece), block + at);
    }
  }
  for (std::size_t q = 0; q < pass.glob_count; ++q) {
    const detail::rule_cell& c = pass.globs[q];
    if (c.rule < pass.best && pass.held.covers(glob_pieces_[pooled_[c.text].pieces]) &&
        glob_holds(pass, c))
      pass.best = c.rule;
  }
  return pass.best;
}

inline bool rule_set::glob_holds(const text_pass& pass, const detail::rule_cell& c) const noexcept {
  return detail::glob_holds(pass.p.in.text, text_of(pooled_[c.text])) &&
         holds(c.rule, pass.p.in, true);
}

}  // namespace v1
}  // namespace smtpcodes

#endif
