// One test per provider-profile row (detail/provider_profiles.hpp): a reply as
// the provider words it, sent from one of its hosts, decided by that row with
// the exact reason, action, bounce type, delay, throttle and reference; the
// same reply from a host of no provider gets no profile.
#include <smtpcodes/rules.hpp>

#include <doctest/doctest.h>

#include <iterator>
#include <set>
#include <string>
#include <string_view>

using namespace smtpcodes;

namespace {
struct expectation {
  const char* row;
  const char* host;
  smtp_command command;
  const char* reply;
  action what;
  bounce_reason reason;
  bounce_type bounce;
  long long delay_seconds;
  throttle_target throttle;
  long long throttle_seconds;
  const char* reference;
};
const rule* find_rule_named(std::string_view name) {
  for (const rule& r : provider_profiles())
    if (r.name == name) return &r;
  return nullptr;
}
void check_row(const expectation& e) {
  const parse_result p = parse_reply(e.reply);
  REQUIRE_MESSAGE(p.ok(), e.reply);
  const rule* r = find_rule_named(e.row);
  REQUIRE_MESSAGE(r != nullptr, e.row);
  const advice a = advise(p.value, e.command, rule_set{}, e.host);
  CHECK(a.rule == e.row);
  CHECK(a.what == e.what);
  CHECK(a.reason == e.reason);
  CHECK(a.bounce == e.bounce);
  CHECK(a.delay.count() == e.delay_seconds);
  CHECK(a.throttle.target == e.throttle);
  CHECK(a.throttle.duration.count() == e.throttle_seconds);
  CHECK(a.why == r->why);
  CHECK(r->reference == e.reference);
  // The same reply from a host of no provider gets no profile.
  CHECK(advise(p.value, e.command, rule_set{}, "mx.example.com").rule.empty());
}
constexpr smtp_command rcpt = smtp_command::rcpt, dot = smtp_command::end_of_data,
                       mail = smtp_command::mail, greeting = smtp_command::connect;
constexpr action later = action::retry_later, give_up = action::give_up,
                 next_host = action::try_next_host;
constexpr bounce_type soft = bounce_type::soft;
constexpr throttle_target none = throttle_target::none;
using R = bounce_reason;

constexpr const char* gmail = "https://support.google.com/a/answer/3726730";
constexpr const char* microsoft =
    "https://learn.microsoft.com/en-us/defender-office-365/"
    "external-senders-use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-"
    "senders-lis";
constexpr const char* yahoo = "https://senders.yahooinc.com/smtp-error-codes";
constexpr const char* icloud = "https://support.apple.com/102322";
constexpr const char* comcast = "http://postmaster.comcast.net/mail-error-codes.html";
constexpr const char* comcast_php =
    "https://mdpcontent-ho-1p-187062.sys.comcast.net/smtp-error-codes.php";
constexpr const char* web_de = "https://postmaster.web.de/error-messages";
constexpr const char* yandex = "https://yandex.com/support/mail/bounces/yandex.html";
constexpr const char* qq_copy = "http://qiao.yimirj.com/article/detail/2261";
constexpr const char* netease = "https://biecuoliao.com/pa/MBRrwEM.html";
constexpr const char* mimecast_copy = "https://electronicaportatil.com/smtp-error-codes/";
}  // namespace

TEST_CASE("every provider of the issue has rows, each row a test below") {
  std::set<std::string> names;
  for (const rule& r : provider_profiles()) names.insert(r.name);
  CHECK(names.size() == provider_profiles().size());  // names are unique
  CHECK(provider_profiles().size() == 67);
  // Gmail, Microsoft, Yahoo/AOL, iCloud, Comcast, GMX/web.de, Orange, Mail.ru,
  // Yandex, QQ/163 (two profiles), Zoho, Proofpoint, Mimecast, Barracuda, Cisco.
  const char* const required[] = {
      "gmail",  "microsoft", "yahoo",   "icloud", "comcast",    "gmx",      "orange",    "mailru",
      "yandex", "qq",        "netease", "zoho",   "proofpoint", "mimecast", "barracuda", "cisco"};
  CHECK(std::size(detail::providers) == std::size(required));
  for (const std::string_view provider : required) {
    bool any = false;
    for (const std::string& n : names) any = any || n.rfind(std::string(provider) + ":", 0) == 0;
    CHECK_MESSAGE(any, provider);
  }
  for (const rule& r : provider_profiles()) {
    CHECK_FALSE(r.hosts.empty());
    CHECK_FALSE(r.why.empty());
    CHECK((r.reference.substr(0, 8) == "https://" || r.reference.substr(0, 7) == "http://"));
  }
}

