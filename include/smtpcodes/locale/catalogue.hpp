// The language catalogue: every word a rendered page uses in one language —
// headings, fixed phrases and sentence templates with {placeholders}, the
// advice's why sentences (the built-in ones and the provider profiles'), bounce-reason names,
// enhanced-status subject and class texts, and tables of per-code and per-status texts. render.hpp
// takes a catalogue per call; a user adds a language by defining a catalogue object in their own
// code (see examples/custom_language.cpp, i18n/FORMAT.md).
#ifndef SMTPCODES_LOCALE_CATALOGUE_HPP
#define SMTPCODES_LOCALE_CATALOGUE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../advice.hpp"
#include "../detail/advice_why.hpp"
#include "../detail/provider_profiles.hpp"
#include "../enhanced_status.hpp"
#include "../registry.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Translated texts of one registered code. An empty field keeps the English
/// registry text; is_complete() reports it.
struct code_text {
  unsigned code = 0;
  std::string_view name;
  std::string_view description;
  std::string_view when_seen;
  std::string_view how_to_fix;
  std::string_view use_when;  ///< one sentence: when a server sends this code rather than another
  std::string_view alternate_name;         ///< the second meaning (251, 252, 454, 530)
  std::string_view alternate_description;  ///< empty for codes with one meaning
  std::string_view alternate_how_to_fix;
};

/// Translated texts of one enhanced-status registry row (X.subject.detail).
struct status_text {
  std::uint16_t subject = 0;
  std::uint16_t detail = 0;
  std::string_view name;         ///< the registry title, "Bad destination mailbox address"
  std::string_view description;  ///< what it means
  std::string_view what_to_do;   ///< what to do about it
};

/// Number of why sentences (advice::why), provider-profile why sentences,
/// bounce reasons and status subjects.
inline constexpr std::size_t catalogue_why_count = detail::why_count;
inline constexpr std::size_t catalogue_provider_why_count = detail::provider_row_count;
inline constexpr std::size_t catalogue_reason_count = bounce_reason_count;
inline constexpr std::size_t catalogue_subject_count = detail::subject_count;

/// Every fixed phrase of a page in one language. Templates hold placeholders
/// in braces that the renderer replaces; i18n/FORMAT.md lists each template's
/// placeholders. A template needs only the placeholders its sentence uses.
///
/// Arrays are indexed by the enum value they name: class_* by reply_class
/// (0 unknown .. 5 permanent), category_* by reply_category (6 = unknown),
/// retry_phrases by retry token (see render.hpp), action/scope/bounce names by
/// the advice.hpp enums, reason_names by bounce_reason, why_texts by the
/// why_id of detail/advice_why.hpp, provider_why_texts by the row of
/// detail::provider_rows whose meaning they translate, diagnostics by status_diagnostic bit
/// position, status_subject_names by subject digit, status_class_* by
/// enhanced-status class (0: 2, 1: 4, 2: 5), usage_names by status_usage,
/// spec_names by spec_status.
struct catalogue {
  std::string_view tag;       ///< BCP 47 tag, "en"
  std::string_view language;  ///< the language's own name, "English"

  // Headings.
  std::string_view heading_description;       ///< "Description"
  std::string_view heading_when_seen;         ///< "When You See It"
  std::string_view heading_how_to_fix;        ///< "How to Fix"
  std::string_view heading_key_differences;   ///< "Key Differences"
  std::string_view heading_when_to_use;       ///< "When to Use Which"
  std::string_view heading_learn_more;        ///< "Learn More"
  std::string_view heading_explanation;       ///< "Explanation"
  std::string_view heading_enhanced_status;   ///< "Enhanced Status"
  std::string_view heading_advice;            ///< "Advice"
  std::string_view heading_reason;            ///< "Reason"
  std::string_view heading_other_meaning;     ///< "Other Meaning"
  std::string_view heading_server_text;       ///< "Server Text"
  std::string_view heading_code_list;         ///< "Registered SMTP Reply Codes"
  std::string_view heading_status_list;       ///< "Enhanced Status Codes"
  std::string_view heading_typical_statuses;  ///< "Typical Enhanced Status Codes"
  std::string_view heading_related_codes;     ///< "Reply Codes Used With It"
  std::string_view heading_compare_with;      ///< "Compare {code} With Another Code"
  std::string_view heading_what_to_do;        ///< "What to Do"

