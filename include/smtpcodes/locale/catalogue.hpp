// The language catalogue: every fixed phrase a rendered page uses (headings,
// class and category names, sentence templates with {placeholders}), plus an
// optional table of translated per-code texts. render.hpp takes a catalogue
// per call; a user adds a language by defining a catalogue object in their
// own code (see examples/custom_language.cpp).
#ifndef SMTPCODES_LOCALE_CATALOGUE_HPP
#define SMTPCODES_LOCALE_CATALOGUE_HPP

#include <cstddef>
#include <string_view>

namespace smtpcodes {
inline namespace v1 {

/// Translated texts of one registered code. An empty field keeps the English
/// registry text.
struct code_text {
  unsigned code = 0;
  std::string_view name;
  std::string_view description;
  std::string_view when_seen;
  std::string_view how_to_fix;
};

/// Every fixed phrase of a page in one language. Templates hold placeholders
/// in braces that the renderer replaces: {a} {b} (the two codes), {name_a}
/// {name_b}, {class_a} {class_b} {class}, {cat_a} {cat_b} {category}, {code},
/// {name}, {text}, {retry_a} {retry_b}, {conn_a} {conn_b}, {cmds_a} {cmds_b},
/// {commands}, {status}, {subject}, {detail}, {class_name}, {n}. A template
/// needs only the placeholders its sentence uses.
///
/// Arrays are indexed by the enum value they name: class_* by reply_class
/// (0 unknown .. 5 permanent), category_* by reply_category (6 = unknown),
/// retry_phrases by retry token (see render.hpp), action/scope/bounce names by
/// the advice.hpp enums, diagnostics by status_diagnostic bit position.
struct catalogue {
  std::string_view tag;       ///< BCP 47 tag, "en"
  std::string_view language;  ///< the language's own name, "English"

  // Headings.
  std::string_view heading_description;      ///< "Description"
  std::string_view heading_when_seen;        ///< "When You See It"
  std::string_view heading_how_to_fix;       ///< "How to Fix"
  std::string_view heading_key_differences;  ///< "Key Differences"
  std::string_view heading_when_to_use;      ///< "When to Use Which"
  std::string_view heading_learn_more;       ///< "Learn More"
  std::string_view heading_explanation;      ///< "Explanation"
  std::string_view heading_enhanced_status;  ///< "Enhanced Status"
  std::string_view heading_advice;           ///< "Advice"
  std::string_view heading_reason;           ///< "Reason"
  std::string_view heading_other_meaning;    ///< "Other Meaning"
  std::string_view heading_server_text;      ///< "Server Text"
  std::string_view heading_code_list;        ///< "Registered SMTP Reply Codes"

  // Titles.
  std::string_view compare_title;       ///< "SMTP {a} {name_a} vs {b} {name_b}"
  std::string_view code_title;          ///< "SMTP {code} {name}"
  std::string_view unregistered_title;  ///< "SMTP {code} (not defined by any RFC)"

  // Classes (first digit) and categories (second digit).
  std::string_view class_names[6];       ///< "2xx Positive Completion"
  std::string_view class_gist[6];        ///< sentence with {code}: what any code of the class says
  std::string_view class_gist_both[6];   ///< the same sentence for two codes of one class
  std::string_view class_remedy[6];      ///< what a client does with any code of the class
  std::string_view category_names[7];    ///< "Mail System"
  std::string_view category_meaning[7];  ///< what the second digit says

  // Introduction of a comparison page.
  std::string_view intro_different;  ///< {a} {name_a} {class_a} {b} {name_b} {class_b}
  std::string_view intro_same;       ///< {a} {name_a} {b} {name_b} {class}
  std::string_view in_contrast;      ///< "In contrast, {text}"
  std::string_view no_differences;   ///< {a} {b}: a code compared with itself

  // Key differences: each template renders one complete sentence or two.
  std::string_view diff_class;         ///< {a} {class_a} {b} {class_b}
  std::string_view diff_category;      ///< {a} {cat_a} {b} {cat_b}
  std::string_view diff_meaning;       ///< {code} {text}
  std::string_view diff_when_seen;     ///< {code} {text}
  std::string_view diff_retry;         ///< {a} {retry_a} {b} {retry_b}
  std::string_view diff_connection;    ///< {a} {conn_a} {b} {conn_b}
  std::string_view diff_commands;      ///< {a} {cmds_a} {b} {cmds_b}
  std::string_view retry_phrases[6];   ///< not_needed, send_next_part, retry_later,
                                       ///< retry_after_change, do_not_retry, unknown
  std::string_view connection_closes;  ///< phrase for {conn_a}/{conn_b}
  std::string_view connection_stays_open;
  std::string_view command_connect;      ///< the greeting, in a command list
  std::string_view command_end_of_data;  ///< the final "." after DATA
  std::string_view command_any;          ///< replies valid after any command
  std::string_view list_separator;       ///< ", "
  std::string_view list_last_separator;  ///< " and "

  // When to Use Which, Learn More.
  std::string_view which_item;      ///< {code} {name} {text}
  std::string_view reference_item;  ///< {code} {text}

  // A single code.
  std::string_view class_line;              ///< {code} {class}
  std::string_view category_line;           ///< {code} {category}
  std::string_view unregistered_intro;      ///< {code} {class}
  std::string_view unregistered_when_seen;  ///< {code}
  std::string_view malformed_intro;         ///< {code}
  std::string_view alternate_line;          ///< {commands} {code} {name}

  // Labels of a parsed reply's explanation (text, Markdown, HTML).
  std::string_view label_code;
  std::string_view label_class;
  std::string_view label_category;
  std::string_view label_name;
  std::string_view label_commands;
  std::string_view label_command;
  std::string_view label_status;
  std::string_view label_action;
  std::string_view label_scope;
  std::string_view label_bounce;
  std::string_view label_reason;
  std::string_view label_delay;
  std::string_view label_connection;
  std::string_view label_why;
  std::string_view connection_close_value;  ///< advice says: close the connection
  std::string_view connection_keep_value;   ///< advice says: keep it open
  std::string_view action_names[7];
  std::string_view scope_names[4];
  std::string_view bounce_names[3];
  std::string_view delay_none;
  std::string_view delay_second;  ///< "{n} second"
  std::string_view delay_seconds;
  std::string_view delay_minute;
  std::string_view delay_minutes;
  std::string_view delay_hour;
  std::string_view delay_hours;
  std::string_view delay_day;
  std::string_view delay_days;

  // Enhanced status.
  std::string_view status_line;          ///< {status} {subject} {detail}
  std::string_view status_subject_only;  ///< {status} {subject}
  std::string_view status_class_only;    ///< {status} {class_name}
  std::string_view status_invalid;       ///< {status}
  std::string_view status_none;
  std::string_view diagnostics[6];  ///< one sentence per status_diagnostic, in bit order

  /// Optional translated per-code texts: code_text_count entries starting at
  /// code_texts. A count of 0 keeps every body in English.
  const code_text* code_texts = nullptr;
  std::size_t code_text_count = 0;
};

/// The translated texts of `code`, or nullptr.
[[nodiscard]] constexpr const code_text* find_code_text(const catalogue& c,
                                                        unsigned code) noexcept {
  for (std::size_t i = 0; i < c.code_text_count; ++i)
    if (c.code_texts[i].code == code) return &c.code_texts[i];
  return nullptr;
}

/// Calls f(name, value) for every phrase of the catalogue, in declaration
/// order (tests and user code use it to check that a catalogue is complete).
template <class F>
constexpr void for_each_phrase(const catalogue& c, F&& f) {
  const auto arr = [&f](std::string_view name, const std::string_view* v, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) f(name, v[i]);
  };
  f("tag", c.tag);
  f("language", c.language);
  f("heading_description", c.heading_description);
  f("heading_when_seen", c.heading_when_seen);
  f("heading_how_to_fix", c.heading_how_to_fix);
  f("heading_key_differences", c.heading_key_differences);
  f("heading_when_to_use", c.heading_when_to_use);
  f("heading_learn_more", c.heading_learn_more);
  f("heading_explanation", c.heading_explanation);
  f("heading_enhanced_status", c.heading_enhanced_status);
  f("heading_advice", c.heading_advice);
  f("heading_reason", c.heading_reason);
  f("heading_other_meaning", c.heading_other_meaning);
  f("heading_server_text", c.heading_server_text);
  f("heading_code_list", c.heading_code_list);
  f("compare_title", c.compare_title);
  f("code_title", c.code_title);
  f("unregistered_title", c.unregistered_title);
  arr("class_names", c.class_names, 6);
  arr("class_gist", c.class_gist, 6);
  arr("class_gist_both", c.class_gist_both, 6);
  arr("class_remedy", c.class_remedy, 6);
  arr("category_names", c.category_names, 7);
  arr("category_meaning", c.category_meaning, 7);
  f("intro_different", c.intro_different);
  f("intro_same", c.intro_same);
  f("in_contrast", c.in_contrast);
  f("no_differences", c.no_differences);
  f("diff_class", c.diff_class);
  f("diff_category", c.diff_category);
  f("diff_meaning", c.diff_meaning);
  f("diff_when_seen", c.diff_when_seen);
  f("diff_retry", c.diff_retry);
  f("diff_connection", c.diff_connection);
  f("diff_commands", c.diff_commands);
  arr("retry_phrases", c.retry_phrases, 6);
  f("connection_closes", c.connection_closes);
  f("connection_stays_open", c.connection_stays_open);
  f("command_connect", c.command_connect);
  f("command_end_of_data", c.command_end_of_data);
  f("command_any", c.command_any);
  f("list_separator", c.list_separator);
  f("list_last_separator", c.list_last_separator);
  f("which_item", c.which_item);
  f("reference_item", c.reference_item);
  f("class_line", c.class_line);
  f("category_line", c.category_line);
  f("unregistered_intro", c.unregistered_intro);
  f("unregistered_when_seen", c.unregistered_when_seen);
  f("malformed_intro", c.malformed_intro);
  f("alternate_line", c.alternate_line);
  f("label_code", c.label_code);
  f("label_class", c.label_class);
  f("label_category", c.label_category);
  f("label_name", c.label_name);
  f("label_commands", c.label_commands);
  f("label_command", c.label_command);
  f("label_status", c.label_status);
  f("label_action", c.label_action);
  f("label_scope", c.label_scope);
  f("label_bounce", c.label_bounce);
  f("label_reason", c.label_reason);
  f("label_delay", c.label_delay);
  f("label_connection", c.label_connection);
  f("label_why", c.label_why);
  f("connection_close_value", c.connection_close_value);
  f("connection_keep_value", c.connection_keep_value);
  arr("action_names", c.action_names, 7);
  arr("scope_names", c.scope_names, 4);
  arr("bounce_names", c.bounce_names, 3);
  f("delay_none", c.delay_none);
  f("delay_second", c.delay_second);
  f("delay_seconds", c.delay_seconds);
  f("delay_minute", c.delay_minute);
  f("delay_minutes", c.delay_minutes);
  f("delay_hour", c.delay_hour);
  f("delay_hours", c.delay_hours);
  f("delay_day", c.delay_day);
  f("delay_days", c.delay_days);
  f("status_line", c.status_line);
  f("status_subject_only", c.status_subject_only);
  f("status_class_only", c.status_class_only);
  f("status_invalid", c.status_invalid);
  f("status_none", c.status_none);
  arr("diagnostics", c.diagnostics, 6);
}

/// Number of phrases for_each_phrase() visits.
inline constexpr std::size_t catalogue_phrase_count = 138;

namespace detail {
struct phrase_check {
  bool complete = true;
  std::size_t count = 0;
  constexpr void operator()(std::string_view, std::string_view v) noexcept {
    ++count;
    if (v.empty()) complete = false;
  }
};
}  // namespace detail

/// True when every phrase of `c` is set (code_texts stays optional).
[[nodiscard]] constexpr bool is_complete(const catalogue& c) noexcept {
  detail::phrase_check check;
  for_each_phrase(c, check);
  return check.complete && check.count == catalogue_phrase_count;
}

// A new field must also be visited by for_each_phrase: the sizes must agree.
static_assert(sizeof(catalogue) == catalogue_phrase_count * sizeof(std::string_view) +
                                       sizeof(const code_text*) + sizeof(std::size_t),
              "catalogue: every phrase field must be listed in for_each_phrase");

}  // namespace v1
}  // namespace smtpcodes

#endif
