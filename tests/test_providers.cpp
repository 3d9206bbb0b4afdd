// One test per provider-profile row (detail/provider_profiles.hpp): a reply as
// the provider words it, sent from one of its hosts, decided by that row.
#include <smtpcodes/rules.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace smtpcodes;

namespace {
struct expectation {
  const char* row;
  const char* host;
  smtp_command command;
  const char* reply;
  action what;
  bounce_reason reason;
  bounce_type bounce;
};
advice judged(const expectation& e) {
  const parse_result p = parse_reply(e.reply);
  REQUIRE_MESSAGE(p.ok(), e.reply);
  return advise(p.value, e.command, rule_set{}, e.host);
}
void check_row(const expectation& e) {
  const advice a = judged(e);
  CHECK(a.rule == e.row);
  CHECK(a.what == e.what);
  CHECK(a.reason == e.reason);
  CHECK(a.bounce == e.bounce);
  CHECK_FALSE(a.why.empty());
  // The same reply from a host of no provider gets no profile.
  const parse_result p = parse_reply(e.reply);
  CHECK(advise(p.value, e.command, rule_set{}, "mx.example.com").rule.empty());
}
constexpr smtp_command rcpt = smtp_command::rcpt, dot = smtp_command::end_of_data,
                       mail = smtp_command::mail;
constexpr action later = action::retry_later, give_up = action::give_up;
constexpr bounce_type soft = bounce_type::soft;
}  // namespace

TEST_CASE("every provider row has a test below") {
  std::set<std::string> rows;
  for (const rule& r : provider_profiles()) rows.insert(r.name);
  CHECK(rows.size() == provider_profiles().size());  // names are unique
  CHECK(provider_profiles().size() == 19);
  for (const rule& r : provider_profiles()) {
    CHECK_FALSE(r.hosts.empty());
    CHECK(r.reference.substr(0, 8) == "https://");
  }
}

// clang-format off
TEST_CASE("gmail:4.7.28-rate-limited") {
  check_row({"gmail:4.7.28-rate-limited", "gmail-smtp-in.l.google.com", dot,
             "421-4.7.28 Gmail has detected an unusual rate of unsolicited email originating\r\n"
             "421 4.7.28 from your DKIM domain. Email has been temporarily rate limited - gsmtp\r\n",
             later, bounce_reason::rate_limited, soft});
}
TEST_CASE("gmail:5.7.28-blocked") {
  check_row({"gmail:5.7.28-blocked", "aspmx.l.google.com", dot,
             "550 5.7.28 There is an unusual rate of unsolicited email from your IP address - gsmtp\r\n",
             give_up, bounce_reason::blocked, soft});
}
TEST_CASE("gmail:4.7.26-unauthenticated") {
  check_row({"gmail:4.7.26-unauthenticated", "gmail.com", dot,
             "421 4.7.26 This email has been rate limited because it is unauthenticated.\r\n",
             later, bounce_reason::auth_failure, soft});
}
TEST_CASE("gmail:5.7.26-unauthenticated") {
  check_row({"gmail:5.7.26-unauthenticated", "gmail.com", dot,
             "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy\r\n",
             give_up, bounce_reason::auth_failure, soft});
}
TEST_CASE("gmail:ptr") {
  check_row({"gmail:ptr", "googlemail.com", mail,
             "550 5.7.25 The sending IP address does not have a PTR record - gsmtp\r\n",
             give_up, bounce_reason::require_ptr, soft});
}
TEST_CASE("gmail:tls-required") {
  check_row({"gmail:tls-required", "gmail.com", rcpt,
             "421 4.7.0 TLS required for RCPT domain, closing connection.\r\n",
             action::change_request, bounce_reason::security_error, soft});
}
TEST_CASE("gmail:5.2.1-rate") {
  check_row({"gmail:5.2.1-rate", "gmail.com", rcpt,
             "550 5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages\r\n",
             later, bounce_reason::rate_limited, soft});
}
TEST_CASE("gmail:5.2.1-inactive") {
  check_row({"gmail:5.2.1-inactive", "gmail.com", rcpt,
             "550 5.2.1 The email account that you tried to reach is inactive.\r\n",
             give_up, bounce_reason::mailbox_disabled, soft});
}
TEST_CASE("gmail:4.2.1-too-fast") {
  check_row({"gmail:4.2.1-too-fast", "gmail.com", rcpt,
             "450 4.2.1 The user you are trying to contact is receiving email too quickly.\r\n",
             later, bounce_reason::rate_limited, soft});
}
TEST_CASE("gmail:4.2.2-over-quota") {
  check_row({"gmail:4.2.2-over-quota", "gmail.com", rcpt,
             "452 4.2.2 The recipient's inbox is out of storage space.\r\n",
             later, bounce_reason::mailbox_full, soft});
}
TEST_CASE("gmail:5.7.1-unsolicited") {
  check_row({"gmail:5.7.1-unsolicited", "gmail.com", dot,
             "550 5.7.1 This message is likely unsolicited email and has been blocked.\r\n",
             give_up, bounce_reason::spam_detected, soft});
}
TEST_CASE("microsoft:5.7.606-649-banned-ip") {
  check_row({"microsoft:5.7.606-649-banned-ip", "example-com.mail.protection.outlook.com", rcpt,
             "550 5.7.611 Access denied, banned sending IP [192.0.2.7]\r\n",
             give_up, bounce_reason::blocked, soft});
}
TEST_CASE("microsoft:5.7.708-ip-reputation") {
  check_row({"microsoft:5.7.708-ip-reputation", "hotmail.com", rcpt,
             "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.\r\n",
             give_up, bounce_reason::bad_reputation, soft});
}
TEST_CASE("microsoft:4.7.650-rate-limited") {
  check_row({"microsoft:4.7.650-rate-limited", "hotmail-com.olc.protection.outlook.com", mail,
             "451 4.7.650 The mail server [192.0.2.7] has been temporarily rate limited due to IP reputation.\r\n",
             later, bounce_reason::bad_reputation, soft});
}
TEST_CASE("yahoo:tss04") {
  check_row({"yahoo:tss04", "mta7.am0.yahoodns.net", mail,
             "421 4.7.0 [TSS04] Messages from 192.0.2.7 temporarily deferred due to unexpected volume or user complaints\r\n",
             later, bounce_reason::rate_limited, soft});
}
TEST_CASE("yahoo:ts03") {
  check_row({"yahoo:ts03", "aol.com", mail,
             "421 4.7.1 [TS03] All messages from 192.0.2.7 will be permanently deferred\r\n",
             give_up, bounce_reason::bad_reputation, soft});
}
TEST_CASE("yahoo:bl21") {
  check_row({"yahoo:bl21", "yahoo.com", smtp_command::connect,
             "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.7, because the ip is in Spamhaus's list\r\n",
             action::try_next_host, bounce_reason::blocked, soft});
}
TEST_CASE("icloud:cs01") {
  check_row({"icloud:cs01", "mx01.mail.icloud.com", dot,
             "550 5.7.1 [CS01] Message rejected due to local policy.\r\n",
             give_up, bounce_reason::policy_violation, soft});
}
TEST_CASE("icloud:excessive-volume") {
  check_row({"icloud:excessive-volume", "me.com", rcpt,
             "421 4.7.1 Messages to x@icloud.com deferred due to excessive volume. Try again later\r\n",
             later, bounce_reason::rate_limited, soft});
}
// clang-format on
