// Pages for people: a comparison of two codes, the explanation of one code,
// the explanation of a parsed reply (code, enhanced status, advice) and the
// list of registered codes, as plain text, Markdown, JSON or HTML, in the
// language of the catalogue passed per call. Allocates; opt-in.
#ifndef SMTPCODES_RENDER_HPP
#define SMTPCODES_RENDER_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "advice.hpp"
#include "compare.hpp"
#include "detail/render_doc.hpp"
#include "detail/render_page.hpp"
#include "enhanced_status.hpp"
#include "locale/en.hpp"
#include "registry.hpp"
#include "reply.hpp"
#include "retry.hpp"
#include "sanitize.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Output formats. JSON is one object (an array for render_code_list).
enum class format : std::uint8_t { text, markdown, json, html };

[[nodiscard]] constexpr std::string_view to_string(format f) noexcept {
  switch (f) {
    case format::text:
      return "text";
    case format::markdown:
      return "markdown";
    case format::json:
      return "json";
    case format::html:
      return "html";
  }
  return "text";
}
/// "text" (or "txt"), "markdown" (or "md"), "json", "html"; nullopt otherwise.
[[nodiscard]] constexpr std::optional<format> parse_format(std::string_view s) noexcept {
  if (s == "text" || s == "txt") return format::text;
  if (s == "markdown" || s == "md") return format::markdown;
  if (s == "json") return format::json;
  if (s == "html") return format::html;
  return std::nullopt;
}

namespace detail {

inline std::string emit(const document& doc, format fmt) {
  switch (fmt) {
    case format::markdown:
      return emit_markdown(doc);
    case format::html:
      return emit_html(doc);
    case format::text:
    case format::json:
      break;
  }
  return emit_text(doc);
}

}  // namespace detail

/// `s` as a quoted JSON string: quotes, backslash and control characters
/// escaped (and < > & as `\u` escapes); for programs that write their own JSON.
[[nodiscard]] inline std::string to_json_string(std::string_view s) {
  return '"' + detail::json_escape(s) + '"';
}

