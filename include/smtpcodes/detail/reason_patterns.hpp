// Data: the reply-text patterns that give a bounce reason when the enhanced
// status is missing or generic, in priority order, in English and other
// languages. Matched case-insensitively by detail/reason_index.hpp; the few in
// other scripts by match_other_scripts() below. Patterns are our own, written
// from how real servers word their replies.
#ifndef SMTPCODES_DETAIL_REASON_PATTERNS_HPP
#define SMTPCODES_DETAIL_REASON_PATTERNS_HPP

#include <cstddef>
#include <string_view>

#include "advice_types.hpp"
#include "config.hpp"

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
// Wordings in French, German, Spanish, Portuguese and Italian stand with the
// English ones of their reason; other scripts are in other_script_patterns.
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
  {"multiple addresses in from", R::not_compliant_rfc},
  // Moved addresses.
  {"user has moved", R::has_moved}, {"has moved", R::has_moved}, {"no longer valid", R::has_moved},
  {"no longer at this", R::has_moved},
  // Group and mailing-list notices: the group may not exist or the sender may
  // not post to it; which one is not said, so the sender is what was refused.
  {"permission to post", R::sender_rejected}, {"not allowed to post", R::sender_rejected},
  {"group you tried to contact", R::sender_rejected}, {"not a member of", R::sender_rejected},
  {"only members", R::sender_rejected}, {"not have permission", R::sender_rejected},
  {"para publicar", R::sender_rejected}, {"tienes permiso", R::sender_rejected},
  {"pas autoris", R::sender_rejected}, {"nicht berechtigt", R::sender_rejected},
  {"keine berechtigung", R::sender_rejected}, {"permissão para", R::sender_rejected},
  {"autorizzazione a", R::sender_rejected}, {"non sei autorizzato", R::sender_rejected},
  // A block-list lookup that failed on the receiver's side is not a listing.
  {"open resolver", R::system_error},
  // A directory that does not list the user (Domino, Notes) is no block list.
  {"not listed in", R::user_unknown},
  // Block lists (DNSBL) naming the client.
  {"blocked using", R::blocked}, {"listed at", R::blocked}, {"listed in", R::blocked},
  {"listed on", R::blocked}, {"spamhaus", R::blocked}, {"spamcop", R::blocked},
  {"barracuda", R::blocked}, {"sorbs", R::blocked}, {"dnsbl", R::blocked}, {"rbl", R::blocked},
  {"blacklist", R::blocked}, {"blocklist", R::blocked}, {"block list", R::blocked},
  {"black list", R::blocked}, {"permanently deferred", R::blocked}, {"liste noire", R::blocked},
  {"schwarze liste", R::blocked}, {"lista negra", R::blocked}, {"lista nera", R::blocked},
  // Client IPs refused for what they are: dial-up and dynamic ranges, open
  // relays, hosts that should send through their provider's server.
  {"dialup", R::blocked}, {"dial-up", R::blocked}, {"dynamic ip", R::blocked},
  {"bad ip", R::blocked}, {"in prison", R::blocked}, {"insecure mail relay", R::blocked},
  {"is an open relay", R::blocked}, {"of your isp", R::blocked}, {"your isp's", R::blocked},
  {"traffic not accepted", R::blocked}, {"no access from", R::blocked},
  // A HELO name refused: the client's own host name, unless it is merely not qualified.
  {"fully-qualified", R::syntax_error}, {"helo command rejected", R::blocked},
  // The envelope sender, not the recipient, was refused.
  {"sender address rejected", R::sender_rejected}, {"sender rejected", R::sender_rejected},
  {"sender verify failed", R::sender_rejected}, {"sender verification failed", R::sender_rejected},
  {"sender unknown", R::sender_rejected}, {"sender domain", R::sender_rejected},
  {"domain of sender address", R::sender_rejected}, {"sender denied", R::sender_rejected},
  {"bad sender", R::sender_rejected}, {"unroutable sender", R::sender_rejected},
  {"unrouteable sender", R::sender_rejected}, {"invalid sender", R::sender_rejected},
  {"sender is not allowed", R::sender_rejected},
  {"email address is not verified", R::sender_rejected},
  // Domains that take no mail at all (RFC 7504, RFC 7505), or have no mail host;
  // after the sender rows, as a sender's domain may be the one that takes none.
  {"sender address has null mx", R::sender_rejected, decisive},
  {"does not accept mail", R::not_accept}, {"doesn't accept mail", R::not_accept},
  {"null mx", R::not_accept, decisive}, {"nullmx", R::not_accept, decisive},
  {"accepts no mail", R::not_accept}, {"doesn't receive email", R::not_accept},
  {"does not receive email", R::not_accept}, {"no mx", R::not_accept},
  {"mail exchanger", R::not_accept},
  // Reverse DNS of the client.
  {"cannot find your hostname", R::require_ptr},
  {"cannot find your reverse hostname", R::require_ptr}, {"reverse dns", R::require_ptr},
  {"reverse lookup", R::require_ptr}, {"reverse hostname", R::require_ptr},
  {"ptr record", R::require_ptr}, {"rdns", R::require_ptr}, {"no ptr", R::require_ptr},
  {"ip name lookup failed", R::require_ptr},
  // Relaying.
  {"relay access denied", R::relay_denied}, {"relaying denied", R::relay_denied},
  {"relay denied", R::relay_denied}, {"relay not permitted", R::relay_denied},
  {"relaying not allowed", R::relay_denied}, {"relay not allowed", R::relay_denied},
  {"not permitted to relay", R::relay_denied}, {"unable to relay", R::relay_denied},
  {"we do not relay", R::relay_denied}, {"allowed rcpthosts", R::relay_denied},
  {"relaying to", R::relay_denied}, {"not allowed to relay", R::relay_denied},
  {"domain isn't in my list", R::relay_denied}, {"relayed thr", R::relay_denied},
  {"to be relayed", R::relay_denied}, {"configured to relay", R::relay_denied},
  {"relais", R::relay_denied},
  // A spam verdict said outright, before the SPF or DKIM advice that may follow it.
  {"as spam", R::spam_detected}, {"due to spam", R::spam_detected},
  {"spam classification", R::spam_detected},
  // Sender authentication (SPF, DKIM, DMARC, ARC), whatever status it carries:
  // named before the word "spam" that such rejections give as their purpose.
  {"dmarc", R::auth_failure, decisive}, {"dkim", R::auth_failure, decisive},
  {"spf", R::auth_failure, decisive}, {"sender policy framework", R::auth_failure, decisive},
  {"authentication check", R::auth_failure, decisive}, {"arc validation", R::auth_failure},
  {"unauthenticated email", R::auth_failure}, {"authentication level", R::auth_failure},
  {"sender authentication", R::auth_failure},
  // Per-client and per-sender limits, some worded like recipient limits
  // (Postfix anvil, "too many recipients this hour"), whatever status they carry.
  {"too many recipients from", R::rate_limited, decisive}, {"too much mail", R::rate_limited},
  {"sending quota", R::rate_limited, decisive}, {"sending limit", R::rate_limited, decisive},
  {"submissionquota", R::rate_limited, decisive}, {"this hour", R::rate_limited, decisive},
  {"per hour", R::rate_limited, decisive}, {"per minute", R::rate_limited, decisive},
  {"per day", R::rate_limited, decisive}, {"per connection", R::rate_limited, decisive},
  {"daily limit", R::rate_limited, decisive}, {"hourly limit", R::rate_limited, decisive},
  {"frequency limit", R::rate_limited, decisive},
  // Too many recipients in one transaction.
  {"too many recipients", R::too_many_recipients}, {"recipient limit", R::too_many_recipients},
  {"too many rcpt", R::too_many_recipients}, {"maximum recipients", R::too_many_recipients},
  {"trop de destinataires", R::too_many_recipients},
  {"demasiados destinatarios", R::too_many_recipients},
  {"troppi destinatari", R::too_many_recipients}, {"zu viele empf", R::too_many_recipients},
  // Sending IP reputation: the cause, even when the reply also says "rate limited".
  {"reputation", R::bad_reputation}, {"senderscore", R::bad_reputation},
  {"user complaints", R::bad_reputation}, {"complaint rate", R::bad_reputation},
  // Rate limits and connection limits.
  {"rate limit", R::rate_limited, decisive}, {"ratelimit", R::rate_limited, decisive},
  {"rate-limit", R::rate_limited, decisive}, {"too many connections", R::rate_limited, decisive},
  {"too many concurrent", R::rate_limited, decisive},
  {"concurrent connections", R::rate_limited, decisive},
  {"concurrent server connections", R::rate_limited, decisive},
  {"too many messages", R::rate_limited}, {"too many mails", R::rate_limited},
  {"too many sessions", R::rate_limited}, {"connection limit", R::rate_limited},
  {"unexpected volume", R::rate_limited, decisive}, {"excessive volume", R::rate_limited, decisive},
  {"high volume", R::rate_limited}, {"receiving mail at a rate", R::rate_limited, decisive},
  {"receiving mail too quickly", R::rate_limited, decisive}, {"throttl", R::rate_limited, decisive},
  {"sending rate", R::rate_limited}, {"exceeded the rate", R::rate_limited},
  {"server busy", R::rate_limited}, {"trop de messages", R::rate_limited},
  {"demasiados mensajes", R::rate_limited}, {"zu viele", R::rate_limited},
  {"troppi messaggi", R::rate_limited},
  // Full mailboxes.
  {"mailbox full", R::mailbox_full}, {"mailbox is full", R::mailbox_full},
  {"inbox is full", R::mailbox_full}, {"over quota", R::mailbox_full},
  {"overquota", R::mailbox_full}, {"quota exceeded", R::mailbox_full},
  {"exceeded quota", R::mailbox_full}, {"exceeds quota", R::mailbox_full},
  {"out of storage", R::mailbox_full}, {"storage quota", R::mailbox_full},
  {"mailbox size limit", R::mailbox_full}, {"user is over", R::mailbox_full},
  {"over its quota", R::mailbox_full}, {"exceeded their storage", R::mailbox_full},
  {"folder is full", R::mailbox_full}, {"boite pleine", R::mailbox_full},
  {"boîte pleine", R::mailbox_full}, {"lettres pleine", R::mailbox_full},
  {"est pleine", R::mailbox_full}, {"quota dépassé", R::mailbox_full},
  {"quota depasse", R::mailbox_full}, {"postfach voll", R::mailbox_full},
  {"postfach ist voll", R::mailbox_full}, {"speicherplatz", R::mailbox_full},
  {"quota überschritten", R::mailbox_full}, {"buzón lleno", R::mailbox_full},
  {"buzon lleno", R::mailbox_full}, {"caixa cheia", R::mailbox_full},
  {"está cheia", R::mailbox_full}, {"casella piena", R::mailbox_full},
  {"posta piena", R::mailbox_full},
  // Messages that are too big.
  {"message size exceeds", R::message_too_large}, {"message too large", R::message_too_large},
  {"message too big", R::message_too_large}, {"message is too large", R::message_too_large},
  {"message is too big", R::message_too_large}, {"size exceeds", R::message_too_large},
  {"exceeds size limit", R::message_too_large}, {"maximum message size", R::message_too_large},
  {"exceeds the maximum", R::message_too_large}, {"message length exceeds", R::message_too_large},
  {"size limit", R::message_too_large}, {"too large", R::message_too_large},
  {"trop volumineux", R::message_too_large}, {"zu groß", R::message_too_large},
  {"zu gross", R::message_too_large}, {"demasiado grande", R::message_too_large},
  {"troppo grande", R::message_too_large},
  // Disabled, suspended, locked or long unused mailboxes.
  {"mailbox disabled", R::mailbox_disabled}, {"mailbox is disabled", R::mailbox_disabled},
  {"account disabled", R::mailbox_disabled}, {"account is disabled", R::mailbox_disabled},
  {"account has been disabled", R::mailbox_disabled}, {"inactive", R::mailbox_disabled},
  {"account suspended", R::mailbox_disabled}, {"account has been suspended", R::mailbox_disabled},
  {"mailbox suspended", R::mailbox_disabled}, {"user suspended", R::mailbox_disabled},
  {"deactivated", R::mailbox_disabled}, {"not accepting messages", R::mailbox_disabled},
  {"disabled recipient", R::mailbox_disabled}, {"account is blocked", R::mailbox_disabled},
  {"account blocked", R::mailbox_disabled}, {"mailbox is blocked", R::mailbox_disabled},
  {"account is locked", R::mailbox_disabled}, {"account locked", R::mailbox_disabled},
  {"temporary locked", R::mailbox_disabled}, {"temporarily locked", R::mailbox_disabled},
  {"is frozen", R::mailbox_disabled}, {"account has expired", R::mailbox_disabled},
  {"account expired", R::mailbox_disabled}, {"not poped", R::mailbox_disabled},
  {"not popped", R::mailbox_disabled}, {"compte désactivé", R::mailbox_disabled},
  {"compte bloqu", R::mailbox_disabled}, {"konto gesperrt", R::mailbox_disabled},
  {"deaktiviert", R::mailbox_disabled}, {"cuenta des", R::mailbox_disabled},
  {"cuenta bloqueada", R::mailbox_disabled}, {"conta desativada", R::mailbox_disabled},
  {"conta bloqueada", R::mailbox_disabled}, {"disattivat", R::mailbox_disabled},
  {"disabilitat", R::mailbox_disabled},
  // A DNS lookup that failed for now is a network problem, not a dead domain.
  {"not found, try again", R::network_error},
  // Domains that do not exist.
  {"host unknown", R::host_unknown}, {"unknown host", R::host_unknown},
  {"domain not found", R::host_unknown}, {"domain does not exist", R::host_unknown},
  {"no such domain", R::host_unknown}, {"host not found", R::host_unknown},
  {"unknown domain", R::host_unknown}, {"name or service not known", R::host_unknown},
  {"host or domain name not found", R::host_unknown}, {"unrouteable", R::host_unknown},
  {"unroutable", R::host_unknown}, {"domain name not found", R::host_unknown},
  {"nxdomain", R::host_unknown}, {"domain must exist", R::host_unknown},
  {"couldn't find any host", R::host_unknown}, {"nonexistent domain", R::host_unknown},
  {"non-existent domain", R::host_unknown}, {"domaine inexistant", R::host_unknown},
  {"domaine introuvable", R::host_unknown}, {"domain unbekannt", R::host_unknown},
  {"dominio no existe", R::host_unknown}, {"dominio inesistente", R::host_unknown},
  {"domínio desconhecido", R::host_unknown},
  // Name servers that failed to answer: the network, not the domain.
  {"name service error", R::network_error}, {"name server", R::network_error},
  {"servfail", R::network_error}, {"dns error", R::network_error},
  {"dns query failed", R::network_error},
  // Recipient-side restrictions and policies named before the generic words below.
  {"delivery restriction", R::filtered}, {"envelope blocked", R::filtered},
  {"does not allow", R::policy_violation}, {"rejected by destination", R::policy_violation},
  {"potential security issue", R::policy_violation},
  // Recipients that do not exist.
  {"recipient address rejected: access denied", R::user_unknown},
  {"recipientnotfound", R::user_unknown, decisive}, {"recipnotfound", R::user_unknown, decisive},
  {"user unknown", R::user_unknown}, {"unknown user", R::user_unknown},
  {"no such user", R::user_unknown}, {"user not found", R::user_unknown},
  {"recipient not found", R::user_unknown}, {"recipient unknown", R::user_unknown},
  {"unknown recipient", R::user_unknown}, {"invalid recipient", R::user_unknown},
  {"invalid-recipient", R::user_unknown}, {"marked as invalid", R::user_unknown},
  {"no such recipient", R::user_unknown}, {"mailbox unavailable", R::user_unknown},
  {"mailbox not found", R::user_unknown}, {"no such mailbox", R::user_unknown},
  {"not exist", R::user_unknown}, {"doesn't exist", R::user_unknown},
  {"nonexistent", R::user_unknown}, {"non-existent", R::user_unknown},
  {"doesn't have a", R::user_unknown}, {"address not found", R::user_unknown},
  {"address couldn't be found", R::user_unknown}, {"address could not be found", R::user_unknown},
  {"no such address", R::user_unknown}, {"not a valid mailbox", R::user_unknown},
  {"invalid mailbox", R::user_unknown}, {"unknown local part", R::user_unknown},
  {"no mailbox here", R::user_unknown}, {"not our customer", R::user_unknown},
  {"unknown or illegal alias", R::user_unknown}, {"address unknown", R::user_unknown},
  {"bad destination mailbox", R::user_unknown}, {"utilisateur inconnu", R::user_unknown},
  {"destinataire inconnu", R::user_unknown}, {"destinataire invalide", R::user_unknown},
  {"adresse inconnue", R::user_unknown}, {"existe pas", R::user_unknown},
  {"nutzer unbekannt", R::user_unknown}, {"nger unbekannt", R::user_unknown},
  {"adresse unbekannt", R::user_unknown}, {"existiert nicht", R::user_unknown},
  {"usuario desconocido", R::user_unknown}, {"destinatario desconocido", R::user_unknown},
  {"no existe", R::user_unknown}, {"rio desconhecido", R::user_unknown},
  {"inesistente", R::user_unknown}, {"utente sconosciuto", R::user_unknown},
  {"non esiste", R::user_unknown},
  // Spam.
  {"spam", R::spam_detected}, {"unsolicited", R::spam_detected}, {"junk mail", R::spam_detected},
  {"bulk mail", R::spam_detected}, {"phish", R::spam_detected}, {"suspicious", R::spam_detected},
  {"spamassassin", R::spam_detected}, {"rejected, ube", R::spam_detected}, {"no deseado", R::spam_detected},
  {"indesiderat", R::spam_detected},
  // Connections that failed, named before the client IP words below that
  // such texts also hold ("target IP address").
  {"to connect", R::network_error}, {"not connect", R::network_error},
  // Client IP or host refused without naming a list.
  {"banned sending ip", R::blocked}, {"client host rejected", R::blocked},
  {"ip address", R::blocked}, {"your ip", R::blocked}, {"blocked", R::blocked},
  {"banned", R::blocked}, {"denied access", R::blocked},
  // TLS, whatever status it carries, then other security and SMTP AUTH problems.
  {"tls not available", R::failed_starttls, decisive},
  {"starttls failed", R::failed_starttls, decisive},
  {"tls negotiation failed", R::failed_starttls, decisive},
  {"tls handshake", R::failed_starttls, decisive},
  {"handshake failure", R::failed_starttls, decisive},
  {"cannot start tls", R::failed_starttls, decisive},
  {"tls is required, but was not offered", R::failed_starttls, decisive},
  {"starttls not supported", R::failed_starttls, decisive},
  {"must issue a starttls", R::security_error},
  {"authentication credentials invalid", R::security_error},
  {"authentication failed", R::security_error}, {"authentication failure", R::security_error},
  {"authentication unsuccessful", R::security_error},
  {"authentication required", R::security_error}, {"authentication is required", R::security_error},
  {"must authenticate", R::security_error}, {"not authenticated", R::security_error},
  {"too many login attempts", R::security_error}, {"encryption required", R::security_error},
  {"tls required", R::security_error}, {"requires tls", R::security_error},
  {"tls 1.0", R::security_error}, {"certificate", R::security_error},
  {"mechanism is too weak", R::security_error}, {"invalid credentials", R::security_error},
  // Expired in the queue, or given up on after retrying for long.
  {"delivery time expired", R::expired}, {"message expired", R::expired},
  {"too long in queue", R::expired}, {"in the queue too long", R::expired},
  {"queue lifetime", R::expired}, {"retry timeout exceeded", R::expired},
  {"long failure period", R::expired}, {"cannot send message for", R::expired},
  {"failing for a long time", R::expired}, {"could not be delivered for", R::expired},
  {"not delivered within", R::expired}, {"expired", R::expired}, {"giving up", R::expired},
  // Network problems, routing loops among them (RFC 3463 X.4.6).
  {"connection refused", R::network_error}, {"connection timed out", R::network_error},
  {"lost connection", R::network_error}, {"connection reset", R::network_error},
  {"network is unreachable", R::network_error}, {"no route to host", R::network_error},
  {"timed out", R::network_error}, {"timeout", R::network_error}, {"broken pipe", R::network_error},
  {"connection closed", R::network_error}, {"connection dropped", R::network_error},
  {"establish an smtp connection", R::network_error}, {"mail loop", R::network_error},
  {"loops back", R::network_error}, {"too many hops", R::network_error},
  {"hop count", R::network_error}, {"routing loop", R::network_error},
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
  {"malformed", R::not_compliant_rfc}, {"header", R::content_error}, {"mime", R::content_error},
  {"encoding", R::content_error}, {"content", R::content_error}, {"attachment", R::content_error},
  // Local delivery programs that failed.
  {"mailer error", R::mailer_error}, {"command died", R::mailer_error},
  {"command output", R::mailer_error}, {"pipe to |", R::mailer_error},
  {"procmail", R::mailer_error},
  // The client's protocol errors.
  {"syntax error", R::syntax_error}, {"command not recognized", R::syntax_error},
  {"unrecognized command", R::syntax_error}, {"command unrecognized", R::syntax_error},
  {"bad sequence", R::syntax_error}, {"need rcpt", R::syntax_error}, {"need mail", R::syntax_error},
  {"not implemented", R::syntax_error}, {"line too long", R::syntax_error},
  {"bad address syntax", R::syntax_error}, {"invalid address", R::syntax_error},
  // Server trouble.
  {"temporary lookup failure", R::system_error}, {"local error", R::system_error},
  {"internal error", R::system_error}, {"system error", R::system_error},
  {"server error", R::system_error}, {"temporary failure", R::system_error},
  {"temporarily unavailable", R::system_error}, {"service unavailable", R::system_error},
  {"service not available", R::system_error}, {"currently unavailable", R::system_error},
  {"try again later", R::system_error},
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

