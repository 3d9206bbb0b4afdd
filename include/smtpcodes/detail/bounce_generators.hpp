// The knowledge of bounce formats, as data: what gives each generator away
// (its From address, Subject, the first words of its text, a header field or
// a DSN field), and the phrases of human-readable bounces that do not follow
// RFC 3464 (or keep the reason out of it): where the list of recipients
// starts, where an address follows a phrase, where the reason is, which
// command failed and where the returned message begins. The wordings are
// facts about what these servers send; detail/bounce_text.hpp reads them.
#ifndef SMTPCODES_DETAIL_BOUNCE_GENERATORS_HPP
#define SMTPCODES_DETAIL_BOUNCE_GENERATORS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "bounce_types.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

/// Where a generator marker is looked for. Every match is case-insensitive.
enum class marker_place : std::uint8_t {
  from,        ///< the bounce's From field
  subject,     ///< its Subject field as written
  text,        ///< the first 2 KiB of its human-readable text
  header,      ///< the name of a header field it carries
  mailer,      ///< its X-Mailer field
  message_id,  ///< its Message-ID field
  received,    ///< its first Received fields
  dsn,         ///< its delivery-status part (field names and values)
};

/// One clue to a generator. The first row that matches decides, so rows for
/// a service that reuses another program's wording come before that program.
struct generator_marker {
  bounce_generator family;
  marker_place place;
  std::string_view text;  ///< lower case
};

