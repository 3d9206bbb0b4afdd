// smtp-explain postfix-filter's two pieces: the socketmap protocol
// (examples/smtp_explain/socketmap.hpp) and what a smtp_delivery_status_filter
// key becomes (status_filter.hpp): each built-in rewrite with the example
// docs/postfix.md gives, the texts it must leave alone, and operator rules first.
#include "socketmap.hpp"
#include "status_filter.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace sm = smtp_explain::socketmap;
namespace sf = smtp_explain::status_filter;
using smtpcodes::enhanced_status;

// --- socketmap.hpp ----------------------------------------------------------------

static_assert(sm::read_netstring("5:hello,", 100).payload == "hello");
static_assert(sm::read_netstring("5:hello,", 100).consumed == 8);
static_assert(sm::read_netstring("5:hello,", 4).error == sm::netstring_error::too_long);
static_assert(sm::decimal_digits(0) == 1 && sm::decimal_digits(65536) == 5);
static_assert(sm::split_request("smtpcodes 4.1.1 text").key == "4.1.1 text");
static_assert(sm::split_reply("NOTFOUND ").kind == sm::reply_kind::notfound);

namespace {
std::string reply_bytes(sm::reply_kind k, std::string_view data) {
  std::string out(sm::reply_size(k, data), '\0');
  out.resize(sm::write_reply(k, data, out.data(), out.size()));
  return out;
}
}  // namespace

TEST_CASE("netstrings: whole, empty, one after another") {
  const sm::netstring a = sm::read_netstring("3:abc,3:de,", 100);
  CHECK(a.error == sm::netstring_error::none);
  CHECK(a.payload == "abc");
  CHECK(a.consumed == 6);
  // The second netstring ("3:de,") claims three bytes: "de," and then no comma.
  CHECK(sm::read_netstring("3:de,", 100).error == sm::netstring_error::incomplete);
  CHECK(sm::read_netstring("3:de,x", 100).error == sm::netstring_error::missing_comma);
  const sm::netstring empty = sm::read_netstring("0:,", 100);
  CHECK(empty.error == sm::netstring_error::none);
  CHECK(empty.payload.empty());
  CHECK(empty.consumed == 3);
  // A payload may hold ':' and ',' and NUL.
  const sm::netstring odd = sm::read_netstring(std::string_view("4:a:\0,,", 7), 100);
  CHECK(odd.error == sm::netstring_error::none);
  CHECK(odd.payload == std::string_view("a:\0,", 4));
}

TEST_CASE("netstrings: incomplete until the comma, errors as soon as they show") {
  for (const char* partial : {"", "1", "12", "12:", "5:hel", "5:hello"})
    CHECK_MESSAGE(sm::read_netstring(partial, 100).error == sm::netstring_error::incomplete,
                  partial);
  for (const char* bad :
       {":", ":abc,", "a:", "-1:x,", " 5:hello,", "5 :hello,", "05:hello,", "00:,"})
    CHECK_MESSAGE(sm::read_netstring(bad, 100).error == sm::netstring_error::bad_length, bad);
  CHECK(sm::read_netstring("5:hello;", 100).error == sm::netstring_error::missing_comma);
  // Over the limit: from the length alone, before the payload (or even the ':') arrives.
  CHECK(sm::read_netstring("65537:", 65536).error == sm::netstring_error::too_long);
  CHECK(sm::read_netstring("100000", 65536).error == sm::netstring_error::too_long);
  CHECK(sm::read_netstring("65536", 65536).error == sm::netstring_error::incomplete);
  CHECK(sm::read_netstring("99999999999999999999999:", 65536).error ==
        sm::netstring_error::too_long);
  CHECK(sm::read_netstring("1:x,", 0).error == sm::netstring_error::too_long);
}

