// Benchmark corpus of bounce messages: deterministic, written from templates
// of this project (the marker phrases are the wording the real servers use;
// the rest is ours): Postfix-, Sendmail- and Exchange-style RFC 3464 reports,
// Exim, qmail and Gmail-style text bounces, base64 and quoted-printable parts,
// feedback reports and auto-replies, each returning an original message of
// realistic size. Same seed, same bytes.
#ifndef SMTPCODES_BENCH_BOUNCE_CORPUS_HPP
#define SMTPCODES_BENCH_BOUNCE_CORPUS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "corpus.hpp"

namespace smtpcodes_bench {

inline constexpr std::size_t default_bounces = 5000;

namespace bounce_detail {

/// A remote server's reply and the command it answered.
struct remote_reply {
  const char* code;
  const char* status;
  const char* text;
  const char* command;  ///< as Postfix names it: "RCPT TO", "end of DATA", "MAIL FROM"
};
inline const remote_reply replies[] = {
    {"550", "5.1.1", "<{R}>: Recipient address rejected: User unknown in local recipient table",
     "RCPT TO"},
    {"550", "5.1.1", "The account {R} does not exist here", "RCPT TO"},
    {"552", "5.2.2", "<{R}>: mailbox is over its storage limit", "RCPT TO"},
    {"554", "5.7.1", "Service unavailable; Client host [{ip}] blocked using zen.example.org",
     "RCPT TO"},
    {"550", "5.7.1", "Message rejected as spam by content filter", "end of DATA"},
    {"451", "4.7.1", "Greylisted, please try again in 300 seconds", "RCPT TO"},
    {"552", "5.3.4", "Message size exceeds fixed limit", "end of DATA"},
    {"554", "5.7.1", "<{R}>: Relay access denied", "RCPT TO"},
    {"550", "5.7.26", "Unauthenticated email from {dom} is not accepted due to DMARC policy",
     "end of DATA"},
    {"421", "4.7.0", "Too many connections from your IP, try again later", "MAIL FROM"},
};

inline const char* const words[] = {"the",    "report",  "attached", "meeting", "numbers", "please",
                                    "review", "before",  "our",      "next",    "quarter", "budget",
                                    "thanks", "team",    "project",  "update",  "will",    "send",
                                    "final",  "version", "today",    "with",    "notes",   "and"};

inline std::string sentence_text(rng& g, std::size_t bytes) {
  std::string s;
  while (s.size() < bytes) {
    s += g.pick(words);
    s += g.percent(8) ? ".\r\n" : " ";
  }
  return s + "\r\n";
}

inline std::string date(rng& g) {
  return detail::expand(g, "Tue, {n1+28} Mar 2024 {n10+12}:{n10+50}:{n10+50} +0100");
}

/// An original message: trace fields, a folded DKIM signature, a body of 200 to 6000 bytes.
inline std::string original(rng& g, const std::string& from, const std::string& to) {
  std::string m = detail::expand(
      g,
      "Received: from client.{dom} (client.{dom} [{ip}])\r\n\tby smtp.{dom} with ESMTPS id "
      "{id12}\r\n\tfor <" +
          to + ">; " + date(g) +
          "\r\n"
          "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=s1;\r\n"
          "\th=from:to:subject:date:message-id; bh={id43}=;\r\n"
          "\tb={id64}\r\n\t{id64}\r\n\t{id40}==\r\n");
  m += "From: " + from + "\r\nTo: " + to + "\r\n";
  m += detail::expand(g, "Subject: {user} project update {n1+99}\r\nMessage-ID: <{hex16}.{id8}@");
  m += from.substr(from.find('@') + 1) + ">\r\nDate: " + date(g) + "\r\n";
  m += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n";
  m += sentence_text(g, 200 + g.below(5800));
  return m;
}

inline std::string reply_line(rng& g, const remote_reply& r, const std::string& rcpt) {
  std::string text = r.text;
  const std::size_t at = text.find("{R}");
  if (at != std::string::npos) text.replace(at, 3, rcpt);
  return std::string(r.code) + " " + r.status + " " + detail::expand(g, text);
}

inline std::string postfix_dsn(rng& g, const std::string& sender, const std::string& rcpt) {
  const remote_reply& r = g.pick(replies);
  const std::string host = detail::expand(g, "mx{n1+9}.{dom}");
  const std::string qid = detail::expand(g, "{hex11}");
  const std::string boundary = qid + "." + detail::expand(g, "{n1700000000+99999}") + "/" + host;
  const std::string said = reply_line(g, r, rcpt);
  const bool delayed = r.code[0] == '4';
  std::string m =
      "Return-Path: <>\r\nReceived: by " + host + " (Postfix) id " + qid + "; " + date(g) +
      "\r\nDate: " + date(g) + "\r\nFrom: MAILER-DAEMON@" + host +
      " (Mail Delivery System)\r\nSubject: " +
      (delayed ? "Delayed Mail (still being retried)" : "Undelivered Mail Returned to Sender") +
      "\r\nTo: " + sender +
      "\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
      "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"" +
      boundary + "\"\r\nMessage-Id: <" + qid + "@" + host + ">\r\n\r\n";
  m += "This is a MIME-encapsulated message.\r\n\r\n--" + boundary +
       "\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
       "This is the mail system at host " +
       host +
       ".\r\n\r\nYour message could not be delivered to one of its recipients; the reason is\r\n"
       "given below. The message itself is attached.\r\n\r\n<" +
       rcpt + ">: host " + detail::expand(g, "mx.{dom}[{ip}]") + " said: " + said +
       " (in reply to " + r.command + " command)\r\n\r\n--" + boundary +
       "\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
       "Reporting-MTA: dns; " +
       host + "\r\nX-Postfix-Queue-ID: " + qid + "\r\nX-Postfix-Sender: rfc822; " + sender +
       "\r\nArrival-Date: " + date(g) + "\r\n\r\nFinal-Recipient: rfc822; " + rcpt +
       "\r\nOriginal-Recipient: rfc822;" + rcpt +
       "\r\nAction: " + (delayed ? "delayed" : "failed") + "\r\nStatus: " + r.status +
       "\r\nRemote-MTA: dns; " + detail::expand(g, "mx.{dom}") + "\r\nDiagnostic-Code: smtp; " +
       said + "\r\n\r\n--" + boundary +
       "\r\nContent-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\n\r\n" +
       original(g, sender, rcpt) + "\r\n--" + boundary + "--\r\n";
  return m;
}

inline std::string sendmail_dsn(rng& g, const std::string& sender, const std::string& rcpt) {
  const remote_reply& r = g.pick(replies);
  const std::string host = detail::expand(g, "relay{n1+9}.{dom}");
  const std::string boundary = detail::expand(g, "{id14}.{n1700000000+99999}/") + host;
  const std::string said = reply_line(g, r, rcpt);
  return "From: Mail Delivery Subsystem <MAILER-DAEMON@" + host + ">\r\nTo: <" + sender +
         ">\r\nSubject: Returned mail: see transcript for details\r\nDate: " + date(g) +
         "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status;\r\n"
         "\tboundary=\"" +
         boundary + "\"\r\nAuto-Submitted: auto-generated (failure)\r\n\r\n--" + boundary +
         "\r\n\r\nThe original message was received at " + date(g) + "\r\nfrom " +
         detail::expand(g, "client.{dom} [{ip}]") +
         "\r\n\r\n   ----- The following addresses had permanent fatal errors -----\r\n<" + rcpt +
         ">\r\n    (reason: " + said +
         ")\r\n\r\n   ----- Transcript of session follows -----\r\n"
         "... while talking to " +
         detail::expand(g, "mx.{dom}.:\r\n>>> RCPT To:<") + rcpt + ">\r\n<<< " + said +
         "\r\n\r\n--" + boundary +
         "\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; " + host +
         "\r\nReceived-From-MTA: DNS; " + detail::expand(g, "client.{dom}") +
         "\r\nArrival-Date: " + date(g) + "\r\n\r\nFinal-Recipient: RFC822; " + rcpt +
         "\r\nAction: failed\r\nStatus: " + r.status + "\r\nRemote-MTA: DNS; " +
         detail::expand(g, "mx.{dom}") + "\r\nDiagnostic-Code: SMTP; " + said +
         "\r\nLast-Attempt-Date: " + date(g) + "\r\n\r\n--" + boundary +
         "\r\nContent-Type: text/rfc822-headers\r\n\r\n" +
         original(g, sender, rcpt).substr(0, 600) + "\r\n\r\n--" + boundary + "--\r\n";
}

inline std::string exim_text(rng& g, const std::string& sender, const std::string& rcpt) {
  const remote_reply& r = g.pick(replies);
  const std::string host = detail::expand(g, "hub{n1+9}.{dom}");
  return "From: Mail Delivery System <Mailer-Daemon@" + host + ">\r\nTo: " + sender +
         "\r\nSubject: Mail delivery failed: returning message to sender\r\nX-Failed-Recipients: " +
         rcpt + "\r\nAuto-Submitted: auto-replied\r\nDate: " + date(g) +
         "\r\n\r\nThis message was created automatically by mail delivery software.\r\n\r\n"
         "A message that you sent could not be delivered to one or more of its\r\n"
         "recipients. This is a permanent error. The following address(es) failed:\r\n\r\n  " +
         rcpt + "\r\n    host " + detail::expand(g, "mx.{dom} [{ip}]") +
         "\r\n    SMTP error from remote mail server after RCPT TO:<" + rcpt + ">:\r\n    " +
         reply_line(g, r, rcpt) +
         "\r\n\r\n------ This is a copy of the message, including all the headers. ------\r\n\r\n" +
         original(g, sender, rcpt);
}

inline std::string qmail_text(rng& g, const std::string& sender, const std::string& rcpt) {
  const remote_reply& r = g.pick(replies);
  const std::string host = detail::expand(g, "mail{n1+9}.{dom}");
  return "From: MAILER-DAEMON@" + host + "\r\nTo: " + sender +
         "\r\nSubject: failure notice\r\nDate: " + date(g) +
         "\r\n\r\nHi. This is the qmail-send program at " + host +
         ".\r\nI'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
         "This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n<" +
         rcpt + ">:\r\n" + detail::expand(g, "{ip}") +
         " does not like recipient.\r\nRemote host said: " + reply_line(g, r, rcpt) +
         "\r\nGiving up on " + detail::expand(g, "{ip}") +
         ".\r\n\r\n--- Below this line is a copy of the message.\r\n\r\n" +
         original(g, sender, rcpt);
}

inline std::string gmail_text(rng& g, const std::string& sender, const std::string& rcpt) {
  const remote_reply& r = g.pick(replies);
  return "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\nTo: " + sender +
         "\r\nSubject: Delivery Status Notification (Failure)\r\nX-Failed-Recipients: " + rcpt +
         "\r\nDate: " + date(g) +
         "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nDelivery to the following recipient "
         "failed permanently:\r\n\r\n     " +
         rcpt +
         "\r\n\r\nTechnical details of permanent failure:\r\nThe recipient's server refused the "
         "message.\r\n\r\nThe error that the other server returned was:\r\n" +
         reply_line(g, r, rcpt) + "\r\n\r\n----- Original message -----\r\n\r\n" +
         original(g, sender, rcpt);
}

/// Base64 for the corpus (RFC 2045 §6.8, 76-character lines).
inline std::string base64(const std::string& in) {
  static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t line = 0;
  for (std::size_t i = 0; i < in.size(); i += 3) {
    const unsigned b0 = static_cast<unsigned char>(in[i]);
    const unsigned b1 = i + 1 < in.size() ? static_cast<unsigned char>(in[i + 1]) : 0;
    const unsigned b2 = i + 2 < in.size() ? static_cast<unsigned char>(in[i + 2]) : 0;
    out += alphabet[b0 >> 2];
    out += alphabet[((b0 & 3) << 4) | (b1 >> 4)];
    out += i + 1 < in.size() ? alphabet[((b1 & 15) << 2) | (b2 >> 6)] : '=';
    out += i + 2 < in.size() ? alphabet[b2 & 63] : '=';
    if ((line += 4) == 76) {
      out += "\r\n";
      line = 0;
    }
  }
  return out + "\r\n";
}

/// An Exchange-style report: multipart/alternative notification (quoted-printable
/// text and HTML), a base64 delivery-status part, the original as message/rfc822.
inline std::string exchange_dsn(rng& g, const std::string& sender, const std::string& rcpt) {
  const remote_reply& r = g.pick(replies);
  const std::string host = detail::expand(g, "ex{n1+9}.{dom}");
  const std::string said = reply_line(g, r, rcpt);
  const std::string ds = "Reporting-MTA: dns;" + host + "\r\nReceived-From-MTA: dns;" + host +
                         "\r\nArrival-Date: " + date(g) + "\r\n\r\nOriginal-Recipient: rfc822;" +
                         rcpt + "\r\nFinal-Recipient: rfc822;" + rcpt +
                         "\r\nAction: failed\r\nStatus: " + r.status +
                         "\r\nDiagnostic-Code: smtp;" + said + "\r\n";
  return "From: <postmaster@" + host + ">\r\nTo: <" + sender +
         ">\r\nSubject: Undeliverable: project update\r\nDate: " + date(g) +
         "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status;\r\n"
         "\tboundary=\"_000_EX_\"\r\n\r\n--_000_EX_\r\nContent-Type: multipart/alternative; "
         "boundary=\"_001_EX_\"\r\n\r\n--_001_EX_\r\nContent-Type: text/plain; "
         "charset=\"us-ascii\"\r\n"
         "Content-Transfer-Encoding: quoted-printable\r\n\r\nDelivery has failed to these "
         "recipients "
         "or groups:\r\n\r\n" +
         rcpt +
         "\r\nThe recipient's server did not accept the message. The server said it=\r\n"
         " could not be delivered.\r\n\r\nDiagnostic information for administrators:\r\n\r\n"
         "Generating server: " +
         host + "\r\n\r\n" + rcpt + "\r\nRemote Server returned '" + said +
         "'\r\n\r\n--_001_EX_\r\nContent-Type: text/html; charset=\"us-ascii\"\r\n"
         "Content-Transfer-Encoding: quoted-printable\r\n\r\n<html><body><p>Delivery has failed to "
         "these recipients or groups:</p><p>" +
         rcpt +
         "</p></body></html>\r\n\r\n--_001_EX_--\r\n\r\n--_000_EX_\r\nContent-Type: "
         "message/delivery-status\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
         base64(ds) + "\r\n--_000_EX_\r\nContent-Type: message/rfc822\r\n\r\n" +
         original(g, sender, rcpt) + "\r\n--_000_EX_--\r\n";
}

inline std::string feedback_report(rng& g, const std::string& sender, const std::string& rcpt) {
  return "From: <fbl@isp.example>\r\nTo: <abuse@" + sender.substr(sender.find('@') + 1) +
         ">\r\nSubject: Abuse report\r\nDate: " + date(g) +
         "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=feedback-report; "
         "boundary=\"fb\"\r\n\r\n--fb\r\nContent-Type: text/plain\r\n\r\nA subscriber marked the "
         "message below as spam.\r\n\r\n--fb\r\nContent-Type: message/feedback-report\r\n\r\n"
         "Feedback-Type: abuse\r\nUser-Agent: ExampleFBL/1.0\r\nVersion: 1\r\nOriginal-Mail-From: "
         "<" +
         sender + ">\r\nOriginal-Rcpt-To: <" + rcpt + ">\r\nArrival-Date: " + date(g) +
         "\r\nSource-IP: " + detail::expand(g, "{ip}") +
         "\r\n\r\n--fb\r\nContent-Type: message/rfc822\r\n\r\n" + original(g, sender, rcpt) +
         "\r\n--fb--\r\n";
}

inline std::string auto_reply(rng& g, const std::string& sender, const std::string& rcpt) {
  return "From: " + rcpt + "\r\nTo: " + sender +
         "\r\nSubject: Out of Office: project update\r\n"
         "Auto-Submitted: auto-replied\r\nDate: " +
         date(g) +
         "\r\nContent-Type: text/plain\r\n\r\nI am out of the office this week with limited access "
         "to email.\r\n" +
         sentence_text(g, 300);
}

}  // namespace bounce_detail

/// `count` messages, in a fixed mix: most are RFC 3464 reports, a third are
/// text bounces, a few are feedback reports and auto-replies.
inline std::vector<std::string> make_bounce_corpus(std::size_t count = default_bounces,
                                                   std::uint64_t seed = default_seed) {
  rng g(seed);
  std::vector<std::string> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string sender = detail::expand(g, "{user}@sender{n1+20}.example");
    const std::string rcpt = detail::expand(g, "{addr}");
    const std::size_t kind = g.below(100);
    namespace b = bounce_detail;
    out.push_back(kind < 30   ? b::postfix_dsn(g, sender, rcpt)
                  : kind < 45 ? b::sendmail_dsn(g, sender, rcpt)
                  : kind < 57 ? b::exchange_dsn(g, sender, rcpt)
                  : kind < 70 ? b::exim_text(g, sender, rcpt)
                  : kind < 80 ? b::qmail_text(g, sender, rcpt)
                  : kind < 92 ? b::gmail_text(g, sender, rcpt)
                  : kind < 96 ? b::feedback_report(g, sender, rcpt)
                              : b::auto_reply(g, sender, rcpt));
  }
  return out;
}

/// The corpus as one mbox file ("From " lines, body lines that start with
/// "From " quoted with '>', as mboxrd does).
inline std::string to_mbox(const std::vector<std::string>& messages) {
  std::string out;
  for (const std::string& m : messages) {
    out += "From MAILER-DAEMON Tue Mar  5 10:00:00 2024\n";
    std::size_t pos = 0;
    while (pos < m.size()) {
      std::size_t end = m.find('\n', pos);
      if (end == std::string::npos) end = m.size();
      std::string_view line(m.data() + pos, end - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      std::size_t gt = 0;
      while (gt < line.size() && line[gt] == '>') ++gt;
      if (line.substr(gt, 5) == "From ") out += '>';
      out += line;
      out += '\n';
      pos = end + 1;
    }
    out += '\n';
  }
  return out;
}

}  // namespace smtpcodes_bench

#endif
