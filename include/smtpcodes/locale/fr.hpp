// French catalogue (fr). Generated from i18n/fr.json by
// tools/i18n/i18n.py header: edit the JSON file, not this header. Each text
// was translated from the English source whose hash the JSON file stores.
#ifndef SMTPCODES_LOCALE_FR_HPP
#define SMTPCODES_LOCALE_FR_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
namespace fr_texts {
/// Per-code texts of French, in registry order.
inline constexpr code_text codes[] = {
  {211,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {214,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {220,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {221,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {235,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {250,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {251,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {252,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {253,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {334,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {354,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {355,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {421,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {432,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {450,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {451,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {452,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {453,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {454,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {455,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {458,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {459,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {500,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {501,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {502,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {503,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {504,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {521,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {530,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {534,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {535,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {538,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {550,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {551,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {552,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {553,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {554,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {555,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {556,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
};
/// Enhanced-status texts of French, in registry order.
inline constexpr status_text statuses[] = {
  {0, 0,
   "",
   "",
   ""},
  {1, 0,
   "",
   "",
   ""},
  {1, 1,
   "",
   "",
   ""},
  {1, 2,
   "",
   "",
   ""},
  {1, 3,
   "",
   "",
   ""},
  {1, 4,
   "",
   "",
   ""},
  {1, 5,
   "",
   "",
   ""},
  {1, 6,
   "",
   "",
   ""},
  {1, 7,
   "",
   "",
   ""},
  {1, 8,
   "",
   "",
   ""},
  {1, 9,
   "",
   "",
   ""},
  {1, 10,
   "",
   "",
   ""},
  {2, 0,
   "",
   "",
   ""},
  {2, 1,
   "",
   "",
   ""},
  {2, 2,
   "",
   "",
   ""},
  {2, 3,
   "",
   "",
   ""},
  {2, 4,
   "",
   "",
   ""},
  {3, 0,
   "",
   "",
   ""},
  {3, 1,
   "",
   "",
   ""},
  {3, 2,
   "",
   "",
   ""},
  {3, 3,
   "",
   "",
   ""},
  {3, 4,
   "",
   "",
   ""},
  {3, 5,
   "",
   "",
   ""},
  {3, 6,
   "",
   "",
   ""},
  {4, 0,
   "",
   "",
   ""},
  {4, 1,
   "",
   "",
   ""},
  {4, 2,
   "",
   "",
   ""},
  {4, 3,
   "",
   "",
   ""},
  {4, 4,
   "",
   "",
   ""},
  {4, 5,
   "",
   "",
   ""},
  {4, 6,
   "",
   "",
   ""},
  {4, 7,
   "",
   "",
   ""},
  {5, 0,
   "",
   "",
   ""},
  {5, 1,
   "",
   "",
   ""},
  {5, 2,
   "",
   "",
   ""},
  {5, 3,
   "",
   "",
   ""},
  {5, 4,
   "",
   "",
   ""},
  {5, 5,
   "",
   "",
   ""},
  {5, 6,
   "",
   "",
   ""},
  {6, 0,
   "",
   "",
   ""},
  {6, 1,
   "",
   "",
   ""},
  {6, 2,
   "",
   "",
   ""},
  {6, 3,
   "",
   "",
   ""},
  {6, 4,
   "",
   "",
   ""},
  {6, 5,
   "",
   "",
   ""},
  {6, 6,
   "",
   "",
   ""},
  {6, 7,
   "",
   "",
   ""},
  {6, 8,
   "",
   "",
   ""},
  {6, 9,
   "",
   "",
   ""},
  {6, 10,
   "",
   "",
   ""},
  {7, 0,
   "",
   "",
   ""},
  {7, 1,
   "",
   "",
   ""},
  {7, 2,
   "",
   "",
   ""},
  {7, 3,
   "",
   "",
   ""},
  {7, 4,
   "",
   "",
   ""},
  {7, 5,
   "",
   "",
   ""},
  {7, 6,
   "",
   "",
   ""},
  {7, 7,
   "",
   "",
   ""},
  {7, 8,
   "",
   "",
   ""},
  {7, 9,
   "",
   "",
   ""},
  {7, 10,
   "",
   "",
   ""},
  {7, 11,
   "",
   "",
   ""},
  {7, 12,
   "",
   "",
   ""},
  {7, 13,
   "",
   "",
   ""},
  {7, 14,
   "",
   "",
   ""},
  {7, 15,
   "",
   "",
   ""},
  {7, 16,
   "",
   "",
   ""},
  {7, 17,
   "",
   "",
   ""},
  {7, 18,
   "",
   "",
   ""},
  {7, 19,
   "",
   "",
   ""},
  {7, 20,
   "",
   "",
   ""},
  {7, 21,
   "",
   "",
   ""},
  {7, 22,
   "",
   "",
   ""},
  {7, 23,
   "",
   "",
   ""},
  {7, 24,
   "",
   "",
   ""},
  {7, 25,
   "",
   "",
   ""},
  {7, 26,
   "",
   "",
   ""},
  {7, 27,
   "",
   "",
   ""},
  {7, 28,
   "",
   "",
   ""},
  {7, 29,
   "",
   "",
   ""},
  {7, 30,
   "",
   "",
   ""},
};
}  // namespace fr_texts

/// French.
inline constexpr catalogue fr = [] {
  catalogue c{};
  c.tag = "fr";
  c.language = "";
  c.heading_description = "";
  c.heading_when_seen = "";
  c.heading_how_to_fix = "";
  c.heading_key_differences = "";
  c.heading_when_to_use = "";
  c.heading_learn_more = "";
  c.heading_explanation = "";
  c.heading_enhanced_status = "";
  c.heading_advice = "";
  c.heading_reason = "";
  c.heading_other_meaning = "";
  c.heading_server_text = "";
  c.heading_code_list = "";
  c.heading_status_list = "";
  c.heading_typical_statuses = "";
  c.heading_related_codes = "";
  c.heading_compare_with = "";
  c.heading_what_to_do = "";
  c.compare_title = "";
  c.code_title = "";
  c.unregistered_title = "";
  c.status_title = "";
  c.class_names[0] = "";
  c.class_names[1] = "";
  c.class_names[2] = "";
  c.class_names[3] = "";
  c.class_names[4] = "";
  c.class_names[5] = "";
  c.class_gist[0] = "";
  c.class_gist[1] = "";
  c.class_gist[2] = "";
  c.class_gist[3] = "";
  c.class_gist[4] = "";
  c.class_gist[5] = "";
  c.class_gist_both[0] = "";
  c.class_gist_both[1] = "";
  c.class_gist_both[2] = "";
  c.class_gist_both[3] = "";
  c.class_gist_both[4] = "";
  c.class_gist_both[5] = "";
  c.class_remedy[0] = "";
  c.class_remedy[1] = "";
  c.class_remedy[2] = "";
  c.class_remedy[3] = "";
  c.class_remedy[4] = "";
  c.class_remedy[5] = "";
  c.class_outcome[0] = "";
  c.class_outcome[1] = "";
  c.class_outcome[2] = "";
  c.class_outcome[3] = "";
  c.class_outcome[4] = "";
  c.class_outcome[5] = "";
  c.category_names[0] = "";
  c.category_names[1] = "";
  c.category_names[2] = "";
  c.category_names[3] = "";
  c.category_names[4] = "";
  c.category_names[5] = "";
  c.category_names[6] = "";
  c.category_meaning[0] = "";
  c.category_meaning[1] = "";
  c.category_meaning[2] = "";
  c.category_meaning[3] = "";
  c.category_meaning[4] = "";
  c.category_meaning[5] = "";
  c.category_meaning[6] = "";
  c.intro_different = "";
  c.intro_same = "";
  c.in_contrast = "";
  c.no_differences = "";
  c.diff_class = "";
  c.diff_category = "";
  c.diff_meaning = "";
  c.diff_retry = "";
  c.diff_connection = "";
  c.diff_commands = "";
  c.diff_status = "";
  c.diff_status_first_only = "";
  c.diff_status_second_only = "";
  c.diff_spec = "";
  c.retry_phrases[0] = "";
  c.retry_phrases[1] = "";
  c.retry_phrases[2] = "";
  c.retry_phrases[3] = "";
  c.retry_phrases[4] = "";
  c.retry_phrases[5] = "";
  c.spec_names[0] = "";
  c.spec_names[1] = "";
  c.spec_names[2] = "";
  c.connection_closes = "";
  c.connection_stays_open = "";
  c.command_connect = "";
  c.command_end_of_data = "";
  c.command_any = "";
  c.list_separator = "";
  c.list_last_separator = "";
  c.list_last_or = "";
  c.which_by_outcome = "";
  c.which_same_class = "";
  c.which_item = "";
  c.reference_item = "";
  c.class_line = "";
  c.category_line = "";
  c.unregistered_intro = "";
  c.unregistered_when_seen = "";
  c.malformed_intro = "";
  c.alternate_line = "";
  c.label_code = "";
  c.label_class = "";
  c.label_category = "";
  c.label_name = "";
  c.label_commands = "";
  c.label_command = "";
  c.label_status = "";
  c.label_action = "";
  c.label_scope = "";
  c.label_bounce = "";
  c.label_reason = "";
  c.label_delay = "";
  c.label_connection = "";
  c.label_why = "";
  c.connection_close_value = "";
  c.connection_keep_value = "";
  c.action_names[0] = "";
  c.action_names[1] = "";
  c.action_names[2] = "";
  c.action_names[3] = "";
  c.action_names[4] = "";
  c.action_names[5] = "";
  c.action_names[6] = "";
  c.scope_names[0] = "";
  c.scope_names[1] = "";
  c.scope_names[2] = "";
  c.scope_names[3] = "";
  c.bounce_names[0] = "";
  c.bounce_names[1] = "";
  c.bounce_names[2] = "";
  c.reason_line = "";
  c.reason_names[0] = "";
  c.reason_names[1] = "";
  c.reason_names[2] = "";
  c.reason_names[3] = "";
  c.reason_names[4] = "";
  c.reason_names[5] = "";
  c.reason_names[6] = "";
  c.reason_names[7] = "";
  c.reason_names[8] = "";
  c.reason_names[9] = "";
  c.reason_names[10] = "";
  c.reason_names[11] = "";
  c.reason_names[12] = "";
  c.reason_names[13] = "";
  c.reason_names[14] = "";
  c.reason_names[15] = "";
  c.reason_names[16] = "";
  c.reason_names[17] = "";
  c.reason_names[18] = "";
  c.reason_names[19] = "";
  c.reason_names[20] = "";
  c.reason_names[21] = "";
  c.reason_names[22] = "";
  c.reason_names[23] = "";
  c.reason_names[24] = "";
  c.reason_names[25] = "";
  c.reason_names[26] = "";
  c.reason_names[27] = "";
  c.reason_names[28] = "";
  c.reason_names[29] = "";
  c.reason_names[30] = "";
  c.reason_names[31] = "";
  c.reason_names[32] = "";
  c.why_texts[0] = "";
  c.why_texts[1] = "";
  c.why_texts[2] = "";
  c.why_texts[3] = "";
  c.why_texts[4] = "";
  c.why_texts[5] = "";
  c.why_texts[6] = "";
  c.why_texts[7] = "";
  c.why_texts[8] = "";
  c.why_texts[9] = "";
  c.why_texts[10] = "";
  c.why_texts[11] = "";
  c.why_texts[12] = "";
  c.why_texts[13] = "";
  c.why_texts[14] = "";
  c.why_texts[15] = "";
  c.why_texts[16] = "";
  c.why_texts[17] = "";
  c.why_texts[18] = "";
  c.why_texts[19] = "";
  c.why_texts[20] = "";
  c.why_texts[21] = "";
  c.why_texts[22] = "";
  c.why_texts[23] = "";
  c.why_texts[24] = "";
  c.why_texts[25] = "";
  c.why_texts[26] = "";
  c.why_texts[27] = "";
  c.delay_none = "";
  c.delay_second = "";
  c.delay_seconds = "";
  c.delay_minute = "";
  c.delay_minutes = "";
  c.delay_hour = "";
  c.delay_hours = "";
  c.delay_day = "";
  c.delay_days = "";
  c.status_line = "";
  c.status_subject_only = "";
  c.status_class_only = "";
  c.status_invalid = "";
  c.status_none = "";
  c.diagnostics[0] = "";
  c.diagnostics[1] = "";
  c.diagnostics[2] = "";
  c.diagnostics[3] = "";
  c.diagnostics[4] = "";
  c.diagnostics[5] = "";
  c.status_subject_names[0] = "";
  c.status_subject_names[1] = "";
  c.status_subject_names[2] = "";
  c.status_subject_names[3] = "";
  c.status_subject_names[4] = "";
  c.status_subject_names[5] = "";
  c.status_subject_names[6] = "";
  c.status_subject_names[7] = "";
  c.status_class_names[0] = "";
  c.status_class_names[1] = "";
  c.status_class_names[2] = "";
  c.status_class_descriptions[0] = "";
  c.status_class_descriptions[1] = "";
  c.status_class_descriptions[2] = "";
  c.status_class_what_to_do[0] = "";
  c.status_class_what_to_do[1] = "";
  c.status_class_what_to_do[2] = "";
  c.status_intro = "";
  c.label_usage = "";
  c.usage_names[0] = "";
  c.usage_names[1] = "";
  c.usage_names[2] = "";
  c.usage_names[3] = "";
  c.usage_names[4] = "";
  c.usage_names[5] = "";
  c.usage_names[6] = "";
  c.label_subject = "";
  c.status_deprecated = "";
  c.status_codes_any = "";
  c.status_codes_none = "";
  c.status_codes_class = "";
  c.status_list_intro = "";
  c.site_title = "";
  c.site_intro = "";
  c.index_compare_note = "";
  c.compare_link = "";
  c.nav_home = "";
  c.nav_codes = "";
  c.nav_statuses = "";
  c.nav_language = "";
  c.nav_previous = "";
  c.nav_next = "";
  c.skip_link = "";
  c.footer_note = "";
  c.code_texts = fr_texts::codes;
  c.code_text_count = sizeof(fr_texts::codes) / sizeof(code_text);
  c.status_texts = fr_texts::statuses;
  c.status_text_count = sizeof(fr_texts::statuses) / sizeof(status_text);
  return c;
}();
// clang-format on

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
