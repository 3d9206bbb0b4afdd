// Enhanced mail system status codes: the value type, its grammar (RFC 3463 §2),
// allocation-free formatting, the IANA registry (RFC 5248 §2) with the subject
// and class fallback of RFC 3463 §2, and the consistency of a status with its
// basic reply code (RFC 2034 §3, §4). Registry rows: detail/enhanced_table.hpp.
#ifndef SMTPCODES_ENHANCED_STATUS_HPP
#define SMTPCODES_ENHANCED_STATUS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/enhanced_table.hpp"
#include "detail/enhanced_types.hpp"
#include "registry.hpp"
#include "reply_code.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// Not constexpr: reaching it during constant evaluation reports a broken table.
void enhanced_table_is_not_sorted_by_subject_and_detail() noexcept;

// First row of each subject 0-8 (8 = end): subject s owns rows
// [first[s], first[s + 1]). One pass over the rows, on plain integers.
struct subject_rows {
  std::uint8_t first[subject_count + 1];
};
[[nodiscard]] constexpr subject_rows build_subject_index() noexcept {
  subject_rows index{};
  unsigned row = 0, subject = 0, previous_key = 0;
  for (const enhanced_status_info& r : enhanced_table) {
    const unsigned key = r.subject * 1000u + r.detail;
    if (row != 0 && key <= previous_key)  // lookups rely on this order
      enhanced_table_is_not_sorted_by_subject_and_detail();
    previous_key = key;
    while (subject <= r.subject && subject <= subject_count)
      index.first[subject++] = static_cast<std::uint8_t>(row);
    ++row;
  }
  while (subject <= subject_count) index.first[subject++] = static_cast<std::uint8_t>(row);
  return index;
}
inline constexpr subject_rows subject_index = build_subject_index();

[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
}  // namespace detail

/// How closely a lookup matched (RFC 3463 §2: report the subject when the
/// detail is unknown, and the class when the subject is unknown).
enum class match_level : std::uint8_t {
  exact,       ///< the registry has this subject and detail
  subject,     ///< unknown detail: the subject's X.s.0 row
  class_only,  ///< unknown subject: the X.0.0 row
  none,        ///< the class is not 2, 4 or 5
};

struct status_lookup {
  const enhanced_status_info* info;  ///< nullptr only for match_level::none
  match_level level;
};

/// The registry row for a status, falling back per RFC 3463 §2. O(log n).
[[nodiscard]] constexpr status_lookup lookup(enhanced_status s) noexcept {
  if (s.cls != 2 && s.cls != 4 && s.cls != 5) return {nullptr, match_level::none};
  const auto& table = detail::enhanced_table;
  if (s.subject < detail::subject_count) {
    std::size_t lo = detail::subject_index.first[s.subject];
    std::size_t hi = detail::subject_index.first[s.subject + 1u];
    const std::size_t subject_row = lo;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (table[mid].detail == s.detail) return {&table[mid], match_level::exact};
      if (table[mid].detail < s.detail)
        lo = mid + 1;
      else
        hi = mid;
    }
    return {&table[subject_row], match_level::subject};
  }
  return {&table[0], match_level::class_only};
}

/// The registry row for a status: exact, else X.s.0, else X.0.0; nullptr when
/// the class is not 2, 4 or 5.
[[nodiscard]] constexpr const enhanced_status_info* find(enhanced_status s) noexcept {
  return lookup(s).info;
}

/// Every registry row, sorted by subject and detail.
[[nodiscard]] constexpr const auto& all_enhanced_statuses() noexcept {
  return detail::enhanced_table;
}

/// The meaning of the class digit; an "Unknown Class" entry unless it is 2, 4 or 5.
[[nodiscard]] constexpr const class_status_info& class_meaning(enhanced_status s) noexcept {
  const auto& t = detail::class_status_table;
  return s.cls == 2 ? t[1] : s.cls == 4 ? t[2] : s.cls == 5 ? t[3] : t[0];
}

/// One finding about a basic code and status pair (bit flags).
enum class status_diagnostic : std::uint8_t {
  class_mismatch = 1,    ///< status class differs from the basic code's first digit (RFC 2034 §4)
  not_registered = 2,    ///< no exact registry row
  not_associated = 4,    ///< the row lists basic codes, and not this one
  usage_restricted = 8,  ///< the row's usage excludes this class (RFC 3463 §3)
  on_intermediate_reply = 16,  ///< a 3xx reply carries a status (RFC 2034 §3 says never)
  deprecated_code = 32,        ///< the row is deprecated (X.6.10)
};

