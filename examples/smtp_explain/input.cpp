// The byte sources behind block_reader (a file descriptor read in large
// blocks, and zlib inflating gzip members (RFC 1952) from one) and the
// reading thread that cuts their bytes into blocks of whole lines.
#include "input.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <vector>

#if defined(SMTP_EXPLAIN_HAVE_ZLIB)
#include <zlib.h>
#endif

namespace smtp_explain {
namespace {

// A file or standard input; bytes peeked at by open_input() come first.
class fd_source final : public byte_source {
 public:
  fd_source(int fd, bool owned, std::uint64_t size, bool regular)
      : fd_(fd), owned_(owned), regular_(regular), size_(size) {}
  ~fd_source() override {
    if (owned_) ::close(fd_);
  }
  fd_source(const fd_source&) = delete;
  fd_source& operator=(const fd_source&) = delete;

  long read(char* out, std::size_t n) override {
    if (peeked_used_ < peeked_.size()) {
      const std::size_t k = std::min(n, peeked_.size() - peeked_used_);
      std::memcpy(out, peeked_.data() + peeked_used_, k);
      peeked_used_ += k;
      return static_cast<long>(k);
    }
    for (;;) {
      const ssize_t r = ::read(fd_, out, n);
      if (r >= 0) {
        position_.fetch_add(static_cast<std::uint64_t>(r), std::memory_order_relaxed);
        return static_cast<long>(r);
      }
      if (errno == EINTR) continue;
      error_ = std::strerror(errno);
      return -1;
    }
  }
  bool wait_readable(int ms) override {
    if (regular_ || peeked_used_ < peeked_.size()) return true;
    pollfd p{fd_, POLLIN, 0};
    const int r = ::poll(&p, 1, ms);
    return r != 0;  // ready, or an error that read() will report
  }
  [[nodiscard]] std::uint64_t position() const override {
    return position_.load(std::memory_order_relaxed);
  }
  [[nodiscard]] std::uint64_t size() const override { return size_; }

  // Reads up to `n` bytes to look at before they are read() again.
  bool peek(std::size_t n) {
    peeked_.resize(n);
    std::size_t have = 0;
    while (have < n) {
      const ssize_t r = ::read(fd_, peeked_.data() + have, n - have);
      if (r == 0) break;
      if (r < 0) {
        if (errno == EINTR) continue;
        error_ = std::strerror(errno);
        return false;
      }
      have += static_cast<std::size_t>(r);
    }
    peeked_.resize(have);
    position_.fetch_add(have, std::memory_order_relaxed);
    return true;
  }
  [[nodiscard]] std::string_view peeked() const { return {peeked_.data(), peeked_.size()}; }

 private:
  int fd_;
  bool owned_;
  bool regular_;
  std::uint64_t size_;
  std::atomic<std::uint64_t> position_{0};
  std::vector<char> peeked_;
  std::size_t peeked_used_ = 0;
};

#if defined(SMTP_EXPLAIN_HAVE_ZLIB)
// gzip (and concatenated gzip members, as `cat a.gz b.gz` makes) inflated
// with zlib from an fd_source.
class gzip_source final : public byte_source {
 public:
  explicit gzip_source(std::unique_ptr<fd_source> in) : in_(std::move(in)), input_(1 << 18) {
    stream_.zalloc = Z_NULL;
    stream_.zfree = Z_NULL;
    stream_.opaque = Z_NULL;
    ok_ = inflateInit2(&stream_, 15 + 16) == Z_OK;  // 16: gzip wrapper only
    if (!ok_) error_ = "zlib cannot start";
  }
  ~gzip_source() override {
    if (ok_) inflateEnd(&stream_);
  }
  gzip_source(const gzip_source&) = delete;
  gzip_source& operator=(const gzip_source&) = delete;

