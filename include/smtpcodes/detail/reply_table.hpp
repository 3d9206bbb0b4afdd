// Data: the basic reply-code table (one row per RFC-defined code, sorted by
// code) and the class/category tables. Included by registry.hpp.
// Texts are the project's own words, checked against the RFC sections named
// in each row's reference.
#ifndef SMTPCODES_DETAIL_REPLY_TABLE_HPP
#define SMTPCODES_DETAIL_REPLY_TABLE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "registry_types.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

using namespace std::string_view_literals;  // table strings: no strlen at compile time

// The rows' command sets are built from these bits: `C::mail | C::rcpt` on
// plain integers costs the compiler nothing, while the same `|` on the enum
// is an overloaded operator it resolves anew in every including file.
namespace C {
inline constexpr std::uint32_t connect = command_set::bit(smtp_command::connect);
inline constexpr std::uint32_t helo = command_set::bit(smtp_command::helo);
inline constexpr std::uint32_t ehlo = command_set::bit(smtp_command::ehlo);
inline constexpr std::uint32_t starttls = command_set::bit(smtp_command::starttls);
inline constexpr std::uint32_t auth = command_set::bit(smtp_command::auth);
inline constexpr std::uint32_t mail = command_set::bit(smtp_command::mail);
inline constexpr std::uint32_t rcpt = command_set::bit(smtp_command::rcpt);
inline constexpr std::uint32_t data = command_set::bit(smtp_command::data);
inline constexpr std::uint32_t end_of_data = command_set::bit(smtp_command::end_of_data);
inline constexpr std::uint32_t bdat = command_set::bit(smtp_command::bdat);
inline constexpr std::uint32_t rset = command_set::bit(smtp_command::rset);
inline constexpr std::uint32_t vrfy = command_set::bit(smtp_command::vrfy);
inline constexpr std::uint32_t expn = command_set::bit(smtp_command::expn);
inline constexpr std::uint32_t noop = command_set::bit(smtp_command::noop);
inline constexpr std::uint32_t quit = command_set::bit(smtp_command::quit);
inline constexpr std::uint32_t help = command_set::bit(smtp_command::help);
inline constexpr std::uint32_t etrn = command_set::bit(smtp_command::etrn);
inline constexpr std::uint32_t atrn = command_set::bit(smtp_command::atrn);
inline constexpr std::uint32_t burl = command_set::bit(smtp_command::burl);
}  // namespace C

// The alternate meaning of the rows that have none: rows copy this constant
// rather than each value-initialising its five members (five constructor
// calls per row for the compiler to evaluate).
inline constexpr alternate_meaning no_alternate{};

// clang-format off
inline constexpr std::size_t class_table_size = 6;
inline constexpr class_info class_table[class_table_size] = {
  {reply_class::unknown, "unknown"sv, "Unknown"sv, "Malformed"sv,
   "The number is not a valid SMTP reply code, because a reply code has exactly three digits and its first digit is 2, 3, 4 or 5."sv,
   "Treat the reply as a fatal error for this transaction and end it, as RFC 5321 section 4.2 advises for first digits outside 2 to 5."sv},
  {reply_class::positive_preliminary, "positive_preliminary"sv, "Positive Preliminary"sv, "1xx Positive Preliminary"sv,
   "The server accepted the request but waits for confirmation before acting on it; RFC 821 defined this class and current SMTP does not use it."sv,
   "Wait for the final reply; an SMTP client that did not negotiate an extension using 1xx replies should end the transaction."sv},
  {reply_class::positive_completion, "positive_completion"sv, "Positive Completion"sv, "2xx Positive Completion"sv,
   "The requested action was completed successfully, and the client may send the next command."sv,
   "No fix is needed; continue with the next step of the session."sv},
  {reply_class::positive_intermediate, "positive_intermediate"sv, "Positive Intermediate"sv, "3xx Positive Intermediate"sv,
   "The server accepted the command and is waiting for more information, such as the message body or an authentication response."sv,
   "Send the information the server asked for to complete the command."sv},
  {reply_class::transient_negative, "transient_negative"sv, "Transient Negative"sv, "4xx Transient Negative"sv,
   "The request was not carried out, but the condition is temporary and the same request may succeed if it is tried again later."sv,
   "Keep the message queued and retry later; if the same reply keeps coming back for days, report the delay to the sender."sv},
  {reply_class::permanent_negative, "permanent_negative"sv, "Permanent Negative"sv, "5xx Permanent Negative"sv,
   "The request was not carried out and repeating it unchanged will fail again."sv,
   "Do not repeat the same request; correct the command, the address or the message first, or return the message to the sender."sv},
};

inline constexpr std::size_t category_table_size = 7;
inline constexpr category_info category_table[category_table_size] = {
  {reply_category::syntax, "syntax"sv, "Syntax"sv,
   "The second digit 0 covers syntax errors, commands that fit no other category, and commands the server does not implement."sv},
  {reply_category::information, "information"sv, "Information"sv,
   "The second digit 1 covers replies to requests for information, such as status or help."sv},
  {reply_category::connections, "connections"sv, "Connections"sv,
   "The second digit 2 covers replies about the transmission channel, the connection itself."sv},
  {reply_category::unspecified_3, "unspecified_3"sv, "Unspecified"sv,
   "RFC 5321 leaves the second digit 3 without a category; extensions use it, for example for authentication replies."sv},
  {reply_category::unspecified_4, "unspecified_4"sv, "Unspecified"sv,
   "RFC 5321 leaves the second digit 4 without a category."sv},
  {reply_category::mail_system, "mail_system"sv, "Mail System"sv,
   "The second digit 5 covers the state of the receiving mail system with respect to the requested transfer or other mail-system action."sv},
  {reply_category::unknown, "unknown"sv, "Unknown"sv,
   "RFC 5321 defines no category for this second digit, and a reply line with a second digit from 6 to 9 is not valid SMTP syntax."sv},
};

