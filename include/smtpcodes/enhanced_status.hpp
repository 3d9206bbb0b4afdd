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

#include "detail/config.hpp"
#include "detail/enhanced_table.hpp"
#include "detail/enhanced_types.hpp"
#include "registry.hpp"
#include "reply_code.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

// The row of X.subject.detail for subjects 0-7 and details 0-30 (every row of
// the registry: tests/static_tables.cpp checks it), or no_status_row. At run
// time: an index built on first use (thread-safe static initialisation, no
// allocation), one load per lookup. During constant evaluation: a binary
// search of the table (sorted by subject and detail; checked there too). The index is not a
// constexpr variable because every file that includes this header would then evaluate its
// construction while compiling.
inline constexpr std::size_t status_index_details = 31;
inline constexpr std::uint8_t no_status_row = 0xFF;
static_assert(enhanced_table.size() < no_status_row, "row indexes fit in a byte");
struct status_row_index {
  std::uint8_t row[subject_count][status_index_details];
};
[[nodiscard]] inline status_row_index build_status_row_index() noexcept {
  status_row_index x{};
  for (auto& subject : x.row)
    for (std::uint8_t& r : subject) r = no_status_row;
  for (std::size_t i = 0; i < enhanced_table.size(); ++i) {
    const enhanced_status_info& r = enhanced_table[i];
    if (r.subject < subject_count && r.detail < status_index_details)
      x.row[r.subject][r.detail] = static_cast<std::uint8_t>(i);
  }
  return x;
}
[[nodiscard]] inline const status_row_index& status_rows_at_run_time() noexcept {
  static const status_row_index index = build_status_row_index();
  return index;
}

/// The first row at or after (subject, detail) in the table's order.
[[nodiscard]] constexpr std::size_t status_lower_bound(unsigned subject, unsigned detail) noexcept {
  std::size_t lo = 0, hi = enhanced_table.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const enhanced_status_info& r = enhanced_table[mid];
    if (r.subject < subject || (r.subject == subject && r.detail < detail))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/// The row of exactly X.subject.detail (subject below subject_count), or
/// no_status_row.
[[nodiscard]] constexpr std::uint8_t status_row_of(unsigned subject, unsigned detail) noexcept {
  if (SMTPCODES_RUN_FAST())
    return detail < status_index_details ? status_rows_at_run_time().row[subject][detail]
                                         : no_status_row;
  const std::size_t i = status_lower_bound(subject, detail);
  if (i == enhanced_table.size() || enhanced_table[i].subject != subject ||
      enhanced_table[i].detail != detail)
    return no_status_row;
  return static_cast<std::uint8_t>(i);
}

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

/// The registry row for a status, falling back per RFC 3463 §2. O(1) at run
/// time, O(log n) during constant evaluation.
[[nodiscard]] constexpr status_lookup lookup(enhanced_status s) noexcept {
  if (s.cls != 2 && s.cls != 4 && s.cls != 5) return {nullptr, match_level::none};
  const auto& table = detail::enhanced_table;
  if (s.subject >= detail::subject_count) return {&table[0], match_level::class_only};
  if (SMTPCODES_RUN_FAST()) {  // one look at the index for both answers
    const auto& row = detail::status_rows_at_run_time().row[s.subject];
    const std::uint8_t exact =
        s.detail < detail::status_index_details ? row[s.detail] : detail::no_status_row;
    if (exact != detail::no_status_row) return {&table[exact], match_level::exact};
    return {&table[row[0]], match_level::subject};
  }
  const std::uint8_t exact = detail::status_row_of(s.subject, s.detail);
  if (exact != detail::no_status_row) return {&table[exact], match_level::exact};
  // Every subject has its X.s.0 row (tests/static_tables.cpp checks it).
  return {&table[detail::status_row_of(s.subject, 0)], match_level::subject};
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
