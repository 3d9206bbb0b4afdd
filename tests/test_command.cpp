#include <smtpcodes/command.hpp>

#include <doctest/doctest.h>

using namespace smtpcodes;

TEST_CASE("command names") {
  CHECK(to_string(smtp_command::rcpt) == "RCPT");
  CHECK(to_string(smtp_command::end_of_data) == "end of DATA");
  CHECK(to_string(smtp_command::connect) == "connection");
  CHECK(to_string(smtp_command::etrn) == "ETRN");
  CHECK(to_string(static_cast<smtp_command>(200)) == "unknown");
}

TEST_CASE("identifiers round-trip through parse_command") {
  CHECK(to_identifier(smtp_command::end_of_data) == "end_of_data");
  CHECK(to_identifier(smtp_command::connect) == "connect");
  CHECK(to_identifier(static_cast<smtp_command>(99)) == "unknown");
  for (unsigned i = 1; i < smtp_command_count; ++i) {
    const auto c = static_cast<smtp_command>(i);
    CAPTURE(i);
    CHECK(parse_command(to_identifier(c)) == c);
  }
}

TEST_CASE("parse_command is case-insensitive and rejects other words") {
  CHECK(parse_command("rcpt") == smtp_command::rcpt);
  CHECK(parse_command("MAIL") == smtp_command::mail);
  CHECK(parse_command("Ehlo") == smtp_command::ehlo);
  CHECK(parse_command("connect") == smtp_command::connect);
  CHECK(parse_command("greeting") == smtp_command::connect);
  CHECK(parse_command("end-of-data") == smtp_command::end_of_data);
  CHECK(parse_command("dot") == smtp_command::end_of_data);
  CHECK(parse_command("") == smtp_command::unknown);
  CHECK(parse_command("RCPTX") == smtp_command::unknown);
  CHECK(parse_command("unknown") == smtp_command::unknown);
}

TEST_CASE("command_set") {
  constexpr command_set s = smtp_command::mail | smtp_command::rcpt;
  CHECK(s.has(smtp_command::mail));
  CHECK(s.has(smtp_command::rcpt));
  CHECK_FALSE(s.has(smtp_command::data));
  CHECK_FALSE(s.any());
  CHECK(s.bits() == ((1u << 6) | (1u << 7)));
  CHECK(any_command.has(smtp_command::quit));
  CHECK(any_command.has(smtp_command::burl));
  CHECK_FALSE(any_command.has(smtp_command::unknown));
  CHECK(command_set{}.empty());
  CHECK((command_set{} | smtp_command::data) == command_set{1u << 8});
}
