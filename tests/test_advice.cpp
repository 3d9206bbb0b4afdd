#include <smtpcodes/advice.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

using namespace smtpcodes;
using namespace std::chrono_literals;

namespace {
reply wire(const char* bytes) {
  const parse_result r = parse_reply(bytes);
  REQUIRE_MESSAGE(r.ok(), "fixture does not parse: " << bytes);
  return r.value;
}
advice on(const char* bytes, smtp_command c, const advice_policy& p = {}) {
  return advise(wire(bytes), c, p);
}
}  // namespace

TEST_CASE("RFC 5321 4.2.1: 2yz proceeds, 3yz continues, nothing bounces") {
  const advice ok = on("250 2.1.5 Ok\r\n", smtp_command::rcpt);
  CHECK(ok.what == action::proceed);
  CHECK(ok.applies_to == scope::none);
  CHECK(ok.bounce == bounce_type::none);
  CHECK(ok.reason == bounce_reason::none);
  CHECK(ok.delay == 0s);
  CHECK_FALSE(ok.close_connection);
  const advice go = on("354 End data with <CR><LF>.<CR><LF>\r\n", smtp_command::data);
  CHECK(go.what == action::continue_);
  CHECK(go.bounce == bounce_type::none);
  CHECK(on("334 VXNlcm5hbWU6\r\n", smtp_command::auth).what == action::continue_);
}

TEST_CASE("RFC 5321 3.8: 221 and 421 close the connection") {
  CHECK(on("221 2.0.0 Bye\r\n", smtp_command::quit).close_connection);
  for (smtp_command c : {smtp_command::mail, smtp_command::rcpt, smtp_command::data,
                         smtp_command::end_of_data, smtp_command::unknown}) {
    const advice a = on("421 4.7.0 mx.example.test Error: too many errors\r\n", c);
    CHECK(a.close_connection);
    CHECK(a.what == action::retry_later);
    CHECK(a.applies_to == scope::session);
    CHECK(a.bounce == bounce_type::soft);
    CHECK(a.delay > 0s);
  }
}

TEST_CASE("RFC 5321 3.8: 421 at the greeting or EHLO means try the next host") {
  for (smtp_command c : {smtp_command::connect, smtp_command::ehlo, smtp_command::helo}) {
    const advice a = on("421 4.3.2 Service shutting down\r\n", c);
    CHECK(a.what == action::try_next_host);
    CHECK(a.applies_to == scope::session);
    CHECK(a.close_connection);
  }
}

TEST_CASE("RFC 5321 4.5.3.1.10: 452 or X.5.3 after RCPT starts a new transaction") {
  const advice a = on("452 4.5.3 Error: too many recipients\r\n", smtp_command::rcpt);
  CHECK(a.what == action::retry_new_transaction);
  CHECK(a.reason == bounce_reason::too_many_recipients);
  CHECK(a.applies_to == scope::recipient);
  CHECK(a.bounce == bounce_type::soft);
  CHECK(a.delay > 0s);
  CHECK(on("452 Too many recipients\r\n", smtp_command::rcpt).what ==
        action::retry_new_transaction);
  CHECK(on("452\r\n", smtp_command::rcpt).what == action::retry_new_transaction);
  CHECK(on("451 4.5.3 Too many recipients\r\n", smtp_command::rcpt).what ==
        action::retry_new_transaction);
  // 452 for a full mailbox is not about the recipient count.
  const advice full = on("452 4.2.2 <u@example.com>: Mailbox full\r\n", smtp_command::rcpt);
  CHECK(full.what == action::retry_later);
  CHECK(full.reason == bounce_reason::mailbox_full);
  // 452 to MAIL is insufficient storage, not a recipient limit.
  const advice storage = on("452 4.3.1 Insufficient system storage\r\n", smtp_command::mail);
  CHECK(storage.what == action::retry_later);
  CHECK(storage.reason == bounce_reason::system_full);
  CHECK(storage.applies_to == scope::message);
}

