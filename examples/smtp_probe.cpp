// smtp-probe: a small POSIX-socket SMTP client that runs a scripted session
// and prints every reply explained and advised by smtpcodes. Replies are read
// with reply_reader straight from the socket.
//
//   smtp-probe HOST PORT [--script FILE] [--format text|json] [--verbose] [--timeout SECONDS]
//
// Script: one command per line (sent as written, CRLF added); blank lines and
// lines starting with '#' are skipped; "WAIT n" waits n seconds for replies
// the server sends on its own; after "DATA" come the message lines up to a
// line holding a single ".". Without --script the session is EHLO, QUIT.
#include <smtpcodes/render.hpp>
#include <smtpcodes/smtpcodes.hpp>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

using namespace smtpcodes;

struct options {
  std::string host, port, script;
  format fmt = format::text;
  bool verbose = false;  // full explanation pages instead of the compact summary
  int timeout_ms = 15000;
};

constexpr const char* usage_line =
    "usage: smtp-probe HOST PORT [--script FILE] [--format text|json] [--verbose] "
    "[--timeout SECONDS]\n";
constexpr const char* help_text =
    "\nRuns a scripted SMTP session and prints every reply explained and advised.\n"
    "\noptions:\n"
    "  --script FILE        commands to send, one a line (default: EHLO, QUIT)\n"
    "  --format F           text or json (default text)\n"
    "  --verbose            the full explanation of each reply\n"
    "  --timeout SECONDS    how long to wait for each reply (default 15)\n"
    "  --help               this text\n"
    "  --version            the version\n"
    "\nexamples:\n"
    "  smtp-probe 127.0.0.1 25\n"
    "  smtp-probe mx.example.com 25 --script session.txt --format json\n"
    "\nexit status: 0 session run, 1 no connection or an unreadable script, 2 usage error\n";

int usage(const char* why) {
  std::fprintf(stderr, "smtp-probe: %s\n%s", why, usage_line);
  return 2;
}

class connection {
 public:
  ~connection() {
    if (fd_ >= 0) ::close(fd_);
  }
  bool open(const std::string& host, const std::string& port) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* list = nullptr;
    if (::getaddrinfo(host.c_str(), port.c_str(), &hints, &list) != 0) return false;
    for (addrinfo* a = list; a != nullptr && fd_ < 0; a = a->ai_next) {
      fd_ = ::socket(a->ai_family, a->ai_socktype, a->ai_protocol);
      if (fd_ >= 0 && ::connect(fd_, a->ai_addr, a->ai_addrlen) != 0) {
        ::close(fd_);
        fd_ = -1;
      }
    }
    ::freeaddrinfo(list);
    return fd_ >= 0;
  }
  bool send_line(const std::string& line) {
    const std::string wire = line + "\r\n";
    std::size_t done = 0;
    while (done < wire.size()) {
      const ssize_t n = ::send(fd_, wire.data() + done, wire.size() - done, MSG_NOSIGNAL);
      if (n <= 0) return false;
      done += static_cast<std::size_t>(n);
    }
    return true;
  }
  enum class status { reply, timeout, closed };
  // Waits up to `timeout_ms` for the next complete reply.
  status next(parse_result& out, int timeout_ms) {
    for (;;) {
      out = reader_.next();
      if (out.error != parse_error::incomplete) return status::reply;
      if (closed_) return status::closed;
      pollfd p{fd_, POLLIN, 0};
      const int ready = ::poll(&p, 1, timeout_ms);
      if (ready == 0) return status::timeout;
      if (ready < 0) return status::closed;
      char chunk[4096];
      const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
      if (n <= 0) {
        closed_ = true;
        continue;
      }
      std::string_view bytes(chunk, static_cast<std::size_t>(n));
      while (!bytes.empty()) {
        const std::size_t used = reader_.feed(bytes);
        bytes.remove_prefix(used);
        if (used == 0) break;  // buffer full: next() reports reply_too_large
      }
    }
  }

 private:
  int fd_ = -1;
  bool closed_ = false;
  reply_reader reader_;
};