TEST_CASE("replies: written and read back") {
  CHECK(reply_bytes(sm::reply_kind::ok, "5.1.1 text") == "13:OK 5.1.1 text,");
  CHECK(reply_bytes(sm::reply_kind::notfound, "ignored") == "9:NOTFOUND ,");
  CHECK(reply_bytes(sm::reply_kind::temp, "busy") == "9:TEMP busy,");
  CHECK(reply_bytes(sm::reply_kind::timeout, "") == "8:TIMEOUT ,");
  CHECK(reply_bytes(sm::reply_kind::perm, "no") == "7:PERM no,");
  char small[8];
  CHECK(sm::write_reply(sm::reply_kind::ok, "5.1.1 text", small, sizeof small) == 0);
  CHECK(sm::write_reply(sm::reply_kind::invalid, "x", small, sizeof small) == 0);

  CHECK(sm::split_reply("OK 5.1.1 text").kind == sm::reply_kind::ok);
  CHECK(sm::split_reply("OK 5.1.1 text").data == "5.1.1 text");
  CHECK(sm::split_reply("TIMEOUT slow").kind == sm::reply_kind::timeout);
  CHECK(sm::split_reply("PERM ").kind == sm::reply_kind::perm);
  CHECK(sm::split_reply("NOTFOUND x").kind == sm::reply_kind::invalid);
  CHECK(sm::split_reply("NOTFOUND").kind == sm::reply_kind::invalid);
  CHECK(sm::split_reply("ok text").kind == sm::reply_kind::invalid);
  CHECK(sm::split_reply("FOUND text").kind == sm::reply_kind::invalid);
}

TEST_CASE("requests: NAME KEY") {
  const sm::request r = sm::split_request("smtpcodes 4.1.1 host x said: 450 y");
  CHECK(r.error == sm::request_error::none);
  CHECK(r.name == "smtpcodes");
  CHECK(r.key == "4.1.1 host x said: 450 y");
  CHECK(sm::split_request("smtpcodes").error == sm::request_error::no_space);
  CHECK(sm::split_request(" 4.1.1 x").error == sm::request_error::empty_name);
  CHECK(sm::split_request("smtpcodes ").error == sm::request_error::empty_key);
  CHECK(sm::split_request("").error == sm::request_error::no_space);
}

// --- status_filter.hpp ------------------------------------------------------------

namespace {

const smtpcodes::rule_set no_rules;

/// "STATUS host mx.example.org[192.0.2.30] said: REPLY (in reply to CMD command)".
std::string key(const char* status, const char* reply, const char* command = "RCPT TO") {
  return std::string(status) + " host mx.example.org[192.0.2.30] said: " + reply +
         " (in reply to " + command + " command)";
}

/// "5.1.1 by dead-address", "keep", "bad key": the decision in a line.
std::string verdict_of(const sf::decision& d) {
  if (d.what == sf::verdict::bad_key) return "bad key";
  if (d.what == sf::verdict::keep) return "keep";
  return std::string(smtpcodes::to_chars(d.to).view()) + " by " +
         (d.by_rule != nullptr ? "rule " + d.by_rule->name
                               : std::string(sf::to_string(d.by_builtin)));
}
std::string verdict_of(const std::string& k, const smtpcodes::rule_set& rules = no_rules,
                       bool builtins = true) {
  return verdict_of(sf::decide(k, rules, builtins));
}

smtpcodes::rule_set rules_of(std::initializer_list<smtpcodes::rule> list) {
  smtpcodes::rule_set s;
  for (const smtpcodes::rule& r : list) REQUIRE(s.add(r).empty());
  return s;
}

}  // namespace

