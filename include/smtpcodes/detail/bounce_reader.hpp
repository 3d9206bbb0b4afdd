// parse_bounce()'s reader: walks the MIME tree (RFC 2045-2049, nesting
// bounded), decodes the parts it reads, takes recipients from RFC 3464
// delivery-status parts, RFC 5965 feedback reports, JSON notifications or
// the human-readable text, names the generator, and finishes each record
// with its status, reply code, command and advise()'s verdict.
#ifndef SMTPCODES_DETAIL_BOUNCE_READER_HPP
#define SMTPCODES_DETAIL_BOUNCE_READER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../find_reply.hpp"
#include "bounce_generators.hpp"
#include "bounce_text.hpp"
#include "dsn_fields.hpp"
#include "mime.hpp"
#include "transfer_decoding.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

inline constexpr unsigned max_depth = 8;         ///< nested multiparts and message parts
inline constexpr std::size_t max_dsn_parts = 4;  ///< delivery-status parts read
inline constexpr std::size_t max_text_parts = 4;
inline constexpr std::size_t max_received = 3;
inline constexpr std::size_t marker_count =
    sizeof(generator_markers) / sizeof(generator_markers[0]);

/// A text part: its body as written until decode_text() decodes it (only
/// the parts that are read are decoded), and how its bytes become UTF-8.
struct text_part {
  std::string_view text;
  std::string_view cte;  ///< Content-Transfer-Encoding; empty once decoded
  charset_kind kind = charset_kind::utf8;
  std::string_view charset;  ///< the name, when kind is other
  bool html = false;
};

/// The header fields of the bounce itself that the reader looks at.
struct top_fields {
  std::string_view from, subject, message_id, mailer, auto_submitted, failed_recipients;
  std::string_view received[max_received];
  std::size_t received_count = 0;
  bool autoreply_header = false;       ///< X-Autoreply, X-Autorespond, Precedence: auto_reply
  bool header_hit[marker_count] = {};  ///< generator markers on header names
};

/// Everything the MIME walk collected.
struct walk_state {
  text_arena* arena = nullptr;
  char eol = '\n';
  std::string_view dsn[max_dsn_parts];
  std::size_t dsn_count = 0;
  std::string_view feedback;
  std::string_view original_header;  ///< the header of the returned message
  text_part texts[max_text_parts];
  std::size_t text_count = 0;
  text_part html;
  bool report = false;  ///< a multipart/report
};

/// The body of a part decoded from its Content-Transfer-Encoding.
[[nodiscard]] inline std::string_view decode_body(std::string_view body, std::string_view cte,
                                                  text_arena& arena) noexcept {
  cte = trim(cte);
  if (iequals(cte, "base64")) {
    const std::size_t mark = arena.start();
    decode_base64(body, arena);
    return arena.finish(mark);
  }
  if (iequals(cte, "quoted-printable")) {
    const std::size_t mark = arena.start();
    decode_quoted_printable(body, arena);
    return arena.finish(mark);
  }
  return body;
}

inline void walk(std::string_view text, unsigned depth, walk_state& st) noexcept;

