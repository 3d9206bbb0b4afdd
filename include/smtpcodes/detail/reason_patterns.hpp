// Data: the reply-text patterns that give a bounce reason when the enhanced
// status is missing or generic. One table, matched case-insensitively in one
// pass over the text through an index on each pattern's first two letters.
// Patterns are our own, written from how real servers word their replies.
#ifndef SMTPCODES_DETAIL_REASON_PATTERNS_HPP
#define SMTPCODES_DETAIL_REASON_PATTERNS_HPP

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "config.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

using namespace std::string_view_literals;  // table strings: no strlen at compile time

struct reason_pattern {
  std::string_view text;  // lower case; starts with two letters a-z
  bounce_reason reason;
  bool decisive = false;  // wins even over a specific enhanced status
};

using R = bounce_reason;
inline constexpr bool decisive = true;

// Order is priority: when several patterns match, the earliest row wins.
// clang-format off
inline constexpr reason_pattern reason_patterns[] = {
  // Viruses first: a virus rejection often also says "policy" or "content".
  {"virus"sv, R::virus_detected, decisive}, {"malware"sv, R::virus_detected, decisive},
  {"infected"sv, R::virus_detected, decisive}, {"trojan"sv, R::virus_detected, decisive},
  // Greylisting (postgrey, greylistd, rspamd, Mimecast), whatever status it carries.
  {"greylist"sv, R::greylisted, decisive}, {"graylist"sv, R::greylisted, decisive},
  {"grey list"sv, R::greylisted, decisive}, {"gray list"sv, R::greylisted, decisive},
  {"grey-list"sv, R::greylisted, decisive}, {"try again in a few minutes"sv, R::greylisted},
  {"internal resource temporarily unavailable"sv, R::greylisted},
  // Messages that break RFC 5322: named before the words "spam" or "blocked" around them.
  {"rfc 5322"sv, R::not_compliant_rfc}, {"rfc5322"sv, R::not_compliant_rfc},
  {"rfc 2822"sv, R::not_compliant_rfc}, {"rfc2822"sv, R::not_compliant_rfc},
  {"rfc compliant"sv, R::not_compliant_rfc}, {"not compliant with rfc"sv, R::not_compliant_rfc},
  {"bad_header"sv, R::not_compliant_rfc}, {"bare lf"sv, R::not_compliant_rfc},
  // Domains that take no mail at all (RFC 7504, RFC 7505).
  {"sender address has null mx"sv, R::sender_rejected, decisive},
  {"does not accept mail"sv, R::not_accept}, {"doesn't accept mail"sv, R::not_accept},
  {"null mx"sv, R::not_accept, decisive}, {"nullmx"sv, R::not_accept, decisive},
  {"accepts no mail"sv, R::not_accept},
  // Moved addresses.
  {"user has moved"sv, R::has_moved}, {"has moved"sv, R::has_moved}, {"no longer valid"sv, R::has_moved},
  {"no longer at this"sv, R::has_moved},
  // A block-list lookup that failed on the receiver's side is not a listing.
  {"open resolver"sv, R::system_error},
  // Block lists (DNSBL) naming the client.
  {"blocked using"sv, R::blocked}, {"listed at"sv, R::blocked}, {"listed in"sv, R::blocked},
  {"listed on"sv, R::blocked}, {"spamhaus"sv, R::blocked}, {"spamcop"sv, R::blocked},
  {"barracuda"sv, R::blocked}, {"sorbs"sv, R::blocked}, {"dnsbl"sv, R::blocked}, {"rbl"sv, R::blocked},
  {"blacklist"sv, R::blocked}, {"blocklist"sv, R::blocked}, {"block list"sv, R::blocked},
  {"black list"sv, R::blocked}, {"permanently deferred"sv, R::blocked},
  // The envelope sender, not the recipient, was refused.
  {"sender address rejected"sv, R::sender_rejected}, {"sender rejected"sv, R::sender_rejected},
  {"sender verify failed"sv, R::sender_rejected}, {"sender verification failed"sv, R::sender_rejected},
  {"sender unknown"sv, R::sender_rejected}, {"sender domain"sv, R::sender_rejected},
  {"domain of sender address"sv, R::sender_rejected}, {"sender denied"sv, R::sender_rejected},
  {"bad sender"sv, R::sender_rejected},
  {"invalid sender"sv, R::sender_rejected}, {"sender is not allowed"sv, R::sender_rejected},
  {"email address is not verified"sv, R::sender_rejected},
  // Reverse DNS of the client.
  {"cannot find your hostname"sv, R::require_ptr}, {"cannot find your reverse hostname"sv, R::require_ptr},
  {"reverse dns"sv, R::require_ptr}, {"reverse lookup"sv, R::require_ptr},
  {"reverse hostname"sv, R::require_ptr}, {"ptr record"sv, R::require_ptr}, {"rdns"sv, R::require_ptr},
  {"no ptr"sv, R::require_ptr},
  // Relaying.
  {"relay access denied"sv, R::relay_denied}, {"relaying denied"sv, R::relay_denied},
  {"relay denied"sv, R::relay_denied}, {"relay not permitted"sv, R::relay_denied},
  {"relaying not allowed"sv, R::relay_denied}, {"relay not allowed"sv, R::relay_denied},
  {"not permitted to relay"sv, R::relay_denied}, {"unable to relay"sv, R::relay_denied},
  {"we do not relay"sv, R::relay_denied}, {"allowed rcpthosts"sv, R::relay_denied},
  {"relaying to"sv, R::relay_denied}, {"not allowed to relay"sv, R::relay_denied},
  {"open relay not allowed"sv, R::relay_denied}, {"domain isn't in my list"sv, R::relay_denied},
  // Sender authentication (SPF, DKIM, DMARC, ARC), whatever status it carries.
  {"dmarc"sv, R::auth_failure, decisive}, {"dkim"sv, R::auth_failure, decisive},
  {"spf"sv, R::auth_failure, decisive}, {"sender policy framework"sv, R::auth_failure, decisive},
  {"arc validation"sv, R::auth_failure}, {"unauthenticated email"sv, R::auth_failure},
  {"authentication level"sv, R::auth_failure},
  // Per-client limits worded like recipient limits (Postfix anvil).
  {"too many recipients from"sv, R::rate_limited, decisive}, {"too much mail"sv, R::rate_limited},
  // Too many recipients in one transaction.
  {"too many recipients"sv, R::too_many_recipients}, {"recipient limit"sv, R::too_many_recipients},
  {"too many rcpt"sv, R::too_many_recipients}, {"maximum recipients"sv, R::too_many_recipients},
  // Sending IP reputation: the cause, even when the reply also says "rate limited".
  {"reputation"sv, R::bad_reputation}, {"senderscore"sv, R::bad_reputation},
  // Rate limits and connection limits.
  {"rate limit"sv, R::rate_limited, decisive}, {"ratelimit"sv, R::rate_limited, decisive},
  {"rate-limit"sv, R::rate_limited, decisive}, {"too many connections"sv, R::rate_limited, decisive},
  {"too many concurrent"sv, R::rate_limited, decisive}, {"concurrent connections"sv, R::rate_limited, decisive},
  {"concurrent server connections"sv, R::rate_limited, decisive},
  {"too many messages"sv, R::rate_limited}, {"too many mails"sv, R::rate_limited},
  {"too many sessions"sv, R::rate_limited}, {"connection limit"sv, R::rate_limited},
  {"unexpected volume"sv, R::rate_limited, decisive}, {"excessive volume"sv, R::rate_limited, decisive},
  {"high volume"sv, R::rate_limited}, {"receiving mail at a rate"sv, R::rate_limited, decisive},
  {"receiving mail too quickly"sv, R::rate_limited, decisive}, {"throttl"sv, R::rate_limited, decisive},
  {"sending rate"sv, R::rate_limited}, {"exceeded the rate"sv, R::rate_limited},
  {"server busy"sv, R::rate_limited},
  // Full mailboxes.
  {"mailbox full"sv, R::mailbox_full}, {"mailbox is full"sv, R::mailbox_full},
  {"inbox is full"sv, R::mailbox_full}, {"over quota"sv, R::mailbox_full}, {"overquota"sv, R::mailbox_full},
  {"quota exceeded"sv, R::mailbox_full}, {"exceeded quota"sv, R::mailbox_full},
  {"exceeds quota"sv, R::mailbox_full}, {"out of storage"sv, R::mailbox_full},
  {"storage quota"sv, R::mailbox_full}, {"mailbox size limit"sv, R::mailbox_full},
  {"user is over"sv, R::mailbox_full}, {"over its quota"sv, R::mailbox_full},
  {"exceeded their storage"sv, R::mailbox_full},
  // Messages that are too big.
  {"message size exceeds"sv, R::message_too_large}, {"message too large"sv, R::message_too_large},
  {"message too big"sv, R::message_too_large}, {"message is too large"sv, R::message_too_large},
  {"message is too big"sv, R::message_too_large}, {"size exceeds"sv, R::message_too_large},
  {"exceeds size limit"sv, R::message_too_large}, {"maximum message size"sv, R::message_too_large},
  {"exceeds the maximum"sv, R::message_too_large}, {"message length exceeds"sv, R::message_too_large},
  {"size limit"sv, R::message_too_large}, {"too large"sv, R::message_too_large},
  // Disabled mailboxes.
  {"mailbox disabled"sv, R::mailbox_disabled}, {"mailbox is disabled"sv, R::mailbox_disabled},
  {"account disabled"sv, R::mailbox_disabled}, {"account is disabled"sv, R::mailbox_disabled},
  {"account has been disabled"sv, R::mailbox_disabled}, {"account is inactive"sv, R::mailbox_disabled},
  {"mailbox is inactive"sv, R::mailbox_disabled}, {"account suspended"sv, R::mailbox_disabled},
  {"account has been suspended"sv, R::mailbox_disabled}, {"deactivated"sv, R::mailbox_disabled},
  {"mailbox inactive"sv, R::mailbox_disabled}, {"not accepting messages"sv, R::mailbox_disabled},
  // A DNS lookup that failed for now is a network problem, not a dead domain.
  {"not found, try again"sv, R::network_error},
  // Domains that do not exist.
  {"host unknown"sv, R::host_unknown}, {"unknown host"sv, R::host_unknown},
  {"domain not found"sv, R::host_unknown}, {"domain does not exist"sv, R::host_unknown},
  {"no such domain"sv, R::host_unknown}, {"host not found"sv, R::host_unknown},
  {"unknown domain"sv, R::host_unknown}, {"name or service not known"sv, R::host_unknown},
  {"host or domain name not found"sv, R::host_unknown}, {"unrouteable"sv, R::host_unknown},
  {"unroutable"sv, R::host_unknown}, {"domain name not found"sv, R::host_unknown},
  {"nxdomain"sv, R::host_unknown}, {"no mx record"sv, R::host_unknown},
  {"domain must exist"sv, R::host_unknown}, {"couldn't find any host"sv, R::host_unknown},
  // Recipient-side restrictions and policies named before the generic words below.
  {"delivery restriction"sv, R::filtered}, {"envelope blocked"sv, R::filtered},
  {"does not allow"sv, R::policy_violation}, {"rejected by destination"sv, R::policy_violation},
  {"potential security issue"sv, R::policy_violation},
  // Recipients that do not exist.
  {"recipient address rejected: access denied"sv, R::user_unknown},
  {"recipientnotfound"sv, R::user_unknown, decisive},
  {"user unknown"sv, R::user_unknown}, {"unknown user"sv, R::user_unknown},
  {"no such user"sv, R::user_unknown}, {"user not found"sv, R::user_unknown},
  {"recipient not found"sv, R::user_unknown}, {"recipient unknown"sv, R::user_unknown},
  {"unknown recipient"sv, R::user_unknown}, {"invalid recipient"sv, R::user_unknown},
  {"no such recipient"sv, R::user_unknown}, {"mailbox unavailable"sv, R::user_unknown},
  {"mailbox not found"sv, R::user_unknown}, {"no such mailbox"sv, R::user_unknown},
  {"mailbox does not exist"sv, R::user_unknown}, {"does not exist"sv, R::user_unknown},
  {"doesn't exist"sv, R::user_unknown}, {"doesn't have a"sv, R::user_unknown},
  {"not a valid mailbox"sv, R::user_unknown}, {"invalid mailbox"sv, R::user_unknown},
  {"unknown local part"sv, R::user_unknown}, {"no mailbox here"sv, R::user_unknown},
  {"not our customer"sv, R::user_unknown}, {"unknown or illegal alias"sv, R::user_unknown},
  {"address unknown"sv, R::user_unknown}, {"bad destination mailbox"sv, R::user_unknown},
  // Spam.
  {"spam"sv, R::spam_detected}, {"unsolicited"sv, R::spam_detected}, {"junk mail"sv, R::spam_detected},
  {"bulk mail"sv, R::spam_detected}, {"phish"sv, R::spam_detected}, {"suspicious"sv, R::spam_detected},
  {"spamassassin"sv, R::spam_detected},
  // Client IP or host refused without naming a list.
  {"banned sending ip"sv, R::blocked}, {"client host rejected"sv, R::blocked},
  {"ip address"sv, R::blocked}, {"your ip"sv, R::blocked}, {"blocked"sv, R::blocked},
  {"banned"sv, R::blocked}, {"denied access"sv, R::blocked},
  // TLS, whatever status it carries, then other security and SMTP AUTH problems.
  {"tls not available"sv, R::failed_starttls, decisive}, {"starttls failed"sv, R::failed_starttls, decisive},
  {"tls negotiation failed"sv, R::failed_starttls, decisive}, {"tls handshake"sv, R::failed_starttls, decisive},
  {"handshake failure"sv, R::failed_starttls, decisive}, {"cannot start tls"sv, R::failed_starttls, decisive},
  {"tls is required, but was not offered"sv, R::failed_starttls, decisive},
  {"starttls not supported"sv, R::failed_starttls, decisive},
  {"must issue a starttls"sv, R::security_error},
  {"authentication credentials invalid"sv, R::security_error},
  {"authentication failed"sv, R::security_error}, {"authentication failure"sv, R::security_error},
  {"authentication unsuccessful"sv, R::security_error}, {"authentication required"sv, R::security_error},
  {"authentication is required"sv, R::security_error}, {"must authenticate"sv, R::security_error},
  {"not authenticated"sv, R::security_error}, {"too many login attempts"sv, R::security_error},
  {"encryption required"sv, R::security_error}, {"tls required"sv, R::security_error},
  {"requires tls"sv, R::security_error}, {"tls 1.0"sv, R::security_error},
  {"certificate"sv, R::security_error},
  {"mechanism is too weak"sv, R::security_error}, {"invalid credentials"sv, R::security_error},
  // Expired in the queue.
  {"delivery time expired"sv, R::expired}, {"message expired"sv, R::expired},
  {"too long in queue"sv, R::expired}, {"in the queue too long"sv, R::expired},
  {"queue lifetime"sv, R::expired}, {"retry timeout exceeded"sv, R::expired},
  {"long failure period"sv, R::expired}, {"cannot send message for"sv, R::expired},
  {"expired"sv, R::expired}, {"giving up"sv, R::expired},
  // Network problems.
  {"connection refused"sv, R::network_error}, {"connection timed out"sv, R::network_error},
  {"lost connection"sv, R::network_error}, {"connection reset"sv, R::network_error},
  {"network is unreachable"sv, R::network_error}, {"no route to host"sv, R::network_error},
  {"timed out"sv, R::network_error}, {"timeout"sv, R::network_error},
  {"broken pipe"sv, R::network_error}, {"connection closed"sv, R::network_error},
  {"connection dropped"sv, R::network_error}, {"establish an smtp connection"sv, R::network_error},
  // Full mail systems.
  {"insufficient system storage"sv, R::system_full}, {"disk full"sv, R::system_full},
  {"out of disk"sv, R::system_full}, {"no space left"sv, R::system_full},
  {"system storage"sv, R::system_full}, {"insufficient disk"sv, R::system_full},
  {"disk space"sv, R::system_full},
  // Filters and policies.
  {"access denied"sv, R::filtered}, {"content filter"sv, R::filtered}, {"filtered"sv, R::filtered},
  {"rejected by filter"sv, R::filtered}, {"not authorized"sv, R::policy_violation},
  {"policy"sv, R::policy_violation}, {"prohibited"sv, R::policy_violation},
  {"administrative prohibition"sv, R::policy_violation}, {"not allowed"sv, R::policy_violation},
  {"refused"sv, R::policy_violation}, {"not permitted"sv, R::policy_violation},
  // Held messages.
  {"on hold"sv, R::on_hold}, {"hold action"sv, R::on_hold}, {"quarantine"sv, R::on_hold},
  {"held for review"sv, R::on_hold},
  // Other content problems.
  {"malformed"sv, R::not_compliant_rfc},
  {"header"sv, R::content_error}, {"mime"sv, R::content_error}, {"encoding"sv, R::content_error},
  {"content"sv, R::content_error}, {"attachment"sv, R::content_error},
  // Loops and mailer problems.
  {"mail loop"sv, R::mailer_error}, {"loops back"sv, R::mailer_error},
  {"too many hops"sv, R::mailer_error}, {"hop count"sv, R::mailer_error},
  {"routing loop"sv, R::mailer_error}, {"mailer error"sv, R::mailer_error},
  {"command died"sv, R::mailer_error}, {"command output"sv, R::mailer_error},
  // The client's protocol errors.
  {"syntax error"sv, R::syntax_error}, {"command not recognized"sv, R::syntax_error},
  {"unrecognized command"sv, R::syntax_error}, {"command unrecognized"sv, R::syntax_error},
  {"bad sequence"sv, R::syntax_error}, {"need rcpt"sv, R::syntax_error}, {"need mail"sv, R::syntax_error},
  {"not implemented"sv, R::syntax_error}, {"line too long"sv, R::syntax_error},
  {"fully-qualified"sv, R::syntax_error}, {"bad address syntax"sv, R::syntax_error},
  {"invalid address"sv, R::syntax_error},
  // Server trouble.
  {"temporary lookup failure"sv, R::system_error}, {"local error"sv, R::system_error},
  {"internal error"sv, R::system_error}, {"system error"sv, R::system_error},
  {"server error"sv, R::system_error}, {"temporary failure"sv, R::system_error},
  {"temporarily unavailable"sv, R::system_error}, {"service unavailable"sv, R::system_error},
  {"service not available"sv, R::system_error}, {"try again later"sv, R::system_error},
};
// clang-format on

