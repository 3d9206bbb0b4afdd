// The lines of a parsed reply: reply_lines' iterator (wire lines split at
// LF; free text split by the fold rule of detail/folded_text.hpp), and
// reply::text_size() and text_to(), which join the lines' bodies.
#ifndef SMTPCODES_DETAIL_REPLY_LINES_HPP
#define SMTPCODES_DETAIL_REPLY_LINES_HPP

#include <cstddef>
#include <string_view>

#include "config.hpp"
#include "folded_text.hpp"
#include "reply_types.hpp"
#include "status_text.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Forward iterator over reply_lines.
class reply_lines::iterator {
 public:
  constexpr iterator() noexcept = default;
  constexpr iterator(std::string_view raw, std::size_t pos, bool free_text) noexcept
      : raw_(raw), pos_(pos), free_text_(free_text) {
    advance_end();
  }
  [[nodiscard]] constexpr reply_line operator*() const noexcept {
    reply_line l{};
    if (free_text_) {
      // One folded text: segment boundaries are the repeated "550-5.1.1" prefixes.
      const std::string_view seg = raw_.substr(pos_, end_ - pos_);
      l.line = seg;
      const std::size_t skip = seg.size() < 4 ? seg.size() : 4;
      l.text = seg.substr(skip);
      while (!l.text.empty() && l.text.back() == ' ') l.text.remove_suffix(1);
      l.body = detail::strip_status(l.text);
      l.last = end_ >= raw_.size();
      return l;
    }
    std::string_view line = raw_.substr(pos_, end_ - pos_);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    l.line = line;
    l.text = line.size() > 4 ? line.substr(4) : std::string_view{};
    l.body = detail::strip_status(l.text);
    l.last = line.size() < 4 || line[3] != '-';
    return l;
  }
  constexpr iterator& operator++() noexcept {
    pos_ = end_;
    advance_end();
    return *this;
  }
  constexpr iterator operator++(int) noexcept {
    iterator old = *this;
    ++*this;
    return old;
  }
  [[nodiscard]] friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept {
    return a.pos_ == b.pos_;
  }
  [[nodiscard]] friend constexpr bool operator!=(const iterator& a, const iterator& b) noexcept {
    return a.pos_ != b.pos_;
  }

 private:
  constexpr void advance_end() noexcept {
    if (pos_ >= raw_.size()) {
      pos_ = end_ = raw_.size();
      return;
    }
    if (!free_text_) {
      const std::size_t lf = raw_.find('\n', pos_);
      end_ = lf == std::string_view::npos ? raw_.size() : lf + 1;
      return;
    }
    // Folded multi-line text: the rule of detail/folded_text.hpp.
    enhanced_status ignored{};
    bool hash = false;
    const std::size_t used =
        raw_.size() > 4 ? detail::leading_status(raw_.substr(4), ignored, hash) : 0;
    end_ = detail::next_fold(raw_, pos_, detail::fold_status_token(raw_, used));
  }

  std::string_view raw_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool free_text_ = false;
};

constexpr reply_lines::iterator reply_lines::begin() const noexcept {
  return iterator{raw_, 0, free_text_};
}
constexpr reply_lines::iterator reply_lines::end() const noexcept {
  return iterator{raw_, raw_.size(), free_text_};
}

constexpr std::size_t reply::text_size(char separator) const noexcept {
  std::size_t n = 0;
  bool first = true;
  for (const reply_line l : lines()) {
    if (!first && separator != '\0') ++n;
    n += l.body.size();
    first = false;
  }
  return n;
}

constexpr std::string_view reply::text_to(char* out, std::size_t capacity,
                                          char separator) const noexcept {
  std::size_t n = 0;
  bool first = true;
  for (const reply_line l : lines()) {
    if (!first && separator != '\0' && n < capacity) out[n++] = separator;
    const std::size_t take = l.body.size() < capacity - n ? l.body.size() : capacity - n;
    if (SMTPCODES_RUN_FAST() && take != 0) {
      SMTPCODES_MEMCPY(out + n, l.body.data(), take);
      n += take;
    } else {
      for (std::size_t i = 0; i < take; ++i) out[n++] = l.body[i];
    }
    first = false;
  }
  return std::string_view{out, n};
}

}  // namespace v1
}  // namespace smtpcodes

#endif