TEST_CASE("RFC 5321 4.5.3.1.10 and RFC 1870 6: 552 on RCPT is 452 unless X.3.4") {
  const advice legacy = on("552 Too many recipients\r\n", smtp_command::rcpt);
  CHECK(legacy.what == action::retry_new_transaction);
  CHECK(legacy.reason == bounce_reason::too_many_recipients);
  const advice bare = on("552 Requested mail action aborted\r\n", smtp_command::rcpt);
  CHECK(bare.what == action::retry_new_transaction);
  const advice size = on("552 5.3.4 Message size exceeds fixed limit\r\n", smtp_command::rcpt);
  CHECK(size.what == action::give_up);
  CHECK(size.reason == bounce_reason::message_too_large);
  CHECK(size.bounce == bounce_type::soft);
  const advice quota = on("552 5.2.2 Mailbox full\r\n", smtp_command::rcpt);
  CHECK(quota.what == action::retry_later);
  CHECK(quota.reason == bounce_reason::mailbox_full);
  // 552 after end of data is a permanent size or storage refusal.
  const advice eod = on("552 5.3.4 Message too big\r\n", smtp_command::end_of_data);
  CHECK(eod.what == action::give_up);
  CHECK(eod.applies_to == scope::message);
}

TEST_CASE("policy: 552 on RCPT as permanent (Postfix's choice)") {
  advice_policy p;
  p.permanent_552_on_rcpt = true;
  const advice a = on("552 5.2.2 Mailbox full\r\n", smtp_command::rcpt, p);
  CHECK(a.what == action::give_up);
  CHECK(a.reason == bounce_reason::mailbox_full);
  CHECK(a.bounce == bounce_type::soft);
  CHECK(on("552 Too many recipients\r\n", smtp_command::rcpt, p).what == action::give_up);
}

TEST_CASE("RFC 5321 3.1: a 5yz greeting means try the next host") {
  const advice a =
      on("554 mx.example.test ESMTP not accepting messages\r\n", smtp_command::connect);
  CHECK(a.what == action::try_next_host);
  CHECK(a.applies_to == scope::session);
  CHECK(a.reason == bounce_reason::blocked);
  const advice never =
      on("521 5.3.2 mx.example.test does not accept mail\r\n", smtp_command::connect);
  CHECK(never.what == action::try_next_host);
  CHECK(never.reason == bounce_reason::not_accept);
}

TEST_CASE("RFC 5321 3.2: EHLO answered 500 or 502 falls back to HELO") {
  for (const char* r : {"500 5.5.1 Command unrecognized\r\n", "502 Command not implemented\r\n"}) {
    const advice a = on(r, smtp_command::ehlo);
    CHECK(a.what == action::change_request);
    CHECK(a.applies_to == scope::session);
    CHECK(a.reason == bounce_reason::syntax_error);
    CHECK(a.bounce == bounce_type::soft);
  }
  // Another 5yz to EHLO refuses the session.
  CHECK(on("550 5.7.1 Client host rejected\r\n", smtp_command::ehlo).what == action::try_next_host);
}

TEST_CASE("RFC 3207 4 and RFC 4954 6: 530, 534, 535, 538 ask to change the request") {
  const advice tls = on("530 5.7.0 Must issue a STARTTLS command first\r\n", smtp_command::mail);
  CHECK(tls.what == action::change_request);
  CHECK(tls.reason == bounce_reason::security_error);
  CHECK(tls.applies_to == scope::session);
  const advice creds =
      on("535 5.7.8 Error: authentication failed: authentication failure\r\n", smtp_command::auth);
  CHECK(creds.what == action::change_request);
  CHECK(creds.reason == bounce_reason::security_error);
  CHECK(on("534 5.7.9 Authentication mechanism is too weak\r\n", smtp_command::auth).what ==
        action::change_request);
  CHECK(on("538 5.7.11 Encryption required for requested authentication mechanism\r\n",
           smtp_command::auth)
            .what == action::change_request);
  const advice transition =
      on("432 4.7.12 A password transition is needed\r\n", smtp_command::auth);
  CHECK(transition.what == action::change_request);
  CHECK(transition.reason == bounce_reason::security_error);
}

