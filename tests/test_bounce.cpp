// parse_bounce() on whole messages: RFC 3464 DSNs (failed, delayed, success),
// RFC 5965 feedback reports, RFC 3834 auto-replies, ordinary mail, the
// human-readable formats of generators that do not follow RFC 3464, and the
// limits of the core (record capacity, text buffer, nesting, line endings).
// The fixtures in tests/fixtures/bounces/ were written for these tests.
#include <smtpcodes/bounce.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace smtpcodes;

namespace {

std::string fixture(const char* name) {
  std::ifstream in(std::string(SMTPCODES_TEST_FIXTURES) + "/bounces/" + name, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing fixture " << name);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string status_of(const bounce_record& r) {
  return r.status ? std::string(to_chars(*r.status).view()) : std::string("none");
}

/// A message parsed with the core API and a buffer it owns.
struct parsed {
  std::string message;
  std::vector<char> text;
  bounce_report report;
  explicit parsed(std::string m) : message(std::move(m)), text(bounce_buffer_size(message)) {
    parse_bounce(message, text_buffer(text.data(), text.size()), report);
  }
};

}  // namespace

TEST_CASE("RFC 3464: two failed recipients, per-message and per-recipient fields") {
  const parsed p(fixture("postfix_two_recipients.eml"));
  const bounce_report& r = p.report;
  CHECK(r.kind == report_kind::delivery_status);
  CHECK(r.is_bounce());
  CHECK(r.generator == bounce_generator::postfix);
  CHECK(r.reporting_mta == "mx1.example.net");
  CHECK(r.arrival_date == "Tue,  5 Mar 2024 10:14:58 +0100 (CET)");
  CHECK(dsn_field(r.message_fields, "X-Postfix-Queue-ID") == "4TQ3rH0Zk1z9sW");
  CHECK(dsn_field(r.message_fields, "x-postfix-sender") == "rfc822; alice@example.org");
  CHECK_FALSE(r.text_truncated);
  REQUIRE(r.size() == 2);
  CHECK(r.recipient_count == 2);
  CHECK(r.recipients_not_stored() == 0);

  const bounce_record& bob = r[0];
  CHECK(bob.recipient == "bob@example.com");
  CHECK(bob.original_recipient == "Bob.Old@example.com");
  CHECK(bob.source == record_source::dsn);
  CHECK(bob.action == dsn_action::failed);
  CHECK(status_of(bob) == "5.1.1");
  CHECK(bob.code == 550);
  CHECK(bob.diagnostic_type == "smtp");
  // The continuation line of Diagnostic-Code is unfolded into one line.
  CHECK(bob.diagnostic ==
        "550 5.1.1 <bob@example.com>: Recipient address rejected: no such mailbox here");
  CHECK(bob.diagnostic_charset.empty());
  CHECK(bob.remote_mta == "mx.example.com");
  CHECK(bob.command == smtp_command::rcpt);  // from the text: "(in reply to RCPT TO command)"
  CHECK(dsn_field(bob.fields, "Status") == "5.1.1");
  CHECK(bob.verdict.what == action::give_up);
  CHECK(bob.verdict.reason == bounce_reason::user_unknown);
  CHECK(bob.verdict.bounce == bounce_type::hard);

  const bounce_record& carol = r[1];
  CHECK(carol.recipient == "carol@nowhere.example");
  CHECK(status_of(carol) == "5.4.4");
  CHECK(carol.code == 0);
  CHECK(carol.diagnostic_type == "X-Postfix");
  CHECK(carol.diagnostic ==
        "Host or domain name not found. Name service error for name=nowhere.example type=MX: "
        "Host not found");
  CHECK(carol.verdict.what == action::give_up);

  CHECK(r.original.message_id == "<q1-draft-42@example.org>");
  CHECK(r.original.from == "Alice <alice@example.org>");
  CHECK(r.original.to == "bob@example.com, carol@nowhere.example");
  CHECK(r.original.subject == "Quartalsbericht \xE2\x80\x93 Entwurf");  // RFC 2047, UTF-8
  CHECK(r.original.subject_charset.empty());
}

TEST_CASE("Action: delayed is a delay warning, not a failure") {
  const parsed p(fixture("postfix_delayed.eml"));
  const bounce_report& r = p.report;
  CHECK(r.kind == report_kind::delivery_status);
  REQUIRE(r.size() == 1);
  CHECK(r[0].recipient == "erin@slow.example");
  CHECK(r[0].action == dsn_action::delayed);
  CHECK(status_of(r[0]) == "4.4.1");
  CHECK(r[0].will_retry_until == "Wed, 11 Mar 2024 08:00:00 +0000 (UTC)");
  CHECK(r[0].diagnostic == "connect to mx.slow.example[198.51.100.7]:25: Connection timed out");
  CHECK(r[0].verdict.what == action::retry_later);
  CHECK(r[0].verdict.bounce == bounce_type::soft);
}

TEST_CASE("success DSN: delivered, relayed and expanded are reported as such") {
  const parsed p(fixture("success_dsn.eml"));
  const bounce_report& r = p.report;
  CHECK(r.original_envelope_id == "ENV-2024-0007");
  REQUIRE(r.size() == 3);
  CHECK(r[0].action == dsn_action::delivered);
  CHECK(r[1].action == dsn_action::relayed);
  CHECK(r[2].action == dsn_action::expanded);
  for (const bounce_record& rec : r) {
    CHECK(status_of(rec) == "2.0.0");
    CHECK(rec.verdict.what == action::proceed);
    CHECK(rec.verdict.bounce == bounce_type::none);
  }
  CHECK(r[0].code == 250);
  CHECK(r[0].diagnostic == "250 2.0.0 Ok: queued as 7C1A93E");
  CHECK(r[2].recipient == "team@example.net");
}

TEST_CASE("base64 delivery-status, quoted-printable Latin-1 text, Status 5.0.0 refined") {
  const parsed p(fixture("base64_latin1.eml"));
  const bounce_report& r = p.report;
  CHECK(r.kind == report_kind::delivery_status);
  CHECK(r.reporting_mta == "smtp.example.fr");
  CHECK(r.received_from_mta == "client.example.org");
  REQUIRE(r.size() == 1);
  CHECK(r[0].recipient == "ivan@example.fr");
  // Status says 5.0.0; the reply in the diagnostic gives the detail.
  CHECK(status_of(r[0]) == "5.2.2");
  CHECK(dsn_field(r[0].fields, "status") == "5.0.0");
  CHECK(r[0].code == 550);
  CHECK(r[0].diagnostic == "550 5.2.2 Boite pleine / mailbox full");
  CHECK(r[0].last_attempt_date == "Thu, 7 Mar 2024 14:22:12 +0100");
  CHECK(r[0].verdict.reason == bounce_reason::mailbox_full);
  CHECK(r.original.message_id == "<mars-2024@example.org>");
  CHECK(r.original.subject == "R\xC3\xA9union de mars");  // ISO-8859-1 Q-encoded, now UTF-8
}

TEST_CASE("DSN groups without blank lines and with Original-Recipient only") {
  const parsed p(fixture("dsn_without_blank_lines.eml"));
  const bounce_report& r = p.report;
  REQUIRE(r.size() == 2);
  CHECK(r[0].recipient == "kim@example.com");
  CHECK(r[0].original_recipient == "kim@example.com");
  CHECK(r[0].action == dsn_action::failed);
  CHECK_FALSE(r[0].status.has_value());  // neither Status nor a status in the text
  CHECK(r[0].code == 550);
  CHECK(r[0].remote_mta == "192.0.2.25");
  CHECK(r[1].recipient == "lou@example.com");
  CHECK(status_of(r[1]) == "4.2.2");
  CHECK(r[1].code == 452);
  CHECK(r[1].diagnostic == "452 4.2.2 Over quota");
}

TEST_CASE("a DSN without Diagnostic-Code takes the reason and command from the text") {
  const parsed p(fixture("dsn_reason_in_text.eml"));
  const bounce_report& r = p.report;
  CHECK(r.generator == bounce_generator::sendmail);
  REQUIRE(r.size() == 1);
  CHECK(r[0].recipient == "mallory@example.com");
  CHECK(status_of(r[0]) == "5.7.1");
  CHECK(r[0].code == 553);
  CHECK(r[0].command == smtp_command::mail);
  CHECK(r[0].diagnostic ==
        "... while talking to mx.example.com.: >>> MAIL From:<noreply@example.net> <<< 553 5.7.1 "
        "Sender address not permitted by policy");
  CHECK(r[0].last_attempt_date == "Fri, 8 Mar 2024 09:00:03 GMT");
}

TEST_CASE("Sendmail cuts a multi-line reply in Diagnostic-Code: the transcript gives it whole") {
  const std::string message =
      "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>\n"
      "To: <ann@example.net>\n"
      "Subject: Returned mail: see transcript for details\n"
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n"
      "\n"
      "--b1\n"
      "\n"
      "   ----- The following addresses had permanent fatal errors -----\n"
      "<ned@example.com>\n"
      "    (reason: 550-5.7.26 Your message failed the checks this domain\n"
      "\n"
      "   ----- Transcript of session follows -----\n"
      "... while talking to mx.example.com.:\n"
      ">>> DATA\n"
      "<<< 550-5.7.26 Your message failed the checks this domain\n"
      "<<< 550-5.7.26   publishes: SPF and DKIM both\n"
      "<<< 550 5.7.26 did not pass. ref-42\n"
      "554 5.0.0 Service unavailable\n"
      "\n"
      "--b1\n"
      "Content-Type: message/delivery-status\n"
      "\n"
      "Reporting-MTA: dns; relay.example.net\n"
      "\n"
      "Final-Recipient: RFC822; ned@example.com\n"
      "Action: failed\n"
      "Status: 5.7.26\n"
      "Diagnostic-Code: SMTP; 550-5.7.26 Your message failed the checks this domain\n"
      "\n"
      "--b1--\n";
  const parsed p(message);
  REQUIRE(p.report.size() == 1);
  const bounce_record& r = p.report[0];
  CHECK(r.recipient == "ned@example.com");
  CHECK(r.diagnostic ==
        "550-5.7.26 Your message failed the checks this domain 550-5.7.26 publishes: SPF and DKIM "
        "both 550 5.7.26 did not pass. ref-42");
  CHECK(r.code == 550);
  CHECK(r.command == smtp_command::data);

  // Without a transcript the first line is all there is, and it is kept.
  const std::string no_transcript = message.substr(0, message.find("   ----- Transcript")) +
                                    message.substr(message.find("--b1\nContent-Type: message/"));
  const parsed q(no_transcript);
  REQUIRE(q.report.size() == 1);
  CHECK(q.report[0].diagnostic == "550-5.7.26 Your message failed the checks this domain");
}

TEST_CASE("the command from Exim's 'after EHLO' and Postfix's 'refused to talk to me'") {
  const std::string exim =
      "From: Mail Delivery System <Mailer-Daemon@out.example.net>\n"
      "To: pat@example.net\n"
      "Subject: Mail delivery failed: returning message to sender\n"
      "X-Failed-Recipients: quin@example.com\n"
      "\n"
      "This message was created automatically by mail delivery software.\n"
      "\n"
      "A message that you sent could not be delivered to one or more of its\n"
      "recipients. This is a permanent error. The following address(es) failed:\n"
      "\n"
      "  quin@example.com\n"
      "    host mx.example.com [192.0.2.9]\n"
      "    SMTP error from remote mail server after EHLO out.example.net:\n"
      "    550 Go away\n";
  const parsed e(exim);
  REQUIRE(e.report.size() == 1);
  CHECK(e.report[0].recipient == "quin@example.com");
  CHECK(e.report[0].code == 550);
  CHECK(e.report[0].command == smtp_command::ehlo);
  CHECK(e.report[0].verdict.reason == bounce_reason::blocked);

  const std::string postfix =
      "From: MAILER-DAEMON@out.example.net (Mail Delivery System)\n"
      "To: pat@example.net\n"
      "Subject: Undelivered Mail Returned to Sender\n"
      "\n"
      "This is the mail system at host out.example.net.\n"
      "\n"
      "I'm sorry to have to inform you that your message could not\n"
      "be delivered to one or more recipients.\n"
      "\n"
      "<rae@example.org>: host mx.example.org[192.0.2.10] refused to talk to me:\n"
      "    554 mx.example.org closed to your address\n";
  const parsed f(postfix);
  REQUIRE(f.report.size() == 1);
  CHECK(f.report[0].recipient == "rae@example.org");
  CHECK(f.report[0].code == 554);
  CHECK(f.report[0].command == smtp_command::connect);
  CHECK(f.report[0].verdict.reason == bounce_reason::blocked);

  // 1&1's Exim: "SMTP error from remote server for RCPT TO command, host: ...".
  std::string one_and_one = exim;
  one_and_one.replace(
      one_and_one.find("    SMTP error from remote mail server after EHLO"),
      std::string("    SMTP error from remote mail server after EHLO out.example.net:").size(),
      "    SMTP error from remote server for RCPT TO command, host: mx.example.com");
  const parsed g(one_and_one);
  REQUIRE(g.report.size() == 1);
  CHECK(g.report[0].command == smtp_command::rcpt);
}

TEST_CASE("a Sendmail transcript: each recipient's reason ends where the next session begins") {
  const parsed p(
      "From: Mail Delivery Subsystem <MAILER-DAEMON@old.example.com>\n"
      "To: quin@old.example.com\n"
      "Subject: Returned mail: Host unknown\n"
      "\n"
      "   ----- Transcript of session follows -----\n"
      "550 <sam@gone.example>... 550 Host unknown (no such domain)\n"
      "While talking to mail.example.org:\n"
      ">>> RCPT To:<rob@example.org>\n"
      "<<< 550 <rob@example.org>... User unknown\n"
      "550 <rob@example.org>... User unknown\n"
      "\n"
      "   ----- Unsent message follows -----\n"
      "From: quin@old.example.com\n"
      "To: sam@gone.example, rob@example.org\n"
      "Subject: Old times\n");
  REQUIRE(p.report.size() == 2);
  CHECK(p.report[0].recipient == "sam@gone.example");
  CHECK(p.report[0].diagnostic == "550 Host unknown (no such domain)");
  CHECK(p.report[0].verdict.reason == bounce_reason::host_unknown);
  CHECK(p.report[1].recipient == "rob@example.org");
  CHECK(p.report[1].command == smtp_command::rcpt);
  CHECK(p.report[1].verdict.reason == bounce_reason::user_unknown);
}

TEST_CASE("RFC 5965 feedback reports") {
  SUBCASE("abuse report with Original-Rcpt-To") {
    const parsed p(fixture("arf_abuse.eml"));
    const bounce_report& r = p.report;
    CHECK(r.kind == report_kind::feedback);
    CHECK_FALSE(r.is_bounce());
    CHECK(r.feedback_type == "abuse");
    CHECK(r.reporting_mta == "fbl.isp.example");
    REQUIRE(r.size() == 2);
    CHECK(r[0].recipient == "nina@isp.example");
    CHECK(r[1].recipient == "omar@isp.example");
    CHECK(r[0].source == record_source::feedback);
    CHECK(r[0].action == dsn_action::none);
    CHECK(r[0].verdict.bounce == bounce_type::none);
    CHECK(r[0].diagnostic == "A subscriber of ours marked the message below as spam.");
    CHECK(r.original.message_id == "<offer-77@sender.example>");
  }
  SUBCASE("authentication failure report: the recipients of the reported headers") {
    const parsed p(fixture("arf_auth_failure.eml"));
    CHECK(p.report.kind == report_kind::feedback);
    CHECK(p.report.feedback_type == "auth-failure");
    REQUIRE(p.report.size() == 2);
    CHECK(p.report[0].recipient == "paul@receiver.example");
    CHECK(p.report[1].recipient == "quinn@receiver.example");
  }
  SUBCASE("Hotmail's complaint format") {
    const parsed p(fixture("hotmail_complaint.eml"));
    CHECK(p.report.kind == report_kind::feedback);
    CHECK(p.report.feedback_type == "abuse");
    REQUIRE(p.report.size() == 1);
    CHECK(p.report[0].recipient == "rita@hotmail.example");
  }
}

TEST_CASE("automatic replies are never bounces; ordinary mail is not a report") {
  for (const char* name : {"auto_reply_rfc3834.eml", "auto_reply_vacation.eml"}) {
    CAPTURE(name);
    const parsed p(fixture(name));
    CHECK(p.report.kind == report_kind::auto_reply);
    CHECK_FALSE(p.report.is_bounce());
    CHECK(p.report.empty());
    CHECK(p.report.recipient_count == 0);
  }
  const parsed o(fixture("ordinary.eml"));
  CHECK(o.report.kind == report_kind::not_a_report);
  CHECK(o.report.empty());
  CHECK(o.report.generator == bounce_generator::unknown);
}

TEST_CASE("human-readable formats: recipient, status, code, command and reason from the text") {
  struct expectation {
    const char* file;
    bounce_generator generator;
    const char* recipient;
    dsn_action action;
    const char* status;
    unsigned code;
    smtp_command command;
    const char* diagnostic;
  };
  using G = bounce_generator;
  using C = smtp_command;
  const expectation cases[] = {
      {"qmail_two_recipients.eml", G::qmail, "zack@example.com", dsn_action::failed, "5.1.1", 550,
       C::rcpt,
       "192.0.2.44 does not like recipient. Remote host said: 550 5.1.1 <zack@example.com>: "
       "unknown mailbox Giving up on 192.0.2.44."},
      {"exim_failed.eml", G::exim, "cal@example.com", dsn_action::failed, "5.1.1", 550, C::rcpt,
       "host mx.example.com [192.0.2.80] SMTP error from remote mail server after RCPT "
       "TO:<cal@example.com>: 550 5.1.1 mailbox unavailable"},
      {"exim_delayed.eml", G::exim, "fay@example.com", dsn_action::delayed, "4.7.1", 451, C::rcpt,
       "SMTP error from remote mail server after RCPT TO:<fay@example.com>: 451 4.7.1 "
       "greylisted, come back later"},
      {"gmail_style.eml", G::gmail, "hal@example.com", dsn_action::failed, "5.1.1", 550, C::unknown,
       "550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 Please "
       "check the address."},
      {"yahoo_style.eml", G::yahoo, "jon@example.com", dsn_action::failed, "5.2.2", 552, C::rcpt,
       "Remote host said: 552 5.2.2 <jon@example.com>: mailbox full [RCPT_TO]"},
      {"exchange2003_style.eml", G::exchange2003, "lea@corp.example", dsn_action::failed, "5.1.1",
       0, C::unknown,
       "on 3/10/2024 9:15 AM The e-mail account does not exist at the organization this message "
       "was sent to. <corp.example #5.1.1>"},
      {"opensmtpd_style.eml", G::opensmtpd, "ned@example.com", dsn_action::failed, "5.7.1", 550,
       C::unknown, "550 5.7.1 Relaying denied"},
      {"dragonfly_style.eml", G::dragonfly, "pia@example.com", dsn_action::failed, "5.2.1", 550,
       C::rcpt,
       "mx.example.com [192.0.2.33] did not like our RCPT TO: 550 5.2.1 <pia@example.com>: "
       "account disabled"},
      {"sendmail_v5_transcript.eml", G::sendmail_v5, "rob@example.org", dsn_action::failed, "none",
       550, C::rcpt,
       "<<< 550 <rob@example.org>... User unknown 550 <rob@example.org>... User unknown"},
      {"html_only.eml", G::gmail, "vic@example.com", dsn_action::failed, "5.1.1", 550, C::unknown,
       "550 5.1.1 No such user <vic@example.com>"},
  };
  for (const expectation& e : cases) {
    CAPTURE(e.file);
    const parsed p(fixture(e.file));
    const bounce_report& r = p.report;
    CHECK(r.kind == report_kind::delivery_status);
    CHECK(r.generator == e.generator);
    REQUIRE_FALSE(r.empty());
    CHECK(r[0].recipient == e.recipient);
    CHECK(r[0].action == e.action);
    CHECK(status_of(r[0]) == e.status);
    CHECK(r[0].code == e.code);
    CHECK(r[0].command == e.command);
    CHECK(r[0].diagnostic == e.diagnostic);
    CHECK(r[0].diagnostic_type.empty());
  }
}

TEST_CASE("text formats with several recipients, and X-Failed-Recipients") {
  const parsed q(fixture("qmail_two_recipients.eml"));
  REQUIRE(q.report.size() == 2);
  CHECK(q.report[1].recipient == "abe@gone.example");
  CHECK(status_of(q.report[1]) == "5.1.2");  // qmail's "(#5.1.2)"
  CHECK(q.report[1].code == 0);
  CHECK(q.report[1].diagnostic == "Sorry, I couldn't find any host named gone.example. (#5.1.2)");
  CHECK(q.report[1].source == record_source::text);
  CHECK(q.report.original.message_id == "<minutes-9@example.org>");  // after the copy marker

  const parsed x(fixture("exim_failed.eml"));
  REQUIRE(x.report.size() == 2);
  CHECK(x.report[0].source == record_source::failed_recipients);
  CHECK(x.report[1].recipient == "dee@example.org");
  CHECK(status_of(x.report[1]) == "5.3.4");
  CHECK(x.report[1].command == smtp_command::end_of_data);
  CHECK(x.report[1].verdict.reason == bounce_reason::message_too_large);
}

TEST_CASE("Amazon SES notification in an SNS envelope") {
  const parsed p(fixture("ses_notification.eml"));
  const bounce_report& r = p.report;
  CHECK(r.kind == report_kind::delivery_status);
  CHECK(r.generator == bounce_generator::amazon_ses);
  REQUIRE(r.size() == 2);
  CHECK(r[0].source == record_source::notification);
  CHECK(r[0].recipient == "sam@example.com");
  CHECK(r[0].action == dsn_action::failed);
  CHECK(status_of(r[0]) == "5.1.1");
  CHECK(r[0].diagnostic_type == "smtp");
  CHECK(r[0].diagnostic == "550 5.1.1 user unknown");
  CHECK(r[1].recipient == "tom@example.net");
  CHECK(status_of(r[1]) == "5.2.2");
  CHECK(r[1].code == 552);
}

TEST_CASE("a charset the library does not convert is named, its bytes kept") {
  const parsed p(fixture("domino_iso2022jp.eml"));
  const bounce_report& r = p.report;
  CHECK(r.generator == bounce_generator::domino);
  REQUIRE(r.size() == 1);
  CHECK(r[0].diagnostic_type == "X-Notes");
  CHECK(r[0].diagnostic_charset == "iso-2022-jp");
  REQUIRE(r[0].diagnostic.size() > 3);
  CHECK(r[0].diagnostic.substr(0, 3) == "\x1b$B");  // ISO-2022-JP's switch to JIS X 0208
}

TEST_CASE("any line ending: CRLF, LF and CR give the same records") {
  const std::string crlf = fixture("postfix_two_recipients.eml");
  std::string lf, cr;
  for (std::size_t i = 0; i < crlf.size(); ++i) {
    if (crlf[i] == '\r' && i + 1 < crlf.size() && crlf[i + 1] == '\n') continue;
    lf += crlf[i];
    cr += crlf[i] == '\n' ? '\r' : crlf[i];
  }
  const parsed a(crlf), b(lf), c(cr);
  for (const parsed* p : {&a, &b, &c}) {
    REQUIRE(p->report.size() == 2);
    CHECK(p->report[0].recipient == "bob@example.com");
    CHECK(p->report[0].diagnostic ==
          "550 5.1.1 <bob@example.com>: Recipient address rejected: no such mailbox here");
    CHECK(p->report[1].recipient == "carol@nowhere.example");
    CHECK(p->report.original.message_id == "<q1-draft-42@example.org>");
  }
  const parsed only_cr(fixture("cr_only.eml"));
  REQUIRE(only_cr.report.size() == 1);
  CHECK(only_cr.report[0].recipient == "yves@example.com");
  CHECK(status_of(only_cr.report[0]) == "5.1.1");
}

TEST_CASE("limits: record capacity, a small text buffer, nesting and garbage") {
  const std::string message = fixture("postfix_two_recipients.eml");
  std::vector<char> text(bounce_buffer_size(message));
  SUBCASE("records beyond the capacity are counted, not stored") {
    basic_bounce_report<1> one;
    parse_bounce(message, text_buffer(text.data(), text.size()), one);
    CHECK(one.size() == 1);
    CHECK(one.recipient_count == 2);
    CHECK(one.recipients_not_stored() == 1);
    CHECK(one[0].recipient == "bob@example.com");
  }
  SUBCASE("a text buffer that is too small cuts texts short and says so") {
    std::vector<char> small(8 + 32, '\x5A');
    const bounce_report r = parse_bounce(message, text_buffer(small.data(), 8));
    CHECK(r.text_truncated);
    REQUIRE(r.size() == 2);
    CHECK(r[0].recipient == "bob@example.com");  // views into the message need no buffer
    for (std::size_t i = 8; i < small.size(); ++i) CHECK(small[i] == '\x5A');
  }
  SUBCASE("bounce_buffer_size() is enough for every fixture") {
    for (const char* name :
         {"base64_latin1.eml", "postfix_two_recipients.eml", "html_only.eml",
          "ses_notification.eml", "exim_failed.eml", "domino_iso2022jp.eml", "arf_abuse.eml"}) {
      CAPTURE(name);
      const parsed p(fixture(name));
      CHECK_FALSE(p.report.text_truncated);
    }
  }
  SUBCASE("nesting deeper than the limit is not followed") {
    std::string bomb = "Content-Type: multipart/mixed; boundary=b0\r\n\r\n";
    for (int i = 1; i < 5000; ++i)
      bomb += "--b" + std::to_string(i - 1) + "\r\nContent-Type: multipart/mixed; boundary=b" +
              std::to_string(i) + "\r\n\r\n";
    bomb += "Final-Recipient: rfc822; deep@example.com\r\nAction: failed\r\n";
    const parsed p(bomb);
    CHECK(p.report.kind == report_kind::not_a_report);
    CHECK(p.report.empty());
  }
  SUBCASE("empty input and binary garbage") {
    const bounce_report empty = parse_bounce({}, text_buffer(text.data(), text.size()));
    CHECK(empty.kind == report_kind::not_a_report);
    std::string junk;
    for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 131 + 7) & 0xFF);
    const parsed p(junk);
    CHECK(p.report.kind == report_kind::not_a_report);
  }
}

