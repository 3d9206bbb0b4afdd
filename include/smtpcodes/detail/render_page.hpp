// Private to render.hpp: the pieces of a page shared by every renderer —
// per-code texts in the catalogue's language, command lists, sentence joining,
// delays, the title, introduction and sections of one code, and its JSON.
#ifndef SMTPCODES_DETAIL_RENDER_PAGE_HPP
#define SMTPCODES_DETAIL_RENDER_PAGE_HPP

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "../command.hpp"
#include "../compare.hpp"
#include "../locale/catalogue.hpp"
#include "../registry.hpp"
#include "render_doc.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// The texts of one code in a catalogue's language: translated where the
/// catalogue has them, the English registry text otherwise.
struct localized_code {
  unsigned code = 0;
  std::string number;  ///< "550"
  const reply_info* row = nullptr;
  std::string_view name, description, when_seen, how_to_fix, reference;
};

inline localized_code localize(unsigned code, const catalogue& cat) {
  localized_code l;
  l.code = code;
  l.number = std::to_string(code);
  l.row = find(code);
  if (l.row == nullptr) return l;
  l.name = l.row->name;
  l.description = l.row->description;
  l.when_seen = l.row->when_seen;
  l.how_to_fix = l.row->how_to_fix;
  l.reference = l.row->reference;
  if (const code_text* t = find_code_text(cat, code)) {
    if (!t->name.empty()) l.name = t->name;
    if (!t->description.empty()) l.description = t->description;
    if (!t->when_seen.empty()) l.when_seen = t->when_seen;
    if (!t->how_to_fix.empty()) l.how_to_fix = t->how_to_fix;
  }
  return l;
}

inline std::size_t class_index(unsigned code) { return static_cast<std::size_t>(classify(code)); }
inline std::size_t category_index(unsigned code) {
  const reply_category c = category(code);
  return c == reply_category::unknown ? 6 : static_cast<std::size_t>(c);
}
inline std::string_view class_name(unsigned code, const catalogue& cat) {
  return cat.class_names[class_index(code)];
}
inline std::string_view category_name(unsigned code, const catalogue& cat) {
  return cat.category_names[category_index(code)];
}

inline std::string_view retry_phrase(std::string_view token, const catalogue& cat) {
  constexpr std::string_view tokens[] = {retry_not_needed, retry_send_next_part, retry_later_token,
                                         retry_after_change, retry_do_not};
  for (std::size_t i = 0; i < 5; ++i)
    if (tokens[i] == token) return cat.retry_phrases[i];
  return cat.retry_phrases[5];
}

/// "HELO, MAIL and RCPT" in the catalogue's words; the greeting, the end of
/// the data and "any command" are translated, command verbs are not.
inline std::string command_list(command_set s, const catalogue& cat) {
  if (s.any()) return std::string(cat.command_any);
  std::vector<std::string_view> names;
  for (unsigned i = 1; i < smtp_command_count; ++i) {
    const auto c = static_cast<smtp_command>(i);
    if (!s.has(c)) continue;
    if (c == smtp_command::connect)
      names.push_back(cat.command_connect);
    else if (c == smtp_command::end_of_data)
      names.push_back(cat.command_end_of_data);
    else
      names.push_back(to_string(c));
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i != 0) out += i + 1 == names.size() ? cat.list_last_separator : cat.list_separator;
    out += names[i];
  }
  return out;
}

/// Joins two sentences with a space, or directly after a full-width stop.
inline std::string join(std::string a, std::string_view b) {
  if (a.empty()) return std::string(b);
  const bool full_width_stop = a.size() >= 3 && (a.compare(a.size() - 3, 3, "\xE3\x80\x82") == 0 ||
                                                 a.compare(a.size() - 3, 3, "\xEF\xBC\x89") == 0);
  if (!full_width_stop) a += ' ';
  a += b;
  return a;
}

inline std::string delay_text(std::chrono::seconds d, const catalogue& cat) {
  const long long s = d.count();
  if (s <= 0) return std::string(cat.delay_none);
  struct unit {
    long long size;
    std::string_view one, many;
  };
  const unit units[] = {{86400, cat.delay_day, cat.delay_days},
                        {3600, cat.delay_hour, cat.delay_hours},
                        {60, cat.delay_minute, cat.delay_minutes},
                        {1, cat.delay_second, cat.delay_seconds}};
  for (const unit& u : units) {
    if (s % u.size != 0) continue;
    const long long n = s / u.size;
    const std::string number = std::to_string(n);
    return fill(n == 1 ? u.one : u.many, {{"n", number}});
  }
  return std::string(cat.delay_none);
}

