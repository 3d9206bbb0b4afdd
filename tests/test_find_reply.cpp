#include <smtpcodes/advice.hpp>
#include <smtpcodes/find_reply.hpp>

#include <doctest/doctest.h>
#include <smtpcodes/reply.hpp>

#include <random>
#include <string>

using namespace smtpcodes;

namespace {
std::string text_of(const reply& r) {
  std::string out(r.text_size(), '\0');
  return std::string(r.text_to(out.data(), out.size()));
}
// Where the last occurrence of lower-case `needle` starts in `text`, ignoring
// ASCII case; std::string::npos when there is none.
std::size_t last_ifind(std::string text, const std::string& needle) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text.rfind(needle);
}
}  // namespace

TEST_CASE("Postfix client log: said: ... (in reply to RCPT TO command)") {
  const std::string line =
      "Nov 22 06:05:01 mail postfix/smtp[4123]: 4Xb2c15Z8Kz9: to=<u@example.com>, "
      "relay=mx.example.com[192.0.2.1]:25, delay=0.21, delays=0.01/0/0.1/0.1, dsn=5.1.1, "
      "status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <u@example.com>: Recipient "
      "address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))";
  const text_match m = find_reply(line);
  REQUIRE(m.ok());
  CHECK(m.value.code == 550);
  CHECK(*m.value.status == enhanced_status{5, 1, 1});
  CHECK(m.command == smtp_command::rcpt);
  CHECK(m.position == line.find("550 5.1.1"));
  CHECK(text_of(m.value) ==
        "<u@example.com>: Recipient address rejected: User unknown in virtual mailbox table");
  CHECK(m.value.warnings.has(reply_warning::free_text));
}

TEST_CASE("Postfix: end of DATA, MAIL FROM and greeting") {
  CHECK(find_reply("said: 552 5.3.4 Message size exceeds fixed limit (in reply to end of DATA "
                   "command))")
            .command == smtp_command::end_of_data);
  CHECK(
      find_reply("said: 553 5.1.8 <a@b>: Sender address rejected (in reply to MAIL FROM command))")
          .command == smtp_command::mail);
  const text_match greet =
      find_reply("host mx.example.com[192.0.2.1] refused to talk to me: 554 5.7.1 Access denied");
  REQUIRE(greet.ok());
  CHECK(greet.value.code == 554);
  CHECK(greet.command == smtp_command::connect);
}

TEST_CASE("Postfix server log: NOQUEUE: reject:") {
  const std::string line =
      "Nov 22 06:05:01 mx postfix/smtpd[99]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 554 "
      "5.7.1 <x@other.test>: Relay access denied; from=<a@b.test> to=<x@other.test> proto=ESMTP "
      "helo=<client.test>";
  const text_match m = find_reply(line);
  REQUIRE(m.ok());
  CHECK(m.value.code == 554);
  CHECK(*m.value.status == enhanced_status{5, 7, 1});
  CHECK(m.command == smtp_command::rcpt);
  CHECK(text_of(m.value) == "<x@other.test>: Relay access denied");
  CHECK(
      find_reply("NOQUEUE: reject: MAIL from x[192.0.2.7]: 452 4.3.1 Insufficient system storage; "
                 "proto=ESMTP")
          .command == smtp_command::mail);
}

TEST_CASE("Exim: SMTP error from remote mail server after ...") {
  const text_match m = find_reply(
      "2026-11-22 06:05:01 1rX2ab-000Abc-Cd ** u@example.com R=dnslookup T=remote_smtp "
      "H=mx.example.com [192.0.2.1]: SMTP error from remote mail server after RCPT "
      "TO:<u@example.com>: 550 5.1.1 User unknown");
  REQUIRE(m.ok());
  CHECK(m.value.code == 550);
  CHECK(m.command == smtp_command::rcpt);
  CHECK(text_of(m.value) == "User unknown");
  CHECK(
      find_reply("SMTP error from remote mail server after end of data: 554 5.7.1 Spam").command ==
      smtp_command::end_of_data);
  CHECK(find_reply("SMTP error from remote mail server after initial connection: 421 too busy")
            .command == smtp_command::connect);
  CHECK(find_reply("SMTP error from remote mail server after pipelined MAIL FROM:<a@b> SIZE=1234: "
                   "552 5.3.4 too big")
            .command == smtp_command::mail);
}

