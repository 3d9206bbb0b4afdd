// Input for smtp-explain: byte sources (a file or standard input, plain or
// gzip-compressed, told apart by the gzip magic bytes of RFC 1952 §2.3.1) and
// line_reader, which splits them into lines with memory bounded by a maximum
// line length, whatever the input. Used by scan; bounce and any subcommand
// that reads files line by line can use it as it is.
#ifndef SMTP_EXPLAIN_LINE_READER_HPP
#define SMTP_EXPLAIN_LINE_READER_HPP

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace smtp_explain {

/// Where bytes come from. read() fills `out` with up to `n` bytes and returns
/// how many; 0 at the end of the input, -1 on an error (see error()).
class byte_source {
 public:
  virtual ~byte_source() = default;
  virtual long read(char* out, std::size_t n) = 0;
  /// Waits up to `ms` milliseconds for input; false when none came (a pipe
  /// or terminal with nothing to read yet). Files are always ready.
  virtual bool wait_readable(int ms) {
    (void)ms;
    return true;
  }
  /// Bytes taken from the file so far (compressed bytes for gzip): for
  /// progress; safe to call while another thread reads.
  [[nodiscard]] virtual std::uint64_t position() const = 0;
  /// The file's size when known (a regular file), else 0: for progress.
  [[nodiscard]] virtual std::uint64_t size() const = 0;
  /// What went wrong, after read() returned -1.
  [[nodiscard]] const std::string& error() const { return error_; }
  /// True when the input is gzip-compressed (decompressed as it is read).
  [[nodiscard]] virtual bool compressed() const { return false; }

 protected:
  std::string error_;
};

/// Opens `path` ("-" is standard input) for reading; gzip input (by its magic
/// bytes, whatever the name) is decompressed. Returns nullptr and sets
/// `error` for a directory, a file that cannot be opened, or gzip input when
/// built without zlib.
std::unique_ptr<byte_source> open_input(const std::string& path, std::string& error);

/// Lines of a byte_source, without their line ends ("\n" or "\r\n").
///
/// Memory is fixed: one buffer of `max_line + block` bytes, two with
/// `read_ahead`, whatever the input. A line longer than `max_line` is returned
/// cut to its first `max_line` bytes with truncated() true, and the rest of it
/// is skipped. With `read_ahead` a second thread reads (and decompresses) the
/// next block while the caller works on this one. The returned view lives
/// until the next call of next().
class line_reader {
 public:
  line_reader(byte_source& source, std::size_t max_line, bool read_ahead = false,
              std::size_t block = std::size_t{1} << 20)
      : source_(source),
        max_line_(max_line == 0 ? 1 : max_line),
        block_(block == 0 ? 1 : block),
        pos_(max_line_),
        end_(max_line_),
        base_(-static_cast<std::int64_t>(max_line_)) {
    buffer_[0].reset(new char[max_line_ + block_]);
    if (read_ahead) {
      buffer_[1].reset(new char[max_line_ + block_]);
      reader_ = std::thread([this] { read_ahead_loop(); });
    }
  }
  ~line_reader() {
    if (reader_.joinable()) {
      {
        const std::lock_guard<std::mutex> lock(mutex_);
        stop_ = true;
      }
      changed_.notify_all();
      reader_.join();
    }
  }
  line_reader(const line_reader&) = delete;
  line_reader& operator=(const line_reader&) = delete;

  /// The next line; false at the end of the input or after a read error
  /// (failed() tells which; the source's error() says what happened).
  bool next(std::string_view& line) {
    for (;;) {
      if (pos_ < end_) {
        char* const start = data() + pos_;
        const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
        if (nl != nullptr) {
          const std::size_t length = static_cast<std::size_t>(nl - start);
          const std::size_t next = pos_ + length + 1;
          if (skipping_) {  // the end of an over-long line already returned
            skipping_ = false;
            advance(next);
            continue;
          }
          if (length > max_line_) return emit(line, max_line_, next, true);
          return emit(line, length, next, false);
        }
        if (skipping_) {
          advance(end_);
        } else if (end_ - pos_ > max_line_) {
          skipping_ = true;
          return emit(line, max_line_, pos_ + max_line_, true);
        }
      }
      if (at_end_) {
        if (pos_ < end_ && !skipping_) return emit(line, end_ - pos_, end_, false);
        return false;
      }
      fill();
    }
  }

  /// Line number of the line last returned, from 1.
  [[nodiscard]] std::uint64_t line_number() const { return line_number_; }
  /// Offset of its first byte in the (decompressed) input.
  [[nodiscard]] std::uint64_t line_offset() const { return line_offset_; }
  /// The line last returned was longer than max_line: cut, the rest skipped.
  [[nodiscard]] bool truncated() const { return truncated_; }
  /// The line last returned holds a NUL byte (binary data).
  [[nodiscard]] bool has_nul() const { return has_nul_; }
  /// Offset of that NUL byte in the input.
  [[nodiscard]] std::uint64_t nul_offset() const { return nul_offset_; }
  /// The input ended with a read error rather than at its end.
  [[nodiscard]] bool failed() const { return failed_; }
  /// Bytes of the (decompressed) input read so far.
  [[nodiscard]] std::uint64_t bytes() const {
    return static_cast<std::uint64_t>(base_ + static_cast<std::int64_t>(end_));
  }
  [[nodiscard]] std::size_t max_line() const { return max_line_; }

 private:
  char* data() { return buffer_[current_].get(); }

  // Returns the `length` bytes at pos_ as the next line (`cut`: the first
  // max_line bytes of a longer one) and moves on to `next`.
  bool emit(std::string_view& line, std::size_t length, std::size_t next, bool cut) {
    char* const start = data() + pos_;
    has_nul_ = nul_ < pos_ + length;
    if (has_nul_) nul_offset_ = offset(nul_);
    line_offset_ = offset(pos_);
    ++line_number_;
    truncated_ = cut;
    if (!cut && length != 0 && start[length - 1] == '\r') --length;
    line = std::string_view(start, length);
    advance(next);
    return true;
  }
  std::uint64_t offset(std::size_t at) const {
    return static_cast<std::uint64_t>(base_ + static_cast<std::int64_t>(at));
  }
  // Moves pos_ to `to`, keeping nul_ at or after it.
  void advance(std::size_t to) {
    pos_ = to;
    if (nul_ != npos && nul_ < pos_) find_nul(pos_);
  }
  // The first NUL at or after `from` in the buffer, or npos.
  void find_nul(std::size_t from) {
    const void* z = from < end_ ? std::memchr(data() + from, '\0', end_ - from) : nullptr;
    nul_ = z == nullptr ? npos : static_cast<std::size_t>(static_cast<const char*>(z) - data());
  }

  // The unread bytes (at most max_line of them: a longer run was cut) go just
  // before the new block, which is read into [max_line, max_line + block).
  void fill() {
    const std::size_t keep = skipping_ ? 0 : end_ - pos_;
    long n;
    std::size_t target = current_;
    if (reader_.joinable()) {
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [this] { return filled_; });
      n = filled_bytes_;
      target = 1 - current_;
      lock.unlock();
    } else {
      std::memmove(data() + max_line_ - keep, data() + pos_, keep);
      n = source_.read(data() + max_line_, block_);
    }
    if (target != current_) {
      std::memcpy(buffer_[target].get() + max_line_ - keep, data() + pos_, keep);
      {  // hand the buffer just read back to the reading thread
        const std::lock_guard<std::mutex> lock(mutex_);
        filled_ = false;
      }
      changed_.notify_all();
    }
    base_ += static_cast<std::int64_t>(pos_) - static_cast<std::int64_t>(max_line_ - keep);
    current_ = target;
    pos_ = max_line_ - keep;
    end_ = max_line_ + (n > 0 ? static_cast<std::size_t>(n) : 0);
    if (n <= 0) {
      at_end_ = true;
      failed_ = n < 0;
    }
    find_nul(pos_);
  }

  // The reading thread: fills the buffer the caller is not using, then waits
  // until the caller has taken it.
  void read_ahead_loop() {
    std::size_t target = 1;
    for (;;) {
      while (!source_.wait_readable(100)) {
        const std::lock_guard<std::mutex> lock(mutex_);
        if (stop_) return;
      }
      const long n = source_.read(buffer_[target].get() + max_line_, block_);
      std::unique_lock<std::mutex> lock(mutex_);
      filled_bytes_ = n;
      filled_ = true;
      changed_.notify_all();
      if (n <= 0) return;
      changed_.wait(lock, [this] { return !filled_ || stop_; });
      if (stop_) return;
      target = 1 - target;
    }
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  byte_source& source_;
  std::size_t max_line_;
  std::size_t block_;
  std::unique_ptr<char[]> buffer_[2];
  std::size_t current_ = 0;
  std::size_t pos_, end_;   // unread bytes: [pos_, end_) of the current buffer
  std::size_t nul_ = npos;  // the first NUL at or after pos_, or npos
  std::int64_t base_;       // input offset of the current buffer's first byte
  std::uint64_t line_number_ = 0, line_offset_ = 0, nul_offset_ = 0;
  bool skipping_ = false, at_end_ = false, failed_ = false, truncated_ = false, has_nul_ = false;
  // Read-ahead: the thread's buffer is filled_ with filled_bytes_ (0 at the
  // end, -1 on an error) until the caller takes it.
  std::thread reader_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool filled_ = false, stop_ = false;
  long filled_bytes_ = 0;
};

}  // namespace smtp_explain

#endif
