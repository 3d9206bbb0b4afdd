// Streaming reply reader for clients reading a socket: accepts chunks of any
// size (one byte included) and yields complete replies from a bounded buffer
// owned by the reader. Parsing itself is parse_reply() (reply.hpp).
#ifndef SMTPCODES_REPLY_READER_HPP
#define SMTPCODES_REPLY_READER_HPP

#include <array>
#include <cstddef>
#include <cstring>

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
/// A reply larger than the buffer yields parse_error::reply_too_large and is
/// skipped up to the end of the line being read. No allocation, no exception.
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
      if (n != 0) std::memmove(buffer_.data() + end_, chunk.data(), n);
    } else {
      for (std::size_t i = 0; i < n; ++i) buffer_[end_ + i] = chunk[i];
    }
    if (discarding_) {
      // Skipping the rest of an over-long line or reply: drop up to the next LF.
      const std::string_view fresh{buffer_.data() + end_, n};
      const std::size_t lf = fresh.find('\n');
      if (lf == std::string_view::npos) return n;  // still inside the bad line
      discarding_ = false;
      const std::size_t keep = n - (lf + 1);
      if (SMTPCODES_RUN_FAST()) {
        if (keep != 0) std::memmove(buffer_.data() + end_, buffer_.data() + end_ + lf + 1, keep);
      } else {
        for (std::size_t i = 0; i < keep; ++i) buffer_[end_ + i] = buffer_[end_ + lf + 1 + i];
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
    if (r.error == parse_error::incomplete) {
      if (pending.size() == Capacity) {
        // A reply that cannot fit: report it and drop it through the current line.
        r.error = parse_error::reply_too_large;
        r.consumed = Capacity;
        discarding_ = buffer_[Capacity - 1] != '\n';
        begin_ = end_;
      }
      return r;
    }
    begin_ += r.consumed;
    if (r.error == parse_error::line_too_long) skip_rest_of_line();
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
  constexpr void reset() noexcept { begin_ = end_ = 0, discarding_ = false; }

 private:
  constexpr void skip_rest_of_line() noexcept {
    for (std::size_t i = begin_; i < end_; ++i) {
      if (buffer_[i] == '\n') {
        begin_ = i + 1;
        return;
      }
    }
    begin_ = end_;
    discarding_ = true;
  }

  constexpr void compact() noexcept {
    if (begin_ == 0) return;
    const std::size_t n = end_ - begin_;
    if (SMTPCODES_RUN_FAST()) {
      if (n != 0) std::memmove(buffer_.data(), buffer_.data() + begin_, n);
    } else {
      for (std::size_t i = 0; i < n; ++i) buffer_[i] = buffer_[begin_ + i];
    }
    begin_ = 0;
    end_ = n;
  }

  std::array<char, Capacity> buffer_{};
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool discarding_ = false;
  parse_options options_{};
};

/// The default reader: 64 KiB, enough for any reply within the default limits
/// that a real server sends (an EHLO reply is well under 1 KiB).
using reply_reader = basic_reply_reader<65536>;

}  // namespace v1
}  // namespace smtpcodes

#endif
