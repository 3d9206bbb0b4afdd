// Data: the basic reply-code table (one row per RFC-defined code, sorted by
// code) and the class/category tables. Included by registry.hpp only.
// Texts are the project's own words, checked against the RFC sections named
// in each row's reference.
#ifndef SMTPCODES_DETAIL_REPLY_TABLE_HPP
#define SMTPCODES_DETAIL_REPLY_TABLE_HPP

#include <array>

namespace smtpcodes {
inline namespace v1 {
namespace detail {

using C = smtp_command;

// clang-format off
inline constexpr std::array<class_info, 6> class_table{{
  {reply_class::unknown, "unknown", "Unknown", "Malformed",
   "The number is not a valid SMTP reply code, because a reply code has exactly three digits and its first digit is 2, 3, 4 or 5.",
   "Treat the reply as a fatal error for this transaction and end it, as RFC 5321 section 4.2 advises for first digits outside 2 to 5."},
  {reply_class::positive_preliminary, "positive_preliminary", "Positive Preliminary", "1xx Positive Preliminary",
   "The server accepted the request but waits for confirmation before acting on it; RFC 821 defined this class and current SMTP does not use it.",
   "Wait for the final reply; an SMTP client that did not negotiate an extension using 1xx replies should end the transaction."},
  {reply_class::positive_completion, "positive_completion", "Positive Completion", "2xx Positive Completion",
   "The requested action was completed successfully, and the client may send the next command.",
   "No fix is needed; continue with the next step of the session."},
  {reply_class::positive_intermediate, "positive_intermediate", "Positive Intermediate", "3xx Positive Intermediate",
   "The server accepted the command and is waiting for more information, such as the message body or an authentication response.",
   "Send the information the server asked for to complete the command."},
  {reply_class::transient_negative, "transient_negative", "Transient Negative", "4xx Transient Negative",
   "The request was not carried out, but the condition is temporary and the same request may succeed if it is tried again later.",
   "Keep the message queued and retry later; if the same reply keeps coming back for days, report the delay to the sender."},
  {reply_class::permanent_negative, "permanent_negative", "Permanent Negative", "5xx Permanent Negative",
   "The request was not carried out and repeating it unchanged will fail again.",
   "Do not repeat the same request; correct the command, the address or the message first, or return the message to the sender."},
}};

inline constexpr std::array<category_info, 7> category_table{{
  {reply_category::syntax, "syntax", "Syntax",
   "The second digit 0 covers syntax errors, commands that fit no other category, and commands the server does not implement."},
  {reply_category::information, "information", "Information",
   "The second digit 1 covers replies to requests for information, such as status or help."},
  {reply_category::connections, "connections", "Connections",
   "The second digit 2 covers replies about the transmission channel, the connection itself."},
  {reply_category::unspecified_3, "unspecified_3", "Unspecified",
   "RFC 5321 leaves the second digit 3 without a category; extensions use it, for example for authentication replies."},
  {reply_category::unspecified_4, "unspecified_4", "Unspecified",
   "RFC 5321 leaves the second digit 4 without a category."},
  {reply_category::mail_system, "mail_system", "Mail System",
   "The second digit 5 covers the state of the receiving mail system with respect to the requested transfer or other mail-system action."},
  {reply_category::unknown, "unknown", "Unknown",
   "RFC 5321 defines no category for this second digit, and a reply line with a second digit from 6 to 9 is not valid SMTP syntax."},
}};

inline constexpr reply_info unregistered_row{
  reply_code{0}, "unregistered", "Unregistered Reply",
  "No RFC defines this reply code, so only its first digit carries meaning.",
  "You see it when a server sends a number that no SMTP specification defines.",
  "Act on the first digit of the code, as RFC 5321 section 4.3.2 requires of clients.",
  "RFC 5321 §4.2.1, §4.3.2", any_command, false, spec_status::standard, "", {}};

inline constexpr std::array<reply_info, 39> reply_table{{
  // 211: RFC 5321 §4.2.2, §4.2.3, §4.3.2 (HELP)
  {reply_code::system_status, "system_status", "System Status",
   "The server reports its status or gives a help reply; the text is informational and the request succeeded.",
   "You see it in reply to HELP, or to a status request on servers that support one.",
   "No fix is needed; read the text if you asked for status information.",
   "RFC 5321 §4.2.2, §4.2.3, §4.3.2", command_set{} | C::help, false, spec_status::standard, "", {}},
  // 214: RFC 5321 §4.2.2, §4.2.3, §4.3.2 (HELP)
  {reply_code::help_message, "help_message", "Help Message",
   "The server returns help text about using the server or about a particular command, including non-standard ones. The text is meant for a person to read, not for a program to parse.",
   "It arrives in reply to a HELP command, with or without an argument naming a command.",
   "No fix is needed. Show the text to the user who asked for it, and base no program decision on its wording.",
   "RFC 5321 §4.2.2, §4.2.3, §4.3.2", command_set{} | C::help, false, spec_status::standard, "2.0.0", {}},
  // 220: greeting (RFC 5321 §3.1, §4.3.1) and STARTTLS go-ahead (RFC 3207 §4)
  {reply_code::service_ready, "service_ready", "Service Ready",
   "The server is ready to accept commands. As the first reply on a new connection it is the greeting and starts with the server's domain name; as the reply to STARTTLS it means the server is ready for the TLS handshake.",
   "A client sees it right after the connection opens, and again in reply to STARTTLS when the server agrees to start TLS.",
   "No fix is needed. After the greeting, send EHLO (or HELO for an old server); after a 220 to STARTTLS, start the TLS handshake before sending any other command, then send EHLO again over the encrypted channel.",
   "RFC 5321 §3.1, §4.2, §4.2.3, §4.3.1, §4.3.2; RFC 3207 §4", C::connect | C::starttls, false, spec_status::standard, "", {}},
  // 221: RFC 5321 §3.8 (QUIT)
  {reply_code::service_closing, "service_closing", "Closing Connection",
   "The server accepts the end of the session and closes the transmission channel after sending this reply.",
   "It arrives in reply to QUIT, at the normal end of a session.",
   "No fix is needed; the session is over, so close the connection on your side as well.",
   "RFC 5321 §3.8, §4.2.3, §4.3.2", command_set{} | C::quit, true, spec_status::standard, "2.0.0", {}},
  // 235: RFC 4954 §4, §6 (AUTH)
  {reply_code::auth_succeeded, "auth_succeeded", "Authentication Succeeded",
   "The SASL authentication exchange is complete and the server accepted the client's identity. No further AUTH command is allowed in this session.",
   "It arrives as the final reply to AUTH, either at once or after one or more 334 challenges.",
   "No fix is needed; go on with the mail transaction. If the exchange negotiated a SASL security layer, the session returns to its initial state, so send EHLO again before any other command.",
   "RFC 4954 §4, §6", command_set{} | C::auth, false, spec_status::standard, "2.7.0", {}},
  // 250: RFC 5321 §4.2.3, §4.3.2; ETRN (RFC 1985), ATRN (RFC 2645), BDAT (RFC 3030)
  {reply_code::ok, "ok", "Requested Action Completed",
   "The requested action was completed. After the end of the message data it means the server has taken over responsibility for delivering the message; after ETRN it only means that a queue run was started.",
   "It arrives in reply to most successful commands, such as EHLO, MAIL, RCPT, RSET, NOOP and the end of message data; the reply to EHLO is usually multiline and lists the supported extensions.",
   "No fix is needed; send the next command. After a 250 to the end of the message data, the client may remove the message from its queue for the recipients the server accepted.",
   "RFC 5321 §4.2.3, §4.3.2; RFC 3030 §2; RFC 4468 §6; RFC 1985 §5.1; RFC 2645 §5.2.1; RFC 6710 §4.1",
   command_set{} | C::helo | C::ehlo | C::mail | C::rcpt | C::end_of_data | C::bdat | C::rset | C::vrfy |
       C::expn | C::noop | C::etrn | C::atrn | C::burl,
   false, spec_status::standard, "2.0.0 2.1.0 2.1.5", {}},
  // 251: RFC 5321 §3.4 (RCPT, VRFY); ETRN meaning from RFC 1985 §5.1
  {reply_code::user_not_local_will_forward, "user_not_local_will_forward", "User Not Local; Will Forward",
   "The server accepts the recipient although the mailbox is not local, and will forward the message to the forward-path given in the reply text. After ETRN the same number means that no messages are waiting for the node named in the command.",
   "It arrives in reply to RCPT or VRFY for a user who is served elsewhere, and in reply to ETRN when nothing is queued for the node.",
   "No fix is needed, because the server forwards the message itself. You may update your records to the address shown in the text, although nothing requires it.",
   "RFC 5321 §3.4, §4.2.3, §4.3.2, §7.4; RFC 1985 §5.1; RFC 6531 §3.7.4.1",
   C::rcpt | C::vrfy | C::etrn, false, spec_status::standard, "2.1.5",
   {command_set{} | C::etrn, "No Messages Waiting for Node",
    "The server accepted the ETRN request but has no messages queued for the node named in the command.",
    "No fix is needed; nothing is waiting, so there is no point in repeating ETRN until new mail may have arrived.",
    "RFC 1985 §5.1"}},
  // 252: RFC 5321 §3.5.3, §7.3 (VRFY, EXPN); ETRN meaning from RFC 1985 §5.1
  {reply_code::cannot_verify_user, "cannot_verify_user", "Cannot Verify User",
   "The server cannot or will not confirm the address, often because VRFY and EXPN are disabled for privacy, but it will accept a message for it and attempt delivery. After ETRN the same number means the server has messages pending for the node and has started sending them.",
   "It arrives in reply to VRFY or EXPN on servers that do not disclose their users, and in reply to ETRN when mail is queued for the node and its delivery has begun.",
   "No fix is needed. The reply does not say whether the mailbox exists, so send the message and rely on the reply to RCPT rather than treating 252 as a confirmation.",
   "RFC 5321 §3.5.3, §4.2.3, §4.3.2, §7.3; RFC 6531 §3.7.4.2; RFC 1985 §5.1",
   C::vrfy | C::expn | C::etrn, false, spec_status::standard, "2.0.0",
   {command_set{} | C::etrn, "Pending Messages for Node Started",
    "The server accepted the ETRN request, has messages pending for the node, and has started to send them.",
    "No fix is needed; expect the server to open a new connection to the node and deliver the queued messages.",
    "RFC 1985 §5.1"}},
  // 253: RFC 1985 §5.1 (ETRN only)
  {reply_code::etrn_queue_started, "etrn_queue_started", "Pending Messages for Node Started",
   "The server accepted the ETRN request, has messages pending for the node, and has started to send them. The reply text states how many messages are pending and names the node.",
   "It arrives only in reply to ETRN, from servers that report the number of messages queued for the node.",
   "No fix is needed; expect the server to open a new connection to the node and deliver the queued messages. Sending ETRN again later shows whether any messages are still pending.",
   "RFC 1985 §5.1", command_set{} | C::etrn, false, spec_status::standard, "2.5.0", {}},
  // 334: RFC 4954 §4 (AUTH challenge)
  {reply_code::auth_challenge, "auth_challenge", "Authentication Challenge",
   "The server continues the SASL authentication exchange, and the text after the code is only a base64-encoded challenge. An empty challenge is sent as the code followed by a single space, and challenge lines may be much longer than the usual 512-octet reply limit.",
   "It arrives in reply to AUTH, and to each client response, while the chosen mechanism needs another round.",
   "Decode the challenge and send the mechanism's base64-encoded response on a line of its own, or send a single '*' to cancel the exchange. Do not apply the normal reply line limit to these lines.",
   "RFC 4954 §4", command_set{} | C::auth, false, spec_status::standard, "", {}},
  // 354: RFC 5321 §3.3 (DATA)
  {reply_code::start_mail_input, "start_mail_input", "Start Mail Input",
   "The server is ready to receive the message content. The client sends the message and ends it with a line that holds a single dot, that is <CRLF>.<CRLF>.",
   "It arrives in reply to DATA once the server has accepted at least one recipient.",
   "Send the header and body, adding an extra dot to any line that starts with a dot, then end with <CRLF>.<CRLF> and wait for the final reply. Never send message data before this reply has arrived.",
   "RFC 5321 §3.3, §4.2.3, §4.3.2", command_set{} | C::data, false, spec_status::standard, "", {}},
  // 355: RFC 1845 §3 (experimental CHECKPOINT extension, MAIL with TRANSID)
  {reply_code::checkpoint_offset, "checkpoint_offset", "Checkpoint Transaction Offset",
   "The server recognised the transaction identifier of an interrupted transaction and restored its state, as the experimental CHECKPOINT extension allows. The first word of the text is the octet offset, counted from zero, at which the message data should resume.",
   "It arrives in reply to a MAIL command that repeats the TRANSID of a transaction cut off during message transfer, on a server that advertised CHECKPOINT.",
   "Send DATA again and transmit the message without its first octets up to the given offset, not counting octets added by dot-stuffing. An offset of 0 means the whole message must be sent again.",
   "RFC 1845 §3", command_set{} | C::mail, false, spec_status::experimental, "", {}},
  // 421: RFC 5321 §3.8, §4.2, §4.3.2 (any command, unsolicited, or instead of the greeting)
  {reply_code::service_not_available, "service_not_available", "Service Not Available",
   "The service is not available and the server is closing the transmission channel, for example because it is shutting down or overloaded. The condition is temporary.",
   "It can arrive in reply to any command, unsolicited when the server must shut down, or instead of the 220 greeting when the server refuses new sessions for the moment.",
   "Expect the connection to close, keep the message queued and retry later, trying another MX host if the domain has one. Nothing in the message needs to change.",
   "RFC 5321 §3.8, §4.2, §4.2.3, §4.3.2", any_command, true, spec_status::standard, "4.3.2 4.7.0", {}},
  // 432: RFC 4954 §6 (AUTH)
  {reply_code::password_transition_needed, "password_transition_needed", "Password Transition Needed",
   "The user has to move to the authentication mechanism the client selected, which is usually done by authenticating once with the PLAIN mechanism. After that, the selected mechanism should work in later sessions.",
   "It arrives in reply to AUTH when the account is not yet set up for the selected mechanism.",
   "Authenticate once with PLAIN over a TLS-protected connection, then use the selected mechanism in later sessions.",
   "RFC 4954 §6", command_set{} | C::auth, false, spec_status::standard, "4.7.12", {}},
  // 450: RFC 5321 §4.2.3, §4.3.2; RFC 6710 §4.1 (priority); RFC 2645 §5.2.1 (ATRN)
  {reply_code::mailbox_unavailable_transient, "mailbox_unavailable_transient", "Mailbox Temporarily Unavailable",
   "The requested mail action was not taken because the mailbox is unavailable for now, for example busy, locked or temporarily blocked by policy. Greylisting servers commonly use it as well.",
   "It usually arrives in reply to RCPT, and sometimes in reply to MAIL, after the end of message data, or in reply to ATRN when the provider refuses the request.",
   "Keep the message queued and retry later; a greylisting server accepts the retry after a few minutes. If the reply persists for days, return the message to the sender.",
   "RFC 5321 §4.2.3, §4.3.2; RFC 6710 §4.1; RFC 2645 §5.2.1",
   C::mail | C::rcpt | C::end_of_data | C::atrn, false, spec_status::standard, "4.2.0 4.7.1", {}},
  // 451: RFC 5321 §3.8, §4.2.2, §4.2.3, §4.3.2
  {reply_code::local_error, "local_error", "Local Error in Processing",
   "The server aborted the requested action because of a local error, such as a failed DNS or database lookup or an internal fault. A client whose connection drops unexpectedly should act as if it had received this reply.",
   "It arrives in reply to MAIL, RCPT, the end of message data, BURL or ATRN when the server hits a temporary internal problem.",
   "Keep the message queued and retry later, because the problem is on the server side. If it persists, the server operator should check the server's logs.",
   "RFC 5321 §3.8, §4.2.2, §4.2.3, §4.3.2; RFC 4468 §6; RFC 2645 §5.2.1; RFC 7208 §8.6",
   command_set{} | C::mail | C::rcpt | C::end_of_data | C::burl | C::atrn, false, spec_status::standard,
   "4.3.0 4.4.3 4.7.1", {}},
  // 452: RFC 5321 §4.5.3.1.10 (too many recipients); RFC 1870 §6 (SIZE)
  {reply_code::insufficient_storage, "insufficient_storage", "Insufficient Storage",
   "The action was not taken because the server lacks storage for now, for example for a message of the declared size. It is also the correct reply when a transaction has more recipients than the server will accept.",
   "It arrives in reply to MAIL when the declared size cannot be stored at the moment, in reply to RCPT when the recipient limit is reached, or after the end of message data.",
   "For too many recipients, send the refused recipients in a new transaction once this one is complete. For a storage shortage, keep the message queued and retry later.",
   "RFC 5321 §4.2.3, §4.3.2, §4.5.3.1.9, §4.5.3.1.10; RFC 1870 §6.1, §6.2, §6.4",
   C::mail | C::rcpt | C::end_of_data, false, spec_status::standard, "4.3.1 4.5.3", {}},
  // 453: RFC 2645 §5.2.1 (ODMR ATRN)
  {reply_code::odmr_no_mail_queued, "odmr_no_mail_queued", "No Mail Queued",
   "An On-Demand Mail Relay provider refuses the ATRN request because none of the requested domains has mail waiting. The customer may use those domains; there is simply nothing to deliver.",
   "It arrives only in reply to ATRN on an On-Demand Mail Relay connection when the queues for the requested domains are empty.",
   "No action is needed; end the session with QUIT and send ATRN again in a later session, when mail may have arrived.",
   "RFC 2645 §5.2.1", command_set{} | C::atrn, false, spec_status::standard, "4.3.2", {}},
  // 454: STARTTLS (RFC 3207 §4) and AUTH (RFC 4954 §6)
  {reply_code::temporary_security_failure, "temporary_security_failure", "TLS Temporarily Unavailable",
   "In reply to STARTTLS it means the server cannot start TLS at the moment for a temporary reason. In reply to AUTH the same code means a temporary authentication failure on the server side, not wrong credentials.",
   "It arrives in reply to STARTTLS when the server's TLS setup is temporarily unusable, and in reply to AUTH when the server's authentication service fails for a while.",
   "After STARTTLS, decide by local policy whether to continue without encryption, retry later, or give up and return the message; a client that requires TLS should retry later. After AUTH, follow the advice for the authentication meaning.",
   "RFC 3207 §4; RFC 4954 §6", C::starttls | C::auth, false, spec_status::standard, "4.7.0",
   {command_set{} | C::auth, "Temporary Authentication Failure",
    "The authentication attempt failed because of a temporary problem on the server, not because the credentials are wrong.",
    "Retry authentication later and tell the user that the server failed; do not ask the user for the password again.",
    "RFC 4954 §6"}},
  // 455: RFC 5321 §4.1.1.11 (MAIL/RCPT parameters); RFC 2852 §4 (DELIVERBY)
  {reply_code::unable_to_accommodate_parameters, "unable_to_accommodate_parameters", "Server Unable to Accommodate",
   "The server recognises a parameter given on MAIL or RCPT but cannot honour it at the moment. The condition is temporary; a parameter's own specification may name a different code.",
   "It arrives in reply to MAIL or RCPT carrying an extension parameter, such as a DELIVERBY time the server cannot meet right now.",
   "Retry the transaction later, or send it without the parameter if the message does not depend on it.",
   "RFC 5321 §4.1.1.11, §4.2.2, §4.2.3, §4.3.2; RFC 2852 §4", C::mail | C::rcpt, false, spec_status::standard,
   "", {}},
  // 458: RFC 1985 §5.1 (ETRN only)
  {reply_code::etrn_unable_to_queue, "etrn_unable_to_queue", "Unable to Queue Messages for Node",
   "The server supports ETRN but did not start a queue run for the node named in the command, for a local reason.",
   "It arrives only in reply to ETRN, most often because the client is not on the list of hosts the server accepts ETRN from for that node.",
   "Check that the node name is the one agreed with the provider and try ETRN again later. If it keeps failing, ask the server operator to allow ETRN for your node; queued mail still follows the server's normal retry schedule.",
   "RFC 1985 §5.1", command_set{} | C::etrn, false, spec_status::standard, "4.5.0", {}},
  // 459: RFC 1985 §5.1 (ETRN only)
  {reply_code::etrn_node_not_allowed, "etrn_node_not_allowed", "Node Not Allowed",
   "The server refuses to start the queue for the named node, and the reply text gives the reason, for example that the name cannot be resolved.",
   "It arrives only in reply to ETRN when the server's policy does not let this client release mail for that node.",
   "Read the reason in the text, correct the node name or option character if it is wrong, or ask the server operator to permit ETRN for the node.",
   "RFC 1985 §5.1", command_set{} | C::etrn, false, spec_status::standard, "4.5.0", {}},
  // 500: RFC 5321 §4.2.4, §4.3.2 (any command); RFC 4954 §4 (AUTH line too long)
  {reply_code::syntax_error, "syntax_error", "Syntax Error, Command Unrecognized",
   "The server did not recognise the command, or the command line was too long. During AUTH the same code reports a client response longer than the server's authentication buffer.",
   "It can arrive in reply to any command, typically after a misspelled or unknown verb, an over-long line, or text sent while the server expected a command.",
   "Check the spelling of the command and keep command lines within 512 octets including CRLF unless an extension allows more. If EHLO gets 500, the server is an old one, so fall back to HELO.",
   "RFC 5321 §4.2.3, §4.2.4, §4.3.2, §4.5.3.1.9; RFC 4954 §4, §6", any_command, false, spec_status::standard,
   "5.5.1 5.5.2 5.5.6", {}},
  // 501: RFC 5321 §4.1.4, §4.3.2 (any command) and the extensions that use it
  {reply_code::syntax_error_in_parameters, "syntax_error_in_parameters", "Syntax Error in Parameters",
   "The command was recognised but its arguments are malformed or not allowed, for example a badly formed address, an argument to a command that takes none, or an AUTH response that is not valid base64. The server stays in the state it was in before the command.",
   "It can arrive in reply to any command, most often MAIL, RCPT, EHLO or HELO with a badly formed argument, STARTTLS with parameters, or AUTH after the client cancelled it with '*'.",
   "Correct the argument, for example put addresses in angle brackets and give a valid domain in EHLO, and send the command again. After a cancelled AUTH the reply only confirms the cancellation.",
   "RFC 5321 §4.1.4, §4.2.3, §4.3.2, §4.5.3.1.9; RFC 3207 §4; RFC 4954 §4; RFC 3461 §4.5, §5.1; RFC 2852 §4; RFC 6710 §4.1; RFC 4865 §4.2, §5.2.2; RFC 6409 §5.1; RFC 1985 §5.1",
   any_command, false, spec_status::standard, "5.5.2 5.5.4 5.1.3 5.1.7", {}},
  // 502: RFC 5321 §4.2.4 (recognised, not implemented); RFC 2645 §5.4
  {reply_code::command_not_implemented, "command_not_implemented", "Command Not Implemented",
   "The server recognises the command but does not implement it, or has disabled it, as many sites do with VRFY and EXPN.",
   "It arrives in reply to a recognised but unsupported command such as VRFY, EXPN, HELP or TURN, or to EHLO on very old servers; an On-Demand Mail Relay provider may answer every command other than EHLO, AUTH, ATRN and QUIT this way.",
   "Do not send that command to this server again; read the EHLO reply to see which extensions it offers, and fall back to HELO if EHLO itself gets 502.",
   "RFC 5321 §4.1.4, §4.2.3, §4.2.4, §4.3.2; RFC 2645 §5.4", any_command, false, spec_status::standard,
   "5.5.1", {}},
  // 503: RFC 5321 §3.1, §3.3, §4.1.4; RFC 4954 §4; RFC 3030 §2
  {reply_code::bad_sequence, "bad_sequence", "Bad Sequence of Commands",
   "The command is valid but not allowed at this point of the session, for example RCPT before MAIL, DATA without an accepted recipient, or AUTH during a transaction or after a successful AUTH. The server keeps the state it was in before the command.",
   "It arrives in reply to a command sent out of order, and in reply to every command other than QUIT after the server refused the session with a 554 greeting.",
   "Send the commands in the order SMTP requires: EHLO or HELO first, then MAIL, RCPT and DATA. If it follows a 554 greeting, send QUIT and try another host.",
   "RFC 5321 §3.1, §3.3, §4.1.4, §4.2.3, §4.3.2, §4.5.3.1.10; RFC 4954 §4; RFC 3030 §2; RFC 4468 §6",
   any_command, false, spec_status::standard, "5.5.1", {}},
  // 504: RFC 5321 §4.3.2; RFC 4954 §4 (unsupported AUTH mechanism)
  {reply_code::parameter_not_implemented, "parameter_not_implemented", "Command Parameter Not Implemented",
   "The server does not implement a parameter of the command. In reply to AUTH it means the requested SASL mechanism is not supported or cannot be used now, for example because it needs encryption.",
   "It most often arrives in reply to AUTH naming a mechanism the server did not advertise, and sometimes in reply to EHLO, HELO, VRFY, EXPN, HELP or MAIL with an argument the server does not handle.",
   "Choose an AUTH mechanism from the list in the server's EHLO reply, or send the command without the unsupported parameter.",
   "RFC 5321 §4.2.3, §4.3.2; RFC 4954 §4; RFC 4141",
   C::ehlo | C::helo | C::vrfy | C::expn | C::help | C::auth | C::mail, false, spec_status::standard,
   "5.5.4", {}},
  // 521: RFC 7504 §3 (host never accepts mail)
  {reply_code::host_does_not_accept_mail, "host_does_not_accept_mail", "Host Does Not Accept Mail",
   "The host never accepts mail under any circumstances; it runs a minimal SMTP server only to tell senders so. It is not meant for refusing particular senders or messages, which is what 554 is for.",
   "It arrives instead of the 220 greeting; later commands may get 521 again, or the server may simply close the connection.",
   "Do not retry this host. Try the next MX host if the domain has one; otherwise return the message to the sender, and the domain owner should stop pointing MX records at this host.",
   "RFC 7504 §3, §5.1; RFC 6409 §7", any_command, false, spec_status::standard, "5.3.2", {}},
  // 530: STARTTLS required (RFC 3207 §4); authentication required (RFC 4954 §6, RFC 6409 §4.3, RFC 2645 §5.2.1)
  {reply_code::security_required, "security_required", "STARTTLS Required",
   "The server requires an encrypted session, so the client must issue STARTTLS before the command can be accepted. The same code is used when server policy requires authentication first, for example on a submission port or before ATRN.",
   "It arrives in reply to commands such as MAIL, RCPT or AUTH sent before the session is encrypted, or before it is authenticated, on a server whose policy demands it.",
   "Send STARTTLS, complete the TLS handshake, send EHLO again and repeat the command. If the reply text asks for authentication instead, follow the advice for the authentication meaning.",
   "RFC 3207 §4; RFC 4954 §6; RFC 6409 §4.3; RFC 2645 §5.2.1",
   command_set{} | C::helo | C::starttls | C::auth | C::mail | C::rcpt | C::data | C::bdat | C::rset |
       C::vrfy | C::expn | C::help | C::etrn | C::atrn | C::burl,
   false, spec_status::standard, "5.7.0",
   {command_set{} | C::starttls | C::mail | C::rcpt | C::data | C::bdat | C::vrfy | C::expn | C::help |
        C::etrn | C::atrn | C::burl,
    "Authentication Required",
    "Server policy requires the client to authenticate before the command is accepted, as message submission servers and On-Demand Mail Relay providers do.",
    "Authenticate with AUTH, over TLS if the server requires it, and then repeat the command.",
    "RFC 4954 §6; RFC 6409 §4.3; RFC 2645 §5.2.1"}},
  // 534: RFC 4954 §6 (AUTH)
  {reply_code::auth_mechanism_too_weak, "auth_mechanism_too_weak", "Authentication Mechanism Too Weak",
   "The selected authentication mechanism is weaker than server policy permits for this user.",
   "It arrives in reply to AUTH, for example when a plaintext mechanism is used where policy asks for a stronger one.",
   "Retry AUTH with a stronger mechanism from the list the server advertised; the problem is the mechanism, not the password.",
   "RFC 4954 §6", command_set{} | C::auth, false, spec_status::standard, "5.7.9", {}},
  // 535: RFC 4954 §4, §6 (AUTH, default failure)
  {reply_code::auth_credentials_invalid, "auth_credentials_invalid", "Authentication Credentials Invalid",
   "Authentication failed because the credentials were invalid or insufficient. It is the default reply when a server cannot authenticate the client.",
   "It arrives in reply to AUTH, usually after the last response of the exchange, when the user name or password is wrong.",
   "Ask the user for new credentials and issue AUTH again, or try another mechanism. Do not keep repeating credentials that have already failed, because servers may close the connection after several failures.",
   "RFC 4954 §4, §6", command_set{} | C::auth, false, spec_status::standard, "5.7.8", {}},
  // 538: RFC 4954 §6, §15 (deprecated)
  {reply_code::encryption_required_for_mechanism, "encryption_required_for_mechanism", "Encryption Required for Mechanism",
   "The selected authentication mechanism may only be used on an encrypted connection. RFC 4954 keeps this code for historical purposes only, because current servers should not advertise such mechanisms before encryption is active.",
   "It arrives in reply to AUTH sent over an unencrypted connection, from older servers.",
   "Issue STARTTLS, send EHLO again, and then repeat AUTH over the encrypted connection.",
   "RFC 4954 §6, §15", command_set{} | C::auth, false, spec_status::deprecated, "5.7.11", {}},
  // 550: RFC 5321 §3.4, §4.2.3, §4.3.2 and the extensions that use it
  {reply_code::mailbox_unavailable, "mailbox_unavailable", "Mailbox Unavailable",
   "The requested action was not taken because the mailbox is unavailable, for example it does not exist, the client has no access to it, or the command was rejected for policy reasons. Many servers also use it for spam, reputation and SPF or DMARC rejections.",
   "It most often arrives in reply to RCPT for an unknown address, and also in reply to MAIL, the end of message data, VRFY or EXPN when the server refuses for policy reasons.",
   "Check the recipient address for typing errors and remove it from your list if it does not exist. If the text or enhanced code points to policy or reputation, fix the sending setup, such as SPF, DKIM, DMARC, reverse DNS or a blocklisted IP address, before sending again.",
   "RFC 5321 §3.4, §4.1.4, §4.2.3, §4.3.2; RFC 6531 §3.5, §3.7.4; RFC 7505 §4.1; RFC 7293 §5.1; RFC 6409 §6.1, §6.2, §6.3; RFC 7208 §8.4, §8.7; RFC 7372 §3; RFC 8617 §10.4; RFC 8689 §7",
   C::ehlo | C::helo | C::mail | C::rcpt | C::end_of_data | C::vrfy | C::expn, false, spec_status::standard,
   "5.1.1 5.7.1", {}},
  // 551: RFC 5321 §3.4, §7.4 (text carries the forward-path)
  {reply_code::user_not_local, "user_not_local", "User Not Local",
   "The recipient is not local to this server and the server will not forward the message. The reply text usually gives the forward-path to try instead.",
   "It arrives in reply to RCPT or VRFY for a user who has moved, on servers that still report new addresses; many sites disable this for privacy.",
   "Resend the message to the address given in the reply text, after checking that it is plausible, and update your records. If no address is given, return the message to the sender.",
   "RFC 5321 §3.4, §4.2.3, §4.3.2, §7.4", C::rcpt | C::vrfy, false, spec_status::standard, "5.1.6 5.7.1", {}},
  // 552: RFC 5321 §4.5.3.1.10 (treat as 452 on RCPT); RFC 1870 §6 (SIZE, permanent)
  {reply_code::exceeded_storage_allocation, "exceeded_storage_allocation", "Exceeded Storage Allocation",
   "The action was aborted because a storage limit was exceeded: the message is larger than the server's fixed maximum size, or the recipient's mailbox is full. On RCPT some servers still use it for too many recipients, which RFC 5321 says to treat as the temporary 452.",
   "It arrives in reply to MAIL when the declared size exceeds the server's maximum, in reply to RCPT for a recipient who cannot take the message or when the recipient limit is reached, or after the end of message data.",
   "A size refusal is permanent, so send a smaller message, for example with links instead of large attachments. For a full mailbox the recipient must free space; for too many recipients, send the refused recipients in a new transaction as after 452.",
   "RFC 5321 §4.2.3, §4.3.2, §4.5.3.1.9, §4.5.3.1.10; RFC 1870 §6; RFC 6710 §4.1; RFC 4865 §6; RFC 4468 §6",
   C::mail | C::rcpt | C::end_of_data, false, spec_status::standard, "5.2.2 5.2.3 5.3.4", {}},
  // 553: RFC 5321 §4.2.3, §4.3.2; RFC 6531 §3.5
  {reply_code::mailbox_name_not_allowed, "mailbox_name_not_allowed", "Mailbox Name Not Allowed",
   "The action was not taken because the mailbox name is not allowed, usually because its syntax is wrong. SMTPUTF8 servers also use it for a recipient that needs an ASCII address.",
   "It arrives in reply to MAIL or RCPT with a malformed or refused address, and in reply to VRFY for a name the server will not accept.",
   "Correct the address, for example remove spaces or invalid characters and give a full domain name, then send again. Some servers also use it to refuse relaying, so if the address is correct, check that the client is allowed to relay or has authenticated.",
   "RFC 5321 §4.2.3, §4.3.2; RFC 6531 §3.5", C::mail | C::rcpt | C::vrfy, false, spec_status::standard,
   "5.1.3 5.1.7 5.6.7", {}},
  // 554: RFC 5321 §3.1 (greeting), §3.3 (DATA); RFC 3207 §4.1 (inadequate TLS)
  {reply_code::transaction_failed, "transaction_failed", "Transaction Failed",
   "The transaction failed, or, when sent as the greeting, the server will not provide SMTP service to this client. It is a general permanent refusal, used for example for rejected message content or for a session whose TLS security is inadequate.",
   "It arrives instead of the 220 greeting, in reply to DATA when no recipient was accepted, after the end of message data, or in reply to any command once the server has judged the negotiated TLS too weak.",
   "After a 554 greeting the server still waits for QUIT and answers other commands with 503, so send QUIT and try another host, or fix the cause named in the text, often a blocklisted IP address. After the message data, change whatever the text or enhanced code says caused the rejection, and do not resend the same message unchanged.",
   "RFC 5321 §3.1, §3.3, §4.2.3, §4.3.2; RFC 3207 §4.1; RFC 6409 §4.1, §4.2; RFC 6531 §3.5; RFC 4468 §6",
   any_command, false, spec_status::standard, "5.7.1 5.3.0", {}},
  // 555: RFC 5321 §4.1.1.11 (MAIL/RCPT parameters); RFC 2852 §4
  {reply_code::parameters_not_recognized, "parameters_not_recognized", "Parameters Not Recognized",
   "A parameter given on MAIL FROM or RCPT TO is not recognised or not implemented by the server. The refusal is permanent for this server.",
   "It arrives in reply to MAIL or RCPT carrying an extension parameter the server did not advertise, such as SIZE, BODY or DSN parameters sent to a server without those extensions.",
   "Send only parameters of extensions listed in the server's EHLO reply, and make sure the session began with EHLO rather than HELO before adding any.",
   "RFC 5321 §4.1.1.11, §4.2.2, §4.2.3, §4.3.2; RFC 2852 §4", C::mail | C::rcpt, false, spec_status::standard,
   "5.5.4", {}},
  // 556: RFC 7504 §4, RFC 7505 §4.1 (null MX)
  {reply_code::domain_does_not_accept_mail, "domain_does_not_accept_mail", "Domain Does Not Accept Mail",
   "A relay or submission server knows, without trying to connect, that the recipient's domain accepts no mail, usually because the domain publishes a null MX record.",
   "It arrives in reply to RCPT, or another command carrying a forward-path, for an address in such a domain.",
   "Treat it like any other permanent failure: correct or remove the address, because mail to that domain cannot be delivered.",
   "RFC 7504 §4, §5.1; RFC 7505 §4.1", command_set{} | C::rcpt, false, spec_status::standard, "5.1.10", {}},
}};
// clang-format on

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
