// Input for smtp-explain: byte sources (a file or standard input, plain or
// gzip, told apart by the magic bytes of RFC 1952 §2.3.1) and block_reader, a
// thread that hands out blocks of whole lines to other threads, in memory
// bounded by the block count and the maximum line length. Used by scan.
#ifndef SMTP_EXPLAIN_INPUT_HPP
#define SMTP_EXPLAIN_INPUT_HPP

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

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

/// A block of whole lines from block_reader: each line ends with '\n', but
/// the last one may have no line end (the input ends there, or `cut`).
struct line_block {
  char* data = nullptr;
  std::size_t size = 0;
  /// The last line is the first max_line bytes of a longer line, whose rest
  /// was skipped.
  bool cut = false;
  std::uint64_t offset = 0;    ///< input offset of data[0] (decompressed bytes)
  std::uint64_t sequence = 0;  ///< 0, 1, 2, ... in input order
  std::size_t slot = 0;        ///< which of the reader's buffers holds it
};

/// A thread that reads a byte_source in large reads (and decompresses it)
/// into a ring of buffers, and hands out blocks of whole lines in input
/// order to any number of threads, which give each buffer back when done.
///
/// Memory is fixed: `blocks` buffers of `block_size + max_line` bytes (and a
/// little padding). A line longer than `max_line` is cut to its first
/// `max_line` bytes at the end of a block (`line_block::cut`) when it does not
/// fit; the rest of it is skipped. A pipe is read as soon as it has bytes, so
/// that a slow writer's lines are not held back, and as long as it has more.
/// After each block's end at least `padding` bytes are readable (zeros
/// or the next bytes of the input).
class block_reader {
 public:
  static constexpr std::size_t padding = 64;

  block_reader(byte_source& source, std::size_t max_line, std::size_t block_size = 1u << 20,
               std::size_t blocks = 4);
  ~block_reader();
  block_reader(const block_reader&) = delete;
  block_reader& operator=(const block_reader&) = delete;

  /// The next block in input order, waiting for it; nullptr at the end of the
  /// input, after a read error (failed()) or after stop(). Thread-safe.
  line_block* next();
  /// Gives a block's buffer back to the reader. Thread-safe; any order.
  void release(line_block* block);
  /// Asks the reading thread to stop (the output failed): next() returns
  /// nullptr from now on. Thread-safe.
  void stop();

  /// After next() returned nullptr: whether a read error ended the input
  /// (the source's error() says what happened).
  [[nodiscard]] bool failed() const;
  /// Bytes of the (decompressed) input read so far. Thread-safe.
  [[nodiscard]] std::uint64_t bytes() const;
  [[nodiscard]] const byte_source& source() const { return source_; }

 private:
  struct buffer {
    std::unique_ptr<char[]> bytes;
    line_block block;
  };
  void read_loop();
  long read_some(char* out, std::size_t n);
  std::size_t acquire();
  void publish(std::size_t slot, std::size_t start, std::size_t size, bool cut,
               std::uint64_t offset);
  void finish(bool failed);

  byte_source& source_;
  std::size_t max_line_, block_size_;
  std::vector<buffer> buffers_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::size_t> free_;  // buffers the reader may fill
  std::deque<std::size_t> ready_;  // blocks to hand out, in input order
  std::uint64_t sequence_ = 0, bytes_ = 0;
  long pending_ = 1;  // 0: the source has ended; -1: it failed after the bytes already read
  bool done_ = false, failed_ = false, stop_ = false;
  std::thread thread_;
};

}  // namespace smtp_explain

#endif