namespace detail {

/// The sentences of a comparison page, shared by every format.
struct comparison_texts {
  localized_code a, b;
  std::string title, intro;
  std::vector<std::string> key;    ///< Key Differences: one short sentence per difference
  std::vector<std::string> which;  ///< When to Use Which: the deciding question, then each code
  std::vector<std::string> refs;   ///< Learn More
};

inline comparison_texts comparison_sentences(const comparison& cmp, const catalogue& cat) {
  comparison_texts t;
  const unsigned ua = to_unsigned(cmp.first), ub = to_unsigned(cmp.second);
  t.a = localize(ua, cat);
  t.b = localize(ub, cat);
  const localized_code &a = t.a, &b = t.b;
  const std::string_view class_a = class_name(ua, cat), class_b = class_name(ub, cat);
  t.title = fill(cat.compare_title,
                 {{"a", a.number}, {"name_a", a.name}, {"b", b.number}, {"name_b", b.name}});
  if (ua == ub) {
    t.intro = code_intro(a, cat);
  } else if (cmp.same_class) {
    t.intro = fill(cat.intro_same, {{"a", a.number},
                                    {"name_a", a.name},
                                    {"b", b.number},
                                    {"name_b", b.name},
                                    {"class", class_a}});
    t.intro = join(t.intro, cat.class_gist_both[class_index(ua)]);
  } else {
    t.intro = fill(cat.intro_different, {{"a", a.number},
                                         {"name_a", a.name},
                                         {"class_a", class_a},
                                         {"b", b.number},
                                         {"name_b", b.name},
                                         {"class_b", class_b}});
    t.intro = join(t.intro, fill(cat.class_gist[class_index(ua)], {{"code", a.number}}));
    t.intro = join(t.intro,
                   fill(cat.in_contrast,
                        {{"text", fill(cat.class_gist[class_index(ub)], {{"code", b.number}})}}));
  }

  // Key Differences: what differs, briefly; the descriptions, when-seen and
  // how-to-fix texts are on the page already and are not repeated.
  for (const difference& d : cmp.differences) {
    switch (d.what) {
      case aspect::reply_class:
        t.key.push_back(
            fill(cat.diff_class,
                 {{"a", a.number}, {"class_a", class_a}, {"b", b.number}, {"class_b", class_b}}));
        break;
      case aspect::category:
        t.key.push_back(fill(cat.diff_category, {{"a", a.number},
                                                 {"cat_a", category_name(ua, cat)},
                                                 {"b", b.number},
                                                 {"cat_b", category_name(ub, cat)}}));
        break;
      case aspect::meaning:
        if (a.row != nullptr && b.row != nullptr)
          t.key.push_back(
              fill(cat.diff_meaning,
                   {{"a", a.number}, {"name_a", a.name}, {"b", b.number}, {"name_b", b.name}}));
        break;
      case aspect::retry:
        t.key.push_back(fill(cat.diff_retry, {{"a", a.number},
                                              {"retry_a", retry_phrase(d.first, cat)},
                                              {"b", b.number},
                                              {"retry_b", retry_phrase(d.second, cat)}}));
        break;
      case aspect::connection: {
        const auto phrase = [&cat](std::string_view token) {
          return token == "closes" ? cat.connection_closes : cat.connection_stays_open;
        };
        t.key.push_back(fill(cat.diff_connection, {{"a", a.number},
                                                   {"conn_a", phrase(d.first)},
                                                   {"b", b.number},
                                                   {"conn_b", phrase(d.second)}}));
        break;
      }
      case aspect::commands:
        t.key.push_back(
            fill(cat.diff_commands, {{"a", a.number},
                                     {"cmds_a", command_list(cmp.first_commands, cat)},
                                     {"b", b.number},
                                     {"cmds_b", command_list(cmp.second_commands, cat)}}));
        break;
      case aspect::when_seen:  // in each code's When You See It
      case aspect::remedy:     // in each code's How to Fix
      case aspect::reference:  // under Learn More
        break;
    }
  }
  if (ua != ub && a.row != nullptr && b.row != nullptr) {
    const std::string sa = status_alternatives(*a.row, cat), sb = status_alternatives(*b.row, cat);
    if (sa != sb) {
      if (!sa.empty() && !sb.empty())
        t.key.push_back(
            fill(cat.diff_status,
                 {{"a", a.number}, {"status_a", sa}, {"b", b.number}, {"status_b", sb}}));
      else if (!sa.empty())
        t.key.push_back(
            fill(cat.diff_status_first_only, {{"a", a.number}, {"status_a", sa}, {"b", b.number}}));
      else
        t.key.push_back(fill(cat.diff_status_second_only,
                             {{"a", a.number}, {"b", b.number}, {"status_b", sb}}));
    }
    if (a.row->status != b.row->status)
      t.key.push_back(
          fill(cat.diff_spec,
               {{"a", a.number},
                {"spec_a", cat.spec_names[static_cast<std::size_t>(a.row->status) % 3]},
                {"b", b.number},
                {"spec_b", cat.spec_names[static_cast<std::size_t>(b.row->status) % 3]}}));
  }
  if (cmp.differences.empty())
    t.key.push_back(fill(cat.no_differences, {{"a", a.number}, {"b", b.number}}));

  // When to Use Which: the question that decides between the two, then the
  // situation each code is meant for.
  const bool one = ua == ub;
  if (!one) {
    if (cmp.same_class)
      t.which.push_back(fill(cat.which_same_class, {{"class", class_a}}));
    else
      t.which.push_back(
          fill(cat.which_by_outcome, {{"a", a.number},
                                      {"outcome_a", cat.class_outcome[class_index(ua)]},
                                      {"b", b.number},
                                      {"outcome_b", cat.class_outcome[class_index(ub)]}}));
  }
  for (const localized_code* l : {&a, &b}) {
    if (one && l == &b) break;
    t.which.push_back(
        l->row != nullptr
            ? fill(cat.which_item, {{"code", l->number}, {"name", l->name}, {"text", l->use_when}})
            : fill(cat.which_item, {{"code", l->number},
                                    {"name", class_name(l->code, cat)},
                                    {"text", cat.class_remedy[class_index(l->code)]}}));
    t.refs.push_back(
        fill(cat.reference_item,
             {{"code", l->number},
              {"text", l->row != nullptr ? l->reference : "RFC 5321 §4.2.1, §4.3.2"}}));
  }
  return t;
}

/// A comparison page as a document (text, Markdown and HTML share it).
inline document comparison_document(const comparison& cmp, const catalogue& cat) {
  const comparison_texts t = comparison_sentences(cmp, cat);
  document doc;
  doc.lang = std::string(cat.tag);
  doc.title(t.title);
  doc.paragraph(t.intro);
  const bool one = t.a.code == t.b.code;
  for (const localized_code* l : {&t.a, &t.b}) {
    if (one && l == &t.b) break;
    doc.heading(code_title(*l, cat), l->row != nullptr
                                         ? link_target{link_target::kind::code, l->code, 0}
                                         : link_target{});
    add_code_sections(doc, *l, cat, smtp_command::unknown, true);
  }
  doc.heading(std::string(cat.heading_key_differences));
  doc.ordered(t.key);
  doc.heading(std::string(cat.heading_when_to_use));
  for (const std::string& w : t.which) doc.paragraph(w);
  doc.heading(std::string(cat.heading_learn_more));
  for (const std::string& r : t.refs) doc.paragraph(r);
  return doc;
}

/// The page of one code as a document.
inline document explanation_document(unsigned code, const catalogue& cat, smtp_command command) {
  const localized_code l = localize(code, cat);
  document doc;
  doc.lang = std::string(cat.tag);
  doc.title(code_title(l, cat));
  doc.paragraph(code_intro(l, cat));
  add_code_sections(doc, l, cat, command, false);
  add_typical_statuses(doc, l, cat);
  if (classify(code) != reply_class::unknown) {
    doc.heading(std::string(cat.heading_learn_more));
    doc.paragraph(fill(cat.reference_item,
                       {{"code", l.number},
                        {"text", l.row != nullptr ? l.reference : "RFC 5321 §4.2.1, §4.3.2"}}));
  }
  return doc;
}

}  // namespace detail