  // Titles.
  std::string_view compare_title;       ///< "SMTP {a} {name_a} vs {b} {name_b}"
  std::string_view code_title;          ///< "SMTP {code} {name}"
  std::string_view unregistered_title;  ///< "SMTP {code} (not defined by any RFC)"
  std::string_view status_title;        ///< "Enhanced Status Code {status} {name}"

  // Classes (first digit) and categories (second digit).
  std::string_view class_names[6];       ///< "2xx Positive Completion"
  std::string_view class_gist[6];        ///< sentence with {code}: what any code of the class says
  std::string_view class_gist_both[6];   ///< the same sentence for two codes of one class
  std::string_view class_remedy[6];      ///< what a client does with any code of the class
  std::string_view class_outcome[6];     ///< clause: the outcome a code of the class reports
  std::string_view category_names[7];    ///< "Mail System"
  std::string_view category_meaning[7];  ///< what the second digit says

  // Introduction of a comparison page.
  std::string_view intro_different;  ///< {a} {name_a} {class_a} {b} {name_b} {class_b}
  std::string_view intro_same;       ///< {a} {name_a} {b} {name_b} {class}
  std::string_view in_contrast;      ///< "In contrast, {text}"
  std::string_view no_differences;   ///< {a} {b}: a code compared with itself

  // Key differences: each template renders one short sentence.
  std::string_view diff_class;               ///< {a} {class_a} {b} {class_b}
  std::string_view diff_category;            ///< {a} {cat_a} {b} {cat_b}
  std::string_view diff_meaning;             ///< {a} {name_a} {b} {name_b}
  std::string_view diff_retry;               ///< {a} {retry_a} {b} {retry_b}
  std::string_view diff_connection;          ///< {a} {conn_a} {b} {conn_b}
  std::string_view diff_commands;            ///< {a} {cmds_a} {b} {cmds_b}
  std::string_view diff_status;              ///< {a} {status_a} {b} {status_b}
  std::string_view diff_status_first_only;   ///< {a} {status_a} {b}
  std::string_view diff_status_second_only;  ///< {a} {b} {status_b}
  std::string_view diff_spec;                ///< {a} {spec_a} {b} {spec_b}
  std::string_view retry_phrases[6];         ///< not_needed, send_next_part, retry_later,
                                             ///< retry_after_change, do_not_retry, unknown
  std::string_view spec_names[3];            ///< standard, experimental, deprecated
  std::string_view connection_closes;        ///< phrase for {conn_a}/{conn_b}
  std::string_view connection_stays_open;
  std::string_view command_connect;      ///< the greeting, in a command list
  std::string_view command_end_of_data;  ///< the final "." after DATA
  std::string_view command_any;          ///< replies valid after any command
  std::string_view list_separator;       ///< ", "
  std::string_view list_last_separator;  ///< " and "
  std::string_view list_last_or;         ///< " or "

  // When to Use Which, Learn More.
  std::string_view which_by_outcome;  ///< {a} {outcome_a} {b} {outcome_b}
  std::string_view which_same_class;  ///< {class}
  std::string_view which_item;        ///< {code} {name} {text}
  std::string_view reference_item;    ///< {code} {text}

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
  std::string_view label_rule;        ///< the rule or provider row that decided (smtp-explain)
  std::string_view label_throttle;    ///< a rule's hint to hold back sending
  std::string_view label_next_retry;  ///< the retry schedule's decision
  std::string_view connection_close_value;  ///< advice says: close the connection
  std::string_view connection_keep_value;   ///< advice says: keep it open
  std::string_view action_names[7];
  std::string_view scope_names[4];
  std::string_view bounce_names[3];
  std::string_view reason_line;  ///< {name} {token}: a bounce reason and its stable token
  std::string_view reason_names[catalogue_reason_count];
  std::string_view why_texts[catalogue_why_count];
  std::string_view provider_why_texts[catalogue_provider_why_count];  ///< a provider rule's why
  std::string_view delay_none;
  std::string_view delay_second;  ///< "{n} second"
  std::string_view delay_seconds;
  std::string_view delay_minute;
  std::string_view delay_minutes;
  std::string_view delay_hour;
  std::string_view delay_hours;
  std::string_view delay_day;
  std::string_view delay_days;
  std::string_view throttle_host;         ///< {duration}: hold back sending to this host
  std::string_view throttle_domain;       ///< {duration}: the same for the domain
  std::string_view next_retry_in;         ///< {duration}
  std::string_view next_retry_permanent;  ///< no retry: the failure is permanent
  std::string_view next_retry_expired;    ///< no retry: the schedule has run out