inline constexpr reply_info unregistered_row{
  reply_code{0}, "unregistered"sv, "Unregistered Reply"sv,
  "No RFC defines this reply code, so only its first digit carries meaning."sv,
  "You see it when a server sends a number that no SMTP specification defines."sv,
  "Act on the first digit of the code, as RFC 5321 section 4.3.2 requires of clients."sv,
  "RFC 5321 §4.2.1, §4.3.2"sv, any_command, "ANY"sv, false, spec_status::standard, ""sv, no_alternate};

inline constexpr std::array<reply_info, 39> reply_table{{
  // 211: RFC 5321 §4.2.2, §4.2.3, §4.3.2 (HELP)
  {reply_code::system_status, "system_status"sv, "System Status"sv,
   "The server reports its status or gives a help reply; the text is informational and the request succeeded."sv,
   "You see it in reply to HELP, or to a status request on servers that support one."sv,
   "No fix is needed; read the text if you asked for status information."sv,
   "RFC 5321 §4.2.2, §4.2.3, §4.3.2"sv, command_set{C::help}, "HELP"sv, false, spec_status::standard, ""sv, no_alternate},
  // 214: RFC 5321 §4.2.2, §4.2.3, §4.3.2 (HELP)
  {reply_code::help_message, "help_message"sv, "Help Message"sv,
   "The server returns help text about using the server or about a particular command, including non-standard ones. The text is meant for a person to read, not for a program to parse."sv,
   "It arrives in reply to a HELP command, with or without an argument naming a command."sv,
   "No fix is needed. Show the text to the user who asked for it, and base no program decision on its wording."sv,
   "RFC 5321 §4.2.2, §4.2.3, §4.3.2"sv, command_set{C::help}, "HELP"sv, false, spec_status::standard, "2.0.0"sv, no_alternate},
  // 220: greeting (RFC 5321 §3.1, §4.3.1) and STARTTLS go-ahead (RFC 3207 §4)
  {reply_code::service_ready, "service_ready"sv, "Service Ready"sv,
   "The server is ready to accept commands. As the first reply on a new connection it is the greeting and starts with the server's domain name; as the reply to STARTTLS it means the server is ready for the TLS handshake."sv,
   "A client sees it right after the connection opens, and again in reply to STARTTLS when the server agrees to start TLS."sv,
   "No fix is needed. After the greeting, send EHLO (or HELO for an old server); after a 220 to STARTTLS, start the TLS handshake before sending any other command, then send EHLO again over the encrypted channel."sv,
   "RFC 5321 §3.1, §4.2, §4.2.3, §4.3.1, §4.3.2; RFC 3207 §4"sv, command_set{C::connect | C::starttls}, "CONNECT STARTTLS"sv, false, spec_status::standard, ""sv, no_alternate},
  // 221: RFC 5321 §3.8 (QUIT)
  {reply_code::service_closing, "service_closing"sv, "Closing Connection"sv,
   "The server accepts the end of the session and closes the transmission channel after sending this reply."sv,
   "It arrives in reply to QUIT, at the normal end of a session."sv,
   "No fix is needed; the session is over, so close the connection on your side as well."sv,
   "RFC 5321 §3.8, §4.2.3, §4.3.2"sv, command_set{C::quit}, "QUIT"sv, true, spec_status::standard, "2.0.0"sv, no_alternate},
  // 235: RFC 4954 §4, §6 (AUTH)
  {reply_code::auth_succeeded, "auth_succeeded"sv, "Authentication Succeeded"sv,
   "The SASL authentication exchange is complete and the server accepted the client's identity. No further AUTH command is allowed in this session."sv,
   "It arrives as the final reply to AUTH, either at once or after one or more 334 challenges."sv,
   "No fix is needed; go on with the mail transaction. If the exchange negotiated a SASL security layer, the session returns to its initial state, so send EHLO again before any other command."sv,
   "RFC 4954 §4, §6"sv, command_set{C::auth}, "AUTH"sv, false, spec_status::standard, "2.7.0"sv, no_alternate},
  // 250: RFC 5321 §4.2.3, §4.3.2; ETRN (RFC 1985), ATRN (RFC 2645), BDAT (RFC 3030)
  {reply_code::ok, "ok"sv, "Requested Action Completed"sv,
   "The requested action was completed. After the end of the message data it means the server has taken over responsibility for delivering the message; after ETRN it only means that a queue run was started."sv,
   "It arrives in reply to most successful commands, such as EHLO, MAIL, RCPT, RSET, NOOP and the end of message data; the reply to EHLO is usually multiline and lists the supported extensions."sv,
   "No fix is needed; send the next command. After a 250 to the end of the message data, the client may remove the message from its queue for the recipients the server accepted."sv,
   "RFC 5321 §4.2.3, §4.3.2; RFC 3030 §2; RFC 4468 §6; RFC 1985 §5.1; RFC 2645 §5.2.1; RFC 6710 §4.1"sv,
   command_set{C::helo | C::ehlo | C::mail | C::rcpt | C::end_of_data | C::bdat | C::rset | C::vrfy |
       C::expn | C::noop | C::etrn | C::atrn | C::burl}, "HELO EHLO MAIL RCPT END-OF-DATA BDAT RSET VRFY EXPN NOOP ETRN ATRN BURL"sv,
   false, spec_status::standard, "2.0.0 2.1.0 2.1.5"sv, no_alternate},
  // 251: RFC 5321 §3.4 (RCPT, VRFY); ETRN meaning from RFC 1985 §5.1
  {reply_code::user_not_local_will_forward, "user_not_local_will_forward"sv, "User Not Local; Will Forward"sv,
   "The server accepts the recipient although the mailbox is not local, and will forward the message to the forward-path given in the reply text. After ETRN the same number means that no messages are waiting for the node named in the command."sv,
   "It arrives in reply to RCPT or VRFY for a user who is served elsewhere, and in reply to ETRN when nothing is queued for the node."sv,
   "No fix is needed, because the server forwards the message itself. You may update your records to the address shown in the text, although nothing requires it."sv,
   "RFC 5321 §3.4, §4.2.3, §4.3.2, §7.4; RFC 1985 §5.1; RFC 6531 §3.7.4.1"sv,
   command_set{C::rcpt | C::vrfy | C::etrn}, "RCPT VRFY ETRN"sv, false, spec_status::standard, "2.1.5"sv,
   {command_set{C::etrn}, "No Messages Waiting for Node"sv,
    "The server accepted the ETRN request but has no messages queued for the node named in the command."sv,
    "No fix is needed; nothing is waiting, so there is no point in repeating ETRN until new mail may have arrived."sv,
    "RFC 1985 §5.1"sv}},
  // 252: RFC 5321 §3.5.3, §7.3 (VRFY, EXPN); ETRN meaning from RFC 1985 §5.1
  {reply_code::cannot_verify_user, "cannot_verify_user"sv, "Cannot Verify User"sv,
   "The server cannot or will not confirm the address, often because VRFY and EXPN are disabled for privacy, but it will accept a message for it and attempt delivery. After ETRN the same number means the server has messages pending for the node and has started sending them."sv,
   "It arrives in reply to VRFY or EXPN on servers that do not disclose their users, and in reply to ETRN when mail is queued for the node and its delivery has begun."sv,
   "No fix is needed. The reply does not say whether the mailbox exists, so send the message and rely on the reply to RCPT rather than treating 252 as a confirmation."sv,
   "RFC 5321 §3.5.3, §4.2.3, §4.3.2, §7.3; RFC 6531 §3.7.4.2; RFC 1985 §5.1"sv,
   command_set{C::vrfy | C::expn | C::etrn}, "VRFY EXPN ETRN"sv, false, spec_status::standard, "2.0.0"sv,
   {command_set{C::etrn}, "Pending Messages for Node Started"sv,
    "The server accepted the ETRN request, has messages pending for the node, and has started to send them."sv,
    "No fix is needed; expect the server to open a new connection to the node and deliver the queued messages."sv,
    "RFC 1985 §5.1"sv}},
  // 253: RFC 1985 §5.1 (ETRN only)
  {reply_code::etrn_queue_started, "etrn_queue_started"sv, "Pending Messages for Node Started"sv,
   "The server accepted the ETRN request, has messages pending for the node, and has started to send them. The reply text states how many messages are pending and names the node."sv,
   "It arrives only in reply to ETRN, from servers that report the number of messages queued for the node."sv,
   "No fix is needed; expect the server to open a new connection to the node and deliver the queued messages. Sending ETRN again later shows whether any messages are still pending."sv,
   "RFC 1985 §5.1"sv, command_set{C::etrn}, "ETRN"sv, false, spec_status::standard, "2.5.0"sv, no_alternate},
  // 334: RFC 4954 §4 (AUTH challenge)
  {reply_code::auth_challenge, "auth_challenge"sv, "Authentication Challenge"sv,
   "The server continues the SASL authentication exchange, and the text after the code is only a base64-encoded challenge. An empty challenge is sent as the code followed by a single space, and challenge lines may be much longer than the usual 512-octet reply limit."sv,
   "It arrives in reply to AUTH, and to each client response, while the chosen mechanism needs another round."sv,
   "Decode the challenge and send the mechanism's base64-encoded response on a line of its own, or send a single '*' to cancel the exchange. Do not apply the normal reply line limit to these lines."sv,
   "RFC 4954 §4"sv, command_set{C::auth}, "AUTH"sv, false, spec_status::standard, ""sv, no_alternate},
  // 354: RFC 5321 §3.3 (DATA)
  {reply_code::start_mail_input, "start_mail_input"sv, "Start Mail Input"sv,
   "The server is ready to receive the message content. The client sends the message and ends it with a line that holds a single dot, that is <CRLF>.<CRLF>."sv,
   "It arrives in reply to DATA once the server has accepted at least one recipient."sv,
   "Send the header and body, adding an extra dot to any line that starts with a dot, then end with <CRLF>.<CRLF> and wait for the final reply. Never send message data before this reply has arrived."sv,
   "RFC 5321 §3.3, §4.2.3, §4.3.2"sv, command_set{C::data}, "DATA"sv, false, spec_status::standard, ""sv, no_alternate},
  // 355: RFC 1845 §3 (experimental CHECKPOINT extension, MAIL with TRANSID)
  {reply_code::checkpoint_offset, "checkpoint_offset"sv, "Checkpoint Transaction Offset"sv,
   "The server recognised the transaction identifier of an interrupted transaction and restored its state, as the experimental CHECKPOINT extension allows. The first word of the text is the octet offset, counted from zero, at which the message data should resume."sv,
   "It arrives in reply to a MAIL command that repeats the TRANSID of a transaction cut off during message transfer, on a server that advertised CHECKPOINT."sv,
   "Send DATA again and transmit the message without its first octets up to the given offset, not counting octets added by dot-stuffing. An offset of 0 means the whole message must be sent again."sv,
   "RFC 1845 §3"sv, command_set{C::mail}, "MAIL"sv, false, spec_status::experimental, ""sv, no_alternate},
  // 421: RFC 5321 §3.8, §4.2, §4.3.2 (any command, unsolicited, or instead of the greeting)
  {reply_code::service_not_available, "service_not_available"sv, "Service Not Available"sv,
   "The service is not available and the server is closing the transmission channel, for example because it is shutting down or overloaded. The condition is temporary."sv,
   "It can arrive in reply to any command, unsolicited when the server must shut down, or instead of the 220 greeting when the server refuses new sessions for the moment."sv,
   "Expect the connection to close, keep the message queued and retry later, trying another MX host if the domain has one. Nothing in the message needs to change."sv,
   "RFC 5321 §3.8, §4.2, §4.2.3, §4.3.2"sv, any_command, "ANY"sv, true, spec_status::standard, "4.3.2 4.7.0"sv, no_alternate},
  // 432: RFC 4954 §6 (AUTH)
  {reply_code::password_transition_needed, "password_transition_needed"sv, "Password Transition Needed"sv,
   "The user has to move to the authentication mechanism the client selected, which is usually done by authenticating once with the PLAIN mechanism. After that, the selected mechanism should work in later sessions."sv,
   "It arrives in reply to AUTH when the account is not yet set up for the selected mechanism."sv,
   "Authenticate once with PLAIN over a TLS-protected connection, then use the selected mechanism in later sessions."sv,
   "RFC 4954 §6"sv, command_set{C::auth}, "AUTH"sv, false, spec_status::standard, "4.7.12"sv, no_alternate},
  // 450: RFC 5321 §4.2.3, §4.3.2; RFC 6710 §4.1 (priority); RFC 2645 §5.2.1 (ATRN)
  {reply_code::mailbox_unavailable_transient, "mailbox_unavailable_transient"sv, "Mailbox Temporarily Unavailable"sv,
   "The requested mail action was not taken because the mailbox is unavailable for now, for example busy, locked or temporarily blocked by policy. Greylisting servers commonly use it as well."sv,
   "It usually arrives in reply to RCPT, and sometimes in reply to MAIL, after the end of message data, or in reply to ATRN when the provider refuses the request."sv,
   "Keep the message queued and retry later; a greylisting server accepts the retry after a few minutes. If the reply persists for days, return the message to the sender."sv,
   "RFC 5321 §4.2.3, §4.3.2; RFC 6710 §4.1; RFC 2645 §5.2.1"sv,
   command_set{C::mail | C::rcpt | C::end_of_data | C::atrn}, "MAIL RCPT END-OF-DATA ATRN"sv, false, spec_status::standard, "4.2.0 4.7.1"sv, no_alternate},
  // 451: RFC 5321 §3.8, §4.2.2, §4.2.3, §4.3.2
  {reply_code::local_error, "local_error"sv, "Local Error in Processing"sv,
   "The server aborted the requested action because of a local error, such as a failed DNS or database lookup or an internal fault. A client whose connection drops unexpectedly should act as if it had received this reply."sv,
   "It arrives in reply to MAIL, RCPT, the end of message data, BURL or ATRN when the server hits a temporary internal problem."sv,
   "Keep the message queued and retry later, because the problem is on the server side. If it persists, the server operator should check the server's logs."sv,
   "RFC 5321 §3.8, §4.2.2, §4.2.3, §4.3.2; RFC 4468 §6; RFC 2645 §5.2.1; RFC 7208 §8.6"sv,
   command_set{C::mail | C::rcpt | C::end_of_data | C::burl | C::atrn}, "MAIL RCPT END-OF-DATA ATRN BURL"sv, false, spec_status::standard,
   "4.3.0 4.4.3 4.7.1"sv, no_alternate},
  // 452: RFC 5321 §4.5.3.1.10 (too many recipients); RFC 1870 §6 (SIZE)
  {reply_code::insufficient_storage, "insufficient_storage"sv, "Insufficient Storage"sv,
   "The action was not taken because the server lacks storage for now, for example for a message of the declared size. It is also the correct reply when a transaction has more recipients than the server will accept."sv,
   "It arrives in reply to MAIL when the declared size cannot be stored at the moment, in reply to RCPT when the recipient limit is reached, or after the end of message data."sv,
   "For too many recipients, send the refused recipients in a new transaction once this one is complete. For a storage shortage, keep the message queued and retry later."sv,
   "RFC 5321 §4.2.3, §4.3.2, §4.5.3.1.9, §4.5.3.1.10; RFC 1870 §6.1, §6.2, §6.4"sv,
   command_set{C::mail | C::rcpt | C::end_of_data}, "MAIL RCPT END-OF-DATA"sv, false, spec_status::standard, "4.3.1 4.5.3"sv, no_alternate},
  // 453: RFC 2645 §5.2.1 (ODMR ATRN)
  {reply_code::odmr_no_mail_queued, "odmr_no_mail_queued"sv, "No Mail Queued"sv,
   "An On-Demand Mail Relay provider answers ATRN with 453 when none of the requested domains has mail queued for the client. It is not a refusal: the client is authorized for those domains (a refusal is 450), there is simply nothing to deliver."sv,
   "It arrives only in reply to ATRN on an On-Demand Mail Relay connection when the queues for the requested domains are empty."sv,
   "No action is needed; end the session with QUIT and send ATRN again in a later session, when mail may have arrived."sv,
   "RFC 2645 §5.2.1"sv, command_set{C::atrn}, "ATRN"sv, false, spec_status::standard, "4.3.2"sv, no_alternate},
  // 454: STARTTLS (RFC 3207 §4) and AUTH (RFC 4954 §6)
  {reply_code::temporary_security_failure, "temporary_security_failure"sv, "TLS Temporarily Unavailable"sv,
   "In reply to STARTTLS it means the server cannot start TLS at the moment for a temporary reason. In reply to AUTH the same code means a temporary authentication failure on the server side, not wrong credentials."sv,
   "It arrives in reply to STARTTLS when the server's TLS setup is temporarily unusable, and in reply to AUTH when the server's authentication service fails for a while."sv,
   "After STARTTLS, RFC 3207 §4 leaves the choice to local policy: if TLS is required for the destination (by your configuration, MTA-STS or DANE), keep the message queued and retry later, trying another MX host first; otherwise continue the session without encryption. After AUTH, retry authentication later without asking the user for a new password; if it persists, the server's authentication service needs its administrator."sv,
   "RFC 3207 §4; RFC 4954 §6"sv, command_set{C::starttls | C::auth}, "STARTTLS AUTH"sv, false, spec_status::standard, "4.7.0"sv,
   {command_set{C::auth}, "Temporary Authentication Failure"sv,
    "The authentication attempt failed because of a temporary problem on the server, not because the credentials are wrong."sv,
    "Retry authentication later and tell the user that the server failed; do not ask the user for the password again."sv,
    "RFC 4954 §6"sv}},
  // 455: RFC 5321 §4.1.1.11 (MAIL/RCPT parameters); RFC 2852 §4 (DELIVERBY)
  {reply_code::unable_to_accommodate_parameters, "unable_to_accommodate_parameters"sv, "Server Unable to Accommodate"sv,
   "The server recognises a parameter given on MAIL or RCPT but cannot honour it at the moment. The condition is temporary; a parameter's own specification may name a different code."sv,
   "It arrives in reply to MAIL or RCPT carrying an extension parameter, such as a DELIVERBY time the server cannot meet right now."sv,
   "Retry the transaction later, or send it without the parameter if the message does not depend on it."sv,
   "RFC 5321 §4.1.1.11, §4.2.2, §4.2.3, §4.3.2; RFC 2852 §4"sv, command_set{C::mail | C::rcpt}, "MAIL RCPT"sv, false, spec_status::standard,
   ""sv, no_alternate},
  // 458: RFC 1985 §5.1 (ETRN only)
  {reply_code::etrn_unable_to_queue, "etrn_unable_to_queue"sv, "Unable to Queue Messages for Node"sv,
   "The server supports ETRN but did not start a queue run for the node named in the command, for a local reason."sv,
   "It arrives only in reply to ETRN when the server accepts the request but cannot start a queue run for the node, for example because its queue service failed or it keeps no separate queue for that node. A refusal by policy, such as a client not allowed to use ETRN for the node, is 459."sv,
   "Try ETRN again later; meanwhile the mail queued for your node follows the server's normal retry schedule. If it keeps failing, ask the server operator to check the server's queue service and that it queues mail for your node under the name you send."sv,
   "RFC 1985 §5.1"sv, command_set{C::etrn}, "ETRN"sv, false, spec_status::standard, "4.5.0"sv, no_alternate},
  // 459: RFC 1985 §5.1 (ETRN only)
  {reply_code::etrn_node_not_allowed, "etrn_node_not_allowed"sv, "Node Not Allowed"sv,
   "The server refuses to start the queue for the named node, and the reply text gives the reason, for example that the name cannot be resolved."sv,
   "It arrives only in reply to ETRN when the server's policy does not let this client release mail for that node."sv,
   "Read the reason in the text, correct the node name or option character if it is wrong, or ask the server operator to permit ETRN for the node."sv,
   "RFC 1985 §5.1"sv, command_set{C::etrn}, "ETRN"sv, false, spec_status::standard, "4.5.0"sv, no_alternate},
  // 500: RFC 5321 §4.2.4, §4.3.2 (any command); RFC 4954 §4 (AUTH line too long)
  {reply_code::syntax_error, "syntax_error"sv, "Syntax Error, Command Unrecognized"sv,
   "The server did not recognise the command, or the command line was too long. During AUTH the same code reports a client response longer than the server's authentication buffer."sv,
   "It can arrive in reply to any command, typically after a misspelled or unknown verb, an over-long line, or text sent while the server expected a command."sv,
   "Check the spelling of the command and keep command lines within 512 octets including CRLF unless an extension allows more. If EHLO gets 500, the server is an old one, so fall back to HELO."sv,
   "RFC 5321 §4.2.3, §4.2.4, §4.3.2, §4.5.3.1.9; RFC 4954 §4, §6"sv, any_command, "ANY"sv, false, spec_status::standard,
   "5.5.1 5.5.2 5.5.6"sv, no_alternate},
  // 501: RFC 5321 §4.1.4, §4.3.2 (any command) and the extensions that use it
  {reply_code::syntax_error_in_parameters, "syntax_error_in_parameters"sv, "Syntax Error in Parameters"sv,
   "The command was recognised but its arguments are malformed or not allowed, for example a badly formed address, an argument to a command that takes none, or an AUTH response that is not valid base64. The server stays in the state it was in before the command."sv,
   "It can arrive in reply to any command, most often MAIL, RCPT, EHLO or HELO with a badly formed argument, STARTTLS with parameters, or AUTH after the client cancelled it with '*'."sv,
   "Correct the argument, for example put addresses in angle brackets and give a valid domain in EHLO, and send the command again. After a cancelled AUTH the reply only confirms the cancellation."sv,
   "RFC 5321 §4.1.4, §4.2.3, §4.3.2, §4.5.3.1.9; RFC 3207 §4; RFC 4954 §4; RFC 3461 §4.5, §5.1; RFC 2852 §4; RFC 6710 §4.1; RFC 4865 §4.2, §5.2.2; RFC 6409 §5.1; RFC 1985 §5.1"sv,
   any_command, "ANY"sv, false, spec_status::standard, "5.5.2 5.5.4 5.1.3 5.1.7"sv, no_alternate},
  // 502: RFC 5321 §4.2.4 (recognised, not implemented); RFC 2645 §5.4
  {reply_code::command_not_implemented, "command_not_implemented"sv, "Command Not Implemented"sv,
   "The server recognises the command but does not implement it, or has disabled it, as many sites do with VRFY and EXPN."sv,
   "It arrives in reply to a recognised but unsupported command such as VRFY, EXPN, HELP or TURN, or to EHLO on very old servers; an On-Demand Mail Relay provider may answer every command other than EHLO, AUTH, ATRN and QUIT this way."sv,
   "Do not send that command to this server again; read the EHLO reply to see which extensions it offers, and fall back to HELO if EHLO itself gets 502."sv,
   "RFC 5321 §4.1.4, §4.2.3, §4.2.4, §4.3.2; RFC 2645 §5.4"sv, any_command, "ANY"sv, false, spec_status::standard,
   "5.5.1"sv, no_alternate},
  // 503: RFC 5321 §3.1, §3.3, §4.1.4; RFC 4954 §4; RFC 3030 §2
  {reply_code::bad_sequence, "bad_sequence"sv, "Bad Sequence of Commands"sv,
   "The command is valid but not allowed at this point of the session, for example RCPT before MAIL, DATA without an accepted recipient, or AUTH during a transaction or after a successful AUTH. The server keeps the state it was in before the command."sv,
   "It arrives in reply to a command sent out of order, and in reply to every command other than QUIT after the server refused the session with a 554 greeting."sv,
   "Send the commands in the order SMTP requires: EHLO or HELO first, then MAIL, RCPT and DATA. If it follows a 554 greeting, send QUIT and try another host."sv,
   "RFC 5321 §3.1, §3.3, §4.1.4, §4.2.3, §4.3.2, §4.5.3.1.10; RFC 4954 §4; RFC 3030 §2; RFC 4468 §6"sv,
   any_command, "ANY"sv, false, spec_status::standard, "5.5.1"sv, no_alternate},
  // 504: RFC 5321 §4.3.2; RFC 4954 §4 (unsupported AUTH mechanism)
  {reply_code::parameter_not_implemented, "parameter_not_implemented"sv, "Command Parameter Not Implemented"sv,
   "The server does not implement a parameter of the command. In reply to AUTH it means the requested SASL mechanism is not supported or cannot be used now, for example because it needs encryption."sv,
   "It most often arrives in reply to AUTH naming a mechanism the server did not advertise, and sometimes in reply to EHLO, HELO, VRFY, EXPN, HELP or MAIL with an argument the server does not handle."sv,
   "Choose an AUTH mechanism from the list in the server's EHLO reply, or send the command without the unsupported parameter."sv,
   "RFC 5321 §4.2.3, §4.3.2; RFC 4954 §4; RFC 4141"sv,
   command_set{C::ehlo | C::helo | C::vrfy | C::expn | C::help | C::auth | C::mail}, "HELO EHLO AUTH MAIL VRFY EXPN HELP"sv, false, spec_status::standard,
   "5.5.4"sv, no_alternate},
  // 521: RFC 7504 §3 (host never accepts mail)
  {reply_code::host_does_not_accept_mail, "host_does_not_accept_mail"sv, "Host Does Not Accept Mail"sv,
   "The host never accepts mail under any circumstances; it runs a minimal SMTP server only to tell senders so. It is not meant for refusing particular senders or messages, which is what 554 is for."sv,
   "It arrives instead of the 220 greeting; later commands may get 521 again, or the server may simply close the connection."sv,
   "Do not retry this host. Try the next MX host if the domain has one; otherwise return the message to the sender, and the domain owner should stop pointing MX records at this host."sv,
   "RFC 7504 §3, §5.1; RFC 6409 §7"sv, any_command, "ANY"sv, false, spec_status::standard, "5.3.2"sv, no_alternate},
  // 530: STARTTLS required (RFC 3207 §4); authentication required (RFC 4954 §6, RFC 6409 §4.3, RFC 2645 §5.2.1)
  {reply_code::security_required, "security_required"sv, "STARTTLS Required"sv,
   "The server requires an encrypted session, so the client must issue STARTTLS before the command can be accepted. The same code is used when server policy requires authentication first, for example on a submission port or before ATRN."sv,
   "It arrives in reply to commands such as MAIL, RCPT or AUTH sent before the session is encrypted, or before it is authenticated, on a server whose policy demands it."sv,
   "Send STARTTLS, complete the TLS handshake, send EHLO again and repeat the command. If the server's EHLO reply does not list STARTTLS, a firewall or proxy on the path may remove it, or the port offers none: for submission, use port 587 with STARTTLS or 465 with implicit TLS. If the reply text asks for authentication instead, authenticate with AUTH and repeat the command."sv,
   "RFC 3207 §4; RFC 4954 §6; RFC 6409 §4.3; RFC 2645 §5.2.1"sv,
   command_set{C::helo | C::starttls | C::auth | C::mail | C::rcpt | C::data | C::bdat | C::rset |
       C::vrfy | C::expn | C::help | C::etrn | C::atrn | C::burl}, "HELO STARTTLS AUTH MAIL RCPT DATA BDAT RSET VRFY EXPN HELP ETRN ATRN BURL"sv,
   false, spec_status::standard, "5.7.0"sv,
   {command_set{C::starttls | C::mail | C::rcpt | C::data | C::bdat | C::vrfy | C::expn | C::help |
        C::etrn | C::atrn | C::burl},
    "Authentication Required"sv,
    "Server policy requires the client to authenticate before the command is accepted, as message submission servers and On-Demand Mail Relay providers do."sv,
    "Authenticate with AUTH, over TLS if the server requires it, and then repeat the command."sv,
    "RFC 4954 §6; RFC 6409 §4.3; RFC 2645 §5.2.1"sv}},
  // 534: RFC 4954 §6 (AUTH)
  {reply_code::auth_mechanism_too_weak, "auth_mechanism_too_weak"sv, "Authentication Mechanism Too Weak"sv,
   "The selected authentication mechanism is weaker than server policy permits for this user."sv,
   "It arrives in reply to AUTH, for example when a plaintext mechanism is used where policy asks for a stronger one."sv,
   "Retry AUTH with a stronger mechanism from the list the server advertised; the problem is the mechanism, not the password."sv,
   "RFC 4954 §6"sv, command_set{C::auth}, "AUTH"sv, false, spec_status::standard, "5.7.9"sv, no_alternate},
  // 535: RFC 4954 §4, §6 (AUTH, default failure)
  {reply_code::auth_credentials_invalid, "auth_credentials_invalid"sv, "Authentication Credentials Invalid"sv,
   "Authentication failed because the credentials were invalid or insufficient. It is the default reply when a server cannot authenticate the client."sv,
   "It arrives in reply to AUTH, usually after the last response of the exchange, when the user name or password is wrong."sv,
   "Ask the user for new credentials and issue AUTH again, or try another mechanism. Do not keep repeating credentials that have already failed, because servers may close the connection after several failures."sv,
   "RFC 4954 §4, §6"sv, command_set{C::auth}, "AUTH"sv, false, spec_status::standard, "5.7.8"sv, no_alternate},
  // 538: RFC 4954 §6, §15 (deprecated)
  {reply_code::encryption_required_for_mechanism, "encryption_required_for_mechanism"sv, "Encryption Required for Mechanism"sv,
   "The selected authentication mechanism may only be used on an encrypted connection. RFC 4954 keeps this code for historical purposes only, because current servers should not advertise such mechanisms before encryption is active."sv,
   "It arrives in reply to AUTH sent over an unencrypted connection, from older servers."sv,
   "Issue STARTTLS, send EHLO again, and then repeat AUTH over the encrypted connection."sv,
   "RFC 4954 §6, §15"sv, command_set{C::auth}, "AUTH"sv, false, spec_status::deprecated, "5.7.11"sv, no_alternate},
  // 550: RFC 5321 §3.4, §4.2.3, §4.3.2 and the extensions that use it
  {reply_code::mailbox_unavailable, "mailbox_unavailable"sv, "Mailbox Unavailable"sv,
   "The requested action was not taken because the mailbox is unavailable, for example it does not exist, the client has no access to it, or the command was rejected for policy reasons. Many servers also use it for spam, reputation and SPF or DMARC rejections."sv,
   "It most often arrives in reply to RCPT for an unknown address, and also in reply to MAIL, the end of message data, VRFY or EXPN when the server refuses for policy reasons."sv,
   "Check the recipient address for typing errors and remove it from your list if it does not exist. If the text or enhanced code points to policy or reputation, fix the sending setup, such as SPF, DKIM, DMARC, reverse DNS or a blocklisted IP address, before sending again."sv,
   "RFC 5321 §3.4, §4.1.4, §4.2.3, §4.3.2; RFC 6531 §3.5, §3.7.4; RFC 7505 §4.1; RFC 7293 §5.1; RFC 6409 §6.1, §6.2, §6.3; RFC 7208 §8.4, §8.7; RFC 7372 §3; RFC 8617 §10.4; RFC 8689 §7"sv,
   command_set{C::ehlo | C::helo | C::mail | C::rcpt | C::end_of_data | C::vrfy | C::expn}, "HELO EHLO MAIL RCPT END-OF-DATA VRFY EXPN"sv, false, spec_status::standard,
   "5.1.1 5.7.1"sv, no_alternate},
  // 551: RFC 5321 §3.4, §7.4 (text carries the forward-path)
  {reply_code::user_not_local, "user_not_local"sv, "User Not Local"sv,
   "The recipient is not local to this server and the server will not forward the message. The reply text usually gives the forward-path to try instead."sv,
   "It arrives in reply to RCPT or VRFY for a user who has moved, on servers that still report new addresses; many sites disable this for privacy."sv,
   "Resend the message to the address given in the reply text, after checking that it is plausible, and update your records. If no address is given, return the message to the sender."sv,
   "RFC 5321 §3.4, §4.2.3, §4.3.2, §7.4"sv, command_set{C::rcpt | C::vrfy}, "RCPT VRFY"sv, false, spec_status::standard, "5.1.6 5.7.1"sv, no_alternate},
  // 552: RFC 5321 §4.5.3.1.10 (treat as 452 on RCPT); RFC 1870 §6 (SIZE, permanent)
  {reply_code::exceeded_storage_allocation, "exceeded_storage_allocation"sv, "Exceeded Storage Allocation"sv,
   "The action was aborted because a storage limit was exceeded: the message is larger than the server's fixed maximum size, or the recipient's mailbox is full. On RCPT some servers still use it for too many recipients, which RFC 5321 says to treat as the temporary 452."sv,
   "It arrives in reply to MAIL when the declared size exceeds the server's maximum, in reply to RCPT for a recipient who cannot take the message or when the recipient limit is reached, or after the end of message data."sv,
   "A size refusal is permanent, so send a smaller message, for example with links instead of large attachments. For a full mailbox the recipient must free space; for too many recipients, send the refused recipients in a new transaction as after 452."sv,
   "RFC 5321 §4.2.3, §4.3.2, §4.5.3.1.9, §4.5.3.1.10; RFC 1870 §6; RFC 6710 §4.1; RFC 4865 §6; RFC 4468 §6"sv,
   command_set{C::mail | C::rcpt | C::end_of_data}, "MAIL RCPT END-OF-DATA"sv, false, spec_status::standard, "5.2.2 5.2.3 5.3.4"sv, no_alternate},
  // 553: RFC 5321 §4.2.3, §4.3.2; RFC 6531 §3.5
  {reply_code::mailbox_name_not_allowed, "mailbox_name_not_allowed"sv, "Mailbox Name Not Allowed"sv,
   "The action was not taken because the mailbox name is not allowed, usually because its syntax is wrong. SMTPUTF8 servers also use it for a recipient that needs an ASCII address."sv,
   "It arrives in reply to MAIL or RCPT with a malformed or refused address, and in reply to VRFY for a name the server will not accept."sv,
   "Correct the address, for example remove spaces or invalid characters and give a full domain name, then send again. Some servers also use it to refuse relaying, so if the address is correct, check that the client is allowed to relay or has authenticated."sv,
   "RFC 5321 §4.2.3, §4.3.2; RFC 6531 §3.5"sv, command_set{C::mail | C::rcpt | C::vrfy}, "MAIL RCPT VRFY"sv, false, spec_status::standard,
   "5.1.3 5.1.7 5.6.7"sv, no_alternate},
  // 554: RFC 5321 §3.1 (greeting), §3.3 (DATA); RFC 3207 §4.1 (inadequate TLS)
  {reply_code::transaction_failed, "transaction_failed"sv, "Transaction Failed"sv,
   "The transaction failed, or, when sent as the greeting, the server will not provide SMTP service to this client. It is a general permanent refusal, used for example for rejected message content or for a session whose TLS security is inadequate."sv,
   "It arrives instead of the 220 greeting, in reply to DATA when no recipient was accepted, after the end of message data, or in reply to any command once the server has judged the negotiated TLS too weak."sv,
   "After a 554 greeting the server still waits for QUIT and answers other commands with 503, so send QUIT and try another host, or fix the cause named in the text, often a blocklisted IP address. After the message data, change whatever the text or enhanced code says caused the rejection, and do not resend the same message unchanged."sv,
   "RFC 5321 §3.1, §3.3, §4.2.3, §4.3.2; RFC 3207 §4.1; RFC 6409 §4.1, §4.2; RFC 6531 §3.5; RFC 4468 §6"sv,
   any_command, "ANY"sv, false, spec_status::standard, "5.7.1 5.3.0"sv, no_alternate},
  // 555: RFC 5321 §4.1.1.11 (MAIL/RCPT parameters); RFC 2852 §4
  {reply_code::parameters_not_recognized, "parameters_not_recognized"sv, "Parameters Not Recognized"sv,
   "A parameter given on MAIL FROM or RCPT TO is not recognised or not implemented by the server. The refusal is permanent for this server."sv,
   "It arrives in reply to MAIL or RCPT carrying an extension parameter the server did not advertise, such as SIZE, BODY or DSN parameters sent to a server without those extensions."sv,
   "Send only parameters of extensions listed in the server's EHLO reply, and make sure the session began with EHLO rather than HELO before adding any."sv,
   "RFC 5321 §4.1.1.11, §4.2.2, §4.2.3, §4.3.2; RFC 2852 §4"sv, command_set{C::mail | C::rcpt}, "MAIL RCPT"sv, false, spec_status::standard,
   "5.5.4"sv, no_alternate},
  // 556: RFC 7504 §4, RFC 7505 §4.1 (null MX)
  {reply_code::domain_does_not_accept_mail, "domain_does_not_accept_mail"sv, "Domain Does Not Accept Mail"sv,
   "A relay or submission server knows, without trying to connect, that the recipient's domain accepts no mail, usually because the domain publishes a null MX record."sv,
   "It arrives in reply to RCPT, or another command carrying a forward-path, for an address in such a domain."sv,
   "Treat it like any other permanent failure: correct or remove the address, because mail to that domain cannot be delivered."sv,
   "RFC 7504 §4, §5.1; RFC 7505 §4.1"sv, command_set{C::rcpt}, "RCPT"sv, false, spec_status::standard, "5.1.10"sv, no_alternate},
}};
// clang-format on

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
