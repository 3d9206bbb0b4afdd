// Data: the reply-text patterns that give a bounce reason when the enhanced
// status is missing or generic, in priority order, in English and other
// languages. Matched case-insensitively by detail/reason_index.hpp; the few in
// other scripts by match_other_scripts() below. Patterns are our own, written
// from how real servers word their replies.
#ifndef SMTPCODES_DETAIL_REASON_PATTERNS_HPP
#define SMTPCODES_DETAIL_REASON_PATTERNS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "advice_types.hpp"
#include "config.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// A row of patterns: one reason for all of them.
struct pattern_row {
  // One pattern or several, separated by pattern_separator: lower case, each
  // starting with two letters a-z (other_script_rows: see there). Several to
  // a row, because each row of a constant table costs every file that
  // includes advice.hpp its initialisation: about 60,000 compiler
  // instructions, whatever the row holds.
  const char* texts;
  bounce_reason reason;
  bool decisive = false;  // wins even over a specific enhanced status
};
inline constexpr char pattern_separator = ';';

inline constexpr bool decisive = true;

// Order is priority: when several patterns match, the earliest wins (the
// first row, and within a row the first pattern). Wordings in French, German,
// Spanish, Portuguese and Italian stand with the English ones of their
// reason; other scripts are in other_script_rows.
// clang-format off
inline constexpr pattern_row reason_pattern_rows[] = {
  // Viruses first: a virus rejection often also says "policy" or "content".
  {"virus;malware;infected;trojan", R::virus_detected, decisive},
  // Greylisting (postgrey, greylistd, rspamd, Mimecast), whatever status it carries.
  {"greylist;graylist;grey list;gray list;grey-list", R::greylisted, decisive},
  {"try again in a few minutes;internal resource temporarily unavailable", R::greylisted},
  // Messages that break RFC 5322: named before the words "spam" or "blocked" around them.
  {"rfc 5322;rfc5322;rfc 2822;rfc2822;rfc compliant;not compliant with rfc;bad_header;bare lf;"
   "multiple addresses in from", R::not_compliant_rfc},
  // Moved addresses.
  {"user has moved;has moved;no longer valid;no longer at this", R::has_moved},
  // Group and mailing-list notices: the group may not exist or the sender may
  // not post to it; which one is not said, so the sender is what was refused.
  {"permission to post;not allowed to post;group you tried to contact;not a member of;"
   "only members;not have permission;para publicar;tienes permiso;pas autoris;nicht berechtigt;"
   "keine berechtigung;permissão para;autorizzazione a;non sei autorizzato", R::sender_rejected},
  // A block-list lookup that failed on the receiver's side is not a listing.
  {"open resolver", R::system_error},
  // A directory that does not list the user (Domino, Notes) is no block list.
  {"not listed in", R::user_unknown},
  // Block lists (DNSBL) naming the client.
  {"blocked using;listed at;listed in;listed on;spamhaus;spamcop;barracuda;sorbs;dnsbl;rbl;"
   "blacklist;blocklist;block list;black list;permanently deferred;liste noire;schwarze liste;"
   "lista negra;lista nera", R::blocked},
  // Client IPs refused for what they are: dial-up and dynamic ranges, open
  // relays, hosts that should send through their provider's server.
  {"dialup;dial-up;dynamic ip;bad ip;in prison;insecure mail relay;is an open relay;of your isp;"
   "your isp's;traffic not accepted;no access from", R::blocked},
  // A HELO name refused: the client's own host name, unless it is merely not qualified.
  {"fully-qualified", R::syntax_error},
  {"helo command rejected", R::blocked},
  // The envelope sender, not the recipient, was refused.
  {"sender address rejected;sender rejected;sender verify failed;sender verification failed;"
   "sender unknown;sender domain;domain of sender address;sender denied;bad sender;"
   "unroutable sender;unrouteable sender;invalid sender;sender is not allowed;"
   "email address is not verified", R::sender_rejected},
  // Domains that take no mail at all (RFC 7504, RFC 7505), or have no mail host;
  // after the sender rows, as a sender's domain may be the one that takes none.
  {"sender address has null mx", R::sender_rejected, decisive},
  {"does not accept mail;doesn't accept mail", R::not_accept},
  {"null mx;nullmx", R::not_accept, decisive},
  {"accepts no mail;doesn't receive email;does not receive email;no mx;"
   "mail exchanger", R::not_accept},
  // Reverse DNS of the client.
  {"cannot find your hostname;cannot find your reverse hostname;reverse dns;reverse lookup;"
   "reverse hostname;ptr record;rdns;no ptr;ip name lookup failed", R::require_ptr},
  // Relaying.
  {"relay access denied;relaying denied;relay denied;relay not permitted;relaying not allowed;"
   "relay not allowed;not permitted to relay;unable to relay;we do not relay;allowed rcpthosts;"
   "relaying to;not allowed to relay;domain isn't in my list;relayed thr;to be relayed;"
   "configured to relay;relais", R::relay_denied},
  // A spam verdict said outright, before the SPF or DKIM advice that may follow it.
  {"as spam;due to spam;spam classification", R::spam_detected},
  // Sender authentication (SPF, DKIM, DMARC, ARC), whatever status it carries:
  // named before the word "spam" that such rejections give as their purpose.
  {"dmarc;dkim;spf;sender policy framework;authentication check", R::auth_failure, decisive},
  {"arc validation;unauthenticated email;authentication level;"
   "sender authentication", R::auth_failure},
  // Per-client and per-sender limits, some worded like recipient limits
  // (Postfix anvil, "too many recipients this hour"), whatever status they carry.
  {"too many recipients from", R::rate_limited, decisive},
  {"too much mail", R::rate_limited},
  {"sending quota;sending limit;submissionquota;this hour;per hour;per minute;per day;"
   "per connection;daily limit;hourly limit;frequency limit", R::rate_limited, decisive},
  // Too many recipients in one transaction.
  {"too many recipients;recipient limit;too many rcpt;maximum recipients;trop de destinataires;"
   "demasiados destinatarios;troppi destinatari;zu viele empf", R::too_many_recipients},
  // Sending IP reputation: the cause, even when the reply also says "rate limited".
  {"reputation;senderscore;user complaints;complaint rate", R::bad_reputation},
  // Rate limits and connection limits.
  {"rate limit;ratelimit;rate-limit;too many connections;too many concurrent;"
   "concurrent connections;concurrent server connections", R::rate_limited, decisive},
  {"too many messages;too many mails;too many sessions;connection limit", R::rate_limited},
  {"unexpected volume;excessive volume", R::rate_limited, decisive},
  {"high volume", R::rate_limited},
  {"receiving mail at a rate;receiving mail too quickly;throttl", R::rate_limited, decisive},
  {"sending rate;exceeded the rate;server busy;trop de messages;demasiados mensajes;zu viele;"
   "troppi messaggi", R::rate_limited},
  // Full mailboxes.
  {"mailbox full;mailbox is full;inbox is full;over quota;overquota;quota exceeded;"
   "exceeded quota;exceeds quota;out of storage;storage quota;mailbox size limit;user is over;"
   "over its quota;exceeded their storage;folder is full;boite pleine;boîte pleine;"
   "lettres pleine;est pleine;quota dépassé;quota depasse;postfach voll;postfach ist voll;"
   "speicherplatz;quota überschritten;buzón lleno;buzon lleno;caixa cheia;está cheia;"
   "casella piena;posta piena", R::mailbox_full},
  // Messages that are too big.
  {"message size exceeds;message too large;message too big;message is too large;"
   "message is too big;size exceeds;exceeds size limit;maximum message size;exceeds the maximum;"
   "message length exceeds;size limit;too large;trop volumineux;zu groß;zu gross;"
   "demasiado grande;troppo grande", R::message_too_large},
  // Disabled, suspended, locked or long unused mailboxes.
  {"mailbox disabled;mailbox is disabled;account disabled;account is disabled;"
   "account has been disabled;inactive;account suspended;account has been suspended;"
   "mailbox suspended;user suspended;deactivated;not accepting messages;disabled recipient;"
   "account is blocked;account blocked;mailbox is blocked;account is locked;account locked;"
   "temporary locked;temporarily locked;is frozen;account has expired;account expired;not poped;"
   "not popped;compte désactivé;compte bloqu;konto gesperrt;deaktiviert;cuenta des;"
   "cuenta bloqueada;conta desativada;conta bloqueada;disattivat;"
   "disabilitat", R::mailbox_disabled},
  // A DNS lookup that failed for now is a network problem, not a dead domain.
  {"not found, try again", R::network_error},
  // Domains that do not exist.
  {"host unknown;unknown host;domain not found;domain does not exist;no such domain;"
   "host not found;unknown domain;name or service not known;host or domain name not found;"
   "unrouteable;unroutable;domain name not found;nxdomain;domain must exist;"
   "couldn't find any host;nonexistent domain;non-existent domain;domaine inexistant;"
   "domaine introuvable;domain unbekannt;dominio no existe;dominio inesistente;"
   "domínio desconhecido", R::host_unknown},
  // Name servers that failed to answer: the network, not the domain.
  {"name service error;name server;servfail;dns error;dns query failed", R::network_error},
  // Recipient-side restrictions and policies named before the generic words below.
  {"delivery restriction;envelope blocked", R::filtered},
  {"does not allow;rejected by destination;potential security issue", R::policy_violation},
  // Recipients that do not exist.
  {"recipient address rejected: access denied", R::user_unknown},
  {"recipientnotfound;recipnotfound", R::user_unknown, decisive},
  {"user unknown;unknown user;no such user;user not found;recipient not found;recipient unknown;"
   "unknown recipient;invalid recipient;invalid-recipient;marked as invalid;no such recipient;"
   "mailbox unavailable;mailbox not found;no such mailbox;not exist;doesn't exist;nonexistent;"
   "non-existent;doesn't have a;address not found;address couldn't be found;"
   "address could not be found;no such address;not a valid mailbox;invalid mailbox;"
   "unknown local part;no mailbox here;not our customer;unknown or illegal alias;"
   "address unknown;bad destination mailbox;utilisateur inconnu;destinataire inconnu;"
   "destinataire invalide;adresse inconnue;existe pas;nutzer unbekannt;nger unbekannt;"
   "adresse unbekannt;existiert nicht;usuario desconocido;destinatario desconocido;no existe;"
   "rio desconhecido;inesistente;utente sconosciuto;non esiste", R::user_unknown},
  // Spam.
  {"spam;unsolicited;junk mail;bulk mail;phish;suspicious;spamassassin;rejected, ube;no deseado;"
   "indesiderat", R::spam_detected},
  // Connections that failed, named before the client IP words below that
  // such texts also hold ("target IP address").
  {"to connect;not connect", R::network_error},
  // Client IP or host refused without naming a list.
  {"banned sending ip;client host rejected;ip address;your ip;blocked;banned;"
   "denied access", R::blocked},
  // TLS, whatever status it carries, then other security and SMTP AUTH problems.
  {"tls not available;starttls failed;tls negotiation failed;tls handshake;handshake failure;"
   "cannot start tls;tls is required, but was not offered;"
   "starttls not supported", R::failed_starttls, decisive},
  {"must issue a starttls;authentication credentials invalid;authentication failed;"
   "authentication failure;authentication unsuccessful;authentication required;"
   "authentication is required;must authenticate;not authenticated;too many login attempts;"
   "encryption required;tls required;requires tls;tls 1.0;certificate;mechanism is too weak;"
   "invalid credentials", R::security_error},
  // Expired in the queue, or given up on after retrying for long.
  {"delivery time expired;message expired;too long in queue;in the queue too long;"
   "queue lifetime;retry timeout exceeded;long failure period;cannot send message for;"
   "failing for a long time;could not be delivered for;not delivered within;expired;"
   "giving up", R::expired},
  // Network problems, routing loops among them (RFC 3463 X.4.6).
  {"connection refused;connection timed out;lost connection;connection reset;"
   "network is unreachable;no route to host;timed out;timeout;broken pipe;connection closed;"
   "connection dropped;establish an smtp connection;mail loop;loops back;too many hops;"
   "hop count;routing loop", R::network_error},
  // Full mail systems.
  {"insufficient system storage;disk full;out of disk;no space left;system storage;"
   "insufficient disk;disk space", R::system_full},
  // Filters and policies.
  {"access denied;content filter;filtered;rejected by filter", R::filtered},
  {"not authorized;policy;prohibited;administrative prohibition;not allowed;refused;"
   "not permitted", R::policy_violation},
  // Held messages.
  {"on hold;hold action;quarantine;held for review", R::on_hold},
  // Other content problems.
  {"malformed", R::not_compliant_rfc},
  {"header;mime;encoding;content;attachment", R::content_error},
  // Local delivery programs that failed.
  {"mailer error;command died;command output;pipe to |;procmail", R::mailer_error},
  // The client's protocol errors.
  {"syntax error;command not recognized;unrecognized command;command unrecognized;bad sequence;"
   "need rcpt;need mail;not implemented;line too long;bad address syntax;"
   "invalid address", R::syntax_error},
  // Server trouble.
  {"temporary lookup failure;local error;internal error;system error;server error;"
   "temporary failure;temporarily unavailable;service unavailable;service not available;"
   "currently unavailable;try again later", R::system_error},
};
// clang-format on

