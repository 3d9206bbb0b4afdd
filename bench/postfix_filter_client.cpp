// A socketmap client that measures `smtp-explain postfix-filter`: each
// connection sends one request and waits for its answer before the next, as
// Postfix's smtp processes do, for a fixed time, and checks every answer.
// Prints lookups/s over all connections. bench/postfix_filter.sh runs it.
//
//   postfix_filter_client HOST:PORT [--connections N] [--seconds S] [--name NAME]
//                         [--mix all|success] [--echo]
// --mix success asks only success keys, which the filter answers at once.
// --echo measures no filter: the client forks a server process on HOST:PORT
// that answers every request NOTFOUND without reading it (a thread per
// connection, as the filter), and stops it by its pid: the loopback round
// trip between two processes, the ceiling of one connection on this machine.
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "../examples/smtp_explain/socketmap.hpp"

namespace {

namespace sm = smtp_explain::socketmap;

/// The keys asked in turn, and whether the filter rewrites them (OK) or not
/// (NOTFOUND): mostly what a busy relay sees, successes and plain failures.
struct sample {
  const char* key;
  sm::reply_kind want;
};
constexpr sample samples[] = {
    {"2.0.0 250 2.0.0 Ok: queued as 4XyZ1k2Lmnz3", sm::reply_kind::notfound},
    {"2.0.0 250 2.0.0 OK  1733550000 a1si123456qkb.42 - gsmtp", sm::reply_kind::notfound},
    {"5.1.1 host mx.example.com[192.0.2.10] said: 550 5.1.1 <nobody@example.com>: Recipient "
     "address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
     sm::reply_kind::notfound},
    {"4.2.0 host mx.example.net[192.0.2.20] said: 450 4.2.0 <a@example.net>: Recipient address "
     "rejected: Greylisted, see https://postgrey.example/ (in reply to RCPT TO command)",
     sm::reply_kind::notfound},
    {"4.1.1 host mx.example.org[192.0.2.30] said: 450 4.1.1 <gone@example.org>: Recipient address "
     "rejected: User unknown in local recipient table (in reply to RCPT TO command)",
     sm::reply_kind::ok},
    {"5.7.1 host mx.example.com[192.0.2.10] said: 550 5.7.1 Service unavailable, try again later "
     "(in reply to RCPT TO command)",
     sm::reply_kind::ok},
    {"2.0.0 250 2.0.0 Ok: queued as 4XyZ1k2Lmnz4", sm::reply_kind::notfound},
    {"5.5.3 host old.example.com[192.0.2.40] said: 552 5.5.3 Too many recipients (in reply to "
     "RCPT TO command)",
     sm::reply_kind::ok},
};
struct result {
  unsigned long long lookups = 0;
  unsigned long long errors = 0;
  std::string failure;
};

int connect_to(const std::string& host, const std::string& port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (::getaddrinfo(host.c_str(), port.c_str(), &hints, &found) != 0) return -1;
  int fd = -1;
  for (const addrinfo* a = found; a != nullptr && fd < 0; a = a->ai_next) {
    fd = ::socket(a->ai_family, a->ai_socktype, a->ai_protocol);
    if (fd >= 0 && ::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
      ::close(fd);
      fd = -1;
    }
  }
  ::freeaddrinfo(found);
  if (fd >= 0) {
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
  }
  return fd;
}

void run(const std::string& host, const std::string& port, const std::string& name,
         bool success_only, std::chrono::steady_clock::time_point until, std::atomic<bool>& go,
         result& out) {
  // The requests, built once.
  std::vector<std::string> requests;
  std::vector<sample> asked;
  for (const sample& s : samples) {
    if (success_only && s.key[0] != '2') continue;
    asked.push_back(s);
    const std::string payload = name + ' ' + s.key;
    std::string r(sm::netstring_size(payload.size()), '\0');
    r.resize(sm::write_netstring(payload, {}, r.data(), r.size()));
    requests.push_back(r);
  }
  const int fd = connect_to(host, port);
  if (fd < 0) {
    out.failure = "cannot connect to " + host + ":" + port;
    return;
  }
  std::vector<char> in(sm::netstring_size(sm::postfix_max_reply));
  std::size_t have = 0;
  while (!go.load(std::memory_order_acquire)) std::this_thread::yield();
  for (std::size_t i = 0;; ++i) {
    if ((i & 255) == 0 && std::chrono::steady_clock::now() >= until) break;
    const sample& s = asked[i % asked.size()];
    const std::string& req = requests[i % asked.size()];
    if (::send(fd, req.data(), req.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(req.size())) {
      out.failure = "send failed";
      break;
    }
    sm::netstring ns;
    for (;;) {
      ns = sm::read_netstring(std::string_view(in.data(), have), sm::postfix_max_reply);
      if (ns.error != sm::netstring_error::incomplete) break;
      const ssize_t n = ::recv(fd, in.data() + have, in.size() - have, 0);
      if (n <= 0) break;
      have += static_cast<std::size_t>(n);
    }
    if (ns.error != sm::netstring_error::none) {
      out.failure = "bad or missing answer";
      break;
    }
    if (sm::split_reply(ns.payload).kind != s.want) ++out.errors;
    ++out.lookups;
    std::memmove(in.data(), in.data() + ns.consumed, have - ns.consumed);
    have -= ns.consumed;
  }
  ::close(fd);
}

// The --echo server: answers each request on `fd` with NOTFOUND, unread.
constexpr std::size_t echo_max_request = 65536;
void echo_connection(int fd) {
  const int on = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
  std::vector<char> in(sm::netstring_size(echo_max_request));
  std::size_t have = 0;
  for (;;) {
    const ssize_t n = ::recv(fd, in.data() + have, in.size() - have, 0);
    if (n <= 0) break;
    have += static_cast<std::size_t>(n);
    for (;;) {
      const sm::netstring ns =
          sm::read_netstring(std::string_view(in.data(), have), echo_max_request);
      if (ns.error == sm::netstring_error::incomplete) break;
      if (ns.error != sm::netstring_error::none ||
          ::send(fd, "9:NOTFOUND ,", 12, MSG_NOSIGNAL) != 12) {
        ::close(fd);
        return;
      }
      std::memmove(in.data(), in.data() + ns.consumed, have - ns.consumed);
      have -= ns.consumed;
    }
  }
  ::close(fd);
}

// Forks the --echo server listening on host:port; its pid, or -1.
pid_t start_echo(const std::string& host, const std::string& port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(std::strtoul(port.c_str(), nullptr, 10)));
  if (::inet_pton(AF_INET, host.c_str(), &a.sin_addr) != 1) return -1;
  const int l = ::socket(AF_INET, SOCK_STREAM, 0);
  const int on = 1;
  ::setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  if (l < 0 || ::bind(l, reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0 ||
      ::listen(l, 64) != 0)
    return -1;
  const pid_t pid = ::fork();
  if (pid != 0) {
    ::close(l);
    return pid;
  }
  for (;;) {  // the child, until the parent kills it
    const int fd = ::accept(l, nullptr, nullptr);
    if (fd >= 0) std::thread(echo_connection, fd).detach();
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s HOST:PORT [--connections N] [--seconds S] [--name NAME]\n",
                 argv[0]);
    return 2;
  }
  const std::string address = argv[1];
  const std::size_t colon = address.rfind(':');
  if (colon == std::string::npos) {
    std::fprintf(stderr, "HOST:PORT expected\n");
    return 2;
  }
  const std::string host = address.substr(0, colon), port = address.substr(colon + 1);
  unsigned connections = 1;
  double seconds = 5;
  std::string name = "smtpcodes";
  bool success_only = false;
  pid_t echo = 0;
  for (int i = 2; i < argc; i += 2) {
    const std::string_view opt = argv[i];
    if (opt == "--echo") {
      success_only = true;  // every answer is NOTFOUND
      echo = -1;
      --i;
      continue;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "%s needs a value\n", argv[i]);
      return 2;
    }
    if (opt == "--connections")
      connections = static_cast<unsigned>(std::strtoul(argv[i + 1], nullptr, 10));
    else if (opt == "--seconds")
      seconds = std::strtod(argv[i + 1], nullptr);
    else if (opt == "--name")
      name = argv[i + 1];
    else if (opt == "--mix" &&
             (std::string_view(argv[i + 1]) == "all" || std::string_view(argv[i + 1]) == "success"))
      success_only = std::string_view(argv[i + 1]) == "success";
    else {
      std::fprintf(stderr, "unknown option %s\n", argv[i]);
      return 2;
    }
  }
  if (connections == 0 || connections > 1000 || seconds <= 0) {
    std::fprintf(stderr, "--connections 1-1000 and --seconds > 0\n");
    return 2;
  }
  if (echo == -1 && (echo = start_echo(host, port)) < 0) {
    std::fprintf(stderr, "postfix_filter_client: cannot listen on %s for --echo\n",
                 address.c_str());
    return 1;
  }
  std::vector<result> results(connections);
  std::vector<std::thread> threads;
  std::atomic<bool> go{false};
  const auto duration = std::chrono::duration<double>(seconds);
  const auto until =
      std::chrono::steady_clock::now() +
      std::chrono::duration_cast<std::chrono::steady_clock::duration>(duration) +
      std::chrono::milliseconds(200);  // the connections are made before the clock counts
  for (unsigned c = 0; c < connections; ++c)
    threads.emplace_back(run, host, port, name, success_only, until, std::ref(go),
                         std::ref(results[c]));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const auto start = std::chrono::steady_clock::now();
  go.store(true, std::memory_order_release);
  for (std::thread& t : threads) t.join();
  if (echo > 0) {
    ::kill(echo, SIGTERM);
    ::waitpid(echo, nullptr, 0);
  }
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  unsigned long long lookups = 0, errors = 0;
  for (const result& r : results) {
    lookups += r.lookups;
    errors += r.errors;
    if (!r.failure.empty()) {
      std::fprintf(stderr, "postfix_filter_client: %s\n", r.failure.c_str());
      return 1;
    }
  }
  std::printf(
      "connections=%u lookups=%llu seconds=%.2f lookups_per_second=%.0f wrong_answers=%llu\n",
      connections, lookups, elapsed, static_cast<double>(lookups) / elapsed, errors);
  return errors == 0 ? 0 : 1;
}
