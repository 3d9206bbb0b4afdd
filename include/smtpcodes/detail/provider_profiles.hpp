// Data: the built-in provider profiles, rules keyed by the remote host (or the
// recipient's domain) that give the meaning of a provider's own codes and
// markers, from the provider's published documentation or the reply texts its
// servers send (docs/providers.md lists each source). One table; each row
// becomes a rule of provider_profiles() (built by rules.hpp). Data only.
#ifndef SMTPCODES_DETAIL_PROVIDER_PROFILES_HPP
#define SMTPCODES_DETAIL_PROVIDER_PROFILES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "advice_types.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// A provider: its MX suffixes and mail domains (space-separated) and where
/// its senders' documentation is (the reference of rows that name no source).
struct provider_info {
  const char* name;
  const char* hosts;
  const char* reference;
};

// clang-format off
inline constexpr provider_info providers[] = {
  {"gmail", "google.com googlemail.com gmail.com",
   "https://support.google.com/a/answer/3726730"},
  {"microsoft", "outlook.com hotmail.com live.com msn.com",
   "https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis"},
  {"yahoo", "yahoodns.net yahoo.com ymail.com aol.com",
   "https://senders.yahooinc.com/smtp-error-codes"},
  {"icloud", "icloud.com me.com mac.com",
   "https://support.apple.com/102322"},
  {"comcast", "comcast.net",
   "http://postmaster.comcast.net/mail-error-codes.html"},
  {"gmx", "gmx.net gmx.de gmx.com gmx.at gmx.ch web.de",
   "https://postmaster.gmx.com/en/error-messages"},
  {"orange", "orange.fr wanadoo.fr",
   "https://postmaster.orange.fr"},
  {"mailru", "mail.ru bk.ru list.ru inbox.ru",
   "https://help.mail.ru/engmail-help/spam/faq"},
  {"yandex", "yandex.ru yandex.net yandex.com ya.ru",
   "https://yandex.com/support/mail/bounces/yandex.html"},
  {"qq", "qq.com foxmail.com",
   "https://smtp.codes/qq"},
  {"netease", "163.com 126.com yeah.net netease.com",
   "https://biecuoliao.com/pa/MBRrwEM.html"},
  {"zoho", "zoho.com zohomail.com zoho.eu zoho.in",
   "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html"},
  {"proofpoint", "pphosted.com ppe-hosted.com",
   "https://www.proofpoint.com/us/support-services/ip-blocked-faq"},
  {"mimecast", "mimecast.com mimecast.co.za mimecast-offshore.com",
   "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes"},
  {"barracuda", "barracudanetworks.com",
   "https://campus.barracuda.com/doc/169282026"},
  {"cisco", "iphmx.com",
   "https://support.talosintelligence.com/docs/email-reputation"},
};
// clang-format on

/// One provider rule: conditions (empty strings: none; `text` lower case,
/// alternatives separated by '|', any of which suffices) and effects
/// (keep_action and zero delays: unchanged).
struct provider_row {
  const char* name;       ///< the rule's name, "provider:what"
  std::uint8_t provider;  ///< index in providers
  const char* code;       ///< "421", "55x", or ""
  const char* status;     ///< "4.7.28", "5.7.606-649", or ""
  const char* text;       ///< "[ts01]", "es000001|es000010", or ""
  bounce_reason reason;
  std::uint8_t what;  ///< an action, or keep_action
  std::uint32_t delay_seconds;
  throttle_target throttle;
  std::uint32_t throttle_seconds;
  const char* meaning;  ///< advice::why: what the provider says it means, our words
  const char* source;   ///< the page the row's facts come from; "": the provider's reference
};
inline constexpr std::uint8_t keep_action = 0xFF;
[[nodiscard]] constexpr std::uint8_t act(action a) noexcept { return static_cast<std::uint8_t>(a); }
inline constexpr throttle_target no_throttle = throttle_target::none;
inline constexpr std::uint32_t one_minute = 60, one_hour = 3600;

