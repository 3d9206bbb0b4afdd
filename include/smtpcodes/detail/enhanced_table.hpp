// Data: the IANA enhanced status code registry (RFC 5248 §2.1), one row per
// enumerated code X.0.0 ... X.7.30, sorted by (subject, detail), plus the class
// texts of RFC 3463 §2. Included by enhanced_status.hpp. Names and basic
// code associations are the registry's; descriptions and advice are our words.
#ifndef SMTPCODES_DETAIL_ENHANCED_TABLE_HPP
#define SMTPCODES_DETAIL_ENHANCED_TABLE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "enhanced_types.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

using namespace std::string_view_literals;  // table strings: no strlen at compile time

/// Subject names of RFC 3463 §2 (IANA "Subject Sub-Codes"), indexed by subject.
inline constexpr std::size_t subject_count = 8;
inline constexpr std::string_view subject_names[subject_count] = {
    "Other or Undefined Status"sv,
    "Addressing Status"sv,
    "Mailbox Status"sv,
    "Mail System Status"sv,
    "Network and Routing Status"sv,
    "Mail Delivery Protocol Status"sv,
    "Message Content or Media Status"sv,
    "Security or Policy Status"sv,
};

// Rows are plain aggregates, in the field order of enhanced_status_info:
// subject, detail, subject name, registry title, reference, the associated
// basic codes with their count, "Any", the class wildcards ("4XX" is xx4),
// usage, deprecated, description, advice. A builder function per row cost
// every including file a constant evaluation per row; tests/static_tables.cpp
// validates the rows and tests/test_enhanced_status.cpp compares the
// associations with the IANA registry (tests/fixtures/reference).
inline constexpr std::uint8_t xx4 = 1u << 4, xx5 = 1u << 5;

// Short names for the usage column of the table below.
namespace use {
inline constexpr status_usage any = status_usage::any;
inline constexpr status_usage perm = status_usage::permanent_only;
inline constexpr status_usage trans = status_usage::transient_only;
inline constexpr status_usage perm_or_trans = status_usage::permanent_or_transient;
inline constexpr status_usage success_or_fail = status_usage::success_or_failure;
inline constexpr status_usage success = status_usage::success_only;
inline constexpr status_usage success_or_perm = status_usage::success_or_permanent;
}  // namespace use

// clang-format off
inline constexpr class_status_info class_status_table[4] = {
  {0, reply_class::unknown, "Unknown Class"sv,
   "The class digit is not 2, 4 or 5, so this is not a valid enhanced status code."sv,
   "Ignore the enhanced status and act on the basic reply code."sv},
  {2, reply_class::positive_completion, "Success"sv,
   "The delivery action or command succeeded; the subject and detail may add information, such as a conversion that was needed on the way."sv,
   "No action is needed."sv},
  {4, reply_class::transient_negative, "Persistent Transient Failure"sv,
   "The message as sent is valid, but a temporary condition that persisted stopped or delayed it, so sending it again later may succeed."sv,
   "Keep the message and retry later; tell the sender if the failure continues for a long time."sv},
  {5, reply_class::permanent_negative, "Permanent Failure"sv,
   "Sending the message again in its current form is unlikely to succeed; the message or the destination has to change first."sv,
   "Do not resend the message unchanged; correct the message or the address first, or return the message to the sender."sv},
};

