#include <smtpcodes/error_code.hpp>

#include <doctest/doctest.h>

#include <ostream>  // doctest prints std::error_code with operator<<
#include <string>
#include <system_error>

using namespace smtpcodes;

TEST_CASE("a reply_code converts to a std::error_code of smtp_category") {
  const std::error_code ec = reply_code::mailbox_unavailable;  // is_error_code_enum
  CHECK(ec.value() == 550);
  CHECK(&ec.category() == &smtp_category());
  CHECK(std::string(smtp_category().name()) == "smtp");
  CHECK(ec.message() == "Mailbox Unavailable");
  CHECK(make_error_code(reply_code::service_not_available).message() == "Service Not Available");
  CHECK(make_error_code(reply_code::ok) == std::error_code(250, smtp_category()));
  CHECK(static_cast<bool>(make_error_code(reply_code::ok)));  // every code is a non-zero value
}

TEST_CASE("message() names unregistered numbers by their class") {
  CHECK(smtp_category().message(571) == "Permanent Negative");
  CHECK(smtp_category().message(451) == "Local Error in Processing");
  CHECK(smtp_category().message(299) == "Positive Completion");
  CHECK(smtp_category().message(999) == "Unknown SMTP Reply Code");
  CHECK(smtp_category().message(-1) == "Unknown SMTP Reply Code");
}

TEST_CASE("4yz codes are transient, 5yz permanent, others neither") {
  const std::error_code greylisted = reply_code::mailbox_unavailable_transient;
  CHECK(greylisted == reply_condition::transient);
  CHECK(greylisted != reply_condition::permanent);
  const std::error_code unknown_user = reply_code::mailbox_unavailable;
  CHECK(unknown_user == reply_condition::permanent);
  CHECK(unknown_user != reply_condition::transient);
  const std::error_code ok = reply_code::ok;
  CHECK(ok != reply_condition::transient);
  CHECK(ok != reply_condition::permanent);
  CHECK(std::error_code(571, smtp_category()) == reply_condition::permanent);  // unregistered
  CHECK(std::error_code(421, std::generic_category()) != reply_condition::transient);
  const std::error_condition t = reply_condition::transient;  // is_error_condition_enum
  CHECK(t.value() == 1);
  CHECK(&t.category() == &reply_condition_category());
  CHECK(t.message() == "Transient Negative");
  CHECK(make_error_condition(reply_condition::permanent).message() == "Permanent Negative");
  CHECK(smtp_category().default_error_condition(250) == std::error_condition(250, smtp_category()));
}
