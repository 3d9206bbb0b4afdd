// smtp-probe: a small POSIX-socket SMTP client that runs a scripted session
// and prints every reply explained and advised by smtpcodes. Replies are read
// with reply_reader straight from the socket. Every session ends, bounded in
// time and output, whatever the server does, and the exit status says how it
// ended (usage_text below; docs/smtp-probe.md).
//
// Script: one command per line (sent as written, CRLF added); blank lines and
// lines starting with '#' are skipped; "WAIT n" waits n seconds for replies
// the server sends on its own; after "DATA" come the message lines up to a
// line holding a single ".". Without --script the session is EHLO, QUIT.
#include <smtpcodes/render.hpp>
#include <smtpcodes/smtpcodes.hpp>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace smtpcodes;
using steady = std::chrono::steady_clock;
using std::chrono::milliseconds;

// Exit statuses; usage_text documents them.
enum exit_status : int {
  exit_ok = 0,        // the script ran to its end (whatever the replies said)
  exit_failure = 1,   // name not resolved, connection refused, script or output unusable
  exit_usage = 2,     // bad command line or script syntax
  exit_refused = 3,   // the server refused the session: a 4xx/5xx greeting or a 421
  exit_limit = 4,     // --timeout, --max-time or --max-output reached
  exit_lost = 5,      // the server closed or reset the connection before the script ended
  exit_protocol = 6,  // a malformed or over-long reply, or replies nobody asked for
};

constexpr const char* usage_text =
    "usage: smtp-probe HOST PORT [--script FILE] [--format text|json] [--verbose]\n"
    "                  [--timeout SECONDS] [--max-time SECONDS] [--max-output BYTES]\n"
    "       smtp-probe --help | --version\n"
    "\n"
    "Runs a scripted SMTP session over a plain socket and prints every reply with\n"
    "its explanation and advice.\n"
    "\n"
    "options:\n"
    "  --script FILE       one command per line; \"WAIT n\" waits n seconds for\n"
    "                      replies the server sends on its own; after DATA the\n"
    "                      message lines up to a line \".\" (default: EHLO, QUIT)\n"
    "  --format F          text or json (one JSON object per line; the last one is\n"
    "                      {\"event\": \"end\", \"result\": ..., \"exit\": N})\n"
    "  --verbose           the whole explanation page of every reply (text)\n"
    "  --timeout SECONDS   time for each complete reply, counted from the command\n"
    "                      (bytes arriving slowly do not extend it); also for\n"
    "                      connecting and for sending a message (default 15)\n"
    "  --max-time SECONDS  time for the whole session, name lookup and connection\n"
    "                      included (default 300)\n"
    "  --max-output BYTES  stop after printing this much (default 1048576); the\n"
    "                      line saying so is written beyond it\n"
    "  -h, --help          this text\n"
    "  --version           the version\n"
    "\n"
    "After a greeting other than 2xx, or a 421 at any time, smtp-probe sends QUIT\n"
    "(when the server still listens), prints its reply and stops; after a\n"
    "malformed reply, more than 16 replies nobody asked for, a timeout or the\n"
    "output limit it sends QUIT without waiting and stops. Everything the server\n"
    "or the script says is printed with control characters, terminal escape\n"
    "sequences and invisible format characters removed.\n"
    "\n"
    "examples:\n"
    "  smtp-probe 127.0.0.1 25\n"
    "  smtp-probe mx.example.com 25 --script session.txt --format json --timeout 30\n"
    "\n"
    "exit status:\n"
    "  0  the script ran to its end (whatever the replies said)\n"
    "  1  the name did not resolve, the connection was refused, the script could\n"
    "     not be read or the output could not be written\n"
    "  2  usage error (command line or script syntax)\n"
    "  3  the server refused the session: a greeting other than 2xx, or a 421\n"
    "  4  a limit was reached: --timeout, --max-time or --max-output\n"
    "  5  the server closed or reset the connection before the script ended\n"
    "  6  protocol error: a malformed or over-long reply, or more than 16\n"
    "     replies nobody asked for\n";

/// Most replies read after a reply before the next command (RFC 5321 allows
/// none but a 421; a server flooding replies is broken or hostile).
constexpr int max_unsolicited = 16;
/// How long smtp-probe listens for replies nobody asked for after each reply.
constexpr milliseconds unsolicited_window{50};