// clang-format off
TEST_CASE("gmail:4.7.28-rate-limited") {
  check_row({"gmail:4.7.28-rate-limited", "gmail-smtp-in.l.google.com", dot,
             "421-4.7.28 Gmail has detected an unusual rate of unsolicited email originating\r\n"
             "421 4.7.28 from your DKIM domain. Email has been temporarily rate limited - gsmtp\r\n",
             later, R::rate_limited, soft, 3600, none, 0, gmail});
}
TEST_CASE("gmail:5.7.28-blocked") {
  check_row({"gmail:5.7.28-blocked", "aspmx.l.google.com", dot,
             "550 5.7.28 There is an unusual rate of unsolicited email from your IP address - gsmtp\r\n",
             give_up, R::blocked, soft, 0, none, 0, gmail});
}
TEST_CASE("gmail:4.7.26-unauthenticated") {
  check_row({"gmail:4.7.26-unauthenticated", "gmail.com", dot,
             "421 4.7.26 This email has been rate limited because it is unauthenticated.\r\n",
             later, R::auth_failure, soft, 900, none, 0, gmail});
}
TEST_CASE("gmail:5.7.26-unauthenticated") {
  check_row({"gmail:5.7.26-unauthenticated", "gmail.com", dot,
             "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy\r\n",
             give_up, R::auth_failure, soft, 0, none, 0, gmail});
}
TEST_CASE("gmail:ptr") {
  check_row({"gmail:ptr", "googlemail.com", mail,
             "550 5.7.25 The sending IP address does not have a PTR record - gsmtp\r\n",
             give_up, R::require_ptr, soft, 0, none, 0, gmail});
}
TEST_CASE("gmail:tls-required") {
  check_row({"gmail:tls-required", "gmail.com", rcpt,
             "421 4.7.0 TLS required for RCPT domain, closing connection.\r\n",
             action::change_request, R::security_error, soft, 0, none, 0, gmail});
}
TEST_CASE("gmail:5.2.1-rate") {
  check_row({"gmail:5.2.1-rate", "gmail.com", rcpt,
             "550 5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages\r\n",
             later, R::rate_limited, soft, 3600, none, 0, gmail});
}
TEST_CASE("gmail:5.2.1-inactive") {
  check_row({"gmail:5.2.1-inactive", "gmail.com", rcpt,
             "550 5.2.1 The email account that you tried to reach is inactive.\r\n",
             give_up, R::mailbox_disabled, soft, 0, none, 0, gmail});
}
TEST_CASE("gmail:4.2.1-too-fast") {
  check_row({"gmail:4.2.1-too-fast", "gmail.com", rcpt,
             "450 4.2.1 The user you are trying to contact is receiving email too quickly.\r\n",
             later, R::rate_limited, soft, 3600, none, 0, gmail});
}
TEST_CASE("gmail:4.2.2-over-quota") {
  check_row({"gmail:4.2.2-over-quota", "gmail.com", rcpt,
             "452 4.2.2 The recipient's inbox is out of storage space.\r\n",
             later, R::mailbox_full, soft, 3600, none, 0, gmail});
}
TEST_CASE("gmail:5.7.1-unsolicited") {
  check_row({"gmail:5.7.1-unsolicited", "gmail.com", dot,
             "550 5.7.1 This message is likely unsolicited email and has been blocked.\r\n",
             give_up, R::spam_detected, soft, 0, none, 0, gmail});
}
TEST_CASE("microsoft:5.7.606-649-banned-ip") {
  check_row({"microsoft:5.7.606-649-banned-ip", "example-com.mail.protection.outlook.com", rcpt,
             "550 5.7.611 Access denied, banned sending IP [192.0.2.7]\r\n",
             give_up, R::blocked, soft, 0, none, 0, microsoft});
}
TEST_CASE("microsoft:5.7.708-ip-reputation") {
  check_row({"microsoft:5.7.708-ip-reputation", "hotmail.com", rcpt,
             "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.\r\n",
             give_up, R::bad_reputation, soft, 0, none, 0, microsoft});
}
TEST_CASE("microsoft:4.7.650-rate-limited") {
  check_row({"microsoft:4.7.650-rate-limited", "hotmail-com.olc.protection.outlook.com", mail,
             "451 4.7.651 The mail server [192.0.2.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3114)\r\n",
             later, R::bad_reputation, soft, 3600, none, 0,
             "https://www.suped.com/email-deliverability/answers/what-causes-temporary-rate-limiting-due-to-ip-reputation-with-microsoft-email-servers"});
}
TEST_CASE("microsoft:s3150-network-blocked") {
  check_row({"microsoft:s3150-network-blocked", "eur.olc.protection.outlook.com", mail,
             "550 5.7.1 Unfortunately, messages from [192.0.2.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).\r\n",
             give_up, R::blocked, soft, 0, none, 0,
             "https://sevencreative.co.uk/how-to-remove-yourself-from-the-hotmail-block-list/"});
}
TEST_CASE("yahoo:tss04") {
  check_row({"yahoo:tss04", "mta7.am0.yahoodns.net", mail,
             "421 4.7.0 [TSS04] Messages from 192.0.2.7 temporarily deferred due to unexpected volume or user complaints\r\n",
             later, R::rate_limited, soft, 3600, none, 0, yahoo});
}
TEST_CASE("yahoo:ts01") {
  check_row({"yahoo:ts01", "c.mx.mail.yahoo.com", greeting,
             "421 4.7.0 [TS01] Messages from 192.0.2.7 temporarily deferred due to user complaints - 4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html\r\n",
             next_host, R::bad_reputation, soft, 0, none, 0, yahoo});
}
TEST_CASE("yahoo:ts02") {
  check_row({"yahoo:ts02", "mta5.am0.yahoodns.net", mail,
             "421 4.7.0 [TS02] Messages from 192.0.2.7 temporarily deferred due to user complaints - 4.16.56.1; see http://postmaster.yahoo.com/421-ts02.html\r\n",
             later, R::bad_reputation, soft, 3600, none, 0, yahoo});
}
TEST_CASE("yahoo:ts03") {
  check_row({"yahoo:ts03", "aol.com", mail,
             "421 4.7.1 [TS03] All messages from 192.0.2.7 will be permanently deferred\r\n",
             give_up, R::bad_reputation, soft, 0, none, 0, yahoo});
}
TEST_CASE("yahoo:ph01") {
  check_row({"yahoo:ph01", "mta6.am0.yahoodns.net", dot,
             "554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes [120]\r\n",
             give_up, R::policy_violation, soft, 0, none, 0, yahoo});
}
TEST_CASE("yahoo:bl21") {
  check_row({"yahoo:bl21", "yahoo.com", greeting,
             "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.7, because the ip is in Spamhaus's list\r\n",
             next_host, R::blocked, soft, 0, none, 0, yahoo});
}
TEST_CASE("icloud:cs01") {
  check_row({"icloud:cs01", "mx01.mail.icloud.com", dot,
             "550 5.7.1 [CS01] Message rejected due to local policy.\r\n",
             give_up, R::policy_violation, soft, 0, none, 0, icloud});
}
TEST_CASE("icloud:hm08") {
  check_row({"icloud:hm08", "mx02.mail.icloud.com", dot,
             "554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137\r\n",
             give_up, R::policy_violation, soft, 0, none, 0,
             "https://learn.microsoft.com/en-us/answers/questions/5839868/my-outlook-emails-to-my-apple-email-are-blocked-by"});
}
TEST_CASE("icloud:excessive-volume") {
  check_row({"icloud:excessive-volume", "me.com", rcpt,
             "421 4.7.1 Messages to x@icloud.com deferred due to excessive volume. Try again later\r\n",
             later, R::rate_limited, soft, 3600, none, 0, icloud});
}
TEST_CASE("comcast:bl000000-spam-patterns") {
  check_row({"comcast:bl000000-spam-patterns", "mx1.comcast.net", greeting,
             "554 resimta-po-09v.sys.comcast.net comcast 192.0.2.7 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000\r\n",
             next_host, R::bad_reputation, soft, 0, none, 0, comcast});
}
TEST_CASE("comcast:bl-outside-lists") {
  check_row({"comcast:bl-outside-lists", "mx2.comcast.net", greeting,
             "554 resimta-ch2-02v.sys.comcast.net comcast 192.0.2.7 Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000011\r\n",
             next_host, R::blocked, soft, 0, none, 0, comcast});
}
TEST_CASE("comcast:es-dynamic-ip") {
  check_row({"comcast:es-dynamic-ip", "mx1.comcast.net", greeting,
             "554 resimta-po-04v.sys.comcast.net comcast 192.0.2.7 Please see http://postmaster.comcast.net/smtp-error-codes.php#ES000010\r\n",
             next_host, R::blocked, soft, 0, none, 0,
             "https://es.xfinity.com/support/articles/email-errors"});
}
TEST_CASE("comcast:too-many-sessions") {
  check_row({"comcast:too-many-sessions", "mx2.comcast.net", greeting,
             "421 resimta-po-01v.sys.comcast.net Too many sessions opened\r\n",
             next_host, R::rate_limited, soft, 0, none, 0, comcast_php});
}
TEST_CASE("comcast:rdns-failure") {
  check_row({"comcast:rdns-failure", "mx1.comcast.net", greeting,
             "421 resimta-po-01v.sys.comcast.net Reverse DNS failure : Try again later\r\n",
             next_host, R::require_ptr, soft, 0, none, 0, comcast_php});
}
TEST_CASE("comcast:ptr-required") {
  check_row({"comcast:ptr-required", "mx2.comcast.net", greeting,
             "554 imta28.emeryville.ca.mail.comcast.net comcast 192.0.2.7 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement. For more information, refer to: http://help.comcast.net/content/faq/PTR\r\n",
             next_host, R::require_ptr, soft, 0, none, 0, "https://pastebin.com/6TeyBieB"});
}
TEST_CASE("comcast:throttled") {
  check_row({"comcast:throttled", "mx1.comcast.net", greeting,
             "421 resimta-po-18v.sys.comcast.net resimta-po-18v.sys.comcast.net 192.0.2.7 Throttled - try again later. TFaqdRTZSZ3s0 Please see http://postmaster.comcast.net/smtp-error-codes.php#RL000002\r\n",
             next_host, R::rate_limited, soft, 0, none, 0, "https://pastebin.com/PRVDxfyY"});
}
TEST_CASE("gmx:ip-block-listed") {
  check_row({"gmx:ip-block-listed", "mx00.emig.gmx.net", greeting,
             "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available\r\n"
             "554-No SMTP service\r\n"
             "554-IP address is block listed.\r\n"
             "554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.7&r=1MNcgj-1ue23t3pyV-00S2YR\r\n",
             next_host, R::blocked, soft, 0, none, 0, "https://postmaster.gmx.com/en/error-messages"});
}
TEST_CASE("gmx:rate-limit") {
  check_row({"gmx:rate-limit", "mx-ha03.web.de", mail,
             "421-web.de (mxweb113) Nemesis ESMTP Service not available\r\n"
             "421-Service unavailable\r\n"
             "421-Reject due to policy restrictions\r\n"
             "421 Too many messages have been received in a short period of time. Please try again in a few hours and reduce the sending rate.\r\n",
             later, R::rate_limited, soft, 3600, none, 0, web_de});
}
TEST_CASE("gmx:spf-reject") {
  check_row({"gmx:spf-reject", "mx00.gmx.net", mail,
             "550 <bob@example.com>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner\r\n",
             give_up, R::auth_failure, soft, 0, none, 0, web_de});
}
TEST_CASE("orange:ofr-999-refused") {
  check_row({"orange:ofr-999-refused", "smtp-in.orange.fr", greeting,
             "421 mwinf5c21 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]\r\n",
             next_host, R::blocked, soft, 0, none, 0,
             "https://www.suped.com/knowledge/email-deliverability/technical/what-causes-email-delays-and-ofr_999-errors-when-sending-to-orangefr"});
}
TEST_CASE("orange:ofr004-104-connections") {
  check_row({"orange:ofr004-104-connections", "smtp-in.orange.fr", greeting,
             "421 mwinf5c10 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]\r\n",
             next_host, R::rate_limited, soft, 0, none, 0, "https://bentonow.com/smtp-errors/orange"});
}
TEST_CASE("mailru:spam-rejected") {
  check_row({"mailru:spam-rejected", "mxs.mail.ru", dot,
             "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=Ak1f or report details to abuse@corp.mail.ru. Error code: FD5F4D02C7F96BA8. ID: 0000002600006CEB383A2BF4.\r\n",
             give_up, R::spam_detected, soft, 0, none, 0,
             "https://errorsmaster.ru/oshibka-550-spam-message-rejected"});
}
TEST_CASE("mailru:dmarc") {
  check_row({"mailru:dmarc", "mxs.mail.ru", dot,
             "550 5.7.1 This message was not accepted due to domain (mail.ru) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc\r\n",
             give_up, R::auth_failure, soft, 0, none, 0, "https://pastebin.com/fpJZapwZ"});
}
TEST_CASE("yandex:spam-block-24h") {
  check_row({"yandex:spam-block-24h", "mx.yandex.ru", mail,
             "554 5.7.1 Blocked by spam statistics - see https://yandex.com/support/mail/bounces/yandex.html\r\n",
             later, R::blocked, soft, 86400, throttle_target::domain, 86400, yandex});
}
TEST_CASE("yandex:spam") {
  check_row({"yandex:spam", "mx.yandex.net", dot,
             "554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1582898512-abcdef\r\n",
             give_up, R::spam_detected, soft, 0, none, 0, yandex});
}
TEST_CASE("yandex:recipient-blocked") {
  check_row({"yandex:recipient-blocked", "mx.yandex.ru", rcpt,
             "550 5.7.1 Policy rejection on the target address\r\n",
             give_up, R::mailbox_disabled, soft, 0, none, 0, yandex});
}
TEST_CASE("yandex:recipient-rate-limit") {
  check_row({"yandex:recipient-rate-limit", "mx.yandex.ru", dot,
             "451 4.5.1 The recipient <bob@yandex.com> has exceeded their message rate limit. Try again later. 1446150023-UcDbgKZo2p-KNrSNI7u\r\n",
             later, R::rate_limited, soft, 3600, none, 0, "https://pastebin.com/pEBS5hy4"});
}
TEST_CASE("qq:content-denied") {
  check_row({"qq:content-denied", "mx3.qq.com", dot,
             "550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726\r\n",
             give_up, R::spam_detected, soft, 0, none, 0, "https://smtp.codes/qq"});
}
TEST_CASE("qq:frequency-limited") {
  check_row({"qq:frequency-limited", "mx1.qq.com", mail,
             "550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722\r\n",
             later, R::rate_limited, soft, 3600, none, 0, qq_copy});
}
TEST_CASE("qq:recipient-flooded") {
  check_row({"qq:recipient-flooded", "mx2.qq.com", rcpt,
             "550 Mailbox unavailable or access denied\r\n",
             later, R::rate_limited, soft, 3600, none, 0, qq_copy});
}
TEST_CASE("qq:suspected-spam-sender") {
  check_row({"qq:suspected-spam-sender", "mxbiz1.qq.com", mail,
             "550 Suspected spam sender.\r\n",
             give_up, R::bad_reputation, soft, 0, none, 0, "https://smtp.codes/qq"});
}
TEST_CASE("qq:rejected-by-recipient") {
  check_row({"qq:rejected-by-recipient", "mx3.qq.com", rcpt,
             "550 Mail is rejected by recipients\r\n",
             give_up, R::filtered, soft, 0, none, 0, "https://smtp.codes/qq"});
}
TEST_CASE("netease:dt-spm-temporary") {
  check_row({"netease:dt-spm-temporary", "163mx01.mxmail.netease.com", dot,
             "451 DT:SPM 163 mx12,QsCowABHpW7W,please try again\r\n",
             later, R::spam_detected, soft, 120, none, 0, netease});
}
TEST_CASE("netease:hl-icc") {
  check_row({"netease:hl-icc", "163mx02.mxmail.netease.com", greeting,
             "421 HL:ICC 163 mx12\r\n", next_host, R::rate_limited, soft, 0, none, 0, netease});
}
TEST_CASE("netease:hl-ifc") {
  check_row({"netease:hl-ifc", "126mx01.mxmail.netease.com", greeting,
             "421 HL:IFC 126 mx3\r\n", next_host, R::rate_limited, soft, 0, none, 0, netease});
}
TEST_CASE("netease:hl-rep") {
  check_row({"netease:hl-rep", "163mx03.mxmail.netease.com", greeting,
             "421 HL:REP 163 mx20\r\n", next_host, R::bad_reputation, soft, 0, none, 0, netease});
}
TEST_CASE("netease:hl-mep") {
  check_row({"netease:hl-mep", "163.com", greeting,
             "421 HL:MEP 163 mx20\r\n", next_host, R::bad_reputation, soft, 0, none, 0, netease});
}
TEST_CASE("netease:dt-rbl") {
  check_row({"netease:dt-rbl", "126.com", rcpt,
             "450 DT:RBL 126 mx1\r\n", later, R::blocked, soft, 3600, none, 0, netease});
}
TEST_CASE("netease:mi-sfq") {
  check_row({"netease:mi-sfq", "163mx00.mxmail.netease.com", mail,
             "451 MI:SFQ 163 mx5\r\n", later, R::rate_limited, soft, 3600, none, 0, netease});
}
TEST_CASE("zoho:virus") {
  check_row({"zoho:virus", "mx.zoho.com", dot,
             "552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail\r\n",
             give_up, R::virus_detected, soft, 0, none, 0,
             "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html"});
}
TEST_CASE("zoho:dmarc") {
  check_row({"zoho:dmarc", "mx2.zoho.eu", dot,
             "550 5.7.1 Email rejected per DMARC policy for example.com\r\n",
             give_up, R::auth_failure, soft, 0, none, 0, "https://smtp.codes/zoho"});
}
TEST_CASE("zoho:recipient-domain-filter") {
  check_row({"zoho:recipient-domain-filter", "mx.zohomail.com", rcpt,
             "452 <bob@example.com> Mailbox delivery restricted by policy error\r\n",
             give_up, R::filtered, soft, 0, none, 0, "https://smtp.codes/zoho"});
}
TEST_CASE("proofpoint:pdr-blocked") {
  check_row({"proofpoint:pdr-blocked", "mxb-00505701.gslb.pphosted.com", greeting,
             "554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.7\r\n",
             next_host, R::bad_reputation, soft, 0, none, 0,
             "https://www.proofpoint.com/us/support-services/ip-blocked-faq"});
}
TEST_CASE("mimecast:greylisting") {
  check_row({"mimecast:greylisting", "us-smtp-inbound-1.mimecast.com", rcpt,
             "451 Internal resource is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [Aj3QXapeMpqZYaeFwWhjzw.us32]\r\n",
             later, R::greylisted, soft, 60, none, 0, mimecast_copy});
}
TEST_CASE("mimecast:sender-blocked") {
  check_row({"mimecast:sender-blocked", "eu-smtp-inbound-2.mimecast.com", mail,
             "421 Sender address blocked - https://community.mimecast.com/docs/DOC-1369#421\r\n",
             later, R::blocked, soft, 3600, none, 0, mimecast_copy});
}
TEST_CASE("mimecast:busy") {
  check_row({"mimecast:busy", "us-smtp-inbound-2.mimecast.com", greeting,
             "421 Unable to process connection at this time - https://community.mimecast.com/docs/DOC-1369#421\r\n",
             next_host, R::system_error, soft, 0, none, 0, mimecast_copy});
}
TEST_CASE("mimecast:poor-reputation") {
  check_row({"mimecast:poor-reputation", "za-smtp-inbound-2.mimecast.co.za", rcpt,
             "550 csi.mimecast.org Poor Reputation Sender. - http://kb.mimecast.com/Mimecast_Knowledge_Base/Administration_Console/Monitoring/Mimecast_SMTP_Error_Codes#550\r\n",
             give_up, R::bad_reputation, soft, 0, none, 0, "https://pastebin.com/A5BgtgEm"});
}
TEST_CASE("mimecast:envelope-blocked") {
  check_row({"mimecast:envelope-blocked", "eu-smtp-inbound-1.mimecast.com", rcpt,
             "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550\r\n",
             give_up, R::filtered, soft, 0, none, 0,
             "https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections"});
}
TEST_CASE("mimecast:anti-spoofing") {
  check_row({"mimecast:anti-spoofing", "us-smtp-inbound-1.mimecast.com", dot,
             "550 Rejected by header based Anti-Spoofing policy: bob@example.com - https://community.mimecast.com/docs/DOC-1369#550\r\n",
             give_up, R::policy_violation, soft, 0, none, 0,
             "https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-emails-bouncing-with-mimecast-anti-spoofing-policy-and-how-to-fix"});
}
TEST_CASE("barracuda:reputation") {
  check_row({"barracuda:reputation", "d123456a.ess.barracudanetworks.com", greeting,
             "554 Service unavailable; Client host [192.0.2.7] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.7\r\n",
             next_host, R::blocked, soft, 0, none, 0,
             "http://tig.csail.mit.edu/wiki/TIG/EmailBlockedByBarracuda"});
}
TEST_CASE("barracuda:ess-blocked") {
  check_row({"barracuda:ess-blocked", "d62077b.ess.barracudanetworks.com", dot,
             "550 permanent failure for one or more recipients (bob@example.com:blocked)\r\n",
             give_up, R::filtered, soft, 0, none, 0, "https://campus.barracuda.com/doc/169282026"});
}
TEST_CASE("cisco:poor-reputation") {
  check_row({"cisco:poor-reputation", "mx1.hc1234-56.iphmx.com", greeting,
             "554 mx1.hc1234-56.iphmx.com Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.\r\n",
             next_host, R::bad_reputation, soft, 0, none, 0,
             "https://community.cisco.com/t5/email-security/cisco-esa-domain-exception/m-p/4268260/highlight/true"});
}
// clang-format on

