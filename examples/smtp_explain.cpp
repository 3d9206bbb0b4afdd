// smtp-explain: compare two reply codes, explain a reply (a code, a whole
// reply or a log line) with its enhanced status and advice, or list every
// registered code, in English, Turkish, Japanese or Korean, as text,
// Markdown, JSON or HTML.
//
// Exit status: 0 success, 1 bad input (not a reply code, nothing found),
// 2 usage error (unknown subcommand or option, missing arguments).
#include <smtpcodes/render.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace smtpcodes;

constexpr int exit_ok = 0;
constexpr int exit_bad_input = 1;
constexpr int exit_usage = 2;

// Options a subcommand accepts (bit set).
constexpr unsigned opt_lang = 1;
constexpr unsigned opt_format = 2;
constexpr unsigned opt_command = 4;

struct cli_options {
  const catalogue* cat = &locale::en;
  format fmt = format::text;
  smtp_command command = smtp_command::unknown;
  std::vector<std::string> args;  // positional arguments
};

struct subcommand {
  std::string_view name;
  std::string_view synopsis;
  unsigned accepted;  // opt_* bits
  int (*run)(const cli_options&);
};

void print(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

void error(const std::string& message) {
  const std::string line = "smtp-explain: " + message + '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);
}

// A whole argument as a number, or nullopt when it is not all digits.
std::optional<unsigned long> as_number(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  unsigned long n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<unsigned long>(c - '0');
  }
  return n;
}

int usage_error(const std::string& message);

std::string not_a_code(std::string_view s) {
  return "'" + sanitize_server_text(s) + "' is not an SMTP reply code (must be 100-599)";
}

int run_compare(const cli_options& o) {
  if (o.args.size() != 2)
    return usage_error("compare needs exactly two reply codes, for example: compare 211 455");
  reply_code codes[2]{};
  for (std::size_t i = 0; i < 2; ++i) {
    const auto n = as_number(o.args[i]);
    if (!n || *n < 100 || *n > 599) {
      error(not_a_code(o.args[i]));
      return exit_bad_input;
    }
    const auto code = to_reply_code(static_cast<unsigned>(*n));
    if (!code) {
      error("compare needs codes that an RFC defines, and " + o.args[i] +
            " is not one of them.\nRun 'smtp-explain list' to see the registered codes, or "
            "'smtp-explain explain " +
            o.args[i] + "' for what " + o.args[i] + " means.");
      return exit_bad_input;
    }
    codes[i] = *code;
  }
  print(render_comparison(compare(codes[0], codes[1]), *o.cat, o.fmt));
  return exit_ok;
}

// Finds the reply in `text`: wire syntax first, then free text (a log line or
// DSN); `command` is taken from the text when the caller gave none.
std::optional<reply> find_in(std::string_view text, std::string& wire, smtp_command& command) {
  wire.assign(text);
  if (wire.empty() || wire.back() != '\n') wire += "\r\n";
  const parse_result parsed = parse_reply(wire);
  if (parsed.ok() && parsed.consumed == wire.size()) return parsed.value;
  const text_match m = find_reply(text);
  if (!m.ok()) return std::nullopt;
  if (command == smtp_command::unknown) command = m.command;
  return m.value;
}

int run_explain(const cli_options& o) {
  if (o.args.empty())
    return usage_error(
        "explain needs a reply code, a reply or a log line, for example: "
        "explain 550 5.1.1 User unknown");
  std::string joined;
  for (const std::string& a : o.args) joined += (joined.empty() ? "" : " ") + a;
  smtp_command command = o.command;

  if (const auto n = as_number(joined)) {  // a bare code: explain the number itself
    if (*n < 100 || *n > 599) {
      error(not_a_code(joined));
      return exit_bad_input;
    }
    reply r;
    r.code = static_cast<unsigned>(*n);
    print(render_reply(r, *o.cat, o.fmt, command));
    return exit_ok;
  }
  // The text as given, then with control characters removed (hostile or
  // copied terminal output); the rendered page shows only sanitised text.
  std::string wire;
  std::optional<reply> found = find_in(joined, wire, command);
  const std::string clean = sanitize_server_text(joined);
  if (!found) found = find_in(clean, wire, command);
  if (!found) {
    const std::string_view head = std::string_view(clean).substr(0, 3);
    if (clean.size() >= 3 && as_number(head) &&
        (clean.size() == 3 || clean[3] == ' ' || clean[3] == '-'))
      error(not_a_code(head));
    else
      error("no SMTP reply code found in '" + clean + "'");
    return exit_bad_input;
  }
  print(render_reply(*found, *o.cat, o.fmt, command));
  return exit_ok;
}

int run_list(const cli_options& o) {
  if (!o.args.empty()) return usage_error("list takes no arguments");
  print(render_code_list(*o.cat, o.fmt));
  return exit_ok;
}

