// Reads the human-readable text of a bounce with the phrase tables of
// detail/bounce_generators.hpp: where the recipients are listed, which lines
// name a recipient, and for each the text that gives the reason and the SMTP
// command. One reader serves every generator; the tables hold the wording.
#ifndef SMTPCODES_DETAIL_BOUNCE_TEXT_HPP
#define SMTPCODES_DETAIL_BOUNCE_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bounce_phrases.hpp"
#include "bounce_types.hpp"
#include "mail_address.hpp"
#include "mime.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

/// A line of punctuation only ("*****", "-----", "=====") frames text and
/// separates like a blank line.
[[nodiscard]] constexpr bool is_rule_line(std::string_view line) noexcept {
  bool any = false;
  for (const char c : line) {
    if (is_space(c)) continue;
    if (c != '-' && c != '=' && c != '*' && c != '_' && c != '#' && c != '~' && c != '|')
      return false;
    any = true;
  }
  return any;
}
/// A banner framed by runs of '*', '-' or '=' ("***** End of message *****").
[[nodiscard]] constexpr bool is_banner_line(std::string_view line) noexcept {
  line = trim(line);
  if (line.size() < 8) return false;
  const char c = line.front();
  if ((c != '*' && c != '-' && c != '=') || line.back() != c) return false;
  return line[1] == c && line[2] == c && line[line.size() - 2] == c && line[line.size() - 3] == c;
}
[[nodiscard]] constexpr bool is_empty_line(std::string_view line) noexcept {
  return is_blank_line(line) || is_rule_line(line) || is_banner_line(line);
}

/// Whether `line` starts (after blanks and a frame of '-', '|', '=') with a
/// copy marker: the returned message begins here.
[[nodiscard]] constexpr bool is_copy_marker_line(std::string_view line) noexcept {
  std::size_t i = 0;
  while (i < line.size() && (is_space(line[i]) || line[i] == '-' || line[i] == '|' ||
                             line[i] == '=' || line[i] == '*'))
    ++i;
  const std::string_view rest = line.substr(i);
  for (const std::string_view m : copy_markers)
    if (istarts(rest, m)) return true;
  return false;
}

/// Whether `line` opens a Sendmail transcript's session with another host
/// ("While talking to mx.example.com:", "... while talking to ..."): what
/// follows is another recipient's.
[[nodiscard]] constexpr bool is_session_line(std::string_view line) noexcept {
  std::size_t i = 0;
  while (i < line.size() && (is_space(line[i]) || line[i] == '.')) ++i;
  return istarts(line.substr(i), "while talking to ");
}

/// One recipient found in the text: its address, and the spans of the text
/// that give its reason. Offsets are into the text.
struct text_item {  // no member initialisers: read_text() sets every member it stores
  std::string_view address;
  std::size_t line_begin, line_end;  ///< the line that names it
  std::size_t rest;                  ///< where the line goes on after the address
  bool by_marker;                    ///< named after an inline marker, not at line start
  bool states_reason;                ///< that marker's line is the reason
  std::size_t diag_begin, diag_end;  ///< its reason, as lines to join
  smtp_command command;
};

/// What read_text() found in a human-readable bounce.
struct text_findings {
  static constexpr std::size_t max_items = 64;
  text_item items[max_items];
  std::size_t count = 0;
  std::size_t dropped = 0;  ///< items beyond max_items
  bool listed = false;      ///< a list marker or inline marker was found
  dsn_action action = dsn_action::failed;
  std::size_t region_begin = 0, region_end = 0;
  std::size_t copy_begin = npos;                 ///< where the returned message begins, if marked
  std::size_t global_begin = 0, global_end = 0;  ///< a reason given once for all, if any
  phrase_hits phrases;                           ///< the table phrases in the text, in order
};

/// The end of the paragraph that starts at `from`: lines are taken until an
/// empty line or a transcript's next session (once there is text), a copy
/// marker or `to` (the next recipient's line, or the end of the region), at
/// most 2 KiB of them.
/// Leading empty lines are skipped, unless the paragraph must be `adjacent`.
/// Returns `from` when there is no text.
[[nodiscard]] inline std::size_t paragraph_end(std::string_view text, std::size_t from,
                                               std::size_t to, char eol,
                                               bool adjacent = false) noexcept {
  line_reader r(text.substr(0, to), eol);
  r.seek(from);
  std::string_view line;
  std::size_t end = from;
  bool have_text = false;
  while (r.next(line)) {
    if (is_empty_line(line) || is_copy_marker_line(line)) {
      if (have_text || adjacent) break;
      continue;
    }
    if (have_text && is_session_line(line)) break;  // the next recipient's session
    have_text = true;
    end = r.start() + line.size();
    if (end - from > 2048) break;
  }
  return have_text ? end : from;
}