/// The title of a one-code page.
inline std::string code_title(const localized_code& l, const catalogue& cat) {
  if (l.row != nullptr) return fill(cat.code_title, {{"code", l.number}, {"name", l.name}});
  return fill(cat.unregistered_title, {{"code", l.number}});
}

/// The opening paragraph of a one-code page.
inline std::string code_intro(const localized_code& l, const catalogue& cat) {
  const std::string_view cls = class_name(l.code, cat);
  const std::string_view cat_name = category_name(l.code, cat);
  if (classify(l.code) == reply_class::unknown)
    return fill(cat.malformed_intro, {{"code", l.number}});
  // Unregistered codes repeat the class gist in their Description, so the
  // introduction leaves it out.
  std::string out = l.row != nullptr
                        ? join(fill(cat.class_line, {{"code", l.number}, {"class", cls}}),
                               fill(cat.class_gist[class_index(l.code)], {{"code", l.number}}))
                        : fill(cat.unregistered_intro, {{"code", l.number}, {"class", cls}});
  return join(out, fill(cat.category_line, {{"code", l.number}, {"category", cat_name}}));
}

/// Description, When You See It, How to Fix and Other Meaning of one code;
/// `sub` puts them one level below the caller's heading.
inline void add_code_sections(document& doc, const localized_code& l, const catalogue& cat,
                              smtp_command command, bool sub) {
  const auto head = [&doc, sub](std::string_view t) {
    if (sub)
      doc.subheading(std::string(t));
    else
      doc.heading(std::string(t));
  };
  if (l.row == nullptr) {
    const bool valid = classify(l.code) != reply_class::unknown;
    head(cat.heading_description);
    doc.paragraph(join(fill(cat.class_gist[class_index(l.code)], {{"code", l.number}}),
                       cat.category_meaning[category_index(l.code)]));
    if (!valid) return;
    head(cat.heading_when_seen);
    doc.paragraph(fill(cat.unregistered_when_seen, {{"code", l.number}}));
    head(cat.heading_how_to_fix);
    doc.paragraph(std::string(cat.class_remedy[class_index(l.code)]));
    return;
  }
  head(cat.heading_description);
  doc.paragraph(std::string(l.description));
  head(cat.heading_when_seen);
  doc.paragraph(std::string(l.when_seen));
  head(cat.heading_how_to_fix);
  doc.paragraph(std::string(l.how_to_fix));
  const reply_info& r = *l.row;
  if (r.has_alternate() && (command == smtp_command::unknown || r.alternate_applies(command))) {
    head(cat.heading_other_meaning);
    doc.paragraph(
        join(fill(cat.alternate_line, {{"commands", command_list(r.alternate.commands, cat)},
                                       {"code", l.number},
                                       {"name", r.alternate.name}}),
             r.alternate.description));
    doc.paragraph(std::string(r.alternate.how_to_fix));
  }
}

/// The fields of one code in JSON, inside an object the caller opened.
inline void write_code_json(json_writer& j, const localized_code& l, const catalogue& cat) {
  j.key("code").number(l.code);
  j.key("registered").boolean(l.row != nullptr);
  j.field("name", l.name, true);
  j.field("class", info(classify(l.code)).identifier);
  j.field("class_name", class_name(l.code, cat));
  j.field("category", info(category(l.code)).identifier);
  j.field("category_name", category_name(l.code, cat));
  if (l.row != nullptr) {
    j.field("description", l.description);
    j.field("when_seen", l.when_seen);
    j.field("how_to_fix", l.how_to_fix);
    j.field("reference", l.reference);
  } else {
    j.field("description", join(fill(cat.class_gist[class_index(l.code)], {{"code", l.number}}),
                                cat.category_meaning[category_index(l.code)]));
    j.field("when_seen", fill(cat.unregistered_when_seen, {{"code", l.number}}));
    j.field("how_to_fix", cat.class_remedy[class_index(l.code)]);
    j.field("reference", "RFC 5321 §4.2.1, §4.3.2");
  }
  j.field("commands", commands_of(l.code));
  j.key("closes_connection").boolean(connection_token(l.code) == "closes");
  j.field("retry", retry_token(l.code));
  j.key("alternate");
  if (l.row != nullptr && l.row->has_alternate()) {
    const alternate_meaning& a = l.row->alternate;
    j.begin_object();
    std::string tokens(write_command_tokens(a.commands, nullptr), ' ');
    write_command_tokens(a.commands, tokens.data());
    j.field("commands", tokens);
    j.field("name", a.name);
    j.field("description", a.description);
    j.field("how_to_fix", a.how_to_fix);
    j.field("reference", a.reference);
    j.end_object();
  } else {
    j.null();
  }
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
