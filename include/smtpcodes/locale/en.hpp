// English catalogue: the default language of render.hpp, and the base a
// user-defined catalogue can start from (copy it, then replace phrases). Its
// per-code and per-status texts are the registry's own (registry_language),
// its why sentences (built-in and provider profiles') and status subject and
// class names the library tables'.
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
  c.registry_language = true;
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
  c.heading_status_list = "Enhanced Status Codes";
  c.heading_typical_statuses = "Typical Enhanced Status Codes";
  c.heading_related_codes = "Reply Codes Used With It";
  c.heading_compare_with = "Compare {code} With Another Code";
  c.heading_what_to_do = "What to Do";

  c.compare_title = "SMTP {a} {name_a} vs {b} {name_b}";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code} (not defined by any RFC)";
  c.status_title = "Enhanced Status Code {status} {name}";

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

  c.class_outcome[0] = "the reply is not valid SMTP and carries no outcome";
  c.class_outcome[1] = "the request is accepted but waits for a confirmation";
  c.class_outcome[2] = "the request succeeded";
  c.class_outcome[3] = "the server waits for more input before it can finish the command";
  c.class_outcome[4] = "the request failed for now and may succeed if it is tried again later";
  c.class_outcome[5] = "the request failed and will fail again if it is repeated unchanged";

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
  c.intro_same = "Both SMTP {a} ({name_a}) and {b} ({name_b}) are {class} responses.";
  c.in_contrast = "In contrast, {text}";
  c.no_differences = "SMTP {a} and {b} are the same code, so there are no differences to list.";

  c.diff_class = "{a} is a {class_a} response, while {b} is a {class_b} response.";
  c.diff_category = "By its second digit, {a} belongs to the {cat_a} category, while {b} belongs to the {cat_b} category.";
  c.diff_meaning = "{a} means “{name_a}”, while {b} means “{name_b}”.";
  c.diff_retry = "After {a}, {retry_a}; after {b}, {retry_b}.";
  c.diff_connection = "After {a}, {conn_a}; after {b}, {conn_b}.";
  c.diff_commands = "{a} is a reply to {cmds_a}, while {b} is a reply to {cmds_b}.";
  c.diff_status = "{a} usually comes with the enhanced status {status_a}, while {b} usually comes with {status_b}.";
  c.diff_status_first_only = "{a} usually comes with the enhanced status {status_a}, while {b} usually comes with none.";
  c.diff_status_second_only = "{a} usually comes with no enhanced status, while {b} usually comes with {status_b}.";
  c.diff_spec = "{a} is {spec_a}, while {b} is {spec_b}.";
  c.retry_phrases[0] = "nothing needs to be retried";
  c.retry_phrases[1] = "the client sends the next part of the request";
  c.retry_phrases[2] = "the client keeps the message and tries again later";
  c.retry_phrases[3] = "the client must change the request before it tries again";
  c.retry_phrases[4] = "the same request must not be repeated";
  c.retry_phrases[5] = "the reply gives no usable instruction";
  c.spec_names[0] = "part of the current standard";
  c.spec_names[1] = "defined by an experimental RFC";
  c.spec_names[2] = "deprecated and kept only for historical reasons";
  c.connection_closes = "the server closes the connection";
  c.connection_stays_open = "the connection stays open for the next command";
  c.command_connect = "the opening of the connection";
  c.command_end_of_data = "the end of the message data";
  c.command_any = "any command";
  c.list_separator = ", ";
  c.list_last_separator = " and ";
  c.list_last_or = " or ";

  c.which_by_outcome = "The first question is the outcome: with {a}, {outcome_a}; with {b}, {outcome_b}.";
  c.which_same_class = "Both are {class} replies, so the outcome does not decide between them; the situation does.";
  c.which_item = "{code} ({name}): {text}";

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
  c.label_rule = "Rule";
  c.label_throttle = "Throttle";
  c.label_next_retry = "Next retry";
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
  c.reason_line = "{name} ({token})";
  c.reason_names[0] = "No failure";
  c.reason_names[1] = "Unknown recipient";
  c.reason_names[2] = "Unknown host or domain";
  c.reason_names[3] = "Recipient has moved";
  c.reason_names[4] = "Domain accepts no mail";
  c.reason_names[5] = "Mailbox disabled";
  c.reason_names[6] = "Mailbox full";
  c.reason_names[7] = "Message too large";
  c.reason_names[8] = "Relaying denied";
  c.reason_names[9] = "Sending host blocked";
  c.reason_names[10] = "Poor sender reputation";
  c.reason_names[11] = "Reverse DNS (PTR) required";
  c.reason_names[12] = "Sending rate limited";
  c.reason_names[13] = "Too many recipients";
  c.reason_names[14] = "Greylisted";
  c.reason_names[15] = "Detected as spam";
  c.reason_names[16] = "Virus detected";
  c.reason_names[17] = "Content not accepted";
  c.reason_names[18] = "Policy violation";
  c.reason_names[19] = "Sender authentication failed (SPF, DKIM or DMARC)";
  c.reason_names[20] = "TLS or SMTP AUTH problem";
  c.reason_names[21] = "STARTTLS failed";
  c.reason_names[22] = "Sender address rejected";
  c.reason_names[23] = "Filtered by the recipient's rules";
  c.reason_names[24] = "Protocol error by the client";
  c.reason_names[25] = "Message does not follow the RFCs";
  c.reason_names[26] = "Delivery time expired";
  c.reason_names[27] = "Network error";
  c.reason_names[28] = "Server error";
  c.reason_names[29] = "Server storage full";
  c.reason_names[30] = "Mail program error";
  c.reason_names[31] = "Held in the queue";
  c.reason_names[32] = "Not determined";
  for (std::size_t i = 0; i < catalogue_why_count; ++i) c.why_texts[i] = detail::why_texts[i];
  for (std::size_t i = 0; i < catalogue_provider_why_count; ++i)
    c.provider_why_texts[i] = detail::provider_rows[i].meaning;
  c.delay_none = "no delay";
  c.delay_second = "{n} second";
  c.delay_seconds = "{n} seconds";
  c.delay_minute = "{n} minute";
  c.delay_minutes = "{n} minutes";
  c.delay_hour = "{n} hour";
  c.delay_hours = "{n} hours";
  c.delay_day = "{n} day";
  c.delay_days = "{n} days";
  c.throttle_host = "hold back sending to this host for {duration}";
  c.throttle_domain = "hold back sending to this domain for {duration}";
  c.next_retry_in = "in {duration}";
  c.next_retry_permanent = "none, the failure is permanent";
  c.next_retry_expired = "none, the schedule has run out";

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
  for (std::size_t i = 0; i < catalogue_subject_count; ++i)
    c.status_subject_names[i] = detail::subject_names[i];
  for (std::size_t i = 0; i < 3; ++i) {
    c.status_class_names[i] = detail::class_status_table[i + 1].name;
    c.status_class_descriptions[i] = detail::class_status_table[i + 1].description;
    c.status_class_what_to_do[i] = detail::class_status_table[i + 1].what_to_do;
  }
  c.status_intro = "{status} is an enhanced status code of the subject “{subject}”. The X stands for its class: 2 reports success, 4 a persistent transient failure and 5 a permanent failure.";
  c.label_usage = "Used as";
  c.usage_names[0] = "a success, a transient failure or a permanent failure; the registry sets no restriction";
  c.usage_names[1] = "a permanent failure only (5.X.X)";
  c.usage_names[2] = "a persistent transient failure only (4.X.X)";
  c.usage_names[3] = "a permanent (5.X.X) or a persistent transient (4.X.X) failure";
  c.usage_names[4] = "a success (2.X.X) or a failure (4.X.X or 5.X.X)";
  c.usage_names[5] = "a success only (2.X.X)";
  c.usage_names[6] = "a success with a warning (2.X.X) or a permanent failure (5.X.X)";
  c.label_subject = "Subject";
  c.status_deprecated = "The registry marks this code as deprecated, so servers should no longer send it.";
  c.status_codes_any = "The registry allows it with any reply code.";
  c.status_codes_none = "The registry associates no particular reply code with it.";
  c.status_codes_class = "Any {digit}xx reply code.";
  c.status_list_intro = "An enhanced status code (RFC 3463) has the form class.subject.detail, for example 5.1.1. The class is 2 for success, 4 for a persistent transient failure and 5 for a permanent failure; the subject and the detail say what the status is about.";

  c.site_title = "SMTP Reply Codes";
  c.site_intro = "What each SMTP reply code defined by an RFC means, when a client sees it and what to do about it, together with the enhanced status codes of the IANA registry and a side-by-side comparison of any two reply codes.";
  c.index_compare_note = "Each code's page links to its comparison with every other registered code.";
  c.compare_link = "{a} vs {b} ({name_b})";
  c.nav_home = "Home";
  c.nav_codes = "Reply codes";
  c.nav_statuses = "Enhanced status codes";
  c.nav_language = "Language";
  c.nav_previous = "Previous";
  c.nav_next = "Next";
  c.skip_link = "Skip to the content";
  c.footer_note = "Generated by smtpcodes {version}. The explanations follow the RFCs named on each page.";
  return c;
}();
// clang-format on

static_assert(is_complete(en), "locale::en must set every phrase");

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