/// Every diagnostic, in bit order.
inline constexpr std::array<status_diagnostic, 6> all_status_diagnostics{
    {status_diagnostic::class_mismatch, status_diagnostic::not_registered,
     status_diagnostic::not_associated, status_diagnostic::usage_restricted,
     status_diagnostic::on_intermediate_reply, status_diagnostic::deprecated_code}};

/// Stable identifier of a diagnostic, "class_mismatch".
[[nodiscard]] constexpr std::string_view to_string(status_diagnostic d) noexcept {
  switch (d) {
    case status_diagnostic::class_mismatch:
      return "class_mismatch";
    case status_diagnostic::not_registered:
      return "not_registered";
    case status_diagnostic::not_associated:
      return "not_associated";
    case status_diagnostic::usage_restricted:
      return "usage_restricted";
    case status_diagnostic::on_intermediate_reply:
      return "on_intermediate_reply";
    case status_diagnostic::deprecated_code:
      return "deprecated_code";
  }
  return "unknown";
}

/// A set of status_diagnostic flags; empty means the pair is consistent.
class status_diagnostics {
 public:
  constexpr status_diagnostics() noexcept = default;
  constexpr explicit status_diagnostics(std::uint8_t bits) noexcept : bits_(bits) {}
  constexpr status_diagnostics(status_diagnostic d) noexcept  // NOLINT: a flag is a set of one
      : bits_(static_cast<std::uint8_t>(d)) {}
  [[nodiscard]] constexpr bool has(status_diagnostic d) const noexcept {
    return (bits_ & static_cast<std::uint8_t>(d)) != 0;
  }
  [[nodiscard]] constexpr bool any() const noexcept { return bits_ != 0; }
  [[nodiscard]] constexpr bool none() const noexcept { return bits_ == 0; }
  [[nodiscard]] constexpr std::uint8_t bits() const noexcept { return bits_; }
  /// A MUST of RFC 2034 is broken: class mismatch or a status on a 3xx reply.
  [[nodiscard]] constexpr bool violates_rfc2034() const noexcept {
    return has(status_diagnostic::class_mismatch) || has(status_diagnostic::on_intermediate_reply);
  }
  [[nodiscard]] constexpr status_diagnostics operator|(status_diagnostics o) const noexcept {
    return status_diagnostics{static_cast<std::uint8_t>(bits_ | o.bits_)};
  }
  [[nodiscard]] friend constexpr bool operator==(status_diagnostics a,
                                                 status_diagnostics b) noexcept {
    return a.bits_ == b.bits_;
  }
  [[nodiscard]] friend constexpr bool operator!=(status_diagnostics a,
                                                 status_diagnostics b) noexcept {
    return a.bits_ != b.bits_;
  }

 private:
  std::uint8_t bits_ = 0;
};

[[nodiscard]] constexpr status_diagnostics operator|(status_diagnostic a,
                                                     status_diagnostic b) noexcept {
  return status_diagnostics{a} | b;
}

/// What is inconsistent about a basic code and the status it carries. A 3xx
/// code gets on_intermediate_reply instead of class_mismatch; the registry
/// checks (not_associated, usage_restricted, deprecated_code) need an exact row.
[[nodiscard]] constexpr status_diagnostics check(unsigned basic_code, enhanced_status s) noexcept {
  status_diagnostics d;
  if (is_intermediate(basic_code))
    d = d | status_diagnostic::on_intermediate_reply;
  else if (!is_well_formed(basic_code) || basic_code / 100 != s.cls)
    d = d | status_diagnostic::class_mismatch;
  const status_lookup found = lookup(s);
  if (found.level != match_level::exact) return d | status_diagnostic::not_registered;
  const enhanced_status_info& row = *found.info;
  if (row.restricts_basic_codes() && !row.associated(basic_code))
    d = d | status_diagnostic::not_associated;
  if (!row.allows_class(s.cls)) d = d | status_diagnostic::usage_restricted;
  if (row.deprecated) d = d | status_diagnostic::deprecated_code;
  return d;
}

/// Everything the library knows about a basic code with an enhanced status.
struct combined_explanation {
  unsigned basic;
  enhanced_status status;
  const reply_info* basic_info;    ///< registry row of the basic code, may be nullptr
  code_explanation basic_generic;  ///< class and category texts of the basic code
  status_lookup status_info;       ///< registry row of the status, with its match level
  status_diagnostics diagnostics;  ///< what does not fit together
};

[[nodiscard]] constexpr combined_explanation explain(unsigned basic, enhanced_status s) noexcept {
  return {basic, s, find(basic), explain(basic), lookup(s), check(basic, s)};
}

}  // namespace v1
}  // namespace smtpcodes

#endif