TEST_CASE("Exim delivery line: the quoted C=\"...\" reply") {
  const text_match m = find_reply(
      "2026-11-22 06:05:04 1rX2ab-000Abc-Cd => w@example.org R=dnslookup T=remote_smtp "
      "H=mx.example.org [203.0.113.9] C=\"250 2.0.0 Ok: queued as 42\"");
  REQUIRE(m.ok());
  CHECK(m.value.code == 250);
  CHECK(text_of(m.value) == "Ok: queued as 42");
}

TEST_CASE("Sendmail: stat=Deferred: 452 ...") {
  const text_match m = find_reply(
      "Nov 22 06:05:01 host sm-mta[1234]: 2AM6x5Qm001234: to=<u@x.org>, delay=00:00:01, "
      "xdelay=00:00:01, mailer=esmtp, pri=120321, relay=mx.x.org. [192.0.2.1], dsn=4.2.2, "
      "stat=Deferred: 452 4.2.2 Mailbox full");
  REQUIRE(m.ok());
  CHECK(m.value.code == 452);
  CHECK(*m.value.status == enhanced_status{4, 2, 2});
  CHECK(m.command == smtp_command::unknown);
  CHECK(text_of(m.value) == "Mailbox full");
}

TEST_CASE("DSN Diagnostic-Code with a folded multi-line reply") {
  const text_match m = find_reply(
      "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not "
      "exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or "
      "550 5.1.1 unnecessary spaces. x - gsmtp");
  REQUIRE(m.ok());
  CHECK(m.value.code == 550);
  CHECK(m.value.line_count == 3);
  CHECK(text_of(m.value) ==
        "The email account that you tried to reach does not exist. Please try double-checking the "
        "recipient's email address for typos or unnecessary spaces. x - gsmtp");
  const text_match plain = find_reply("smtp; 550 5.1.1 <u@example.com>... User unknown");
  REQUIRE(plain.ok());
  CHECK(plain.position == 6);
}

TEST_CASE("IP addresses, versions, ports, pids and queue ids are never codes") {
  for (const char* t :
       {"connect to mx.example.com[192.168.100.200]:25: Connection refused",
        "Postfix 3.7.11 on 10.250.1.2 port 587 queue 12345ABCDE", "postfix/smtpd[421]: connect",
        "relay=mx[203.0.113.5]:465, delay=1.2, delays=0.1/0/0.5/0.6, dsn=4.4.1",
        "size=250, nrcpt=1 (queue active)", "message-id=<550.123@example.com>", "pid 550 exited",
        "version 5.1.1 released", "uid=450 from=<a@b>", ""}) {
    CAPTURE(t);
    const text_match m = find_reply(t);
    CHECK(m.error == parse_error::no_reply_found);
    CHECK_FALSE(m.ok());
  }
}

TEST_CASE("a bare reply as free text, and control bytes") {
  const text_match m = find_reply("550 Unrouteable address");
  REQUIRE(m.ok());
  CHECK(m.value.code == 550);
  CHECK_FALSE(m.value.status.has_value());
  CHECK(find_reply("said: 550 5.1.1 bad\x1b[31m").error == parse_error::control_character);
  CHECK(find_reply(std::string("said: 550 5.1.1 bad\0x", 21)).error == parse_error::nul_byte);
  CHECK(find_reply("said: 451 4.7.1 a\r\n   continued").ok());
}

namespace {

// The one-pass scan of find_reply() at run time (16 positions at a time,
// lists of places) against the searches the constant-evaluation path makes.
void check_one_pass(const std::string& text) {
  CAPTURE(text);
  const std::size_t at = detail::reply_start_in(text);
  if (at == detail::npos) return;
  detail::reply_facts f;
  if (!detail::reply_facts_fast(text, at, f)) return;
  const detail::reply_extent e = detail::reply_text_end(text, at);
  CHECK(f.extent.end == e.end);
  CHECK(f.extent.in_reply == e.in_reply);
  const std::string_view raw = std::string_view(text).substr(at, e.end - at);
  unsigned flags = 0;
  for (const char c : raw)
    if (c != '\n' && c != '\r') flags |= detail::byte_class(static_cast<unsigned char>(c));
  CHECK(f.flags == flags);
  enhanced_status s{};
  bool hash = false;
  const std::size_t used = raw.size() > 4 ? detail::leading_status(raw.substr(4), s, hash) : 0;
  CHECK(f.status_used == used);
  if (used != 0) {
    CHECK(f.status == s);
    CHECK(f.hash == hash);
  }
  CHECK(f.lines == detail::folded_segments(raw, used));
  // Where the segments start: where next_fold() finds them, one after another.
  REQUIRE(f.folds_known);
  const std::string_view token = detail::fold_status_token(raw, used);
  std::size_t pos = 0;
  for (std::size_t k = 0; k + 1 < f.lines; ++k) {
    pos = detail::next_fold(raw, pos, token);
    CHECK(f.fold_starts[k] == pos);
  }
  CHECK(detail::next_fold(raw, pos, token) == raw.size());
}

}  // namespace