using G = bounce_generator;
using P = marker_place;
// clang-format off
inline constexpr generator_marker generator_markers[] = {
    // A service known by its words although it writes as another (Google
    // Groups sends from Gmail's address).
    {G::google_groups, P::text, "groups.google.com"},
    {G::google_groups, P::text, "your email to group"},
    // The bounce's own header fields: its From address, Subject, X-Mailer,
    // Message-ID, Received fields, header names and DSN fields. They come
    // before the words of the text, which may quote another server.
    {G::amazon_workmail, P::mailer, "amazon workmail"},
    {G::amazon_ses, P::from, "amazonses.com"},
    {G::amazon_ses, P::from, "sns.amazonaws.com"},           // SNS notifications (JSON)
    {G::amazon_ses, P::message_id, "amazonses.com"},
    {G::amazon_ses, P::dsn, "amazonses.com"},
    {G::amazon_ses, P::dsn, "inbound-smtp."},                // SES receiving endpoints
    {G::gmail, P::from, "googlemail.com"},
    {G::gmail, P::from, "mailer-daemon@google.com"},
    {G::yahoo, P::from, "@yahoo."},
    {G::aol, P::from, "@aol.com"},
    {G::mail_ru, P::from, "mail.ru"},
    {G::yandex, P::from, "yandex."},
    {G::yandex, P::header, "x-yandex-front"},
    {G::gmx, P::from, "@mail.gmx."},
    {G::gmx, P::from, "@gmx."},
    {G::one_and_one, P::from, "kundenserver.de"},
    {G::zoho, P::from, "zoho.com"},
    {G::outlook, P::from, "hotmail."},
    {G::office365, P::from, "outlook.com"},
    {G::office365, P::message_id, "prod.outlook.com"},
    {G::messagelabs, P::from, "messagelabs.com"},
    {G::messagelabs, P::received, "messagelabs.com"},
    {G::kddi, P::from, "dion.ne.jp"},
    {G::kddi, P::message_id, "auone-net.jp"},
    {G::ezweb, P::from, "ezweb.ne.jp"},
    {G::mcafee, P::header, "x-nai-header"},
    {G::activehunter, P::header, "x-ahmailid"},
    {G::fml, P::header, "x-mlserver"},
    {G::surfcontrol, P::mailer, "surfcontrol"},
    {G::m_filter, P::mailer, "m-filter"},
    {G::imail, P::mailer, "<smtp32"},
    {G::mimecast, P::message_id, "mimecast"},
    {G::mimecast, P::header, "x-mimecast-originator"},
    {G::mailmarshal, P::received, "mailmarshal"},
    {G::barracuda, P::subject, "blocked by our bulk email filter"},
    {G::trend_micro, P::from, "interscan"},
    {G::amavis, P::from, "content-filter at"},
    {G::powermta, P::dsn, "x-powermta"},
    {G::mailfoundry, P::subject, "message delivery has failed"},
    {G::apache_james, P::message_id, "javamail"},
    {G::postfix, P::dsn, "x-postfix"},
    {G::courier, P::message_id, "<courier."},
    {G::domino, P::dsn, "x-notes;"},
    {G::domino, P::subject, "delivery failure:"},
    {G::sendmail, P::subject, "returned mail: see transcript for details"},
    {G::sendmail, P::subject, "warning: could not send message for past"},
    // The first words of the text.
    {G::gmail, P::text, "google tried to deliver your message"},
    {G::yahoo, P::text, "sorry, we were unable to deliver your message to the following address"},
    {G::mail_ru, P::text, "mail.ru"},
    {G::one_and_one, P::text, "1and1.com"},
    {G::one_and_one, P::text, "1und1.de"},
    {G::zoho, P::text, "zohomail.com"},
    {G::office365, P::text, "office 365"},
    {G::m_filter, P::text, "m-filter"},
    {G::mailmarshal, P::text, "mailmarshal"},
    {G::barracuda, P::text, "barracuda"},
    {G::trend_micro, P::text, "interscan messaging security suite"},
    {G::amavis, P::text, "amavisd-new"},
    {G::postfix, P::text, "this is the mail system at host"},
    {G::postfix, P::text, "this is the postfix program"},
    {G::qmail, P::text, "this is the qmail-send program"},
    {G::courier, P::text, "courier mail server"},
    {G::opensmtpd, P::text, "this is the mailer-daemon, please do not reply"},
    {G::dragonfly, P::text, "dragonfly mail agent"},
    {G::messaging_server, P::text, "this report relates to a message you sent with the following"},
    {G::notes, P::text, "------- failure reasons"},
    {G::exchange2003, P::text, "msexch:"},
    {G::exchange2003, P::text, "did not reach the following recipient(s)"},
    {G::exchange2003, P::text, "your message did not reach some or all of the intended recipients"},
    {G::exchange2007, P::text, "microsoft exchange server 2007"},
    {G::exchange2007, P::text, "diagnostic information for administrators"},
    {G::exchange2007, P::text, "informations de diagnostic pour les administrateurs"},
    {G::sendmail_v5, P::text, "----- unsent message follows -----"},
    {G::sendmail, P::text, "----- the following addresses had"},
    {G::sendmail, P::text, "----- transcript of session follows -----"},
    {G::exim, P::text, "this message was created automatically by mail delivery software"},
    {G::exim, P::text, "this message was created automatically by the smtp relay"},
    {G::gmail, P::text, "delivery to the following recipient"},
};
// clang-format on