void report(const options& o, const std::string& sent, const parse_result& r, smtp_command cmd) {
  if (!r.ok()) {
    if (o.fmt == format::json) {
      std::printf("{\"sent\":%s,\"error\":\"%s\"}\n", to_json_string(sent).c_str(),
                  std::string(to_string(r.error)).c_str());
    } else {
      std::printf("C: %s\n!  malformed reply: %s\n\n", sent.c_str(),
                  std::string(to_string(r.error)).c_str());
    }
    return;
  }
  const advice a = advise(r.value, cmd);
  if (o.fmt == format::json) {
    // One JSON object per line (JSON Lines), for scripts and tests.
    const std::string status = r.value.status ? std::string(to_chars(*r.value.status).view()) : "";
    std::string text(r.value.text_size(), '\0');
    text.resize(r.value.text_to(text.data(), text.size()).size());
    std::printf(
        "{\"sent\":%s,\"command\":\"%s\",\"code\":%u,\"enhanced\":%s,\"lines\":%u,"
        "\"action\":\"%s\",\"scope\":\"%s\",\"bounce\":\"%s\",\"reason\":\"%s\","
        "\"delay\":%lld,\"close\":%s,\"text\":%s}\n",
        to_json_string(sent).c_str(), std::string(to_identifier(cmd)).c_str(), r.value.code,
        status.empty() ? "null" : ("\"" + status + "\"").c_str(),
        static_cast<unsigned>(r.value.line_count), std::string(to_string(a.what)).c_str(),
        std::string(to_string(a.applies_to)).c_str(), std::string(to_string(a.bounce)).c_str(),
        std::string(to_string(a.reason)).c_str(), static_cast<long long>(a.delay.count()),
        a.close_connection ? "true" : "false", to_json_string(sanitize_server_text(text)).c_str());
    return;
  }
  if (!sent.empty()) std::printf("C: %s\n", sent.c_str());
  for (const reply_line l : r.value.lines())
    std::printf("S: %s\n", sanitize_server_text(l.line).c_str());
  if (o.verbose) {
    std::printf("%s\n", render_reply(r.value, locale::en, format::text, cmd).c_str());
    return;
  }
  // One compact block an operator reads at a glance.
  const code_explanation e = explain(r.value.code);
  const std::string_view name = e.is_registered() ? e.registered->name : e.klass->name;
  std::printf("   %u %.*s", r.value.code, static_cast<int>(name.size()), name.data());
  if (r.value.status) {
    const status_lookup s = lookup(*r.value.status);
    std::printf("; %s", std::string(to_chars(*r.value.status).view()).c_str());
    if (s.info != nullptr && s.level == match_level::exact)
      std::printf(" %.*s", static_cast<int>(s.info->detail_name.size()),
                  s.info->detail_name.data());
    else if (s.info != nullptr)
      std::printf(" (%.*s)", static_cast<int>(s.info->subject_name.size()),
                  s.info->subject_name.data());
  }
  std::printf("\n   => %s", std::string(to_string(a.what)).c_str());
  if (a.applies_to != scope::none)
    std::printf(" [%s]", std::string(to_string(a.applies_to)).c_str());
  if (a.bounce != bounce_type::none)
    std::printf(", %s bounce, reason %s", std::string(to_string(a.bounce)).c_str(),
                std::string(to_string(a.reason)).c_str());
  if (a.what == action::retry_later)
    std::printf(", retry in %lld s", static_cast<long long>(a.delay.count()));
  if (a.close_connection) std::printf(", connection closes");
  std::printf("\n   %.*s\n\n", static_cast<int>(a.why.size()), a.why.data());
}

void report_event(const options& o, const char* event) {
  if (o.fmt == format::json)
    std::printf("{\"event\":\"%s\"}\n", event);
  else
    std::printf("*  %s\n\n", event);
}

// Reads the reply to `cmd`, then any reply the server sent on its own right after it.
bool exchange(connection& c, const options& o, const std::string& sent, smtp_command cmd) {
  parse_result r;
  switch (c.next(r, o.timeout_ms)) {
    case connection::status::timeout:
      report_event(o, "no reply before the timeout");
      return false;
    case connection::status::closed:
      report_event(o, "connection closed by the server");
      return false;
    case connection::status::reply:
      report(o, sent, r, cmd);
      break;
  }
  unsigned last = r.value.code;
  while (c.next(r, 50) == connection::status::reply) {
    report(o, "(unsolicited)", r, smtp_command::unknown);
    last = r.value.code;
  }
  return last != 421 && last != 221;  // the server closes after these (RFC 5321 §3.8)
}

