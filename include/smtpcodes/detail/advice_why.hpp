// The sentences advise() gives as advice::why: one table, indexed by why_id,
// so that every sentence exists once and a language catalogue can translate
// each by its index (render.hpp finds the index of an advice's `why`).
#ifndef SMTPCODES_DETAIL_ADVICE_WHY_HPP
#define SMTPCODES_DETAIL_ADVICE_WHY_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace smtpcodes {
inline namespace v1 {
namespace detail {

using namespace std::string_view_literals;  // table strings: no strlen at compile time

/// Which rule decided an advice; the index of its sentence in why_texts.
enum class why_id : std::uint8_t {
  success,                    // 2yz
  quit,                       // 221
  intermediate,               // 3yz
  bad_class,                  // a first digit outside 2-5
  closing_next_host,          // 421 at the start of a session
  closing_retry,              // 421 later in a session
  too_many_recipients,        // 452 / X.5.3 after RCPT
  transient_next_host,        // 4yz to the greeting or EHLO
  transition_needed,          // 432
  transient,                  // any other 4yz
  rcpt_552_mailbox_full,      // 552 on RCPT, full mailbox
  rcpt_552_new_transaction,   // 552 on RCPT, otherwise
  greeting_refused,           // 5yz greeting
  ehlo_unsupported,           // 500/502 to EHLO
  starttls_or_auth_required,  // 530
  stronger_auth_required,     // 534
  credentials_rejected,       // 535
  encryption_required,        // 538
  session_refused,            // 5yz to HELO/EHLO
  request_refused,            // 500-504, 555 for a request the client built
  permanent,                  // any other 5yz
  connection_lost,            // RFC 5321 §3.8
  status_success,             // a 2.X.X status without a code
  status_permanent,           // a 5.X.X status without a code
  status_transient,           // a 4.X.X status without a code
  expired,                    // the text says the message expired
  no_code,                    // no reply code in the text
  soft_bounce_mode,           // advice_policy::soft_bounce
  no_code_permanent,          // no reply code; the text says the failure is final
  operator_rule,              // an operator rule changed the verdict (rules.hpp)
};

// clang-format off
/// The sentences, in why_id order.
inline constexpr std::string_view why_texts[] = {
  "RFC 5321 §4.2.1: a 2yz reply means the step succeeded."sv,
  "RFC 5321 §3.8: 221 ends the session and the server closes the connection."sv,
  "RFC 5321 §4.2.1: a 3yz reply asks for the next part (message body or AUTH response)."sv,
  "RFC 5321 §4.2: a first digit outside 2-5 is treated as fatal and the transaction ends."sv,
  "RFC 5321 §3.8: 421 closes the connection; this host refused the session, so try the next MX."sv,
  "RFC 5321 §3.8: 421 closes the connection; everything not yet accepted is retried later."sv,
  "RFC 5321 §4.5.3.1.10: too many recipients; send the remaining recipients in a new transaction."sv,
  "The host refused the session with a transient reply; try the next MX and retry this one later."sv,
  "RFC 4954 §6: 432 asks the user to authenticate once with PLAIN over TLS to transition the "
  "password."sv,
  "RFC 5321 §4.2.1: a 4yz reply is transient; keep it queued and retry later."sv,
  "RFC 3463 §3.3: a full mailbox (X.2.2) is a persistent transient failure, so this 552 on RCPT "
  "is retried later; RFC 5321 §4.5.3.1.10 reads 552 as 452 only for too many recipients."sv,
  "RFC 5321 §4.5.3.1.10: 552 on RCPT is treated as 452; send the remaining recipients in a new "
  "transaction."sv,
  "RFC 5321 §3.1: a 5yz greeting refuses the session; send QUIT and try the next MX."sv,
  "RFC 5321 §3.2: the server does not support EHLO; fall back to HELO."sv,
  "RFC 3207 §4, RFC 4954 §6: 530 asks for STARTTLS or authentication before this command."sv,
  "RFC 4954 §6: 534 asks for a stronger authentication mechanism."sv,
  "RFC 4954 §6: 535 rejects the credentials; ask the user for new ones."sv,
  "RFC 4954 §6: 538 asks for an encrypted connection before this mechanism."sv,
  "This host refused the session after the greeting; try the next MX."sv,
  "RFC 5321 §4.2.4, §4.3.2: the server refused the form of the request; correct the command and "
  "send it again."sv,
  "RFC 5321 §4.2.1: a 5yz reply is permanent; do not repeat the request unchanged."sv,
  "RFC 5321 §3.8: an unexpected connection loss is treated as a 451 reply."sv,
  "RFC 3463 §2: a 2.X.X status reports success."sv,
  "RFC 3463 §2: a 5.X.X status is a permanent failure of this delivery."sv,
  "RFC 3463 §2: a 4.X.X status is a transient failure; retry later."sv,
  "The message stayed in the queue longer than its lifetime allows."sv,
  "No SMTP reply code was found in the text; keep the message queued."sv,
  "Soft-bounce mode: the permanent failure is kept in the queue and retried."sv,
  "No SMTP reply code was found, but the text reports a permanent failure or an address that "
  "cannot receive mail; do not retry it unchanged."sv,
  "An operator rule overrode the built-in judgement; the advice names the rule."sv,
};
// clang-format on
inline constexpr std::size_t why_count = sizeof(why_texts) / sizeof(why_texts[0]);
static_assert(why_count == static_cast<std::size_t>(why_id::operator_rule) + 1,
              "why_texts holds one sentence per why_id");

[[nodiscard]] constexpr std::string_view why_text(why_id w) noexcept {
  return why_texts[static_cast<std::size_t>(w)];
}

/// The index in why_texts of an advice's `why` (a view of one of its
/// sentences), or why_count when it is none of them.
[[nodiscard]] constexpr std::size_t why_index(std::string_view why) noexcept {
  for (std::size_t i = 0; i < why_count; ++i)
    if (why_texts[i].data() == why.data() || why_texts[i] == why) return i;
  return why_count;
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