inline constexpr std::size_t reason_pattern_count =
    sizeof(reason_patterns) / sizeof(reason_patterns[0]);

/// Number of two-letter buckets (a-z twice).
inline constexpr std::size_t letter_pairs = std::size_t{26} * 26;

[[nodiscard]] constexpr bool is_lower_letter(char c) noexcept { return c >= 'a' && c <= 'z'; }
[[nodiscard]] constexpr std::size_t pair_key(char a, char b) noexcept {
  return static_cast<std::size_t>(a - 'a') * 26 + static_cast<std::size_t>(b - 'a');
}

[[nodiscard]] constexpr bool reason_patterns_valid() noexcept {
  for (const reason_pattern& p : reason_patterns) {
    if (p.text.size() < 3 || !is_lower_letter(p.text[0]) || !is_lower_letter(p.text[1]))
      return false;
    for (char c : p.text)
      if (c >= 'A' && c <= 'Z') return false;
  }
  return reason_pattern_count < 0xFFFF;
}
// reason_patterns_valid() is asserted in tests/static_tables.cpp.

[[nodiscard]] constexpr char fold(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
[[nodiscard]] constexpr bool is_word_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

struct text_reason {
  bounce_reason reason;
  bool decisive;
};

/// Whether pattern `pat` occurs at `i` in `text`, case-insensitively; a short
/// pattern (four letters or fewer) only as a whole word ("rbl", "spf", "dkim").
[[nodiscard]] constexpr bool pattern_at(std::string_view text, std::size_t i,
                                        std::string_view pat) noexcept {
  if (i + pat.size() > text.size()) return false;
  for (std::size_t m = 0; m < pat.size(); ++m)
    if (fold(text[i + m]) != pat[m]) return false;
  if (pat.size() > 4) return true;
  const std::size_t after = i + pat.size();
  return !(i > 0 && is_word_char(text[i - 1])) &&
         !(after < text.size() && is_word_char(text[after]));
}

/// Patterns grouped by first letter, ascending within a letter: bucket k is
/// order[start[k], start[k + 1]). Built by each constant evaluation of the
/// direct scan, which it keeps within clang's default constexpr step limit;
/// as a constant it cost every file that includes advice.hpp its evaluation.
struct first_letter_index {
  std::uint16_t start[27]{};
  std::uint16_t order[reason_pattern_count]{};
};
[[nodiscard]] constexpr first_letter_index build_first_letter_index() noexcept {
  first_letter_index ix{};
  for (const reason_pattern& p : reason_patterns)
    ++ix.start[static_cast<std::size_t>(p.text[0] - 'a') + 1];
  for (std::size_t k = 1; k < 27; ++k)
    ix.start[k] = static_cast<std::uint16_t>(ix.start[k] + ix.start[k - 1]);
  std::uint16_t fill[26]{};
  for (std::size_t i = 0; i < reason_pattern_count; ++i) {
    const auto k = static_cast<std::size_t>(reason_patterns[i].text[0] - 'a');
    ix.order[ix.start[k] + fill[k]++] = static_cast<std::uint16_t>(i);
  }
  return ix;
}

/// The lowest pattern index that occurs in `text` (reason_pattern_count: none),
/// by trying, at every position, every pattern that starts with its letter:
/// the reference the indexed scan below must agree with, and the path taken
/// during constant evaluation.
[[nodiscard]] constexpr std::size_t first_pattern_direct(std::string_view text) noexcept {
  const first_letter_index ix = build_first_letter_index();
  std::size_t best = reason_pattern_count;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const char c = fold(text[i]);
    if (!is_lower_letter(c)) continue;
    const auto k = static_cast<std::size_t>(c - 'a');
    for (std::size_t j = ix.start[k]; j < ix.start[k + 1]; ++j) {
      const std::size_t p = ix.order[j];
      if (p >= best) break;
      if (pattern_at(text, i, reason_patterns[p].text)) {
        best = p;
        break;
      }
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// The indexed scan, for run time. Its tables are derived from reason_patterns
// by the builders below, once, on first use (reason_indexes_at_run_time()).
// The builders are not constexpr on purpose: the compiler examines a constexpr
// function's body where it is defined, and building these tables as constants
// in every translation unit that includes advice.hpp made up a third of the
// library's include cost.

// Patterns grouped by their first two letters: `order` lists pattern indices
// (ascending within a bucket), `start[k]..start[k+1]` is bucket k.
struct pattern_index {
  std::array<std::uint16_t, letter_pairs + 1> start{};
  std::array<std::uint16_t, reason_pattern_count> order{};
};
[[nodiscard]] inline pattern_index build_pattern_index() noexcept {
  pattern_index ix{};
  std::array<std::uint16_t, letter_pairs> count{};
  for (const reason_pattern& p : reason_patterns) ++count[pair_key(p.text[0], p.text[1])];
  for (std::size_t k = 0; k < letter_pairs; ++k)
    ix.start[k + 1] = static_cast<std::uint16_t>(ix.start[k] + count[k]);
  std::array<std::uint16_t, letter_pairs> fill{};
  for (std::size_t i = 0; i < reason_pattern_count; ++i) {
    const std::size_t k = pair_key(reason_patterns[i].text[0], reason_patterns[i].text[1]);
    ix.order[ix.start[k] + fill[k]++] = static_cast<std::uint16_t>(i);
  }
  return ix;
}

/// Bit of a third character in reason_indexes::third_chars: a-z (either
/// case) 0-25, space 26, '-' 27, '\'' 28, anything else 29.
[[nodiscard]] constexpr unsigned third_char_bit(char c) noexcept {
  const char f = fold(c);
  if (is_lower_letter(f)) return static_cast<unsigned>(f - 'a');
  return f == ' ' ? 26u : f == '-' ? 27u : f == '\'' ? 28u : 29u;
}
/// Per two-letter bucket, the third characters of its patterns: a bucket is
/// walked only when the text's next character is one of them.
[[nodiscard]] inline std::array<std::uint32_t, letter_pairs> build_third_chars() noexcept {
  std::array<std::uint32_t, letter_pairs> m{};
  for (const reason_pattern& p : reason_patterns)
    m[pair_key(p.text[0], p.text[1])] |= std::uint32_t{1} << third_char_bit(p.text[2]);
  return m;
}

/// Per pattern (in pattern_index::order), its first eight characters as
/// `c & 31` bytes (the same for both cases of a letter) and the mask of the
/// bytes it has: a cheap first test before the exact comparison.
struct pattern_prefixes {
  std::array<std::uint64_t, reason_pattern_count> prefix{};
  std::array<std::uint64_t, reason_pattern_count> mask{};
};
[[nodiscard]] constexpr std::uint64_t gram8_slow(std::string_view s, std::size_t i) noexcept {
  std::uint64_t g = 0;
  const std::size_t n = s.size() - i < 8 ? s.size() - i : 8;
  for (std::size_t k = 0; k < n; ++k)
    g |= (static_cast<std::uint64_t>(static_cast<unsigned char>(s[i + k])) & 31u) << (8 * k);
  return g;
}
[[nodiscard]] inline pattern_prefixes build_pattern_prefixes(const pattern_index& ix) noexcept {
  pattern_prefixes t{};
  for (std::size_t j = 0; j < reason_pattern_count; ++j) {
    const std::string_view pat = reason_patterns[ix.order[j]].text;
    t.prefix[j] = gram8_slow(pat, 0);
    for (std::size_t k = 0; k < 8 && k < pat.size(); ++k)
      t.mask[j] |= std::uint64_t{0xFF} << (8 * k);
  }
  return t;
}

// The scan skips through the text (Wu-Manber): patterns of five characters or
// more are looked for through windows of five, keyed by three characters;
// `c & 31` is the same for both cases of a letter. Shorter patterns must be
// whole words, so only word starts with one of their first letters are tried.
inline constexpr std::size_t long_pattern = 5;
[[nodiscard]] constexpr std::uint32_t gram3_slow(std::string_view s, std::size_t i) noexcept {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(s[i])) & 31u) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + 1])) & 31u) << 8 |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + 2])) & 31u) << 16;
}
[[nodiscard]] constexpr std::size_t gram_slot(std::uint32_t g) noexcept {
  return static_cast<std::size_t>((g * 2654435761u) >> 20);  // 12 bits
}
struct skip_tables {
  std::array<std::uint8_t, 4096> shift{};   // by the window's last three characters
  std::array<std::uint32_t, 128> starts{};  // bit set: a long pattern starts with these three
  std::array<char, 4> short_firsts{};       // first letters of the short patterns
  bool short_scan = true;                   // false: too many first letters, try every word
};
[[nodiscard]] inline skip_tables build_skip_tables() noexcept {
  skip_tables t{};
  for (auto& v : t.shift) v = static_cast<std::uint8_t>(long_pattern - 2);
  std::size_t firsts = 0;
  for (const reason_pattern& p : reason_patterns) {
    if (p.text.size() >= long_pattern) {
      for (std::size_t q = 0; q + 3 <= long_pattern; ++q) {
        const std::size_t slot = gram_slot(gram3_slow(p.text, q));
        const auto k = static_cast<std::uint8_t>(long_pattern - 3 - q);
        if (k < t.shift[slot]) t.shift[slot] = k;
      }
      const std::size_t slot = gram_slot(gram3_slow(p.text, 0));
      t.starts[slot / 32] |= std::uint32_t{1} << (slot % 32);
    } else {
      bool known = false;
      for (std::size_t f = 0; f < firsts; ++f) known = known || t.short_firsts[f] == p.text[0];
      if (known) continue;
      if (firsts == t.short_firsts.size())
        t.short_scan = false;
      else
        t.short_firsts[firsts++] = p.text[0];
    }
  }
  for (std::size_t f = firsts; f < t.short_firsts.size(); ++f)
    t.short_firsts[f] = firsts != 0 ? t.short_firsts[0] : 'a';
  return t;
}