struct options {
  std::string host, port, script;
  format fmt = format::text;
  bool verbose = false;  // full explanation pages instead of the compact summary
  milliseconds timeout{15'000};
  milliseconds max_time{300'000};
  std::uint64_t max_output = 1u << 20;
};

/// "2147484" as milliseconds: 1 to 999,999,999 seconds, digits only.
std::optional<milliseconds> parse_seconds(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  std::int64_t n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n == 0) return std::nullopt;
  return milliseconds{n * 1000};
}

/// A byte count: 1 to 10^15, digits only.
std::optional<std::uint64_t> parse_count(std::string_view s) {
  if (s.empty() || s.size() > 15) return std::nullopt;
  std::uint64_t n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (n == 0) return std::nullopt;
  return n;
}

std::string seconds_text(milliseconds d) { return std::to_string(d.count() / 1000) + " s"; }

int usage(const std::string& why) {
  const std::string text =
      "smtp-probe: " + sanitize_server_text(why) + "\n" + std::string(usage_text);
  std::fwrite(text.data(), 1, text.size(), stderr);
  return exit_usage;
}

/// Standard output with a byte limit; remembers a write error.
class output {
 public:
  explicit output(std::uint64_t limit) : limit_(limit) {}
  /// Writes `s` unless that would pass the limit; false when it did not write.
  bool emit(const std::string& s) {
    if (full_ || failed_) return false;
    if (written_ + s.size() > limit_) {
      full_ = true;
      return false;
    }
    write(s);
    return !failed_;
  }
  /// Writes `s` whatever the limit (the line that ends the session).
  void emit_last(const std::string& s) {
    if (!failed_) write(s);
  }
  [[nodiscard]] bool full() const { return full_; }
  [[nodiscard]] bool failed() const { return failed_; }
  [[nodiscard]] int error() const { return errno_; }

 private:
  void write(const std::string& s) {
    if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size() || std::fflush(stdout) != 0) {
      failed_ = true;
      errno_ = errno;
    }
    written_ += s.size();
  }
  std::uint64_t limit_;
  std::uint64_t written_ = 0;
  bool full_ = false;
  bool failed_ = false;
  int errno_ = 0;
};

/// Milliseconds left until `deadline` for poll(): 0 when passed, at most an hour
/// (callers loop), so no product or cast can overflow.
int poll_wait(steady::time_point deadline) {
  const auto left = std::chrono::duration_cast<milliseconds>(deadline - steady::now()).count();
  if (left <= 0) return 0;
  return static_cast<int>(std::min<std::int64_t>(left + 1, 3'600'000));
}

// Name lookup on a thread of its own, so that --max-time bounds it too
// (getaddrinfo() has no timeout). An abandoned lookup frees its own result.
struct name_lookup {
  std::mutex m;
  std::condition_variable done_cv;
  bool done = false, abandoned = false;
  int rc = 0;
  addrinfo* list = nullptr;
};

enum class open_status { ok, no_name, refused, timeout };

class connection {
 public:
  connection() = default;
  connection(const connection&) = delete;
  connection& operator=(const connection&) = delete;
  ~connection() {
    if (fd_ >= 0) ::close(fd_);
  }