TEST_CASE("dead-address: a 4xx at RCPT with Postfix's 'User unknown in ... table' becomes 5.1.1") {
  const std::string issue = key("4.1.1",
                                "450 4.1.1 <x@example.org>: Recipient address rejected: User "
                                "unknown in local recipient table");
  const sf::decision d = sf::decide(issue, no_rules);
  CHECK(verdict_of(d) == "5.1.1 by dead-address");
  CHECK(d.from == enhanced_status{4, 1, 1});
  CHECK(sf::rewritten_value(d) ==
        "5.1.1 host mx.example.org[192.0.2.30] said: 450 4.1.1 <x@example.org>: Recipient address "
        "rejected: User unknown in local recipient table (in reply to RCPT TO command) "
        "(smtpcodes: was 4.1.1, built-in dead-address)");
  for (const char* table : {"virtual mailbox", "virtual alias", "relay recipient"}) {
    const std::string reply = std::string(
                                  "450 4.1.1 <x@example.org>: Recipient address rejected: "
                                  "User unknown in ") +
                              table + " table";
    CHECK_MESSAGE(verdict_of(key("4.1.1", reply.c_str())) == "5.1.1 by dead-address", table);
  }
  // A server that sends no enhanced status: Postfix makes the key's 4.0.0.
  CHECK(verdict_of(key("4.0.0",
                       "450 <x@example.org>: Recipient address rejected: User unknown in "
                       "local recipient table")) == "5.1.1 by dead-address");
  CHECK(verdict_of(key("4.1.1",
                       "451 4.1.1 <x@example.org>: USER UNKNOWN IN LOCAL RECIPIENT "
                       "TABLE")) == "5.1.1 by dead-address");
}

TEST_CASE("dead-address: left alone when in doubt") {
  // Address verification: the wording is a cached probe result, not this server's lookup.
  CHECK(verdict_of(key("4.1.1",
                       "450 4.1.1 <x@example.org>: Recipient address rejected: unverified address: "
                       "host mx2[192.0.2.9] said: 550 5.1.1 <x@example.org>: Recipient address "
                       "rejected: User unknown in local recipient table")) == "keep");
  // The server says the failure may pass.
  CHECK(verdict_of(key("4.1.1",
                       "450 4.1.1 <x@example.org>: User unknown in local recipient table; "
                       "try again later")) == "keep");
  // Words that say less: a generic "User unknown", a failed lookup, "does not exist".
  CHECK(verdict_of(key("4.1.1", "450 4.1.1 <x@example.org>: User unknown")) == "keep");
  CHECK(verdict_of(key("4.3.0", "451 4.3.0 <x@example.org>: Temporary lookup failure")) == "keep");
  CHECK(verdict_of(key("4.1.1", "450 4.1.1 Mailbox does not exist")) == "keep");
  // Another status than 4.1.1 or 4.0.0, another command than RCPT.
  CHECK(verdict_of(
            key("4.7.1", "450 4.7.1 <x@example.org>: User unknown in local recipient table")) ==
        "keep");
  CHECK(verdict_of(key("4.1.1", "450 4.1.1 User unknown in local recipient table",
                       "end of DATA")) == "keep");
  // No server reply in the text: Postfix's own status.
  CHECK(verdict_of("4.1.1 User unknown in local recipient table") == "keep");
  // The key's class and the reply's disagree (another filter, soft_bounce): left alone.
  CHECK(verdict_of(
            key("5.1.1", "450 4.1.1 <x@example.org>: User unknown in local recipient table")) ==
        "keep");
}

TEST_CASE("recipient-limit-552: 552 at RCPT becomes 4.5.3 (RFC 5321 4.5.3.1.10)") {
  const std::string k = key("5.5.3", "552 5.5.3 Too many recipients");
  const sf::decision d = sf::decide(k, no_rules);
  CHECK(verdict_of(d) == "4.5.3 by recipient-limit-552");
  CHECK(sf::rewritten_value(d) ==
        "4.5.3 host mx.example.org[192.0.2.30] said: 552 5.5.3 Too many recipients (in reply to "
        "RCPT TO command) (smtpcodes: was 5.5.3, built-in recipient-limit-552)");
  // RFC 821's wording for 552, no enhanced status (Postfix's key says 5.0.0).
  CHECK(
      verdict_of(key("5.0.0", "552 Requested mail action aborted: exceeded storage allocation")) ==
      "4.5.3 by recipient-limit-552");
  // A full mailbox at RCPT is retried too, with its own status.
  CHECK(verdict_of(key("5.2.2", "552 5.2.2 Mailbox full")) == "4.2.2 by recipient-limit-552");
  // Left alone: the message is too big (RFC 1870), not at RCPT, a dead address.
  CHECK(verdict_of(key("5.3.4", "552 5.3.4 Message size exceeds fixed limit")) == "keep");
  CHECK(verdict_of(key("5.5.3", "552 5.5.3 Too many recipients", "MAIL FROM")) == "keep");
  CHECK(verdict_of(key("5.5.3", "552 5.5.3 Too many recipients", "end of DATA")) == "keep");
  CHECK(verdict_of(key("5.1.1", "552 5.1.1 <x@example.org>: User unknown")) == "keep");
}

