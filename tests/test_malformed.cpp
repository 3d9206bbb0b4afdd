// Malformed-input catalogue: every case asserts the exact parse_error (and how
// far the parser consumed), so a parser that accepts garbage or reports the
// wrong reason fails here.
#include <smtpcodes/reply.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace smtpcodes;
using namespace std::string_literals;

namespace {
struct bad_case {
  std::string input;
  parse_error error;
  std::size_t consumed;  // bytes the parser reports for the bad line (0 for incomplete)
};
}  // namespace

TEST_CASE("malformed-input catalogue") {
  const bad_case cases[] = {
      // Unfinished input is never a guess.
      {"", parse_error::incomplete, 0},
      {"2", parse_error::incomplete, 0},
      {"25", parse_error::incomplete, 0},
      {"250", parse_error::incomplete, 0},
      {"250 OK", parse_error::incomplete, 0},
      {"250 OK\r", parse_error::incomplete, 0},
      {"250-first\r\n", parse_error::incomplete, 0},
      {"250-first\r\n250-second\r\n", parse_error::incomplete, 0},
      {"250-first\r\n250", parse_error::incomplete, 0},
      // Empty and short lines.
      {"\r\n", parse_error::empty_line, 2},
      {"\n", parse_error::empty_line, 1},
      {"250-first\r\n\r\n", parse_error::empty_line, 13},
      {"2\r\n", parse_error::short_line, 3},
      {"25\r\n", parse_error::short_line, 4},
      {"25\n", parse_error::short_line, 3},
      // Non-digit codes.
      {"abc hello\r\n", parse_error::non_digit_code, 11},
      {"2x0 hello\r\n", parse_error::non_digit_code, 11},
      {"25x hello\r\n", parse_error::non_digit_code, 11},
      {" 250 hello\r\n", parse_error::non_digit_code, 12},
      {"-250 hello\r\n", parse_error::non_digit_code, 12},
      {"+50 hello\r\n", parse_error::non_digit_code, 11},
      {"OK\r\n", parse_error::non_digit_code, 4},
      {"x\r\n", parse_error::non_digit_code, 3},
      {"\xef\xbb\xbf"
       "250 OK\r\n",
       parse_error::non_digit_code, 11},
      // First digit outside 1-5.
      {"050 hello\r\n", parse_error::bad_first_digit, 11},
      {"650 hello\r\n", parse_error::bad_first_digit, 11},
      {"750 hello\r\n", parse_error::bad_first_digit, 11},
      {"999 hello\r\n", parse_error::bad_first_digit, 11},
      {"000\r\n", parse_error::bad_first_digit, 5},
      // Second digit 6-9.
      {"260 hello\r\n", parse_error::bad_second_digit, 11},
      {"571 5.7.1 denied\r\n", parse_error::bad_second_digit, 18},
      {"480 hello\r\n", parse_error::bad_second_digit, 11},
      {"599\r\n", parse_error::bad_second_digit, 5},
      // Wrong separators.
      {"2500 hello\r\n", parse_error::bad_separator, 12},
      {"250:hello\r\n", parse_error::bad_separator, 11},
      {"250_hello\r\n", parse_error::bad_separator, 11},
      {"250\thello\r\n", parse_error::bad_separator, 11},
      {"250.hello\r\n", parse_error::bad_separator, 11},
      {"250=hello\r\n", parse_error::bad_separator, 11},
      {"250-first\r\n250+second\r\n", parse_error::bad_separator, 23},
      // Different codes on one reply's lines (RFC 5321 4.2.1).
      {"250-first\r\n251 second\r\n", parse_error::code_mismatch, 23},
      {"250-first\r\n550 second\r\n", parse_error::code_mismatch, 23},
      {"550-5.1.1 a\r\n550-5.1.1 b\r\n551 5.1.1 c\r\n", parse_error::code_mismatch, 39},
      {"220-a\r\n250 b\r\n", parse_error::code_mismatch, 14},
      // NUL and control bytes.
      {"250 hel\0lo\r\n"s, parse_error::nul_byte, 12},
      {"\0"
       "250 hello\r\n"s,
       parse_error::nul_byte, 12},
      {"250 \x1b[31mred\r\n", parse_error::control_character, 14},
      {"250 bell\x07\r\n", parse_error::control_character, 11},
      {"250 back\x08space\r\n", parse_error::control_character, 16},
      {"250 del\x7f\r\n", parse_error::control_character, 10},
      {"250 form\x0c"
       "feed\r\n",
       parse_error::control_character, 15},
      {"250-ok\r\n250 vt\x0b\r\n", parse_error::control_character, 17},
      // A CR that is not part of CRLF.
      {"250 a\rb\r\n", parse_error::bare_cr, 9},
      {"250 a\r\r\n", parse_error::bare_cr, 8},
      {"\r250 ok\r\n", parse_error::bare_cr, 9},
  };
  CHECK(sizeof(cases) / sizeof(cases[0]) >= 50);
  for (const bad_case& c : cases) {
    CAPTURE(c.input);
    const parse_result r = parse_reply(c.input);
    CHECK(r.error == c.error);
    CHECK(r.consumed == c.consumed);
    CHECK_FALSE(r.ok());
    CHECK(r.value.code == 0);
  }
}

