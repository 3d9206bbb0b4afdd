// smtp-explain scan [FILE|-]: one record per log line that carries a reply
// (Postfix "said:" and "NOQUEUE: reject:", Exim "SMTP error from remote mail
// server after ...", Sendmail "stat=Deferred: ..."), then a summary by reason.
#include <fstream>
#include <iostream>
#include <map>

#include "cli.hpp"
#include "rules_options.hpp"

namespace smtp_explain {
namespace {

int run_scan(const cli_options& o);

const subcommand scan_command{
    "scan",
    "scan [FILE|-] [--format text|json] [--summary] [--rules FILE] [--remote-host HOST]",
    "find and judge every SMTP reply in a mail log",
    "examples:\n"
    "  smtp-explain scan /var/log/mail.log\n"
    "  tail -f /var/log/mail.log | smtp-explain scan - --format json\n"
    "  smtp-explain scan --rules rules.toml --summary /var/log/mail.log\n"
    "\nexit status: 0 scanned, 1 a file that cannot be read, 2 usage error\n",
    with_rules_options(
        {format_option, {"--summary", "", "print only the summary (with --rules: hits per rule)"}}),
    run_scan};
SMTP_EXPLAIN_SUBCOMMAND(scan_command);

int run_scan(const cli_options& o) {
  if (o.args.size() > 1)
    return usage_error("scan takes at most one FILE (or - for standard input)", &scan_command);
  if (o.fmt == format::markdown || o.fmt == format::html)
    return usage_error("scan writes text or json", &scan_command);
  judgement j;
  if (const int rc = read_judgement(o, scan_command, j); rc != exit_ok) return rc;
  const bool summary_only = o.has("--summary");
  rule_tally by_rule;
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
    const advice a = j.judge(m.value, m.command);
    by_rule.count(a);
    tally& t = by_reason[to_string(a.reason)];
    ++t.total;
    t.hard += a.bounce == bounce_type::hard ? 1 : 0;
    t.soft += a.bounce == bounce_type::soft ? 1 : 0;
    const std::string status = m.value.status ? std::string(to_chars(*m.value.status).view()) : "";
    std::string text(m.value.text_size(), '\0');
    text.resize(m.value.text_to(text.data(), text.size()).size());
    if (summary_only) continue;
    if (o.fmt == format::json) {
      print(
          "{\"line\":" + std::to_string(lines) + ",\"code\":" + std::to_string(m.value.code) +
          ",\"enhanced\":" + (status.empty() ? "null" : to_json_string(status)) + ",\"command\":" +
          (m.command == smtp_command::unknown ? "null" : to_json_string(to_identifier(m.command))) +
          ",\"action\":" + to_json_string(to_string(a.what)) +
          ",\"reason\":" + to_json_string(to_string(a.reason)) +
          ",\"bounce\":" + to_json_string(to_string(a.bounce)) + ",\"text\":" +
          to_json_string(sanitize_server_text(text)) + advice_json_members(a, j.next(a)) + "}\n");
    } else {
      print("line " + std::to_string(lines) + ": " + std::to_string(m.value.code) +
            (status.empty() ? "" : " " + status) + " after " +
            std::string(to_identifier(m.command)) + " -> " + std::string(to_string(a.what)) + ", " +
            std::string(to_string(a.reason)) + " (" + std::string(to_string(a.bounce)) + ")\n    " +
            sanitize_server_text(text) + "\n" + advice_text_lines(a, j.next(a)));
    }
  }
  if (o.fmt == format::json)
    print("{\"summary\":{\"lines\":" + std::to_string(lines) +
          ",\"replies\":" + std::to_string(found) + ",\"rules\":" + by_rule.json() + "}}\n");
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
    print("\n" + by_rule.text());
  }
  return exit_ok;
}

}  // namespace
}  // namespace smtp_explain