  long read(char* out, std::size_t n) override {
    if (!ok_) return -1;
    stream_.next_out = reinterpret_cast<Bytef*>(out);
    stream_.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
    while (stream_.avail_out != 0) {
      if (stream_.avail_in == 0 && !input_ended_) {
        const long r = in_->read(input_.data(), input_.size());
        if (r < 0) return fail(in_->error());
        consumed_.store(in_->position() - static_cast<std::uint64_t>(r), std::memory_order_relaxed);
        if (r == 0) {
          input_ended_ = true;
        } else {
          stream_.next_in = reinterpret_cast<Bytef*>(input_.data());
          stream_.avail_in = static_cast<uInt>(r);
        }
      }
      if (stream_.avail_in == 0 && input_ended_) {
        if (in_member_) return fail("the gzip data ends early (truncated file)");
        break;
      }
      in_member_ = true;
      const int z = inflate(&stream_, Z_NO_FLUSH);
      if (z == Z_STREAM_END) {  // a member ended; another may follow
        in_member_ = false;
        if (inflateReset(&stream_) != Z_OK) return fail("zlib cannot restart");
        continue;
      }
      if (z != Z_OK && z != Z_BUF_ERROR)
        return fail(std::string("corrupt gzip data: ") +
                    (stream_.msg != nullptr ? stream_.msg : "inflate failed"));
    }
    return static_cast<long>(
        static_cast<std::size_t>(reinterpret_cast<char*>(stream_.next_out) - out));
  }
  bool wait_readable(int ms) override { return stream_.avail_in != 0 || in_->wait_readable(ms); }
  [[nodiscard]] std::uint64_t position() const override {
    return consumed_.load(std::memory_order_relaxed);
  }
  [[nodiscard]] std::uint64_t size() const override { return in_->size(); }
  [[nodiscard]] bool compressed() const override { return true; }

 private:
  long fail(const std::string& message) {
    error_ =
        message + " (compressed byte " + std::to_string(in_->position() - stream_.avail_in) + ")";
    return -1;
  }
  std::unique_ptr<fd_source> in_;
  std::vector<char> input_;
  z_stream stream_{};
  bool ok_ = false;
  bool input_ended_ = false;
  bool in_member_ = false;
  std::atomic<std::uint64_t> consumed_{0};  // compressed bytes read before the current input block
};
#endif

}  // namespace

std::unique_ptr<byte_source> open_input(const std::string& path, std::string& error) {
  int fd = 0;
  const bool is_stdin = path == "-";
  if (!is_stdin) {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      error = std::strerror(errno);
      return nullptr;
    }
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    error = std::strerror(errno);
    if (!is_stdin) ::close(fd);
    return nullptr;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "is a directory";
    if (!is_stdin) ::close(fd);
    return nullptr;
  }
#if defined(F_SETPIPE_SZ)
  // A larger pipe buffer: fewer, larger reads when another program writes to us.
  if (S_ISFIFO(st.st_mode)) (void)::fcntl(fd, F_SETPIPE_SZ, 1 << 20);
#endif
  const std::uint64_t size = S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
  auto source = std::make_unique<fd_source>(fd, !is_stdin, size, S_ISREG(st.st_mode));
  if (!source->peek(2)) {
    error = source->error();
    return nullptr;
  }
  const std::string_view head = source->peeked();
  if (head.size() == 2 && head[0] == '\x1f' && head[1] == '\x8b') {
#if defined(SMTP_EXPLAIN_HAVE_ZLIB)
    return std::make_unique<gzip_source>(std::move(source));
#else
    error = "is gzip-compressed, and this smtp-explain was built without zlib";
    return nullptr;
#endif
  }
  return source;
}

block_reader::block_reader(byte_source& source, std::size_t max_line, std::size_t block_size,
                           std::size_t blocks)
    : source_(source),
      max_line_(max_line == 0 ? 1 : max_line),
      block_size_(block_size == 0 ? 1 : block_size),
      buffers_(blocks < 2 ? 2 : blocks) {
  for (std::size_t i = buffers_.size(); i-- > 0;) {
    buffers_[i].block.slot = i;
    free_.push_back(i);
  }
  thread_ = std::thread([this] { read_loop(); });
}

block_reader::~block_reader() {
  stop();
  thread_.join();
}

line_block* block_reader::next() {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return !ready_.empty() || done_ || stop_; });
  if (stop_ || ready_.empty()) return nullptr;
  const std::size_t slot = ready_.front();
  ready_.pop_front();
  return &buffers_[slot].block;
}

void block_reader::release(line_block* block) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(block->slot);
  }
  changed_.notify_all();
}

void block_reader::stop() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
}

bool block_reader::failed() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return failed_;
}