/// A comparison page: title, introduction, each code's Description, When You
/// See It and How to Fix, the numbered Key Differences (briefly what differs:
/// class, category, meaning, retry, connection, commands, typical enhanced
/// status, standard status), When to Use Which (the question that decides
/// between the two, then the situation each is meant for) and Learn More.
/// Every text is in the catalogue's language; texts a catalogue lacks fall
/// back to English.
[[nodiscard]] inline std::string render_comparison(const comparison& cmp,
                                                   const catalogue& cat = locale::en,
                                                   format fmt = format::text) {
  if (fmt != format::json) return detail::emit(detail::comparison_document(cmp, cat), fmt);
  const detail::comparison_texts t = detail::comparison_sentences(cmp, cat);
  detail::json_writer j;
  j.begin_object();
  j.field("lang", cat.tag);
  j.field("title", t.title);
  j.field("introduction", t.intro);
  j.key("first").begin_object();
  detail::write_code_json(j, t.a, cat);
  j.end_object();
  j.key("second").begin_object();
  detail::write_code_json(j, t.b, cat);
  j.end_object();
  j.key("same_class").boolean(cmp.same_class);
  j.key("differences").begin_array();
  for (const difference& d : cmp.differences) {
    j.begin_object();
    j.field("aspect", to_string(d.what));
    j.field("first", d.first);
    j.field("second", d.second);
    j.end_object();
  }
  j.end_array();
  j.key("shared").begin_array();
  for (const difference& d : cmp.shared) {
    j.begin_object();
    j.field("aspect", to_string(d.what));
    j.field("value", d.first);
    j.end_object();
  }
  j.end_array();
  j.key("key_differences").begin_array();
  for (const std::string& k : t.key) j.string(k);
  j.end_array();
  j.key("when_to_use").begin_array();
  for (const std::string& w : t.which) j.string(w);
  j.end_array();
  j.end_object();
  return j.finish();
}

