// The bounce reason each enhanced status gives (RFC 3463 §3, the RFC 5248
// registry): one row per row of the enhanced status registry
// (detail/enhanced_table.hpp), in its order and checked against it at
// compile time, and the lookup advise() uses. Private to detail/advice_rules.hpp.
#ifndef SMTPCODES_DETAIL_STATUS_REASONS_HPP
#define SMTPCODES_DETAIL_STATUS_REASONS_HPP

#include <cstddef>
#include <cstdint>

#include "../enhanced_status.hpp"
#include "advice_types.hpp"
#include "config.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

struct status_reason {
  bounce_reason reason;
  bool strong;  // false: generic, the text may say more
};
/// The reason of enhanced_table[i]: its subject and detail again, so that a
/// row out of place fails to compile.
struct status_reason_row {
  std::uint16_t subject, detail;
  bounce_reason reason;
  bool strong;
};
inline constexpr bool strong_row = true, generic_row = false;

// Detail 0 rows are the subject defaults, used for details the registry does
// not list, except where a default would call the address dead (X.1.0): a
// detail nobody registered ("5.1.90 ... daily limit") is no evidence of that.
// A transient status never calls an address dead (weigh_status() in
// detail/advice_rules.hpp).
// clang-format off
inline constexpr status_reason_row status_reasons[] = {
  {0, 0, R::undefined, generic_row},
  {1, 0, R::user_unknown, generic_row},
  {1, 1, R::user_unknown, strong_row},
  {1, 2, R::host_unknown, strong_row},
  {1, 3, R::user_unknown, strong_row},
  {1, 4, R::user_unknown, strong_row},
  {1, 5, R::none, strong_row},
  {1, 6, R::has_moved, strong_row},
  {1, 7, R::sender_rejected, strong_row},
  {1, 8, R::sender_rejected, strong_row},
  {1, 9, R::mailer_error, generic_row},
  {1, 10, R::not_accept, strong_row},
  {2, 0, R::undefined, generic_row},
  {2, 1, R::mailbox_disabled, strong_row},
  {2, 2, R::mailbox_full, strong_row},
  {2, 3, R::message_too_large, strong_row},
  {2, 4, R::mailer_error, generic_row},
  {3, 0, R::system_error, generic_row},
  {3, 1, R::system_full, strong_row},
  {3, 2, R::system_error, generic_row},
  {3, 3, R::system_error, generic_row},
  {3, 4, R::message_too_large, strong_row},
  {3, 5, R::system_error, strong_row},
  {3, 6, R::none, strong_row},
  {4, 0, R::network_error, generic_row},
  {4, 1, R::network_error, strong_row},
  {4, 2, R::network_error, strong_row},
  {4, 3, R::network_error, generic_row},
  {4, 4, R::host_unknown, generic_row},  // no route to the domain; the text may say why
  {4, 5, R::system_error, generic_row},
  {4, 6, R::network_error, strong_row},  // a routing loop
  {4, 7, R::expired, strong_row},
  {5, 0, R::undefined, generic_row},  // some protocol problem, not necessarily the client's
  {5, 1, R::syntax_error, strong_row},
  {5, 2, R::syntax_error, strong_row},
  {5, 3, R::too_many_recipients, strong_row},
  {5, 4, R::syntax_error, strong_row},
  {5, 5, R::syntax_error, strong_row},
  {5, 6, R::security_error, strong_row},
  {6, 0, R::content_error, generic_row},
  {6, 1, R::content_error, strong_row},
  {6, 2, R::content_error, strong_row},
  {6, 3, R::content_error, strong_row},
  {6, 4, R::content_error, strong_row},
  {6, 5, R::content_error, strong_row},
  {6, 6, R::content_error, strong_row},
  {6, 7, R::content_error, strong_row},
  {6, 8, R::content_error, strong_row},
  {6, 9, R::content_error, strong_row},
  {6, 10, R::content_error, strong_row},
  {7, 0, R::undefined, generic_row},
  {7, 1, R::policy_violation, generic_row},
  {7, 2, R::policy_violation, strong_row},
  {7, 3, R::security_error, strong_row},
  {7, 4, R::security_error, strong_row},
  {7, 5, R::security_error, strong_row},
  {7, 6, R::security_error, strong_row},
  {7, 7, R::security_error, generic_row},
  {7, 8, R::security_error, strong_row},
  {7, 9, R::security_error, strong_row},
  {7, 10, R::failed_starttls, strong_row},
  {7, 11, R::security_error, strong_row},
  {7, 12, R::security_error, strong_row},
  {7, 13, R::security_error, strong_row},
  {7, 14, R::security_error, strong_row},
  {7, 15, R::policy_violation, strong_row},
  {7, 16, R::message_too_large, strong_row},
  {7, 17, R::has_moved, strong_row},
  {7, 18, R::has_moved, strong_row},
  {7, 19, R::policy_violation, strong_row},
  {7, 20, R::auth_failure, strong_row},
  {7, 21, R::auth_failure, strong_row},
  {7, 22, R::auth_failure, strong_row},
  {7, 23, R::auth_failure, strong_row},
  {7, 24, R::auth_failure, strong_row},
  {7, 25, R::require_ptr, strong_row},
  {7, 26, R::auth_failure, strong_row},
  {7, 27, R::sender_rejected, strong_row},
  {7, 28, R::rate_limited, strong_row},
  {7, 29, R::auth_failure, strong_row},
  {7, 30, R::security_error, strong_row},
};
// clang-format on
inline constexpr std::size_t status_reason_count =
    sizeof(status_reasons) / sizeof(status_reasons[0]);

