// What to do next with a reply: advise() turns a parsed reply (or a DSN / log
// line) and the command it answered into an action, its scope, a delay, a
// bounce reason and whether the address is dead (hard) or still good (soft).
// Rules: RFC 5321 §3.1, §3.8, §4.2.1, §4.2.5, §4.5.3.1.10; RFC 1870 §6;
// RFC 3207 §4; RFC 4954 §4, §6; RFC 3463 §3 (reasons from enhanced codes).
#ifndef SMTPCODES_ADVICE_HPP
#define SMTPCODES_ADVICE_HPP

#include <chrono>
#include <string_view>

#include "command.hpp"
#include "detail/advice_types.hpp"
#include "enhanced_status.hpp"
#include "reply.hpp"

#include "detail/advice_rules.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Advice for a parsed reply to `command` (unknown when the caller does not know it).
[[nodiscard]] constexpr advice advise(const reply& r, smtp_command command,
                                      const advice_policy& policy) noexcept {
  return detail::decide(r, command, policy);
}
[[nodiscard]] constexpr advice advise(const reply& r,
                                      smtp_command command = smtp_command::unknown) noexcept {
  return detail::decide(r, command, detail::default_policy);
}

/// Advice for a reply given as text: wire bytes ("550 5.1.1 ...\r\n"), a DSN
/// Diagnostic-Code value or a log line. The command named in the text is used
/// when `command` is unknown. Text holding no reply gets a reason from its
/// wording (connection loss is treated as 451, RFC 5321 §3.8).
[[nodiscard]] constexpr advice advise(std::string_view diagnostic, smtp_command command,
                                      const advice_policy& policy) noexcept {
  return detail::decide_text(diagnostic, command, policy);
}
[[nodiscard]] constexpr advice advise(std::string_view diagnostic,
                                      smtp_command command = smtp_command::unknown) noexcept {
  return detail::decide_text(diagnostic, command, detail::default_policy);
}

/// Advice when the connection dropped unexpectedly during `command`: RFC 5321
/// §3.8 says to act as if 451 had been received.
[[nodiscard]] constexpr advice advise_connection_lost(
    smtp_command command = smtp_command::unknown,
    const advice_policy& policy = advice_policy{}) noexcept {
  return detail::connection_lost(command, policy);
}

/// The reason text patterns alone give for a reply text (case-insensitive
/// for ASCII letters, no allocation); bounce_reason::undefined when none matches.
[[nodiscard]] constexpr bounce_reason reason_from_text(std::string_view text) noexcept {
  return detail::match_any_script(text).reason;
}

/// The reason an enhanced status alone gives; undefined for generic codes
/// (X.0.0 and the like) whose meaning the text must refine.
[[nodiscard]] constexpr bounce_reason reason_from_status(enhanced_status s) noexcept {
  const detail::status_reason sr = detail::reason_of(s);
  return sr.strong ? sr.reason : bounce_reason::undefined;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