TEST_CASE("RFC 5321 4.2.4, 4.3.2: 501/503/504/555 for a request the client built") {
  CHECK(on("503 5.5.1 Error: need RCPT command\r\n", smtp_command::data).what ==
        action::change_request);
  CHECK(on("555 5.5.4 Unsupported option: FOO=BAR\r\n", smtp_command::mail).what ==
        action::change_request);
  CHECK(on("504 5.5.4 Unrecognized authentication type\r\n", smtp_command::auth).what ==
        action::change_request);
  const advice syntax = on("501 5.5.4 Syntax: MAIL FROM:<address>\r\n", smtp_command::mail);
  CHECK(syntax.what == action::change_request);
  CHECK(syntax.reason == bounce_reason::syntax_error);
  // An address the client wrote with bad syntax is a request to correct (X.1.3, X.1.7).
  const advice sender = on("501 5.1.7 Bad sender address syntax\r\n", smtp_command::mail);
  CHECK(sender.what == action::change_request);
  CHECK(sender.reason == bounce_reason::syntax_error);
  CHECK(sender.bounce == bounce_type::soft);
  const advice rcpt = on("501 5.1.3 Bad recipient address syntax\r\n", smtp_command::rcpt);
  CHECK(rcpt.what == action::change_request);
  CHECK(rcpt.reason == bounce_reason::syntax_error);
  // The same syntax problem under 553 is a permanent refusal of the address.
  const advice dead = on("553 5.1.3 Bad recipient address syntax\r\n", smtp_command::rcpt);
  CHECK(dead.what == action::give_up);
  CHECK(dead.reason == bounce_reason::user_unknown);
  CHECK(dead.bounce == bounce_type::hard);
  // A policy refusal under a 5yz "syntax" code is not something to rephrase.
  const advice policy =
      on("503 5.7.0 Error: access denied for unknown[192.0.2.1]\r\n", smtp_command::mail);
  CHECK(policy.what == action::give_up);
  CHECK(policy.reason == bounce_reason::filtered);
}

TEST_CASE("RFC 5321 4.2.1: 4yz retries later with the scope of the command") {
  const advice r = on("450 4.2.0 <u@example.com>: Recipient address rejected: Greylisted\r\n",
                      smtp_command::rcpt);
  CHECK(r.what == action::retry_later);
  CHECK(r.applies_to == scope::recipient);
  CHECK(r.reason == bounce_reason::greylisted);
  CHECK(r.delay == 300s);
  const advice m = on("451 4.3.0 Error: queue file write error\r\n", smtp_command::end_of_data);
  CHECK(m.applies_to == scope::message);
  CHECK(m.what == action::retry_later);
  const advice s =
      on("454 4.7.0 TLS not available due to local problem\r\n", smtp_command::starttls);
  CHECK(s.what == action::retry_later);
  CHECK(s.applies_to == scope::session);
  CHECK(s.reason == bounce_reason::failed_starttls);
  CHECK(on("450 4.7.1 Client host rejected: cannot find your hostname\r\n", smtp_command::connect)
            .what == action::try_next_host);
}

TEST_CASE("RFC 5321 3.8: connection loss is treated as 451") {
  const advice a = advise_connection_lost(smtp_command::end_of_data);
  CHECK(a.what == action::retry_later);
  CHECK(a.reason == bounce_reason::network_error);
  CHECK(a.close_connection);
  CHECK(a.delay == 600s);
  CHECK(a.bounce == bounce_type::soft);
  CHECK(advise_connection_lost(smtp_command::connect).what == action::try_next_host);
  const advice text = advise(
      "lost connection with mx.example.com[192.0.2.1] while receiving the initial server greeting");
  CHECK(text.what == action::retry_later);
  CHECK(text.reason == bounce_reason::network_error);
}

