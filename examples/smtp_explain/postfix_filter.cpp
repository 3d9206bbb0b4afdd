// smtp-explain postfix-filter: a socketmap server (socketmap_table(5)) for
// Postfix's smtp_delivery_status_filter, so that Postfix follows the operator's
// rules and the conservative built-in rewrites of status_filter.hpp. One thread
// per client connection (Postfix keeps one per smtp process); the main thread
// accepts, and handles SIGTERM/SIGINT (stop) and SIGHUP (reload the rules).
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "cli.hpp"
#include "rules_options.hpp"
#include "socketmap.hpp"
#include "status_filter.hpp"

namespace smtp_explain {
namespace {

namespace sm = socketmap;
namespace sf = status_filter;

/// The longest request payload ("NAME KEY") read; a longer one is refused
/// from its length prefix, unread. Postfix's keys are a status and one reply text.
constexpr std::size_t max_request = 65536;
/// A connection that sends nothing for this long is closed. Postfix's client
/// closes its own after 10 s idle (100 s at most), so it always closes first.
constexpr int idle_seconds = 120;
/// A reply that cannot be sent for this long (the client does not read) ends the connection.
constexpr int send_seconds = 10;

const option_spec listen_option{"--listen", "HOST:PORT",
                                "the address to listen on, e.g. 127.0.0.1:2670 (required)"};
const option_spec name_option{"--name", "NAME",
                              "the map name in Postfix's socketmap:inet:HOST:PORT:NAME "
                              "(default smtpcodes)"};
const option_spec max_clients_option{"--max-clients", "N",
                                     "connections served at once, 1-10000 (default 256)"};
const option_spec no_builtin_option{"--no-builtin", "",
                                    "only the --rules rules rewrite; no built-in rewrites"};
const option_spec verbose_option{"--verbose", "", "log every lookup, not only rewrites"};

int run_postfix_filter(const cli_options& o);

const subcommand postfix_filter_command{
    "postfix-filter",
    "postfix-filter --listen HOST:PORT [--rules FILE] [--name NAME] [--max-clients N]",
    "serve Postfix's smtp_delivery_status_filter as a socketmap (socketmap_table(5))",
    "Postfix asks once per delivery result with \"STATUS TEXT\", e.g.\n"
    "  4.1.1 host mx[192.0.2.1] said: 450 4.1.1 <a@b>: Recipient address rejected: ...\n"
    "The answer is NOTFOUND (Postfix keeps its status) unless the first --rules\n"
    "rule that matches changes the status (its rewrite, or the class its action\n"
    "implies), or, when no rule matches, a built-in rewrite applies:\n"
    "  dead-address         4xx at RCPT saying 'User unknown in local recipient\n"
    "                       table' (or the virtual/relay tables)      -> 5.1.1\n"
    "  recipient-limit-552  552 at RCPT, RFC 5321 4.5.3.1.10           -> 4.5.3\n"
    "  temporary-5xx        5xx saying try again later, greylisting,\n"
    "                       rate limits                               -> 4.x.x\n"
    "A rewritten text ends with \"(smtpcodes: was 4.1.1, built-in dead-address)\".\n"
    "\nmain.cf (then 'postfix reload'):\n"
    "  smtp_delivery_status_filter = socketmap:inet:127.0.0.1:2670:smtpcodes\n"
    "  lmtp_delivery_status_filter = socketmap:inet:127.0.0.1:2670:smtpcodes\n"
    "While the service is down Postfix logs \"lookup error\" warnings and keeps\n"
    "its own status. docs/postfix.md has a systemd unit.\n"
    "\nsignals: SIGHUP reloads --rules (a bad file keeps the rules in force and\n"
    "logs why); SIGTERM or SIGINT stops. Log lines go to standard error.\n"
    "\nexit status: 0 stopped by a signal, 1 cannot listen or read the rules,\n"
    "2 usage error\n",
    {listen_option, rules_option, name_option, max_clients_option, no_builtin_option,
     verbose_option},
    run_postfix_filter};
SMTP_EXPLAIN_SUBCOMMAND(postfix_filter_command);

// --- logging ------------------------------------------------------------------

/// Writes one line to standard error with one write(2), so that the lines of
/// different threads never interleave.
void log_line(const std::string& message) {
  std::string line = "smtp-explain postfix-filter: " + message + '\n';
  const char* p = line.data();
  std::size_t left = line.size();
  while (left > 0) {
    const ssize_t n = ::write(STDERR_FILENO, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

/// Text from a client, safe and short enough for a log line.
std::string shown(std::string_view text) {
  constexpr std::size_t limit = 400;
  std::string s = sanitize_server_text(text.substr(0, limit));
  if (text.size() > limit) s += "...";
  return s;
}

std::string errno_text(int e) { return std::string(std::strerror(e)); }

// --- the rules in force -------------------------------------------------------

/// The rules, replaced whole on SIGHUP. A connection keeps its own pointer and
/// takes the lock only when the generation says a new set is in force.
class rules_holder {
 public:
  void set(std::shared_ptr<const rule_set> r) {
    const std::lock_guard<std::mutex> lock(mutex_);
    current_ = std::move(r);
    generation_.fetch_add(1, std::memory_order_release);
  }
  [[nodiscard]] std::shared_ptr<const rule_set> get() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return current_;
  }
  [[nodiscard]] unsigned generation() const noexcept {
    return generation_.load(std::memory_order_acquire);
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const rule_set> current_;
  std::atomic<unsigned> generation_{0};
};

/// What one connection did, added to the totals when it ends.
struct tally {
  unsigned long long lookups = 0, rewrites = 0, bad = 0;
};

struct server {
  std::string name = "smtpcodes";
  bool builtins = true;
  bool verbose = false;
  std::string rules_path;  ///< empty: started without --rules
  rules_holder rules;
  std::mutex totals_mutex;
  tally totals;
  unsigned long long connections = 0, refused_connections = 0;
  std::atomic<bool> stopping{false};  ///< set before the connections are shut down
};

struct connection {
  int fd = -1;
  std::string peer;
  std::thread thread;
  std::atomic<bool> done{false};
};

// --- one connection -----------------------------------------------------------

void append_reply(std::string& out, sm::reply_kind kind, std::string_view data) {
  const std::size_t at = out.size();
  out.resize(at + sm::reply_size(kind, data));
  const std::size_t written = sm::write_reply(kind, data, out.data() + at, out.size() - at);
  out.resize(at + written);
}

bool send_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

/// Answers one request into `out`. Returns false when the connection must
/// close after the answer (a request that is not "NAME KEY").
bool answer(server& s, const rule_set& rules, std::string_view payload, std::string& out,
            const std::string& peer, tally& t) {
  const sm::request req = sm::split_request(payload);
  if (req.error != sm::request_error::none) {
    ++t.bad;
    append_reply(out, sm::reply_kind::perm, sm::to_string(req.error));
    log_line("client " + peer + ": bad request (" + std::string(sm::to_string(req.error)) +
             "): " + shown(payload) + "; closing");
    return false;
  }
  if (req.name != s.name) {
    ++t.bad;
    append_reply(
        out, sm::reply_kind::perm,
        "unknown map name '" + shown(req.name) + "': this service answers '" + s.name + "'");
    log_line("client " + peer + ": unknown map name '" + shown(req.name) + "' (expected '" +
             s.name + "')");
    return true;
  }
  ++t.lookups;
  const sf::decision d = sf::decide(req.key, rules, s.builtins);
  switch (d.what) {
    case sf::verdict::bad_key:
      ++t.bad;
      append_reply(out, sm::reply_kind::perm,
                   "the key is not 'ENHANCED-STATUS TEXT': use this map for "
                   "smtp_delivery_status_filter");
      log_line("client " + peer + ": key is not 'ENHANCED-STATUS TEXT': " + shown(req.key));
      return true;
    case sf::verdict::keep:
      append_reply(out, sm::reply_kind::notfound, {});
      if (d.refused)
        log_line(
            "kept: " + sf::decided_by(d) +
            " asks to turn a failure into a success, which Postfix refuses: " + shown(req.key));
      else if (s.verbose)
        log_line("keep" + (d.by_rule != nullptr ? " (" + sf::decided_by(d) + ")" : std::string()) +
                 ": " + shown(req.key));
      return true;
    case sf::verdict::rewrite: {
      const std::string value = sf::rewritten_value(d);
      if (sm::reply_size(sm::reply_kind::ok, value) > sm::postfix_max_reply) {
        append_reply(out, sm::reply_kind::notfound, {});  // cannot happen below max_request
        return true;
      }
      ++t.rewrites;
      append_reply(out, sm::reply_kind::ok, value);
      log_line("rewrite " + std::string(to_chars(d.from).view()) + " -> " +
               std::string(to_chars(d.to).view()) + " (" + sf::decided_by(d) +
               "): " + shown(req.key));
      return true;
    }
  }
  return true;
}

/// Reads and answers requests until the client leaves, a time-out, bad
/// input or SIGTERM ends the connection.
void serve_requests(server& s, connection& c, tally& t) {
  std::vector<char> in(sm::netstring_size(max_request));
  std::size_t have = 0;
  std::string out;
  // The generation before the rules: a reload in between is seen at the next request.
  unsigned generation = s.rules.generation();
  std::shared_ptr<const rule_set> rules = s.rules.get();
  for (bool open = true; open;) {
    const ssize_t n = ::recv(c.fd, in.data() + have, in.size() - have, 0);
    if (n == 0) break;  // the client closed, or SIGTERM shut the reading side
    if (n < 0) {
      if (errno == EINTR) continue;
      // Shutting the reading side down (SIGTERM) may end a blocked recv() like a time-out.
      if (s.stopping.load(std::memory_order_acquire)) break;
      if (errno == EAGAIN || errno == EWOULDBLOCK) {
        if (have > 0)
          log_line("client " + c.peer + ": request unfinished after " +
                   std::to_string(idle_seconds) + " s; closing");
        else if (s.verbose)
          log_line("client " + c.peer + ": idle for " + std::to_string(idle_seconds) +
                   " s; closing");
      } else {
        log_line("client " + c.peer + ": " + errno_text(errno));
      }
      break;
    }
    have += static_cast<std::size_t>(n);
    std::size_t pos = 0;
    while (pos < have) {
      const sm::netstring ns =
          sm::read_netstring(std::string_view(in.data() + pos, have - pos), max_request);
      if (ns.error == sm::netstring_error::incomplete) break;
      if (ns.error != sm::netstring_error::none) {
        ++t.bad;
        append_reply(out, sm::reply_kind::perm, sm::to_string(ns.error));
        log_line("client " + c.peer + ": bad request (" + std::string(sm::to_string(ns.error)) +
                 "): " + shown(std::string_view(in.data() + pos, have - pos)) + "; closing");
        open = false;
        break;
      }
      pos += ns.consumed;
      if (s.rules.generation() != generation) {
        generation = s.rules.generation();
        rules = s.rules.get();
      }
      if (!answer(s, *rules, ns.payload, out, c.peer, t)) {
        open = false;
        break;
      }
    }
    if (pos > 0) {
      std::memmove(in.data(), in.data() + pos, have - pos);
      have -= pos;
    }
    if (!out.empty() && !send_all(c.fd, out)) {
      log_line("client " + c.peer + ": cannot send the answer: " + errno_text(errno));
      break;
    }
    out.clear();
  }
}

/// A connection's thread: never lets an exception (out of memory) end the process.
void serve(server& s, connection& c) {
  tally t;
  try {
    serve_requests(s, c, t);
  } catch (const std::exception& e) {
    log_line("client " + c.peer + ": " + e.what() + "; closing");
  }
  // The client sees the end now; the descriptor stays open until the main
  // thread joins this one and closes it, so it is never reused under us.
  ::shutdown(c.fd, SHUT_RDWR);
  {
    const std::lock_guard<std::mutex> lock(s.totals_mutex);
    s.totals.lookups += t.lookups;
    s.totals.rewrites += t.rewrites;
    s.totals.bad += t.bad;
  }
  c.done.store(true, std::memory_order_release);
}

// --- listening, signals ---------------------------------------------------------

int signal_pipe[2] = {-1, -1};

extern "C" void on_signal(int sig) {
  const int saved = errno;
  const char c = sig == SIGHUP ? 'H' : sig == SIGINT ? 'I' : 'T';
  [[maybe_unused]] const ssize_t n = ::write(signal_pipe[1], &c, 1);
  errno = saved;
}

bool install_signals(std::string& why) {
  if (::pipe(signal_pipe) != 0) {
    why = "pipe: " + errno_text(errno);
    return false;
  }
  for (const int fd : signal_pipe) {
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
  }
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  for (const int sig : {SIGTERM, SIGINT, SIGHUP}) ::sigaction(sig, &sa, nullptr);
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  ::sigaction(SIGPIPE, &ignore, nullptr);
  return true;
}

std::string address_text(const sockaddr* sa) {
  char host[INET6_ADDRSTRLEN] = "?";
  unsigned port = 0;
  if (sa->sa_family == AF_INET) {
    const auto* in4 = reinterpret_cast<const sockaddr_in*>(sa);
    ::inet_ntop(AF_INET, &in4->sin_addr, host, sizeof host);
    port = ntohs(in4->sin_port);
    return std::string(host) + ":" + std::to_string(port);
  }
  if (sa->sa_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(sa);
    ::inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
    port = ntohs(in6->sin6_port);
    return "[" + std::string(host) + "]:" + std::to_string(port);
  }
  return "?";
}

bool is_loopback(const sockaddr* sa) {
  if (sa->sa_family == AF_INET)
    return (ntohl(reinterpret_cast<const sockaddr_in*>(sa)->sin_addr.s_addr) >> 24) == 127;
  if (sa->sa_family == AF_INET6)
    return IN6_IS_ADDR_LOOPBACK(&reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr);
  return false;
}

/// Opens the listening socket for "HOST:PORT" ("[::1]:PORT" for IPv6); -1 and
/// `why` when it cannot. `bound` gets the address as text.
int open_listener(const std::string& spec, std::string& bound, bool& loopback, std::string& why) {
  const std::size_t colon = spec.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == spec.size()) {
    why = "--listen needs HOST:PORT, e.g. 127.0.0.1:2670";
    return -2;
  }
  std::string host = spec.substr(0, colon);
  const std::string port = spec.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  const auto number = as_number(port);
  if (!number || *number == 0 || *number > 65535 || host.empty()) {
    why = "--listen needs HOST:PORT with a port 1-65535, not '" + sanitize_server_text(spec) + "'";
    return -2;
  }
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  if (const int rc = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &found); rc != 0) {
    why = "cannot listen on " + sanitize_server_text(spec) + ": " + ::gai_strerror(rc);
    return -1;
  }
  int fd = -1;
  for (const addrinfo* a = found; a != nullptr && fd < 0; a = a->ai_next) {
    fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, 128) != 0) {
      why = "cannot listen on " + sanitize_server_text(spec) + ": " + errno_text(errno);
      ::close(fd);
      fd = -1;
      continue;
    }
    bound = address_text(a->ai_addr);
    loopback = is_loopback(a->ai_addr);
  }
  ::freeaddrinfo(found);
  return fd;
}

void set_timeout(int fd, int option, int seconds) {
  timeval tv{};
  tv.tv_sec = seconds;
  ::setsockopt(fd, SOL_SOCKET, option, &tv, sizeof tv);
}

std::string rules_summary(const server& s, const rule_set& r) {
  if (s.rules_path.empty()) return "no rules file";
  return std::to_string(r.size()) + (r.size() == 1 ? " rule" : " rules") + " from " +
         sanitize_server_text(s.rules_path);
}

void reload(server& s) {
  if (s.rules_path.empty()) {
    log_line("SIGHUP: started without --rules, nothing to reload");
    return;
  }
  rule_set fresh;
  std::string why;
  if (!load_rules_file(s.rules_path, fresh, why)) {
    log_line("SIGHUP: reload failed, keeping the " + rules_summary(s, *s.rules.get()) + ": " +
             sanitize_server_text(why));
    return;
  }
  auto loaded = std::make_shared<const rule_set>(std::move(fresh));
  log_line("SIGHUP: reloaded " + rules_summary(s, *loaded));
  s.rules.set(std::move(loaded));
}

/// Joins and closes the connections whose thread has finished (all of them, and
/// after shutting their reading side, when `all`).
void reap(std::list<connection>& connections, bool all) {
  if (all)
    for (connection& c : connections) ::shutdown(c.fd, SHUT_RD);
  for (auto it = connections.begin(); it != connections.end();) {
    if (!all && !it->done.load(std::memory_order_acquire)) {
      ++it;
      continue;
    }
    it->thread.join();
    ::close(it->fd);
    it = connections.erase(it);
  }
}

/// Serves the accepted connection `fd` in a thread of its own, or refuses it
/// when --max-clients are served already. Closes `fd` on any failure.
void admit(server& s, int fd, const std::string& who, std::list<connection>& connections,
           std::size_t max_clients) {
  set_timeout(fd, SO_SNDTIMEO, send_seconds);
  std::size_t active = 0;
  for (const connection& c : connections) active += c.done.load(std::memory_order_acquire) ? 0 : 1;
  if (active >= max_clients) {
    // Postfix reads this as the answer to its request: a temporary lookup error.
    std::string out;
    append_reply(out, sm::reply_kind::temp,
                 "too many clients (" + std::to_string(max_clients) + "); try again");
    send_all(fd, out);
    ::close(fd);
    ++s.refused_connections;
    log_line("client " + who + ": refused, " + std::to_string(max_clients) +
             " clients already (--max-clients)");
    return;
  }
  const int on = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
  set_timeout(fd, SO_RCVTIMEO, idle_seconds);
  connection& c = connections.emplace_back();
  c.fd = fd;
  c.peer = who;
  ++s.connections;
  if (s.verbose) log_line("client " + who + ": connected");
  // The connection threads leave the signals to this thread.
  sigset_t block, old;
  sigemptyset(&block);
  for (const int sig : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&block, sig);
  ::pthread_sigmask(SIG_BLOCK, &block, &old);
  try {
    c.thread = std::thread(serve, std::ref(s), std::ref(c));
  } catch (const std::exception& e) {
    ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
    connections.pop_back();
    ::close(fd);
    log_line("client " + who + ": cannot start a thread: " + e.what());
    return;
  }
  ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

void accept_one(server& s, int listener, std::list<connection>& connections,
                std::size_t max_clients) {
  sockaddr_storage peer{};
  socklen_t size = sizeof peer;
  const int fd = ::accept4(listener, reinterpret_cast<sockaddr*>(&peer), &size, SOCK_CLOEXEC);
  if (fd < 0) {
    if (errno != EINTR && errno != EAGAIN && errno != ECONNABORTED) {
      log_line("accept: " + errno_text(errno));
      if (errno == EMFILE || errno == ENFILE) ::usleep(100000);  // let connections end
    }
    return;
  }
  const std::size_t listed = connections.size();
  try {
    admit(s, fd, address_text(reinterpret_cast<const sockaddr*>(&peer)), connections, max_clients);
  } catch (const std::exception& e) {
    // Out of memory: refuse this one and serve on. Listed without a thread, or
    // not listed yet, the descriptor is still ours to close.
    if (connections.size() > listed && !connections.back().thread.joinable())
      connections.pop_back();
    if (connections.size() == listed) ::close(fd);
    log_line(std::string("accept: ") + e.what());
  }
}

int run_postfix_filter(const cli_options& o) {
  const subcommand* sub = &postfix_filter_command;
  if (!o.args.empty()) return usage_error("postfix-filter takes no arguments, only options", sub);
  const std::string* listen_spec = o.value(listen_option.name);
  if (listen_spec == nullptr) return usage_error("postfix-filter needs --listen HOST:PORT", sub);
  server s;
  if (const std::string* name = o.value(name_option.name)) {
    if (name->empty() || name->find_first_of(" \t\r\n:,") != std::string::npos)
      return usage_error("--name needs a map name without spaces, ':' or ','", sub);
    s.name = *name;
  }
  std::size_t max_clients = 256;
  if (const std::string* n = o.value(max_clients_option.name)) {
    const auto v = as_number(*n);
    if (!v || *v == 0 || *v > 10000)
      return usage_error("--max-clients needs a number from 1 to 10000", sub);
    max_clients = *v;
  }
  s.builtins = !o.has(no_builtin_option.name);
  s.verbose = o.has(verbose_option.name);
  rule_set initial;
  if (const std::string* path = o.value(rules_option.name)) {
    std::string why;
    if (!load_rules_file(*path, initial, why)) {
      std::fprintf(stderr, "%s\n", sanitize_server_text(why).c_str());
      return exit_bad_input;
    }
    s.rules_path = *path;
  }
  s.rules.set(std::make_shared<const rule_set>(std::move(initial)));

  std::string bound, why;
  bool loopback = false;
  const int listener = open_listener(*listen_spec, bound, loopback, why);
  if (listener == -2) return usage_error(why, sub);
  if (listener < 0) {
    error(why);
    return exit_bad_input;
  }
  if (!install_signals(why)) {
    error(why);
    ::close(listener);
    return exit_bad_input;
  }
  log_line("listening on " + bound + " (map name " + s.name + "; " +
           rules_summary(s, *s.rules.get()) + "; built-in rewrites " + (s.builtins ? "on" : "off") +
           ")");
  if (!loopback)
    log_line("warning: " + bound +
             " is not a loopback address; the socketmap protocol has no authentication");

  std::list<connection> connections;
  const char* stop_reason = nullptr;
  while (stop_reason == nullptr) {
    pollfd fds[2] = {{listener, POLLIN, 0}, {signal_pipe[0], POLLIN, 0}};
    const int ready = ::poll(fds, 2, 1000);
    reap(connections, false);
    if (ready < 0 && errno != EINTR) {
      log_line("poll: " + errno_text(errno));
      stop_reason = "an error";
      break;
    }
    if (ready <= 0) continue;
    if (fds[1].revents & POLLIN) {
      char signals[16];
      const ssize_t n = ::read(signal_pipe[0], signals, sizeof signals);
      for (ssize_t i = 0; i < n; ++i) {
        if (signals[i] == 'H')
          reload(s);
        else
          stop_reason = signals[i] == 'I' ? "SIGINT" : "SIGTERM";
      }
      if (stop_reason != nullptr) break;
    }
    if (fds[0].revents & POLLIN) accept_one(s, listener, connections, max_clients);
  }
  ::close(listener);
  s.stopping.store(true, std::memory_order_release);
  const std::size_t open_connections = connections.size();
  reap(connections, true);
  log_line("stopped on " + std::string(stop_reason) + ": " + std::to_string(s.totals.lookups) +
           " lookups, " + std::to_string(s.totals.rewrites) + " rewritten, " +
           std::to_string(s.totals.bad) + " bad requests, " + std::to_string(s.connections) +
           " connections (" + std::to_string(open_connections) + " open at the end, " +
           std::to_string(s.refused_connections) + " refused)");
  return std::string_view(stop_reason) == "an error" ? exit_bad_input : exit_ok;
}

}  // namespace
}  // namespace smtp_explain