  /// Resolves and connects by `deadline`; `why` says what failed.
  open_status open(const std::string& host, const std::string& port, steady::time_point deadline,
                   std::string& why) {
    auto state = std::make_shared<name_lookup>();
    std::thread([state, host, port] {
      addrinfo hints{};
      hints.ai_family = AF_UNSPEC;
      hints.ai_socktype = SOCK_STREAM;
      addrinfo* list = nullptr;
      const int rc = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &list);
      std::lock_guard<std::mutex> lock(state->m);
      if (state->abandoned) {
        if (rc == 0) ::freeaddrinfo(list);
        return;
      }
      state->rc = rc;
      state->list = rc == 0 ? list : nullptr;
      state->done = true;
      state->done_cv.notify_one();
    }).detach();
    addrinfo* list = nullptr;
    {
      std::unique_lock<std::mutex> lock(state->m);
      if (!state->done_cv.wait_until(lock, deadline, [&] { return state->done; })) {
        state->abandoned = true;
        why = "the name did not resolve in time";
        return open_status::timeout;
      }
      if (state->rc != 0) {
        why = std::string("cannot resolve the name: ") + ::gai_strerror(state->rc);
        return open_status::no_name;
      }
      list = state->list;
    }
    open_status result = open_status::refused;
    why = "no address to connect to";
    for (addrinfo* a = list; a != nullptr; a = a->ai_next) {
      result = connect_one(*a, deadline, why);
      if (result != open_status::refused) break;
    }
    ::freeaddrinfo(list);
    return result;
  }

  enum class sent { ok, timeout, closed };
  /// Sends all of `bytes` by `deadline`.
  sent send_all(std::string_view bytes, steady::time_point deadline) {
    while (!bytes.empty()) {
      const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (n > 0) {
        bytes.remove_prefix(static_cast<std::size_t>(n));
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        pollfd p{fd_, POLLOUT, 0};
        const int wait = poll_wait(deadline);
        if (wait == 0) return sent::timeout;
        if (::poll(&p, 1, wait) < 0 && errno != EINTR) return sent::closed;
        continue;
      }
      eof_ = true;  // EPIPE, ECONNRESET: the server is gone
      return sent::closed;
    }
    return sent::ok;
  }

  enum class status { reply, timeout, closed, closed_mid_reply };
  /// The next complete reply (or malformed one) by `deadline`. Bytes that
  /// arrive do not extend the deadline. `out` views the reader's buffer and
  /// stays valid until the next call.
  status next(parse_result& out, steady::time_point deadline) {
    for (;;) {
      out = reader_.next();
      if (out.error != parse_error::incomplete) return status::reply;
      if (inbox_begin_ < inbox_end_) {
        // next() said incomplete, so the reader has room: feed() takes bytes.
        inbox_begin_ +=
            reader_.feed(std::string_view(inbox_.data() + inbox_begin_, inbox_end_ - inbox_begin_));
        continue;
      }
      if (eof_) return reader_.buffered() != 0 ? status::closed_mid_reply : status::closed;
      const int wait = poll_wait(deadline);
      if (wait == 0) return status::timeout;
      pollfd p{fd_, POLLIN, 0};
      const int ready = ::poll(&p, 1, wait);
      if (ready < 0 && errno != EINTR) eof_ = true;
      if (ready <= 0) continue;
      const ssize_t n = ::recv(fd_, inbox_.data(), inbox_.size(), 0);
      if (n > 0) {
        inbox_begin_ = 0;
        inbox_end_ = static_cast<std::size_t>(n);
      } else if (n == 0 || (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK)) {
        eof_ = true;  // closed, or reset
      }
    }
  }

  /// Whether the server is known to have closed the connection.
  [[nodiscard]] bool closed() const { return eof_; }

 private:
  open_status connect_one(const addrinfo& a, steady::time_point deadline, std::string& why) {
    const int fd = ::socket(a.ai_family, a.ai_socktype, a.ai_protocol);
    if (fd < 0) {
      why = std::string("cannot create a socket: ") + std::strerror(errno);
      return open_status::refused;
    }
    const int flags = ::fcntl(fd, F_GETFL, 0);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) {
      why = std::string("cannot configure the socket: ") + std::strerror(errno);
      ::close(fd);
      return open_status::refused;
    }
    int err = 0;
    if (::connect(fd, a.ai_addr, a.ai_addrlen) != 0) {
      err = errno;
      if (err == EINPROGRESS || err == EINTR) {
        for (;;) {
          pollfd p{fd, POLLOUT, 0};
          const int wait = poll_wait(deadline);
          if (wait == 0) {
            ::close(fd);
            why = "no connection in time";
            return open_status::timeout;
          }
          const int ready = ::poll(&p, 1, wait);
          if (ready > 0) break;
          if (ready < 0 && errno != EINTR) break;
        }
        socklen_t len = sizeof err;
        if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) err = errno;
      }
    }
    if (err != 0) {
      why = std::string("cannot connect: ") + std::strerror(err);
      ::close(fd);
      return open_status::refused;
    }
    fd_ = fd;
    return open_status::ok;
  }

  int fd_ = -1;
  bool eof_ = false;
  reply_reader reader_;
  std::array<char, 16384> inbox_{};  // received, not yet fed to the reader
  std::size_t inbox_begin_ = 0, inbox_end_ = 0;
};

