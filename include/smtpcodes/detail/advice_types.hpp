// The types of advice.hpp: action, scope, bounce_type, the bounce_reason
// taxonomy, advice and advice_policy, with their names. In a header of their
// own so that the decision rules (detail/advice_rules.hpp) compile alone.
// Public names, included through advice.hpp.
#ifndef SMTPCODES_DETAIL_ADVICE_TYPES_HPP
#define SMTPCODES_DETAIL_ADVICE_TYPES_HPP

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../command.hpp"

namespace smtpcodes {
inline namespace v1 {

/// The next step for the client or queue runner.
enum class action : std::uint8_t {
  proceed,                ///< 2xx: the step succeeded
  continue_,              ///< 3xx: send the next part (message body, AUTH response)
  retry_later,            ///< transient: keep it queued, retry after `delay`
  retry_new_transaction,  ///< too many recipients: send the rest in a new transaction now
  try_next_host,          ///< this host refused the session: try the next MX
  change_request,         ///< change what is sent (STARTTLS first, HELO, credentials, syntax)
  give_up,                ///< permanent: bounce this recipient or message
};
/// What the action applies to.
enum class scope : std::uint8_t { none, recipient, message, session };
/// Whether the address is dead (hard), may work later (soft), or nothing failed (none).
enum class bounce_type : std::uint8_t { none, soft, hard };
/// Why a reply failed: a fixed taxonomy (the names are part of the public API).
enum class bounce_reason : std::uint8_t {
  none,
  user_unknown,
  host_unknown,
  has_moved,
  not_accept,
  mailbox_disabled,
  mailbox_full,
  message_too_large,
  relay_denied,
  blocked,
  bad_reputation,
  require_ptr,
  rate_limited,
  too_many_recipients,
  greylisted,
  spam_detected,
  virus_detected,
  content_error,
  policy_violation,
  auth_failure,
  security_error,
  failed_starttls,
  sender_rejected,
  filtered,
  syntax_error,
  not_compliant_rfc,
  expired,
  network_error,
  system_error,
  system_full,
  mailer_error,
  on_hold,
  undefined,
};
inline constexpr std::size_t bounce_reason_count = 33;
/// How many enumerators action, scope and bounce_type have.
inline constexpr std::size_t action_count = 7;
inline constexpr std::size_t scope_count = 4;
inline constexpr std::size_t bounce_type_count = 3;

/// Whom a throttle hint is for: the remote host, or every host of its domain.
enum class throttle_target : std::uint8_t { none, host, domain };
/// A rule's or provider profile's hint to suspend or slow sending (rules.hpp).
struct throttle_hint {
  throttle_target target = throttle_target::none;  ///< none: no hint
  std::chrono::seconds duration{0};                ///< how long to hold back
};

/// The advice for one reply. `why` points at static text, except when an
/// operator rule decided: then `why` and `rule` point into that rule's
/// `rule_set` (rules.hpp), which must outlive the advice (the built-in
/// provider profiles live for the whole program).
struct advice {
  action what = action::proceed;
  scope applies_to = scope::none;
  bounce_type bounce = bounce_type::none;
  bounce_reason reason = bounce_reason::none;
  std::chrono::seconds delay{0};  ///< wait before retrying; never zero for retry_later
  bool close_connection = false;  ///< the server closes (421, 221) or the client should
  std::string_view why;           ///< one sentence: the rule that decided
  std::string_view rule;          ///< the operator rule that decided (rules.hpp); empty: built in
  throttle_hint throttle;         ///< from a rule or provider profile; target none otherwise
};

/// Choices a caller may change without editing the library.
struct advice_policy {
  /// Treat 552 on RCPT as permanent, as Postfix does, instead of as 452 (RFC 5321 §4.5.3.1.10).
  bool permanent_552_on_rcpt = false;
  /// Soft-bounce mode: every give_up becomes retry_later (the reason and bounce type stay).
  bool soft_bounce = false;
  /// Retry delay per reason, indexed by bounce_reason; zero entries fall back to `default_delay`.
  std::array<std::chrono::seconds, bounce_reason_count> delays{};
  std::chrono::seconds default_delay{900};

  /// Sets the delay for one reason; returns *this for chaining.
  constexpr advice_policy& set_delay(bounce_reason r, std::chrono::seconds d) noexcept {
    delays[static_cast<std::size_t>(r)] = d;
    return *this;
  }
};

namespace detail {
using R = bounce_reason;

/// The policy of the calls that take none: one constant, not a new one per call.
inline constexpr advice_policy default_policy{};

// The names to_string() gives, indexed by enumerator.
// clang-format off
inline constexpr char action_names[action_count][22] = {
    "proceed",       "continue",       "retry_later", "retry_new_transaction",
    "try_next_host", "change_request", "give_up"};
inline constexpr char scope_names[scope_count][10] = {"none", "recipient", "message", "session"};
inline constexpr char bounce_type_names[bounce_type_count][5] = {"none", "soft", "hard"};
inline constexpr char throttle_target_names[3][7] = {"none", "host", "domain"};
inline constexpr char bounce_reason_names[bounce_reason_count][20] = {
    "none", "user_unknown", "host_unknown", "has_moved", "not_accept",
    "mailbox_disabled", "mailbox_full", "message_too_large", "relay_denied", "blocked",
    "bad_reputation", "require_ptr", "rate_limited", "too_many_recipients", "greylisted",
    "spam_detected", "virus_detected", "content_error", "policy_violation", "auth_failure",
    "security_error", "failed_starttls", "sender_rejected", "filtered", "syntax_error",
    "not_compliant_rfc", "expired", "network_error", "system_error", "system_full",
    "mailer_error", "on_hold", "undefined"};
// clang-format on
static_assert(static_cast<std::size_t>(action::give_up) + 1 == action_count, "one name per action");
static_assert(static_cast<std::size_t>(scope::session) + 1 == scope_count, "one name per scope");
static_assert(static_cast<std::size_t>(bounce_type::hard) + 1 == bounce_type_count,
              "one name per bounce_type");
static_assert(static_cast<std::size_t>(bounce_reason::undefined) + 1 == bounce_reason_count,
              "one name per bounce_reason");
}  // namespace detail

/// Names for logs and JSON: "retry_later", "recipient", "hard", "user_unknown".
[[nodiscard]] constexpr std::string_view to_string(action a) noexcept {
  const auto i = static_cast<std::size_t>(a);
  return i < action_count ? detail::stored_name(detail::action_names[i])
                          : std::string_view{"unknown"};
}
[[nodiscard]] constexpr std::string_view to_string(scope s) noexcept {
  const auto i = static_cast<std::size_t>(s);
  return i < scope_count ? detail::stored_name(detail::scope_names[i])
                         : std::string_view{"unknown"};
}
[[nodiscard]] constexpr std::string_view to_string(bounce_type b) noexcept {
  const auto i = static_cast<std::size_t>(b);
  return i < bounce_type_count ? detail::stored_name(detail::bounce_type_names[i])
                               : std::string_view{"unknown"};
}
[[nodiscard]] constexpr std::string_view to_string(throttle_target t) noexcept {
  const auto i = static_cast<std::size_t>(t);
  return i < 3 ? detail::stored_name(detail::throttle_target_names[i])
               : std::string_view{"unknown"};
}
[[nodiscard]] constexpr std::string_view to_string(bounce_reason r) noexcept {
  const auto i = static_cast<std::size_t>(r);
  return i < bounce_reason_count ? detail::stored_name(detail::bounce_reason_names[i])
                                 : std::string_view{"undefined"};
}

/// Hard only for reasons that say the address itself is dead: user_unknown,
/// host_unknown, has_moved, not_accept (a bit set, tested without a branch).
[[nodiscard]] constexpr bool is_hard_reason(bounce_reason r) noexcept {
  constexpr std::uint64_t hard =
      std::uint64_t{1} << static_cast<unsigned>(bounce_reason::user_unknown) |
      std::uint64_t{1} << static_cast<unsigned>(bounce_reason::host_unknown) |
      std::uint64_t{1} << static_cast<unsigned>(bounce_reason::has_moved) |
      std::uint64_t{1} << static_cast<unsigned>(bounce_reason::not_accept);
  return static_cast<unsigned>(r) < 64 && ((hard >> static_cast<unsigned>(r)) & 1u) != 0;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