/// Whether status_reasons has one row per registry row, in the registry's order.
[[nodiscard]] constexpr bool status_reasons_match_registry() noexcept {
  if (status_reason_count != enhanced_table.size()) return false;
  for (std::size_t i = 0; i < status_reason_count; ++i)
    if (status_reasons[i].subject != enhanced_table[i].subject ||
        status_reasons[i].detail != enhanced_table[i].detail)
      return false;
  return true;
}
static_assert(status_reason_count == enhanced_table.size(),
              "one status_reasons row per enhanced_table row");
// status_reasons_match_registry() is asserted in tests/static_tables.cpp: as
// a static_assert here it would be evaluated by every file that includes advice.hpp.

/// The reason of a detail the registry does not list, from its subject's
/// default: never strong, and never one that calls the address dead.
[[nodiscard]] constexpr status_reason unknown_detail(status_reason subject_default) noexcept {
  return {is_hard_reason(subject_default.reason) ? R::undefined : subject_default.reason, false};
}

/// Details below this have a cell in the grid (as in the registry's row index).
inline constexpr std::size_t max_status_detail = status_index_details;
/// Per subject and detail (below max_status_detail): the reason.
struct status_reason_grid {
  status_reason reasons[subject_count][max_status_detail];
};
[[nodiscard]] inline status_reason_grid build_status_grid() noexcept {
  status_reason_grid g{};
  for (auto& row : g.reasons)
    for (auto& cell : row) cell = {R::undefined, false};
  for (std::size_t i = 0; i < status_reason_count; ++i) {
    const status_reason_row& r = status_reasons[i];
    if (r.subject < subject_count && r.detail < max_status_detail)
      g.reasons[r.subject][r.detail] = {r.reason, r.strong};
  }
  for (std::size_t s = 0; s < subject_count; ++s)  // unknown details: unknown_detail()
    for (std::size_t d = 1; d < max_status_detail; ++d)
      if (g.reasons[s][d].reason == R::undefined && !g.reasons[s][d].strong)
        g.reasons[s][d] = unknown_detail(g.reasons[s][0]);
  return g;
}
/// The grid, built at run time on first use (thread-safe static
/// initialisation, no allocation); build_status_grid() is not constexpr, so
/// that no translation unit evaluates it while compiling.
inline const status_reason_grid& status_grid_at_run_time() noexcept {
  static const status_reason_grid grid = build_status_grid();
  return grid;
}

/// The status_reasons row for X.subject.detail, or {undefined, false}.
[[nodiscard]] constexpr status_reason status_row(unsigned subject, unsigned detail) noexcept {
  for (const status_reason_row& r : status_reasons)
    if (r.subject == subject && r.detail == detail) return {r.reason, r.strong};
  return {R::undefined, false};
}

/// Reason from an enhanced status (RFC 3463 §2: unknown detail -> subject
/// meaning): the grid at run time, the rows themselves during constant evaluation.
[[nodiscard]] constexpr status_reason reason_of(enhanced_status s) noexcept {
  if (s.subject >= subject_count) return {R::undefined, false};
  if (SMTPCODES_RUN_FAST()) {
    const status_reason_grid& g = status_grid_at_run_time();
    if (s.detail >= max_status_detail) return unknown_detail(g.reasons[s.subject][0]);
    return g.reasons[s.subject][s.detail];
  }
  const status_reason subject_default = status_row(s.subject, 0);
  if (s.detail >= max_status_detail) return unknown_detail(subject_default);
  const status_reason v = status_row(s.subject, s.detail);
  if (s.detail != 0 && v.reason == R::undefined && !v.strong)
    return unknown_detail(subject_default);
  return v;
}

/// The registry row of exactly `s`, or nullptr: what check() looks up.
[[nodiscard]] constexpr const enhanced_status_info* exact_row(enhanced_status s) noexcept {
  if (s.subject >= subject_count) return nullptr;
  const std::uint8_t i = status_row_of(s.subject, s.detail);
  return i == no_status_row ? nullptr : &enhanced_table[i];
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