std::string format_record(const options& o, const std::string& sent, const parse_result& r,
                          smtp_command cmd) {
  const std::string shown = sanitize_server_text(sent);
  if (!r.ok()) {
    if (o.fmt == format::json)
      return "{\"sent\":" + to_json_string(shown) +
             ",\"error\":" + to_json_string(to_string(r.error)) + "}\n";
    return "C: " + shown + "\n!  malformed reply: " + std::string(to_string(r.error)) + "\n\n";
  }
  const advice a = advise(r.value, cmd);
  std::string text(r.value.text_size(), '\0');
  text.resize(r.value.text_to(text.data(), text.size()).size());
  if (o.fmt == format::json) {
    // One JSON object per line (JSON Lines), for scripts and tests.
    const std::string status =
        r.value.status ? to_json_string(to_chars(*r.value.status).view()) : "null";
    return "{\"sent\":" + to_json_string(shown) +
           ",\"command\":" + to_json_string(to_identifier(cmd)) +
           ",\"code\":" + std::to_string(r.value.code) + ",\"enhanced\":" + status +
           ",\"lines\":" + std::to_string(r.value.line_count) +
           ",\"action\":" + to_json_string(to_string(a.what)) +
           ",\"scope\":" + to_json_string(to_string(a.applies_to)) +
           ",\"bounce\":" + to_json_string(to_string(a.bounce)) +
           ",\"reason\":" + to_json_string(to_string(a.reason)) +
           ",\"delay\":" + std::to_string(a.delay.count()) +
           ",\"close\":" + (a.close_connection ? "true" : "false") +
           ",\"text\":" + to_json_string(sanitize_server_text(text)) + "}\n";
  }
  std::string s;
  if (!shown.empty()) s += "C: " + shown + "\n";
  for (const reply_line l : r.value.lines()) s += "S: " + sanitize_server_text(l.line) + "\n";
  if (o.verbose) return s + render_reply(r.value, locale::en, format::text, cmd) + "\n";
  // One compact block an operator reads at a glance.
  const code_explanation e = explain(r.value.code);
  const std::string_view name = e.is_registered() ? e.registered->name : e.klass->name;
  s += "   " + std::to_string(r.value.code) + " " + std::string(name);
  if (r.value.status) {
    const status_lookup st = lookup(*r.value.status);
    s += "; " + std::string(to_chars(*r.value.status).view());
    if (st.info != nullptr && st.level == match_level::exact)
      s += " " + std::string(st.info->detail_name);
    else if (st.info != nullptr)
      s += " (" + std::string(st.info->subject_name) + ")";
  }
  s += "\n   => " + std::string(to_string(a.what));
  if (a.applies_to != scope::none) s += " [" + std::string(to_string(a.applies_to)) + "]";
  if (a.bounce != bounce_type::none)
    s += ", " + std::string(to_string(a.bounce)) + " bounce, reason " +
         std::string(to_string(a.reason));
  if (a.what == action::retry_later) s += ", retry in " + std::to_string(a.delay.count()) + " s";
  if (a.close_connection) s += ", connection closes";
  return s + "\n   " + std::string(a.why) + "\n\n";
}

smtp_command command_of(const std::string& line) {
  const std::size_t end = line.find_first_of(" :");
  return parse_command(std::string_view(line).substr(0, end));
}

/// How a session ended: the exit status, a result name and a sentence.
struct ending {
  int status = exit_ok;
  const char* result = "ok";
  std::string message;
};

/// One step of a script: a command (with its message lines after DATA) or a WAIT.
struct step {
  std::string line;
  smtp_command command = smtp_command::unknown;
  std::vector<std::string> body;  // DATA: the message lines
  milliseconds wait{0};           // WAIT n: n seconds; 0 for a command
};

/// One scripted session: reads replies with deadlines, reports them, and
/// decides when and how the session ends. Every member that returns bool
/// returns false once the session is over (result() says why).
class session {
 public:
  session(const options& o, connection& c, output& out, steady::time_point end)
      : o_(o), c_(c), out_(out), end_(end) {}

  bool greeting() { return exchange("(connect)", smtp_command::connect); }

