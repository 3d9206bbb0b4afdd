// The byte sources behind line_reader: a file descriptor read in large
// blocks, and zlib inflating gzip members (RFC 1952) from one.
#include "line_reader.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
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

}  // namespace smtp_explain