struct reason_indexes {
  pattern_index index;
  std::array<std::uint32_t, letter_pairs> third_chars;
  pattern_prefixes prefixes;
  skip_tables skip;
};
[[nodiscard]] inline reason_indexes build_reason_indexes() noexcept {
  const pattern_index ix = build_pattern_index();
  return {ix, build_third_chars(), build_pattern_prefixes(ix), build_skip_tables()};
}
/// The indexes, built on first use: thread-safe static initialisation, no
/// allocation, one copy per program.
inline const reason_indexes& reason_indexes_at_run_time() noexcept {
  static const reason_indexes ix = build_reason_indexes();
  return ix;
}

inline std::uint64_t gram8(std::string_view s, std::size_t i) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (i + 8 <= s.size()) {
    std::uint64_t x = 0;
    std::memcpy(&x, s.data() + i, 8);
    return x & 0x1F1F1F1F1F1F1F1FULL;
  }
#endif
  return gram8_slow(s, i);
}
inline std::uint32_t gram3(std::string_view s, std::size_t i) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (i + 4 <= s.size()) {
    std::uint32_t x = 0;
    std::memcpy(&x, s.data() + i, 4);
    return x & 0x001F1F1Fu;
  }
#endif
  return gram3_slow(s, i);
}

/// The best (lowest) pattern index below `best` that occurs at `i` in `text`
/// (i + 2 < text.size()), through the two-letter buckets.
inline std::size_t match_at(const reason_indexes& x, std::string_view text, std::size_t i,
                            std::size_t best) noexcept {
  const std::size_t n = text.size();
  const char a = fold(text[i]);
  const char b = fold(text[i + 1]);
  if (!is_lower_letter(a) || !is_lower_letter(b)) return best;
  const std::size_t k = pair_key(a, b);
  if (((x.third_chars[k] >> third_char_bit(text[i + 2])) & 1u) == 0) return best;
  const std::uint64_t g = gram8(text, i);
  for (std::size_t j = x.index.start[k]; j < x.index.start[k + 1]; ++j) {
    const std::size_t p = x.index.order[j];
    if (p >= best) break;  // buckets are in priority order
    if ((g & x.prefixes.mask[j]) != x.prefixes.prefix[j]) continue;
    const std::string_view pat = reason_patterns[p].text;
    if (i + pat.size() > n) continue;
    std::size_t m = 2;
    while (m < pat.size() && fold(text[i + m]) == pat[m]) ++m;
    if (m != pat.size()) continue;
    if (pat.size() <= 4 &&
        ((i > 0 && is_word_char(text[i - 1])) || (i + m < n && is_word_char(text[i + m]))))
      continue;
    best = p;
  }
  return best;
}

