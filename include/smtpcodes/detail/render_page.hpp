// Private to render.hpp: the pieces of a page shared by every renderer —
// per-code and per-status texts in the catalogue's language, command and
// status lists, sentence joining, delays, the title, introduction and
// sections of one code, the page of one enhanced status (RFC 3463 §2, §3),
// and the JSON of a code.
#ifndef SMTPCODES_DETAIL_RENDER_PAGE_HPP
#define SMTPCODES_DETAIL_RENDER_PAGE_HPP

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "../command.hpp"
#include "../compare.hpp"
#include "../enhanced_status.hpp"
#include "../locale/catalogue.hpp"
#include "../registry.hpp"
#include "render_doc.hpp"
#include "use_when_table.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// The texts of one code in a catalogue's language: translated where the
/// catalogue has them, the English registry text otherwise.
struct localized_code {
  unsigned code = 0;
  std::string number;  ///< "550"
  const reply_info* row = nullptr;
  std::string_view name, description, when_seen, how_to_fix, use_when, reference;
  std::string_view alternate_name, alternate_description, alternate_how_to_fix;
};

/// `translated` unless it is empty, else `english`.
constexpr std::string_view prefer(std::string_view translated, std::string_view english) {
  return translated.empty() ? english : translated;
}

inline localized_code localize(unsigned code, const catalogue& cat) {
  localized_code l;
  l.code = code;
  l.number = std::to_string(code);
  l.row = find(code);
  if (l.row == nullptr) return l;
  const reply_info& r = *l.row;
  l.name = r.name;
  l.description = r.description;
  l.when_seen = r.when_seen;
  l.how_to_fix = r.how_to_fix;
  l.use_when = use_when_texts[row_of(code)];
  l.reference = r.reference;
  l.alternate_name = r.alternate.name;
  l.alternate_description = r.alternate.description;
  l.alternate_how_to_fix = r.alternate.how_to_fix;
  if (const code_text* t = find_code_text(cat, code)) {
    l.name = prefer(t->name, l.name);
    l.description = prefer(t->description, l.description);
    l.when_seen = prefer(t->when_seen, l.when_seen);
    l.how_to_fix = prefer(t->how_to_fix, l.how_to_fix);
    l.use_when = prefer(t->use_when, l.use_when);
    l.alternate_name = prefer(t->alternate_name, l.alternate_name);
    l.alternate_description = prefer(t->alternate_description, l.alternate_description);
    l.alternate_how_to_fix = prefer(t->alternate_how_to_fix, l.alternate_how_to_fix);
  }
  return l;
}

/// The texts of one enhanced-status registry row in a catalogue's language.
struct localized_status {
  const enhanced_status_info* row = nullptr;
  std::string_view subject, name, description, what_to_do;
};

inline localized_status localize_status(const enhanced_status_info& row, const catalogue& cat) {
  localized_status s;
  s.row = &row;
  s.subject = row.subject < catalogue_subject_count
                  ? prefer(cat.status_subject_names[row.subject], row.subject_name)
                  : row.subject_name;
  s.name = row.detail_name;
  s.description = row.description;
  s.what_to_do = row.what_to_do;
  if (const status_text* t = find_status_text(cat, row.subject, row.detail)) {
    s.name = prefer(t->name, s.name);
    s.description = prefer(t->description, s.description);
    s.what_to_do = prefer(t->what_to_do, s.what_to_do);
  }
  return s;
}

/// Index of an enhanced-status class in the catalogue's status_class_* arrays.
constexpr std::size_t status_class_index(unsigned cls) { return cls == 2 ? 0 : cls == 4 ? 1 : 2; }

/// An advice's `why` in the catalogue's language: a built-in sentence or a
/// provider profile's (found by the row it comes from); any other text, or
/// one the catalogue lacks, as it is.
inline std::string_view localized_why(std::string_view why, const catalogue& cat) {
  const std::size_t i = why_index(why);
  if (i < catalogue_why_count) return prefer(cat.why_texts[i], why);
  const std::size_t p = provider_why_index(why);
  return p < catalogue_provider_why_count ? prefer(cat.provider_why_texts[p], why) : why;
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

/// Items joined with the catalogue's separators: "a, b and c" (or "a, b or c").
inline std::string join_list(const std::vector<std::string_view>& items, const catalogue& cat,
                             bool alternatives = false) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0)
      out += i + 1 == items.size() ? (alternatives ? cat.list_last_or : cat.list_last_separator)
                                   : cat.list_separator;
    out += items[i];
  }
  return out;
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
  return join_list(names, cat);
}

/// The typical enhanced statuses of a registry row ("4.3.2 4.7.0").
inline std::vector<enhanced_status> typical_statuses(const reply_info& r) {
  std::vector<enhanced_status> out;
  std::string_view s = r.typical_status;
  while (!s.empty()) {
    const std::size_t space = s.find(' ');
    if (const auto st = parse_enhanced_status(s.substr(0, space))) out.push_back(*st);
    s = space == std::string_view::npos ? std::string_view{} : s.substr(space + 1);
  }
  return out;
}