  // Enhanced status.
  std::string_view status_line;          ///< {status} {subject} {detail}
  std::string_view status_subject_only;  ///< {status} {subject}
  std::string_view status_class_only;    ///< {status} {class_name}
  std::string_view status_invalid;       ///< {status}
  std::string_view status_none;
  std::string_view diagnostics[6];  ///< one sentence per status_diagnostic, in bit order
  std::string_view status_subject_names[catalogue_subject_count];  ///< "Addressing Status"
  std::string_view status_class_names[3];                          ///< "Permanent Failure"
  std::string_view status_class_descriptions[3];
  std::string_view status_class_what_to_do[3];
  std::string_view status_intro;        ///< {status} {subject}
  std::string_view label_usage;         ///< "Used as"
  std::string_view usage_names[7];      ///< by status_usage
  std::string_view label_subject;       ///< "Subject"
  std::string_view status_deprecated;   ///< the registry deprecates the row
  std::string_view status_codes_any;    ///< the registry says "Any"
  std::string_view status_codes_none;   ///< the registry names no basic code
  std::string_view status_codes_class;  ///< {digit}: every code of one class ("5XX")
  std::string_view status_list_intro;

  // The documentation site (smtp-explain site).
  std::string_view site_title;
  std::string_view site_intro;
  std::string_view index_compare_note;
  std::string_view compare_link;  ///< {a} {b} {name_b}: a link to a comparison page
  std::string_view nav_home;
  std::string_view nav_codes;
  std::string_view nav_statuses;
  std::string_view nav_language;
  std::string_view nav_previous;
  std::string_view nav_next;
  std::string_view skip_link;
  std::string_view footer_note;  ///< {version}

  /// Translated per-code texts: code_text_count entries starting at
  /// code_texts, one per registered code.
  const code_text* code_texts = nullptr;
  std::size_t code_text_count = 0;
  /// Translated enhanced-status texts: one per registry row.
  const status_text* status_texts = nullptr;
  std::size_t status_text_count = 0;
  /// True for a catalogue written in the registry's own language (English):
  /// its per-code and per-status texts are the registry's, so the tables
  /// above stay empty and is_complete() does not ask for them.
  bool registry_language = false;
};

/// The translated texts of `code`, or nullptr.
[[nodiscard]] constexpr const code_text* find_code_text(const catalogue& c,
                                                        unsigned code) noexcept {
  for (std::size_t i = 0; i < c.code_text_count; ++i)
    if (c.code_texts[i].code == code) return &c.code_texts[i];
  return nullptr;
}

/// The translated texts of the registry row X.subject.detail, or nullptr.
[[nodiscard]] constexpr const status_text* find_status_text(const catalogue& c, unsigned subject,
                                                            unsigned detail) noexcept {
  for (std::size_t i = 0; i < c.status_text_count; ++i)
    if (c.status_texts[i].subject == subject && c.status_texts[i].detail == detail)
      return &c.status_texts[i];
  return nullptr;
}

/// Where a phrase sits in the catalogue: the key of i18n/*.json is
/// group, then "." and `index` when the phrase is an array element
/// (index_none otherwise). render.hpp's text_key() spells it out.
struct phrase_key {
  static constexpr std::size_t index_none = static_cast<std::size_t>(-1);
  std::string_view group;  ///< "page.heading_description", "why", "reason", "status.subject"
  std::size_t index = index_none;
};