TEST_CASE("hard only for user_unknown, host_unknown, has_moved, not_accept") {
  CHECK(on("550 5.1.1 User unknown\r\n", smtp_command::rcpt).bounce == bounce_type::hard);
  CHECK(on("550 5.1.2 Host unknown\r\n", smtp_command::rcpt).bounce == bounce_type::hard);
  CHECK(on("551 5.1.6 User has moved\r\n", smtp_command::rcpt).bounce == bounce_type::hard);
  CHECK(on("556 5.1.10 Domain does not accept mail\r\n", smtp_command::rcpt).bounce ==
        bounce_type::hard);
  const advice spam = on("550 5.7.1 Message rejected as spam\r\n", smtp_command::end_of_data);
  CHECK(spam.what == action::give_up);
  CHECK(spam.reason == bounce_reason::spam_detected);
  CHECK(spam.bounce == bounce_type::soft);
  // A transient user-unknown is not a dead address yet.
  const advice later =
      on("450 4.1.1 <u@example.com>: Recipient address rejected: unverified address\r\n",
         smtp_command::rcpt);
  CHECK(later.what == action::retry_later);
  CHECK(later.bounce == bounce_type::soft);
  for (std::size_t i = 0; i < bounce_reason_count; ++i) {
    const auto r = static_cast<bounce_reason>(i);
    const bool hard = r == bounce_reason::user_unknown || r == bounce_reason::host_unknown ||
                      r == bounce_reason::has_moved || r == bounce_reason::not_accept;
    CHECK(is_hard_reason(r) == hard);
  }
}

TEST_CASE("enhanced status first, then text, then the basic code") {
  // Specific status wins over the text.
  CHECK(on("550 5.1.1 Mailbox full\r\n", smtp_command::rcpt).reason == bounce_reason::user_unknown);
  // Generic status: the text decides.
  CHECK(on("550 5.0.0 User unknown\r\n", smtp_command::rcpt).reason == bounce_reason::user_unknown);
  CHECK(on("554 5.7.1 <x@other.test>: Relay access denied\r\n", smtp_command::rcpt).reason ==
        bounce_reason::relay_denied);
  // No status: text.
  CHECK(on("550 Unrouteable address\r\n", smtp_command::rcpt).reason ==
        bounce_reason::host_unknown);
  // Nothing at all: the code and command.
  CHECK(on("551\r\n", smtp_command::rcpt).reason == bounce_reason::has_moved);
  CHECK(on("550\r\n", smtp_command::rcpt).reason == bounce_reason::undefined);
  // A status whose class disagrees with the code is not trusted.
  CHECK(on("550 4.2.2 over quota\r\n", smtp_command::rcpt).reason == bounce_reason::mailbox_full);
  CHECK(on("550 2.1.1 whatever\r\n", smtp_command::rcpt).reason == bounce_reason::undefined);
}

TEST_CASE("policy: soft-bounce mode turns every give_up into retry_later") {
  advice_policy p;
  p.soft_bounce = true;
  const advice a = on("550 5.1.1 User unknown\r\n", smtp_command::rcpt, p);
  CHECK(a.what == action::retry_later);
  CHECK(a.reason == bounce_reason::user_unknown);
  CHECK(a.delay == 900s);
  CHECK(a.bounce == bounce_type::hard);  // the reason and bounce type stay
  // Other actions are unchanged.
  CHECK(on("530 5.7.0 Must issue a STARTTLS command first\r\n", smtp_command::mail, p).what ==
        action::change_request);
  CHECK(on("250 2.0.0 Ok\r\n", smtp_command::end_of_data, p).what == action::proceed);
}

TEST_CASE("policy: custom delays per reason and a default") {
  advice_policy p;
  p.set_delay(bounce_reason::greylisted, 90s).set_delay(bounce_reason::mailbox_full, 6h);
  p.default_delay = 20min;
  CHECK(on("450 4.2.0 Greylisted\r\n", smtp_command::rcpt, p).delay == 90s);
  CHECK(on("452 4.2.2 Mailbox full\r\n", smtp_command::rcpt, p).delay == 6h);
  CHECK(on("450 Try later\r\n", smtp_command::rcpt, p).delay == 20min);
  // Defaults: never zero for a retry.
  CHECK(on("450 Try later\r\n", smtp_command::rcpt).delay == 900s);
  CHECK(on("421 4.7.0 Rate limit exceeded\r\n", smtp_command::mail).delay == 3600s);
}