std::vector<std::string> load_script(const std::string& path, bool& ok) {
  std::vector<std::string> lines;
  ok = true;
  if (path.empty()) return {"EHLO probe.example.test", "QUIT"};
  std::ifstream in(path);
  if (!in) {
    ok = false;
    return lines;
  }
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

smtp_command command_of(const std::string& line) {
  const std::size_t end = line.find_first_of(" :");
  return parse_command(std::string_view(line).substr(0, end));
}

}  // namespace

int main(int argc, char** argv) {
  options o;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::printf("%s%s", usage_line, help_text);
      return std::fflush(stdout) == 0 && !std::ferror(stdout) ? 0 : 1;
    }
    if (arg == "--version") {
      std::printf("smtp-probe %d.%d.%d\n", SMTPCODES_VERSION_MAJOR, SMTPCODES_VERSION_MINOR,
                  SMTPCODES_VERSION_PATCH);
      return std::fflush(stdout) == 0 && !std::ferror(stdout) ? 0 : 1;
    }
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) return nullptr;
      (void)name;
      return argv[++i];
    };
    if (arg == "--script") {
      const char* v = value("--script");
      if (!v) return usage("--script needs a file");
      o.script = v;
    } else if (arg == "--format") {
      const char* v = value("--format");
      if (!v) return usage("--format needs text or json");
      if (std::strcmp(v, "text") == 0)
        o.fmt = format::text;
      else if (std::strcmp(v, "json") == 0)
        o.fmt = format::json;
      else
        return usage("--format must be text or json");
    } else if (arg == "--verbose") {
      o.verbose = true;
    } else if (arg == "--timeout") {
      const char* v = value("--timeout");
      const int seconds = v ? std::atoi(v) : 0;
      if (seconds <= 0) return usage("--timeout needs a positive number of seconds");
      o.timeout_ms = seconds * 1000;
    } else if (!arg.empty() && arg[0] == '-') {
      return usage(("unknown option " + arg).c_str());
    } else {
      positional.push_back(arg);
    }
  }
  if (positional.size() != 2) return usage("expected HOST and PORT");
  o.host = positional[0];
  o.port = positional[1];
  bool loaded = false;
  const std::vector<std::string> script = load_script(o.script, loaded);
  if (!loaded) {
    std::fprintf(stderr, "smtp-probe: cannot read script '%s'\n", o.script.c_str());
    return 1;
  }
  connection c;
  if (!c.open(o.host, o.port)) {
    std::fprintf(stderr, "smtp-probe: cannot connect to %s port %s\n", o.host.c_str(),
                 o.port.c_str());
    return 1;
  }
  if (!exchange(c, o, "(connect)", smtp_command::connect)) return 0;
  for (std::size_t i = 0; i < script.size(); ++i) {
    const std::string& line = script[i];
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("WAIT ", 0) == 0) {
      parse_result r;
      const int ms = std::atoi(line.c_str() + 5) * 1000;
      const auto status = c.next(r, ms);
      if (status == connection::status::reply) {
        report(o, "(unsolicited)", r, smtp_command::unknown);
        if (r.value.code == 421) return 0;
      } else if (status == connection::status::closed) {
        report_event(o, "connection closed by the server");
        return 0;
      }
      continue;
    }
    const smtp_command cmd = command_of(line);
    if (!c.send_line(line)) {
      report_event(o, "connection closed by the server");
      return 0;
    }
    if (cmd == smtp_command::data) {
      parse_result r;
      std::vector<std::string> body;
      while (++i < script.size() && script[i] != ".") body.push_back(script[i]);
      if (c.next(r, o.timeout_ms) != connection::status::reply) {
        report_event(o, "no reply to DATA");
        return 0;
      }
      report(o, line, r, cmd);
      if (r.value.code != 354) continue;
      for (const std::string& b : body) c.send_line(!b.empty() && b[0] == '.' ? "." + b : b);
      if (!c.send_line(".") || !exchange(c, o, "(end of data)", smtp_command::end_of_data))
        return 0;
      continue;
    }
    if (!exchange(c, o, line, cmd)) return 0;
  }
  return 0;
}
