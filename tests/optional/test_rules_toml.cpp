#include <smtpcodes/rules_toml.hpp>

#if defined(SMTPCODES_HAVE_PCRE2)
#include <smtpcodes/rules_pcre2.hpp>
#endif

#include <doctest/doctest.h>

#include <string>

using namespace smtpcodes;
using namespace std::chrono_literals;

namespace {
// The error a rules text gives, as "FILE:LINE: message"; "" when it is valid.
std::string error_of(const char* toml, const rules_options& o = {}) {
  const rules_result r = parse_rules(toml, "t.toml", o);
  return r ? std::string{} : r.error->to_string();
}
bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }
}  // namespace

TEST_CASE("every key of a rule, read into the rule") {
  const rules_result r = parse_rules(R"(
providers = false

[[rule]]
name = "all-keys"
code = ["55x", 421]
status = ["5.7.*", "4.7.606-649"]
command = ["RCPT", "DATA"]
host = ["example.com", "*.example.net"]
text = ["mailbox full", "*quota*"]
action = "retry_later"
reason = "mailbox_full"
bounce = "soft"
delay = "2h"
scope = "recipient"
rewrite = "4.2.2"
throttle = { target = "domain", for = "1d" }
)",
                                     "t.toml");
  REQUIRE_MESSAGE(r, (r.error ? r.error->to_string() : ""));
  REQUIRE(r.rules.size() == 1);
  CHECK_FALSE(r.rules.uses_providers());
  const rule& x = r.rules[0];
  CHECK(x.name == "all-keys");
  CHECK(x.line == 4);
  REQUIRE(x.codes.size() == 2);
  CHECK(x.codes[0].low == 550);
  CHECK(x.codes[1].high == 421);
  CHECK(x.statuses.size() == 2);
  CHECK(x.commands.has(smtp_command::rcpt));
  CHECK(x.commands.has(smtp_command::data));
  CHECK_FALSE(x.commands.has(smtp_command::mail));
  CHECK(x.hosts.size() == 2);
  CHECK(x.texts[1] == "*quota*");
  CHECK(x.what == action::retry_later);
  CHECK(x.reason == bounce_reason::mailbox_full);
  CHECK(x.bounce == bounce_type::soft);
  CHECK(x.delay == 2h);
  CHECK(x.applies_to == scope::recipient);
  CHECK(x.rewrite == enhanced_status{4, 2, 2});
  CHECK(x.throttle.target == throttle_target::domain);
  CHECK(x.throttle.duration == 24h);
}

TEST_CASE("rules apply in file order") {
  const rules_result r = parse_rules(R"(
[[rule]]
name = "first"
text = "user unknown"
reason = "user_unknown"

[[rule]]
name = "second"
code = "5xx"
action = "retry_later"
)",
                                     "t.toml");
  REQUIRE(r);
  const parse_result p = parse_reply("550 5.1.1 User unknown\r\n");
  CHECK(advise(p.value, smtp_command::rcpt, r.rules).rule == "first");
  const parse_result q = parse_reply("550 5.7.1 Denied\r\n");
  const advice a = advise(q.value, smtp_command::rcpt, r.rules);
  CHECK(a.rule == "second");
  CHECK(a.what == action::retry_later);
}

