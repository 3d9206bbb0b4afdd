// Streaming reply reader for clients reading a socket: accepts chunks of any
// size (one byte included) and yields complete replies from a bounded buffer
// owned by the reader. Parsing itself is parse_reply() (reply.hpp).
#ifndef SMTPCODES_REPLY_READER_HPP
#define SMTPCODES_REPLY_READER_HPP

#include <array>
#include <cstddef>

#include "detail/config.hpp"
#include "detail/reply_parser.hpp"
#include "detail/reply_types.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Reads replies from a byte stream into a fixed buffer of `Capacity` bytes.
///
///     smtpcodes::reply_reader reader;
///     while (reading) {
///       std::string_view chunk = ...;                  // bytes from the socket
///       while (!chunk.empty()) {
///         chunk.remove_prefix(reader.feed(chunk));
///         for (auto r = reader.next(); r.error != parse_error::incomplete; r = reader.next())
///           handle(r);                                 // views valid until the next feed()
///       }
///     }
///
/// A reply larger than the buffer yields parse_error::reply_too_large. After
/// that or any other error the rest of the broken reply is skipped: the rest
/// of the bad line and, when that line is a continuation line ("250-..."),
/// the lines after it up to the reply's last line, so that the next result
/// is the next reply and never the tail of the broken one. No allocation, no
/// exception.
template <std::size_t Capacity>
class basic_reply_reader {
  static_assert(Capacity >= 16, "the reader needs room for at least one short line");

 public:
  constexpr basic_reply_reader() noexcept = default;
  constexpr explicit basic_reply_reader(const parse_options& options) noexcept
      : options_(options) {}

  /// Copies as many bytes of `chunk` as fit into the buffer; returns how many.
  /// Invalidates the views of replies returned earlier.
  constexpr std::size_t feed(std::string_view chunk) noexcept {
    compact();
    std::size_t n = Capacity - end_;
    if (chunk.size() < n) n = chunk.size();
    if (SMTPCODES_RUN_FAST()) {
      if (n != 0) SMTPCODES_MEMMOVE(buffer_.data() + end_, chunk.data(), n);
    } else {
      for (std::size_t i = 0; i < n; ++i) buffer_[end_ + i] = chunk[i];
    }
    if (skipping_) {
      // Still inside a broken reply: drop its bytes, keep what follows it.
      const std::size_t dropped = skip(end_, end_ + n);
      const std::size_t keep = n - dropped;
      if (SMTPCODES_RUN_FAST()) {
        if (keep != 0)
          SMTPCODES_MEMMOVE(buffer_.data() + end_, buffer_.data() + end_ + dropped, keep);
      } else {
        for (std::size_t i = 0; i < keep; ++i) buffer_[end_ + i] = buffer_[end_ + dropped + i];
      }
      end_ += keep;
      return n;
    }
    end_ += n;
    return n;
  }

  /// The next complete reply, or a result with parse_error::incomplete when
  /// more bytes are needed. After another error the bad bytes are skipped, so
  /// the caller may keep reading (or close the connection).
  constexpr parse_result next() noexcept {
    const std::string_view pending{buffer_.data() + begin_, end_ - begin_};
    parse_result r = detail::parse_wire_reply(pending, options_);
    if (r.error == parse_error::none) {
      begin_ += r.consumed;
    } else if (r.error != parse_error::incomplete) {
      skip_broken_reply(begin_ + r.consumed);
    } else if (pending.size() == Capacity) {
      // A reply that cannot fit: report it and drop the rest of it.
      r.error = parse_error::reply_too_large;
      r.consumed = Capacity;
      skip_broken_reply(begin_ + Capacity);
    }
    return r;
  }

  /// Bytes received but not yet returned as a reply.
  [[nodiscard]] constexpr std::size_t buffered() const noexcept { return end_ - begin_; }
  /// Free room for feed() after compaction.
  [[nodiscard]] constexpr std::size_t available() const noexcept {
    return Capacity - (end_ - begin_);
  }
  [[nodiscard]] static constexpr std::size_t capacity() noexcept { return Capacity; }
  /// Forgets everything buffered (for example after STARTTLS, RFC 3207 §4).
  constexpr void reset() noexcept { begin_ = end_ = 0, skipping_ = false; }

 private:
  // A parse error (or a reply too large) ended at `cut`, inside or at the end
  // of the line that started after the last LF before it. Skips from that
  // line's start: the rest of the line and, while the line skipped last was a
  // continuation line, the lines after it, through the buffered bytes; feed()
  // goes on skipping when they run out.
  // Out of line: a cold path, kept out of next()'s loop.
  SMTPCODES_NOINLINE constexpr void skip_broken_reply(std::size_t cut) noexcept {
    std::size_t line = cut - 1;  // the broken reply has at least one byte
    while (line > begin_ && buffer_[line - 1] != '\n') --line;
    skipping_ = true;
    column_ = 0;
    continued_ = true;
    begin_ = line + skip(line, end_);
  }

  // Skips bytes [from, to) of a broken reply and returns how many it skipped:
  // through the LF that ends a line not starting with three digits and "-"
  // (the reply's last line), or all of them. Tracks the first four bytes of
  // the current line in column_ and continued_, so the bytes may come in any
  // pieces.
  constexpr std::size_t skip(std::size_t from, std::size_t to) noexcept {
    std::size_t i = from;
    while (i < to) {
      if (column_ == 4) {  // the line's kind is known: jump to its end
        const std::size_t lf = detail::find_byte(buffer_.data() + i, to - i, '\n');
        if (lf == detail::npos) return to - from;
        i += lf;
      }
      const char c = buffer_[i++];
      if (c == '\n') {
        if (column_ < 4 || !continued_) {
          skipping_ = false;
          return i - from;
        }
        column_ = 0;
        continued_ = true;
      } else if (column_ < 4) {
        continued_ = continued_ && (column_ < 3 ? detail::is_digit(c) : c == '-');
        ++column_;
      }
    }
    return to - from;
  }

  constexpr void compact() noexcept {
    if (begin_ == 0) return;
    const std::size_t n = end_ - begin_;
    if (SMTPCODES_RUN_FAST()) {
      if (n != 0) SMTPCODES_MEMMOVE(buffer_.data(), buffer_.data() + begin_, n);
    } else {
      for (std::size_t i = 0; i < n; ++i) buffer_[i] = buffer_[begin_ + i];
    }
    begin_ = 0;
    end_ = n;
  }

  std::array<char, Capacity> buffer_{};
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool skipping_ = false;     // dropping the rest of a broken reply
  unsigned char column_ = 0;  // bytes of the current skipped line seen, up to 4
  bool continued_ = true;     // those bytes so far match "ddd-"
  parse_options options_{};
};

/// The default reader: 64 KiB, enough for any reply within the default limits
/// that a real server sends (an EHLO reply is well under 1 KiB).
using reply_reader = basic_reply_reader<65536>;

}  // namespace v1
}  // namespace smtpcodes

#endif
