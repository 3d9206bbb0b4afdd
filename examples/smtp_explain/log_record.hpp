// Delivery records in mail logs, read in place: the syslog header (RFC 3164
// "Nov 22 06:05:01 host prog[pid]: " or RFC 5424/3339 time stamps) and the
// lines of Postfix (smtp/lmtp/local/error "to=<...>, ..., status=...", smtpd
// and cleanup "reject:", qmgr "status=expired"), Exim main-log deliveries
// ("=>", "->", "**", "==") and rejections, and Sendmail "to=..., stat=...".
// No allocation: every field is a view into the line or a static word.
#ifndef SMTP_EXPLAIN_LOG_RECORD_HPP
#define SMTP_EXPLAIN_LOG_RECORD_HPP

#include <smtpcodes/command.hpp>
#include <smtpcodes/enhanced_status.hpp>

#include <cstdint>
#include <cstring>
#include <string_view>

namespace smtp_explain {

/// How `log_fields::delay` is written.
enum class delay_form : unsigned char { none, seconds, sendmail, exim };

/// One delivery record of a log line. Empty views are fields the log format
/// does not carry (null in JSON).
struct log_fields {
  std::string_view time, host, program, queue_id, recipient, relay, dsn;
  std::string_view status;  ///< sent, deferred, bounced, expired, rejected, ...
  std::string_view delay;   ///< as written; see `delay_form`
  delay_form delay_kind = delay_form::none;
  std::string_view detail;  ///< where the reply or the failure text is
  std::string_view judged;  ///< what advise() reads when `detail` holds no reply
  std::string_view text;    ///< the words to show when `detail` holds no reply (else `detail`)
  smtpcodes::smtp_command command = smtpcodes::smtp_command::unknown;  ///< from the log's words
};

namespace log_detail {

using std::string_view;
constexpr std::size_t npos = string_view::npos;

[[nodiscard]] inline bool starts(string_view s, string_view p) {
  return s.size() >= p.size() && std::memcmp(s.data(), p.data(), p.size()) == 0;
}
[[nodiscard]] inline bool digit(char c) { return c >= '0' && c <= '9'; }

inline constexpr struct alnum_table {
  bool yes[256] = {};
  constexpr alnum_table() {
    for (int c = '0'; c <= '9'; ++c) yes[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) yes[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c) yes[c] = true;
  }
} alnum_bytes{};
[[nodiscard]] inline bool alnum(char c) { return alnum_bytes.yes[static_cast<unsigned char>(c)]; }
[[nodiscard]] inline std::size_t find(string_view s, char c, std::size_t from = 0) {
  if (from >= s.size()) return npos;
  const void* p = std::memchr(s.data() + from, c, s.size() - from);
  return p == nullptr ? npos : static_cast<std::size_t>(static_cast<const char*>(p) - s.data());
}
[[nodiscard]] inline std::size_t find(string_view s, string_view needle, std::size_t from = 0) {
  return s.find(needle, from);
}
// The first byte at or after `from` that is `a`, `b` or `c`, or the size of
// `s`; eight bytes at a time. A byte of v is zero exactly when bit 7 of
// ~(((v & 0x7F..) + 0x7F..) | v | 0x7F..) is set in it, so v = word ^ a
// marks the bytes equal to `a`.
[[nodiscard]] inline std::size_t find_any(string_view s, std::size_t from, char a, char b, char c) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, low7 = 0x7F7F7F7F7F7F7F7FULL;
  const auto zero = [](std::uint64_t v) { return ~(((v & low7) + low7) | v | low7); };
  const std::uint64_t wa = ones * static_cast<unsigned char>(a);
  const std::uint64_t wb = ones * static_cast<unsigned char>(b);
  const std::uint64_t wc = ones * static_cast<unsigned char>(c);
  std::size_t i = from;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const std::uint64_t hits = zero(w ^ wa) | zero(w ^ wb) | zero(w ^ wc);
    if (hits != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8;
  }
  while (i < s.size() && s[i] != a && s[i] != b && s[i] != c) ++i;
  return i;
}

// "<addr>" -> "addr"; a list ("<a>,<b>") stays as it is.
[[nodiscard]] inline string_view unbracket(string_view v) {
  if (v.size() >= 2 && v.front() == '<' && v.back() == '>' && find(v, '>') == v.size() - 1)
    return v.substr(1, v.size() - 2);
  return v;
}

// Clears the fields of a record, keeping the header's: called once a line is
// known to be a record, so that other lines cost no more than their header.
inline void begin_record(log_fields& f) {
  const string_view time = f.time, host = f.host, program = f.program;
  f = log_fields{};
  f.time = time;
  f.host = host;
  f.program = program;
}

// The syslog header: sets time, host and program and returns the message, or
// returns npos when the line has none.
inline std::size_t syslog_header(string_view line, log_fields& f) {
  std::size_t rest = npos;
  if (line.size() > 16 && line[3] == ' ' && line[6] == ' ' && line[9] == ':' && line[12] == ':' &&
      line[15] == ' ') {  // RFC 3164: "Nov 22 06:05:01 "
    f.time = line.substr(0, 15);
    rest = 16;
  } else if (line.size() > 20 && line[4] == '-' && line[7] == '-' && line[10] == 'T' &&
             digit(line[0])) {  // RFC 5424 / 3339: "2026-11-22T06:05:01.123456+01:00 "
    const std::size_t sp = find(line, ' ', 19);
    if (sp == npos) return npos;
    f.time = line.substr(0, sp);
    rest = sp + 1;
  } else {
    return npos;
  }
  // Host and tag are short: byte loops beat library calls here.
  const char* const p = line.data();
  const std::size_t n = line.size();
  std::size_t i = rest;
  while (i < n && p[i] != ' ') ++i;
  if (i >= n) return npos;
  f.host = string_view(p + rest, i - rest);
  // The tag: "postfix/smtp[4123]: " or "sm-mta[1234]: " or "postfix/smtp: ".
  const std::size_t tag = ++i;
  i = find_any(line, i, '[', ':', ' ');
  if (i >= n || p[i] == ' ') return npos;
  f.program = string_view(p + tag, i - tag);
  if (p[i] == '[') i = find_any(line, i, ']', ']', ']') + 1;
  if (i + 1 >= n || p[i] != ':' || p[i + 1] != ' ') return npos;
  return i + 2;
}

// Exim's own time stamp at `at`: "2026-11-22 06:05:03", then optional
// ".123" and " +0100"; returns its end or npos.
inline std::size_t exim_time(string_view line, std::size_t at) {
  const string_view s = line.substr(at);
  if (s.size() < 20 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':' ||
      !digit(s[0]) || !digit(s[18]))
    return npos;
  std::size_t i = 19;
  if (i < s.size() && s[i] == '.')
    for (++i; i < s.size() && digit(s[i]);) ++i;
  if (i + 5 < s.size() && s[i] == ' ' && (s[i + 1] == '+' || s[i + 1] == '-') && digit(s[i + 2]))
    i += 6;
  return at + i;
}

// "key=value, key=value, ... status=word (text)": the Postfix and Sendmail
// delivery fields from `at` on.
inline bool delivery_fields(string_view line, std::size_t at, log_fields& f) {
  std::size_t i = at;
  while (i < line.size()) {
    const std::size_t eq = find_any(line, i, '=', '=', '=');
    if (eq >= line.size()) return false;
    const string_view key(line.data() + i, eq - i);
    std::size_t v = eq + 1;
    const bool is_status = (key.size() == 6 && std::memcmp(key.data(), "status", 6) == 0) ||
                           (key.size() == 4 && std::memcmp(key.data(), "stat", 4) == 0);
    if (is_status) {
      const string_view rest = line.substr(v);
      // advise() reads "dsn=5.4.4, status=bounced (text)": the status, then the words.
      f.judged =
          line.substr(f.dsn.empty() ? i : static_cast<std::size_t>(f.dsn.data() - line.data()) - 4);
      if (key.size() == 6) {  // Postfix: "bounced (text)" or "expired, returned to sender"
        std::size_t w = 0;
        while (w < rest.size() && rest[w] != ' ' && rest[w] != ',') ++w;
        f.status = rest.substr(0, w);
        if (w + 1 < rest.size() && rest[w] == ' ' && rest[w + 1] == '(' && rest.back() == ')')
          f.detail = rest.substr(w + 2, rest.size() - w - 3);
        else
          f.detail = rest.substr(w < rest.size() ? w + 1 : w);
        return true;
      }
      // Sendmail: "Sent (id Message accepted)", "Deferred: 452 ...", "User unknown".
      std::size_t w = 0;
      while (w < rest.size() && rest[w] != ':' && rest[w] != '(') ++w;
      string_view word = rest.substr(0, w);
      while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
      if (w < rest.size() && rest[w] == '(' && rest.back() == ')')
        f.detail = rest.substr(w + 1, rest.size() - w - 2);
      else if (w + 1 < rest.size() && rest[w] == ':')
        f.detail = rest.substr(w + 2 <= rest.size() ? w + 2 : w + 1);
      else
        f.detail = rest;
      const char cls = f.dsn.empty() ? '\0' : f.dsn[0];
      if (word.size() == 4 && (word[0] == 'S' || word[0] == 's') && word.substr(1) == "ent")
        f.status = "sent";
      else if (word.size() == 8 && (word[0] == 'D' || word[0] == 'd') &&
               word.substr(1) == "eferred")
        f.status = "deferred";
      else if (word == "queued")
        f.status = "queued";
      else
        f.status = cls == '2' ? "sent" : cls == '4' ? "deferred" : "bounced";
      return true;
    }
    // The value: up to ", " (past the '>' of a "<...>", which may hold one).
    std::size_t end = v;
    if (v < line.size() && line[v] == '<') {
      end = find(line, '>', v);
      if (end == npos) return false;
    }
    for (;;) {
      end = find(line, ',', end);
      if (end == npos || end + 1 >= line.size()) return false;
      if (line[end + 1] == ' ') break;
      ++end;
    }
    const string_view value = line.substr(v, end - v);
    const char* k = key.data();
    switch (key.size()) {
      case 2:
        if (k[0] == 't' && k[1] == 'o') f.recipient = unbracket(value);
        break;
      case 3:
        if (std::memcmp(k, "dsn", 3) == 0) f.dsn = value;
        break;
      case 5:
        if (std::memcmp(k, "relay", 5) == 0) {
          f.relay = value;
        } else if (std::memcmp(k, "delay", 5) == 0) {
          f.delay = value;
          f.delay_kind = find(value, ':') == npos ? delay_form::seconds : delay_form::sendmail;
        }
        break;
      default:
        break;
    }
    i = end + 2;
  }
  return false;
}

// Postfix and Sendmail messages: "QUEUEID: to=..." and the rejections.
inline bool postfix_message(string_view line, std::size_t at, log_fields& f) {
  // The queue id: letters and digits up to ": "; looked at closely only when
  // the message after it can start a record ("to=", "reject: ", "milter-",
  // "from=<", "ruleset=").
  const char* const p = line.data();
  const std::size_t i = find_any(line, at, ':', ' ', ' ');
  if (i == at || i + 2 >= line.size() || p[i] != ':' || p[i + 1] != ' ') return false;
  const std::size_t m = i + 2;
  const char first = line[m];
  if (first != 't' && first != 'r' && first != 'm' && first != 'f') return false;
  for (std::size_t k = at; k < i; ++k)
    if (!alnum(p[k])) return false;
  const string_view id(p + at, i - at);
  const string_view msg(p + m, line.size() - m);
  if (starts(msg, "to=")) {
    begin_record(f);
    f.queue_id = id;
    return delivery_fields(line, m, f);
  }
  // "reject: RCPT from host[addr]: 554 5.7.1 ...; from=<a> to=<b> proto=...":
  // find_reply() reads the command from "reject: RCPT from".
  string_view reject;
  if (starts(msg, "reject: "))
    reject = msg;
  else if (starts(msg, "milter-reject: "))
    reject = msg.substr(7);
  if (!reject.empty()) {
    begin_record(f);
    if (id != "NOQUEUE") f.queue_id = id;
    f.status = "rejected";
    f.detail = reject;
    f.judged = reject;
    // "reject: VERB from host[addr]: text; from=<a> to=<b> proto=... helo=<h>";
    // cleanup's header and body checks put their text last: "helo=<h>: text".
    const std::size_t verb_end = find(reject, ' ', 8);
    if (verb_end != npos) f.command = smtpcodes::parse_command(reject.substr(8, verb_end - 8));
    if (f.command == smtpcodes::smtp_command::unknown && starts(reject.substr(8), "END-OF-MESSAGE"))
      f.command = smtpcodes::smtp_command::end_of_data;
    const std::size_t from = find(reject, "; from=<");
    if (from != npos) {
      const std::size_t to = find(reject, " to=<", from);
      if (to != npos) {
        const std::size_t end = find(reject, '>', to + 5);
        if (end != npos) f.recipient = reject.substr(to + 5, end - to - 5);
      }
      const std::size_t said = find(reject.substr(0, from), "]: ");
      const std::size_t last = reject.rfind(">: ");
      if (said != npos)
        f.text = reject.substr(said + 3, from - said - 3);
      else if (last != npos && last > from)
        f.text = reject.substr(last + 3);
    }
    return true;
  }
  if (starts(msg, "from=<")) {  // qmgr: "from=<a>, status=expired, returned to sender"
    const std::size_t gt = find(msg, '>', 6);
    if (gt == npos || !starts(msg.substr(gt + 1), ", status=")) return false;
    begin_record(f);
    f.queue_id = id;
    const string_view rest = msg.substr(gt + 10);
    std::size_t w = 0;
    while (w < rest.size() && rest[w] != ',' && rest[w] != ' ') ++w;
    f.status = rest.substr(0, w);
    f.detail = rest.substr(w < rest.size() && rest[w] == ',' ? w + 2 : w);
    f.judged = msg.substr(gt + 3);
    return true;
  }
  // Sendmail's rejections: "ruleset=check_rcpt, arg1=<x@y>, relay=..., reject=550 5.7.1 ..."
  if (starts(msg, "ruleset=")) {
    const std::size_t r = find(msg, ", reject=");
    if (r == npos) return false;
    begin_record(f);
    if (starts(msg, "ruleset=check_rcpt, arg1=<")) {
      const std::size_t end = find(msg, '>', 26);
      if (end != npos) f.recipient = msg.substr(26, end - 26);
      f.command = smtpcodes::smtp_command::rcpt;
    } else if (starts(msg, "ruleset=check_mail")) {
      f.command = smtpcodes::smtp_command::mail;
    }
    f.queue_id = id;
    f.status = "rejected";
    f.detail = msg.substr(r + 9);
    f.judged = f.detail;
    return true;
  }
  return false;
}

// An Exim main-log message from `at`: "1rX2ab-000Abc-Cd => addr R=... H=...",
// or "H=host [addr] F=<a> rejected RCPT <b>: text".
inline bool exim_message(string_view line, std::size_t at, log_fields& f) {
  if (at < line.size() && line[at] == '[') {  // "[pid] " (log_selector +pid)
    const std::size_t close = find(line, ']', at);
    if (close == npos || close + 1 >= line.size()) return false;
    at = close + 2;
  }
  const string_view msg = line.substr(at);
  std::size_t id_end = 0;
  if (msg.size() > 20 && msg[6] == '-' && msg[13] == '-' && msg[16] == ' ')
    id_end = 16;  // 6-6-2 ids
  else if (msg.size() > 27 && msg[6] == '-' && msg[18] == '-' && msg[23] == ' ')
    id_end = 23;  // 6-11-4 ids (Exim 4.97 on)
  if (id_end == 0) {
    if (!starts(msg, "H=")) return false;
    std::size_t r = find(msg, " rejected RCPT ");
    smtpcodes::smtp_command c = smtpcodes::smtp_command::rcpt;
    if (r == npos) {
      r = find(msg, " rejected MAIL ");
      c = smtpcodes::smtp_command::mail;
    }
    if (r == npos) return false;
    begin_record(f);
    const string_view rest = msg.substr(r + 15);
    const std::size_t colon = find(rest, ": ");
    if (colon == npos) return false;
    if (c == smtpcodes::smtp_command::rcpt) f.recipient = unbracket(rest.substr(0, colon));
    f.command = c;
    f.status = "rejected";
    f.detail = rest.substr(colon + 2);
    f.judged = f.detail;
    return true;
  }
  const string_view flag = msg.substr(id_end + 1, 3);
  if (flag.size() < 3 || flag[2] != ' ') return false;
  if (flag[0] == '=' && flag[1] == '>')
    f.status = "sent";
  else if (flag[0] == '-' && flag[1] == '>')
    f.status = "sent";
  else if (flag[0] == '*' && flag[1] == '*')
    f.status = "bounced";
  else if (flag[0] == '=' && flag[1] == '=')
    f.status = "deferred";
  else
    return false;
  const string_view status = f.status;
  begin_record(f);
  f.status = status;
  f.queue_id = msg.substr(0, id_end);
  const string_view rest = msg.substr(id_end + 4);
  const std::size_t sp = find(rest, ' ');
  string_view address = rest.substr(0, sp);
  while (!address.empty() && address.back() == ':') address.remove_suffix(1);
  f.recipient = unbracket(address);
  // The fields after the address, one pass: H=host [addr], DT=1m2s and the
  // server's confirmation C="250 ..."; quoted values may hold spaces. A
  // failure's text follows the first ": ".
  const bool sent = f.status[0] == 's';
  std::size_t text_at = npos;
  // "** addr: Unrouteable address": the text right after the address.
  const bool address_colon = sp != npos && sp > 0 && rest[sp - 1] == ':';
  if (address_colon && !sent) text_at = sp + 1;
  std::size_t i = sp == npos || text_at != npos ? rest.size() : sp;
  while (i < rest.size()) {
    if (rest[i] == ':' && i + 1 < rest.size() && rest[i + 1] == ' ' && !sent) {
      text_at = i + 2;
      break;
    }
    if (rest[i] != ' ' || i + 3 >= rest.size()) {
      ++i;
      continue;
    }
    const char* t = rest.data() + i + 1;
    if (t[0] == 'H' && t[1] == '=') {
      std::size_t e = i + 3;
      while (e < rest.size() && rest[e] != ' ' && rest[e] != ':') ++e;
      if (e + 1 < rest.size() && rest[e] == ' ' && rest[e + 1] == '[') {
        const std::size_t close = find(rest, ']', e);
        if (close != npos) e = close + 1;
      }
      f.relay = rest.substr(i + 3, e - i - 3);
      i = e;
    } else if (t[0] == 'D' && t[1] == 'T' && t[2] == '=') {
      std::size_t e = i + 4;
      while (e < rest.size() && rest[e] != ' ') ++e;
      f.delay = rest.substr(i + 4, e - i - 4);
      f.delay_kind = delay_form::exim;
      i = e;
    } else if (t[1] == '=' && t[2] == '"') {  // C="...", or another quoted value
      std::size_t close = find(rest, '"', i + 4);
      while (close != npos && close + 1 < rest.size() && rest[close + 1] != ' ')
        close = find(rest, '"', close + 1);
      const std::size_t e = close == npos ? rest.size() : close;
      if (t[0] == 'C') f.detail = rest.substr(i + 4, e - i - 4);
      i = e + 1;
    } else {
      ++i;
    }
  }
  if (sent) {
    f.judged = f.detail;
    return true;
  }
  f.detail =
      text_at == npos ? rest.substr(sp == npos ? rest.size() : sp + 1) : rest.substr(text_at);
  f.judged = f.detail;
  return true;
}

}  // namespace log_detail