  bool run(const step& s) {
    if (s.wait.count() != 0) return wait(s.wait);
    if (!send_bytes(s.line + "\r\n", "sending " + quoted(s.line))) return false;
    if (s.command != smtp_command::data) return exchange(s.line, s.command);
    parse_result r;
    if (!read_one(s.line, s.command, r)) return false;
    const bool go_ahead = r.ok() && r.value.code == 354;
    if (!handle(s.line, s.command, r) || !drain() || !well_formed() || !go_ahead) return !over_;
    std::string message;
    for (const std::string& b : s.body)
      message += (!b.empty() && b[0] == '.' ? "." : "") + b + "\r\n";  // RFC 5321 §4.5.2
    message += ".\r\n";
    if (!send_bytes(message, "sending the message")) return false;
    return exchange("(end of data)", smtp_command::end_of_data);
  }

  /// The session ran through the script.
  void finish() {
    if (!over_) stop(exit_ok, "ok", "");
  }

  /// Ends the session with an output write error, whatever ended it before.
  void output_failed() {
    over_ = true;
    end_state_ = {exit_failure, "error",
                  std::string("cannot write the output: ") + std::strerror(out_.error())};
  }

  [[nodiscard]] const ending& result() const { return end_state_; }

 private:
  steady::time_point reply_deadline() const { return std::min(steady::now() + o_.timeout, end_); }

  std::string max_time_message() const {
    return "the session took longer than --max-time " + seconds_text(o_.max_time);
  }

  static std::string quoted(const std::string& line) {
    return "'" + sanitize_server_text(line) + "'";
  }

  // The reply to `sent` (its deadline starts now), then the replies the server
  // sends on its own right after it.
  bool exchange(const std::string& sent, smtp_command cmd) {
    parse_result r;
    return read_one(sent, cmd, r) && handle(sent, cmd, r) && drain() && well_formed();
  }

  // WAIT: the first reply the server sends on its own within `wait`, if any.
  bool wait(milliseconds wait) {
    const steady::time_point deadline = std::min(steady::now() + wait, end_);
    parse_result r;
    switch (c_.next(r, deadline)) {
      case connection::status::timeout:
        if (deadline == end_) return stop(exit_limit, "max_time", max_time_message());
        return true;  // nothing came: the script goes on
      case connection::status::closed:
        return stop(exit_lost, "connection_lost", "the server closed the connection");
      case connection::status::closed_mid_reply:
        return stop(exit_lost, "connection_lost",
                    "the server closed the connection in the middle of a reply");
      case connection::status::reply:
        break;
    }
    return handle("(unsolicited)", smtp_command::unknown, r) && drain() && well_formed();
  }

  bool send_bytes(const std::string& bytes, const std::string& what) {
    const steady::time_point deadline = reply_deadline();
    switch (c_.send_all(bytes, deadline)) {
      case connection::sent::ok:
        return true;
      case connection::sent::timeout:
        if (deadline == end_) return stop(exit_limit, "max_time", max_time_message());
        return stop(exit_limit, "timeout",
                    what + " took longer than --timeout " + seconds_text(o_.timeout) +
                        " (the server does not read)");
      case connection::sent::closed:
        break;
    }
    return stop(exit_lost, "connection_lost", "the server closed the connection (" + what + ")");
  }

  // Reads the reply to `sent` into `r`, by --timeout from now.
  bool read_one(const std::string& sent, smtp_command cmd, parse_result& r) {
    const steady::time_point deadline = reply_deadline();
    const std::string to =
        cmd == smtp_command::connect ? std::string("greeting") : "reply to " + quoted(sent);
    switch (c_.next(r, deadline)) {
      case connection::status::reply:
        return true;
      case connection::status::timeout:
        if (deadline == end_) return stop(exit_limit, "max_time", max_time_message());
        return stop(exit_limit, "timeout",
                    "no complete " + to + " within --timeout " + seconds_text(o_.timeout));
      case connection::status::closed:
        return stop(exit_lost, "connection_lost",
                    "the server closed the connection (no " + to + ")");
      case connection::status::closed_mid_reply:
        break;
    }
    return stop(exit_lost, "connection_lost",
                "the server closed the connection in the middle of the " + to);
  }