/// The page of one code: registered codes get their registry texts (in the
/// catalogue's language) and their typical enhanced statuses; other numbers
/// from 100 to 599 the generic texts of their class and category (RFC 5321
/// §4.2.1, §4.3.2); anything else is explained as not a reply code.
/// `command`, when known, hides a second meaning that does not apply to it.
[[nodiscard]] inline std::string render_explanation(unsigned code,
                                                    const catalogue& cat = locale::en,
                                                    format fmt = format::text,
                                                    smtp_command command = smtp_command::unknown) {
  if (fmt != format::json)
    return detail::emit(detail::explanation_document(code, cat, command), fmt);
  const detail::localized_code l = detail::localize(code, cat);
  detail::json_writer j;
  j.begin_object();
  j.field("lang", cat.tag);
  j.field("title", detail::code_title(l, cat));
  j.field("introduction", detail::code_intro(l, cat));
  detail::write_code_json(j, l, cat);
  j.end_object();
  return j.finish();
}

/// The page of one enhanced-status registry row (X.subject.detail): its
/// meaning, what to do, the classes it is used with and the reply codes the
/// IANA registry pairs it with. nullopt-free: `row` comes from
/// all_enhanced_statuses() or find().
[[nodiscard]] inline std::string render_enhanced_status(const enhanced_status_info& row,
                                                        const catalogue& cat = locale::en,
                                                        format fmt = format::text) {
  if (fmt != format::json) return detail::emit(detail::status_document(row, cat), fmt);
  const detail::localized_status s = detail::localize_status(row, cat);
  detail::json_writer j;
  j.begin_object();
  j.field("lang", cat.tag);
  j.field("status", detail::status_pattern(row));
  j.field("title", detail::status_title(s, cat));
  j.field("subject", s.subject);
  j.field("name", s.name);
  j.field("description", s.description);
  j.field("what_to_do", s.what_to_do);
  j.field("usage", cat.usage_names[static_cast<std::size_t>(row.usage) % 7]);
  j.key("deprecated").boolean(row.deprecated);
  j.field("reference", row.reference);
  j.end_object();
  return j.finish();
}