/// The start of the line after the one that ends at `line_end`.
[[nodiscard]] constexpr std::size_t next_line_start(std::string_view text, std::size_t line_end,
                                                    char eol) noexcept {
  std::size_t i = line_end;
  if (eol == '\n' && i < text.size() && text[i] == '\r') ++i;
  if (i < text.size() && text[i] == eol) ++i;
  return i;
}
/// The start of the line that holds `at`.
[[nodiscard]] constexpr std::size_t line_start(std::string_view text, std::size_t at,
                                               char eol) noexcept {
  while (at > 0 && text[at - 1] != eol) --at;
  return at;
}
/// The paragraph that ends before the line at `line_begin` (empty lines in
/// between skipped), not reaching below `floor`.
[[nodiscard]] inline bool paragraph_before(std::string_view text, std::size_t line_begin,
                                           std::size_t floor, char eol, std::size_t& begin,
                                           std::size_t& end) noexcept {
  std::size_t pe = line_begin;
  // Skip the empty lines just above.
  while (pe > floor) {
    const std::size_t ls = line_start(text, pe - 1, eol);
    const std::size_t s = ls < floor ? floor : ls;
    if (!is_empty_line(text.substr(s, pe - s))) break;
    pe = s;
  }
  std::size_t pb = pe;
  while (pb > floor) {
    const std::size_t ls = line_start(text, pb - 1, eol);
    const std::size_t s = ls < floor ? floor : ls;
    if (is_empty_line(text.substr(s, pb - s))) break;
    pb = s;
  }
  while (pe > pb && is_space(text[pe - 1])) --pe;
  if (pe <= pb) return false;
  begin = pb;
  end = pe;
  return true;
}

/// The recipient named by a line: the address at its start (after blanks,
/// labels such as "Recipient:" or bullets, and '<' or '"'), or after an
/// inline marker. `rest` is where the line goes on after it.
/// The phrase hits passed in are those that start within the line, whose
/// first byte is at `line_offset` in the scanned text.
[[nodiscard]] inline std::string_view recipient_in_line(
    std::string_view line, std::size_t line_offset, const phrase_hit* hits_begin,
    const phrase_hit* hits_end, std::size_t& rest, bool& by_marker, bool& states_reason) noexcept {
  by_marker = false;
  states_reason = false;
  std::size_t i = 0;
  while (i < line.size() && is_blank(line[i])) ++i;
  // A Sendmail transcript line: "550 <a@b>... User unknown".
  bool transcript = false;
  if (i + 4 < line.size() && is_digit(line[i]) && is_digit(line[i + 1]) && is_digit(line[i + 2]) &&
      line[i + 3] == ' ' && line[i + 4] == '<') {
    i += 4;
    transcript = true;
  }
  for (bool again = !transcript; again;) {
    again = false;
    for (const std::string_view label : recipient_labels) {
      if (istarts(line.substr(i), label)) {
        i += label.size();
        while (i < line.size() && is_blank(line[i])) ++i;
        again = true;
        break;
      }
    }
  }
  std::size_t at = i;
  if (at < line.size() && (line[at] == '<' || line[at] == '\'')) ++at;
  std::size_t n = address_length(line, at);
  if (n == 0 && at < line.size() && line[at] == '"') {  // "a@b": as GMX quotes it
    n = address_length(line, at + 1);
    if (n != 0 && at + 1 + n < line.size() && line[at + 1 + n] == '"')
      ++at;
    else
      n = 0;
  }
  if (n != 0) {
    rest = at + n;
    while (rest < line.size() && (line[rest] == '>' || line[rest] == '"' || line[rest] == '\''))
      ++rest;
    // The address must stand alone: followed by the line end, ':' or a blank.
    if (rest < line.size() && !is_blank(line[rest]) && line[rest] != ':' && line[rest] != ',' &&
        line[rest] != '.' && line[rest] != '(' && line[rest] != '[' && line[rest] != '<' &&
        line[rest] != ';')
      return {};
    if (transcript) {
      if (line.substr(rest, 3) != "...") return {};
      rest += 3;
    }
    rest = skip_echoes(line, rest, line.substr(at, n));
    return line.substr(at, n);
  }
  // After an inline marker: the hits of the scan within this line.
  for (const phrase_hit* h = hits_begin; h != hits_end; ++h) {
    if (h->kind != phrase_kind::inline_recipient) continue;
    std::size_t a = h->end - line_offset;
    while (a < line.size() &&
           (is_blank(line[a]) || line[a] == ':' || line[a] == '<' || line[a] == '"'))
      ++a;
    const std::size_t len = address_length(line, a);
    if (len == 0) continue;
    rest = a + len;
    while (rest < line.size() && (line[rest] == '>' || line[rest] == '"')) ++rest;
    by_marker = true;
    states_reason = inline_markers[h->index].states_reason;
    return line.substr(a, len);
  }
  return {};
}