// Order: within a provider, narrow rows (a text marker) before broad ones.
// Delays and throttles only where the provider publishes a wait.
// clang-format off
inline constexpr provider_row provider_rows[] = {
  // Gmail: "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730).
  {"gmail:4.7.28-rate-limited", 0, "421", "4.7.28", "", R::rate_limited, keep_action, 0, no_throttle, 0,
   "Gmail saw an unusual rate of mail from this IP address, netblock, DKIM or SPF domain, or URL "
   "domain and rate-limits it for now; slow down and follow Google's sender guidelines.", ""},
  {"gmail:5.7.28-blocked", 0, "550", "5.7.28", "", R::blocked, keep_action, 0, no_throttle, 0,
   "Gmail blocked mail from this IP address for an unusual rate of unsolicited mail; the address "
   "is not at fault.", ""},
  {"gmail:4.7.26-unauthenticated", 0, "421", "4.7.26", "", R::auth_failure, keep_action, 0, no_throttle, 0,
   "Gmail rate-limits mail that passes neither SPF nor DKIM; authenticate the sending domain.", ""},
  {"gmail:5.7.26-unauthenticated", 0, "550", "5.7.26", "", R::auth_failure, keep_action, 0, no_throttle, 0,
   "Gmail refused the message: it failed SPF and DKIM, or the sender domain's DMARC policy; fix "
   "the authentication, the address is not at fault.", ""},
  {"gmail:ptr", 0, "", "", "ptr record", R::require_ptr, keep_action, 0, no_throttle, 0,
   "Gmail requires the sending IP address to have a PTR record whose name resolves back to it.", ""},
  {"gmail:tls-required", 0, "421", "4.7.0", "tls required", R::security_error,
   act(action::change_request), 0, no_throttle, 0,
   "Gmail requires TLS for this recipient domain: send STARTTLS first.", ""},
  {"gmail:5.2.1-rate", 0, "550", "5.2.1", "receiving email at a rate", R::rate_limited,
   act(action::retry_later), 0, no_throttle, 0,
   "Gmail says the recipient receives mail faster than it can take more; despite the 5yz code "
   "this passes, so retry later.", ""},
  {"gmail:5.2.1-inactive", 0, "550", "5.2.1", "inactive", R::mailbox_disabled, keep_action, 0, no_throttle, 0,
   "Gmail says the recipient's account is inactive.", ""},
  {"gmail:4.2.1-too-fast", 0, "450", "4.2.1", "", R::rate_limited, keep_action, 0, no_throttle, 0,
   "Gmail says the recipient (or the SMTP relay customer) is receiving mail too quickly; retry later.", ""},
  {"gmail:4.2.2-over-quota", 0, "452", "4.2.2", "", R::mailbox_full, keep_action, 0, no_throttle, 0,
   "Gmail says the recipient's inbox is out of storage space.", ""},
  {"gmail:5.7.1-unsolicited", 0, "550", "5.7.1", "likely unsolicited", R::spam_detected, keep_action, 0, no_throttle, 0,
   "Gmail judged the message likely unsolicited and blocked it.", ""},

  // Microsoft 365 and Outlook.com: the delist portal article and "Fix error code
  // 5.7.700 through 5.7.750" (learn.microsoft.com); 4.7.650-651 and S3150 as the servers send them.
  {"microsoft:5.7.606-649-banned-ip", 1, "", "5.7.606-649", "", R::blocked, keep_action, 0, no_throttle, 0,
   "Microsoft lists the sending IP address as banned; ask for removal at https://sender.office.com.", ""},
  {"microsoft:5.7.708-ip-reputation", 1, "", "5.7.708", "", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "Microsoft does not accept traffic from this IP address (its reputation is low, often a new "
   "one); send through an IP address with a sending history.", ""},
  {"microsoft:4.7.650-rate-limited", 1, "", "4.7.650-651", "", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "Microsoft rate-limits this IP address for its reputation; slow down and retry later.",
   "https://www.suped.com/email-deliverability/answers/what-causes-temporary-rate-limiting-due-to-ip-reputation-with-microsoft-email-servers"},
  {"microsoft:s3150-network-blocked", 1, "", "", "part of their network is on our block list",
   R::blocked, keep_action, 0, no_throttle, 0,
   "Outlook.com refuses mail from this IP address because part of its network is on Microsoft's "
   "block list (S3150); the network's operator has to ask Microsoft for removal.",
   "https://sevencreative.co.uk/how-to-remove-yourself-from-the-hotmail-block-list/"},

  // Yahoo and AOL: the sender hub's SMTP error codes page (TS and PH families),
  // Yahoo's help article on TS03; the codes as the servers send them.
  {"yahoo:tss04", 2, "", "", "[tss04]", R::rate_limited, keep_action, 0, no_throttle, 0,
   "Yahoo defers mail from this IP address for unexpected volume or user complaints; slow down.", ""},
  {"yahoo:ts01", 2, "", "", "[ts01]", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "Yahoo temporarily defers mail from this IP address (a TS code: user complaints, content that "
   "looks like spam, a poor reputation of the IP address or its subnet, or unusual traffic); "
   "retry later and review what is sent.", ""},
  {"yahoo:ts02", 2, "", "", "[ts02]", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "Yahoo temporarily defers mail from this IP address (a TS code: user complaints, content that "
   "looks like spam, a poor reputation of the IP address or its subnet, or unusual traffic); "
   "retry later and review what is sent.", ""},
  {"yahoo:ts03", 2, "", "", "[ts03]", R::bad_reputation, act(action::give_up), 0, no_throttle, 0,
   "Yahoo permanently defers all mail from this IP address for traffic that looks like "
   "unsolicited bulk mail and advises against resending before the lists and practices are fixed.", ""},
  {"yahoo:ph01", 2, "", "", "[ph01]", R::policy_violation, keep_action, 0, no_throttle, 0,
   "Yahoo refused the message for its content under its policies (a PH code: viruses, phishing, "
   "ransomware or other malware, or links to them); check what the message carries.", ""},
  {"yahoo:bl21", 2, "", "", "[bl21]", R::blocked, keep_action, 0, no_throttle, 0,
   "Yahoo refuses connections from this IP address because Spamhaus lists it; ask Spamhaus "
   "for removal.", ""},

  // iCloud: Apple's postmaster page; the codes as the servers send them.
  {"icloud:cs01", 3, "", "", "[cs01]", R::policy_violation, keep_action, 0, no_throttle, 0,
   "iCloud rejected the message under its local policy; Apple's postmaster team "
   "(icloudadmin@apple.com) answers senders who follow its requirements.", ""},
  {"icloud:hm08", 3, "", "", "[hm08]", R::policy_violation, keep_action, 0, no_throttle, 0,
   "iCloud rejected the message under its local policy (HM08); Apple publishes no detail, its "
   "postmaster team (icloudadmin@apple.com) answers senders who follow its requirements.",
   "https://learn.microsoft.com/en-us/answers/questions/5839868/my-outlook-emails-to-my-apple-email-are-blocked-by"},
  {"icloud:excessive-volume", 3, "", "", "deferred due to excessive volume", R::rate_limited,
   keep_action, 0, no_throttle, 0,
   "iCloud defers mail to this recipient for excessive volume; retry later.", ""},

  // Comcast: its postmaster error-code pages; the RL and PTR texts as the servers send them.
  {"comcast:bl000000-spam-patterns", 4, "", "", "bl000000", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "Comcast blocks this IP address because it sent mail in patterns typical of spam (BL000000).", ""},
  {"comcast:bl-outside-lists", 4, "", "",
   "bl000001|bl000010|bl000011|bl000100|bl000101|bl000110|bl000111", R::blocked, keep_action, 0, no_throttle, 0,
   "Comcast blocks this IP address because outside block lists list it: Spamhaus ZEN (BL000001), "
   "Cloudmark CSI (BL000010), SenderScore (BL000100), the digits adding up for several; ask "
   "those lists for removal.", ""},
  {"comcast:es-dynamic-ip", 4, "", "", "es000001|es000010", R::blocked, keep_action, 0, no_throttle, 0,
   "Comcast refuses mail sent straight from dynamic or residential IP space (ES000001: Comcast's "
   "own, ES000010: another network's, often judged by a generic reverse DNS name); send through "
   "a mail provider or from a static address with a proper name.",
   "https://es.xfinity.com/support/articles/email-errors"},
  {"comcast:too-many-sessions", 4, "", "", "too many sessions opened", R::rate_limited,
   keep_action, 0, no_throttle, 0,
   "Comcast allows 25 simultaneous connections per sending IP address and this one opened more; "
   "use fewer parallel connections.",
   "https://mdpcontent-ho-1p-187062.sys.comcast.net/smtp-error-codes.php"},
  {"comcast:rdns-failure", 4, "", "", "reverse dns failure", R::require_ptr, keep_action, 0, no_throttle, 0,
   "Comcast requires valid reverse DNS for the sending IP address and the lookup failed; Comcast "
   "treats this as temporary, so retry.",
   "https://mdpcontent-ho-1p-187062.sys.comcast.net/smtp-error-codes.php"},
  {"comcast:ptr-required", 4, "", "", "must have a ptr record", R::require_ptr, keep_action, 0, no_throttle, 0,
   "Comcast requires every sending mail server to have a PTR record with valid reverse DNS; this "
   "one has none.", "https://pastebin.com/6TeyBieB"},
  {"comcast:throttled", 4, "", "", "throttled - try again later", R::rate_limited, keep_action, 0, no_throttle, 0,
   "Comcast throttles this IP address for now (an RL code); retry later at a lower rate.",
   "https://pastebin.com/PRVDxfyY"},

  // GMX and WEB.DE (United Internet): their postmaster error-message pages.
  {"gmx:ip-block-listed", 5, "", "", "ip address is block listed", R::blocked, keep_action, 0, no_throttle, 0,
   "GMX and WEB.DE refuse connections from this IP address because it is on a block list; the "
   "link in the reply leads to the case's page and a contact form.", ""},
  {"gmx:rate-limit", 5, "", "", "too many messages have been received in a short period",
   R::rate_limited, keep_action, 0, no_throttle, 0,
   "WEB.DE and GMX received too many messages from this sender in a short time; retry in a few "
   "hours (no exact wait is published) and send more slowly.",
   "https://postmaster.web.de/error-messages"},
  {"gmx:spf-reject", 5, "", "", "reject due to spf policy", R::auth_failure, keep_action, 0, no_throttle, 0,
   "WEB.DE and GMX rejected the message because the sending server is not in the sender domain's "
   "SPF record; forwarders should rewrite the envelope sender (SRS).",
   "https://postmaster.web.de/error-messages"},

  // Orange: the codes as the servers send them, their meaning from deliverability references.
  {"orange:ofr-999-refused", 6, "", "", "ofr_999", R::blocked, keep_action, 0, no_throttle, 0,
   "Orange refuses service to this IP address for now, a temporary suspension after earlier "
   "limits or complaints; pause sending to Orange and retry later.",
   "https://www.suped.com/knowledge/email-deliverability/technical/what-causes-email-delays-and-ofr_999-errors-when-sending-to-orangefr"},
  {"orange:ofr004-104-connections", 6, "", "", "ofr004_104", R::rate_limited, keep_action, 0, no_throttle, 0,
   "Orange received more simultaneous connections from this IP address than it allows; use "
   "fewer parallel connections.", "https://bentonow.com/smtp-errors/orange"},

  // Mail.ru: its help pages as quoted elsewhere; the texts as the servers send them.
  {"mailru:spam-rejected", 7, "", "", "spam message rejected", R::spam_detected, keep_action, 0, no_throttle, 0,
   "Mail.ru's filters judged the message spam; ask Mail.ru's support to review it through the "
   "link in the reply, which carries the error code and message ID.",
   "https://errorsmaster.ru/oshibka-550-spam-message-rejected"},
  {"mailru:dmarc", 7, "", "", "owner dmarc policy", R::auth_failure, keep_action, 0, no_throttle, 0,
   "Mail.ru rejected the message under the DMARC policy of its From domain (RFC 7489); send "
   "from your own domain, authenticated with aligned SPF or DKIM.", "https://pastebin.com/fpJZapwZ"},

  // Yandex: "Report on non-delivery to Yandex" (yandex.com/support/mail/bounces/yandex.html).
  {"yandex:spam-block-24h", 8, "", "", "blocked by spam statistics|] blocked using", R::blocked,
   act(action::retry_later), 24 * one_hour, throttle_target::domain, 24 * one_hour,
   "Yandex blocks mail from this sender for 24 hours because only spam has been coming from it; "
   "hold mail to Yandex for a day and fix the cause.", ""},
  {"yandex:spam", 8, "", "", "message rejected under suspicion of spam", R::spam_detected,
   keep_action, 0, no_throttle, 0,
   "Yandex recognised the message's content as spam.", ""},
  {"yandex:recipient-blocked", 8, "", "", "policy rejection on the target address",
   R::mailbox_disabled, keep_action, 0, no_throttle, 0,
   "Yandex has blocked the recipient's account for breaking its user agreement; reach the "
   "recipient another way.", ""},
  {"yandex:recipient-rate-limit", 8, "", "", "exceeded their message rate limit", R::rate_limited,
   keep_action, 0, no_throttle, 0,
   "The Yandex recipient has received more messages than its rate limit allows; retry later.",
   "https://pastebin.com/pEBS5hy4"},

  // QQ Mail (Tencent): its bounce explanations as copied on Chinese pages and summarised by smtp.codes.
  {"qq:content-denied", 9, "", "", "mail content denied", R::spam_detected, keep_action, 0, no_throttle, 0,
   "QQ Mail refused the content: mail like it was sent in bulk and many users reported it as spam.", ""},
  {"qq:frequency-limited", 9, "", "",
   "connection frequency limited|domain frequency limited|sender frequency limited", R::rate_limited,
   act(action::retry_later), 0, no_throttle, 0,
   "QQ Mail limits the mail it takes per minute, hour and day from one IP address, sender domain "
   "or sender (the limits are not published) and refuses more for minutes, hours or the rest of "
   "the day; despite the 5yz code, pause and retry later at a lower rate.",
   "http://qiao.yimirj.com/article/detail/2261"},
  {"qq:recipient-flooded", 9, "", "", "mailbox unavailable or access denied", R::rate_limited,
   act(action::retry_later), 0, no_throttle, 0,
   "QQ Mail stops mail to this recipient for a while because it receives a large amount in a "
   "short time; despite the 5yz code, pause and retry later.",
   "http://qiao.yimirj.com/article/detail/2261"},
  {"qq:suspected-spam-sender", 9, "", "", "suspected spam sender", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "QQ Mail suspects the sender's domain or mail operator of spam: much spam came from it.", ""},
  {"qq:rejected-by-recipient", 9, "", "", "mail is rejected by recipients", R::filtered, keep_action, 0, no_throttle, 0,
   "The QQ Mail recipient refuses mail from this sender (a personal block list or filter).", ""},

  // NetEase (163.com, 126.com): its bounce-code table as copied on a third-party page.
  {"netease:dt-spm-temporary", 10, "451", "", "dt:spm", R::spam_detected, keep_action, 2 * one_minute, no_throttle, 0,
   "NetEase refuses the message for now: its body looks like spam or the sending setup is not "
   "standard. NetEase says to keep it queued and retry after two minutes, and to change the "
   "content or setup if it persists.", ""},
  {"netease:hl-icc", 10, "", "", "hl:icc", R::rate_limited, keep_action, 0, no_throttle, 0,
   "NetEase refuses connections from this IP address for now: it opened more simultaneous "
   "connections than NetEase allows; use fewer.", ""},
  {"netease:hl-ifc", 10, "", "", "hl:ifc", R::rate_limited, keep_action, 0, no_throttle, 0,
   "NetEase refuses connections from this IP address for now: it sent much mail in a short "
   "time; send more slowly.", ""},
  {"netease:hl-rep", 10, "", "", "hl:rep", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "NetEase refuses connections from this IP address for now for abnormal sending: many of its "
   "recipients do not exist; clean the list.", ""},
  {"netease:hl-mep", 10, "", "", "hl:mep", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "NetEase refuses connections from this IP address for now for abnormal sending: much of its "
   "mail forges the sender domain.", ""},
  {"netease:dt-rbl", 10, "", "", "dt:rbl", R::blocked, keep_action, 0, no_throttle, 0,
   "NetEase refuses mail from this IP address because one or more DNS block lists list it.", ""},
  {"netease:mi-sfq", 10, "", "", "mi:sfq", R::rate_limited, keep_action, 0, no_throttle, 0,
   "NetEase: this sender sent more messages within 15 minutes than NetEase allows; retry later.", ""},

  // Zoho Mail: its ZeptoMail error page for the virus text; smtp.codes for the others.
  {"zoho:virus", 11, "", "", "detected by zoho mail", R::virus_detected, keep_action, 0, no_throttle, 0,
   "Zoho Mail found a virus in the message and refused it.", ""},
  {"zoho:dmarc", 11, "", "", "rejected per dmarc policy", R::auth_failure, keep_action, 0, no_throttle, 0,
   "Zoho Mail rejected the message under the From domain's DMARC reject policy; authenticate it "
   "with aligned SPF or DKIM.", "https://smtp.codes/zoho"},
  {"zoho:recipient-domain-filter", 11, "", "",
   "mailbox delivery restricted by policy|mail rejected by destination domain", R::filtered,
   act(action::give_up), 0, no_throttle, 0,
   "The recipient domain at Zoho has filters that refuse this message; ask its administrator, "
   "another way, to allow it.", "https://smtp.codes/zoho"},

  // Proofpoint: "PDR IP Lookup Frequently Asked Questions"; the text as the servers send it.
  {"proofpoint:pdr-blocked", 12, "", "", "ipcheck.proofpoint.com", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "Proofpoint Dynamic Reputation blocks this IP address because spam has been coming from it; "
   "the block lasts until the spam stops for a while. Look the address up at "
   "ipcheck.proofpoint.com and ask for removal there with details of the mail sent.", ""},

  // Mimecast: its SMTP error-code article (as copied elsewhere) and blocked-senders article;
  // the 5xx texts as the servers send them.
  {"mimecast:greylisting", 13, "", "",
   "internal resource temporarily unavailable|internal resource is temporarily unavailable",
   R::greylisted, keep_action, one_minute, no_throttle, 0,
   "Mimecast greylists this sender (or rates its IP address poorly): retry from the same server "
   "between one minute and 12 hours later.", "https://electronicaportatil.com/smtp-error-codes/"},
  {"mimecast:sender-blocked", 13, "421", "", "sender address blocked", R::blocked, keep_action, 0, no_throttle, 0,
   "A Blocked Senders policy of the recipient's Mimecast account refuses this sender's IP "
   "address; only the recipient's administrator can remove the entry.",
   "https://electronicaportatil.com/smtp-error-codes/"},
  {"mimecast:busy", 13, "", "", "unable to process connection at this time", R::system_error,
   keep_action, 0, no_throttle, 0,
   "Mimecast's server is at its maximum load; retry later.",
   "https://electronicaportatil.com/smtp-error-codes/"},
  {"mimecast:poor-reputation", 13, "", "", "poor reputation sender", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "Mimecast rejects this sender's IP address for its poor reputation.", "https://pastebin.com/A5BgtgEm"},
  {"mimecast:envelope-blocked", 13, "", "", "envelope blocked", R::filtered, keep_action, 0, no_throttle, 0,
   "A block policy of the recipient's Mimecast account (the organisation's, or the user's own: "
   "\"User Entry\") refuses this sender; only the recipient side can lift it.",
   "https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections"},
  {"mimecast:anti-spoofing", 13, "", "", "anti-spoofing policy", R::policy_violation, keep_action, 0, no_throttle, 0,
   "A Mimecast Anti-Spoofing policy rejected the message: it claims a domain of the recipient's "
   "organisation but came from a source the policy does not trust; the recipient's administrator "
   "must allow the sender or its IP address.",
   "https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-emails-bouncing-with-mimecast-anti-spoofing-policy-and-how-to-fix"},

  // Barracuda: the Email Security Service message-log reasons; the texts as the servers send them.
  {"barracuda:reputation", 14, "", "", "blocked using barracuda reputation", R::blocked, keep_action, 0, no_throttle, 0,
   "The Barracuda Reputation Block List lists this IP address as a source of spam; fix the cause, "
   "then ask Barracuda Central for removal.", "http://tig.csail.mit.edu/wiki/TIG/EmailBlockedByBarracuda"},
  {"barracuda:ess-blocked", 14, "", "", ":blocked)", R::filtered, keep_action, 0, no_throttle, 0,
   "Barracuda Email Security blocked the message under the recipient organisation's spam, virus "
   "or sender block policies; its administrator can look it up in the message log.", ""},

  // Cisco Secure Email: Talos email reputation; the text as the servers send it.
  {"cisco:poor-reputation", 15, "", "", "sending mta's poor reputation", R::bad_reputation,
   keep_action, 0, no_throttle, 0,
   "Cisco Secure Email refused the connection because the sending IP address has a poor Talos "
   "reputation; check the address at Talos and reach the recipient another way.",
   "https://community.cisco.com/t5/email-security/cisco-esa-domain-exception/m-p/4268260/highlight/true"},
};
// clang-format on

