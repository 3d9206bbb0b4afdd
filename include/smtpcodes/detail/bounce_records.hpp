// One recipient record of parse_bounce(): read from RFC 3464 per-recipient
// fields (§2.3) or from a JSON notification, its text joined and decoded,
// and finished: the status (the Status field, or the reply's when Status says
// no more than X.0.0 or X.4.7), the reply code and command of the
// diagnostic (find_reply()), and advise()'s verdict.
#ifndef SMTPCODES_DETAIL_BOUNCE_RECORDS_HPP
#define SMTPCODES_DETAIL_BOUNCE_RECORDS_HPP

#include <cstddef>
#include <optional>
#include <string_view>

#include "../find_reply.hpp"
#include "bounce_text.hpp"
#include "bounce_types.hpp"
#include "dsn_fields.hpp"
#include "mime.hpp"
#include "transfer_decoding.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

/// Writes `passage` into the arena as one line: line ends and runs of
/// whitespace become one space, rule lines and a leading "smtp;" type are
/// dropped, ISO-8859-1 becomes UTF-8. A passage that needs none of this is
/// returned as it is.
[[nodiscard]] inline std::string_view join_text(std::string_view passage, charset_kind kind,
                                                text_arena& arena) noexcept {
  passage = trim(passage);
  bool plain = true;
  for (std::size_t i = 0; i < passage.size() && plain; ++i) {
    const char c = passage[i];
    if (c == '\r' || c == '\n' || c == '\t' ||
        (c == ' ' && i + 1 < passage.size() && passage[i + 1] == ' ') ||
        (kind == charset_kind::latin1 && static_cast<unsigned char>(c) >= 0x80))
      plain = false;
  }
  if (plain) return passage;
  const std::size_t mark = arena.start();
  const char eol = line_end_of(passage);
  line_reader r(passage, eol);
  std::string_view line;
  bool space = false;
  while (r.next(line)) {
    if (is_rule_line(line)) continue;
    for (const char c : line) {
      if (is_space(c)) {
        space = arena.last(mark) != '\0';
        continue;
      }
      if (space) arena.put(' ');
      space = false;
      put_char(arena, c, kind);
    }
    space = arena.last(mark) != '\0';
  }
  return arena.finish(mark);
}

/// A field value as one line: its folds (RFC 5322 §2.2.3) become single
/// spaces, everything else stays as written. A value without folds is
/// returned as it is.
[[nodiscard]] inline std::string_view unfold(std::string_view v, text_arena& arena) noexcept {
  v = trim(v);
  if (v.find('\n') == npos && v.find('\r') == npos) return v;
  const std::size_t mark = arena.start();
  line_reader r(v, line_end_of(v));
  std::string_view line;
  while (r.next(line)) {
    const std::string_view part = trim(line);
    if (part.empty()) continue;
    if (arena.used() > mark) arena.put(' ');
    arena.put(part);
  }
  return arena.finish(mark);
}

/// An enhanced status written on its own in a text: "#5.1.1", "(#5.5.0)",
/// "[#4.1.9]", "ERROR_CODE :5.1.1", "5.2.2 <a@b>", the first one found.
[[nodiscard]] inline std::optional<enhanced_status> status_in_text(std::string_view t) noexcept {
  // A status right after a reply code of its class ("550-'5.7.1", "550 5.7.1")
  // is the server's own and wins over one a generator wrote on its own.
  std::optional<enhanced_status> first;
  for (std::size_t i = 0; i + 5 <= t.size(); ++i) {
    const char c = t[i];
    if (c != '2' && c != '4' && c != '5') continue;
    if (t[i + 1] != '.') continue;
    if (i > 0) {
      const char p = t[i - 1];
      if (is_digit(p) || p == '.' || is_alpha(p) || p == '-' || p == '/') continue;
    }
    std::size_t e = i + 2;
    while (e < t.size() && (is_digit(t[e]) || t[e] == '.')) ++e;
    while (e > i && t[e - 1] == '.') --e;
    if (e < t.size() && (is_alpha(t[e]) || t[e] == '-' || t[e] == '@')) continue;
    const auto s = parse_enhanced_status(t.substr(i, e - i));
    if (!s) continue;
    std::size_t k = i;
    while (k > 0 && i - k < 3 &&
           (t[k - 1] == ' ' || t[k - 1] == '-' || t[k - 1] == '\'' || t[k - 1] == '"'))
      --k;
    if (k >= 3 && k < i && t[k - 3] == c && is_digit(t[k - 2]) && is_digit(t[k - 1])) return s;
    if (!first) first = s;
  }
  return first;
}

