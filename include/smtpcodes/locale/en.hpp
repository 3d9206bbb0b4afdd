// English catalogue: the default language of render.hpp, and the base a
// user-defined catalogue can start from (copy it, then replace phrases).
#ifndef SMTPCODES_LOCALE_EN_HPP
#define SMTPCODES_LOCALE_EN_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
/// English.
inline constexpr catalogue en = [] {
  catalogue c{};
  c.tag = "en";
  c.language = "English";

  c.heading_description = "Description";
  c.heading_when_seen = "When You See It";
  c.heading_how_to_fix = "How to Fix";
  c.heading_key_differences = "Key Differences";
  c.heading_when_to_use = "When to Use Which";
  c.heading_learn_more = "Learn More";
  c.heading_explanation = "Explanation";
  c.heading_enhanced_status = "Enhanced Status";
  c.heading_advice = "Advice";
  c.heading_reason = "Reason";
  c.heading_other_meaning = "Other Meaning";
  c.heading_server_text = "Server Text";
  c.heading_code_list = "Registered SMTP Reply Codes";

  c.compare_title = "SMTP {a} {name_a} vs {b} {name_b}";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code} (not defined by any RFC)";

  c.class_names[0] = "Malformed";
  c.class_names[1] = "1xx Positive Preliminary";
  c.class_names[2] = "2xx Positive Completion";
  c.class_names[3] = "3xx Positive Intermediate";
  c.class_names[4] = "4xx Transient Negative";
  c.class_names[5] = "5xx Permanent Negative";

  c.class_gist[0] = "{code} is not a valid reply code, so it carries no defined meaning.";
  c.class_gist[1] = "{code} is a preliminary reply: the server accepted the request but waits for confirmation before acting on it.";
  c.class_gist[2] = "{code} confirms that the requested action was completed.";
  c.class_gist[3] = "{code} means that the server accepted the command and is waiting for more information from the client.";
  c.class_gist[4] = "{code} reports that the request was not carried out this time, although the same request may succeed later.";
  c.class_gist[5] = "{code} reports that the request was not carried out and will fail again if it is repeated unchanged.";

  c.class_gist_both[0] = "Neither of them is a valid reply code.";
  c.class_gist_both[1] = "Both are preliminary replies: the server accepted the request but waits for confirmation before acting on it.";
  c.class_gist_both[2] = "Both confirm that the requested action was completed.";
  c.class_gist_both[3] = "Both mean that the server accepted the command and is waiting for more information from the client.";
  c.class_gist_both[4] = "Both report that the request was not carried out this time, although the same request may succeed later.";
  c.class_gist_both[5] = "Both report that the request was not carried out and will fail again if it is repeated unchanged.";

  c.class_remedy[0] = "Treat the reply as a fatal error for this transaction and end the transaction.";
  c.class_remedy[1] = "Wait for the final reply; a client that did not negotiate an extension using 1xx replies should end the transaction.";
  c.class_remedy[2] = "No fix is needed; continue with the next step of the session.";
  c.class_remedy[3] = "Send the information the server asked for to complete the command.";
  c.class_remedy[4] = "Keep the message queued and retry later; if the same reply keeps coming back for days, tell the sender about the delay.";
  c.class_remedy[5] = "Do not repeat the same request; correct the command, the address or the message first, or return the message to the sender.";

  c.category_names[0] = "Syntax";
  c.category_names[1] = "Information";
  c.category_names[2] = "Connections";
  c.category_names[3] = "Unassigned (x3z)";
  c.category_names[4] = "Unassigned (x4z)";
  c.category_names[5] = "Mail System";
  c.category_names[6] = "Undefined";

  c.category_meaning[0] = "The second digit 0 marks syntax errors, commands that fit no other category, and commands the server does not implement.";
  c.category_meaning[1] = "The second digit 1 marks replies to requests for information, such as status or help.";
  c.category_meaning[2] = "The second digit 2 marks replies about the transmission channel, that is the connection itself.";
  c.category_meaning[3] = "RFC 5321 assigns no category to the second digit 3; extensions use it, for example for authentication replies.";
  c.category_meaning[4] = "RFC 5321 assigns no category to the second digit 4.";
  c.category_meaning[5] = "The second digit 5 marks the state of the receiving mail system with respect to the requested transfer or other mail-system action.";
  c.category_meaning[6] = "RFC 5321 defines no category for a second digit from 6 to 9, and a reply line with such a digit is not valid SMTP syntax.";

  c.intro_different = "SMTP {a} ({name_a}) is a {class_a} response, while {b} ({name_b}) is a {class_b} response.";
  c.intro_same = "Both SMTP {a} ({name_a}) and {b} ({name_b}) belong to the {class} category.";
  c.in_contrast = "In contrast, {text}";
  c.no_differences = "SMTP {a} and {b} are the same code, so there are no differences to list.";

  c.diff_class = "{a} is a {class_a} response, while {b} is a {class_b} response.";
  c.diff_category = "By its second digit, {a} belongs to the {cat_a} category, while {b} belongs to the {cat_b} category.";
  c.diff_meaning = "SMTP {code}: {text}";
  c.diff_when_seen = "When {code} appears: {text}";
  c.diff_retry = "After {a}, {retry_a}; after {b}, {retry_b}.";
  c.diff_connection = "After {a}, {conn_a}; after {b}, {conn_b}.";
  c.diff_commands = "{a} is a reply to {cmds_a}, while {b} is a reply to {cmds_b}.";
  c.retry_phrases[0] = "nothing needs to be retried";
  c.retry_phrases[1] = "the client sends the next part of the request";
  c.retry_phrases[2] = "the client keeps the message and tries again later";
  c.retry_phrases[3] = "the client must change the request before it tries again";
  c.retry_phrases[4] = "the same request must not be repeated";
  c.retry_phrases[5] = "the reply gives no usable instruction";
  c.connection_closes = "the server closes the connection";
  c.connection_stays_open = "the connection stays open for the next command";
  c.command_connect = "the opening of the connection";
  c.command_end_of_data = "the end of the message data";
  c.command_any = "any command";
  c.list_separator = ", ";
  c.list_last_separator = " and ";

  c.which_item = "For {code} ({name}): {text}";
  c.reference_item = "SMTP {code}: {text}";

  c.class_line = "{code} is a {class} response.";
  c.category_line = "By its second digit, {code} belongs to the {category} category.";
  c.unregistered_intro = "{code} is not defined by any RFC, so a client reads it by its first digit as a {class} reply.";
  c.unregistered_when_seen = "A server sent {code}, a number that no SMTP specification defines.";
  c.malformed_intro = "{code} is not an SMTP reply code, because a reply code is a number from 100 to 599.";
  c.alternate_line = "After {commands}, {code} has another meaning: {name}.";

  c.label_code = "Code";
  c.label_class = "Class";
  c.label_category = "Category";
  c.label_name = "Name";
  c.label_commands = "Commands";
  c.label_command = "Command";
  c.label_status = "Enhanced status";
  c.label_action = "Action";
  c.label_scope = "Scope";
  c.label_bounce = "Bounce";
  c.label_reason = "Reason";
  c.label_delay = "Retry after";
  c.label_connection = "Connection";
  c.label_why = "Why";
  c.connection_close_value = "close it";
  c.connection_keep_value = "keep it open";
  c.action_names[0] = "Proceed";
  c.action_names[1] = "Send the next part";
  c.action_names[2] = "Retry later";
  c.action_names[3] = "Retry in a new transaction";
  c.action_names[4] = "Try the next host";
  c.action_names[5] = "Change the request";
  c.action_names[6] = "Give up";
  c.scope_names[0] = "Nothing";
  c.scope_names[1] = "This recipient";
  c.scope_names[2] = "This message";
  c.scope_names[3] = "This session";
  c.bounce_names[0] = "None";
  c.bounce_names[1] = "Soft";
  c.bounce_names[2] = "Hard";
  c.delay_none = "no delay";
  c.delay_second = "{n} second";
  c.delay_seconds = "{n} seconds";
  c.delay_minute = "{n} minute";
  c.delay_minutes = "{n} minutes";
  c.delay_hour = "{n} hour";
  c.delay_hours = "{n} hours";
  c.delay_day = "{n} day";
  c.delay_days = "{n} days";

  c.status_line = "{status} ({subject}: {detail})";
  c.status_subject_only = "{status} ({subject}; the detail is not registered, so the general meaning of the subject applies)";
  c.status_class_only = "{status} ({class_name}; the subject is not registered, so only the class carries meaning)";
  c.status_invalid = "{status} is not a valid enhanced status code, because its class is not 2, 4 or 5.";
  c.status_none = "The reply carries no enhanced status code.";
  c.diagnostics[0] = "The class of the enhanced status disagrees with the basic code; RFC 2034 requires them to match, so the basic code decides.";
  c.diagnostics[1] = "The IANA registry does not list this exact enhanced status.";
  c.diagnostics[2] = "The IANA registry does not associate this enhanced status with this basic code; the pairing is allowed but unusual.";
  c.diagnostics[3] = "The registry restricts this enhanced status to other classes.";
  c.diagnostics[4] = "A 3xx reply carries no enhanced status according to RFC 2034, so the status is ignored.";
  c.diagnostics[5] = "The registry marks this enhanced status as deprecated.";
  return c;
}();
// clang-format on

static_assert(is_complete(en), "locale::en must set every phrase");

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
