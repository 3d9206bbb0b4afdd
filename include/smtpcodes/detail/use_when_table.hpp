// Data: for each registered code, in reply_table order, the one sentence a
// comparison page's "When to Use Which" gives it: the situation in which a
// server sends this code rather than another (RFC 5321 §4.2 and the RFCs of
// each row). English; catalogues translate it as code_text::use_when.
#ifndef SMTPCODES_DETAIL_USE_WHEN_TABLE_HPP
#define SMTPCODES_DETAIL_USE_WHEN_TABLE_HPP

#include <string_view>

#include "../registry.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

// clang-format off
inline constexpr std::string_view use_when_texts[reply_table.size()] = {
  /* 211 */ "Use it to answer a status request or HELP with information about the server itself.",
  /* 214 */ "Use it to answer HELP with text for a person, such as the commands the server accepts.",
  /* 220 */ "Use it as the greeting when the server is ready for a session, and to answer STARTTLS when the TLS handshake may begin.",
  /* 221 */ "Use it to answer QUIT at the normal end of a session, just before the server closes the connection.",
  /* 235 */ "Use it to end a successful AUTH exchange, once the server has accepted the client's identity.",
  /* 250 */ "Use it whenever a command succeeded and no more specific success reply applies; after the message data it means the server has taken over responsibility for delivery.",
  /* 251 */ "Use it when the server accepts a recipient that is not local and will forward the message itself.",
  /* 252 */ "Use it to answer VRFY or EXPN when the server will not confirm the address but will still accept mail for it.",
  /* 253 */ "Use it to answer ETRN when messages are queued for the node and their delivery has started, stating how many there are.",
  /* 334 */ "Use it during AUTH whenever the mechanism needs another challenge and response.",
  /* 354 */ "Use it to answer DATA when the server is ready to receive the message content.",
  /* 355 */ "Use it only with the CHECKPOINT extension, when a MAIL command resumes an interrupted transaction and the server says where the data should continue.",
  /* 421 */ "Use it when the server must close the session for a temporary reason, such as a shutdown or overload, whatever command is pending.",
  /* 432 */ "Use it to answer AUTH when the account must first move to the selected mechanism by authenticating once with PLAIN.",
  /* 450 */ "Use it when the mailbox cannot be used for now, for example because it is locked or because greylisting asks the client to come back later.",
  /* 451 */ "Use it when a temporary fault on the server, such as a failed lookup, stops the command.",
  /* 452 */ "Use it when the server is short of storage for now, or when a transaction has more recipients than the server will take.",
  /* 453 */ "Use it to answer ATRN when none of the requested domains has mail waiting.",
  /* 454 */ "Use it to answer STARTTLS or AUTH when TLS or the authentication service is temporarily unusable on the server side.",
  /* 455 */ "Use it when the server cannot honour a MAIL or RCPT parameter at the moment but may be able to later.",
  /* 458 */ "Use it to answer ETRN when the server will not start a queue run for the node for a local reason.",
  /* 459 */ "Use it to answer ETRN when policy does not let this client release mail for the node, giving the reason in the text.",
  /* 500 */ "Use it when the server does not recognise the command at all, or the command line is too long.",
  /* 501 */ "Use it when the command is recognised but its arguments are malformed or not allowed.",
  /* 502 */ "Use it when the server knows the command but does not implement it or has disabled it.",
  /* 503 */ "Use it when a valid command arrives at the wrong point of the session, such as RCPT before MAIL.",
  /* 504 */ "Use it when the command is supported but one of its parameters, such as the AUTH mechanism, is not.",
  /* 521 */ "Use it as the greeting of a host that never accepts mail, so that senders stop trying it.",
  /* 530 */ "Use it when policy requires STARTTLS, or authentication, before the command can be accepted.",
  /* 534 */ "Use it to answer AUTH when the chosen mechanism is weaker than the server's policy allows for this user.",
  /* 535 */ "Use it to answer AUTH when the credentials are wrong or insufficient.",
  /* 538 */ "Avoid it in new servers: it refuses a mechanism that needs encryption on an unencrypted connection, and current servers prevent that case by not advertising such mechanisms before STARTTLS.",
  /* 550 */ "Use it when the mailbox does not exist or the request is refused for good, for example by policy.",
  /* 551 */ "Use it when the recipient is not local and the server will not forward the message, ideally giving the new address in the text.",
  /* 552 */ "Use it when a message exceeds a fixed size limit or the recipient's storage for good.",
  /* 553 */ "Use it when the mailbox name itself is not acceptable, usually because its syntax is wrong.",
  /* 554 */ "Use it for a permanent refusal that no more specific code describes, such as rejected content or a refused session.",
  /* 555 */ "Use it when MAIL or RCPT carries a parameter the server does not recognise or implement.",
  /* 556 */ "Use it when a relay knows that the recipient's domain accepts no mail, for example because the domain publishes a null MX record.",
};
// clang-format on

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