/// A phrase after which the human-readable text lists the recipients, and
/// what happened to them.
struct list_marker {
  std::string_view text;  ///< lower case; a space matches any run of whitespace
  dsn_action action;
};
using A = dsn_action;
// clang-format off
inline constexpr list_marker list_markers[] = {
    {"has not yet been delivered", A::delayed},                          // Exim delay warning
    {"delivery to the following recipient has been delayed", A::delayed},  // Gmail
    {"is delayed for more than", A::delayed},                            // OpenSMTPD
    {"the following addresses had transient non-fatal errors", A::delayed},  // Sendmail
    {"the following address(es) failed", A::failed},                    // Exim
    {"the following address failed", A::failed},                        // GMX, 1&1
    {"delivery to the following recipient failed permanently", A::failed},  // Gmail
    {"delivery to the following recipients failed", A::failed},         // Hotmail
    {"wasn't able to deliver your message to the following addresses", A::failed},  // qmail
    {"unable to deliver your message to the following address", A::failed},  // Yahoo
    {"unable to deliver message to the following address", A::failed},  // qmail-based relays
    {"to the following address(es) could not be delivered", A::failed},
    {"to the following address could not be delivered", A::failed},     // Mimecast
    {"did not reach the following recipient(s)", A::failed},           // Exchange 2003
    {"the following recipient(s) could not be reached", A::failed},     // Exchange 2003
    {"delivery has failed to these recipients or groups", A::failed},   // Exchange, Office 365
    {"following list of recipients", A::failed},                        // OpenSMTPD
    {"the following addresses had permanent fatal errors", A::failed},  // Sendmail
    {"the following addresses had delivery problems", A::failed},
    {"the following addresses had delivery errors", A::failed},
    {"delevery to the following recipients", A::failed},  // sic: one appliance's spelling
    {"delivery to the following recipients", A::failed},
    {"the following recipients were affected", A::failed},              // MailMarshal
    {"cannot be delivered to the following recipients", A::failed},     // Oracle Messaging Server
    {"to the following recipients cannot be delivered", A::failed},     // Courier
    {"each of the following recipients was rejected", A::failed},       // au (KDDI)
    {"the following recipients did not receive this message", A::failed},
    {"failed addresses follow", A::failed},
    {"------- failure reasons", A::failed},                              // Lotus Notes
    {"was not delivered to:", A::failed},                                // Lotus Domino
    {"was not relayed to:", A::failed},                                  // amavisd-new
    {"to the following recipients:", A::failed},                         // Amazon SES, WorkMail
    {"\xe4\xbb\xa5\xe4\xb8\x8b\xe3\x81\xae\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\xe3\x82\xa2\xe3\x83"
     "\x89\xe3\x83\xac\xe3\x82\xb9\xe3\x81\xb8\xe3\x81\xae\xe9\x80\x81\xe4\xbf\xa1\xe3\x81\xab\xe5"
     "\xa4\xb1\xe6\x95\x97", A::failed},  // m-FILTER: "sending to the addresses below failed"
};
// clang-format on

/// Phrases followed on the same line by the address of a recipient.
struct inline_marker {
  std::string_view text;  ///< lower case
  bool states_reason;     ///< the line itself is the reason ("Unknown user: a@b")
};
inline constexpr inline_marker inline_markers[] = {
    {"there was an error delivering your mail to", false},  // DragonFly: the reason follows
    {"could not be delivered to:", false},                  // au one net
    {"your message wasn't delivered to", false},            // Google Workspace
    {"the following message to", false},                    // Amazon SES (older format)
    {"your message to:", false},                            // Barracuda
    {"did not reach the following recipient:", false},
    {"unable to deliver message to", true},  // MailFoundry, InterScan
    {"unknown user:", true},                 // IMail
    {"attempts:", true},                     // IMail: "Delivery failed 20 attempts:"
    {"rejected recipient", true},
    {"your email to group", true},                        // Google Groups
    {"you are not a member of this mailing list", true},  // fml: the list refused the sender
    {"duplicated message-id in", true},                   // fml: a loop
};

/// Words that may stand before the address at the start of a recipient line.
inline constexpr std::string_view recipient_labels[] = {"recipient address:",
                                                        "recipient:",
                                                        "original-recipient:",
                                                        "final-recipient:",
                                                        "rcpt to:",
                                                        ">>>",
                                                        "->",
                                                        "*",
                                                        "--",
                                                        "-",
                                                        "\xe2\x80\xa2"};  // U+2022 BULLET

/// Phrases after which the reason for a recipient (or for all) is given,
/// best first: a server's own reply beats a generator's summary.
inline constexpr std::string_view reason_markers[] = {
    "the error that the other server returned was:",  // Gmail
    "the response from the remote server was:",       // Google Workspace
    "the response was:",
    "remote server returned",  // Exchange 2007, Office 365
    "diagnostic code:",        // Oracle Messaging Server
    "-------server message",   // m-FILTER
    "it responded as follows:",
    "error message below:",                     // Apache James
    "transcript of session follows",            // Sendmail
    "technical details of permanent failure:",  // Gmail
    "technical details of temporary failure:",
    "technical details:",
    "delivery failed for the following reason:",  // MailFoundry
    "for the following reason:",                  // 1&1
    "could not be delivered because of",          // MailMarshal
    "because:",                                   // Lotus Domino
    "additional information follows :",           // Mimecast
    "the problem appears to be :",
    "reason:",
};

