#include <smtpcodes/reply_code.hpp>

#include <doctest/doctest.h>

#include <initializer_list>

using namespace smtpcodes;

TEST_CASE("classify uses the first digit of any three-digit number (RFC 5321 4.2.1)") {
  CHECK(classify(150u) == reply_class::positive_preliminary);
  CHECK(classify(250u) == reply_class::positive_completion);
  CHECK(classify(299u) == reply_class::positive_completion);
  CHECK(classify(354u) == reply_class::positive_intermediate);
  CHECK(classify(421u) == reply_class::transient_negative);
  CHECK(classify(511u) == reply_class::permanent_negative);
  CHECK(classify(571u) == reply_class::permanent_negative);
  CHECK(classify(599u) == reply_class::permanent_negative);
}

TEST_CASE("numbers that cannot be reply codes are unknown") {
  for (unsigned n : {0u, 1u, 42u, 99u, 600u, 999u, 1000u, 2500u, 65535u}) {
    CAPTURE(n);
    CHECK(classify(n) == reply_class::unknown);
    CHECK(category(n) == reply_category::unknown);
    CHECK_FALSE(is_well_formed(n));
    CHECK_FALSE(is_positive(n));
    CHECK_FALSE(is_permanent(n));
  }
  CHECK(is_well_formed(100u));
  CHECK(is_well_formed(599u));
}

TEST_CASE("category uses the second digit and 6-9 are undefined") {
  CHECK(category(500u) == reply_category::syntax);
  CHECK(category(211u) == reply_category::information);
  CHECK(category(421u) == reply_category::connections);
  CHECK(category(535u) == reply_category::unspecified_3);
  CHECK(category(541u) == reply_category::unspecified_4);
  CHECK(category(550u) == reply_category::mail_system);
  CHECK(category(560u) == reply_category::unknown);
  CHECK(category(599u) == reply_category::unknown);
}

TEST_CASE("enum overloads agree with the wire number") {
  CHECK(static_cast<unsigned>(reply_code::ok) == 250);
  CHECK(to_unsigned(reply_code::domain_does_not_accept_mail) == 556);
  CHECK(classify(reply_code::service_not_available) == reply_class::transient_negative);
  CHECK(category(reply_code::service_not_available) == reply_category::connections);
  CHECK(is_intermediate(reply_code::start_mail_input));
  CHECK(is_transient(reply_code::insufficient_storage));
  CHECK(is_permanent(reply_code::transaction_failed));
  CHECK(is_positive(reply_code::auth_succeeded));
  CHECK(is_negative(reply_code::local_error));
  CHECK_FALSE(is_negative(reply_code::ok));
}

TEST_CASE("predicates") {
  CHECK(is_positive(150u));
  CHECK(is_positive(220u));
  CHECK_FALSE(is_positive(354u));
  CHECK(is_intermediate(334u));
  CHECK(is_transient(452u));
  CHECK_FALSE(is_transient(552u));
  CHECK(is_permanent(552u));
  CHECK(is_negative(452u));
  CHECK(is_negative(552u));
}

TEST_CASE("to_string(reply_code) is the wire number, for every number 100-599") {
  CHECK(to_string(reply_code::mailbox_unavailable) == "550");
  CHECK(to_string(reply_code::system_status) == "211");
  CHECK(to_string(reply_code::domain_does_not_accept_mail) == "556");
  for (unsigned n = 100; n <= 599; ++n) {
    const std::string_view s = to_string(static_cast<reply_code>(n));
    REQUIRE(s.size() == 3);
    CHECK(static_cast<unsigned>((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0')) == n);
  }
  CHECK(to_string(static_cast<reply_code>(99)) == "unknown");
  CHECK(to_string(static_cast<reply_code>(600)) == "unknown");
  CHECK(to_string(static_cast<reply_code>(0)) == "unknown");
}