TEST_CASE("parse_bounce(message): the allocating overload owns everything") {
  bounce_document moved;
  {
    std::string message = fixture("qmail_two_recipients.eml");
    bounce_document doc = parse_bounce(message);
    message.assign(message.size(), 'x');  // the document keeps its own copy
    REQUIRE(doc.size() == 2);
    moved = std::move(doc);
    CHECK(doc.empty());  // NOLINT: moved-from is empty by design
  }
  REQUIRE(moved.size() == 2);
  CHECK(moved.kind == report_kind::delivery_status);
  CHECK(moved[0].recipient == "zack@example.com");
  CHECK(moved[1].diagnostic == "Sorry, I couldn't find any host named gone.example. (#5.1.2)");
  CHECK(moved.message().substr(0, 5) == "From:");
  // More recipients than the first attempt's room: all are kept.
  std::string many =
      "From: MAILER-DAEMON@mx.example\r\nSubject: failure notice\r\n\r\n"
      "Hi. This is the qmail-send program at mx.example.\r\n"
      "I'm afraid I wasn't able to deliver your message to the following "
      "addresses.\r\n\r\n";
  for (int i = 0; i < 40; ++i)
    many +=
        "<user" + std::to_string(i) + "@example.com>:\r\nRemote host said: 550 5.1.1 no\r\n\r\n";
  const bounce_document all = parse_bounce(many);
  CHECK(all.recipient_count == 40);
  REQUIRE(all.size() == 40);
  CHECK(all[39].recipient == "user39@example.com");
}

TEST_CASE("names for logs and JSON") {
  CHECK(to_string(report_kind::delivery_status) == "delivery_status");
  CHECK(to_string(report_kind::auto_reply) == "auto_reply");
  CHECK(to_string(dsn_action::expanded) == "expanded");
  CHECK(to_string(record_source::failed_recipients) == "failed_recipients");
  CHECK(to_string(bounce_generator::one_and_one) == "1and1");
  CHECK(to_string(bounce_generator::apache_james) == "apache_james");
  CHECK(to_string(static_cast<bounce_generator>(200)) == "unknown");
  // Every generator has its own name.
  for (std::size_t i = 0; i < bounce_generator_count; ++i)
    for (std::size_t j = i + 1; j < bounce_generator_count; ++j)
      CHECK(to_string(static_cast<bounce_generator>(i)) !=
            to_string(static_cast<bounce_generator>(j)));
}
