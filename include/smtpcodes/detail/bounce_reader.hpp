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

#include "bounce_generators.hpp"
#include "bounce_mime_walk.hpp"
#include "bounce_phrases.hpp"
#include "bounce_recognise.hpp"
#include "bounce_records.hpp"
#include "bounce_text.hpp"
#include "bounce_types.hpp"
#include "dsn_fields.hpp"
#include "mime.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

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

/// What the steps of read_bounce() share.
struct reading {
  bounce_summary& summary;
  record_sink sink;
  text_arena& arena;
  const top_fields& top;
  const walk_state& parts;
  const text_part& main;       ///< the human-readable text, decoded
  const text_findings& found;  ///< what read_text() found in it
  // Texts joined once and shared by every record that uses them.
  std::string_view region_text, global_text;
  bool region_joined = false, global_joined = false;

  [[nodiscard]] bounce_record* records() const noexcept { return sink.out; }
  [[nodiscard]] std::string_view span(std::size_t b, std::size_t e) const noexcept {
    return main.text.substr(b, e > b ? e - b : 0);
  }
  std::string_view item_text[text_findings::max_items] = {};
  bool item_joined[text_findings::max_items] = {};

  /// The reason read_text() found for an item (joined once, however many
  /// records name the same recipient).
  void take_item(const text_item& it, bounce_record& r) noexcept {
    const auto k = static_cast<std::size_t>(&it - found.items);
    if (!item_joined[k]) {
      item_text[k] = join_text(span(it.diag_begin, it.diag_end), main.kind, arena);
      item_joined[k] = true;
    }
    r.diagnostic = item_text[k];
    r.diagnostic_charset = main.charset;
    if (r.command == smtp_command::unknown) r.command = it.command;
  }
  /// The text of the recipient list as a whole (at most 2 KiB), for a
  /// recipient no line names.
  void take_region(bounce_record& r) noexcept {
    if (!region_joined) {
      const std::size_t b = found.region_begin;
      const std::size_t e = found.region_end < b + 2048 ? found.region_end : b + 2048;
      region_text = join_text(span(b, e), main.kind, arena);
      region_joined = true;
    }
    r.diagnostic = region_text;
    r.diagnostic_charset = main.charset;
  }
  /// The reason the text gives once for all recipients; false if none.
  bool take_global(bounce_record& r) noexcept {
    if (found.global_end <= found.global_begin) return false;
    if (!global_joined) {
      global_text = join_text(span(found.global_begin, found.global_end), main.kind, arena);
      global_joined = true;
    }
    r.diagnostic = global_text;
    r.diagnostic_charset = main.charset;
    return true;
  }
  [[nodiscard]] const text_item* item_for(std::string_view address) const noexcept {
    for (std::size_t k = 0; k < found.count; ++k)
      if (same_text(found.items[k].address, address)) return &found.items[k];
    return nullptr;
  }
};

/// Feedback records (RFC 5965): one per Original-Rcpt-To, else the
/// recipients of the reported message (or Hotmail's X-HmXmrOriginalRecipient).
inline void read_feedback_records(reading& rd) noexcept {
  bool any = false;
  if (!rd.parts.feedback.empty()) {
    field_reader fr(rd.parts.feedback, line_end_of(rd.parts.feedback));
    header_field f;
    while (fr.next(f)) {
      if (!iequals(f.name, "original-rcpt-to")) continue;
      any = true;
      if (bounce_record* r = rd.sink.add()) {
        r->source = record_source::feedback;
        r->recipient = strip_type(f.value);
      }
    }
  }
  if (!any) {
    const std::string_view h = rd.parts.original_header;
    const char eol = line_end_of(h);
    std::string_view to = find_field(h, eol, "x-hmxmroriginalrecipient");
    if (to.empty()) to = find_field(h, eol, "to");
    for (std::string_view a = find_address(to); !a.empty(); a = find_address(to)) {
      if (bounce_record* r = rd.sink.add()) {
        r->source = record_source::feedback;
        r->recipient = a;
      }
      to = to.substr(static_cast<std::size_t>(a.data() + a.size() - to.data()));
    }
  }
  // The report's first paragraph says what is reported.
  const std::size_t end =
      paragraph_end(rd.main.text, 0, rd.main.text.size(), line_end_of(rd.main.text));
  const std::string_view intro =
      join_text(rd.span(0, end < 1024 ? end : 1024), rd.main.kind, rd.arena);
  for (std::size_t i = 0; i < rd.summary.stored; ++i) {
    rd.records()[i].diagnostic = intro;
    rd.records()[i].diagnostic_charset = rd.main.charset;
  }
}

/// Records for the addresses of X-Failed-Recipients (Exim, Gmail), with the
/// reason the text gives for each. True when there was one.
inline bool read_failed_recipients(reading& rd) noexcept {
  std::string_view list = rd.top.failed_recipients;
  bool any = false;
  for (std::string_view a = find_address(list); !a.empty(); a = find_address(list)) {
    list = list.substr(static_cast<std::size_t>(a.data() + a.size() - list.data()));
    any = true;
    bounce_record* r = rd.sink.add();
    if (r == nullptr) continue;
    r->source = record_source::failed_recipients;
    r->recipient = a;
    r->action = rd.found.action;
    if (const text_item* it = rd.item_for(a))
      rd.take_item(*it, *r);
    else
      rd.take_region(*r);
  }
  return any;
}