/// Calls f(key, value) for every phrase of the catalogue, in declaration
/// order (tests, tools/i18n and user code use it to check that a catalogue
/// is complete). Per-code and per-status tables are not phrases.
template <class F>
constexpr void for_each_phrase(const catalogue& c, F&& f) {
  const auto one = [&f](std::string_view group, std::string_view v) {
    f(phrase_key{group, phrase_key::index_none}, v);
  };
  const auto arr = [&f](std::string_view group, const std::string_view* v, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) f(phrase_key{group, i}, v[i]);
  };
  one("page.language", c.language);
  one("page.heading_description", c.heading_description);
  one("page.heading_when_seen", c.heading_when_seen);
  one("page.heading_how_to_fix", c.heading_how_to_fix);
  one("page.heading_key_differences", c.heading_key_differences);
  one("page.heading_when_to_use", c.heading_when_to_use);
  one("page.heading_learn_more", c.heading_learn_more);
  one("page.heading_explanation", c.heading_explanation);
  one("page.heading_enhanced_status", c.heading_enhanced_status);
  one("page.heading_advice", c.heading_advice);
  one("page.heading_reason", c.heading_reason);
  one("page.heading_other_meaning", c.heading_other_meaning);
  one("page.heading_server_text", c.heading_server_text);
  one("page.heading_code_list", c.heading_code_list);
  one("page.heading_status_list", c.heading_status_list);
  one("page.heading_typical_statuses", c.heading_typical_statuses);
  one("page.heading_related_codes", c.heading_related_codes);
  one("page.heading_compare_with", c.heading_compare_with);
  one("page.heading_what_to_do", c.heading_what_to_do);
  one("page.compare_title", c.compare_title);
  one("page.code_title", c.code_title);
  one("page.unregistered_title", c.unregistered_title);
  one("page.status_title", c.status_title);
  arr("page.class_names", c.class_names, 6);
  arr("page.class_gist", c.class_gist, 6);
  arr("page.class_gist_both", c.class_gist_both, 6);
  arr("page.class_remedy", c.class_remedy, 6);
  arr("page.class_outcome", c.class_outcome, 6);
  arr("page.category_names", c.category_names, 7);
  arr("page.category_meaning", c.category_meaning, 7);
  one("page.intro_different", c.intro_different);
  one("page.intro_same", c.intro_same);
  one("page.in_contrast", c.in_contrast);
  one("page.no_differences", c.no_differences);
  one("page.diff_class", c.diff_class);
  one("page.diff_category", c.diff_category);
  one("page.diff_meaning", c.diff_meaning);
  one("page.diff_retry", c.diff_retry);
  one("page.diff_connection", c.diff_connection);
  one("page.diff_commands", c.diff_commands);
  one("page.diff_status", c.diff_status);
  one("page.diff_status_first_only", c.diff_status_first_only);
  one("page.diff_status_second_only", c.diff_status_second_only);
  one("page.diff_spec", c.diff_spec);
  arr("page.retry_phrases", c.retry_phrases, 6);
  arr("page.spec_names", c.spec_names, 3);
  one("page.connection_closes", c.connection_closes);
  one("page.connection_stays_open", c.connection_stays_open);
  one("page.command_connect", c.command_connect);
  one("page.command_end_of_data", c.command_end_of_data);
  one("page.command_any", c.command_any);
  one("page.list_separator", c.list_separator);
  one("page.list_last_separator", c.list_last_separator);
  one("page.list_last_or", c.list_last_or);
  one("page.which_by_outcome", c.which_by_outcome);
  one("page.which_same_class", c.which_same_class);
  one("page.which_item", c.which_item);
  one("page.reference_item", c.reference_item);
  one("page.class_line", c.class_line);
  one("page.category_line", c.category_line);
  one("page.unregistered_intro", c.unregistered_intro);
  one("page.unregistered_when_seen", c.unregistered_when_seen);
  one("page.malformed_intro", c.malformed_intro);
  one("page.alternate_line", c.alternate_line);
  one("page.label_code", c.label_code);
  one("page.label_class", c.label_class);
  one("page.label_category", c.label_category);
  one("page.label_name", c.label_name);
  one("page.label_commands", c.label_commands);
  one("page.label_command", c.label_command);
  one("page.label_status", c.label_status);
  one("page.label_action", c.label_action);
  one("page.label_scope", c.label_scope);
  one("page.label_bounce", c.label_bounce);
  one("page.label_reason", c.label_reason);
  one("page.label_delay", c.label_delay);
  one("page.label_connection", c.label_connection);
  one("page.label_why", c.label_why);
  one("page.label_rule", c.label_rule);
  one("page.label_throttle", c.label_throttle);
  one("page.label_next_retry", c.label_next_retry);
  one("page.connection_close_value", c.connection_close_value);
  one("page.connection_keep_value", c.connection_keep_value);
  arr("page.action_names", c.action_names, 7);
  arr("page.scope_names", c.scope_names, 4);
  arr("page.bounce_names", c.bounce_names, 3);
  one("page.reason_line", c.reason_line);
  arr("reason", c.reason_names, catalogue_reason_count);
  arr("why", c.why_texts, catalogue_why_count);
  arr("provider", c.provider_why_texts, catalogue_provider_why_count);
  one("page.delay_none", c.delay_none);
  one("page.delay_second", c.delay_second);
  one("page.delay_seconds", c.delay_seconds);
  one("page.delay_minute", c.delay_minute);
  one("page.delay_minutes", c.delay_minutes);
  one("page.delay_hour", c.delay_hour);
  one("page.delay_hours", c.delay_hours);
  one("page.delay_day", c.delay_day);
  one("page.delay_days", c.delay_days);
  one("page.throttle_host", c.throttle_host);
  one("page.throttle_domain", c.throttle_domain);
  one("page.next_retry_in", c.next_retry_in);
  one("page.next_retry_permanent", c.next_retry_permanent);
  one("page.next_retry_expired", c.next_retry_expired);
  one("page.status_line", c.status_line);
  one("page.status_subject_only", c.status_subject_only);
  one("page.status_class_only", c.status_class_only);
  one("page.status_invalid", c.status_invalid);
  one("page.status_none", c.status_none);
  arr("page.diagnostics", c.diagnostics, 6);
  arr("status.subject", c.status_subject_names, catalogue_subject_count);
  arr("status.class.name", c.status_class_names, 3);
  arr("status.class.description", c.status_class_descriptions, 3);
  arr("status.class.what_to_do", c.status_class_what_to_do, 3);
  one("page.status_intro", c.status_intro);
  one("page.label_usage", c.label_usage);
  arr("page.usage_names", c.usage_names, 7);
  one("page.label_subject", c.label_subject);
  one("page.status_deprecated", c.status_deprecated);
  one("page.status_codes_any", c.status_codes_any);
  one("page.status_codes_none", c.status_codes_none);
  one("page.status_codes_class", c.status_codes_class);
  one("page.status_list_intro", c.status_list_intro);
  one("page.site_title", c.site_title);
  one("page.site_intro", c.site_intro);
  one("page.index_compare_note", c.index_compare_note);
  one("page.compare_link", c.compare_link);
  one("page.nav_home", c.nav_home);
  one("page.nav_codes", c.nav_codes);
  one("page.nav_statuses", c.nav_statuses);
  one("page.nav_language", c.nav_language);
  one("page.nav_previous", c.nav_previous);
  one("page.nav_next", c.nav_next);
  one("page.skip_link", c.skip_link);
  one("page.footer_note", c.footer_note);
}