TEST_CASE("the one-pass scan finds what the searches find") {
  const std::string replies[] = {
      "550 5.1.1 <a@b>: Recipient address rejected: User unknown",
      "550-5.1.1 The account does not exist. 550-5.1.1 Please try 550 5.1.1 again later",
      "550 5.1.1 first 550 5.1.1 second 550 5.2.2 third 550 fourth 550-fifth",
      "450 4.2.0 Greylisted; from=<c@d> to=<a@b> proto=ESMTP",
      "450 4.2.0 Greylisted ;from=<c@d> ; FROM=<x> (In Reply To RCPT TO command)",
      "421 closing (in reply to end of DATA command) and (in reply to RCPT TO command)",
      "552 full\x01 then text",
      "552 full then \x01",
      "552 caf\xc3\xa9 ferm\xc3\xa9",
      "552 tab\there\r\nand line",
      "552 nul",
      "553 sorry (#5.7.1)",
      "250 ok\"",
      "450 4.7.1 sent in reply to nothing"};
  const std::string prefixes[] = {"",         "smtp; ",
                                  "x said: ", "status=bounced (host h said: ",
                                  "C=\"",     std::string(13, 'a') + ": "};
  const std::string suffixes[] = {"",
                                  ")",
                                  " (in reply to RCPT TO command))",
                                  " (in reply to RCPT TO command)",
                                  std::string(1, '\0') + " after",
                                  "; from=<a@b>",
                                  "   ",
                                  "\""};
  std::size_t checked = 0;
  for (const std::string& prefix : prefixes) {
    for (const std::string& reply : replies) {
      for (const std::string& suffix : suffixes) {
        // Every offset of the reply against the 16-byte blocks and the text's end.
        for (std::size_t pad = 0; pad < 20; ++pad) {
          check_one_pass(std::string(pad, '-') + " " + prefix + reply + suffix);
          check_one_pass(prefix + reply + suffix + std::string(pad, ' '));
          checked += 2;
        }
      }
    }
  }
  CHECK(checked == 6 * 14 * 8 * 40);
  // More places than the lists hold: the searches take over, with the same result.
  std::string many = "said: 550 5.1.1 x";
  for (int k = 0; k < 20; ++k) many += " 550-5.1.1 in reply to ; from=<a>";
  detail::reply_facts f;
  CHECK_FALSE(detail::reply_facts_fast(many, 6, f));
  const text_match m = find_reply(many);
  REQUIRE(m.ok());
  CHECK(m.value.raw == "550 5.1.1 x 550-5.1.1 in reply to");  // up to the first "; from=<"
  CHECK(m.value.line_count == 2);
  CHECK(m.command == smtp_command::unknown);
}

TEST_CASE("the window scan for a reply start finds the first place a reply may stand") {
  // At run time 64-byte windows mark runs of digits, '.' and '/'; only runs
  // of three are looked at. Against every position, one by one.
  const auto first_by_position = [](std::string_view t) {
    for (std::size_t i = 0; i + 2 < t.size(); ++i)
      if (detail::is_reply_at(t, i)) return i;
    return detail::npos;
  };
  const std::string codes[] = {"550 5.1.1 x", "550-x", "250 ok", "421", "451\tx", "550\r\n"};
  const std::string before[] = {"", " ", ": ", "; ", "(", "\"", ".", "/", "1", "1.", "/2 ", "x"};
  const std::string after[] = {"", " 1.2.3", ".5 ", "/0", "0 ", "  said: 452 4.2.2 full"};
  std::size_t checked = 0;
  std::size_t found = 0;
  for (std::size_t pad = 0; pad < 140; pad += (pad > 50 && pad < 56) || pad > 112 ? 1 : 7) {
    for (const std::string& b : before) {
      for (const std::string& c : codes) {
        for (const std::string& a : after) {
          // A log-like run before the code: times, an address, a delay.
          std::string text = "10:11:43 [192.0.2.165]:25 0.1/0/0.5 ";
          text.resize(pad, '-');
          text += b + c + a;
          CAPTURE(text);
          const std::size_t want = first_by_position(text);
          CHECK(detail::reply_start_in(text) == want);
          found += want != detail::npos ? 1 : 0;
          ++checked;
        }
      }
    }
  }
  CHECK(checked == 38 * 12 * 6 * 6);
  CHECK(found == 5597);  // how many of these texts hold a reply: both searches find them
}