TEST_CASE("temporary-5xx: a 5xx that says try again later, greylisting or a rate limit") {
  const std::string issue = key("5.7.1", "550 5.7.1 Service unavailable, try again later");
  const sf::decision d = sf::decide(issue, no_rules);
  CHECK(verdict_of(d) == "4.7.1 by temporary-5xx");
  CHECK(
      sf::rewritten_value(d) ==
      "4.7.1 host mx.example.org[192.0.2.30] said: 550 5.7.1 Service unavailable, try again later "
      "(in reply to RCPT TO command) (smtpcodes: was 5.7.1, built-in temporary-5xx)");
  CHECK(verdict_of(key("5.7.1",
                       "550 5.7.1 <x@example.org>: Recipient address rejected: "
                       "Greylisted for 5 minutes")) == "4.7.1 by temporary-5xx");
  CHECK(verdict_of(key("5.7.0", "554 5.7.0 Rate limit exceeded for this sending IP")) ==
        "4.7.0 by temporary-5xx");
  CHECK(verdict_of(key("5.3.0", "550 5.3.0 Mail server temporarily unavailable", "end of DATA")) ==
        "4.3.0 by temporary-5xx");
  CHECK(verdict_of(key("5.0.0",
                       "550 Too many connections from your host, please try again in "
                       "10 minutes")) == "4.0.0 by temporary-5xx");
}

TEST_CASE("temporary-5xx: left alone when the reply is permanent or the address dead") {
  CHECK(verdict_of(key("5.1.1", "550 5.1.1 <x@example.org>: User unknown, try again later")) ==
        "keep");
  CHECK(verdict_of(key("5.7.1", "554 5.7.1 Rejected permanently; do not try again later")) ==
        "keep");
  CHECK(verdict_of(key("5.7.1",
                       "550 5.7.1 Service unavailable; client host [192.0.2.1] blocked "
                       "using zen.spamhaus.org")) == "keep");
  // The words must be the server's: a host name does not count.
  CHECK(verdict_of("5.7.1 host temporary-mx.example.org[192.0.2.30] said: 550 5.7.1 Rejected (in "
                   "reply to RCPT TO command)") == "keep");
  // Postfix's own 5.x.x (no server reply) stays.
  CHECK(verdict_of("5.4.4 Host or domain name not found. Name service error for name=x.invalid "
                   "type=A: Host not found, try again later") == "keep");
}

TEST_CASE("success, other classes and keys that are not ENHANCED-STATUS TEXT") {
  CHECK(verdict_of("2.0.0 250 2.0.0 Ok: queued as 4XyZ1k2Lmnz3") == "keep");
  CHECK(verdict_of("2.0.0 host x[192.0.2.1] said: 250 try again later") == "keep");
  for (const char* bad : {"hello", "4.1.1", "4.1.1 ", "x.y.z text", "4..1 text", "4.1. text", ""})
    CHECK_MESSAGE(verdict_of(bad) == "bad key", bad);
  // Shaped like a status but not one by RFC 3463: no judgement, not an error.
  CHECK(verdict_of("4.01.1 host x[192.0.2.1] said: 450 4.01.1 User unknown in local recipient "
                   "table (in reply to RCPT TO command)") == "keep");
  CHECK(verdict_of("3.1.1 text") == "keep");
}