  // Reports one reply; false when it ends the session. A malformed reply ends
  // it after the replies that came with it (well_formed()).
  bool handle(const std::string& sent, smtp_command cmd, const parse_result& r) {
    if (!out_.emit(format_record(o_, sent, r, cmd))) return limit_or_failure();
    if (!r.ok()) {
      if (malformed_.empty())
        malformed_ = "malformed reply (" + std::string(to_string(r.error)) + ") to " + quoted(sent);
      return true;
    }
    const unsigned code = r.value.code;
    if (code == 421) return refuse("the server is closing the session (421)");
    if (cmd == smtp_command::connect && code >= 400)
      return refuse("the server refused the session in its greeting (" + std::to_string(code) +
                    ")");
    if (code == 221) {
      if (cmd == smtp_command::quit) return stop(exit_ok, "ok", "");
      return stop(exit_lost, "connection_lost",
                  "the server ended the session (221) in reply to " + quoted(sent));
    }
    return true;
  }

  // Replies the server sent on its own right after a reply: reported, at most
  // max_unsolicited of them.
  bool drain() {
    for (int n = 0;; ++n) {
      parse_result r;
      const steady::time_point deadline = std::min(steady::now() + unsolicited_window, end_);
      if (c_.next(r, deadline) != connection::status::reply) return true;  // seen by the next read
      if (n == max_unsolicited)
        return stop(exit_protocol, "protocol_error",
                    "the server sent more than " + std::to_string(max_unsolicited) +
                        " replies nobody asked for");
      if (!handle("(unsolicited)", smtp_command::unknown, r)) return false;
    }
  }

  // Ends the session after a malformed reply.
  bool well_formed() {
    return malformed_.empty() || stop(exit_protocol, "protocol_error", malformed_);
  }

  bool limit_or_failure() {
    if (out_.failed()) {
      output_failed();
      return false;
    }
    return stop(exit_limit, "max_output",
                "the output reached --max-output " + std::to_string(o_.max_output) + " bytes");
  }

  // A 4xx/5xx greeting or a 421: QUIT while the server listens, its reply, then the end.
  bool refuse(const std::string& why) {
    stop(exit_refused, "refused", why);
    if (c_.closed()) return false;
    const steady::time_point deadline = reply_deadline();
    if (c_.send_all("QUIT\r\n", deadline) != connection::sent::ok) return false;
    parse_result r;
    if (c_.next(r, deadline) == connection::status::reply &&
        !out_.emit(format_record(o_, "QUIT", r, smtp_command::quit)) && out_.failed())
      output_failed();
    return false;
  }

  // Ends the session; the first reason stays. A protocol error or a limit
  // sends QUIT (while the server listens) without waiting for its reply.
  bool stop(int status, const char* result, const std::string& message) {
    if (over_) return false;
    over_ = true;
    end_state_ = {status, result, message};
    if ((status == exit_protocol || status == exit_limit) && !c_.closed())
      (void)c_.send_all("QUIT\r\n", std::min(steady::now() + milliseconds{1000}, end_));
    return false;
  }

  const options& o_;
  connection& c_;
  output& out_;
  steady::time_point end_;
  bool over_ = false;
  std::string malformed_;  // the first malformed reply of the current exchange
  ending end_state_;
};

/// Reads the script into steps; `why` says what is wrong with it.
bool load_script(const std::string& path, std::vector<step>& steps, std::string& why, int& status) {
  std::vector<std::string> lines;
  if (path.empty()) {
    lines = {"EHLO probe.example.test", "QUIT"};
  } else {
    std::ifstream in(path, std::ios::binary);
    for (std::string line; in && std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(line);
    }
    if (!in.is_open() || in.bad()) {
      why = "cannot read script '" + sanitize_server_text(path) + "'";
      status = exit_failure;
      return false;
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.empty() || line[0] == '#') continue;
    step s;
    s.line = line;
    if (line.rfind("WAIT ", 0) == 0) {
      const std::optional<milliseconds> d = parse_seconds(std::string_view(line).substr(5));
      if (!d) {
        why = "script line " + std::to_string(i + 1) +
              ": WAIT needs a whole number of seconds from 1 to 999999999";
        status = exit_usage;
        return false;
      }
      s.wait = *d;
    } else {
      s.command = command_of(line);
      if (s.command == smtp_command::data)
        while (++i < lines.size() && lines[i] != ".") s.body.push_back(lines[i]);
    }
    steps.push_back(std::move(s));
  }
  return true;
}