namespace detail {

/// What a page says about an enhanced status: its text, its match level and
/// registry row, and the diagnostics of its pairing with `basic_code` (none
/// when the code is 0: a status found in a text without a reply code).
struct status_view {
  std::string code;
  match_level level = match_level::none;
  const enhanced_status_info* row = nullptr;
  std::string_view subject, detail;  ///< the row's names in the catalogue's language
  std::vector<std::string> text;
  std::vector<std::string_view> flags;
};

inline status_view describe_status(unsigned basic_code, const enhanced_status& s,
                                   const catalogue& cat) {
  status_view v;
  v.code = std::string(to_chars(s).view());
  const status_lookup found = lookup(s);
  const status_diagnostics diagnostics =
      basic_code != 0 ? check(basic_code, s) : status_diagnostics{};
  v.level = found.level;
  v.row = found.info;
  const class_status_info& cm = class_meaning(s);
  const std::size_t ci = status_class_index(s.cls);
  localized_status ls;
  if (v.row != nullptr) {
    ls = localize_status(*v.row, cat);
    v.subject = ls.subject;
    v.detail = ls.name;
  }
  switch (v.level) {
    case match_level::exact:
      v.text.push_back(fill(cat.status_line,
                            {{"status", v.code}, {"subject", ls.subject}, {"detail", ls.name}}));
      break;
    case match_level::subject:
      v.text.push_back(
          fill(cat.status_subject_only, {{"status", v.code}, {"subject", ls.subject}}));
      break;
    case match_level::class_only:
      v.text.push_back(
          fill(cat.status_class_only,
               {{"status", v.code}, {"class_name", prefer(cat.status_class_names[ci], cm.name)}}));
      break;
    case match_level::none:
      v.text.push_back(fill(cat.status_invalid, {{"status", v.code}}));
      break;
  }
  if (v.level == match_level::exact || v.level == match_level::subject) {
    v.text.emplace_back(ls.description);
    v.text.emplace_back(ls.what_to_do);
  } else if (v.level == match_level::class_only) {
    v.text.emplace_back(prefer(cat.status_class_descriptions[ci], cm.description));
    v.text.emplace_back(prefer(cat.status_class_what_to_do[ci], cm.what_to_do));
  }
  for (std::size_t bit = 0; bit < all_status_diagnostics.size(); ++bit) {
    const status_diagnostic d = all_status_diagnostics[bit];
    if (!diagnostics.has(d)) continue;
    v.flags.push_back(to_string(d));
    // "not registered" is already said by the subject/class-only line above.
    if (d != status_diagnostic::not_registered) v.text.emplace_back(cat.diagnostics[bit]);
  }
  return v;
}

/// The "enhanced_status" value of a page's JSON: an object, or null.
inline void write_status_json(json_writer& j, const status_view* v) {
  if (v == nullptr) {
    j.null();
    return;
  }
  constexpr std::string_view levels[] = {"exact", "subject", "class_only", "none"};
  j.begin_object();
  j.field("code", v->code);
  j.field("match", levels[static_cast<std::size_t>(v->level)]);
  j.field("subject", v->row != nullptr ? v->subject : "", true);
  j.field("detail", v->row != nullptr && v->level == match_level::exact ? v->detail : "", true);
  j.key("text").begin_array();
  for (const std::string& t : v->text) j.string(t);
  j.end_array();
  j.key("diagnostics").begin_array();
  for (const std::string_view f : v->flags) j.string(f);
  j.end_array();
  j.end_object();
}

/// The "advice" object of a page's JSON: the advice, the rule that decided
/// it (null: built in), its throttle hint and, when given, the retry decision.
inline void write_advice_json(json_writer& j, const advice& adv, const retry_decision* next_retry,
                              const catalogue& cat) {
  j.key("advice").begin_object();
  j.field("action", to_string(adv.what));
  j.field("scope", to_string(adv.applies_to));
  j.field("bounce", to_string(adv.bounce));
  j.field("reason", to_string(adv.reason));
  j.key("delay_seconds").number(static_cast<long long>(adv.delay.count()));
  j.key("close_connection").boolean(adv.close_connection);
  j.field("why", localized_why(adv.why, cat));
  j.field("rule", adv.rule, true);
  j.key("throttle");
  if (adv.throttle.target != throttle_target::none) {
    j.begin_object();
    j.field("target", to_string(adv.throttle.target));
    j.key("seconds").number(static_cast<long long>(adv.throttle.duration.count()));
    j.end_object();
  } else {
    j.null();
  }
  if (next_retry != nullptr) {
    j.key("next_retry").begin_object();
    j.key("expired").boolean(next_retry->expired);
    j.key("wait_seconds").number(static_cast<long long>(next_retry->wait.count()));
    j.end_object();
  }
  j.end_object();
}

/// "Unknown recipient (user_unknown)": a bounce reason's name in the
/// catalogue's language and its stable token.
inline std::string reason_text(bounce_reason r, const catalogue& cat) {
  const auto i = static_cast<std::size_t>(r);
  return fill(cat.reason_line,
              {{"name", i < catalogue_reason_count ? cat.reason_names[i] : std::string_view{}},
               {"token", to_string(r)}});
}

/// A page's Enhanced Status, Advice and Reason sections.
inline void add_status_and_advice(document& doc, const status_view* status, const advice& adv,
                                  smtp_command command, const catalogue& cat) {
  doc.heading(std::string(cat.heading_enhanced_status));
  if (status == nullptr) doc.paragraph(std::string(cat.status_none));
  if (status != nullptr)
    for (const std::string& t : status->text) doc.paragraph(t);
  doc.heading(std::string(cat.heading_advice));
  std::vector<std::pair<std::string, std::string>> fields;
  if (command != smtp_command::unknown)
    fields.emplace_back(cat.label_command, command_list(command_set{} | command, cat));
  fields.emplace_back(cat.label_action, cat.action_names[static_cast<std::size_t>(adv.what) % 7]);
  fields.emplace_back(cat.label_scope,
                      cat.scope_names[static_cast<std::size_t>(adv.applies_to) % 4]);
  fields.emplace_back(cat.label_bounce, cat.bounce_names[static_cast<std::size_t>(adv.bounce) % 3]);
  if (adv.what == action::retry_later || adv.delay.count() > 0)
    fields.emplace_back(cat.label_delay, delay_text(adv.delay, cat));
  fields.emplace_back(cat.label_connection, adv.close_connection ? cat.connection_close_value
                                                                 : cat.connection_keep_value);
  doc.fields(std::move(fields));
  doc.heading(std::string(cat.heading_reason));
  std::vector<std::pair<std::string, std::string>> reason;
  reason.emplace_back(cat.label_reason, reason_text(adv.reason, cat));
  if (!adv.why.empty()) reason.emplace_back(cat.label_why, localized_why(adv.why, cat));
  doc.fields(std::move(reason));
}

}  // namespace detail

