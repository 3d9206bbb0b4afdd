// Compile-time validation of every data table, texts included: building this
// file is the test. (The checks live in detail/table_checks.hpp, which
// smtpcodes.hpp does not include, so that including the library stays fast.)
#include <smtpcodes/detail/table_checks.hpp>
#include <smtpcodes/smtpcodes.hpp>

namespace d = smtpcodes::detail;

static_assert(d::reply_table_is_valid(),
              "reply_table: rows sorted, unique, 2xx-5xx with second digit 0-5, complete texts");
static_assert(d::enhanced_table_is_valid(),
              "enhanced_table: sorted and unique, subjects 0-7 each with an X.s.0 row, "
              "associations well formed, complete ASCII sentences without doubled words");
static_assert(d::reason_patterns_valid(),
              "reason patterns: lower case, two leading letters, at most reason_patterns_max");
static_assert(d::other_script_patterns_valid(),
              "other-script patterns: no upper-case ASCII, not startable by reason_pattern_rows");
static_assert(d::status_reasons_match_registry(),
              "status_reasons: one row per enhanced_table row, in its order");
constexpr bool reason_patterns_fit_indexes() {
  d::pattern_list list{};
  d::split_patterns(d::reason_pattern_rows, d::reason_pattern_row_count, list);
  return d::reason_indexes_fit(list);
}
static_assert(reason_patterns_fit_indexes(),
              "reason patterns: few short ones, all under 256 bytes");
// The patterns split from their rows: the first, and the last of a row
// written over several lines.
constexpr bool reason_patterns_split() {
  d::pattern_list list{};
  d::split_patterns(d::reason_pattern_rows, d::reason_pattern_row_count, list);
  return list.count == 479 && list.at[0].text == "virus" && list.at[0].row == 0 &&
         list.at[3].text == "trojan" && list.at[3].row == 0 && list.at[4].text == "greylist" &&
         list.at[4].row == 1 && list.at[478].text == "try again later" &&
         list.at[478].row == d::reason_pattern_row_count - 1;
}
static_assert(reason_patterns_split());
static_assert(
    d::command_tokens_are_derived(),
    "reply_table: each row's command_tokens is write_command_tokens() of its command set");
static_assert(d::status_row_of(0, 0) == 0 && d::status_row_of(7, 30) == 80 &&
              d::status_row_of(7, 31) == d::no_status_row &&
              d::status_row_of(3, 7) == d::no_status_row);
static_assert(d::row_of(211) == 0 && d::row_of(550) != d::no_row && d::row_of(511) == d::no_row &&
              d::row_of(599) == d::no_row && d::row_of(600) == d::no_row);

int main() { return 0; }