TEST_CASE("errors name the file and the line") {
  CHECK(error_of("[[rule]]\nname = \"a\"\ncolour = \"red\"\n") ==
        "t.toml:3: unknown key 'colour' (conditions: name, code, status, command, host, text, "
        "regex; effects: action, reason, bounce, delay, scope, rewrite, throttle)");
  CHECK(starts_with(error_of("[[rule]]\ncode = \"650\"\n"), "t.toml:2: bad code '650'"));
  CHECK(starts_with(error_of("[[rule]]\nstatus = \"5.7\"\n"), "t.toml:2: bad status '5.7'"));
  CHECK(starts_with(error_of("[[rule]]\ncommand = \"FROB\"\n"), "t.toml:2: unknown command"));
  CHECK(
      starts_with(error_of("[[rule]]\n\naction = \"bounce\"\n"), "t.toml:3: bad action 'bounce'"));
  CHECK(starts_with(error_of("[[rule]]\nreason = \"dead\"\n"), "t.toml:2: bad reason 'dead'"));
  CHECK(starts_with(error_of("[[rule]]\nbounce = \"medium\"\n"), "t.toml:2: bad bounce"));
  CHECK(starts_with(error_of("[[rule]]\nscope = \"world\"\n"), "t.toml:2: bad scope"));
  CHECK(starts_with(error_of("[[rule]]\ndelay = \"soon\"\n"), "t.toml:2: bad delay"));
  CHECK(starts_with(error_of("[[rule]]\ndelay = \"0s\"\n"), "t.toml:2: bad delay"));
  CHECK(starts_with(error_of("[[rule]]\nrewrite = \"5.1\"\n"), "t.toml:2: bad rewrite"));
  CHECK(starts_with(error_of("[[rule]]\nthrottle = { target = \"ip\", for = \"1h\" }\n"),
                    "t.toml:2: bad throttle target 'ip'"));
  CHECK(starts_with(error_of("[[rule]]\nthrottle = { target = \"host\" }\n"),
                    "t.toml:2: 'throttle' needs both"));
  CHECK(starts_with(error_of("[[rule]]\nthrottle = { target = \"host\", for = \"1h\", x = 1 }\n"),
                    "t.toml:2: unknown throttle key 'x'"));
  CHECK(starts_with(error_of("[[rule]]\ntext = \"\"\n"), "t.toml:2: 'text' needs"));
  CHECK(starts_with(error_of("[[rule]]\ntext = []\n"), "t.toml:2: 'text' is an empty list"));
  CHECK(starts_with(error_of("[[rule]]\ntext = \"*\"\n"), "t.toml:1: a text condition"));
  CHECK(starts_with(error_of("[[rule]]\nname = \"a\"\n[[rule]]\nname = \"a\"\n"),
                    "t.toml:3: a second rule named 'a' (the first is at line 1)"));
  CHECK(starts_with(error_of("verbose = true\n"), "t.toml:1: unknown key 'verbose'"));
  CHECK(starts_with(error_of("providers = \"no\"\n"), "t.toml:1: 'providers' must be"));
  CHECK(starts_with(error_of("rule = 5\n"), "t.toml:1: 'rule' must be an array of tables"));
  CHECK(starts_with(error_of("[[rule]\nname = \"a\"\n"), "t.toml:1: "));  // TOML syntax
  CHECK(starts_with(error_of("[[rule]]\nname = \"a\"\ntext = \"x\n"), "t.toml:3: "));
  CHECK(starts_with(error_of("[[rule]]\nregex = \"a+\"\n"),
                    "t.toml:2: 'regex' needs a regular-expression engine"));
  const rules_result r = parse_rules("[[rule]]\ncode = \"650\"\n", "t.toml");
  CHECK(r.rules.empty());  // nothing half-read is handed out
}

TEST_CASE("files: read, missing, a directory; empty is valid") {
  const rules_result missing = load_rules("/nonexistent/rules.toml");
  REQUIRE_FALSE(missing);
  CHECK(missing.error->to_string() == "/nonexistent/rules.toml: cannot read the file");
  const rules_result dir = load_rules("/");
  REQUIRE_FALSE(dir);
  CHECK(dir.error->line == 0);
  CHECK(parse_rules("", "empty.toml"));
  const rules_result example = load_rules(SMTPCODES_EXAMPLES "/rules.toml");
  REQUIRE_MESSAGE(example, (example.error ? example.error->to_string() : ""));
  CHECK(example.rules.size() >= 5);
}

#if defined(SMTPCODES_HAVE_PCRE2)
TEST_CASE("regex conditions through PCRE2: case-insensitive, opt-in, errors with the line") {
  rules_options o;
  o.regex = pcre2_compiler;
  const rules_result r = parse_rules(R"(
[[rule]]
name = "dead"
regex = 'user\s+\S+\s+(unknown|not found)'
rewrite = "5.1.1"
)",
                                     "t.toml", o);
  REQUIRE(r);
  const parse_result p = parse_reply("450 4.0.0 User bob@example.com NOT FOUND here\r\n");
  const advice a = advise(p.value, smtp_command::rcpt, r.rules);
  CHECK(a.rule == "dead");
  CHECK(a.bounce == bounce_type::hard);
  const parse_result q = parse_reply("450 4.0.0 Userbob unknown\r\n");
  CHECK(advise(q.value, smtp_command::rcpt, r.rules).rule.empty());
  CHECK(starts_with(error_of("\n[[rule]]\nregex = \"(a\"\n", o), "t.toml:3: bad regex: "));
  std::string why;
  const auto m = pcre2_compiler("(?-i)Exact", why);
  REQUIRE(m);
  CHECK(m->matches("an Exact word"));
  CHECK_FALSE(m->matches("an exact word"));
  CHECK(m->matches(std::string(4000, 'x') + "Exact"));  // long texts within the stack memory
}
#endif