/// Phrases where the text names the SMTP command a reply answered, when the
/// reply itself does not say it ("in reply to ..." is read by find_reply()).
struct command_marker {
  std::string_view text;  ///< lower case
  smtp_command command;
};
using C = smtp_command;
inline constexpr command_marker command_markers[] = {
    // Postfix's "(in reply to RCPT TO command)", here because text wraps it.
    {"in reply to rcpt to command", C::rcpt},
    {"in reply to mail from command", C::mail},
    {"in reply to end of data command", C::end_of_data},
    {"in reply to data command", C::data},
    {"in reply to ehlo command", C::ehlo},
    {"in reply to helo command", C::helo},
    {"did not like our rcpt to", C::rcpt},
    {"did not like our mail from", C::mail},
    {"did not like our data", C::data},
    {">>> rcpt to", C::rcpt},
    {">>> mail from", C::mail},
    {">>> data", C::data},
    {"-------smtp command", C::unknown},  // m-FILTER: the command is on the next line
    {"error following rcpt command", C::rcpt},
    {"[rcpt_to]", C::rcpt},
    {"[mail_from]", C::mail},
    {"for text command", C::data},  // 1&1: "SMTP error from remote server for TEXT command"
    {"for rcpt to command", C::rcpt},
    {"for mail from command", C::mail},
    {"after rcpt command", C::rcpt},
    {"smtp:rcpt host", C::rcpt},
    {"most progress was rcpt to", C::rcpt},
    {"failed after i sent the message", C::data},
    {"does not like recipient", C::rcpt},
    {"sender was rejected", C::mail},
    {"my name was rejected", C::ehlo},
    // Exim: "SMTP error from remote mail server after EHLO host:" and the like.
    {"mail server after initial connection", C::connect},
    {"mail server after ehlo", C::ehlo},
    {"mail server after helo", C::helo},
    {"mail server after mail from", C::mail},
    {"mail server after pipelined mail from", C::mail},
    {"mail server after rcpt to", C::rcpt},
    {"mail server after pipelined rcpt to", C::rcpt},
    {"mail server after end of data", C::end_of_data},
    // Postfix: "host mx[ip] refused to talk to me: 550 ..." is the greeting's reply.
    {"refused to talk to me", C::connect},
};

/// Phrases where the returned original message (or its header) begins.
/// They are compared with the start of a line, after its leading blanks and
/// the rules of dashes, '|' and '=' that frame them.
inline constexpr std::string_view copy_markers[] = {
    "below this line is a copy of the message",         // qmail, Yahoo
    "enclosed is a copy of the message",                // qmail
    "this is a copy of the message",                    // Exim
    "the header of the original message is following",  // GMX, 1&1
    "original message -",                               // Gmail
    "original message follows",                         // IMail, DragonFly, qmail relays
    "original message headers",                         // Exchange, Office 365
    "original message:",
    "original mail as follows",                 // fml
    "original mail info",                       // m-FILTER
    "message headers follow",                   // DragonFly
    "below is a copy of the original message",  // OpenSMTPD
    "returned message",                         // Lotus Notes
    "unsent message follows",                   // Sendmail V5
    "original message",                         // m-FILTER ("-------original message")
    "message text follows",
    "en-t\xc3\xaates de message d'origine",  // Exchange, French
};

/// Subjects and body phrases of automatic replies (RFC 3834 §3.1.7 asks for
/// "Auto:"; vacation programs use their own words).
inline constexpr std::string_view auto_reply_subjects[] = {
    "auto:",      "automatic reply", "auto reply",        "autoreply",
    "auto-reply", "out of office",   "out of the office", "away from",
    "away until", "vacation",        "abwesenheitsnotiz", "r\xc3\xa9ponse automatique",
    "absence",
};
inline constexpr std::string_view auto_reply_phrases[] = {
    "i am currently away",
    "i am out of the office",
    "i'm out of the office",
    "i am on vacation",
    "i'm on vacation",
    "upon my return",
    "i will be out of the office",
    "limited access to email",
};

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