TEST_CASE("provider rows: a text alternative matches alone, a code condition stays one") {
  // comcast:bl-outside-lists holds for each of its codes, yandex:spam-block-24h
  // for Yandex's second wording; netease:dt-spm-temporary only for the 451 it documents.
  const char* const codes[] = {"BL000001", "BL000010", "BL000100", "BL000111"};
  for (const char* code : codes) {
    const std::string reply =
        std::string("554 comcast 192.0.2.7 Please see http://postmaster.comcast.net/#") + code +
        "\r\n";
    const parse_result p = parse_reply(reply);
    REQUIRE(p.ok());
    CHECK(advise(p.value, greeting, rule_set{}, "comcast.net").rule == "comcast:bl-outside-lists");
  }
  const parse_result y = parse_reply(
      "554 5.7.1 Client host [192.0.2.7] blocked using Spamhaus; see https://ya.cc/1IrBc\r\n");
  REQUIRE(y.ok());
  CHECK(advise(y.value, mail, rule_set{}, "mx.yandex.net").rule == "yandex:spam-block-24h");
  const parse_result p = parse_reply("554 DT:SPM 163 mx12\r\n");
  REQUIRE(p.ok());
  CHECK(advise(p.value, dot, rule_set{}, "163.com").rule.empty());
}