inline constexpr std::array<enhanced_status_info, 81> enhanced_table{{
  // X.0.0
  {0, 0, subject_names[0], "Other undefined Status"sv, "RFC 3463 §3.1"sv,
   {{}}, 0, true, 0, use::any, false,
   "Only the class of the status is known; the server gave no subject or detail that says more about what happened."sv,
   "Act on the class and the basic reply code, and read the server's text for the actual reason."sv},
  // X.1.0
  {1, 0, subject_names[1], "Other address status"sv, "RFC 3463 §3.2"sv,
   {{}}, 0, false, 0, use::any, false,
   "Something about an address, the sender's or a recipient's, caused this status, and no more specific addressing code applies."sv,
   "Check the sender and recipient addresses for typing errors, and read the server's text to see which address it means."sv},
  // X.1.1
  {1, 1, subject_names[1], "Bad destination mailbox address"sv, "RFC 3463 §3.2"sv,
   {{451, 550}}, 2, false, 0, use::perm, false,
   "The recipient's mailbox does not exist at the destination: the part of the address before the @ sign is not known there."sv,
   "Check the recipient address for typing errors or ask the recipient for a current address; do not send to the same address again unchanged."sv},
  // X.1.2
  {1, 2, subject_names[1], "Bad destination system address"sv, "RFC 3463 §3.2"sv,
   {{}}, 0, false, 0, use::perm, false,
   "The destination system named in the recipient address does not exist or cannot accept mail, so the part of the address after the @ sign is not valid for mail."sv,
   "Check the domain part of the recipient address for typing errors and confirm that the domain receives mail."sv},
  // X.1.3
  {1, 3, subject_names[1], "Bad destination mailbox address syntax"sv, "RFC 3463 §3.2"sv,
   {{501}}, 1, false, 0, use::perm, false,
   "The recipient address is not syntactically valid; the error can be in any part of the address."sv,
   "Correct the format of the recipient address, for example stray spaces, missing angle brackets or invalid characters, and send again."sv},
  // X.1.4
  {1, 4, subject_names[1], "Destination mailbox address ambiguous"sv, "RFC 3463 §3.2"sv,
   {{}}, 0, false, 0, use::any, false,
   "The recipient address matches more than one mailbox at the destination, which can happen when the server maps addresses to mailboxes by approximate matching."sv,
   "Use the recipient's exact and complete address, so that it names a single mailbox."sv},
  // X.1.5
  {1, 5, subject_names[1], "Destination address valid"sv, "RFC 3463 §3.2"sv,
   {{250}}, 1, false, 0, use::success, false,
   "The recipient address was accepted as valid; this code belongs in positive replies and delivery reports."sv,
   "No action is needed."sv},
  // X.1.6
  {1, 6, subject_names[1], "Destination mailbox has moved, No forwarding address"sv, "RFC 3463 §3.2"sv,
   {{}}, 0, false, 0, use::perm, false,
   "The recipient address was valid at one time, but the destination no longer accepts mail for it and gives no forwarding address."sv,
   "Remove the address from your lists and get the recipient's new address by other means."sv},
  // X.1.7
  {1, 7, subject_names[1], "Bad sender's mailbox address syntax"sv, "RFC 3463 §3.2"sv,
   {{}}, 0, false, 0, use::any, false,
   "The sender address is not syntactically valid; the error can be in any part of the address."sv,
   "Correct the sender address configured in the mail client or sending system, and send again."sv},
  // X.1.8
  {1, 8, subject_names[1], "Bad sender's system address"sv, "RFC 3463 §3.2"sv,
   {{451, 501}}, 2, false, 0, use::any, false,
   "The domain of the sender address does not exist or cannot accept returned mail, so the part of the sender address after the @ sign is not valid for mail."sv,
   "Send from an address whose domain exists and receives mail, for example by fixing the domain's MX or address records in DNS."sv},
  // X.1.9
  {1, 9, subject_names[1], "Message relayed to non-compliant mailer"sv, "RFC 3886 §3.3.4"sv,
   {{}}, 0, false, 0, use::any, false,
   "The recipient address was valid, but the message was passed on to a system that does not support message tracking, so no further information about it is available."sv,
   "Treat the message as handed on; further status can only come from the operators of the next system."sv},
  // X.1.10
  {1, 10, subject_names[1], "Recipient address has null MX"sv, "RFC 7505 §4.1, §6; RFC 7504 §6"sv,
   {{556}}, 1, false, 0, use::any, false,
   "The recipient's domain publishes a null MX record, which declares that the domain accepts no mail at all."sv,
   "Do not retry; check the address for a misspelled domain and ask the recipient for an address in a domain that receives mail."sv},
  // X.2.0
  {2, 0, subject_names[2], "Other or undefined mailbox status"sv, "RFC 3463 §3.3"sv,
   {{}}, 0, false, 0, use::any, false,
   "The recipient's mailbox exists, but something about it caused this status, and no more specific mailbox code applies."sv,
   "Read the server's text for the reason; if the problem persists, contact the recipient by other means."sv},
  // X.2.1
  {2, 1, subject_names[2], "Mailbox disabled, not accepting messages"sv, "RFC 3463 §3.3"sv,
   {{}}, 0, false, 0, use::perm_or_trans, false,
   "The mailbox exists but is not accepting messages; this is permanent if it will never be enabled again and temporary if it is only suspended for now."sv,
   "After a temporary failure retry later; after a permanent one, stop sending to the address and contact the recipient by other means."sv},
  // X.2.2
  {2, 2, subject_names[2], "Mailbox full"sv, "RFC 3463 §3.3"sv,
   {{552}}, 1, false, 0, use::trans, false,
   "The recipient's mailbox is full because it has reached its quota or storage capacity; the recipient can make room by deleting messages."sv,
   "Retry later, and let the recipient know by other means if the mailbox stays full."sv},
  // X.2.3
  {2, 3, subject_names[2], "Message length exceeds administrative limit"sv, "RFC 3463 §3.3"sv,
   {{552}}, 1, false, 0, use::perm, false,
   "The message is larger than a size limit set for this particular mailbox, which is lower than the limit of the system as a whole."sv,
   "Send a smaller message, for example by sharing large attachments through a link."sv},
  // X.2.4
  {2, 4, subject_names[2], "Mailing list expansion problem"sv, "RFC 3463 §3.3"sv,
   {{450, 452}}, 2, false, 0, use::perm_or_trans, false,
   "The address is a mailing list, and the list could not be expanded into its member addresses."sv,
   "Retry later if the failure is temporary; otherwise report the problem to the owner of the list."sv},
  // X.3.0
  {3, 0, subject_names[3], "Other or undefined mail system status"sv, "RFC 3463 §3.4"sv,
   {{221, 250, 421, 451, 550, 554}}, 6, false, 0, use::any, false,
   "The status concerns the destination mail system, which exists and normally accepts mail, and no more specific mail system code applies."sv,
   "After a temporary failure retry later; if the failure is permanent or keeps coming back, contact the destination's postmaster."sv},
  // X.3.1
  {3, 1, subject_names[3], "Mail system full"sv, "RFC 3463 §3.4"sv,
   {{452}}, 1, false, 0, use::trans, false,
   "The destination mail system has run out of storage, which the recipient cannot fix by deleting messages."sv,
   "Retry later; the destination's administrator has to free or add storage."sv},
  // X.3.2
  {3, 2, subject_names[3], "System not accepting network messages"sv, "RFC 3463 §3.4; RFC 7504 §6"sv,
   {{453, 521}}, 2, false, 0, use::perm_or_trans, false,
   "The host that holds the mailbox is not accepting messages, for example because of a shutdown, heavy load or maintenance, or because it never accepts mail."sv,
   "After a temporary failure retry later; after a permanent one, such as a 521 reply, this host takes no mail and another route or address is needed."sv},
  // X.3.3
  {3, 3, subject_names[3], "System not capable of selected features"sv, "RFC 3463 §3.4"sv,
   {{}}, 0, false, 0, use::any, false,
   "The destination system does not support features requested for the message, which can happen at a gateway that cannot map a feature into another mail environment."sv,
   "Send the message again without the optional features it requested, or ask the destination's administrator which features are supported."sv},
  // X.3.4
  {3, 4, subject_names[3], "Message too big for system"sv, "RFC 3463 §3.4"sv,
   {{552, 554}}, 2, false, 0, use::perm, false,
   "The message is larger than the destination's per-message size limit, whether that limit is physical or set by policy."sv,
   "Reduce the size of the message, for example by removing or linking large attachments, and send again."sv},
  // X.3.5
  {3, 5, subject_names[3], "System incorrectly configured"sv, "RFC 3463 §3.4"sv,
   {{}}, 0, false, 0, use::any, false,
   "The destination system is not configured in a way that lets it accept this message."sv,
   "Report the problem to the destination's postmaster; sending again will not help until the configuration is fixed."sv},
  // X.3.6
  {3, 6, subject_names[3], "Requested priority was changed"sv, "RFC 6710 §4.1"sv,
   {{250, 251}}, 2, false, 0, use::any, false,
   "The message was accepted, but the server changed the transfer priority requested with the MT-PRIORITY extension; the reply text starts with the new priority."sv,
   "No action is needed; note the new priority in the reply text if the delivery time matters."sv},
  // X.4.0
  {4, 0, subject_names[4], "Other or undefined network or routing status"sv, "RFC 3463 §3.5"sv,
   {{}}, 0, false, 0, use::any, false,
   "Something went wrong in the network or in routing the message, and no more specific network or routing code applies."sv,
   "Retry later; if the problem persists, check DNS and connectivity toward the destination."sv},
  // X.4.1
  {4, 1, subject_names[4], "No answer from host"sv, "RFC 3463 §3.5"sv,
   {{451}}, 1, false, 0, use::trans, false,
   "The outbound connection attempt got no answer, because the remote system was busy or unable to take the connection."sv,
   "Retry later; if it persists, check that the destination host is up and reachable on the SMTP port."sv},
  // X.4.2
  {4, 2, subject_names[4], "Bad connection"sv, "RFC 3463 §3.5"sv,
   {{421}}, 1, false, 0, use::trans, false,
   "A connection was established, but the message transaction could not be completed because of a time-out or poor connection quality."sv,
   "Retry later; if it happens again, look for network problems, firewalls or time-outs between the two hosts."sv},
  // X.4.3
  {4, 3, subject_names[4], "Directory server failure"sv, "RFC 3463 §3.5"sv,
   {{451, 550}}, 2, false, 0, use::trans, false,
   "The message could not be forwarded because a directory server, such as a DNS server, was unavailable."sv,
   "Retry later; if it persists, check the DNS servers used by the system that reported the failure."sv},
  // X.4.4
  {4, 4, subject_names[4], "Unable to route"sv, "RFC 3463 §3.5"sv,
   {{}}, 0, false, 0, use::perm_or_trans, false,
   "The mail system could not determine the next hop for the message because the directory server lacked the routing information, for example when DNS returns only an SOA record for the domain."sv,
   "Check the recipient's domain for typing errors and confirm that it has valid MX or address records in DNS."sv},
  // X.4.5
  {4, 5, subject_names[4], "Mail system congestion"sv, "RFC 3463 §3.5"sv,
   {{451}}, 1, false, 0, use::trans, false,
   "The mail system could not deliver the message because it was congested."sv,
   "Retry later, preferably with fewer parallel connections or messages."sv},
  // X.4.6
  {4, 6, subject_names[4], "Routing loop detected"sv, "RFC 3463 §3.5"sv,
   {{}}, 0, false, 0, use::trans, false,
   "A routing loop, caused by wrong routing tables or by forwarding that a user set up, passed the message along too many times."sv,
   "Check the forwarding rules and the MX or relay settings for the recipient's address, then send again."sv},
  // X.4.7
  {4, 7, subject_names[4], "Delivery time expired"sv, "RFC 3463 §3.5; RFC 2852 §4.1.3"sv,
   {{}}, 0, false, 0, use::any, false,
   "The message was considered too old, either because it stayed queued too long or because the time limit set by its sender ran out."sv,
   "Check whether the destination is reachable and send the message again; earlier errors in the queue log usually show the real cause."sv},
  // X.5.0
  {5, 0, subject_names[5], "Other or undefined protocol status"sv, "RFC 3463 §3.6; RFC 1985"sv,
   {{220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554}}, 14, false, 0, use::any, false,
   "The status concerns the mail delivery protocol, and no more specific protocol code applies; with a success reply it only confirms the command."sv,
   "No action is needed after a success; after a failure, read the server's text to see which command or step it refused."sv},
  // X.5.1
  {5, 1, subject_names[5], "Invalid command"sv, "RFC 3463 §3.6"sv,
   {{430, 500, 501, 503, 530, 550, 554, 555}}, 8, false, 0, use::perm, false,
   "A protocol command was sent out of sequence or is not supported by the server."sv,
   "Fix the order of the SMTP commands, or stop using the command that the server does not support."sv},
  // X.5.2
  {5, 2, subject_names[5], "Syntax error"sv, "RFC 3463 §3.6"sv,
   {{500, 501, 502, 550, 555}}, 5, false, 0, use::perm, false,
   "A protocol command could not be interpreted, because its syntax is wrong or the command is not recognized."sv,
   "Correct the syntax of the command the client sent, or use a command that the server recognizes."sv},
  // X.5.3
  {5, 3, subject_names[5], "Too many recipients"sv, "RFC 3463 §3.6; RFC 5321 §4.5.3.1.10"sv,
   {{451}}, 1, false, 0, use::any, false,
   "The message has more recipients than the server accepts in one transaction."sv,
   "Send the remaining recipients in a further transaction; mail software normally does this on its own."sv},
  // X.5.4
  {5, 4, subject_names[5], "Invalid command arguments"sv, "RFC 3463 §3.6"sv,
   {{451, 501, 502, 503, 504, 550, 555}}, 7, false, 0, use::perm, false,
   "A valid command was sent with invalid arguments, because a value was out of range or named a feature the server does not recognize."sv,
   "Correct the parameters of the command, for example an AUTH mechanism or a MAIL FROM extension value, and send it again."sv},
  // X.5.5
  {5, 5, subject_names[5], "Wrong protocol version"sv, "RFC 3463 §3.6"sv,
   {{}}, 0, false, 0, use::any, false,
   "The two systems use protocol versions that do not match, and they could not resolve the difference on their own."sv,
   "Update or reconfigure the client or server software so that both sides use a common protocol version."sv},
  // X.5.6
  {5, 6, subject_names[5], "Authentication Exchange line is too long"sv, "RFC 4954 §4, §6"sv,
   {{500}}, 1, false, 0, use::perm_or_trans, false,
   "An AUTH response line from the client was longer than the server's buffer for the chosen authentication mechanism."sv,
   "Use an authentication mechanism or credentials that produce shorter responses, or ask the server's administrator to raise the limit."sv},
  // X.6.0
  {6, 0, subject_names[6], "Other or undefined media error"sv, "RFC 3463 §3.7"sv,
   {{}}, 0, false, 0, use::any, false,
   "Something about the content of the message made it undeliverable, and no more specific content or media code applies."sv,
   "Check the format and attachments of the message, and read the server's text for the part it objected to."sv},
  // X.6.1
  {6, 1, subject_names[6], "Media not supported"sv, "RFC 3463 §3.7"sv,
   {{}}, 0, false, 0, use::perm, false,
   "The message uses a media type that the delivery protocol or the next system on the path does not support."sv,
   "Send the content in a widely supported format, for example by converting or removing the unsupported part."sv},
  // X.6.2
  {6, 2, subject_names[6], "Conversion required and prohibited"sv, "RFC 3463 §3.7"sv,
   {{}}, 0, false, 0, use::any, false,
   "The message content must be converted before it can be delivered, but the sender or the policy of the sending host forbids that conversion."sv,
   "Allow the conversion, or send the content in a form that the destination accepts without conversion."sv},
  // X.6.3
  {6, 3, subject_names[6], "Conversion required but not supported"sv, "RFC 3463 §3.7; RFC 4468 §6"sv,
   {{554}}, 1, false, 0, use::any, false,
   "The message content must be converted to be forwarded, but a host on the path cannot do it, for example a gateway that cannot turn 8-bit content into 7-bit."sv,
   "Send the message in a form that needs no conversion, for example with 7-bit MIME encodings."sv},
  // X.6.4
  {6, 4, subject_names[6], "Conversion with loss performed"sv, "RFC 3463 §3.7"sv,
   {{250}}, 1, false, 0, use::success_or_perm, false,
   "The message was delivered, but a conversion on the way lost some of its data; as a permanent failure it means the sender had forbidden conversion with loss."sv,
   "Check with the recipient that the content arrived intact, and resend it in a format that needs no conversion if it did not."sv},
  // X.6.5
  {6, 5, subject_names[6], "Conversion Failed"sv, "RFC 3463 §3.7"sv,
   {{}}, 0, false, 0, use::perm_or_trans, false,
   "A required conversion of the message content was attempted and failed."sv,
   "Resend the message in a format that needs no conversion, or retry later if the failure was temporary."sv},
  // X.6.6
  {6, 6, subject_names[6], "Message content not available"sv, "RFC 4468 §5"sv,
   {{554}}, 1, false, 0, use::perm_or_trans, false,
   "The server could not fetch the message content from the remote system named in a BURL command, such as an IMAP server."sv,
   "Check that the URL in the BURL command is valid and that the submission server can reach the content server, then retry."sv},
  // X.6.7
  {6, 7, subject_names[6], "Non-ASCII addresses not permitted for that sender/recipient"sv, "RFC 6531 §3.5, §4.2"sv,
   {{550, 553}}, 2, false, 0, use::any, false,
   "The server refused a MAIL or RCPT command because the address contains non-ASCII characters, which are not allowed for that sender or recipient."sv,
   "Use an address made only of ASCII characters, or send through servers that support the SMTPUTF8 extension."sv},
  // X.6.8
  {6, 8, subject_names[6], "UTF-8 string reply is required, but not permitted by the SMTP client"sv, "RFC 6531 §3.7.4.2, §4.2"sv,
   {{252, 550, 553}}, 3, false, 0, use::any, false,
   "The reply would have to contain a UTF-8 mailbox name, but the client did not permit UTF-8 in replies, for example in a VRFY or EXPN sent without SMTPUTF8."sv,
   "Repeat the command with the SMTPUTF8 parameter if the client supports it."sv},
  // X.6.9
  {6, 9, subject_names[6], "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected"sv, "RFC 6531 §3.5, §4.2"sv,
   {{550}}, 1, false, 0, use::any, false,
   "After the end of the message data, the transaction failed because a message with UTF-8 header fields cannot be delivered to one or more of its recipients."sv,
   "Send the message to those recipients with ASCII-only header fields and addresses, or through a path that supports SMTPUTF8."sv},
  // X.6.10 (deprecated; the registry gives it no title)
  {6, 10, subject_names[6], "Deprecated duplicate of X.6.8"sv, "RFC 6531 §4.2"sv,
   {{}}, 0, false, 0, use::any, true,
   "This code was registered as a duplicate of X.6.8 and is deprecated in favor of that code, which has the same meaning."sv,
   "Treat it as X.6.8: repeat the command with the SMTPUTF8 parameter if the client supports it."sv},
  // X.7.0
  {7, 0, subject_names[7], "Other or undefined security status"sv, "RFC 3463 §3.8; RFC 3207 §4; RFC 4954 §6"sv,
   {{220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550}}, 11, false, 0, use::any, false,
   "The status concerns security or policy, and no more specific code applies, possibly because the security policy forbids a more detailed answer; with a success reply, such as 235 after AUTH, it confirms the security step."sv,
   "After a failure, read the server's text: the server may require STARTTLS or authentication first, or refuse the message by policy."sv},
  // X.7.1
  {7, 1, subject_names[7], "Delivery not authorized, message refused"sv, "RFC 3463 §3.8"sv,
   {{451, 454, 502, 503, 533, 550, 551}}, 7, false, 0, use::perm, false,
   "The sender is not authorized to send to this destination, because of filtering by sending host or by recipient, which includes refused relaying."sv,
   "Authenticate if the server is your own outgoing server; otherwise check whether the sending host or address is blocked and contact the recipient's postmaster."sv},
  // X.7.2
  {7, 2, subject_names[7], "Mailing list expansion prohibited"sv, "RFC 3463 §3.8"sv,
   {{550}}, 1, false, 0, use::perm, false,
   "The sender is not allowed to send messages to this mailing list."sv,
   "Ask the owner of the list for permission to post, or send from an address that is allowed to post."sv},
  // X.7.3
  {7, 3, subject_names[7], "Security conversion required but not possible"sv, "RFC 3463 §3.8"sv,
   {{}}, 0, false, 0, use::perm, false,
   "Delivery needed a conversion from one secure messaging protocol to another, and that conversion was not possible."sv,
   "Send the message with a security format that the recipient's system supports."sv},
  // X.7.4
  {7, 4, subject_names[7], "Security features not supported"sv, "RFC 3463 §3.8"sv,
   {{504}}, 1, false, 0, use::perm, false,
   "The message or request used security features, such as a secure authentication method, that the delivery protocol cannot support."sv,
   "Send without the unsupported security feature, or choose one that the server offers."sv},
  // X.7.5
  {7, 5, subject_names[7], "Cryptographic failure"sv, "RFC 3463 §3.8"sv,
   {{}}, 0, false, 0, use::any, false,
   "A system on the path that is allowed to verify or decrypt the message could not do so, because a key or similar information was missing or invalid."sv,
   "Check the keys and certificates used to sign or encrypt the message, then send it again."sv},
  // X.7.6
  {7, 6, subject_names[7], "Cryptographic algorithm not supported"sv, "RFC 3463 §3.8"sv,
   {{}}, 0, false, 0, use::any, false,
   "A system on the path that is allowed to verify or decrypt the message could not do so, because it does not support the algorithm used."sv,
   "Sign or encrypt the message with an algorithm that the recipient's system supports."sv},
  // X.7.7
  {7, 7, subject_names[7], "Message integrity failure"sv, "RFC 3463 §3.8"sv,
   {{}}, 0, false, 0, use::success_or_fail, false,
   "A system on the path that is allowed to verify the message could not do so, because the message was corrupted or altered."sv,
   "Send the message again, and look for software on the path that changes messages after they are signed."sv},
  // X.7.8
  {7, 8, subject_names[7], "Authentication credentials invalid"sv, "RFC 4954 §6; RFC 5248 §2.4"sv,
   {{535, 554}}, 2, false, 0, use::any, false,
   "Authentication failed because the credentials given with AUTH were invalid or insufficient."sv,
   "Check the user name and password or other credentials, and authenticate again."sv},
  // X.7.9
  {7, 9, subject_names[7], "Authentication mechanism is too weak"sv, "RFC 4954 §6"sv,
   {{534}}, 1, false, 0, use::any, false,
   "The chosen authentication mechanism is weaker than the server's policy permits for this user."sv,
   "Authenticate again with a stronger mechanism that the server offers."sv},
  // X.7.10
  {7, 10, subject_names[7], "Encryption Needed"sv, "RFC 5248 §2.4; RFC 8689 §4.2.1"sv,
   {{523}}, 1, false, 0, use::any, false,
   "An external privacy layer such as TLS is needed before the requested authentication mechanism can be used, mainly for mechanisms that send passwords in clear text; REQUIRETLS also uses it when no TLS session could be set up."sv,
   "Start TLS with STARTTLS before authenticating, or use a stronger authentication mechanism."sv},
  // X.7.11
  {7, 11, subject_names[7], "Encryption required for requested authentication mechanism"sv, "RFC 4954 §6"sv,
   {{524, 538}}, 2, false, 0, use::any, false,
   "The chosen authentication mechanism may only be used when the SMTP connection is encrypted."sv,
   "Issue STARTTLS first and then repeat AUTH, or choose another mechanism."sv},
  // X.7.12
  {7, 12, subject_names[7], "A password transition is needed"sv, "RFC 4954 §6"sv,
   {{422, 432}}, 2, false, 0, use::any, false,
   "The user has to transition to the selected authentication mechanism, which is usually done by authenticating once with the PLAIN mechanism."sv,
   "Authenticate once with PLAIN over an encrypted connection; the selected mechanism should then work in later sessions."sv},
  // X.7.13
  {7, 13, subject_names[7], "User Account Disabled"sv, "RFC 5248 §2.4"sv,
   {{525}}, 1, false, 0, use::perm, false,
   "Authentication succeeded, but the account has been disabled, for example for lack of payment or for abuse, and it stays disabled until an administrator enables it again."sv,
   "Contact the mail provider or system administrator to have the account enabled again; entering the password again will not help."sv},
  // X.7.14
  {7, 14, subject_names[7], "Trust relationship required"sv, "RFC 5248 §2.4; RFC 4468 §5"sv,
   {{535, 554}}, 2, false, 0, use::any, false,
   "The submission server needs a configured trust relationship with the third-party server that holds the message content, as with BURL, and has none."sv,
   "Ask the administrators to set up trust between the submission server and the content server, or submit the full message instead of a reference."sv},
  // X.7.15
  {7, 15, subject_names[7], "Priority Level is too low"sv, "RFC 6710 §4.1"sv,
   {{450, 550}}, 2, false, xx4 | xx5, use::perm_or_trans, false,
   "The transfer priority of the message is below the lowest priority the server currently accepts; this can be temporary, for example while only higher-priority mail is taken."sv,
   "Retry later, or send with a higher priority if you are allowed to."sv},
  // X.7.16
  {7, 16, subject_names[7], "Message is too big for the specified priority"sv, "RFC 6710 §5"sv,
   {{552}}, 1, false, xx4 | xx5, use::perm_or_trans, false,
   "The message is larger than the server accepts for the requested transfer priority."sv,
   "Send a smaller message, or use a priority whose size limit fits the message."sv},
  // X.7.17
  {7, 17, subject_names[7], "Mailbox owner has changed"sv, "RFC 7293 §15.3"sv,
   {{}}, 0, false, xx5, use::any, false,
   "The message used RRVS to require that the recipient mailbox had the same owner since a given time, and the mailbox has changed owner since then."sv,
   "Do not resend to this address; confirm the recipient's current address by other means."sv},
  // X.7.18
  {7, 18, subject_names[7], "Domain owner has changed"sv, "RFC 7293 §15.3"sv,
   {{}}, 0, false, xx5, use::any, false,
   "The message used RRVS to require that the recipient address had been valid since a given time, and the owner of the recipient's domain has changed since then."sv,
   "Do not resend to this address; confirm the recipient's current address by other means."sv},
  // X.7.19
  {7, 19, subject_names[7], "RRVS test cannot be completed"sv, "RFC 7293 §15.3"sv,
   {{}}, 0, false, xx5, use::any, false,
   "The message asked for an RRVS check, but the receiver cannot perform it because it did not record when the mailbox got its current owner."sv,
   "Decide whether to send the message again without the RRVS requirement."sv},
  // X.7.20
  {7, 20, subject_names[7], "No passing DKIM signature found"sv, "RFC 7372 §3.1; RFC 6376"sv,
   {{550}}, 1, false, 0, use::any, false,
   "Local policy refused the message because it carried no DKIM signature that passed verification."sv,
   "Make sure the sending domain signs its mail with DKIM and that nothing on the path alters the signed content."sv},
  // X.7.21
  {7, 21, subject_names[7], "No acceptable DKIM signature found"sv, "RFC 7372 §3.1; RFC 6376"sv,
   {{550}}, 1, false, 0, use::any, false,
   "The message has DKIM signatures that pass verification, but none of them meets the receiver's local requirements."sv,
   "Adjust the DKIM signing, for example the signed header fields or the signing domain, to meet the receiver's requirements."sv},
  // X.7.22
  {7, 22, subject_names[7], "No valid author-matched DKIM signature found"sv, "RFC 7372 §3.1; RFC 6376"sv,
   {{550}}, 1, false, 0, use::any, false,
   "The message has passing DKIM signatures, but none of them uses a domain that matches the author address in the From header field."sv,
   "Sign the message with DKIM using the domain of the From address."sv},
  // X.7.23
  {7, 23, subject_names[7], "SPF validation failed"sv, "RFC 7372 §3.2; RFC 7208 §8.4"sv,
   {{550}}, 1, false, 0, use::any, false,
   "The SPF check of the message produced a fail result, which local policy does not accept."sv,
   "Send through a server listed in the SPF record of the sending domain, or add the sending server to that record."sv},
  // X.7.24
  {7, 24, subject_names[7], "SPF validation error"sv, "RFC 7372 §3.2; RFC 7208 §8.6, §8.7"sv,
   {{451, 550}}, 2, false, 0, use::perm_or_trans, false,
   "Evaluating SPF for the message produced an error: a temporary error, such as a DNS time-out, with a transient reply, or a permanent error, such as a broken SPF record, with a permanent reply."sv,
   "Retry later after a temporary error; after a permanent error, fix the syntax or the DNS lookups of the SPF record of the sending domain."sv},
  // X.7.25
  {7, 25, subject_names[7], "Reverse DNS validation failed"sv, "RFC 7372 §3.3; RFC 7601"sv,
   {{550}}, 1, false, 0, use::any, false,
   "The IP address of the SMTP client failed a reverse DNS check that local policy requires."sv,
   "Give the sending IP address a PTR record whose name resolves back to the same address."sv},
  // X.7.26
  {7, 26, subject_names[7], "Multiple authentication checks failed"sv, "RFC 7372 §3.4, §4"sv,
   {{550}}, 1, false, 0, use::any, false,
   "The message failed more than one message authentication check, such as SPF and DKIM, and local policy refuses it; the failed checks are not named."sv,
   "Check the SPF, DKIM and DMARC setup of the sending domain and fix every check that fails."sv},
  // X.7.27
  {7, 27, subject_names[7], "Sender address has null MX"sv, "RFC 7505 §4.1, §6"sv,
   {{550}}, 1, false, 0, use::any, false,
   "The domain of the sender address publishes a null MX record, so it can receive no replies or bounces, and the receiver refuses mail from it."sv,
   "Send from an address whose domain accepts mail."sv},
  // X.7.28 (registered from an expired Internet-Draft; no basic code could be confirmed)
  {7, 28, subject_names[7], "Mail flood detected"sv, "draft-levine-mailbomb-header"sv,
   {{}}, 0, false, 0, use::any, false,
   "The receiver considers the message part of a mail flood, an unusually large burst of messages aimed at the recipient; the code was registered from an Internet-Draft, not an RFC."sv,
   "Lower the sending rate to this recipient, and check whether your system is being abused, for example through forged sign-up requests."sv},
  // X.7.29
  {7, 29, subject_names[7], "ARC validation failure"sv, "RFC 8617 §5.2.2, §10.4"sv,
   {{550}}, 1, false, 0, use::any, false,
   "The Authenticated Received Chain (ARC) of the message failed validation."sv,
   "Check the ARC header fields added by intermediaries such as mailing lists or forwarders, and fix the system that broke the chain."sv},
  // X.7.30
  {7, 30, subject_names[7], "REQUIRETLS support required"sv, "RFC 8689 §4.2.1, §7"sv,
   {{550}}, 1, false, 0, use::any, false,
   "The message requires TLS on every hop through the REQUIRETLS extension, but no onward server that supports REQUIRETLS could be found."sv,
   "Send the message without the REQUIRETLS requirement, or through a path whose servers all support it."sv},
}};
// clang-format on

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