TEST_CASE("operator rules come first: rewrite, action, or keep") {
  smtpcodes::rule hold;
  hold.name = "policy hold";
  hold.texts = {"policy-hold"};
  hold.rewrite = enhanced_status{4, 7, 1};
  smtpcodes::rule trust;  // the operator trusts this server's 450: it does not bounce
  trust.name = "trust 450";
  trust.hosts = {"example.org"};
  trust.codes = {*smtpcodes::parse_code_pattern("450")};
  trust.what = smtpcodes::action::retry_later;
  smtpcodes::rule give_up;
  give_up.name = "give up greylisting";
  give_up.texts = {"greylisted"};
  give_up.commands = smtpcodes::command_set{} | smtpcodes::smtp_command::rcpt;
  give_up.what = smtpcodes::action::give_up;
  smtpcodes::rule success;
  success.name = "say sent";
  success.texts = {"say-sent"};
  success.rewrite = enhanced_status{2, 0, 0};
  const smtpcodes::rule_set rules = rules_of({hold, trust, give_up, success});

  const std::string held = key("5.7.1", "550 5.7.1 policy-hold for review");
  const sf::decision d = sf::decide(held, rules);
  CHECK(verdict_of(d) == "4.7.1 by rule policy hold");
  CHECK(sf::rewritten_value(d) ==
        "4.7.1 host mx.example.org[192.0.2.30] said: 550 5.7.1 policy-hold for review (in reply "
        "to RCPT TO command) (smtpcodes: was 5.7.1, rule \"policy hold\")");
  // The host rule matches the dead-address key first: the 450 stays.
  const std::string dead =
      key("4.1.1", "450 4.1.1 <x@example.org>: User unknown in local recipient table");
  const sf::decision kept = sf::decide(dead, rules);
  CHECK(verdict_of(kept) == "keep");
  REQUIRE(kept.by_rule != nullptr);
  CHECK(kept.by_rule->name == "trust 450");
  // Another host: the built-in rewrite decides.
  std::string other = dead;
  other.replace(other.find("mx.example.org"), 14, "mx.example.net");
  CHECK(verdict_of(other, rules) == "5.1.1 by dead-address");
  // An action implies the class; subject and detail stay.
  CHECK(verdict_of(key("4.2.0", "451 4.2.0 Greylisted, see https://example.net/"), rules) ==
        "5.2.0 by rule give up greylisting");
  CHECK(verdict_of(key("4.2.0", "451 4.2.0 Greylisted", "MAIL FROM"), rules) == "keep");
  // Postfix refuses a failure that becomes a success: kept, and said so.
  const sf::decision refused = sf::decide(key("5.7.1", "550 5.7.1 say-sent"), rules);
  CHECK(verdict_of(refused) == "keep");
  CHECK(refused.refused);
  // Without the built-ins, only rules rewrite.
  CHECK(verdict_of(other, rules, false) == "keep");
  CHECK(verdict_of(held, rules, false) == "4.7.1 by rule policy hold");
}

TEST_CASE("the tag names a rule in printable ASCII without quotes or parentheses") {
  smtpcodes::rule r;
  r.name = "odd \"name\" (x)\x01";
  r.texts = {"odd-one"};
  r.rewrite = enhanced_status{4, 0, 0};
  const smtpcodes::rule_set rules = rules_of({r});
  const sf::decision d = sf::decide(key("5.0.0", "550 odd-one"), rules);
  CHECK(sf::decided_by(d) == "rule \"odd _name_ _x__\"");
}

TEST_CASE("each dead-address wording is one advise() reads as a dead address") {
  for (const std::string_view w : sf::dead_address_wordings) {
    const std::string reply =
        "450 4.1.1 <x@example.org>: Recipient address rejected: " + std::string(w);
    const std::string wire = reply + "\r\n";  // the reply's views point into it
    const smtpcodes::parse_result r = smtpcodes::parse_reply(wire);
    REQUIRE(r.ok());
    const smtpcodes::advice a = smtpcodes::advise(r.value, smtpcodes::smtp_command::rcpt);
    CHECK_MESSAGE(a.reason == smtpcodes::bounce_reason::user_unknown, w);
    CHECK_MESSAGE(verdict_of(key("4.1.1", reply.c_str())) == "5.1.1 by dead-address", w);
  }
}