namespace log_detail {
// A record needs a status; a DSN that is no RFC 3463 status is left out.
inline bool checked(bool record, log_fields& f) {
  if (!record || f.status.empty()) return false;
  if (!f.dsn.empty() && !smtpcodes::parse_enhanced_status(f.dsn)) f.dsn = {};
  return true;
}
}  // namespace log_detail

/// Reads `line`; true when it is a delivery record (then `f` holds its fields).
[[nodiscard]] inline bool read_log_line(std::string_view line, log_fields& f) {
  using namespace log_detail;
  f.time = f.host = f.program = {};
  const std::size_t exim_end = exim_time(line, 0);
  if (exim_end != npos) {  // Exim's main log
    f.time = line.substr(0, exim_end);
    return checked(exim_end + 1 < line.size() && exim_message(line, exim_end + 1, f), f);
  }
  std::size_t m = syslog_header(line, f);
  if (m == npos) return checked(postfix_message(line, 0, f), f);  // no header: journalctl -o cat
  if (f.program.size() >= 4 && std::memcmp(f.program.data(), "exim", 4) == 0) {
    const std::size_t t = exim_time(line, m);  // syslog_timestamp = true
    if (t != npos) m = t + 1;
    return checked(exim_message(line, m, f), f);
  }
  return checked(postfix_message(line, m, f), f);
}

