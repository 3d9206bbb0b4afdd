#include <smtpcodes/rules.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace smtpcodes;
using namespace std::chrono_literals;

namespace {
reply wire(const char* bytes) {
  const parse_result r = parse_reply(bytes);
  REQUIRE_MESSAGE(r.ok(), "fixture does not parse: " << bytes);
  return r.value;
}
rule named(const char* name) {
  rule r;
  r.name = name;
  return r;
}
rule_set only(rule r) {
  rule_set s;
  REQUIRE(s.add(std::move(r)).empty());
  s.use_providers(false);
  return s;
}
// Which rule (its name) decides `bytes` after `c`, "" for the built-in judgement.
std::string decider(const rule_set& s, const char* bytes, smtp_command c = smtp_command::rcpt,
                    std::string_view host = {}) {
  return std::string(advise(wire(bytes), c, s, host).rule);
}
}  // namespace

static_assert(parse_code_pattern("55x")->low == 550 && parse_code_pattern("55x")->high == 559);
static_assert(parse_status_pattern("5.7.606-649")->detail_last == 649);

TEST_CASE("code patterns: one code, ten, a class") {
  CHECK(parse_code_pattern("550")->matches(550));
  CHECK_FALSE(parse_code_pattern("550")->matches(551));
  CHECK(parse_code_pattern("55x")->matches(559));
  CHECK_FALSE(parse_code_pattern("55X")->matches(560));
  CHECK(parse_code_pattern("4xx")->matches(421));
  CHECK_FALSE(parse_code_pattern("4xx")->matches(500));
  CHECK_FALSE(parse_code_pattern("650"));
  CHECK_FALSE(parse_code_pattern("5x0"));
  CHECK_FALSE(parse_code_pattern("55"));
  CHECK_FALSE(parse_code_pattern("abc"));
}

TEST_CASE("status patterns: exact, wildcards, detail ranges") {
  CHECK(parse_status_pattern("5.7.1")->matches({5, 7, 1}));
  CHECK_FALSE(parse_status_pattern("5.7.1")->matches({5, 7, 10}));
  CHECK(parse_status_pattern("5.7.*")->matches({5, 7, 133}));
  CHECK_FALSE(parse_status_pattern("5.7.*")->matches({4, 7, 1}));
  CHECK(parse_status_pattern("*.2.2")->matches({4, 2, 2}));
  CHECK(parse_status_pattern("*.*.*")->matches({2, 0, 0}));
  CHECK(parse_status_pattern("5.7.606-649")->matches({5, 7, 649}));
  CHECK_FALSE(parse_status_pattern("5.7.606-649")->matches({5, 7, 650}));
  CHECK_FALSE(parse_status_pattern("3.1.1"));
  CHECK_FALSE(parse_status_pattern("5.01.1"));
  CHECK_FALSE(parse_status_pattern("5.1"));
  CHECK_FALSE(parse_status_pattern("5.7.649-606"));
  CHECK_FALSE(parse_status_pattern("5.7.1000"));
}

TEST_CASE("each condition holds alone and fails alone") {
  const char* full = "552 5.2.2 <bob@example.com>: Mailbox full\r\n";
  rule r = named("code");
  r.codes = {*parse_code_pattern("55x")};
  CHECK(decider(only(r), full) == "code");
  CHECK(decider(only(r), "452 4.2.2 Mailbox full\r\n").empty());

  r = named("status");
  r.statuses = {*parse_status_pattern("*.2.*")};
  CHECK(decider(only(r), full) == "status");
  CHECK(decider(only(r), "552 Mailbox full\r\n").empty());  // no status: no match

  r = named("command");
  r.commands = command_set{} | smtp_command::rcpt;
  CHECK(decider(only(r), full, smtp_command::rcpt) == "command");
  CHECK(decider(only(r), full, smtp_command::mail).empty());
  CHECK(decider(only(r), full, smtp_command::unknown).empty());

  r = named("host");
  r.hosts = {"Example.NET"};
  CHECK(decider(only(r), full, smtp_command::rcpt, "example.net") == "host");
  CHECK(decider(only(r), full, smtp_command::rcpt, "mx1.EXAMPLE.net.") == "host");
  CHECK(decider(only(r), full, smtp_command::rcpt, "badexample.net").empty());
  CHECK(decider(only(r), full, smtp_command::rcpt).empty());
  r.hosts = {".example.net"};  // below the domain only
  CHECK(decider(only(r), full, smtp_command::rcpt, "example.net").empty());
  CHECK(decider(only(r), full, smtp_command::rcpt, "a.example.net") == "host");
  r.hosts = {"mx?.*.example.net"};  // a glob: the whole host
  CHECK(decider(only(r), full, smtp_command::rcpt, "mx2.eu.example.net") == "host");
  CHECK(decider(only(r), full, smtp_command::rcpt, "mx12.eu.example.net").empty());

  r = named("text");
  r.texts = {"MAILBOX FULL"};  // case-insensitive substring
  CHECK(decider(only(r), full) == "text");
  CHECK(decider(only(r), "552 5.2.2 Mailbox is full\r\n").empty());
  r.texts = {"*bob@*full"};  // a glob: all of the reply text
  CHECK(decider(only(r), full) == "text");
  r.texts = {"bob@*"};  // anchored at the start of the text
  CHECK(decider(only(r), full).empty());
  r.texts = {"spf"};  // short texts are checked unindexed, as substrings
  CHECK(decider(only(r), "550 5.7.23 SPF check failed\r\n") == "text");
  r.texts = {"quota", "mailbox full"};  // a list: any entry
  CHECK(decider(only(r), full) == "text");
}