/// Patterns in other scripts (Cyrillic, Japanese, Chinese) and Latin ones
/// whose first two letters are not a-z ("não existe"): UTF-8 bytes, matched
/// exactly, only when no row of reason_patterns matched, in priority order. A
/// Cyrillic word is written from its second letter, so that a capital first
/// letter matches too ("ользовател" for "Пользователь" and "пользователь").
// clang-format off
inline constexpr reason_pattern other_script_patterns[] = {
  // Domains that do not exist, before the "does not exist" of users.
  {"ドメインが存在しません", R::host_unknown}, {"ドメインが見つかりません", R::host_unknown}, {"域名不存在", R::host_unknown},
  {"網域不存在", R::host_unknown}, {"омен не найден", R::host_unknown},
  {"омен не существует", R::host_unknown},
  // Mailing-list and group posting refused: no permission to post.
  {"投稿する権限", R::sender_rejected}, {"权限", R::sender_rejected}, {"權限", R::sender_rejected},
  {"권한이 없", R::sender_rejected}, {"нет прав", R::sender_rejected},
  {"нет разрешения", R::sender_rejected}, {"не имеете права", R::sender_rejected},
  {"não tem permissão", R::sender_rejected}, {"άδεια", R::sender_rejected},
  {"הרשאה", R::sender_rejected}, {"אישור לפרסם", R::sender_rejected}, {"اجازه", R::sender_rejected},
  {"अनुमति", R::sender_rejected},
  // Full mailboxes.
  {"容量超過", R::mailbox_full}, {"容量を超え", R::mailbox_full}, {"満杯", R::mailbox_full},
  {"いっぱい", R::mailbox_full}, {"邮箱已满", R::mailbox_full}, {"郵箱已滿", R::mailbox_full},
  {"信箱已滿", R::mailbox_full}, {"空间已满", R::mailbox_full}, {"空間已滿", R::mailbox_full},
  {"容量不足", R::mailbox_full}, {"ящик переполнен", R::mailbox_full}, {"переполнен", R::mailbox_full},
  {"è piena", R::mailbox_full},
  // Disabled, suspended, frozen or locked mailboxes.
  {"ящик заблокирован", R::mailbox_disabled}, {"ящик отключен", R::mailbox_disabled},
  {"аккаунт заблокирован", R::mailbox_disabled}, {"已冻结", R::mailbox_disabled},
  {"已凍結", R::mailbox_disabled}, {"已停用", R::mailbox_disabled}, {"利用停止", R::mailbox_disabled},
  // Too many messages, too often.
  {"发送频率", R::rate_limited}, {"频率限制", R::rate_limited}, {"頻率限制", R::rate_limited},
  {"过于频繁", R::rate_limited}, {"過於頻繁", R::rate_limited}, {"лишком много", R::rate_limited},
  // Messages that are too big.
  {"大きすぎ", R::message_too_large}, {"邮件过大", R::message_too_large}, {"郵件過大", R::message_too_large},
  {"лишком большое", R::message_too_large},
  // Recipient-side refusal of this sender (Japanese carriers' reception settings).
  {"受信拒否", R::filtered},
  // Recipients that do not exist.
  {"ユーザが見つかりません", R::user_unknown}, {"ユーザーが見つかりません", R::user_unknown}, {"宛先不明", R::user_unknown},
  {"存在しません", R::user_unknown}, {"見つかりません", R::user_unknown}, {"用户不存在", R::user_unknown},
  {"用戶不存在", R::user_unknown}, {"收件人不存在", R::user_unknown}, {"地址不存在", R::user_unknown},
  {"不存在", R::user_unknown}, {"ользователь не найден", R::user_unknown},
  {"ользователя не существует", R::user_unknown}, {"ет такого пользователя", R::user_unknown},
  {"дрес не найден", R::user_unknown}, {"е существует", R::user_unknown},
  {"não existe", R::user_unknown},
  // Spam.
  {"迷惑メール", R::spam_detected}, {"垃圾邮件", R::spam_detected}, {"垃圾郵件", R::spam_detected},
  {"спам", R::spam_detected},
  // Client IPs refused.
  {"黑名单", R::blocked}, {"黑名單", R::blocked}, {"ерный список", R::blocked},
  {"заблокирован", R::blocked},
};
// clang-format on
inline constexpr std::size_t other_script_pattern_count =
    sizeof(other_script_patterns) / sizeof(other_script_patterns[0]);

/// Whether each row of other_script_patterns belongs there: at least two
/// bytes, no upper-case ASCII letter, and first bytes that reason_patterns
/// could not start with.
[[nodiscard]] constexpr bool other_script_patterns_valid() noexcept {
  for (const reason_pattern& p : other_script_patterns) {
    const std::string_view text(p.text);
    if (text.size() < 2 || (is_lower_letter(text[0]) && is_lower_letter(text[1]))) return false;
    for (char c : text)
      if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}
// other_script_patterns_valid() is asserted in tests/static_tables.cpp.

/// The reason of the first row of other_script_patterns found in `text`, or
/// undefined; texts of ASCII bytes alone are not searched. Out of line: it
/// runs only when no row of reason_patterns matched.
[[nodiscard]] SMTPCODES_NOINLINE constexpr bounce_reason match_other_scripts(
    std::string_view text) noexcept {
  bool non_ascii = false;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      non_ascii = true;
      break;
    }
  }
  if (!non_ascii) return bounce_reason::undefined;
  for (const reason_pattern& p : other_script_patterns)
    if (text.find(p.text) != std::string_view::npos) return p.reason;
  return bounce_reason::undefined;
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