// --- filter_tag.hpp: the tag read back, as smtp-explain scan does ----------------

namespace ft = smtp_explain::filter_tag;

static_assert(ft::read("host h[192.0.2.1] said: 450 4.1.1 x (in reply to RCPT TO command) "
                       "(smtpcodes: was 4.1.1, built-in dead-address)")
                  .by == "built-in dead-address");
static_assert(ft::read("x (smtpcodes: was 5.7.1, rule \"hold\")").was == "5.7.1");
static_assert(!ft::read("x (smtpcodes: was 5.7.1, rule \"hold\") ").ok());

TEST_CASE("the tag of every rewrite reads back: the status before and who decided") {
  // decide() keeps views into its key: each key lives as long as its decision.
  const std::string dead_key =
      key("4.1.1",
          "450 4.1.1 <x@example.org>: Recipient address rejected: User unknown in local "
          "recipient table");
  const std::string value = sf::rewritten_value(sf::decide(dead_key, no_rules));
  // Postfix logs the text after the new status, inside its own parentheses.
  const ft::tag t = ft::read(std::string_view(value).substr(6));
  CHECK(t.was == "4.1.1");
  CHECK(t.by == "built-in dead-address");
  const std::string later_key = key("5.7.1", "550 5.7.1 Service unavailable, try again later");
  const std::string later = sf::rewritten_value(sf::decide(later_key, no_rules));
  CHECK(ft::read(later).by == "built-in temporary-5xx");
  CHECK(ft::read(later).was == "5.7.1");
  const std::string many_key = key("5.5.3", "552 5.5.3 Too many recipients");
  const std::string many = sf::rewritten_value(sf::decide(many_key, no_rules));
  CHECK(ft::read(many).by == "built-in recipient-limit-552");
  CHECK(ft::read(many).was == "5.5.3");
  smtpcodes::rule r;
  r.name = std::string(80, 'n') + " (x)";
  r.texts = {"odd-one"};
  r.rewrite = enhanced_status{4, 0, 0};
  const smtpcodes::rule_set rules = rules_of({r});
  const std::string odd_key = key("5.0.0", "550 odd-one");
  const std::string odd = sf::rewritten_value(sf::decide(odd_key, rules));
  const ft::tag named = ft::read(odd);
  CHECK(named.was == "5.0.0");
  CHECK(named.by == "rule \"" + std::string(64, 'n') + "\"");
}

TEST_CASE("texts that do not end with a well-formed tag have none") {
  for (const std::string_view text : {
           "",
           "host h said: 450 4.1.1 User unknown (in reply to RCPT TO command)",
           "x (smtpcodes: was 4.1.1, built-in dead-address",      // no ')'
           "x (smtpcodes: was 4.1.1, built-in Dead-Address)",     // upper case
           "x (smtpcodes: was 4.1.1 built-in dead-address)",      // no ", "
           "x (smtpcodes: was 3.1.1, built-in dead-address)",     // class 3
           "x (smtpcodes: was 4.1111.1, built-in dead-address)",  // four digits
           "x (smtpcodes: was 4.1., built-in dead-address)",      // empty detail
           "x (smtpcodes: was 4.1.1, built-in )",                 // no name
           "x (smtpcodes: was 4.1.1, rule \"a\"b\")",             // '"' in the name
           "x (smtpcodes: was 4.1.1, rule \"ab)",                 // no closing '"'
           "x (smtpcodes: was 4.1.1, someone else)",
       }) {
    const ft::tag t = ft::read(text);
    CHECK_MESSAGE(!t.ok(), text);
    CHECK_MESSAGE(t.was.empty(), text);
  }
  // Only the end counts: a tag followed by more text, or further back than
  // the longest tag, is not read.
  const std::string far = "x (smtpcodes: was 4.1.1, rule \"" + std::string(200, 'a') + "\")";
  CHECK_FALSE(ft::read(far).ok());
}
