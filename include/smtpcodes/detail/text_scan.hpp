// The one-pass scan of a reply found in free text, at run time: where its
// text ends, which bytes it holds, its leading status and its folds, read in
// one pass of kernel calls (detail/simd.hpp) instead of one search each.
// detail/free_text.hpp falls back to the separate searches when it declines.
#ifndef SMTPCODES_DETAIL_TEXT_SCAN_HPP
#define SMTPCODES_DETAIL_TEXT_SCAN_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config.hpp"
#include "folded_text.hpp"
#include "log_markers.hpp"
#include "simd.hpp"
#include "status_text.hpp"
#include "text_search.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

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

/// The places reply_facts_fast() keeps: where "in reply to ", "; from=<" and
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
inline bool reply_facts_fast(std::string_view t, std::size_t at, reply_facts& f) noexcept {
  const std::size_t size = t.size();
  if (size < 19 || at + 3 > size) return false;
  fact_places s;
  const char d0 = t[at];
  std::size_t i = at;
  for (; i + 35 <= size; i += 32) {  // two blocks a round: positions [i, i + 32)
    std::uint32_t hits = simd::native::fact_places16(t.data() + i, d0) |
                         simd::native::fact_places16(t.data() + i + 16, d0) << 16;
    for (; hits != 0; hits &= hits - 1)  // most rounds: none
      if (!s.note(t, at, i + simd::first_bit(hits))) return false;
  }
  // Then positions [i, i + 16) from the bytes at b = i or, for the last block,
  // from the text's last 19 bytes (b < i).
  for (;; i += 16) {
    std::size_t b = i;
    if (i + 19 > size) {
      if (i + 3 >= size) break;
      b = size - 19;
    }
    for (std::uint32_t hits = simd::native::fact_places16(t.data() + b, d0) >> (i - b); hits != 0;
         hits &= hits - 1)
      if (!s.note(t, at, i + simd::first_bit(hits))) return false;
    if (b != i) break;
  }
  // The last three bytes start no needle; they may still be special.
  for (std::uint32_t last3 = simd::native::special16(t.data() + size - 16) >> 13; last3 != 0;
       last3 &= last3 - 1)
    s.special_at(t, size - 3 + simd::first_bit(last3));
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

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
