// Compile-time checks of the classification contract: building this file is
// the test (every function below must be usable in a constant expression).
#include <smtpcodes/smtpcodes.hpp>

using namespace smtpcodes;

static_assert(classify(reply_code::ok) == reply_class::positive_completion);
static_assert(classify(550u) == reply_class::permanent_negative);
static_assert(classify(571u) == reply_class::permanent_negative);
static_assert(classify(99u) == reply_class::unknown);
static_assert(classify(600u) == reply_class::unknown);
static_assert(category(reply_code::service_not_available) == reply_category::connections);
static_assert(category(535u) == reply_category::unspecified_3);
static_assert(category(569u) == reply_category::unknown);
static_assert(is_positive(reply_code::service_ready) && !is_positive(354u));
static_assert(is_intermediate(reply_code::auth_challenge));
static_assert(is_transient(reply_code::local_error) && !is_transient(551u));
static_assert(is_permanent(reply_code::transaction_failed) && !is_permanent(452u));
static_assert(find(550u)->code == reply_code::mailbox_unavailable);
static_assert(find(511u) == nullptr && find(0u) == nullptr && find(70000u) == nullptr);
static_assert(info(reply_code::service_not_available).closes_connection);
static_assert(!info(reply_code::ok).closes_connection);
static_assert(info(reply_code::ok).wire() == 250);
static_assert(all_replies().size() == 39);
static_assert(all_replies()[0].code == reply_code::system_status);
static_assert(all_replies()[38].code == reply_code::domain_does_not_accept_mail);
static_assert(to_reply_code(221u) == reply_code::service_closing);
static_assert(!to_reply_code(422u).has_value());
static_assert(explain(571u).klass->value == reply_class::permanent_negative);
static_assert(!explain(571u).is_registered() && explain(250u).is_registered());
static_assert(info(reply_code::temporary_security_failure).alternate_applies(smtp_command::auth));
static_assert(info(reply_class::transient_negative).short_name == "4xx Transient Negative");
static_assert(noexcept(classify(1u)) && noexcept(find(1u)) && noexcept(info(reply_code::ok)));
static_assert(noexcept(all_replies()) && noexcept(to_reply_code(1u)) && noexcept(category(1u)));

int main() { return 0; }

// to_string(reply_code): the number, in a constant expression.
static_assert(to_string(reply_code::mailbox_unavailable) == "550");
static_assert(to_string(reply_code::auth_challenge) == "334");
static_assert(to_string(static_cast<reply_code>(599)) == "599");
static_assert(to_string(static_cast<reply_code>(600)) == "unknown");
static_assert(noexcept(to_string(reply_code::ok)));
