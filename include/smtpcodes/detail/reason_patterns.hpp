// Data: the reply-text patterns that give a bounce reason when the enhanced
// status is missing or generic, in priority order. Matched case-insensitively
// by detail/reason_index.hpp. Patterns are our own, written from how real
// servers word their replies.
#ifndef SMTPCODES_DETAIL_REASON_PATTERNS_HPP
#define SMTPCODES_DETAIL_REASON_PATTERNS_HPP

#include <cstddef>
#include <string_view>

#include "advice_types.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

struct reason_pattern {
  // Lower case, starting with two letters a-z; NUL-terminated. A plain
  // pointer, not a string_view: each string_view a constant table holds costs
  // every file that includes advice.hpp a constructor call to evaluate.
  const char* text;
  bounce_reason reason;
  bool decisive = false;  // wins even over a specific enhanced status
};

inline constexpr bool decisive = true;

// Order is priority: when several patterns match, the earliest row wins.
// clang-format off
inline constexpr reason_pattern reason_patterns[] = {
  // Viruses first: a virus rejection often also says "policy" or "content".
  {"virus", R::virus_detected, decisive}, {"malware", R::virus_detected, decisive},
  {"infected", R::virus_detected, decisive}, {"trojan", R::virus_detected, decisive},
  // Greylisting (postgrey, greylistd, rspamd, Mimecast), whatever status it carries.
  {"greylist", R::greylisted, decisive}, {"graylist", R::greylisted, decisive},
  {"grey list", R::greylisted, decisive}, {"gray list", R::greylisted, decisive},
  {"grey-list", R::greylisted, decisive}, {"try again in a few minutes", R::greylisted},
  {"internal resource temporarily unavailable", R::greylisted},
  // Messages that break RFC 5322: named before the words "spam" or "blocked" around them.
  {"rfc 5322", R::not_compliant_rfc}, {"rfc5322", R::not_compliant_rfc},
  {"rfc 2822", R::not_compliant_rfc}, {"rfc2822", R::not_compliant_rfc},
  {"rfc compliant", R::not_compliant_rfc}, {"not compliant with rfc", R::not_compliant_rfc},
  {"bad_header", R::not_compliant_rfc}, {"bare lf", R::not_compliant_rfc},
  // Domains that take no mail at all (RFC 7504, RFC 7505).
  {"sender address has null mx", R::sender_rejected, decisive},
  {"does not accept mail", R::not_accept}, {"doesn't accept mail", R::not_accept},
  {"null mx", R::not_accept, decisive}, {"nullmx", R::not_accept, decisive},
  {"accepts no mail", R::not_accept},
  // Moved addresses.
  {"user has moved", R::has_moved}, {"has moved", R::has_moved}, {"no longer valid", R::has_moved},
  {"no longer at this", R::has_moved},
  // A block-list lookup that failed on the receiver's side is not a listing.
  {"open resolver", R::system_error},
  // Block lists (DNSBL) naming the client.
  {"blocked using", R::blocked}, {"listed at", R::blocked}, {"listed in", R::blocked},
  {"listed on", R::blocked}, {"spamhaus", R::blocked}, {"spamcop", R::blocked},
  {"barracuda", R::blocked}, {"sorbs", R::blocked}, {"dnsbl", R::blocked}, {"rbl", R::blocked},
  {"blacklist", R::blocked}, {"blocklist", R::blocked}, {"block list", R::blocked},
  {"black list", R::blocked}, {"permanently deferred", R::blocked},
  // The envelope sender, not the recipient, was refused.
  {"sender address rejected", R::sender_rejected}, {"sender rejected", R::sender_rejected},
  {"sender verify failed", R::sender_rejected}, {"sender verification failed", R::sender_rejected},
  {"sender unknown", R::sender_rejected}, {"sender domain", R::sender_rejected},
  {"domain of sender address", R::sender_rejected}, {"sender denied", R::sender_rejected},
  {"bad sender", R::sender_rejected},
  {"invalid sender", R::sender_rejected}, {"sender is not allowed", R::sender_rejected},
  {"email address is not verified", R::sender_rejected},
  // Reverse DNS of the client.
  {"cannot find your hostname", R::require_ptr}, {"cannot find your reverse hostname", R::require_ptr},
  {"reverse dns", R::require_ptr}, {"reverse lookup", R::require_ptr},
  {"reverse hostname", R::require_ptr}, {"ptr record", R::require_ptr}, {"rdns", R::require_ptr},
  {"no ptr", R::require_ptr},
  // Relaying.
  {"relay access denied", R::relay_denied}, {"relaying denied", R::relay_denied},
  {"relay denied", R::relay_denied}, {"relay not permitted", R::relay_denied},
  {"relaying not allowed", R::relay_denied}, {"relay not allowed", R::relay_denied},
  {"not permitted to relay", R::relay_denied}, {"unable to relay", R::relay_denied},
  {"we do not relay", R::relay_denied}, {"allowed rcpthosts", R::relay_denied},
  {"relaying to", R::relay_denied}, {"not allowed to relay", R::relay_denied},
  {"open relay not allowed", R::relay_denied}, {"domain isn't in my list", R::relay_denied},
  // Sender authentication (SPF, DKIM, DMARC, ARC), whatever status it carries.
  {"dmarc", R::auth_failure, decisive}, {"dkim", R::auth_failure, decisive},
  {"spf", R::auth_failure, decisive}, {"sender policy framework", R::auth_failure, decisive},
  {"arc validation", R::auth_failure}, {"unauthenticated email", R::auth_failure},
  {"authentication level", R::auth_failure},
  // Per-client limits worded like recipient limits (Postfix anvil).
  {"too many recipients from", R::rate_limited, decisive}, {"too much mail", R::rate_limited},
  // Too many recipients in one transaction.
  {"too many recipients", R::too_many_recipients}, {"recipient limit", R::too_many_recipients},
  {"too many rcpt", R::too_many_recipients}, {"maximum recipients", R::too_many_recipients},
  // Sending IP reputation: the cause, even when the reply also says "rate limited".
  {"reputation", R::bad_reputation}, {"senderscore", R::bad_reputation},
  // Rate limits and connection limits.
  {"rate limit", R::rate_limited, decisive}, {"ratelimit", R::rate_limited, decisive},
  {"rate-limit", R::rate_limited, decisive}, {"too many connections", R::rate_limited, decisive},
  {"too many concurrent", R::rate_limited, decisive}, {"concurrent connections", R::rate_limited, decisive},
  {"concurrent server connections", R::rate_limited, decisive},
  {"too many messages", R::rate_limited}, {"too many mails", R::rate_limited},
  {"too many sessions", R::rate_limited}, {"connection limit", R::rate_limited},
  {"unexpected volume", R::rate_limited, decisive}, {"excessive volume", R::rate_limited, decisive},
  {"high volume", R::rate_limited}, {"receiving mail at a rate", R::rate_limited, decisive},
  {"receiving mail too quickly", R::rate_limited, decisive}, {"throttl", R::rate_limited, decisive},
  {"sending rate", R::rate_limited}, {"exceeded the rate", R::rate_limited},
  {"server busy", R::rate_limited},
  // Full mailboxes.
  {"mailbox full", R::mailbox_full}, {"mailbox is full", R::mailbox_full},
  {"inbox is full", R::mailbox_full}, {"over quota", R::mailbox_full}, {"overquota", R::mailbox_full},
  {"quota exceeded", R::mailbox_full}, {"exceeded quota", R::mailbox_full},
  {"exceeds quota", R::mailbox_full}, {"out of storage", R::mailbox_full},
  {"storage quota", R::mailbox_full}, {"mailbox size limit", R::mailbox_full},
  {"user is over", R::mailbox_full}, {"over its quota", R::mailbox_full},
  {"exceeded their storage", R::mailbox_full},
  // Messages that are too big.
  {"message size exceeds", R::message_too_large}, {"message too large", R::message_too_large},
  {"message too big", R::message_too_large}, {"message is too large", R::message_too_large},
  {"message is too big", R::message_too_large}, {"size exceeds", R::message_too_large},
  {"exceeds size limit", R::message_too_large}, {"maximum message size", R::message_too_large},
  {"exceeds the maximum", R::message_too_large}, {"message length exceeds", R::message_too_large},
  {"size limit", R::message_too_large}, {"too large", R::message_too_large},
  // Disabled mailboxes.
  {"mailbox disabled", R::mailbox_disabled}, {"mailbox is disabled", R::mailbox_disabled},
  {"account disabled", R::mailbox_disabled}, {"account is disabled", R::mailbox_disabled},
  {"account has been disabled", R::mailbox_disabled}, {"account is inactive", R::mailbox_disabled},
  {"mailbox is inactive", R::mailbox_disabled}, {"account suspended", R::mailbox_disabled},
  {"account has been suspended", R::mailbox_disabled}, {"deactivated", R::mailbox_disabled},
  {"mailbox inactive", R::mailbox_disabled}, {"not accepting messages", R::mailbox_disabled},
  // A DNS lookup that failed for now is a network problem, not a dead domain.
  {"not found, try again", R::network_error},
  // Domains that do not exist.
  {"host unknown", R::host_unknown}, {"unknown host", R::host_unknown},
  {"domain not found", R::host_unknown}, {"domain does not exist", R::host_unknown},
  {"no such domain", R::host_unknown}, {"host not found", R::host_unknown},
  {"unknown domain", R::host_unknown}, {"name or service not known", R::host_unknown},
  {"host or domain name not found", R::host_unknown}, {"unrouteable", R::host_unknown},
  {"unroutable", R::host_unknown}, {"domain name not found", R::host_unknown},
  {"nxdomain", R::host_unknown}, {"no mx record", R::host_unknown},
  {"domain must exist", R::host_unknown}, {"couldn't find any host", R::host_unknown},
  // Recipient-side restrictions and policies named before the generic words below.
  {"delivery restriction", R::filtered}, {"envelope blocked", R::filtered},
  {"does not allow", R::policy_violation}, {"rejected by destination", R::policy_violation},
  {"potential security issue", R::policy_violation},
  // Recipients that do not exist.
  {"recipient address rejected: access denied", R::user_unknown},
  {"recipientnotfound", R::user_unknown, decisive},
  {"user unknown", R::user_unknown}, {"unknown user", R::user_unknown},
  {"no such user", R::user_unknown}, {"user not found", R::user_unknown},
  {"recipient not found", R::user_unknown}, {"recipient unknown", R::user_unknown},
  {"unknown recipient", R::user_unknown}, {"invalid recipient", R::user_unknown},
  {"no such recipient", R::user_unknown}, {"mailbox unavailable", R::user_unknown},
  {"mailbox not found", R::user_unknown}, {"no such mailbox", R::user_unknown},
  {"mailbox does not exist", R::user_unknown}, {"does not exist", R::user_unknown},
  {"doesn't exist", R::user_unknown}, {"doesn't have a", R::user_unknown},
  {"not a valid mailbox", R::user_unknown}, {"invalid mailbox", R::user_unknown},
  {"unknown local part", R::user_unknown}, {"no mailbox here", R::user_unknown},
  {"not our customer", R::user_unknown}, {"unknown or illegal alias", R::user_unknown},
  {"address unknown", R::user_unknown}, {"bad destination mailbox", R::user_unknown},
  // Spam.
  {"spam", R::spam_detected}, {"unsolicited", R::spam_detected}, {"junk mail", R::spam_detected},
  {"bulk mail", R::spam_detected}, {"phish", R::spam_detected}, {"suspicious", R::spam_detected},
  {"spamassassin", R::spam_detected},
  // Client IP or host refused without naming a list.
  {"banned sending ip", R::blocked}, {"client host rejected", R::blocked},
  {"ip address", R::blocked}, {"your ip", R::blocked}, {"blocked", R::blocked},
  {"banned", R::blocked}, {"denied access", R::blocked},
  // TLS, whatever status it carries, then other security and SMTP AUTH problems.
  {"tls not available", R::failed_starttls, decisive}, {"starttls failed", R::failed_starttls, decisive},
  {"tls negotiation failed", R::failed_starttls, decisive}, {"tls handshake", R::failed_starttls, decisive},
  {"handshake failure", R::failed_starttls, decisive}, {"cannot start tls", R::failed_starttls, decisive},
  {"tls is required, but was not offered", R::failed_starttls, decisive},
  {"starttls not supported", R::failed_starttls, decisive},
  {"must issue a starttls", R::security_error},
  {"authentication credentials invalid", R::security_error},
  {"authentication failed", R::security_error}, {"authentication failure", R::security_error},
  {"authentication unsuccessful", R::security_error}, {"authentication required", R::security_error},
  {"authentication is required", R::security_error}, {"must authenticate", R::security_error},
  {"not authenticated", R::security_error}, {"too many login attempts", R::security_error},
  {"encryption required", R::security_error}, {"tls required", R::security_error},
  {"requires tls", R::security_error}, {"tls 1.0", R::security_error},
  {"certificate", R::security_error},
  {"mechanism is too weak", R::security_error}, {"invalid credentials", R::security_error},
  // Expired in the queue.
  {"delivery time expired", R::expired}, {"message expired", R::expired},
  {"too long in queue", R::expired}, {"in the queue too long", R::expired},
  {"queue lifetime", R::expired}, {"retry timeout exceeded", R::expired},
  {"long failure period", R::expired}, {"cannot send message for", R::expired},
  {"expired", R::expired}, {"giving up", R::expired},
  // Network problems.
  {"connection refused", R::network_error}, {"connection timed out", R::network_error},
  {"lost connection", R::network_error}, {"connection reset", R::network_error},
  {"network is unreachable", R::network_error}, {"no route to host", R::network_error},
  {"timed out", R::network_error}, {"timeout", R::network_error},
  {"broken pipe", R::network_error}, {"connection closed", R::network_error},
  {"connection dropped", R::network_error}, {"establish an smtp connection", R::network_error},
  // Full mail systems.
  {"insufficient system storage", R::system_full}, {"disk full", R::system_full},
  {"out of disk", R::system_full}, {"no space left", R::system_full},
  {"system storage", R::system_full}, {"insufficient disk", R::system_full},
  {"disk space", R::system_full},
  // Filters and policies.
  {"access denied", R::filtered}, {"content filter", R::filtered}, {"filtered", R::filtered},
  {"rejected by filter", R::filtered}, {"not authorized", R::policy_violation},
  {"policy", R::policy_violation}, {"prohibited", R::policy_violation},
  {"administrative prohibition", R::policy_violation}, {"not allowed", R::policy_violation},
  {"refused", R::policy_violation}, {"not permitted", R::policy_violation},
  // Held messages.
  {"on hold", R::on_hold}, {"hold action", R::on_hold}, {"quarantine", R::on_hold},
  {"held for review", R::on_hold},
  // Other content problems.
  {"malformed", R::not_compliant_rfc},
  {"header", R::content_error}, {"mime", R::content_error}, {"encoding", R::content_error},
  {"content", R::content_error}, {"attachment", R::content_error},
  // Loops and mailer problems.
  {"mail loop", R::mailer_error}, {"loops back", R::mailer_error},
  {"too many hops", R::mailer_error}, {"hop count", R::mailer_error},
  {"routing loop", R::mailer_error}, {"mailer error", R::mailer_error},
  {"command died", R::mailer_error}, {"command output", R::mailer_error},
  // The client's protocol errors.
  {"syntax error", R::syntax_error}, {"command not recognized", R::syntax_error},
  {"unrecognized command", R::syntax_error}, {"command unrecognized", R::syntax_error},
  {"bad sequence", R::syntax_error}, {"need rcpt", R::syntax_error}, {"need mail", R::syntax_error},
  {"not implemented", R::syntax_error}, {"line too long", R::syntax_error},
  {"fully-qualified", R::syntax_error}, {"bad address syntax", R::syntax_error},
  {"invalid address", R::syntax_error},
  // Server trouble.
  {"temporary lookup failure", R::system_error}, {"local error", R::system_error},
  {"internal error", R::system_error}, {"system error", R::system_error},
  {"server error", R::system_error}, {"temporary failure", R::system_error},
  {"temporarily unavailable", R::system_error}, {"service unavailable", R::system_error},
  {"service not available", R::system_error}, {"try again later", R::system_error},
};
// clang-format on

inline constexpr std::size_t reason_pattern_count =
    sizeof(reason_patterns) / sizeof(reason_patterns[0]);

[[nodiscard]] constexpr bool is_lower_letter(char c) noexcept { return c >= 'a' && c <= 'z'; }

/// reason_patterns[p].text as a string_view (its size counted).
[[nodiscard]] constexpr std::string_view pattern_text(std::size_t p) noexcept {
  return std::string_view(reason_patterns[p].text);
}

[[nodiscard]] constexpr bool reason_patterns_valid() noexcept {
  for (std::size_t p = 0; p < reason_pattern_count; ++p) {
    const std::string_view text = pattern_text(p);
    if (text.size() < 3 || !is_lower_letter(text[0]) || !is_lower_letter(text[1])) return false;
    for (char c : text)
      if (c >= 'A' && c <= 'Z') return false;
  }
  return reason_pattern_count < 0xFFFF;
}
// reason_patterns_valid() is asserted in tests/static_tables.cpp.

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
