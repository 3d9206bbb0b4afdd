// The rule for where a folded free text starts a new segment, in one place:
// a log line or DSN that carries a multi-line reply on one line repeats the
// code ("550-5.1.1 ... 550-5.1.1 ... 550 5.1.1 ..."). reply_lines' iterator,
// find_reply()'s line count and advise()'s joined text all follow it.
#ifndef SMTPCODES_DETAIL_FOLDED_TEXT_HPP
#define SMTPCODES_DETAIL_FOLDED_TEXT_HPP

#include <cstddef>
#include <string_view>

#include "config.hpp"
#include "status_text.hpp"
#include "text_search.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

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
    if (SMTPCODES_RUN_FAST() && take != 0)
      SMTPCODES_MEMCPY(out + n, body.data(), take);
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

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