/// The DSN action named by an Action value (RFC 3464 §2.3.3).
[[nodiscard]] constexpr dsn_action parse_action(std::string_view v) noexcept {
  v = trim(v);
  constexpr std::string_view names[] = {"failed", "delayed", "delivered", "relayed", "expanded"};
  for (std::size_t i = 0; i < 5; ++i)
    if (istarts(v, names[i])) return static_cast<dsn_action>(i + 1);
  return dsn_action::none;
}

/// The charset of a DSN text that carries ISO-2022-JP escape sequences
/// (Lotus Domino writes them unlabelled), else empty.
[[nodiscard]] constexpr std::string_view sniff_charset(std::string_view t) noexcept {
  for (std::size_t i = 0; i + 2 < t.size(); ++i)
    if (t[i] == '\x1b' && (t[i + 1] == '$' || t[i + 1] == '(')) return "iso-2022-jp";
  return {};
}

/// The reply in a diagnostic, and the text it was found in: the diagnostic,
/// or for a session transcript, which marks the server's replies "<<< 550 ..."
/// (Sendmail, Courier), the text after the first such mark.
struct diagnostic_reply {
  text_match match;
  std::string_view text;
};
[[nodiscard]] inline diagnostic_reply reply_in_diagnostic(std::string_view diagnostic) noexcept {
  diagnostic_reply d{find_reply(diagnostic), diagnostic};
  for (std::size_t at = diagnostic.find("<<< "); !d.match.ok() && at != npos;
       at = diagnostic.find("<<< ", at + 4)) {
    const std::string_view after = diagnostic.substr(at + 4);
    if (after.size() < 3 || !is_digit(after[0]) || !is_digit(after[1]) || !is_digit(after[2]))
      continue;
    d.match = find_reply(after);
    if (d.match.ok() && d.match.position == 0)
      d.text = after;
    else
      d.match = text_match{};
  }
  return d;
}

/// The text advise() is given for a record: the diagnostic (from its reply
/// on) when it carries its status; otherwise with the status written where
/// advise() reads it ("550 User unknown" becomes "550 5.1.1 User unknown", a
/// text without a reply becomes "Status: 5.1.1 ..." as a DSN writes it).
/// Without a status the action stands for the class (RFC 3464 §2.3.3:
/// "failed" is permanent, "delayed" transient), written X.0.0 as RFC 3463
/// §3.1 does when nothing more is known. A composed text goes to [out,
/// out + size), cut at `size`.
[[nodiscard]] inline std::string_view advice_text(const bounce_record& r, char* out,
                                                  std::size_t size) noexcept {
  const diagnostic_reply d = reply_in_diagnostic(r.diagnostic);
  const text_match& m = d.match;
  if (m.ok() && (m.value.status || !r.status)) return d.text;
  enhanced_status given{};
  if (r.status)
    given = *r.status;
  else if (r.action == dsn_action::failed || r.action == dsn_action::delayed)
    given.cls = r.action == dsn_action::failed ? 5 : 4;
  else
    return r.diagnostic;
  std::size_t n = 0;
  const auto put = [&](std::string_view s) {
    for (const char c : s)
      if (n < size) out[n++] = c;
  };
  const status_chars sc = to_chars(given);
  if (m.ok()) {
    const std::size_t at = static_cast<std::size_t>(m.value.raw.data() - d.text.data());
    put(d.text.substr(0, at + 3));
    put(" ");
    put(sc.view());
    put(d.text.substr(at + 3));
  } else {
    put("Status: ");
    put(sc.view());
    put(" ");
    put(r.diagnostic);
  }
  return {out, n};
}