TEST_CASE("line length limits: 512 is flagged, the configured limit is an error") {
  const std::string long_text(600, 'a');
  const parse_result flagged = parse_reply("250 " + long_text + "\r\n");
  CHECK(flagged.ok());
  CHECK(flagged.value.warnings.has(reply_warning::long_line));

  const std::string exactly_512 = "250 " + std::string(506, 'b') + "\r\n";
  REQUIRE(exactly_512.size() == 512);
  CHECK_FALSE(parse_reply(exactly_512).value.warnings.has(reply_warning::long_line));
  CHECK(parse_reply(exactly_512 + "x").ok());  // the reply ends at its CRLF

  parse_options strict;
  strict.max_line_length = 512;
  const std::string too_long = "250 " + std::string(507, 'c') + "\r\n";
  const parse_result r = parse_reply(too_long, strict);
  CHECK(r.error == parse_error::line_too_long);
  CHECK(r.consumed == 512);
  CHECK(parse_reply(exactly_512, strict).ok());
  // Without a line end yet, the limit still decides once it is reached.
  CHECK(parse_reply(std::string(512, '2'), strict).error == parse_error::line_too_long);
  CHECK(parse_reply(std::string(511, '2'), strict).error == parse_error::incomplete);

  // The default accepts long AUTH challenges (RFC 4954 4).
  const std::string challenge = "334 " + std::string(12000, 'Q') + "\r\n";
  const parse_result auth = parse_reply(challenge);
  CHECK(auth.ok());
  CHECK(auth.value.code == 334);
  CHECK(parse_reply("334 " + std::string(17000, 'Q') + "\r\n").error == parse_error::line_too_long);
}

TEST_CASE("too many lines") {
  parse_options o;
  o.max_lines = 3;
  CHECK(parse_reply("250-a\r\n250-b\r\n250 c\r\n", o).ok());
  const parse_result r = parse_reply("250-a\r\n250-b\r\n250-c\r\n250 d\r\n", o);
  CHECK(r.error == parse_error::too_many_lines);
  CHECK(r.consumed == 28);
  std::string many;
  for (int i = 0; i < 300; ++i) many += "250-line\r\n";
  many += "250 end\r\n";
  CHECK(parse_reply(many).error == parse_error::too_many_lines);
}

TEST_CASE("error names") {
  CHECK(to_string(parse_error::none) == "none");
  CHECK(to_string(parse_error::code_mismatch) == "code_mismatch");
  CHECK(to_string(parse_error::reply_too_large) == "reply_too_large");
  CHECK(to_string(static_cast<parse_error>(99)) == "unknown");
}
