// Compile-time validation of the data tables, texts included: every row
// sorted, unique and complete, associations well formed, sentences without
// doubled words, the compare records agreeing with the command sets.
// Asserted by tests/static_tables.cpp. Not included by smtpcodes.hpp: these
// checks would cost every including file compile time. The lookups' binary
// searches during constant evaluation rely on the order checked here.
#ifndef SMTPCODES_DETAIL_TABLE_CHECKS_HPP
#define SMTPCODES_DETAIL_TABLE_CHECKS_HPP

#include <cstddef>
#include <string_view>

#include "../compare.hpp"
#include "../enhanced_status.hpp"
#include "../registry.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

[[nodiscard]] constexpr bool has_text(std::string_view s) noexcept {
  return !s.empty() && (s.back() == '.' || s.back() == ')');
}
/// Rows sorted and unique, codes 2xx-5xx with second digit 0-5, complete texts.
[[nodiscard]] constexpr bool reply_table_is_valid() noexcept {
  for (std::size_t i = 0; i < reply_table.size(); ++i) {
    const reply_info& r = reply_table[i];
    const unsigned w = r.wire();
    if (w < 200 || w > 599) return false;                       // digits valid
    if (w / 10 % 10 > 5) return false;                          // second digit 0-5
    if (i > 0 && reply_table[i - 1].wire() >= w) return false;  // sorted, unique
    if (row_of(w) != i) return false;
    if (r.identifier.empty() || r.name.empty() || r.reference.empty()) return false;
    if (!has_text(r.description) || !has_text(r.when_seen) || !has_text(r.how_to_fix))
      return false;  // complete sentences
    if (r.commands.empty()) return false;
    if (r.has_alternate() &&
        (!has_text(r.alternate.description) || !has_text(r.alternate.how_to_fix)))
      return false;
  }
  for (std::size_t i = 0; i < class_table_size; ++i)
    if (static_cast<std::size_t>(class_table[i].value) != i) return false;
  for (std::size_t i = 0; i < category_table_size; ++i)
    if (static_cast<std::size_t>(category_table[i].value) != i &&
        category_table[i].value != reply_category::unknown)
      return false;
  return reply_table.size() < no_row;  // a row index fits in a byte
}

[[nodiscard]] constexpr bool is_sentence(std::string_view s) noexcept {
  if (s.size() < 2 || s.back() != '.') return false;
  for (char c : s)
    if (c < ' ' || c > '~') return false;  // plain printable ASCII
  return true;
}
// True when a word follows itself ("the the"), ignoring case and punctuation.
[[nodiscard]] constexpr bool has_doubled_word(std::string_view s) noexcept {
  const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::string_view previous;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_letter(s[i])) ++i;
    const std::size_t start = i;
    while (i < s.size() && is_letter(s[i])) ++i;
    const std::string_view word = s.substr(start, i - start);
    if (word.empty()) break;
    if (word.size() == previous.size()) {
      bool same = true;
      for (std::size_t k = 0; k < word.size(); ++k)
        if (ascii_lower(word[k]) != ascii_lower(previous[k])) same = false;
      if (same) return true;
    }
    previous = word;
  }
  return false;
}

[[nodiscard]] constexpr bool enhanced_table_is_valid() noexcept {
  static_assert(enhanced_table.size() < 0xFF, "row index must fit in a byte");
  for (std::size_t i = 0; i < enhanced_table.size(); ++i) {
    const enhanced_status_info& r = enhanced_table[i];
    if (r.subject >= subject_count || r.detail > 999) return false;
    if (i > 0 && !(enhanced_status{2, enhanced_table[i - 1].subject, enhanced_table[i - 1].detail} <
                   r.with_class(2)))
      return false;  // sorted, unique
    if (r.subject_name != subject_names[r.subject] || r.detail_name.empty() || r.reference.empty())
      return false;
    if (!is_sentence(r.description) || !is_sentence(r.what_to_do) ||
        has_doubled_word(r.description) || has_doubled_word(r.what_to_do))
      return false;
    if (r.basic_code_count > r.basic_codes.size()) return false;  // malformed association
    for (std::size_t k = 0; k < r.basic_codes.size(); ++k) {
      const bool listed = k < r.basic_code_count;
      if (listed != (r.basic_codes[k] != 0)) return false;  // the count matches the list
      if (listed && !is_negative(r.basic_codes[k]) && !is_positive(r.basic_codes[k])) return false;
      if (listed && k > 0 && r.basic_codes[k - 1] >= r.basic_codes[k]) return false;  // sorted
    }
    if ((r.basic_class_mask & ~0x34u) != 0) return false;  // wildcards 2XX, 4XX, 5XX only
    if (r.any_basic_code && (r.basic_code_count != 0 || r.basic_class_mask != 0)) return false;
  }
  for (std::size_t i = 0; i < enhanced_table.size(); ++i) {  // the lookups find every row
    if (enhanced_table[i].detail >= status_index_details) return false;  // the run-time index
    if (status_row_of(enhanced_table[i].subject, enhanced_table[i].detail) != i) return false;
  }
  for (unsigned s = 0; s < subject_count; ++s)
    if (status_row_of(s, 0) == no_status_row) return false;  // every subject has its X.s.0 row
  for (const class_status_info& c : class_status_table)
    if (c.name.empty() || !is_sentence(c.description) || !is_sentence(c.what_to_do) ||
        enhanced_status{c.cls, 0, 0}.klass() != c.klass)
      return false;
  return true;
}

/// Whether each row's command_tokens is its command set written out.
[[nodiscard]] constexpr bool command_tokens_are_derived() noexcept {
  for (std::size_t i = 0; i < reply_table.size(); ++i) {
    char buffer[128] = {};
    const std::size_t n = write_command_tokens(reply_table[i].commands, nullptr);
    if (n > sizeof buffer) return false;
    write_command_tokens(reply_table[i].commands, buffer);
    if (reply_table[i].command_tokens != std::string_view(buffer, n)) return false;
  }
  return true;
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