TEST_CASE("advise on free text uses the command the text names") {
  const advice a = advise(
      "Nov 22 06:05:01 mail postfix/smtp[123]: 4F2A3B1C2D: to=<u@example.com>, "
      "relay=mx.example.com[192.0.2.1]:25, delay=0.2, dsn=5.1.1, status=bounced (host "
      "mx.example.com[192.0.2.1] said: 550 5.1.1 <u@example.com>: Recipient address rejected: User "
      "unknown (in reply to RCPT TO command))");
  CHECK(a.what == action::give_up);
  CHECK(a.applies_to == scope::recipient);
  CHECK(a.bounce == bounce_type::hard);
  CHECK(a.reason == bounce_reason::user_unknown);
  const advice exim = advise(
      "H=mx.example.com [192.0.2.1]: SMTP error from remote mail server after RCPT "
      "TO:<u@example.com>: 452 4.5.3 Too many recipients");
  CHECK(exim.what == action::retry_new_transaction);
  const advice dsn = advise("smtp; 552 5.2.2 Mailbox full");
  CHECK(dsn.what == action::give_up);
  CHECK(dsn.reason == bounce_reason::mailbox_full);
  CHECK(advise("550 5.1.1 User unknown\r\n", smtp_command::rcpt).bounce == bounce_type::hard);
  const advice none = advise("this text holds no reply");
  CHECK(none.what == action::retry_later);
  CHECK(none.reason == bounce_reason::undefined);
  CHECK(advise("message expired after 5 days in queue").what == action::give_up);
}

TEST_CASE("reason_from_text and reason_from_status") {
  CHECK(reason_from_text("blocked using zen.spamhaus.org") == bounce_reason::blocked);
  CHECK(reason_from_text("MAILBOX FULL") == bounce_reason::mailbox_full);
  CHECK(reason_from_text("Greylisted, please try again later") == bounce_reason::greylisted);
  CHECK(reason_from_text("verbal") == bounce_reason::undefined);  // "rbl" only as a word
  CHECK(reason_from_text("listed in RBL") == bounce_reason::blocked);
  CHECK(reason_from_text("") == bounce_reason::undefined);
  CHECK(reason_from_status({5, 1, 1}) == bounce_reason::user_unknown);
  CHECK(reason_from_status({4, 2, 2}) == bounce_reason::mailbox_full);
  CHECK(reason_from_status({5, 3, 4}) == bounce_reason::message_too_large);
  CHECK(reason_from_status({5, 7, 26}) == bounce_reason::auth_failure);
  CHECK(reason_from_status({5, 7, 27}) == bounce_reason::sender_rejected);
  CHECK(reason_from_status({5, 0, 0}) == bounce_reason::undefined);
  CHECK(reason_from_status({5, 7, 1}) == bounce_reason::undefined);
  CHECK(reason_from_status({5, 7, 133}) == bounce_reason::undefined);
}

TEST_CASE("names") {
  CHECK(to_string(action::continue_) == "continue");
  CHECK(to_string(action::retry_new_transaction) == "retry_new_transaction");
  CHECK(to_string(scope::recipient) == "recipient");
  CHECK(to_string(bounce_type::hard) == "hard");
  CHECK(to_string(bounce_reason::not_compliant_rfc) == "not_compliant_rfc");
  CHECK(to_string(bounce_reason::undefined) == "undefined");
  CHECK(to_string(static_cast<bounce_reason>(200)) == "undefined");
}

namespace {

// What advise(text) must give when the text holds a reply: advice for the
// reply as find_reply() (or, for wire bytes, parse_reply()) reads it, with the
// command the text names. advise(text) reaches it by shorter paths at run time.
void check_text_paths(std::string_view text, smtp_command c) {
  CAPTURE(text);
  CAPTURE(static_cast<unsigned>(c));
  advice want;
  if (!text.empty() && text[0] >= '0' && text[0] <= '9' && parse_reply(text).ok() &&
      parse_reply(text).consumed == text.size()) {
    want = advise(parse_reply(text).value, c);
  } else {
    const text_match m = find_reply(text);
    if (!m.ok()) return;  // the paths without a reply have no shortcut
    want = advise(m.value, c == smtp_command::unknown ? m.command : c);
  }
  const advice got = advise(text, c);
  CHECK(got.what == want.what);
  CHECK(got.applies_to == want.applies_to);
  CHECK(got.bounce == want.bounce);
  CHECK(got.reason == want.reason);
  CHECK(got.delay == want.delay);
  CHECK(got.close_connection == want.close_connection);
  CHECK(got.why == want.why);
}

}  // namespace