/// Whether a short pattern may start at `i`: a word start with one of their first letters.
inline bool short_candidate(std::string_view text, std::size_t i, const skip_tables& t) noexcept {
  if (i > 0 && is_word_char(text[i - 1])) return false;
  // A word of five characters or more holds no short pattern.
  if (i + 4 < text.size() && is_word_char(text[i + 3]) && is_word_char(text[i + 4])) return false;
  if (!t.short_scan) return true;
  const char c = fold(text[i]);
  return c == t.short_firsts[0] || c == t.short_firsts[1] || c == t.short_firsts[2] ||
         c == t.short_firsts[3];
}

/// first_pattern_direct() through the indexes: the same answer, skipping.
inline std::size_t first_pattern_indexed(std::string_view text, const reason_indexes& x) noexcept {
  const skip_tables& t = x.skip;
  std::size_t best = reason_pattern_count;
  const std::size_t n = text.size();
  // Long patterns: a window [s, s + 5) moves by the shift of its last three
  // characters; a shift of 0 may be a match at s.
  for (std::size_t s = 0; s + long_pattern <= n;) {
    const std::size_t k = t.shift[gram_slot(gram3(text, s + long_pattern - 3))];
    if (k != 0) {
      s += k;
      continue;
    }
    const std::size_t slot = gram_slot(gram3(text, s));
    if (((t.starts[slot / 32] >> (slot % 32)) & 1u) != 0) best = match_at(x, text, s, best);
    ++s;
  }
  // Short patterns: whole words, so only word starts (every pattern has three characters or more).
  std::size_t i = 0;
#if defined(SMTPCODES_SWAR_SEARCH)
  if (t.short_scan) {
    // find_reply.hpp's word helpers (load8, zero_bytes), as its searches use them.
    const std::uint64_t w0 = swar_ones * static_cast<unsigned char>(t.short_firsts[0]);
    const std::uint64_t w1 = swar_ones * static_cast<unsigned char>(t.short_firsts[1]);
    const std::uint64_t w2 = swar_ones * static_cast<unsigned char>(t.short_firsts[2]);
    const std::uint64_t w3 = swar_ones * static_cast<unsigned char>(t.short_firsts[3]);
    for (; i + 8 <= n; i += 8) {
      const std::uint64_t v = load8(text.data() + i) | swar_ones * 0x20;  // either case
      std::uint64_t hits =
          zero_bytes(v ^ w0) | zero_bytes(v ^ w1) | zero_bytes(v ^ w2) | zero_bytes(v ^ w3);
      while (hits != 0) {
        const std::size_t at = i + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8;
        if (at + 2 < n && short_candidate(text, at, t)) best = match_at(x, text, at, best);
        hits &= hits - 1;
      }
    }
  }
#endif
  for (; i + 2 < n; ++i)
    if (short_candidate(text, i, t)) best = match_at(x, text, i, best);
  return best;
}

/// The highest-priority reason whose pattern occurs in `text`; short patterns
/// (four letters or fewer) must stand as whole words ("rbl", "spf", "dkim").
[[nodiscard]] constexpr text_reason match_text(std::string_view text) noexcept {
  std::size_t best = reason_pattern_count;
  if (SMTPCODES_IS_CONSTANT_EVALUATED())
    best = first_pattern_direct(text);
  else
    best = first_pattern_indexed(text, reason_indexes_at_run_time());
  if (best == reason_pattern_count) return {bounce_reason::undefined, false};
  return {reason_patterns[best].reason, reason_patterns[best].decisive};
}
[[nodiscard]] constexpr bounce_reason match_reason(std::string_view text) noexcept {
  return match_text(text).reason;
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