[[nodiscard]] constexpr bool is_lower_letter(char c) noexcept { return c >= 'a' && c <= 'z'; }

/// Most patterns reason_pattern_rows may hold: the size of the lists below,
/// and of the run-time index (detail/reason_index.hpp). reason_patterns_valid()
/// checks that they fit.
inline constexpr std::size_t reason_patterns_max = 1024;

/// One pattern: its text and the row it belongs to.
struct pattern_ref {
  std::string_view text;
  std::uint16_t row = 0;
};
/// The patterns of a table's rows, in priority order. `count` may exceed
/// reason_patterns_max: then only the first reason_patterns_max are listed.
struct pattern_list {
  pattern_ref at[reason_patterns_max]{};
  std::size_t count = 0;
};

/// Lists the patterns of rows[0, n) in `list`, split at pattern_separator,
/// in order. Done during each constant evaluation that needs them and once
/// at run time (the index): as a constant the list would cost every
/// including file its evaluation. It fills its argument rather than
/// returning the list, because g++ evaluates a call with constant arguments
/// that a function returns, to look for warnings, wherever it is compiled.
constexpr void split_patterns(const pattern_row* rows, std::size_t n, pattern_list& list) noexcept {
  list.count = 0;
  for (std::size_t r = 0; r < n; ++r) {
    const char* t = rows[r].texts;
    std::size_t start = 0;
    for (std::size_t i = 0;; ++i) {
      if (t[i] != pattern_separator && t[i] != '\0') continue;
      if (list.count < reason_patterns_max)
        list.at[list.count] = {std::string_view(t + start, i - start),
                               static_cast<std::uint16_t>(r)};
      ++list.count;
      if (t[i] == '\0') break;
      start = i + 1;
    }
  }
}
inline constexpr std::size_t reason_pattern_row_count =
    sizeof(reason_pattern_rows) / sizeof(reason_pattern_rows[0]);