/// "4.3.2 or 4.7.0": the typical statuses as alternatives.
inline std::string status_alternatives(const reply_info& r, const catalogue& cat) {
  std::vector<std::string> words;
  for (const enhanced_status s : typical_statuses(r)) words.emplace_back(to_chars(s).view());
  std::vector<std::string_view> views(words.begin(), words.end());
  return join_list(views, cat, true);
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
                                       {"name", l.alternate_name}}),
             l.alternate_description));
    doc.paragraph(std::string(l.alternate_how_to_fix));
  }
}

/// "5.1.1 Bad destination mailbox address" links to the typical enhanced
/// statuses of a registered code, under their heading; nothing when it has none.
inline void add_typical_statuses(document& doc, const localized_code& l, const catalogue& cat) {
  if (l.row == nullptr) return;
  std::vector<std::string> items;
  std::vector<link_target> targets;
  for (const enhanced_status s : typical_statuses(*l.row)) {
    const status_lookup found = lookup(s);
    if (found.info == nullptr || found.level != match_level::exact) continue;
    const localized_status ls = localize_status(*found.info, cat);
    items.push_back(std::string(to_chars(s).view()) + ' ' + std::string(ls.name));
    targets.push_back({link_target::kind::status, s.subject, s.detail});
  }
  if (items.empty()) return;
  doc.heading(std::string(cat.heading_typical_statuses));
  doc.links(std::move(items), std::move(targets));
}

/// "X.1.1" for a registry row.
inline std::string status_pattern(const enhanced_status_info& row) {
  return "X." + std::to_string(row.subject) + '.' + std::to_string(row.detail);
}

/// The title of an enhanced-status page.
inline std::string status_title(const localized_status& s, const catalogue& cat) {
  return fill(cat.status_title, {{"status", status_pattern(*s.row)}, {"name", s.name}});
}

/// The page of one enhanced-status registry row: what it means, what to do,
/// the classes it is used with, the reply codes the registry pairs it with
/// (RFC 5248 §2.1) and its reference.
inline document status_document(const enhanced_status_info& row, const catalogue& cat) {
  const localized_status s = localize_status(row, cat);
  const std::string pattern = status_pattern(row);
  document doc;
  doc.lang = std::string(cat.tag);
  doc.title(status_title(s, cat));
  doc.paragraph(fill(cat.status_intro, {{"status", pattern}, {"subject", s.subject}}));
  doc.heading(std::string(cat.heading_description));
  doc.paragraph(std::string(s.description));
  doc.heading(std::string(cat.heading_what_to_do));
  doc.paragraph(std::string(s.what_to_do));
  if (row.deprecated) doc.paragraph(std::string(cat.status_deprecated));
  std::vector<std::pair<std::string, std::string>> fields;
  fields.emplace_back(cat.label_subject,
                      "X." + std::to_string(row.subject) + ".x " + std::string(s.subject));
  fields.emplace_back(cat.label_usage, cat.usage_names[static_cast<std::size_t>(row.usage) % 7]);
  doc.fields(std::move(fields));
  doc.heading(std::string(cat.heading_related_codes));
  if (row.any_basic_code) {
    doc.paragraph(std::string(cat.status_codes_any));
  } else {
    for (unsigned digit = 2; digit <= 5; ++digit)
      if (((row.basic_class_mask >> digit) & 1u) != 0)
        doc.paragraph(fill(cat.status_codes_class, {{"digit", std::to_string(digit)}}));
    std::vector<std::string> items;
    std::vector<link_target> targets;
    for (std::size_t i = 0; i < row.basic_code_count && i < row.basic_codes.size(); ++i) {
      const unsigned code = row.basic_codes[i];
      const localized_code l = localize(code, cat);
      items.push_back(l.row != nullptr ? l.number + ' ' + std::string(l.name) : l.number);
      targets.push_back(l.row != nullptr ? link_target{link_target::kind::code, code, 0}
                                         : link_target{});
    }
    if (!items.empty())
      doc.links(std::move(items), std::move(targets));
    else if (row.basic_class_mask == 0)
      doc.paragraph(std::string(cat.status_codes_none));
  }
  doc.heading(std::string(cat.heading_learn_more));
  doc.paragraph(std::string(row.reference));
  return doc;
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
    j.field("use_when", l.use_when);
    j.field("reference", l.reference);
  } else {
    j.field("description", join(fill(cat.class_gist[class_index(l.code)], {{"code", l.number}}),
                                cat.category_meaning[category_index(l.code)]));
    j.field("when_seen", fill(cat.unregistered_when_seen, {{"code", l.number}}));
    j.field("how_to_fix", cat.class_remedy[class_index(l.code)]);
    j.field("use_when", "", true);
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
    j.field("name", l.alternate_name);
    j.field("description", l.alternate_description);
    j.field("how_to_fix", l.alternate_how_to_fix);
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