/// The best reason marker among the hits in [from, to) (the table's order is
/// the preference), and the paragraph after it: false when none is there.
[[nodiscard]] inline bool reason_in(std::string_view text, const phrase_hits& hits,
                                    std::size_t from, std::size_t to, char eol, std::size_t& begin,
                                    std::size_t& end) noexcept {
  const phrase_hit* best = nullptr;
  for (std::size_t k = 0; k < hits.count; ++k) {
    const phrase_hit& h = hits.hits[k];
    if (h.begin < from) continue;
    if (h.begin >= to) break;
    if (h.kind != phrase_kind::reason || h.end > to) continue;
    if (best == nullptr || h.index < best->index) best = &h;
  }
  if (best == nullptr) return false;
  std::size_t after = best->end;
  while (after < to && (is_blank(text[after]) || text[after] == '\'')) ++after;
  const std::size_t e = paragraph_end(text, after, to, eol);
  if (e <= after) return false;
  begin = after;
  end = e;
  return true;
}

/// The command that the hits in [from, to) name through command_markers.
[[nodiscard]] inline smtp_command command_in(std::string_view text, const phrase_hits& hits,
                                             std::size_t from, std::size_t to) noexcept {
  for (std::size_t k = 0; k < hits.count; ++k) {
    const phrase_hit& h = hits.hits[k];
    if (h.begin < from) continue;
    if (h.begin >= to) break;
    if (h.kind != phrase_kind::command) continue;
    const command_marker& m = command_markers[h.index];
    if (m.command != smtp_command::unknown) return m.command;
    // The command is the first word on a following line.
    std::size_t w = h.end;
    while (w < to && is_space(text[w])) ++w;
    std::size_t e = w;
    while (e < to && is_alpha(text[e])) ++e;
    const smtp_command c = parse_command(text.substr(w, e - w));
    if (c != smtp_command::unknown) return c;
  }
  return smtp_command::unknown;
}

/// Where the returned message begins: the first line that starts with a
/// copy marker, or npos.
[[nodiscard]] inline std::size_t find_copy_marker(std::string_view text, char eol) noexcept {
  line_reader lines(text, eol);
  std::string_view line;
  while (lines.next(line))
    if (is_copy_marker_line(line)) return lines.start();
  return npos;
}

/// How far the phrases are looked for: the text before the returned message,
/// at most 64 KiB.
inline constexpr std::size_t max_scan = 65536;