void print_end(const options& o, output& out, const ending& e) {
  if (o.fmt == format::json) {
    std::string line = "{\"event\":\"end\",\"result\":\"" + std::string(e.result) +
                       "\",\"exit\":" + std::to_string(e.status);
    if (!e.message.empty()) line += ",\"message\":" + to_json_string(e.message);
    out.emit_last(line + "}\n");
  } else if (!e.message.empty()) {
    out.emit_last("*  " + std::string(e.result) + ": " + e.message + "\n");
  }
}

int run(const options& o, const std::vector<step>& script) {
  const steady::time_point start = steady::now();
  const steady::time_point end = start + o.max_time;
  output out(o.max_output);
  connection c;
  std::string why;
  const open_status opened = c.open(o.host, o.port, std::min(start + o.timeout, end), why);
  ending e;
  if (opened != open_status::ok) {
    const bool timed_out = opened == open_status::timeout;
    e = {timed_out ? exit_limit : exit_failure, timed_out ? "timeout" : "error",
         sanitize_server_text(o.host) + " port " + sanitize_server_text(o.port) + ": " + why};
  } else {
    session s(o, c, out, end);
    bool going = s.greeting();
    for (std::size_t i = 0; going && i < script.size(); ++i) going = s.run(script[i]);
    s.finish();
    if (out.failed() && s.result().status != exit_failure) s.output_failed();
    e = s.result();
  }
  print_end(o, out, e);
  if (e.status == exit_failure) std::fprintf(stderr, "smtp-probe: %s\n", e.message.c_str());
  return out.failed() ? exit_failure : e.status;
}

}  // namespace

int main(int argc, char** argv) {
  options o;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const char* value = nullptr;
    const bool takes_value = arg == "--script" || arg == "--format" || arg == "--timeout" ||
                             arg == "--max-time" || arg == "--max-output";
    if (takes_value) {
      if (i + 1 >= argc) return usage(arg + " needs a value");
      value = argv[++i];
    }
    if (arg == "-h" || arg == "--help" || arg == "--version") {
      const std::string text = arg == "--version"
                                   ? "smtp-probe " + std::to_string(SMTPCODES_VERSION_MAJOR) + '.' +
                                         std::to_string(SMTPCODES_VERSION_MINOR) + '.' +
                                         std::to_string(SMTPCODES_VERSION_PATCH) + '\n'
                                   : std::string(usage_text);
      if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() ||
          std::fflush(stdout) != 0) {
        std::fprintf(stderr, "smtp-probe: cannot write the output: %s\n", std::strerror(errno));
        return exit_failure;
      }
      return exit_ok;
    } else if (arg == "--script") {
      o.script = value;
    } else if (arg == "--format") {
      if (std::strcmp(value, "text") == 0)
        o.fmt = format::text;
      else if (std::strcmp(value, "json") == 0)
        o.fmt = format::json;
      else
        return usage("--format must be text or json, not '" + std::string(value) + "'");
    } else if (arg == "--verbose") {
      o.verbose = true;
    } else if (arg == "--timeout" || arg == "--max-time") {
      const std::optional<milliseconds> d = parse_seconds(value);
      if (!d)
        return usage(arg + " needs a whole number of seconds from 1 to 999999999, not '" +
                     std::string(value) + "'");
      (arg == "--timeout" ? o.timeout : o.max_time) = *d;
    } else if (arg == "--max-output") {
      const std::optional<std::uint64_t> n = parse_count(value);
      if (!n)
        return usage("--max-output needs a positive number of bytes, not '" + std::string(value) +
                     "'");
      o.max_output = *n;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage("unknown option '" + arg + "'");
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 2) return usage("expected HOST and PORT");
  o.host = positional[0];
  o.port = positional[1];
  std::vector<step> script;
  std::string why;
  int status = exit_ok;
  if (!load_script(o.script, script, why, status)) {
    if (status == exit_usage) return usage(why);
    std::fprintf(stderr, "smtp-probe: %s\n", why.c_str());
    return status;
  }
  return run(o, script);
}