TEST_CASE("case-blind search at every offset and length, against a byte-by-byte search") {
  const auto naive = [](std::string_view hay, std::string_view needle, std::size_t from) {
    for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
      std::size_t k = 0;
      while (k < needle.size() && detail::ascii_lower(hay[i + k]) == needle[k]) ++k;
      if (k == needle.size()) return i;
    }
    return detail::npos;
  };
  std::size_t checked = 0;
  for (const std::string_view needle : {"dsn=", "in reply to ", "; from=<", "ab", "abc"}) {
    for (std::size_t size = 0; size < 48; ++size) {
      for (std::size_t at = 0; at < size; ++at) {
        std::string hay(size, 'a');
        hay.replace(at, std::min(needle.size(), size - at), needle.substr(0, size - at));
        hay[at] = static_cast<char>(hay[at] & ~0x20);  // upper case where a letter
        for (std::size_t from = 0; from <= at; ++from) {
          CHECK(detail::ifind(hay, needle, from) == naive(hay, needle, from));
          ++checked;
        }
      }
    }
  }
  CHECK(checked == 5 * (49 * 48 * 47 / 6));  // sizes 0-47, each place, each start up to it
}

TEST_CASE("command markers at every offset: the last \"reject: \" and \"after \", any refusal") {
  // At run time the markers are found by their first letter, 32 or 16
  // positions at a time; against searches for each marker.
  const std::string words[] = {"reject: ", "REJECT: ", "after ", "After ", "refused to talk to me",
                               "rejects",  "aft",      "f",      "j",      "fu",
                               "ft"};
  std::size_t checked = 0;
  for (std::size_t pad = 0; pad < 70; ++pad) {
    for (const std::string& w1 : words) {
      for (const std::string& w2 : words) {
        const std::string text = std::string(pad, 'x') + w1 + "RCPT from y" + w2 + "z";
        CAPTURE(text);
        const detail::command_markers m = detail::find_markers(text);
        CHECK(m.reject == last_ifind(text, "reject: "));
        CHECK(m.after == last_ifind(text, "after "));
        CHECK(m.refused == (detail::ifind(text, "refused to talk to me") != detail::npos));
        ++checked;
      }
    }
  }
  CHECK(checked == 70 * 11 * 11);
}

TEST_CASE("a segment's body from the status length read before its trailing spaces went") {
  const char* const texts[] = {
      "550 5.1.1 User unknown", "550 5.1.1   ", "550 5.1.1 \t ", "550 5.1.1", "550 #5.1.1 x",
      "550 5.1.1.2 x",          "550 5.1",      "550 ",          "550",       "550 User 5.1.1",
      "550 5.1.10\tUser  ",     "550 2.0.0 a  "};
  for (const char* t : texts) {
    CAPTURE(t);
    const std::string_view raw(t);
    enhanced_status s{};
    bool hash = false;
    const std::size_t used = raw.size() > 4 ? detail::leading_status(raw.substr(4), s, hash) : 0;
    CHECK(detail::whole_segment_body(raw, used) == detail::whole_segment_body(raw));
  }
  CHECK(detail::whole_segment_body("550 5.1.1 \t ", 8) == "");
  CHECK(detail::whole_segment_body("550 5.1.10\tUser  ", 7) == "User");
}

TEST_CASE("find_reply finishes a reply as parse_reply does: status on a 3yz, trailing forms") {
  const text_match m = find_reply("host mx.example.com said: 354 2.0.0 go ahead");
  REQUIRE(m.ok());
  CHECK(m.value.code == 354);
  CHECK(m.value.warnings.has(reply_warning::status_on_intermediate));
  CHECK(m.value.warnings.has(reply_warning::status_class_mismatch));
  const parse_result wire = parse_reply("354 2.0.0 go ahead\r\n");
  CHECK(wire.value.warnings.has(reply_warning::status_on_intermediate));
  // qmail chkuser in a log line.
  const text_match q = find_reply(
      "delivery 42: failure: host 192.0.2.7 said: 511 sorry, no mailbox here by that name "
      "(#5.1.1 - chkuser) (in reply to RCPT TO command)");
  REQUIRE(q.ok());
  REQUIRE(q.value.status.has_value());
  CHECK(*q.value.status == enhanced_status{5, 1, 1});
  CHECK(q.value.warnings.has(reply_warning::trailing_status));
  CHECK(q.command == smtp_command::rcpt);
  // An invalid status-shaped token in free text.
  const text_match bad = find_reply("smtp; 432 6.8.9 World!");
  REQUIRE(bad.ok());
  CHECK_FALSE(bad.value.status.has_value());
  CHECK(bad.value.warnings.has(reply_warning::status_invalid));
}