// scan [FILE|-]: one record per log line that carries a reply (Postfix "said:"
// and "NOQUEUE: reject:", Exim "SMTP error from remote mail server after ...",
// Sendmail "stat=Deferred: ..."), then a summary by reason.
int run_scan(const cli_options& o) {
  if (o.args.size() > 1)
    return usage_error("scan takes at most one FILE (or - for standard input)");
  if (o.fmt == format::markdown || o.fmt == format::html)
    return usage_error("scan writes text or json");
  const std::string path = o.args.empty() ? "-" : o.args[0];
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      error("cannot read '" + sanitize_server_text(path) + "'");
      return exit_bad_input;
    }
  }
  std::istream& in = path == "-" ? std::cin : file;
  struct tally {
    unsigned total = 0, hard = 0, soft = 0;
  };
  std::map<std::string_view, tally> by_reason;
  unsigned lines = 0, found = 0;
  for (std::string line; std::getline(in, line);) {
    ++lines;
    const text_match m = find_reply(line);
    if (!m.ok()) continue;
    ++found;
    const advice a = advise(m.value, m.command);
    tally& t = by_reason[to_string(a.reason)];
    ++t.total;
    t.hard += a.bounce == bounce_type::hard ? 1 : 0;
    t.soft += a.bounce == bounce_type::soft ? 1 : 0;
    const std::string status = m.value.status ? std::string(to_chars(*m.value.status).view()) : "";
    std::string text(m.value.text_size(), '\0');
    text.resize(m.value.text_to(text.data(), text.size()).size());
    if (o.fmt == format::json) {
      print(
          "{\"line\":" + std::to_string(lines) + ",\"code\":" + std::to_string(m.value.code) +
          ",\"enhanced\":" + (status.empty() ? "null" : to_json_string(status)) + ",\"command\":" +
          (m.command == smtp_command::unknown ? "null" : to_json_string(to_identifier(m.command))) +
          ",\"action\":" + to_json_string(to_string(a.what)) +
          ",\"reason\":" + to_json_string(to_string(a.reason)) +
          ",\"bounce\":" + to_json_string(to_string(a.bounce)) +
          ",\"text\":" + to_json_string(sanitize_server_text(text)) + "}\n");
    } else {
      print("line " + std::to_string(lines) + ": " + std::to_string(m.value.code) +
            (status.empty() ? "" : " " + status) + " after " +
            std::string(to_identifier(m.command)) + " -> " + std::string(to_string(a.what)) + ", " +
            std::string(to_string(a.reason)) + " (" + std::string(to_string(a.bounce)) + ")\n    " +
            sanitize_server_text(text) + "\n");
    }
  }
  if (o.fmt == format::text) {
    print("\n" + std::to_string(found) + " replies in " + std::to_string(lines) + " lines\n\n");
    char row[128];
    std::snprintf(row, sizeof row, "%-22s %7s %7s %7s\n", "reason", "replies", "hard", "soft");
    print(row);
    for (const auto& [reason, t] : by_reason) {
      std::snprintf(row, sizeof row, "%-22.*s %7u %7u %7u\n", static_cast<int>(reason.size()),
                    reason.data(), t.total, t.hard, t.soft);
      print(row);
    }
  }
  return exit_ok;
}

// To add a subcommand, write its run_ function and add a row here.
constexpr subcommand subcommands[] = {
    {"compare", "compare A B [--lang L] [--format F]", opt_lang | opt_format, run_compare},
    {"explain", "explain [--command CMD] [--lang L] [--format F] REPLY...",
     opt_lang | opt_format | opt_command, run_explain},
    {"list", "list [--lang L] [--format F]", opt_lang | opt_format, run_list},
    {"scan", "scan [FILE|-] [--format text|json]", opt_format, run_scan},
};

std::string usage() {
  std::string u = "usage:\n";
  for (const subcommand& s : subcommands) u += "  smtp-explain " + std::string(s.synopsis) + '\n';
  u += "\n  --lang L     en, tr, ja or ko (default en)\n"
       "  --format F   text, markdown, json or html (default text)\n"
       "  --command C  the command the reply answered: CONNECT, EHLO, MAIL, RCPT, DATA, DOT, ...\n"
       "  REPLY        a code (550), a reply (550 5.1.1 User unknown) or a log line\n";
  return u;
}

int usage_error(const std::string& message) {
  error(message);
  std::fputs(usage().c_str(), stderr);
  return exit_usage;
}

// Reads the options and positional arguments after the subcommand name.
// Options are "--name value" or "--name=value"; "--" ends the options.
int read_arguments(const subcommand& sub, int argc, char** argv, cli_options& o) {
  bool only_positional = false;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (only_positional || arg.size() < 2 || arg[0] != '-') {
      o.args.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      std::fputs(usage().c_str(), stdout);
      return -1;  // handled: exit 0 without running
    }
    std::string_view name = arg, value;
    bool has_value = false;
    if (const std::size_t eq = arg.find('='); eq != std::string_view::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    unsigned bit = 0;
    if (name == "--lang")
      bit = opt_lang;
    else if (name == "--format")
      bit = opt_format;
    else if (name == "--command")
      bit = opt_command;
    if (bit == 0 || (sub.accepted & bit) == 0)
      return usage_error("unknown option '" + std::string(name) + "' for " + std::string(sub.name));
    if (!has_value) {
      if (i + 1 >= argc) return usage_error(std::string(name) + " needs a value");
      value = argv[++i];
    }
    if (bit == opt_lang) {
      o.cat = find_catalogue(value);
      if (o.cat == nullptr)
        return usage_error("unknown language '" + std::string(value) + "' (use en, tr, ja or ko)");
    } else if (bit == opt_format) {
      const auto f = parse_format(value);
      if (!f)
        return usage_error("unknown format '" + std::string(value) +
                           "' (use text, markdown, json or html)");
      o.fmt = *f;
    } else {
      o.command = parse_command(value);
      if (o.command == smtp_command::unknown)
        return usage_error("unknown SMTP command '" + std::string(value) + "'");
    }
  }
  return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("missing subcommand");
  const std::string_view name = argv[1];
  if (name == "-h" || name == "--help" || name == "help") {
    std::fputs(usage().c_str(), stdout);
    return exit_ok;
  }
  for (const subcommand& sub : subcommands) {
    if (sub.name != name) continue;
    cli_options o;
    if (const int rc = read_arguments(sub, argc, argv, o); rc != exit_ok)
      return rc < 0 ? exit_ok : rc;
    return sub.run(o);
  }
  return usage_error("unknown subcommand '" + std::string(name) + "'");
}