/// Records for the recipients the text names (each once). True when any.
inline bool read_text_records(reading& rd) noexcept {
  bool any = false;
  for (std::size_t k = 0; k < rd.found.count; ++k) {
    const text_item& it = rd.found.items[k];
    bool seen = false;
    for (std::size_t j = 0; j < k && !seen; ++j)
      seen = same_text(rd.found.items[j].address, it.address);
    if (seen) continue;
    any = true;
    bounce_record* r = rd.sink.add();
    if (r == nullptr) continue;
    r->source = record_source::text;
    r->recipient = it.address;
    r->action = rd.found.action;
    rd.take_item(it, *r);
  }
  rd.summary.recipient_count += rd.found.dropped;
  return any;
}

/// Sendmail writes only the first line of a multi-line reply ("552-5.7.0
/// ...") into Diagnostic-Code; its session transcript in the text holds the
/// whole reply, a line each after "<<< ". Those lines joined with single
/// spaces, when `diagnostic` is such a first line and the text has them;
/// empty otherwise. At most four searches of the text.
[[nodiscard]] inline std::string_view whole_reply(std::string_view text,
                                                  std::string_view diagnostic,
                                                  text_arena& arena) noexcept {
  const std::string_view d = trim(diagnostic);
  if (d.size() < 8 || !is_digit(d[0]) || !is_digit(d[1]) || !is_digit(d[2]) || d[3] != '-')
    return {};
  const std::string_view code = d.substr(0, 3);
  for (std::size_t i = 4; i + 4 <= d.size(); ++i)  // the last line is there already
    if (d.compare(i, 3, code) == 0 && d[i + 3] == ' ' && (d[i - 1] == ' ')) return {};
  // The transcript's copy, not the one in "(reason: ...)": at most four looks.
  const std::string_view probe = d.substr(0, d.size() < 48 ? d.size() : 48);
  std::size_t found = text.find(probe);
  for (int looks = 1; found != npos && (found < 4 || text.compare(found - 4, 4, "<<< ") != 0);
       ++looks)
    found = looks < 4 ? text.find(probe, found + probe.size()) : npos;
  if (found == npos) return {};
  const char eol = line_end_of(text);
  const std::size_t mark = arena.start();
  std::size_t at = found - 4;
  while (at < text.size()) {
    std::size_t end = text.find(eol, at);
    if (end == npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    if (line.size() < 8 || line.compare(0, 4, "<<< ") != 0 || line.compare(4, 3, code) != 0 ||
        (line[7] != '-' && line[7] != ' '))
      break;
    bool space = arena.used() > mark;
    for (const char c : line.substr(4)) {
      if (is_space(c)) {
        space = true;
        continue;
      }
      if (space) arena.put(' ');
      space = false;
      arena.put(c);
    }
    at = end + 1;
    if (line[7] == ' ') break;  // "552 5.7.0 ...": the reply's last line
  }
  const std::string_view whole = arena.finish(mark);
  return whole.size() > d.size() ? whole : std::string_view{};
}

/// Completes DSN records from the rest of the bounce: a recipient that is a
/// pipe or a file (Exim's "|/usr/bin/x", "/var/mail/x") becomes the address
/// it was generated from; a missing diagnostic, or one of digits only (a
/// program's exit status, "X-Unix; 71"), is taken from the text (the line
/// that names the recipient, the Status comment, a reason given once, or for
/// a report about one recipient the text itself); so is a missing command.
inline void complete_dsn_records(reading& rd) noexcept {
  std::string_view failed = rd.top.failed_recipients;
  const std::size_t stored = rd.summary.stored;
  for (std::size_t i = 0; i < stored; ++i) {
    bounce_record& r = rd.records()[i];
    const std::string_view listed = find_address(failed);
    if (!listed.empty())
      failed =
          failed.substr(static_cast<std::size_t>(listed.data() + listed.size() - failed.data()));
    if (r.recipient.empty() || r.recipient.find('@') == npos || r.recipient.front() == '|' ||
        r.recipient.front() == '/') {
      if (!listed.empty())
        r.recipient = listed;
      else if (const std::string_view a = find_address(r.recipient); !a.empty())
        r.recipient = a;
    }
    bool says_nothing = true;
    for (const char c : r.diagnostic) says_nothing = says_nothing && !is_alpha(c);
    if (says_nothing) r.diagnostic = {};
    if (i < 8)  // a few records at most: each search reads the text once
      if (const std::string_view whole = whole_reply(rd.main.text, r.diagnostic, rd.arena);
          !whole.empty())
        r.diagnostic = whole;
    const text_item* match = rd.item_for(r.recipient);
    if (match == nullptr && rd.found.count == 1 && stored == 1) match = &rd.found.items[0];
    if (match == nullptr) {
      if (!r.diagnostic.empty()) continue;
      const std::string_view sv = group_field(r.fields, "status");
      const std::size_t open = sv.find('(');
      const std::size_t close = sv.rfind(')');
      if (open != npos && close != npos && close > open + 1)
        r.diagnostic =
            join_text(sv.substr(open + 1, close - open - 1), charset_kind::utf8, rd.arena);
      else if (!rd.take_global(r) && stored == 1 && rd.found.region_end > rd.found.region_begin)
        rd.take_region(r);
      continue;
    }
    if (r.diagnostic.empty()) rd.take_item(*match, r);
    if (r.command == smtp_command::unknown) {
      const text_match tm = find_reply(rd.span(match->diag_begin, match->diag_end));
      r.command = tm.command != smtp_command::unknown ? tm.command : match->command;
    }
  }
}

/// The header of the returned message: its own part, or the header block
/// after the text's copy marker.
inline void read_original_message(reading& rd) noexcept {
  original_message& o = rd.summary.original;
  if (!rd.parts.original_header.empty()) {
    read_original(rd.parts.original_header, line_end_of(rd.parts.original_header), rd.arena, o);
    return;
  }
  if (rd.found.copy_begin == npos) return;
  const std::string_view text = rd.main.text;
  const std::size_t at = text.find(line_end_of(text), rd.found.copy_begin);
  if (at == npos) return;
  std::string_view rest = text.substr(at + 1);
  while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
  const char eol = line_end_of(rest.substr(0, rest.size() < 4096 ? rest.size() : 4096));
  read_original(split_entity(rest, eol).header, eol, rd.arena, o);
}

/// The reader behind parse_bounce().
inline bounce_summary read_bounce(std::string_view message, text_buffer buffer,
                                  bounce_record* records, std::size_t capacity) noexcept {
  bounce_summary s;
  text_arena arena(buffer.data, buffer.size);
  walk_state st;
  st.arena = &arena;
  st.eol = line_end_of(message);
  const entity top_entity = split_entity(message, st.eol);
  top_fields top;
  read_top_fields(top_entity.header, st.eol, top);
  walk_entity(top_entity, 0, st);

  text_part main = st.text_count > 0 ? st.texts[0] : st.html;
  decode_text(main, arena);
  if (st.text_count > 0) st.texts[0] = main;
  text_findings found;
  read_text(main.text, found);
  reading rd{s, record_sink{records, capacity, s}, arena, top, st, main, found, {}, {}};

  // RFC 3464 delivery-status parts, or DSN fields written into a text part.
  bool dsn = false;
  for (std::size_t i = 0; i < st.dsn_count; ++i)
    read_dsn(st.dsn[i], st.eol, arena, rd.sink, s, dsn);
  for (std::size_t i = 0; i < st.text_count && !dsn; ++i) {
    if (!icontains(st.texts[i].text, "final-recipient:")) continue;
    decode_text(st.texts[i], arena);
    read_dsn(st.texts[i].text, line_end_of(st.texts[i].text), arena, rd.sink, s, dsn);
  }
  s.generator = recognise(top, found.phrases, st.dsn_count > 0 ? st.dsn[0] : std::string_view{});
  read_original_message(rd);

  const bool hotmail_complaint =
      !st.original_header.empty() &&
      !find_field(st.original_header, line_end_of(st.original_header), "x-hmxmroriginalrecipient")
           .empty();
  if (!st.feedback.empty() || hotmail_complaint) {
    s.kind = report_kind::feedback;
    const feedback_fields ff = read_feedback_fields(st.feedback, line_end_of(st.feedback));
    s.feedback_type = ff.feedback_type.empty() ? std::string_view{"abuse"} : ff.feedback_type;
    if (!ff.reporting_mta.empty()) s.reporting_mta = ff.reporting_mta;
    if (!ff.arrival_date.empty()) s.arrival_date = ff.arrival_date;
    read_feedback_records(rd);
  } else {
    bool found_any = dsn;
    if (!dsn && icontains(main.text.substr(0, 4096), "\"notificationtype"))
      read_notification(main.text, arena, rd.sink, found_any);
    if (!found_any && !top.failed_recipients.empty()) found_any = read_failed_recipients(rd);
    if (!found_any && found.count > 0 &&
        (found.listed || s.generator != bounce_generator::unknown || from_mail_system(top.from)))
      found_any = read_text_records(rd);
    if (dsn) complete_dsn_records(rd);
    if (found_any)
      s.kind = report_kind::delivery_status;
    else if (looks_like_auto_reply(top, found.phrases))
      s.kind = report_kind::auto_reply;
    if (!found_any) {  // an auto-reply or an ordinary message: no records
      s.recipient_count = 0;
      s.stored = 0;
      if (s.kind == report_kind::auto_reply) s.generator = bounce_generator::unknown;
    }
  }
  // Status, code, command and verdict of each record.
  for (std::size_t i = 0; i < s.stored; ++i) {
    bounce_record& r = records[i];
    std::string_view status_field;
    if (r.source == record_source::dsn) {
      status_field = group_field(r.fields, "status");
    } else if (r.source == record_source::notification) {
      status_field = r.fields;  // read_notification() put the status here
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