/// Whether every pattern of reason_pattern_rows is at least three characters
/// long, starts with two letters a-z, holds no upper-case letter, and all fit
/// the lists (rows are numbered in 16 bits).
[[nodiscard]] constexpr bool reason_patterns_valid() noexcept {
  pattern_list list{};
  split_patterns(reason_pattern_rows, reason_pattern_row_count, list);
  if (list.count > reason_patterns_max || reason_pattern_row_count > 0xFFFF) return false;
  for (std::size_t p = 0; p < list.count; ++p) {
    const std::string_view text = list.at[p].text;
    if (text.size() < 3 || !is_lower_letter(text[0]) || !is_lower_letter(text[1])) return false;
    for (char c : text)
      if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}
// reason_patterns_valid() is asserted in tests/static_tables.cpp.

/// Patterns in other scripts (Cyrillic, Japanese, Chinese) and Latin ones
/// whose first two letters are not a-z ("não existe"): UTF-8 bytes, matched
/// exactly, only when no pattern of reason_pattern_rows matched, in priority order. A
/// Cyrillic word is written from its second letter, so that a capital first
/// letter matches too ("ользовател" for "Пользователь" and "пользователь").
// clang-format off
inline constexpr pattern_row other_script_rows[] = {
  // Domains that do not exist, before the "does not exist" of users.
  {"ドメインが存在しません;ドメインが見つかりません;域名不存在;網域不存在;"
   "омен не найден;омен не существует", R::host_unknown},
  // Mailing-list and group posting refused: no permission to post.
  {"投稿する権限;权限;權限;권한이 없;нет прав;нет разрешения;не имеете права;"
   "não tem permissão;άδεια;הרשאה;אישור לפרסם;اجازه;अनुमति", R::sender_rejected},
  // Full mailboxes.
  {"容量超過;容量を超え;満杯;いっぱい;邮箱已满;郵箱已滿;信箱已滿;空间已满;空間已滿;"
   "容量不足;ящик переполнен;переполнен;è piena", R::mailbox_full},
  // Disabled, suspended, frozen or locked mailboxes.
  {"ящик заблокирован;ящик отключен;аккаунт заблокирован;"
   "已冻结;已凍結;已停用;利用停止", R::mailbox_disabled},
  // Too many messages, too often.
  {"发送频率;频率限制;頻率限制;过于频繁;過於頻繁;лишком много", R::rate_limited},
  // Messages that are too big.
  {"大きすぎ;邮件过大;郵件過大;лишком большое", R::message_too_large},
  // Recipient-side refusal of this sender (Japanese carriers' reception settings).
  {"受信拒否", R::filtered},
  // Recipients that do not exist.
  {"ユーザが見つかりません;ユーザーが見つかりません;宛先不明;存在しません;見つかりません;"
   "用户不存在;用戶不存在;收件人不存在;地址不存在;不存在;"
   "ользователь не найден;ользователя не существует;ет такого пользователя;"
   "дрес не найден;е существует;não existe", R::user_unknown},
  // Spam.
  {"迷惑メール;垃圾邮件;垃圾郵件;спам", R::spam_detected},
  // Client IPs refused.
  {"黑名单;黑名單;ерный список;заблокирован", R::blocked},
};
// clang-format on
inline constexpr std::size_t other_script_row_count =
    sizeof(other_script_rows) / sizeof(other_script_rows[0]);

/// Whether each pattern of other_script_rows belongs there: at least two
/// bytes, no upper-case ASCII letter, and first bytes that a pattern of
/// reason_pattern_rows could not start with.
[[nodiscard]] constexpr bool other_script_patterns_valid() noexcept {
  pattern_list list{};
  split_patterns(other_script_rows, other_script_row_count, list);
  if (list.count > reason_patterns_max) return false;
  for (std::size_t p = 0; p < list.count; ++p) {
    const std::string_view text = list.at[p].text;
    if (text.size() < 2 || (is_lower_letter(text[0]) && is_lower_letter(text[1]))) return false;
    for (char c : text)
      if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}
// other_script_patterns_valid() is asserted in tests/static_tables.cpp.

/// The reason of the first pattern of other_script_rows found in `text`, or
/// undefined; texts of ASCII bytes alone are not searched. Out of line: it
/// runs only when no pattern of reason_pattern_rows matched.
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
  for (const pattern_row& row : other_script_rows) {
    std::string_view rest(row.texts);
    for (;;) {
      const std::size_t end = rest.find(pattern_separator);
      if (text.find(rest.substr(0, end)) != std::string_view::npos) return row.reason;
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
  }
  return bounce_reason::undefined;
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