/// Seconds in a delay as written, or a negative number when it cannot be read.
[[nodiscard]] inline double delay_seconds(std::string_view d, delay_form form) {
  using log_detail::digit;
  double total = 0;
  std::size_t i = 0;
  const auto number = [&](double& out) {
    const std::size_t from = i;
    double n = 0;
    while (i < d.size() && digit(d[i])) n = n * 10 + (d[i++] - '0');
    if (i < d.size() && d[i] == '.') {
      double scale = 0.1;
      for (++i; i < d.size() && digit(d[i]); scale /= 10) n += (d[i++] - '0') * scale;
    }
    out = n;
    return i > from;
  };
  double n = 0;
  switch (form) {
    case delay_form::seconds:
      return number(n) && i == d.size() ? n : -1;
    case delay_form::sendmail: {  // "[days+]hh:mm:ss"
      if (!number(n)) return -1;
      if (i < d.size() && d[i] == '+') {
        total = n * 86400;
        ++i;
        if (!number(n)) return -1;
      }
      total += n * 3600;
      for (int part = 0; part < 2; ++part) {
        if (i >= d.size() || d[i] != ':') return -1;
        ++i;
        if (!number(n)) return -1;
        total += part == 0 ? n * 60 : n;
      }
      return i == d.size() ? total : -1;
    }
    case delay_form::exim:  // "1d2h3m4s", "0.123s"
      while (i < d.size()) {
        if (!number(n) || i >= d.size()) return -1;
        switch (d[i++]) {
          case 'w':
            total += n * 604800;
            break;
          case 'd':
            total += n * 86400;
            break;
          case 'h':
            total += n * 3600;
            break;
          case 'm':
            total += n * 60;
            break;
          case 's':
            total += n;
            break;
          default:
            return -1;
        }
      }
      return total;
    case delay_form::none:
      break;
  }
  return -1;
}

}  // namespace smtp_explain

#endif