TEST_CASE("the text of a multi-line reply is its lines joined, without codes") {
  rule r = named("joined");
  r.texts = {"inbox is out of storage"};
  CHECK(decider(only(r),
                "452-4.2.2 The recipient's inbox is out\r\n452 4.2.2 of storage space\r\n") ==
        "joined");
  r.texts = {"4.2.2"};  // the enhanced status is not part of the text: use `status`
  CHECK(decider(only(r), "452-4.2.2 a\r\n452 4.2.2 b\r\n").empty());
}

TEST_CASE("all conditions of a rule must hold") {
  rule r = named("both");
  r.codes = {*parse_code_pattern("421")};
  r.texts = {"too many connections"};
  const rule_set s = only(r);
  CHECK(decider(s, "421 4.7.0 Too many connections from your IP\r\n") == "both");
  CHECK(decider(s, "450 4.7.0 Too many connections from your IP\r\n").empty());
  CHECK(decider(s, "421 4.7.0 Service shutting down\r\n").empty());
}

TEST_CASE("effects: each overrides one part of the advice") {
  const char* full = "552 5.2.2 Mailbox full\r\n";
  const advice built_in = advise(wire(full), smtp_command::rcpt);
  REQUIRE(built_in.what == action::retry_later);  // 552 on RCPT, RFC 5321 §4.5.3.1.10
  REQUIRE(built_in.rule.empty());

  rule r = named("give-up");
  r.texts = {"mailbox full"};
  r.what = action::give_up;
  // advice::rule views the rule's name in the rule_set: the set must outlive it.
  const rule_set give_up = only(r);
  advice a = advise(wire(full), smtp_command::rcpt, give_up);
  CHECK(a.what == action::give_up);
  CHECK(a.reason == bounce_reason::mailbox_full);
  CHECK(a.bounce == bounce_type::soft);
  CHECK(a.delay == 0s);
  CHECK(a.rule == "give-up");
  CHECK(a.why == operator_rule_why);

  r.reason = bounce_reason::user_unknown;  // a dead address gives up hard
  a = advise(wire(full), smtp_command::rcpt, only(r));
  CHECK(a.bounce == bounce_type::hard);

  r.bounce = bounce_type::soft;  // unless the rule says otherwise
  a = advise(wire(full), smtp_command::rcpt, only(r));
  CHECK(a.bounce == bounce_type::soft);

  rule d = named("delay");
  d.texts = {"mailbox full"};
  d.delay = 6h;
  a = advise(wire(full), smtp_command::rcpt, only(d));
  CHECK(a.what == action::retry_later);
  CHECK(a.delay == 6h);
  CHECK(a.why == built_in.why);  // no change of verdict: the built-in reason stands

  rule sc = named("scope");
  sc.texts = {"mailbox full"};
  sc.applies_to = scope::session;
  CHECK(advise(wire(full), smtp_command::rcpt, only(sc)).applies_to == scope::session);

  rule t = named("throttle");
  t.texts = {"mailbox full"};
  t.throttle = {throttle_target::domain, 2h};
  a = advise(wire(full), smtp_command::rcpt, only(t));
  CHECK(a.throttle.target == throttle_target::domain);
  CHECK(a.throttle.duration == 2h);

  rule later = named("later");
  later.texts = {"mailbox full"};
  later.what = action::retry_later;
  later.reason = bounce_reason::greylisted;
  a = advise(wire("550 5.2.2 Mailbox full\r\n"), smtp_command::rcpt, only(later));
  CHECK(a.what == action::retry_later);
  CHECK(a.delay == 300s);  // the built-in delay of the new reason
  CHECK(a.bounce == bounce_type::soft);
}