/// Number of phrases for_each_phrase() visits.
inline constexpr std::size_t catalogue_phrase_count =
    203 + catalogue_reason_count + catalogue_why_count + catalogue_provider_why_count +
    catalogue_subject_count;

namespace detail {
struct phrase_check {
  bool complete = true;
  std::size_t count = 0;
  constexpr void operator()(phrase_key, std::string_view v) noexcept {
    ++count;
    if (v.empty()) complete = false;
  }
};
}  // namespace detail

/// True when every phrase of `c` is set and, unless the catalogue is written
/// in the registry's language, every registered code has its name,
/// description, when-seen, how-to-fix and use-when text (and the texts of its
/// second meaning, if it has one), and every enhanced-status registry row its
/// name, description and what-to-do text.
[[nodiscard]] constexpr bool is_complete(const catalogue& c) noexcept {
  detail::phrase_check check;
  for_each_phrase(c, check);
  if (c.tag.empty() || !check.complete || check.count != catalogue_phrase_count) return false;
  if (c.registry_language) return true;
  for (const reply_info& r : all_replies()) {
    const code_text* t = find_code_text(c, r.wire());
    if (t == nullptr || t->name.empty() || t->description.empty() || t->when_seen.empty() ||
        t->how_to_fix.empty() || t->use_when.empty())
      return false;
    if (r.has_alternate() && (t->alternate_name.empty() || t->alternate_description.empty() ||
                              t->alternate_how_to_fix.empty()))
      return false;
  }
  for (const enhanced_status_info& s : all_enhanced_statuses()) {
    const status_text* t = find_status_text(c, s.subject, s.detail);
    if (t == nullptr || t->name.empty() || t->description.empty() || t->what_to_do.empty())
      return false;
  }
  return true;
}

// A new field must also be visited by for_each_phrase: the sizes must agree.
static_assert(sizeof(catalogue) == (catalogue_phrase_count + 1) * sizeof(std::string_view) +
                                       sizeof(const code_text*) + sizeof(const status_text*) +
                                       3 * sizeof(std::size_t),
              "catalogue: every phrase field must be listed in for_each_phrase");

}  // namespace v1
}  // namespace smtpcodes

#endif