/// HTML as plain text (for a bounce whose only human-readable part is
/// HTML): tags removed, line-breaking tags become line ends, the content of
/// head, style and script dropped, character references decoded.
inline std::string_view html_to_text(std::string_view in, text_arena& out) noexcept {
  const std::size_t mark = out.start();
  std::size_t i = 0;
  while (i < in.size()) {
    const char c = in[i];
    if (c == '<') {
      const std::size_t close = in.find('>', i);
      if (close == npos) break;
      std::string_view tag = in.substr(i + 1, close - i - 1);
      const bool end_tag = !tag.empty() && tag[0] == '/';
      if (end_tag) tag.remove_prefix(1);
      std::size_t n = 0;
      while (n < tag.size() && is_alpha(tag[n])) ++n;
      const std::string_view name = tag.substr(0, n);
      i = close + 1;
      if (!end_tag &&
          (iequals(name, "style") || iequals(name, "script") || iequals(name, "head"))) {
        // Skip to the matching end tag.
        const std::size_t stop = [&] {
          for (std::size_t k = in.find("</", i); k != npos; k = in.find("</", k + 2))
            if (istarts(in.substr(k + 2), iequals(name, "style")    ? "style"
                                          : iequals(name, "script") ? "script"
                                                                    : "head"))
              return k;
          return in.size();
        }();
        i = stop;
        continue;
      }
      if (iequals(name, "br") || iequals(name, "p") || iequals(name, "div") ||
          iequals(name, "tr") || iequals(name, "li") || iequals(name, "table") ||
          (name.size() == 2 && lower(name[0]) == 'h' && is_digit(name[1])))
        out.put('\n');
      else if (iequals(name, "td"))
        out.put(' ');
      continue;
    }
    if (c == '&') {
      const std::size_t semi = in.find(';', i);
      if (semi != npos && semi - i <= 10) {
        const std::string_view ent = in.substr(i + 1, semi - i - 1);
        unsigned long cp = 0;
        if (!ent.empty() && ent[0] == '#') {
          const bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
          for (std::size_t k = hex ? 2 : 1; k < ent.size() && cp <= 0x10FFFF; ++k) {
            const int d = hex ? hex_value(ent[k]) : (is_digit(ent[k]) ? ent[k] - '0' : -1);
            if (d < 0) {
              cp = 0x110000;
              break;
            }
            cp = cp * (hex ? 16 : 10) + static_cast<unsigned>(d);
          }
        } else if (iequals(ent, "lt")) {
          cp = '<';
        } else if (iequals(ent, "gt")) {
          cp = '>';
        } else if (iequals(ent, "amp")) {
          cp = '&';
        } else if (iequals(ent, "quot")) {
          cp = '"';
        } else if (iequals(ent, "apos")) {
          cp = '\'';
        } else if (iequals(ent, "nbsp")) {
          cp = ' ';
        }
        if (cp != 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
          if (cp < 0x80) {
            out.put(static_cast<char>(cp));
          } else if (cp < 0x800) {
            out.put(static_cast<char>(0xC0 | (cp >> 6)));
            out.put(static_cast<char>(0x80 | (cp & 0x3F)));
          } else if (cp < 0x10000) {
            out.put(static_cast<char>(0xE0 | (cp >> 12)));
            out.put(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.put(static_cast<char>(0x80 | (cp & 0x3F)));
          } else {
            out.put(static_cast<char>(0xF0 | (cp >> 18)));
            out.put(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.put(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.put(static_cast<char>(0x80 | (cp & 0x3F)));
          }
          i = semi + 1;
          continue;
        }
      }
    }
    out.put(c == '\r' || c == '\n' ? ' ' : c);
    ++i;
  }
  return out.finish(mark);
}

/// Decodes a text part in place (once): its transfer encoding, and HTML to text.
inline void decode_text(text_part& t, text_arena& arena) noexcept {
  if (!t.cte.empty()) {
    t.text = decode_body(t.text, t.cte, arena);
    t.cte = {};
  }
  if (t.html) {
    t.text = html_to_text(t.text, arena);
    t.html = false;
  }
}

/// One entity whose header has been split off.
inline void walk_entity(const entity& e, unsigned depth, walk_state& st) noexcept {
  std::string_view ctype_value, cte;
  field_reader fr(e.header, st.eol);
  header_field f;
  while (fr.next(f)) {
    if (iequals(f.name, "content-type"))
      ctype_value = f.value;
    else if (iequals(f.name, "content-transfer-encoding"))
      cte = f.value;
  }
  const content_type ct = parse_content_type(ctype_value);
  if (iequals(ct.type, "multipart")) {
    if (iequals(ct.subtype, "report")) st.report = true;
    const std::string_view boundary = find_param(ct.params, "boundary");
    const std::size_t parts = depth + 1 >= max_depth ? 0
                                                     : for_each_part(e.body, boundary, st.eol,
                                                                     [&](std::string_view part) {
                                                                       walk(part, depth + 1, st);
                                                                       return true;
                                                                     });
    if (parts == 0 && st.text_count < max_text_parts)  // no boundary found: read it as text
      st.texts[st.text_count++] = {e.body, cte, charset_kind::utf8, {}, false};
    return;
  }
  const bool message_type = iequals(ct.type, "message");
  if (message_type &&
      (iequals(ct.subtype, "delivery-status") || iequals(ct.subtype, "global-delivery-status"))) {
    if (st.dsn_count < max_dsn_parts) st.dsn[st.dsn_count++] = decode_body(e.body, cte, *st.arena);
    return;
  }
  if (message_type && iequals(ct.subtype, "feedback-report")) {
    if (st.feedback.empty()) st.feedback = decode_body(e.body, cte, *st.arena);
    return;
  }
  if (message_type && (iequals(ct.subtype, "rfc822") || iequals(ct.subtype, "global"))) {
    // The returned message: only its header is read, never its parts.
    if (st.original_header.empty())
      st.original_header = split_entity(decode_body(e.body, cte, *st.arena), st.eol).header;
    return;
  }
  if ((iequals(ct.type, "text") && iequals(ct.subtype, "rfc822-headers")) ||
      (message_type && iequals(ct.subtype, "global-headers"))) {
    if (st.original_header.empty())
      st.original_header = split_entity(decode_body(e.body, cte, *st.arena), st.eol).header;
    return;
  }
  const bool plain = ct.type.empty() || (iequals(ct.type, "text") && iequals(ct.subtype, "plain"));
  const bool html = iequals(ct.type, "text") && iequals(ct.subtype, "html");
  if (!plain && !html) return;
  const std::string_view charset = find_param(ct.params, "charset");
  text_part t{e.body, cte, classify_charset(charset), {}, html};
  if (t.kind == charset_kind::other) t.charset = charset;
  if (plain && st.text_count < max_text_parts)
    st.texts[st.text_count++] = t;
  else if (html && st.html.text.empty())
    st.html = t;
}

inline void walk(std::string_view text, unsigned depth, walk_state& st) noexcept {
  walk_entity(split_entity(text, st.eol), depth, st);
}

/// Reads the bounce's own header fields.
inline void read_top_fields(std::string_view header, char eol, top_fields& top) noexcept {
  field_reader fr(header, eol);
  header_field f;
  while (fr.next(f)) {
    const std::string_view n = f.name;
    if (n.size() < 4) continue;
    switch (lower(n[0])) {
      case 'f':
        if (iequals(n, "from")) top.from = f.value;
        break;
      case 's':
        if (iequals(n, "subject")) top.subject = f.value;
        break;
      case 'm':
        if (iequals(n, "message-id")) top.message_id = f.value;
        break;
      case 'a':
        if (iequals(n, "auto-submitted")) top.auto_submitted = f.value;
        break;
      case 'p':
        if (iequals(n, "precedence") && istarts(trim(f.value), "auto_reply"))
          top.autoreply_header = true;
        break;
      case 'r':
        if (iequals(n, "received") && top.received_count < max_received)
          top.received[top.received_count++] = f.value;
        break;
      case 'x':
        if (iequals(n, "x-mailer"))
          top.mailer = f.value;
        else if (iequals(n, "x-failed-recipients"))
          top.failed_recipients = top.failed_recipients.empty() ? f.value : top.failed_recipients;
        else if (iequals(n, "x-autoreply") || iequals(n, "x-autorespond"))
          top.autoreply_header = true;
        break;
      default:
        break;
    }
    for (std::size_t i = 0; i < marker_count; ++i)
      if (generator_markers[i].place == marker_place::header &&
          iequals(n, generator_markers[i].text))
        top.header_hit[i] = true;
  }
}

/// Whether `text` holds a lower-case `needle`, ignoring case. Candidates are
/// found with memchr for each case of the needle's first byte.
[[nodiscard]] inline bool icontains(std::string_view text, std::string_view needle) noexcept {
  if (needle.empty() || text.size() < needle.size()) return false;
  const char lo = needle[0];
  const char up = lo >= 'a' && lo <= 'z' ? static_cast<char>(lo - 32) : lo;
  const std::size_t last = text.size() - needle.size();  // the last possible start
  const char* base = text.data();
  const auto next = [&](char c, std::size_t from) -> std::size_t {
    if (from > last) return npos;
    const void* p = std::memchr(base + from, c, last + 1 - from);
    return p == nullptr ? npos : static_cast<std::size_t>(static_cast<const char*>(p) - base);
  };
  std::size_t a = next(lo, 0), b = up == lo ? npos : next(up, 0);
  while (a != npos || b != npos) {
    const std::size_t at = a < b ? a : b;
    if (match_at(text, at, needle) != npos) return true;
    if (at == a) a = next(lo, at + 1);
    if (at == b) b = next(up, at + 1);
  }
  return false;
}

/// The generator the markers point to. `phrases` are the scan's hits in the
/// human-readable text; text markers count within its first 2 KiB.
[[nodiscard]] inline bounce_generator recognise(const top_fields& top, const phrase_hits& phrases,
                                                std::string_view dsn) noexcept {
  const std::string_view dsn_head = dsn.substr(0, dsn.size() < 1024 ? dsn.size() : 1024);
  bool in_text[marker_count] = {};
  for (std::size_t k = 0; k < phrases.count && phrases.hits[k].begin < 2048; ++k)
    if (phrases.hits[k].kind == phrase_kind::generator) in_text[phrases.hits[k].index] = true;
  for (std::size_t i = 0; i < marker_count; ++i) {
    const generator_marker& m = generator_markers[i];
    bool hit = false;
    switch (m.place) {
      case marker_place::from:
        hit = icontains(top.from, m.text);
        break;
      case marker_place::subject:
        hit = icontains(top.subject, m.text);
        break;
      case marker_place::text:
        hit = in_text[i];
        break;
      case marker_place::header:
        hit = top.header_hit[i];
        break;
      case marker_place::mailer:
        hit = icontains(top.mailer, m.text);
        break;
      case marker_place::message_id:
        hit = icontains(top.message_id, m.text);
        break;
      case marker_place::received:
        for (std::size_t k = 0; k < top.received_count && !hit; ++k)
          hit = icontains(top.received[k], m.text);
        break;
      case marker_place::dsn:
        hit = icontains(dsn_head, m.text);
        break;
    }
    if (hit) return m.family;
  }
  return bounce_generator::unknown;
}

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

/// Fills in status, code, command and verdict from the diagnostic and the
/// Status field.
inline void finish_record(bounce_record& r, std::string_view status_field) noexcept {
  const text_match m = find_reply(r.diagnostic);
  std::optional<enhanced_status> in_text;
  if (m.ok()) {
    r.code = m.value.code;
    in_text = m.value.status;
    if (m.command != smtp_command::unknown) r.command = m.command;
    if (!in_text) {  // "550-'5.7.1 ..." as Amazon SES quotes a reply
      const std::string_view after = r.diagnostic.substr(
          static_cast<std::size_t>(m.value.raw.data() - r.diagnostic.data()) + 3);
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
  // advise() on the diagnostic; the Status goes in front when the text has
  // none. Without either, the action stands for the class (RFC 3464 §2.3.3:
  // "failed" is a permanent failure, "delayed" a transient one), written as
  // X.0.0, the status RFC 3463 §3.1 gives when nothing more is known.
  // advise() reads a status that follows a reply code; one found elsewhere in
  // the text (or in the Status field) is written in front where it sees it.
  if (m.ok() && (m.value.status || !r.status)) {
    r.verdict = advise(r.diagnostic, r.command);
    return;
  }
  enhanced_status given{};
  if (r.status) {
    given = *r.status;
  } else if (r.action == dsn_action::failed || r.action == dsn_action::delayed) {
    given.cls = r.action == dsn_action::failed ? 5 : 4;
  } else {
    r.verdict = advise(r.diagnostic, r.command);
    return;
  }
  char buffer[1024];
  std::size_t n = 0;
  const auto put = [&](std::string_view s) {
    for (const char c : s)
      if (n < sizeof buffer) buffer[n++] = c;
  };
  const status_chars sc = to_chars(given);
  if (m.ok()) {  // "550 User unknown" -> "550 5.1.1 User unknown"
    const std::size_t at = static_cast<std::size_t>(m.value.raw.data() - r.diagnostic.data());
    put(r.diagnostic.substr(0, at + 3));
    put(" ");
    put(sc.view());
    put(r.diagnostic.substr(at + 3));
  } else {  // as the DSN writes it: "Status: 5.1.1", then the text
    put("Status: ");
    put(sc.view());
    put(" ");
    put(r.diagnostic);
  }
  r.verdict = advise(std::string_view(buffer, n), r.command);
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
      s.reporting_mta = join_text(strip_type(mf.reporting_mta), charset_kind::utf8, arena);
      s.received_from_mta = join_text(strip_type(mf.received_from_mta), charset_kind::utf8, arena);
      s.arrival_date = join_text(mf.arrival_date, charset_kind::utf8, arena);
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
    r->remote_mta = join_text(strip_type(rf.remote_mta), charset_kind::utf8, arena);
    r->last_attempt_date = join_text(rf.last_attempt_date, charset_kind::utf8, arena);
    r->will_retry_until = join_text(rf.will_retry_until, charset_kind::utf8, arena);
    r->fields = rf.fields;
    // The status field is kept raw in `fields`; finish_record() reads it later.
    r->original_recipient =
        r->original_recipient == r->recipient ? r->original_recipient : r->original_recipient;
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

/// Records of an Amazon SES notification (JSON, possibly inside an SNS
/// envelope where it is a string with escaped quotes).
inline void read_notification(std::string_view t, text_arena& arena, record_sink& sink,
                              bool& any) noexcept {
  // The string value of the key at `at` ("key":"value" or \"key\":\"value\").
  const auto value_after = [&](std::size_t at, std::size_t limit) -> std::string_view {
    std::size_t i = at;
    while (i < limit && t[i] != ':') ++i;
    ++i;
    while (i < limit && (is_space(t[i]) || t[i] == '\\')) ++i;
    if (i >= limit || t[i] != '"') return {};
    const std::size_t b = ++i;
    while (i < limit && t[i] != '"' && !(t[i] == '\\' && i + 1 < limit && t[i + 1] == '"')) ++i;
    return t.substr(b, i - b);
  };
  const auto key = [&](std::string_view name, std::size_t from, std::size_t to) {
    const std::size_t at = t.substr(0, to).find(name, from);
    return at == npos ? npos : at + name.size();
  };
  std::size_t pos = 0;
  while ((pos = key("\"emailAddress", pos, t.size())) != npos || (pos = npos, false)) {
    std::size_t next = key("\"emailAddress", pos, t.size());
    const std::size_t end = next == npos ? t.size() : next;
    any = true;
    bounce_record* r = sink.add();
    if (r != nullptr) {
      r->source = record_source::notification;
      r->recipient = value_after(pos, end);
      const std::size_t a = key("\"action", pos, end);
      if (a != npos) r->action = parse_action(value_after(a, end));
      const std::size_t d = key("\"diagnosticCode", pos, end);
      if (d != npos) {
        const typed_text dt = split_diagnostic(value_after(d, end));
        r->diagnostic_type = dt.type;
        r->diagnostic = dt.text;
      }
      const std::size_t s = key("\"status", pos, end);
      if (s != npos) r->fields = value_after(s, end);  // read as the Status by the caller
    }
    pos = end;
    if (next == npos) break;
  }
  if (any) return;
  // A delivery notification: "recipients":["a@b"] and "smtpResponse".
  const std::size_t rc = key("\"recipients", 0, t.size());
  if (rc == npos) return;
  const std::size_t close = t.find(']', rc);
  const std::size_t resp = key("\"smtpResponse", 0, t.size());
  const std::string_view response = resp == npos ? std::string_view{} : value_after(resp, t.size());
  std::string_view list = t.substr(rc, close == npos ? 0 : close - rc);
  while (!list.empty()) {
    const std::string_view a = find_address(list);
    if (a.empty()) break;
    any = true;
    if (bounce_record* r = sink.add()) {
      r->source = record_source::notification;
      r->recipient = a;
      r->action = dsn_action::delivered;
      r->diagnostic = response;
    }
    list = list.substr(static_cast<std::size_t>(a.data() + a.size() - list.data()));
  }
  (void)arena;
}

/// Fills `o` from the header of the returned message.
inline void read_original(std::string_view header, char eol, text_arena& arena,
                          original_message& o) noexcept {
  field_reader fr(header, eol);
  header_field f;
  while (fr.next(f)) {
    if (iequals(f.name, "message-id") && o.message_id.empty())
      o.message_id = trim(f.value);
    else if (iequals(f.name, "from") && o.from.empty())
      o.from = decode_header_value(f.value, arena).text;
    else if (iequals(f.name, "to") && o.to.empty())
      o.to = decode_header_value(f.value, arena).text;
    else if (iequals(f.name, "subject") && o.subject.empty()) {
      const charset_text ct = decode_header_value(f.value, arena);
      o.subject = ct.text;
      o.subject_charset = ct.charset;
    }
  }
}

/// Evidence of an automatic reply (RFC 3834 §5; vacation programs): its
/// header fields, its Subject, or vacation wording in the first 1 KiB.
[[nodiscard]] inline bool looks_like_auto_reply(const top_fields& top,
                                                const phrase_hits& phrases) noexcept {
  const std::string_view as = trim(top.auto_submitted);
  if (istarts(as, "auto-replied") || top.autoreply_header) return true;
  for (const std::string_view sub : auto_reply_subjects)
    if (icontains(top.subject, sub)) return true;
  for (std::size_t k = 0; k < phrases.count && phrases.hits[k].begin < 1024; ++k)
    if (phrases.hits[k].kind == phrase_kind::auto_reply) return true;
  return false;
}

/// The sender of a bounce is a mail system, not a person.
[[nodiscard]] inline bool from_mail_system(std::string_view from) noexcept {
  return icontains(from, "mailer-daemon") || icontains(from, "postmaster") ||
         icontains(from, "mail delivery") || icontains(from, "<>");
}

/// The reader behind parse_bounce().
inline bounce_summary read_bounce(std::string_view message, text_buffer buffer,
                                  bounce_record* records, std::size_t capacity) noexcept {
  bounce_summary s;
  text_arena arena(buffer.data, buffer.size);
  walk_state st;
  st.arena = &arena;
  st.eol = line_end_of(message.substr(0, message.size() < 4096 ? message.size() : 4096));
  if (st.eol == '\r' && std::memchr(message.data(), '\n', message.size()) != nullptr) st.eol = '\n';
  const entity top_entity = split_entity(message, st.eol);
  top_fields top;
  read_top_fields(top_entity.header, st.eol, top);
  walk_entity(top_entity, 0, st);

  record_sink sink{records, capacity, s};
  text_part main = st.text_count > 0 ? st.texts[0] : st.html;
  decode_text(main, arena);
  if (st.text_count > 0) st.texts[0] = main;

  // 1. RFC 3464 delivery-status parts; DSN fields written into a text part.
  bool dsn_any = false;
  for (std::size_t i = 0; i < st.dsn_count; ++i)
    read_dsn(st.dsn[i], st.eol, arena, sink, s, dsn_any);
  if (!dsn_any) {
    for (std::size_t i = 0; i < st.text_count && !dsn_any; ++i)
      if (icontains(st.texts[i].text, "final-recipient:")) {
        decode_text(st.texts[i], arena);
        read_dsn(st.texts[i].text, line_end_of(st.texts[i].text), arena, sink, s, dsn_any);
      }
  }
  std::string_view dsn_text = st.dsn_count > 0 ? st.dsn[0] : std::string_view{};

  // 2. Feedback reports.
  bool feedback = !st.feedback.empty();
  if (feedback) {
    const feedback_fields ff = read_feedback_fields(st.feedback, line_end_of(st.feedback));
    s.feedback_type = ff.feedback_type;
    s.reporting_mta = ff.reporting_mta;
    s.arrival_date = ff.arrival_date;
  }

  // 3. The human-readable text.
  text_findings found;
  read_text(main.text, found);
  s.generator = recognise(top, found.phrases, dsn_text);

  // 4. The returned message's header.
  if (!st.original_header.empty()) {
    read_original(st.original_header, line_end_of(st.original_header), arena, s.original);
  } else if (found.copy_begin != npos) {
    std::size_t at = main.text.find(line_end_of(main.text), found.copy_begin);
    if (at != npos) {
      std::string_view rest = main.text.substr(at + 1);
      while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
      const char eol = line_end_of(rest.substr(0, rest.size() < 4096 ? rest.size() : 4096));
      read_original(split_entity(rest, eol).header, eol, arena, s.original);
    }
  }

  // 5. Feedback records: Original-Rcpt-To, else the reported message's recipient.
  if (feedback ||
      (!st.original_header.empty() &&
       !find_field(st.original_header, line_end_of(st.original_header), "x-hmxmroriginalrecipient")
            .empty())) {
    s.kind = report_kind::feedback;
    if (s.feedback_type.empty()) s.feedback_type = "abuse";
    bool any = false;
    if (feedback) {
      field_reader fr(st.feedback, line_end_of(st.feedback));
      header_field f;
      while (fr.next(f)) {
        if (!iequals(f.name, "original-rcpt-to")) continue;
        any = true;
        if (bounce_record* r = sink.add()) {
          r->source = record_source::feedback;
          r->recipient = strip_type(f.value);
        }
      }
    }
    if (!any) {
      const char eol = line_end_of(st.original_header);
      std::string_view to = find_field(st.original_header, eol, "x-hmxmroriginalrecipient");
      if (to.empty()) to = find_field(st.original_header, eol, "to");
      while (!to.empty()) {
        const std::string_view a = find_address(to);
        if (a.empty()) break;
        if (bounce_record* r = sink.add()) {
          r->source = record_source::feedback;
          r->recipient = a;
        }
        to = to.substr(static_cast<std::size_t>(a.data() + a.size() - to.data()));
      }
    }
    for (std::size_t i = 0; i < s.stored; ++i) {
      records[i].diagnostic = join_text(main.text.substr(0, 512), main.kind, arena);
      finish_record(records[i], {});
    }
    s.text_truncated = arena.overflow();
    return s;
  }

  // 6. JSON notifications (Amazon SES through SNS).
  bool notification_any = false;
  if (!dsn_any && icontains(main.text.substr(0, 4096), "\"notificationtype"))
    read_notification(main.text, arena, sink, notification_any);

  // 7. Recipients from the text, or from X-Failed-Recipients.
  const bool text_bounce =
      found.count > 0 &&
      (found.listed || s.generator != bounce_generator::unknown || from_mail_system(top.from));
  const std::size_t first_text_record = s.stored;
  bool text_any = false;
  const auto text_diagnostic = [&](const text_item& it, bounce_record& r) {
    r.diagnostic =
        join_text(main.text.substr(it.diag_begin, it.diag_end - it.diag_begin), main.kind, arena);
    r.diagnostic_charset = main.charset;
    if (r.command == smtp_command::unknown) r.command = it.command;
  };
  const auto region_diagnostic = [&](bounce_record& r) {
    const std::size_t b = found.region_begin;
    const std::size_t e = found.region_end < b + 2048 ? found.region_end : b + 2048;
    r.diagnostic = join_text(main.text.substr(b, e > b ? e - b : 0), main.kind, arena);
    r.diagnostic_charset = main.charset;
  };
  if (!dsn_any && !notification_any) {
    if (!top.failed_recipients.empty()) {
      std::string_view list = top.failed_recipients;
      while (!list.empty()) {
        const std::string_view a = find_address(list);
        if (a.empty()) break;
        list = list.substr(static_cast<std::size_t>(a.data() + a.size() - list.data()));
        text_any = true;
        bounce_record* r = sink.add();
        if (r == nullptr) continue;
        r->source = record_source::failed_recipients;
        r->recipient = a;
        r->action = found.action;
        const text_item* match = nullptr;
        for (std::size_t k = 0; k < found.count && match == nullptr; ++k)
          if (same_text(found.items[k].address, a)) match = &found.items[k];
        if (match != nullptr)
          text_diagnostic(*match, *r);
        else
          region_diagnostic(*r);
      }
    } else if (text_bounce) {
      for (std::size_t k = 0; k < found.count; ++k) {
        const text_item& it = found.items[k];
        bool seen = false;
        for (std::size_t j = 0; j < k && !seen; ++j)
          seen = same_text(found.items[j].address, it.address);
        if (seen) continue;
        text_any = true;
        bounce_record* r = sink.add();
        if (r == nullptr) continue;
        r->source = record_source::text;
        r->recipient = it.address;
        r->action = found.action;
        text_diagnostic(it, *r);
      }
      s.recipient_count += found.dropped;
    }
  }
  // DSN records: a recipient that is a pipe or a file (Exim's "|/usr/bin/x",
  // "/var/mail/x") is replaced by the address it was generated from; the
  // text gives the reason when the DSN has none, and the command.
  if (dsn_any) {
    std::string_view failed = top.failed_recipients;
    for (std::size_t i = 0; i < s.stored; ++i) {
      bounce_record& r = records[i];
      const std::string_view listed = find_address(failed);
      if (!listed.empty())
        failed =
            failed.substr(static_cast<std::size_t>(listed.data() + listed.size() - failed.data()));
      if (r.recipient.find('@') == npos || r.recipient.front() == '|' ||
          r.recipient.front() == '/') {
        if (!listed.empty())
          r.recipient = listed;
        else if (const std::string_view a = find_address(r.recipient); !a.empty())
          r.recipient = a;
      }
      // A diagnostic of digits only (a program's exit status, "X-Unix; 71")
      // tells a reader nothing: the text's reason replaces it.
      bool says_nothing = true;
      for (const char c : r.diagnostic) says_nothing = says_nothing && !is_alpha(c);
      if (says_nothing) r.diagnostic = {};
      const text_item* match = nullptr;
      for (std::size_t k = 0; k < found.count && match == nullptr; ++k)
        if (same_text(found.items[k].address, r.recipient)) match = &found.items[k];
      if (match == nullptr && found.count == 1 && s.stored == 1) match = &found.items[0];
      if (match == nullptr) {
        // No line names it: the Status comment ("4.0.0 (host name lookup
        // failure)"), a reason the text gives once for all, or for a report
        // about one recipient the text itself.
        if (!r.diagnostic.empty()) continue;
        const std::string_view sv = group_field(r.fields, "status");
        const std::size_t open = sv.find('(');
        const std::size_t close = sv.rfind(')');
        if (open != npos && close != npos && close > open + 1)
          r.diagnostic =
              join_text(sv.substr(open + 1, close - open - 1), charset_kind::utf8, arena);
        else if (found.global_end > found.global_begin)
          r.diagnostic =
              join_text(main.text.substr(found.global_begin, found.global_end - found.global_begin),
                        main.kind, arena);
        else if (s.stored == 1 && found.region_end > found.region_begin)
          region_diagnostic(r);
        continue;
      }
      if (r.diagnostic.empty()) text_diagnostic(*match, r);
      if (r.command == smtp_command::unknown) {
        const text_match tm =
            find_reply(main.text.substr(match->diag_begin, match->diag_end - match->diag_begin));
        r.command = tm.command != smtp_command::unknown ? tm.command : match->command;
      }
    }
  }
  (void)first_text_record;

  // 8. The kind.
  if (dsn_any || notification_any || text_any)
    s.kind = report_kind::delivery_status;
  else if (looks_like_auto_reply(top, found.phrases))
    s.kind = report_kind::auto_reply;
  if (s.kind == report_kind::auto_reply || s.kind == report_kind::not_a_report) {
    s.recipient_count = 0;
    s.stored = 0;
    s.generator = s.kind == report_kind::auto_reply ? bounce_generator::unknown : s.generator;
  }

  // 9. Status, code, command and verdict of each record.
  for (std::size_t i = 0; i < s.stored; ++i) {
    bounce_record& r = records[i];
    std::string_view status_field;
    if (r.source == record_source::dsn)
      status_field = group_field(r.fields, "status");
    else if (r.source == record_source::notification) {
      status_field = r.fields;
      r.fields = {};
    }
    finish_record(r, status_field);
  }
  s.text_truncated = arena.overflow();
  return s;
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