/// render_reply() with the advice given (for example from advise() with
/// operator rules, rules.hpp) and, when given, the retry decision for it.
/// JSON adds advice.rule (null: built in), advice.throttle and advice.next_retry.
[[nodiscard]] inline std::string render_reply(const reply& r, const advice& adv,
                                              const catalogue& cat, format fmt,
                                              smtp_command command,
                                              const retry_decision* next_retry = nullptr);

/// The explanation of a parsed reply: the server's text (sanitised, so no
/// control character or terminal escape sequence passes through), the meaning
/// of its code, its enhanced status, and what advise() says to do and why.
/// `command` is the command the reply answered, when the caller knows it.
[[nodiscard]] inline std::string render_reply(const reply& r, const catalogue& cat = locale::en,
                                              format fmt = format::text,
                                              smtp_command command = smtp_command::unknown) {
  return render_reply(r, advise(r, command), cat, fmt, command);
}

inline std::string render_reply(const reply& r, const advice& adv, const catalogue& cat, format fmt,
                                smtp_command command, const retry_decision* next_retry) {
  const detail::localized_code l = detail::localize(r.code, cat);
  const std::string title = detail::code_title(l, cat);
  std::vector<std::string> lines;
  for (const reply_line line : r.lines()) lines.push_back(sanitize_server_text(line.line));
  std::optional<detail::status_view> status;
  if (r.status) status = detail::describe_status(r.code, *r.status, cat);

  if (fmt == format::json) {
    detail::json_writer j;
    j.begin_object();
    j.field("lang", cat.tag);
    j.field("title", title);
    j.key("reply").begin_object();
    j.key("code").number(r.code);
    j.field("status", status ? status->code : "", true);
    j.field("command", command == smtp_command::unknown ? "" : detail::command_token(command),
            true);
    j.key("lines").begin_array();
    for (const std::string& line : lines) j.string(line);
    j.end_array();
    j.end_object();
    j.key("explanation").begin_object();
    detail::write_code_json(j, l, cat);
    j.end_object();
    j.key("enhanced_status");
    detail::write_status_json(j, status ? &*status : nullptr);
    detail::write_advice_json(j, adv, next_retry, cat);
    j.end_object();
    return j.finish();
  }

  detail::document doc;
  doc.lang = std::string(cat.tag);
  doc.title(title);
  if (!lines.empty()) {
    doc.heading(std::string(cat.heading_server_text));
    for (std::string& line : lines) doc.paragraph(std::move(line));
  }
  doc.heading(std::string(cat.heading_explanation));
  doc.paragraph(detail::code_intro(l, cat));
  detail::add_code_sections(doc, l, cat, command, true);
  detail::add_status_and_advice(doc, status ? &*status : nullptr, adv, command, cat);
  return detail::emit(doc, fmt);
}

/// The explanation of a text in which no reply code was found (a DSN
/// diagnostic or log line that carries none): the text (sanitised), the
/// enhanced status found in it, if any, and what advise(text) says from the
/// status and the wording. The title is the Advice heading and the reason;
/// in JSON, "reply" has "code": null and "explanation" is null.
/// With the advice given (for example from advise() with operator rules) and,
/// when given, the retry decision for it, as render_reply() takes them.
[[nodiscard]] inline std::string render_text_advice(std::string_view text, const advice& adv,
                                                    const catalogue& cat, format fmt,
                                                    smtp_command command,
                                                    const retry_decision* next_retry = nullptr);
