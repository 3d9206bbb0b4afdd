// Free text in, reply out: finds the SMTP reply inside a DSN Diagnostic-Code
// value (RFC 3464 §2.3.6, "smtp; 550 5.1.1 ...") or a mail log line (Postfix
// "said:" and "NOQUEUE: reject:", Exim "SMTP error from remote mail server
// after ...:", Sendmail "stat=Deferred: ..."), with the command it answered.
// The scanning lives in detail/free_text.hpp and the headers it includes.
#ifndef SMTPCODES_FIND_REPLY_HPP
#define SMTPCODES_FIND_REPLY_HPP

#include <string_view>

#include "detail/free_text.hpp"
#include "detail/reply_types.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Finds the first SMTP reply in free text: a DSN Diagnostic-Code value, a
/// bounce message line or a mail log line. Allocation-free; views point into
/// `text`. `command` is set when the text names the command ("in reply to
/// RCPT TO command", "after RCPT TO:", "reject: RCPT from"). Errors:
/// no_reply_found, nul_byte, control_character, and too_many_lines when the
/// text folds more lines than reply::line_count can count (65535).
[[nodiscard]] constexpr text_match find_reply(std::string_view text) noexcept {
  detail::reply_facts f;
  return detail::find_in_text(text, true, f);
}

}  // namespace v1
}  // namespace smtpcodes

#endif