/// Fills in status, code, command and verdict from the diagnostic and the
/// Status field.
inline void finish_record(bounce_record& r, std::string_view status_field) noexcept {
  const diagnostic_reply d = reply_in_diagnostic(r.diagnostic);
  const text_match& m = d.match;
  std::optional<enhanced_status> in_text;
  if (m.ok()) {
    r.code = m.value.code;
    in_text = m.value.status;
    if (m.command != smtp_command::unknown) r.command = m.command;
    if (!in_text) {  // "550-'5.7.1 ..." as Amazon SES quotes a reply
      const std::string_view after =
          d.text.substr(static_cast<std::size_t>(m.value.raw.data() - d.text.data()) + 3);
      std::size_t i = 0;
      while (i < after.size() && i < 3 &&
             (after[i] == '-' || after[i] == ' ' || after[i] == '\'' || after[i] == '"'))
        ++i;
      std::size_t e = i;
      while (e < after.size() && (is_digit(after[e]) || after[e] == '.')) ++e;
      in_text = parse_enhanced_status(after.substr(i, e - i));
    }
  }
  if (!in_text) in_text = status_in_text(r.diagnostic);
  std::optional<enhanced_status> field;
  {
    const std::string_view s = trim(status_field);
    std::size_t e = 0;
    while (e < s.size() && (is_digit(s[e]) || s[e] == '.')) ++e;
    field = parse_enhanced_status(s.substr(0, e));
  }
  // The Status field, unless it says nothing the reply does not say better:
  // X.0.0 (no detail), or X.4.7 (retries stopped: a consequence, while the
  // last reply gives the cause).
  r.status = field;
  const bool weak = field && ((field->subject == 0 && field->detail == 0) ||
                              (field->subject == 4 && field->detail == 7));
  if (!field || (weak && in_text && in_text->cls == field->cls &&
                 !(in_text->subject == 0 && in_text->detail == 0)))
    r.status = in_text ? in_text : field;
  if (r.action == dsn_action::none && r.source != record_source::feedback && r.status)
    r.action = r.status->cls == 2   ? dsn_action::delivered
               : r.status->cls == 4 ? dsn_action::delayed
                                    : dsn_action::failed;
  if (r.source == record_source::feedback) return;  // a complaint: nothing to advise
  char buffer[1024];
  r.verdict = advise(advice_text(r, buffer, sizeof buffer), r.command);
}

/// Appends a record unless the capacity is reached; counts it either way.
struct record_sink {
  bounce_record* out;
  std::size_t capacity;
  bounce_summary& summary;
  bounce_record* add() noexcept {
    ++summary.recipient_count;
    if (summary.stored >= capacity) return nullptr;
    bounce_record* r = &out[summary.stored++];
    *r = bounce_record{};
    return r;
  }
};

/// Records from the groups of a delivery-status text.
inline void read_dsn(std::string_view dsn, char eol, text_arena& arena, record_sink& sink,
                     bounce_summary& s, bool& any) noexcept {
  dsn_reader reader(dsn, eol);
  dsn_recipient_fields rf;
  dsn_message_fields mf;
  while (reader.next(rf, mf)) {
    if (!mf.fields.empty() && s.message_fields.empty()) {
      s.message_fields = mf.fields;
      s.reporting_mta = unfold(strip_type(mf.reporting_mta), arena);
      s.received_from_mta = unfold(strip_type(mf.received_from_mta), arena);
      s.arrival_date = unfold(mf.arrival_date, arena);
      s.original_envelope_id = trim(mf.original_envelope_id);
    }
    if (rf.final_recipient.empty() && rf.original_recipient.empty()) continue;
    any = true;
    bounce_record* r = sink.add();
    if (r == nullptr) continue;
    r->source = record_source::dsn;
    r->recipient =
        strip_type(rf.final_recipient.empty() ? rf.original_recipient : rf.final_recipient);
    r->original_recipient = strip_type(rf.original_recipient);
    r->action = parse_action(rf.action);
    const typed_text d = split_diagnostic(rf.diagnostic);
    r->diagnostic_type = d.type;
    r->diagnostic = join_text(d.text, charset_kind::utf8, arena);
    r->diagnostic_charset = sniff_charset(r->diagnostic);
    r->remote_mta = unfold(strip_type(rf.remote_mta), arena);
    r->last_attempt_date = unfold(rf.last_attempt_date, arena);
    r->will_retry_until = unfold(rf.will_retry_until, arena);
    r->fields = rf.fields;  // finish_record() reads the Status field from it
  }
}

/// The value of field `name` in a group of fields, folds kept.
[[nodiscard]] inline std::string_view group_field(std::string_view fields,
                                                  std::string_view name) noexcept {
  field_reader r(fields, line_end_of(fields));
  header_field f;
  while (r.next(f)) {
    if (f.name.size() != name.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) same = lower(f.name[i]) == lower(name[i]);
    if (same) return trim(f.value);
  }
  return {};
}