TEST_CASE("a greeting or acceptance continued by a refusal is read as the refusal") {
  // A server that starts a multi-line greeting and ends it with 421, as a
  // Postfix client logs it: the code of the last line is the reply's.
  const text_match g = find_reply(
      "host mx.example.net[192.0.2.8] refused to talk to me: 220-mx.example.net ESMTP "
      "421 4.3.2 Service shutting down, closing transmission channel");
  REQUIRE(g.ok());
  CHECK(g.value.code == 421);
  REQUIRE(g.value.status.has_value());
  CHECK(*g.value.status == enhanced_status{4, 3, 2});
  CHECK(g.command == smtp_command::connect);
  char body[128];
  CHECK(g.value.text_to(body, sizeof body) ==
        "Service shutting down, closing transmission channel");
  const advice a = advise(std::string_view(
      "host mx.example.net[192.0.2.8] refused to talk to me: 220-mx.example.net ESMTP "
      "421 4.3.2 Service shutting down, closing transmission channel"));
  CHECK(a.what == action::try_next_host);  // the host refused the session
  CHECK(a.bounce == bounce_type::soft);
  // A 250 continuation that ends in a permanent refusal.
  const text_match r = find_reply("said: 250-mail.example.org Hello 554 5.7.1 Go away");
  REQUIRE(r.ok());
  CHECK(r.value.code == 554);
  // Lines that agree, or a later success, keep the first code.
  const text_match e = find_reply("said: 250-mail.example.org Hello 250 SIZE 10240000");
  REQUIRE(e.ok());
  CHECK(e.value.code == 250);
  const text_match f = find_reply(
      "said: 550-5.1.1 The account does not exist. 550 5.1.1 Check the address (in reply to RCPT "
      "TO "
      "command)");
  REQUIRE(f.ok());
  CHECK(f.value.code == 550);
  CHECK(f.value.line_count == 2);
  const text_match n = find_reply("said: 220-mx.example.net ready");
  REQUIRE(n.ok());
  CHECK(n.value.code == 220);
}

TEST_CASE(
    "paren_balance counts '(' less ')' at run time as the byte loop does, 16 bytes at a time") {
  std::mt19937 rng{1207};
  const char bytes[] = {'(', ')', 'a', ' ', '\xff'};
  for (std::size_t size = 0; size <= 80; ++size) {
    for (int round = 0; round < 20; ++round) {
      std::string t(size, 'x');
      long expected = 0;
      for (char& c : t) {
        c = bytes[rng() % sizeof bytes];
        expected += c == '(' ? 1 : (c == ')' ? -1 : 0);
      }
      CHECK(detail::paren_balance(t) == expected);
    }
  }
  CHECK(detail::paren_balance(std::string(48, ')')) == -48);
  CHECK(detail::paren_balance(std::string(33, '(')) == 33);
}

TEST_CASE("istarts_with: a prefix, ASCII case ignored for letters only") {
  const std::string phrase = "in reply to ";
  std::string text = "In RePlY tO RCPT TO command";
  CHECK(detail::istarts_with(text, phrase));
  CHECK(detail::istarts_with(text, "in reply"));
  CHECK(detail::istarts_with(text, "in reply to rcpt"));
  CHECK_FALSE(detail::istarts_with(text, "in reply to rcpx"));
  CHECK_FALSE(detail::istarts_with(std::string_view(text).substr(0, 11), phrase));  // too short
  CHECK_FALSE(detail::istarts_with("[x] @host", "{x} `host"));  // 0x20 apart, not letters
  // A difference at any position of a phrase is seen, and case is ignored
  // only for letters.
  const std::string longest = "refused to talk to me";
  for (std::size_t n = 1; n <= longest.size(); ++n) {
    const std::string lower = longest.substr(0, n);
    std::string upper = lower;
    for (char& c : upper)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    CHECK(detail::istarts_with(upper + "!", lower));
    for (std::size_t k = 0; k < n; ++k) {
      std::string changed = upper;
      changed[k] = changed[k] == ' ' ? '\0' : static_cast<char>(changed[k] ^ 0x40);
      CHECK_FALSE(detail::istarts_with(changed, lower));
    }
  }
}