TEST_CASE("rewrite: the reply is judged as the new status and the code it implies") {
  rule r = named("dead");
  r.codes = {*parse_code_pattern("45x")};
  r.texts = {"user unknown in local recipient table"};
  r.rewrite = enhanced_status{5, 1, 1};
  const rule_set s = only(r);
  const advice a = advise(wire("450 4.1.1 <x@y>: Recipient address rejected: User unknown in local "
                               "recipient table\r\n"),
                          smtp_command::rcpt, s);
  CHECK(a.what == action::give_up);
  CHECK(a.reason == bounce_reason::user_unknown);
  CHECK(a.bounce == bounce_type::hard);
  CHECK(a.rule == "dead");

  rule_input in;
  in.code = 450;
  in.status = enhanced_status{4, 1, 1};
  in.text = "Recipient address rejected: User unknown in local recipient table";
  const auto w = rewrite(in, s);
  REQUIRE(w);
  CHECK(w->code == 550);
  CHECK(w->status == enhanced_status{5, 1, 1});
  CHECK(w->by == &s[0]);
  in.text = "Greylisted";
  CHECK_FALSE(rewrite(in, s));

  CHECK(implied_code(550, {5, 7, 1}) == 550);  // same class: kept
  CHECK(implied_code(550, {4, 1, 1}) == 451);  // IANA associates X.1.1 with 451 and 550
  CHECK(implied_code(550, {4, 2, 2}) == 450);  // only with 552: the class's x50
  CHECK(implied_code(452, {5, 1, 1}) == 550);
  CHECK(implied_code(0, {2, 0, 0}) == 250);
}

TEST_CASE("first match wins, in insertion order, whichever index holds the rules") {
  rule_set s;
  s.use_providers(false);
  rule a = named("by-code");
  a.codes = {*parse_code_pattern("5xx")};
  rule b = named("by-text");
  b.texts = {"user unknown"};
  rule c = named("by-host");
  c.hosts = {"example.com"};
  REQUIRE(s.add(a).empty());
  REQUIRE(s.add(b).empty());
  REQUIRE(s.add(c).empty());
  CHECK(decider(s, "550 5.1.1 User unknown\r\n", smtp_command::rcpt, "example.com") == "by-code");
  CHECK(decider(s, "450 4.1.1 User unknown\r\n", smtp_command::rcpt, "example.com") == "by-text");
  CHECK(decider(s, "450 4.2.0 Greylisted\r\n", smtp_command::rcpt, "mx.example.com") == "by-host");
  CHECK(decider(s, "450 4.2.0 Greylisted\r\n", smtp_command::rcpt, "example.org").empty());
  CHECK(s[1].name == "by-text");
  rule unnamed;
  unnamed.texts = {"x"};
  REQUIRE(s.add(unnamed).empty());
  CHECK(s[3].name == "rule 4");
}

TEST_CASE("rules that cannot be added say why") {
  rule_set s;
  rule r;
  r.texts = {"*"};
  CHECK_FALSE(s.add(r).empty());
  r = rule{};
  r.hosts = {""};
  CHECK_FALSE(s.add(r).empty());
  r = rule{};
  r.regex = "a+";
  CHECK(s.add(r).find("regular-expression engine") != std::string::npos);
  r = rule{};
  r.delay = 0s;
  CHECK_FALSE(s.add(r).empty());
  r = rule{};
  r.rewrite = enhanced_status{3, 1, 1};
  CHECK_FALSE(s.add(r).empty());
  r = rule{};
  r.throttle = {throttle_target::host, 0s};
  CHECK_FALSE(s.add(r).empty());
  CHECK(s.empty());
}