TEST_CASE("advise(text) gives what find_reply() and advise(reply) give") {
  std::vector<std::string> texts;
  for (const char* name : {"/logs/mixed.log", "/postfix/maillog.txt"}) {
    std::ifstream in(std::string(SMTPCODES_TEST_FIXTURES) + name, std::ios::binary);
    REQUIRE(in.good());
    for (std::string line; std::getline(in, line);) texts.push_back(line);
  }
  REQUIRE(texts.size() == 86);
  const char* const prefixes[] = {"",
                                  "smtp; ",
                                  "host mx.example[192.0.2.1] said: ",
                                  "NOQUEUE: reject: RCPT from x[192.0.2.1]: ",
                                  "SMTP error from remote mail server after MAIL FROM:<a@b>: ",
                                  "C=\""};
  const char* const replies[] = {
      "250 2.0.0 Ok: queued as 4F1",
      "221 2.0.0 Bye",
      "354 go ahead",
      "150 odd",
      "250 ok\nnext line",
      "250 ok\x01",
      "250 ok\r\n",
      "452 4.5.3 Too many recipients",
      "550 5.1.1 <a@b>: Recipient address rejected: User unknown",
      "550 5.1.1 ",
      "550 5.1.1",
      "550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org",
      "450 4.2.0 <a@b>: Recipient address rejected: Greylisted; from=<c@d> to=<a@b>",
      "550-5.1.1 The account does not exist. 550-5.1.1 Please check 550 5.1.1 the address",
      "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
      "552 5.2.2 Mailbox full (in reply to RCPT TO command)",
      "421 4.7.0 Try again later",
      "550 5.1.1 User unknown\"",
      "554 5.7.1 virus found\x7f"};
  for (const char* prefix : prefixes)
    for (const char* r : replies) texts.push_back(std::string(prefix) + r);
  texts.push_back(std::string("said: 250 ok") + '\0' + "tail");
  for (const std::string& t : texts)
    for (const smtp_command c : {smtp_command::unknown, smtp_command::rcpt, smtp_command::connect})
      check_text_paths(t, c);
}

TEST_CASE("every why is a sentence of the why table, found by its index") {
  const struct {
    const char* text;
    smtp_command command;
    detail::why_id expected;
  } cases[] = {
      {"250 2.1.5 Ok\r\n", smtp_command::rcpt, detail::why_id::success},
      {"221 2.0.0 Bye\r\n", smtp_command::quit, detail::why_id::quit},
      {"354 End data with <CR><LF>.<CR><LF>\r\n", smtp_command::data, detail::why_id::intermediate},
      {"421 4.3.2 Shutting down\r\n", smtp_command::connect, detail::why_id::closing_next_host},
      {"421 4.3.2 Shutting down\r\n", smtp_command::rcpt, detail::why_id::closing_retry},
      {"452 4.5.3 Too many recipients\r\n", smtp_command::rcpt,
       detail::why_id::too_many_recipients},
      {"450 4.2.0 Try later\r\n", smtp_command::rcpt, detail::why_id::transient},
      {"554 5.7.1 Go away\r\n", smtp_command::connect, detail::why_id::greeting_refused},
      {"535 5.7.8 Authentication failed\r\n", smtp_command::auth,
       detail::why_id::credentials_rejected},
      {"550 5.1.1 User unknown\r\n", smtp_command::rcpt, detail::why_id::permanent},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const advice a = on(c.text, c.command);
    CHECK(detail::why_index(a.why) == static_cast<std::size_t>(c.expected));
    CHECK(a.why == detail::why_text(c.expected));
  }
  CHECK(detail::why_index(advise_connection_lost(smtp_command::rcpt).why) ==
        static_cast<std::size_t>(detail::why_id::connection_lost));
  CHECK(detail::why_index("a sentence of somebody else's") == detail::why_count);
}
