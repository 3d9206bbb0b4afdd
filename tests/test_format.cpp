#include <smtpcodes/format.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace smtpcodes;

// fmt: where the build found it (SMTPCODES_TEST_FMT is set when the unit
// suite links fmt). std::format: where the standard library has it.
#if defined(SMTPCODES_HAS_FMT) && defined(SMTPCODES_TEST_FMT)
TEST_CASE("fmt::format writes codes as numbers, statuses dotted, enums by name") {
  CHECK(fmt::format("{}", reply_code::mailbox_unavailable) == "550");
  CHECK(fmt::format("{}", enhanced_status{4, 2, 2}) == "4.2.2");
  CHECK(fmt::format("{}", action::give_up) == "give_up");
  CHECK(fmt::format("{}", bounce_reason::greylisted) == "greylisted");
  CHECK(fmt::format("{}", bounce_type::soft) == "soft");
  CHECK(fmt::format("[{:>5}|{:<8}|{:*^9}]", reply_code::ok, bounce_type::none, action::give_up) ==
        "[  250|none    |*give_up*]");
  const parse_result r =
      parse_reply("421-4.7.0 Try again later,\r\n421 4.7.0 closing connection.\r\n");
  REQUIRE(r.ok());
  CHECK(fmt::format("{}", r.value) == "421 4.7.0 Try again later, closing connection.");
}
#endif

#if defined(SMTPCODES_HAS_STD_FORMAT)
TEST_CASE("std::format writes codes as numbers, statuses dotted, enums by name") {
  CHECK(std::format("{}", reply_code::mailbox_unavailable) == "550");
  CHECK(std::format("{}", enhanced_status{4, 2, 2}) == "4.2.2");
  CHECK(std::format("{}", action::give_up) == "give_up");
  CHECK(std::format("{}", bounce_reason::greylisted) == "greylisted");
  CHECK(std::format("{}", bounce_type::soft) == "soft");
  CHECK(std::format("[{:>5}|{:<8}]", reply_code::ok, bounce_type::none) == "[  250|none    ]");
  const parse_result r = parse_reply("250 2.0.0 Ok\r\n");
  REQUIRE(r.ok());
  CHECK(std::format("{}", r.value) == "250 2.0.0 Ok");
}
#endif

TEST_CASE("format.hpp says which formatters it defined") {
#if defined(SMTPCODES_TEST_FMT)
  CHECK(SMTPCODES_HAS_FMT == 1);
#endif
#if defined(__cpp_lib_format) && __cpp_lib_format >= 201907L && !defined(SMTPCODES_NO_STD_FORMAT)
  CHECK(SMTPCODES_HAS_STD_FORMAT == 1);
#else
#if defined(SMTPCODES_HAS_STD_FORMAT)
  CHECK(false);  // defined without <format>
#endif
#endif
  CHECK(detail::format_text(reply_code::ok) == "250");
}
