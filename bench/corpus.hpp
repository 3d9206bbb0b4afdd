// Benchmark corpus: deterministic SMTP traffic that looks like what a busy
// relay sees (Postfix, Exim, Sendmail, Gmail, Outlook and Yahoo replies) as
// one buffer of CRLF wire bytes, plus mail-log lines and DSN Diagnostic-Code
// values. Same seed, same bytes, whatever the compiler: every random draw is
// its own statement (templates are expanded left to right), so the peer
// harnesses can read gen_corpus's files and see what the benchmark saw.
#ifndef SMTPCODES_BENCH_CORPUS_HPP
#define SMTPCODES_BENCH_CORPUS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <smtpcodes/command.hpp>

namespace smtpcodes_bench {

inline constexpr std::uint64_t default_seed = 0x5EED5A17C0DE2024ULL;
inline constexpr std::size_t default_replies = 200000;
inline constexpr std::size_t default_log_lines = 50000;

/// splitmix64: small, fast and the same on every platform.
class rng {
 public:
  explicit rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool percent(unsigned p) { return below(100) < p; }
  template <typename T, std::size_t N>
  const T& pick(const T (&items)[N]) {
    return items[below(N)];
  }

 private:
  std::uint64_t state_;
};

/// Wire bytes of back-to-back replies and the command each one answers.
struct wire_corpus {
  std::string bytes;
  std::vector<smtpcodes::smtp_command> commands;  ///< one per reply, in order
  std::size_t lines = 0;
  [[nodiscard]] std::size_t replies() const { return commands.size(); }
};

namespace detail {

inline const char* const hosts[] = {
    "mx.example.test",         "mail.example.org",      "smtp.example.net",
    "mx1.mail.example.com",    "inbound.example.co.uk", "mx.customer.example",
    "mail-in.example.invalid", "relay.corp.example",    "mx2.provider.example"};
inline const char* const users[] = {"alice",   "bob",   "carol", "dave",    "erin",
                                    "frank",   "grace", "heidi", "ivan",    "judy",
                                    "mallory", "oscar", "peggy", "trent",   "victor",
                                    "walter",  "info",  "sales", "billing", "noreply"};
inline const char* const domains[] = {"example.com",   "example.org",     "example.net",
                                      "gmail.example", "outlook.example", "yahoo.example",
                                      "corp.example",  "shop.example"};

inline std::string random_chars(rng& g, std::size_t n, std::string_view alphabet) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += alphabet[g.below(alphabet.size())];
  return s;
}

/// Expands `t` left to right: {H} the host, {ip} a documentation address,
/// {addr} user@domain, {dom} a domain, {user} a user, {hexN} N hex digits,
/// {idN} N letters and digits, {nLOW+COUNT} a number in [LOW, LOW + COUNT).
inline std::string expand(rng& g, std::string_view t, std::string_view host = {}) {
  static const char* const nets[] = {"192.0.2.", "198.51.100.", "203.0.113."};
  std::string out;
  while (!t.empty()) {
    const std::size_t open = t.find('{');
    out += t.substr(0, open);
    if (open == std::string_view::npos) break;
    const std::size_t close = t.find('}', open);
    const std::string_view key = t.substr(open + 1, close - open - 1);
    t.remove_prefix(close + 1);
    if (key == "H") {
      out += host;
    } else if (key == "ip") {
      out += g.pick(nets);
      out += std::to_string(1 + g.below(254));
    } else if (key == "addr") {
      out += g.pick(users);
      out += '@';
      out += g.pick(domains);
    } else if (key == "dom") {
      out += g.pick(domains);
    } else if (key == "user") {
      out += g.pick(users);
    } else if (key.substr(0, 3) == "hex") {
      out += random_chars(g, std::stoul(std::string(key.substr(3))), "0123456789ABCDEF");
    } else if (key.substr(0, 2) == "id") {
      out += random_chars(g, std::stoul(std::string(key.substr(2))),
                          "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    } else if (key.substr(0, 1) == "n") {
      const std::size_t plus = key.find('+');
      const std::size_t low = std::stoul(std::string(key.substr(1, plus - 1)));
      const std::size_t count = std::stoul(std::string(key.substr(plus + 1)));
      out += std::to_string(low + g.below(count));
    }
  }
  return out;
}

/// Appends one reply: every line gets `code`, "-" or " ", then `status ` when
/// given (RFC 2034: on every line), then the text.
inline void emit(wire_corpus& c, smtpcodes::smtp_command cmd, std::string_view code,
                 std::string_view status, const std::vector<std::string>& texts) {
  for (std::size_t i = 0; i < texts.size(); ++i) {
    c.bytes += code;
    c.bytes += i + 1 == texts.size() ? ' ' : '-';
    if (!status.empty()) {
      c.bytes += status;
      c.bytes += ' ';
    }
    c.bytes += texts[i];
    c.bytes += "\r\n";
  }
  c.lines += texts.size();
  c.commands.push_back(cmd);
}
inline void emit1(wire_corpus& c, smtpcodes::smtp_command cmd, std::string_view code,
                  std::string_view status, std::string text) {
  emit(c, cmd, code, status, std::vector<std::string>{std::move(text)});
}

// Long multi-line rejections in the style of the big mailbox providers.
inline const std::vector<std::string> gmail_no_such_user = {
    "The email account that you tried to reach does not exist. Please try",
    "double-checking the recipient's email address for typos or",
    "unnecessary spaces. For more information, go to",
    " https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-a44d1e3f0a7si12345 - gsmtp"};
inline const std::vector<std::string> gmail_dmarc = {
    "This mail is unauthenticated, which poses a security risk to the",
    "sender and Gmail users, and has been blocked. The sender must",
    "authenticate with at least one of SPF or DKIM. For this message,",
    "DKIM checks did not pass and SPF check for [example.com] did not",
    "pass with ip: [203.0.113.9]. The sender should visit",
    " https://support.google.com/mail/answer/81126#authentication for",
    "instructions on setting up authentication.",
    " d75a77b69052e-4317ef2d1f2si123456qtb.442 - gsmtp"};
inline const std::vector<std::string> gmail_rate = {
    "[203.0.113.9      15] Our system has detected an unusual rate of",
    "unsolicited mail originating from your IP address. To protect our",
    "users from spam, mail sent from your IP address has been temporarily",
    "rate limited. For more information, go to",
    " https://support.google.com/mail/?p=UnsolicitedRateLimitError to",
    "review our Bulk Email Senders Guidelines. a1b2c3d4e5f6.77 - gsmtp"};
inline const std::vector<std::string> gmail_over_quota = {
    "The recipient's inbox is out of storage space and inactive. Please", "direct the recipient to",
    " https://support.google.com/mail/?p=OverQuotaPerm 5b1f17b1804b1-42d2f6e0c1fsi98765 - gsmtp"};

/// An EHLO reply of 8-12 lines.
inline std::vector<std::string> ehlo_lines(rng& g, const std::string& host, bool tls_done) {
  static const char* const extensions[] = {"PIPELINING",
                                           "SIZE 10240000",
                                           "VRFY",
                                           "ETRN",
                                           "AUTH PLAIN LOGIN",
                                           "AUTH=PLAIN LOGIN",
                                           "ENHANCEDSTATUSCODES",
                                           "8BITMIME",
                                           "DSN",
                                           "SMTPUTF8",
                                           "CHUNKING",
                                           "BINARYMIME",
                                           "DELIVERBY",
                                           "X-EXPS GSSAPI NTLM",
                                           "SIZE 157286400",
                                           "AUTH LOGIN PLAIN XOAUTH2"};
  constexpr std::size_t extension_count = sizeof(extensions) / sizeof(extensions[0]);
  std::vector<std::string> lines;
  const std::size_t greeting = g.below(4);
  if (greeting == 0)
    lines.push_back(expand(g, "mx.google.example at your service, [{ip}]"));
  else if (greeting == 1)
    lines.push_back(expand(g, "{H} Hello [{ip}]", host));
  else
    lines.push_back(host);
  const std::size_t n = 8 + g.below(5);
  const std::size_t first = g.below(extension_count);
  for (std::size_t i = 1; i < n; ++i) {
    if (i == 2 && !tls_done)
      lines.push_back("STARTTLS");
    else
      lines.push_back(extensions[(first + i) % extension_count]);
  }
  return lines;
}

/// Replies to RCPT; returns whether the recipient was accepted.
inline bool rcpt_reply(rng& g, wire_corpus& c) {
  using cmd = smtpcodes::smtp_command;
  const std::size_t kind = g.below(100);
  if (kind < 70) {
    emit1(c, cmd::rcpt, "250", "2.1.5", "Ok");
  } else if (kind < 78) {
    emit1(c, cmd::rcpt, "250", "2.1.5", expand(g, "{addr}... Recipient ok"));
  } else if (kind < 83) {
    emit1(c, cmd::rcpt, "550", "5.1.1",
          expand(g, "<{addr}>: Recipient address rejected: User unknown in virtual mailbox table"));
  } else if (kind < 86) {
    emit(c, cmd::rcpt, "550", "5.1.1", gmail_no_such_user);
  } else if (kind < 89) {
    emit1(c, cmd::rcpt, "450", "4.2.0",
          expand(g,
                 "<{addr}>: Recipient address rejected: Greylisted, see "
                 "http://postgrey.schweikert.ch/help/{dom}.html"));
  } else if (kind < 91) {
    emit1(c, cmd::rcpt, "451", "4.7.1", "Please try again later");
  } else if (kind < 92) {
    emit1(c, cmd::rcpt, "452", "4.5.3", "Error: too many recipients");
  } else if (kind < 94) {
    emit1(c, cmd::rcpt, "550", "", "Requested action not taken: mailbox unavailable");
  } else if (kind < 95) {
    emit1(c, cmd::rcpt, "450", "", "Requested mail action not taken: mailbox unavailable");
  } else if (kind < 96) {
    emit(c, cmd::rcpt, "552", "5.2.2", gmail_over_quota);
  } else if (kind < 98) {
    emit1(c, cmd::rcpt, "554", "5.7.1", expand(g, "<{addr}>: Relay access denied"));
  } else {
    emit1(c, cmd::rcpt, "550", "5.7.1",
          expand(g,
                 "Service unavailable, Client host [{ip}] blocked using Spamhaus. To request "
                 "removal from this list see https://www.spamhaus.org/query/ip/{ip} AS(1450) "
                 "[BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]"));
  }
  return kind < 78;
}

/// Replies to the end of DATA; returns false when the server closed the connection.
inline bool end_of_data_reply(rng& g, wire_corpus& c, const std::string& host) {
  using cmd = smtpcodes::smtp_command;
  const std::size_t eod = g.below(100);
  if (eod < 60) {
    emit1(c, cmd::end_of_data, "250", "2.0.0", expand(g, "Ok: queued as {hex10}"));
  } else if (eod < 72) {
    emit1(c, cmd::end_of_data, "250", "2.0.0",
          expand(g, "OK  17095{n10000+89999} {id14}.{n0+999} - gsmtp"));
  } else if (eod < 78) {
    emit1(c, cmd::end_of_data, "250", "", expand(g, "OK id=1r{id4}-000{hex3}-{id2}"));
  } else if (eod < 84) {
    emit1(c, cmd::end_of_data, "250", "2.6.0",
          expand(g,
                 "<{id16}@{H}> [InternalId={n0+99999999}, "
                 "Hostname=AM0PR02MB1234.eurprd02.prod.outlook.com] {n2000+90000} bytes in "
                 "0.123, 95.123 KB/sec Queued mail for delivery",
                 host));
  } else if (eod < 88) {
    emit1(c, cmd::end_of_data, "550", "5.7.1",
          expand(g,
                 "Unfortunately, messages from [{ip}] weren't sent. Please contact your "
                 "Internet service provider since part of their network is on our block list "
                 "(S3150). You can also refer your provider to "
                 "http://mail.live.com/mail/troubleshooting.aspx#errors. "
                 "[AM0EUR02FT012.eop-EUR02.prod.protection.outlook.com]"));
  } else if (eod < 91) {
    emit(c, cmd::end_of_data, "550", "5.7.26", gmail_dmarc);
  } else if (eod < 93) {
    emit(c, cmd::end_of_data, "421", "4.7.28", gmail_rate);
    return false;  // 421: the server closes the connection
  } else if (eod < 95) {
    emit1(c, cmd::end_of_data, "554", "5.7.1", "Message rejected as spam");
  } else if (eod < 97) {
    emit1(c, cmd::end_of_data, "552", "5.3.4", "Error: message file too big");
  } else if (eod < 98) {
    emit1(c, cmd::end_of_data, "451", "4.3.0", "Error: queue file write error");
  } else {
    emit1(c, cmd::end_of_data, "554", "5.7.9",
          "Message not accepted for policy reasons.  See "
          "https://postmaster.yahooinc.com/error-codes");
  }
  return true;
}

/// One SMTP session: greeting, EHLO, maybe STARTTLS and AUTH, one to three
/// transactions, QUIT. Some sessions end early the way real ones do.
inline void session(rng& g, wire_corpus& c) {
  using cmd = smtpcodes::smtp_command;
  const std::string host = g.pick(hosts);
  const std::size_t greeting = g.below(100);
  if (greeting < 3) {
    emit1(c, cmd::connect, "554", "5.7.1",
          expand(g, "Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org"));
    emit1(c, cmd::quit, "221", "2.0.0", "Bye");
    return;
  }
  if (greeting < 5) {
    emit1(c, cmd::connect, "421", "4.7.0",
          expand(g,
                 "[TSS04] Messages from {ip} temporarily deferred due to unexpected volume or "
                 "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"));
    return;
  }
  if (greeting < 6) {
    emit1(c, cmd::connect, "554", "", host + " ESMTP not accepting messages");
    emit1(c, cmd::quit, "221", "", host + " closing connection");
    return;
  }
  if (greeting < 60)
    emit1(c, cmd::connect, "220", "", host + " ESMTP Postfix");
  else if (greeting < 75)
    emit1(c, cmd::connect, "220", "", expand(g, "mx.google.example ESMTP {id12}.{n0+999} - gsmtp"));
  else if (greeting < 85)
    emit1(c, cmd::connect, "220", "",
          host + " Microsoft ESMTP MAIL Service ready at Mon, 4 Mar 2024 10:15:22 +0000");
  else if (greeting < 93)
    emit1(c, cmd::connect, "220", "", host + " ESMTP Exim 4.96 Mon, 04 Mar 2024 10:15:22 +0000");
  else
    emit1(c, cmd::connect, "220", "",
          host + " ESMTP Sendmail 8.17.1/8.17.1; Mon, 4 Mar 2024 10:15:22 GMT");

  if (g.percent(2)) {  // EHLO refused: the client falls back to HELO
    emit1(c, cmd::ehlo, "502", "5.5.2", "Error: command not recognized");
    emit1(c, cmd::helo, "250", "", host);
  } else {
    emit(c, cmd::ehlo, "250", "", ehlo_lines(g, host, false));
  }
  if (g.percent(40)) {
    emit1(c, cmd::starttls, "220", "2.0.0", "Ready to start TLS");
    emit(c, cmd::ehlo, "250", "", ehlo_lines(g, host, true));
  }
  if (g.percent(20)) {
    if (g.percent(50)) {
      emit1(c, cmd::auth, "334", "", "VXNlcm5hbWU6");
      emit1(c, cmd::auth, "334", "", "UGFzc3dvcmQ6");
    } else {
      emit1(c, cmd::auth, "334", "", "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+");
    }
    if (g.percent(10)) {
      emit1(c, cmd::auth, "535", "5.7.8", "Error: authentication failed: authentication failure");
      emit1(c, cmd::quit, "221", "2.0.0", "Bye");
      return;
    }
    emit1(c, cmd::auth, "235", "2.7.0", "Authentication successful");
  }
  if (g.percent(2)) {
    if (g.percent(50))
      emit1(c, cmd::vrfy, "252", "2.0.0", expand(g, "{user}"));
    else
      emit1(c, cmd::vrfy, "502", "5.5.1", "VRFY command is disabled");
  }
  const std::size_t transactions = g.percent(85) ? 1 : 2 + g.below(2);
  for (std::size_t t = 0; t < transactions; ++t) {
    const std::size_t mail = g.below(100);
    if (mail < 2) {
      emit1(c, cmd::mail, "553", "5.7.1",
            expand(g, "<{addr}>: Sender address rejected: not owned by user {addr}"));
      emit1(c, cmd::rset, "250", "2.0.0", "Ok");
      continue;
    }
    if (mail < 3) {
      emit1(c, cmd::mail, "451", "4.3.0", expand(g, "<{addr}>: Temporary lookup failure"));
      emit1(c, cmd::rset, "250", "2.0.0", "Ok");
      continue;
    }
    if (mail < 80)
      emit1(c, cmd::mail, "250", "2.1.0", "Ok");
    else if (mail < 90)
      emit1(c, cmd::mail, "250", "2.1.0", expand(g, "OK {id10} - gsmtp"));
    else
      emit1(c, cmd::mail, "250", "2.1.0", expand(g, "<{addr}>... Sender ok"));

    const std::size_t recipients = g.percent(70) ? 1 : 2 + g.below(3);
    std::size_t accepted = 0;
    for (std::size_t r = 0; r < recipients; ++r)
      if (rcpt_reply(g, c)) ++accepted;
    if (accepted == 0) {
      emit1(c, cmd::rset, "250", "2.0.0", "Ok");
      continue;
    }
    const std::size_t data = g.below(4);
    if (data == 0)
      emit1(c, cmd::data, "354", "", "End data with <CR><LF>.<CR><LF>");
    else if (data == 1)
      emit1(c, cmd::data, "354", "", expand(g, "Go ahead {id10} - gsmtp"));
    else if (data == 2)
      emit1(c, cmd::data, "354", "", "Enter message, ending with \".\" on a line by itself");
    else
      emit1(c, cmd::data, "354", "", "Start mail input; end with <CRLF>.<CRLF>");
    if (!end_of_data_reply(g, c, host)) return;
  }
  const std::size_t quit = g.below(3);
  if (quit == 0)
    emit1(c, cmd::quit, "221", "2.0.0", "Bye");
  else if (quit == 1)
    emit1(c, cmd::quit, "221", "2.0.0", expand(g, "closing connection {id10} - gsmtp"));
  else
    emit1(c, cmd::quit, "221", "", host + " closing connection");
}

// Reply texts as log lines quote them (multi-line replies folded on one line).
inline const char* const said_texts[] = {
    "550 5.1.1 <{addr}>: Recipient address rejected: User unknown in virtual mailbox table",
    "550-5.1.1 The email account that you tried to reach does not exist. Please try "
    "550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 "
    "unnecessary spaces. For more information, go to 550 5.1.1  "
    "https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-a44d1e3f0a7si12345 - gsmtp",
    "450 4.2.0 <{addr}>: Recipient address rejected: Greylisted, see "
    "http://postgrey.schweikert.ch/help/example.com.html",
    "452 4.2.2 The email account that you tried to reach is over quota. Please direct the "
    "recipient to https://support.google.com/mail/?p=OverQuotaTemp a1si123 - gsmtp",
    "550 5.7.1 Unfortunately, messages from [{ip}] weren't sent. Please contact your Internet "
    "service provider since part of their network is on our block list (S3150). "
    "[AM0EUR02FT012.eop-EUR02.prod.protection.outlook.com]",
    "421 4.7.0 [TSS04] Messages from {ip} temporarily deferred due to unexpected volume or user "
    "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    "550-5.7.26 This mail is unauthenticated, which poses a security risk to the 550-5.7.26 "
    "sender and Gmail users, and has been blocked. The sender must 550-5.7.26 authenticate "
    "with at least one of SPF or DKIM. 550 5.7.26  d75a77b69052e-4317ef2d1f2si123456qtb.442 - "
    "gsmtp",
    "554 5.7.1 Message rejected as spam",
    "552 5.2.2 <{addr}>: Recipient address rejected: Mailbox full",
    "550 Requested action not taken: mailbox unavailable",
    "451 4.3.0 Error: queue file write error",
    "554 5.7.9 Message not accepted for policy reasons.  See "
    "https://postmaster.yahooinc.com/error-codes",
    "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    "452 4.5.3 Error: too many recipients",
    "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) "
    "[DB5EUR03FT042.eop-EUR03.prod.protection.outlook.com]",
};
inline const char* const noqueue_texts[] = {
    "554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org; "
    "https://www.spamhaus.org/query/ip/{ip}",
    "450 4.7.1 Client host rejected: cannot find your reverse hostname, [{ip}]",
    "550 5.1.1 <{addr}>: Recipient address rejected: User unknown in local recipient table",
    "454 4.7.1 <{addr}>: Relay access denied",
    "450 4.2.0 <{addr}>: Recipient address rejected: Greylisted, see "
    "http://postgrey.schweikert.ch/help/example.org.html",
    "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname"};
inline const char* const sendmail_stats[] = {
    "dsn=4.7.0, stat=Deferred: 421 4.7.0 Try again later",
    "dsn=4.3.0, stat=Deferred: 451 4.3.0 Temporary system failure. Please try again later.",
    "dsn=5.1.1, stat=User unknown",
    "dsn=2.0.0, stat=Sent (42B3FM2x012345 Message accepted for delivery)",
    "dsn=5.0.0, stat=Service unavailable",
    "dsn=4.0.0, stat=Deferred: Connection refused by mx.example.org."};
inline const char* const diagnostic_codes[] = {
    "smtp; 550 5.1.1 <{addr}>... User unknown",
    "smtp; 552 5.2.2 Mailbox full",
    "smtp;554 5.7.1 Message rejected as spam",
    "smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try "
    "550-5.1.1 double-checking the recipient's email address for typos or 550 5.1.1 "
    "unnecessary spaces. a1si123 - gsmtp",
    "smtp; 450 4.2.0 <{addr}>: Recipient address rejected: Greylisted",
    "X-Postfix; delivery temporarily suspended: connect to mx.example.org[192.0.2.1]:25: "
    "Connection timed out",
    "smtp; 421 4.7.28 Our system has detected an unusual rate of unsolicited mail "
    "originating from your IP address."};
inline const char* const said_commands[] = {"RCPT TO", "RCPT TO", "RCPT TO", "end of DATA",
                                            "MAIL FROM"};

/// The enhanced status a log line reports for a reply ("dsn=5.1.1").
inline std::string dsn_of(const std::string& reply) {
  const std::size_t end = reply.find(' ', 4);
  const std::string token = reply.substr(4, end - 4);
  return !token.empty() && token[0] == reply[0] ? token : reply.substr(0, 1) + ".0.0";
}

inline std::string log_line(rng& g) {
  const std::size_t kind = g.below(100);
  const std::string host = g.pick(hosts);
  const std::string stamp = expand(g, "Mar  4 10:{n10+50}:{n10+50} mx1 ");
  if (kind < 35) {  // Postfix client, delivered
    return stamp + expand(g,
                          "postfix/smtp[{n1000+60000}]: {hex10}: to=<{addr}>, relay={H}[{ip}]:25, "
                          "delay=0.84, delays=0.05/0.01/0.31/0.47, dsn=2.0.0, status=sent (250 "
                          "2.0.0 Ok: queued as {hex10})",
                          host);
  }
  if (kind < 55) {  // Postfix client, bounced or deferred
    const std::string reply = expand(g, g.pick(said_texts));
    const std::string head =
        expand(g, "postfix/smtp[{n1000+60000}]: {hex10}: to=<{addr}>, relay={H}[{ip}]:25, ", host);
    const std::string peer = expand(g, "{ip}");
    const std::string command = g.pick(said_commands);
    return stamp + head + "delay=1.2, delays=0.1/0/0.5/0.6, dsn=" + dsn_of(reply) +
           ", status=" + (reply[0] == '5' ? "bounced" : "deferred") + " (host " + host + "[" +
           peer + "] said: " + reply + " (in reply to " + command + " command))";
  }
  if (kind < 65) {  // Postfix server, NOQUEUE reject
    const std::string head =
        expand(g, "postfix/smtpd[{n1000+60000}]: NOQUEUE: reject: RCPT from unknown[{ip}]: ");
    const std::string reply = expand(g, g.pick(noqueue_texts));
    return stamp + head + reply + expand(g, "; from=<{addr}> to=<{addr}> proto=ESMTP helo=<{id8}>");
  }
  if (kind < 77) {  // Exim
    const std::string reply = expand(g, g.pick(said_texts));
    const bool hard = reply[0] == '5';
    const std::string rcpt = expand(g, "{addr}");
    const std::string id = expand(g, "1r{id4}-000{hex3}-{id2}");
    const std::string peer = expand(g, "{ip}");
    return "2024-03-04 10:15:22 " + id + (hard ? " ** " : " == ") + rcpt +
           " R=dnslookup T=remote_smtp" + (hard ? "" : " defer (-44)") + " H=" + host + " [" +
           peer + "]: SMTP error from remote mail server after RCPT TO:<" + rcpt + ">: " + reply;
  }
  if (kind < 87) {  // Sendmail
    const std::string head = expand(g,
                                    "sm-mta[{n1000+60000}]: 42B3{id10}: to=<{addr}>, "
                                    "delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=120000, "
                                    "relay={H}. [{ip}], ",
                                    host);
    return stamp + head + g.pick(sendmail_stats);
  }
  return expand(g, g.pick(diagnostic_codes));  // DSN Diagnostic-Code values
}

}  // namespace detail

/// About `replies` replies (whole sessions, so a few more) of wire bytes.
inline wire_corpus make_wire_corpus(std::size_t replies = default_replies,
                                    std::uint64_t seed = default_seed) {
  wire_corpus c;
  c.bytes.reserve(replies * 80);
  c.commands.reserve(replies + 64);
  rng g(seed);
  while (c.replies() < replies) detail::session(g, c);
  return c;
}

/// Mail-log lines and DSN Diagnostic-Code values, one reply (or none) each:
/// Postfix "said:" and "NOQUEUE: reject:", Exim, Sendmail "stat=", DSN values.
inline std::vector<std::string> make_log_corpus(std::size_t count = default_log_lines,
                                                std::uint64_t seed = default_seed + 1) {
  rng g(seed);
  std::vector<std::string> out;
  out.reserve(count);
  while (out.size() < count) out.push_back(detail::log_line(g));
  return out;
}

/// FNV-1a of the bytes, printed by gen_corpus and the benchmark to prove both
/// read the same corpus.
inline std::uint64_t checksum(std::string_view bytes) {
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (const char ch : bytes) {
    h ^= static_cast<unsigned char>(ch);
    h *= 0x100000001B3ULL;
  }
  return h;
}

}  // namespace smtpcodes_bench

#endif