/// Reads a human-readable bounce: scans its phrases once (into
/// `out.phrases`), then finds the list of recipients, the lines that name
/// them, and for each the reason and the command.
inline void read_text(std::string_view text, text_findings& out) noexcept {
  out.count = 0;
  out.dropped = 0;
  out.listed = false;
  out.action = dsn_action::failed;
  out.region_begin = out.region_end = 0;
  out.global_begin = out.global_end = 0;
  const char eol = line_end_of(text);
  out.copy_begin = find_copy_marker(text, eol);
  const std::size_t scan_end = out.copy_begin == npos ? text.size() : out.copy_begin;
  // The scan takes in the copy marker's line too: some generators are known by it.
  std::size_t scan_limit = out.copy_begin == npos ? text.size() : text.find(eol, out.copy_begin);
  if (scan_limit == npos || scan_limit > max_scan)
    scan_limit = text.size() < max_scan ? text.size() : max_scan;
  scan_phrases(text, scan_limit, out.phrases);
  const phrase_hits& hits = out.phrases;
  // Where the list of recipients begins (the first list marker near the top),
  // and what happened to them.
  std::size_t list_at = npos, list_end = 0;
  for (std::size_t k = 0; k < hits.count && hits.hits[k].begin < 4096; ++k) {
    const phrase_hit& h = hits.hits[k];
    if (h.kind != phrase_kind::list) continue;
    list_at = h.begin;
    list_end = h.end;
    out.action = list_markers[h.index].action;
    break;
  }
  out.listed = list_at != npos;
  // The region: from the end of the list marker's line to the returned message.
  line_reader lines(text.substr(0, scan_end), eol);
  std::string_view line;
  std::size_t region_begin = 0;
  if (list_at != npos) {
    lines.seek(list_end);
    if (lines.next(line)) region_begin = lines.position();
    // Words after the marker on its own line ("... failed: a@b") belong to the region.
    for (std::size_t k = list_end; k < region_begin; ++k)
      if (text[k] == '@') {
        region_begin = list_end;
        break;
      }
  }
  out.region_begin = region_begin;
  out.region_end = scan_end;
  lines.seek(region_begin);
  std::size_t hit = 0;  // the first hit not before the current line
  while (lines.next(line)) {
    const std::size_t at = lines.start();
    while (hit < hits.count && hits.hits[hit].begin < at) ++hit;
    std::size_t line_hits = hit;
    while (line_hits < hits.count && hits.hits[line_hits].begin < at + line.size()) ++line_hits;
    std::size_t rest = 0;
    bool by_marker = false, states_reason = false;
    const std::string_view address = recipient_in_line(
        line, at, hits.hits + hit, hits.hits + line_hits, rest, by_marker, states_reason);
    if (address.empty()) continue;
    if (by_marker) out.listed = true;
    // The same recipient named again at once (">>> RCPT TO:<a@b>" under
    // "Recipient: <a@b>"): one block.
    if (out.count > 0 && same_text(out.items[out.count - 1].address, address)) continue;
    if (out.count == text_findings::max_items) {
      ++out.dropped;
      continue;
    }
    text_item& it = out.items[out.count++];
    it.address = address;
    it.line_begin = at;
    it.line_end = at + line.size();
    it.rest = at + rest;
    it.by_marker = by_marker;
    it.states_reason = states_reason;
    it.diag_begin = it.diag_end = 0;
    it.command = smtp_command::unknown;
  }
  // Without a list marker, lines that start with an address are recipients
  // only when no phrase named one (a greeting "a@b, ..." names the sender).
  if (list_at == npos) {
    bool any_marker = false;
    for (std::size_t k = 0; k < out.count; ++k) any_marker = any_marker || out.items[k].by_marker;
    if (any_marker) {
      std::size_t kept = 0;
      for (std::size_t k = 0; k < out.count; ++k)
        if (out.items[k].by_marker) out.items[kept++] = out.items[k];
      out.count = kept;
    }
  }
  // A reason given once, before or after the list (Lotus Notes, MailMarshal).
  std::size_t gb = 0, ge = 0;
  if (reason_in(text, hits, 0, out.region_end, eol, gb, ge)) {
    out.global_begin = gb;
    out.global_end = ge;
  }
  // Each recipient's reason, the first of: a reason marker in its block; the
  // rest of its line and the lines right under it; for a recipient named
  // after a phrase, that line (when the phrase is the reason) or the next
  // paragraph; for one named at the start of a line, the paragraph before it
  // (or before the list) and a reason given once for all.
  for (std::size_t k = 0; k < out.count; ++k) {
    text_item& it = out.items[k];
    const std::size_t block_end = k + 1 < out.count ? out.items[k + 1].line_begin : out.region_end;
    std::size_t b = 0, e = 0;
    if (reason_in(text, hits, it.rest, block_end, eol, b, e)) {
      it.diag_begin = b;
      it.diag_end = e;
    } else {
      std::size_t from = it.by_marker ? it.line_end : it.rest;
      while (from < it.line_end && (is_blank(text[from]) || text[from] == ':' ||
                                    text[from] == '-' || text[from] == '.' || text[from] == ','))
        ++from;
      if (from >= it.line_end) from = next_line_start(text, it.line_end, eol);
      it.diag_begin = from;
      it.diag_end = paragraph_end(text, from, block_end, eol, true);
      if (it.diag_end <= it.diag_begin && it.by_marker) {
        if (it.states_reason) {
          it.diag_begin = it.line_begin;
          it.diag_end = it.line_end;
        } else {
          it.diag_end = paragraph_end(text, from, block_end, eol, false);
          if (it.diag_end <= it.diag_begin) {
            it.diag_begin = it.line_begin;
            it.diag_end = it.line_end;
          }
        }
      } else if (it.diag_end <= it.diag_begin) {
        std::size_t pb = 0, pe = 0;
        if (k == 0 && paragraph_before(text, it.line_begin, out.region_begin, eol, pb, pe)) {
          it.diag_begin = pb;
          it.diag_end = pe;
        } else if (k == 0 && list_at != npos &&
                   paragraph_before(text, line_start(text, list_at, eol), 0, eol, pb, pe)) {
          it.diag_begin = pb;
          it.diag_end = pe;
        } else if (out.global_end > out.global_begin) {
          it.diag_begin = out.global_begin;
          it.diag_end = out.global_end;
        }
      }
    }
    it.command = command_in(text, hits, it.line_begin, block_end);
  }
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