/// A JSON string value as text: escapes (RFC 8259 §7) decoded into the
/// arena; a value without escapes is returned as it is.
[[nodiscard]] inline std::string_view json_unescape(std::string_view v,
                                                    text_arena& arena) noexcept {
  if (v.find('\\') == npos) return v;
  const std::size_t mark = arena.start();
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '\\' || i + 1 >= v.size()) {
      arena.put(v[i]);
      continue;
    }
    const char e = v[++i];
    if (e == 'u' && i + 4 < v.size()) {
      unsigned cp = 0;
      bool ok = true;
      for (std::size_t k = 1; k <= 4; ++k) {
        const int d = hex_value(v[i + k]);
        ok = ok && d >= 0;
        cp = cp * 16 + static_cast<unsigned>(d < 0 ? 0 : d);
      }
      if (ok && !(cp >= 0xD800 && cp <= 0xDFFF)) {
        if (cp < 0x80) {
          arena.put(static_cast<char>(cp));
        } else if (cp < 0x800) {
          arena.put(static_cast<char>(0xC0 | (cp >> 6)));
          arena.put(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
          arena.put(static_cast<char>(0xE0 | (cp >> 12)));
          arena.put(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
          arena.put(static_cast<char>(0x80 | (cp & 0x3F)));
        }
        i += 4;
        continue;
      }
    }
    arena.put(e == 'n' || e == 'r' || e == 't' ? ' ' : e);  // \" \\ \/ and the rest
  }
  return arena.finish(mark);
}

/// Records of an Amazon SES notification (JSON, also inside an SNS envelope
/// where it is a string with escaped quotes): bouncedRecipients (or
/// complainedRecipients) with emailAddress, action, status and
/// diagnosticCode; or, for a delivery, recipients and smtpResponse.
inline void read_notification(std::string_view t, text_arena& arena, record_sink& sink,
                              bool& any) noexcept {
  // The string value of the key that ends at `at`: "key":"value" or \"key\":\"value\".
  const auto value_after = [&](std::size_t at, std::size_t limit) -> std::string_view {
    std::size_t i = at;
    while (i < limit && t[i] != ':') ++i;
    ++i;
    while (i < limit && (is_space(t[i]) || t[i] == '\\')) ++i;
    if (i >= limit || t[i] != '"') return {};
    const std::size_t b = ++i;
    const bool escaped = b >= 2 && t[b - 2] == '\\';  // inside a JSON string itself
    while (i < limit && !(escaped ? t[i] == '\\' && i + 1 < limit && t[i + 1] == '"'
                                  : t[i] == '"' && t[i - 1] != '\\'))
      ++i;
    return json_unescape(t.substr(b, i - b), arena);
  };
  // Where the key `name` (with its opening quote) ends in [from, to), or npos.
  const auto key = [&](std::string_view name, std::size_t from, std::size_t to) {
    const std::size_t at = t.substr(0, to).find(name, from);
    return at == npos ? npos : at + name.size();
  };
  for (std::size_t pos = key("\"emailAddress", 0, t.size()); pos != npos;) {
    const std::size_t next = key("\"emailAddress", pos, t.size());
    const std::size_t end = next == npos ? t.size() : next;
    any = true;
    if (bounce_record* r = sink.add()) {
      r->source = record_source::notification;
      r->recipient = value_after(pos, end);
      if (const std::size_t a = key("\"action", pos, end); a != npos)
        r->action = parse_action(value_after(a, end));
      if (const std::size_t d = key("\"diagnosticCode", pos, end); d != npos) {
        const typed_text dt = split_diagnostic(value_after(d, end));
        r->diagnostic_type = dt.type;
        r->diagnostic = dt.text;
      }
      if (const std::size_t s = key("\"status", pos, end); s != npos)
        r->fields = value_after(s, end);  // read_bounce() passes it on as the Status
    }
    pos = next;
  }
  if (any) return;
  // A delivery notification: "recipients":["a@b"] and "smtpResponse".
  const std::size_t rc = key("\"recipients", 0, t.size());
  if (rc == npos) return;
  const std::size_t close = t.find(']', rc);
  const std::size_t resp = key("\"smtpResponse", 0, t.size());
  const std::string_view response = resp == npos ? std::string_view{} : value_after(resp, t.size());
  std::string_view list = t.substr(rc, close == npos ? 0 : close - rc);
  for (std::string_view a = find_address(list); !a.empty(); a = find_address(list)) {
    any = true;
    if (bounce_record* r = sink.add()) {
      r->source = record_source::notification;
      r->recipient = a;
      r->action = dsn_action::delivered;
      r->diagnostic = response;
    }
    list = list.substr(static_cast<std::size_t>(a.data() + a.size() - list.data()));
  }
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
