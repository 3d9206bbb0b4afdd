// smtp-explain explain REPLY...: a code, a whole reply or a log line explained
// with its enhanced status and advice.
#include <cstdio>

#include "cli.hpp"
#include "rules_options.hpp"

namespace smtp_explain {
namespace {

int run_explain(const cli_options& o);

const subcommand explain_command{
    "explain",
    "explain [--command CMD] [--lang L] [--format F] [--rules FILE] [--remote-host HOST]\n"
    "                       [--attempts N --since DURATION [--schedule S]] REPLY...",
    "explain a code, a reply or a log line, with the advice for it",
    "REPLY is a code (550), a reply (550 5.1.1 User unknown), a DSN Diagnostic-Code\n"
    "value or a mail log line; several arguments are joined by spaces; - reads it\n"
    "from standard input (a multi-line reply as a server sent it, for example).\n"
    "\nexamples:\n"
    "  smtp-explain explain 550\n"
    "  smtp-explain explain --command RCPT 550 5.1.1 User unknown\n"
    "  smtp-explain explain 'host mx.example.com said: 452 4.5.3 Too many recipients'\n"
    "  smtp-explain explain --remote-host gmail-smtp-in.l.google.com 421 4.7.28 Rate limited\n"
    "  smtp-explain explain --rules rules.toml --attempts 3 --since 40m --format json 451 Later\n"
    "  printf '421-4.7.0 Try again later,\\r\\n421 4.7.0 closing\\r\\n' | smtp-explain explain -\n"
    "\nA text with no reply code (\"5.1.1 User unknown\", \"Host or domain name not\n"
    "found\") is explained from its enhanced status and wording; standard error\n"
    "then says that no reply code was found, and JSON output has \"code\": null.\n"
    "\nexit status: 0 explained, 1 not a reply code (999), a reply of more than 65535\n"
    "lines or a rules file with an error, 2 usage error\n",
    with_rules_options({command_option, lang_option, format_option}),
    run_explain};
SMTP_EXPLAIN_SUBCOMMAND(explain_command);

// Finds the reply in `text`: wire syntax first, then free text (a log line or
// DSN); `command` is taken from the text when the caller gave none. `error`
// says why free text gave no reply.
std::optional<reply> find_in(std::string_view text, std::string& wire, smtp_command& command,
                             parse_error& error) {
  wire.assign(text);
  if (wire.empty() || wire.back() != '\n') wire += "\r\n";
  const parse_result parsed = parse_reply(wire);
  if (parsed.ok() && parsed.consumed == wire.size()) return parsed.value;
  const text_match m = find_reply(text);
  error = m.error;
  if (m.ok()) {
    if (command == smtp_command::unknown) command = m.command;
    return m.value;
  }
  // A DSN text that writes the status before the code ("5.1.1 550 ..."), as
  // advise(text) reads it.
  reply status_first;
  if (!smtpcodes::detail::status_first_reply(text, status_first)) return std::nullopt;
  if (command == smtp_command::unknown)
    command = smtpcodes::detail::command_in_text(text, text.size(), smtpcodes::detail::npos);
  return status_first;
}

// The page for `r` with the advice of the rules, and in text the rule,
// throttle hint and retry decision after it.
void print_judged(const reply& r, smtp_command command, const judgement& j, const cli_options& o) {
  const advice a = j.judge(r, command);
  const std::optional<retry_decision> next = j.next(a);
  print(render_reply(r, a, *o.cat, o.fmt, command, next ? &*next : nullptr));
  if (o.fmt == format::text) print(advice_text_lines(a, next, *o.cat));
}

int run_explain(const cli_options& o) {
  if (o.args.empty())
    return usage_error(
        "explain needs a reply code, a reply or a log line, for example: "
        "explain 550 5.1.1 User unknown",
        &explain_command);
  judgement j;
  if (const int rc = read_judgement(o, explain_command, j); rc != exit_ok) return rc;
  std::string joined;
  if (o.args.size() == 1 && o.args[0] == "-") {  // the reply on standard input, up to 1 MiB
    char chunk[4096];
    std::size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0 && joined.size() <= (1u << 20))
      joined.append(chunk, n);
    if (std::ferror(stdin)) {
      error("cannot read standard input");
      return exit_bad_input;
    }
    if (joined.size() > (1u << 20)) {
      error("standard input holds more than 1 MiB; explain reads one reply");
      return exit_bad_input;
    }
    while (!joined.empty() && (joined.back() == '\n' || joined.back() == '\r')) joined.pop_back();
    if (joined.empty()) {
      error("standard input is empty");
      return exit_bad_input;
    }
  } else {
    for (const std::string& a : o.args) joined += (joined.empty() ? "" : " ") + a;
  }
  smtp_command command = o.command;

  if (const auto n = as_number(joined)) {  // a bare code: explain the number itself
    if (*n < 100 || *n > 599) {
      error(not_a_code(joined));
      return exit_bad_input;
    }
    reply r;
    r.code = static_cast<unsigned>(*n);
    print_judged(r, command, j, o);
    return exit_ok;
  }
  // The text as given, then with control characters removed (hostile or
  // copied terminal output); the rendered page shows only sanitised text.
  std::string wire;
  parse_error why = parse_error::none;
  std::optional<reply> found = find_in(joined, wire, command, why);
  const std::string clean = sanitize_server_text(joined);
  if (!found) found = find_in(clean, wire, command, why);
  if (!found && why == parse_error::too_many_lines) {
    // reply::line_count counts at most 65535 lines; say so, not that the code is wrong.
    error(
        "the reply folds more than 65535 lines, more than smtp-explain can count "
        "(too_many_lines)");
    return exit_bad_input;
  }
  if (!found) {
    const std::string_view head = std::string_view(clean).substr(0, 3);
    if (clean.size() >= 3 && as_number(head) &&
        (clean.size() == 3 || clean[3] == ' ' || clean[3] == '-')) {
      error(not_a_code(head));
      return exit_bad_input;
    }
    // Bounce texts often carry no reply code: advise from the status and wording.
    error("no SMTP reply code found in '" + clean +
          "'; the advice comes from its enhanced status and wording");
    const advice a = j.judge(std::string_view(clean), command);
    const std::optional<retry_decision> next = j.next(a);
    print(render_text_advice(clean, a, *o.cat, o.fmt, command, next ? &*next : nullptr));
    if (o.fmt == format::text) print(advice_text_lines(a, next, *o.cat));
    return exit_ok;
  }
  print_judged(*found, command, j, o);
  return exit_ok;
}

}  // namespace
}  // namespace smtp_explain