inline constexpr std::size_t provider_count = sizeof providers / sizeof providers[0];
inline constexpr std::size_t provider_row_count = sizeof provider_rows / sizeof provider_rows[0];

/// Each row's meaning as a view, its length counted at compile time.
struct provider_meaning_table {
  std::string_view text[provider_row_count];
};
inline constexpr provider_meaning_table provider_meanings = [] {
  provider_meaning_table t{};
  for (std::size_t i = 0; i < provider_row_count; ++i) t.text[i] = provider_rows[i].meaning;
  return t;
}();

/// The index in provider_rows of the row whose meaning `why` is, or
/// provider_row_count when it is none of them. An advice's why set from a row
/// is a view of the row's text and is found by its address; an equal copy
/// (the same literal may exist twice in a program) by its length and bytes.
[[nodiscard]] constexpr std::size_t provider_why_index(std::string_view why) noexcept {
  if (why.empty()) return provider_row_count;
  for (std::size_t i = 0; i < provider_row_count; ++i)
    if (provider_rows[i].meaning == why.data()) return i;
  for (std::size_t i = 0; i < provider_row_count; ++i)
    if (provider_meanings.text[i] == why) return i;
  return provider_row_count;
}

/// The reference a row's rule carries: its own source, else its provider's page.
[[nodiscard]] constexpr const char* row_reference(const provider_row& row) noexcept {
  return *row.source != '\0' ? row.source : providers[row.provider].reference;
}

/// Every row names an existing provider, is called "<provider>:...", carries
/// a meaning and an http(s) reference, and sets a throttle only with a duration.
[[nodiscard]] constexpr bool provider_rows_valid() noexcept {
  for (const provider_row& row : provider_rows) {
    if (row.provider >= provider_count || *row.meaning == '\0') return false;
    const std::string_view name = row.name, provider = providers[row.provider].name;
    if (name.size() <= provider.size() + 1 || name.substr(0, provider.size()) != provider ||
        name[provider.size()] != ':')
      return false;
    const std::string_view ref = row_reference(row);
    if (ref.substr(0, 7) != "http://" && ref.substr(0, 8) != "https://") return false;
    if ((row.throttle == no_throttle) != (row.throttle_seconds == 0)) return false;
  }
  return true;
}
static_assert(provider_rows_valid(), "a provider row is malformed");

}  // namespace detail

}  // namespace v1
}  // namespace smtpcodes

#endif