[[nodiscard]] inline std::string render_text_advice(std::string_view text,
                                                    const catalogue& cat = locale::en,
                                                    format fmt = format::text,
                                                    smtp_command command = smtp_command::unknown) {
  return render_text_advice(text, advise(text, command), cat, fmt, command);
}

inline std::string render_text_advice(std::string_view text, const advice& adv,
                                      const catalogue& cat, format fmt, smtp_command command,
                                      const retry_decision* next_retry) {
  const std::string title =
      std::string(cat.heading_advice) + ": " + detail::reason_text(adv.reason, cat);
  const std::string line = sanitize_server_text(text);
  enhanced_status found{};
  std::optional<detail::status_view> status;
  if (detail::status_in_text(text, found)) status = detail::describe_status(0, found, cat);

  if (fmt == format::json) {
    detail::json_writer j;
    j.begin_object();
    j.field("lang", cat.tag);
    j.field("title", title);
    j.key("reply").begin_object();
    j.key("code").null();
    j.field("status", status ? status->code : "", true);
    j.field("command", command == smtp_command::unknown ? "" : detail::command_token(command),
            true);
    j.key("lines").begin_array();
    j.string(line);
    j.end_array();
    j.end_object();
    j.key("explanation").null();
    j.key("enhanced_status");
    detail::write_status_json(j, status ? &*status : nullptr);
    detail::write_advice_json(j, adv, next_retry, cat);
    j.end_object();
    return j.finish();
  }

  detail::document doc;
  doc.lang = std::string(cat.tag);
  doc.title(title);
  doc.heading(std::string(cat.heading_server_text));
  doc.paragraph(line);
  detail::add_status_and_advice(doc, status ? &*status : nullptr, adv, command, cat);
  return detail::emit(doc, fmt);
}

/// Every registered code: a table (code, class, name, commands) in text,
/// Markdown and HTML; a JSON array of objects.
[[nodiscard]] inline std::string render_code_list(const catalogue& cat = locale::en,
                                                  format fmt = format::text) {
  if (fmt == format::json) {
    constexpr std::string_view statuses[] = {"standard", "experimental", "deprecated"};
    detail::json_writer j;
    j.begin_array();
    for (const reply_info& r : all_replies()) {
      const detail::localized_code l = detail::localize(r.wire(), cat);
      j.begin_object();
      j.key("code").number(r.wire());
      j.field("identifier", r.identifier);
      j.field("name", l.name);
      j.field("class", info(classify(r.code)).identifier);
      j.field("category", info(category(r.code)).identifier);
      j.field("commands", detail::commands_of(r.wire()));
      j.key("closes_connection").boolean(r.closes_connection);
      j.field("spec_status", statuses[static_cast<std::size_t>(r.status) % 3]);
      j.field("reference", r.reference);
      j.end_object();
    }
    j.end_array();
    return j.finish();
  }
  std::vector<std::vector<std::string>> rows;
  for (const reply_info& r : all_replies()) {
    const detail::localized_code l = detail::localize(r.wire(), cat);
    rows.push_back({l.number, std::string(1, static_cast<char>('0' + r.wire() / 100)) + "xx",
                    std::string(l.name), detail::command_list(r.commands, cat)});
  }
  detail::document doc;
  doc.lang = std::string(cat.tag);
  doc.title(std::string(cat.heading_code_list));
  std::vector<detail::link_target> targets;
  for (const reply_info& r : all_replies())
    targets.push_back({detail::link_target::kind::code, r.wire(), 0});
  doc.table({std::string(cat.label_code), std::string(cat.label_class), std::string(cat.label_name),
             std::string(cat.label_commands)},
            std::move(rows), std::move(targets));
  return detail::emit(doc, fmt);
}

}  // namespace v1
}  // namespace smtpcodes

#endif