TEST_CASE("the indexed search finds what a rule-by-rule check finds") {
  // Many rules of every index, matched against texts, hosts and codes; the
  // answer must be the lowest rule that matches when each is checked alone.
  const char* words[] = {"quota",        "mailbox", "unknown", "greylist", "spamhaus", "tss04",
                         "rate limited", "blocked", "user",    "dmarc",    "policy",   "relay"};
  const char* hosts[] = {"example.com", "mx.example.com", "example.org", "gmail.com"};
  rule_set s;
  s.use_providers(false);
  std::uint32_t x = 12345;
  const auto next = [&x] { return x = x * 1103515245u + 12345u, (x >> 16) & 0x7FFF; };
  for (int i = 0; i < 400; ++i) {
    rule r;
    switch (next() % 5) {
      case 0:
        r.texts = {std::string(words[next() % 12]) + (next() % 2 ? " " : "")};
        break;
      case 1:
        r.texts = {std::string("*") + words[next() % 12] + "*"};
        r.codes = {code_pattern{static_cast<std::uint16_t>(400 + next() % 200),
                                static_cast<std::uint16_t>(599)}};
        break;
      case 2:
        r.hosts = {hosts[next() % 4]};
        r.texts = next() % 2 ? std::vector<std::string>{"x"} : std::vector<std::string>{};
        break;
      case 3:
        r.codes = {*parse_code_pattern(next() % 2 ? "45x" : "5xx")};
        r.commands = command_set{} | smtp_command::data;
        break;
      default:
        r.statuses = {*parse_status_pattern(next() % 2 ? "5.7.*" : "*.1.1")};
        break;
    }
    REQUIRE(s.add(std::move(r)).empty());
  }
  const char* replies[] = {"550 5.1.1 User unknown\r\n",
                           "452 4.2.2 Over quota; mailbox full\r\n",
                           "421 4.7.0 [TSS04] rate limited\r\n",
                           "554 5.7.1 blocked by spamhaus\r\n",
                           "250 2.0.0 Ok\r\n",
                           "451 4.7.1 Greylisted, relay later x\r\n"};
  for (const char* bytes : replies)
    for (const char* host : hosts)
      for (smtp_command c : {smtp_command::rcpt, smtp_command::data}) {
        const reply r = wire(bytes);
        char buf[2048];
        const rule_input in{r.code, r.status, c, detail::rule_text(r, buf, sizeof buf), host};
        std::size_t expected = s.size();
        for (std::size_t i = 0; i < s.size() && expected == s.size(); ++i)
          if (s.matches(i, in)) expected = i;
        CHECK_MESSAGE(s.first_match(in) == expected, bytes << " " << host);
      }
}

TEST_CASE("advise(text, ...) with rules: the whole line is the text") {
  rule r = named("relay-host");
  r.texts = {"mx.example.net"};
  r.reason = bounce_reason::blocked;
  const rule_set s = only(r);
  const advice a =
      advise("host mx.example.net[192.0.2.1] said: 550 5.7.1 Go away (in reply to RCPT TO command)",
             smtp_command::unknown, s);
  CHECK(a.rule == "relay-host");
  CHECK(a.reason == bounce_reason::blocked);
  CHECK(a.applies_to == scope::recipient);  // the command named in the line

  rule st = named("dsn-only");
  st.statuses = {*parse_status_pattern("4.4.*")};
  st.rewrite = enhanced_status{5, 4, 7};
  const rule_set dsn_only = only(st);  // outlives b, whose rule views its name
  const advice b = advise("status=deferred (dsn=4.4.1, connect to mx: Connection timed out)",
                          smtp_command::unknown, dsn_only);
  CHECK(b.rule == "dsn-only");
  CHECK(b.what == action::give_up);
  CHECK(b.reason == bounce_reason::expired);
}

TEST_CASE("provider profiles apply after the rules, for their hosts, and can be turned off") {
  const char* gmail = "421 4.7.28 Gmail has detected an unusual rate of email.\r\n";
  rule_set none;
  CHECK(decider(none, gmail, smtp_command::end_of_data, "gmail-smtp-in.l.google.com") ==
        "gmail:4.7.28-rate-limited");
  CHECK(decider(none, gmail, smtp_command::end_of_data, "mx.example.com").empty());
  CHECK(decider(none, gmail, smtp_command::end_of_data).empty());
  rule mine = named("mine");
  mine.codes = {*parse_code_pattern("421")};
  rule_set s;
  REQUIRE(s.add(mine).empty());
  CHECK(decider(s, gmail, smtp_command::end_of_data, "gmail.com") == "mine");  // user rules win
  none.use_providers(false);
  CHECK(decider(none, gmail, smtp_command::end_of_data, "gmail.com").empty());
}