std::uint64_t block_reader::bytes() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return bytes_;
}

// A free buffer (allocated on first use), or npos after stop().
std::size_t block_reader::acquire() {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return !free_.empty() || stop_; });
  if (stop_) return static_cast<std::size_t>(-1);
  const std::size_t slot = free_.back();
  free_.pop_back();
  lock.unlock();
  buffer& b = buffers_[slot];
  if (!b.bytes) b.bytes.reset(new char[max_line_ + block_size_ + padding]);
  return slot;
}

void block_reader::publish(std::size_t slot, std::size_t start, std::size_t size, bool cut,
                           std::uint64_t offset) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    line_block& b = buffers_[slot].block;
    b.data = buffers_[slot].bytes.get() + start;
    b.size = size;
    b.cut = cut;
    b.offset = offset;
    b.sequence = sequence_++;
    b.slot = slot;
    ready_.push_back(slot);
  }
  changed_.notify_all();
}

void block_reader::finish(bool failed) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    done_ = true;
    failed_ = failed;
  }
  changed_.notify_all();
}

// Up to `n` bytes: one read, then more while the source has them at once
// (a pipe's writer may be slower than us; its lines are not held back).
// Returns 0 at the end of the input or after stop(), -1 on an error; bytes
// read before an end or an error come first.
long block_reader::read_some(char* out, std::size_t n) {
  if (pending_ <= 0) return pending_;
  while (!source_.wait_readable(100)) {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (stop_) return 0;
  }
  std::size_t got = 0;
  while (got < n) {
    if (got != 0 && !source_.wait_readable(0)) break;
    const long r = source_.read(out + got, n - got);
    if (r <= 0) {
      pending_ = r;
      break;
    }
    got += static_cast<std::size_t>(r);
  }
  if (got == 0) return pending_;
  const std::lock_guard<std::mutex> lock(mutex_);
  bytes_ += got;
  return static_cast<long>(got);
}

// Buffer `a` holds `have` bytes of a line begun in the previous block, then
// each read. The whole lines go out as a block; the bytes after the last
// line end move to the start of the next buffer. When they are more than
// max_line, their first max_line bytes end the block as a cut line and the
// input is skipped up to the next line end.
void block_reader::read_loop() {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::size_t a = acquire();
  std::size_t have = 0;
  std::uint64_t offset = 0;  // input offset of buffer a's first byte
  bool skipping = false;
  while (a != none) {
    char* const p = buffers_[a].bytes.get();
    const long n = read_some(p + have, block_size_);
    if (n <= 0) {  // the end, or an error: the bytes carried are the last line
      if (have != 0) {
        std::memset(p + have, 0, padding);
        publish(a, 0, have, false, offset);
      } else {
        release(&buffers_[a].block);
      }
      finish(n < 0);
      return;
    }
    const std::size_t end = have + static_cast<std::size_t>(n);
    std::memset(p + end, 0, padding);
    std::size_t start = 0;
    if (skipping) {  // the rest of a cut line, up to its line end
      const void* nl = std::memchr(p, '\n', end);
      if (nl == nullptr) {
        offset += end;
        have = 0;
        continue;
      }
      start = static_cast<std::size_t>(static_cast<const char*>(nl) - p) + 1;
      skipping = false;
    }
    // The bytes carried over hold no line end: only the new ones are searched
    // (a line much longer than a block is then not searched again per read).
    const std::size_t from = start > have ? start : have;
    const void* last = ::memrchr(p + from, '\n', end - from);
    const std::size_t tail =
        last == nullptr ? start : static_cast<std::size_t>(static_cast<const char*>(last) - p) + 1;
    const bool cut = end - tail > max_line_;
    if (!cut && tail == start) {  // no line ends yet: read on into this buffer
      std::memmove(p, p + start, end - start);
      offset += start;
      have = end - start;
      continue;
    }
    const std::size_t b = acquire();
    const std::size_t carry = cut ? 0 : end - tail;
    if (b != none) std::memcpy(buffers_[b].bytes.get(), p + tail, carry);
    publish(a, start, (cut ? tail + max_line_ : tail) - start, cut, offset + start);
    skipping = cut;
    offset += cut ? end : tail;
    have = carry;
    a = b;
  }
  finish(false);
}

}  // namespace smtp_explain
