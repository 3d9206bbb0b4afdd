// Compile-time checks of the parser: building this file is the test.
#include <smtpcodes/reply.hpp>

using namespace smtpcodes;

// By default detail/simd.hpp compiles exactly one kernel set: the one the fast
// paths use (tests/test_simd.cpp asks for all of them).
static_assert(SMTPCODES_SIMD_BUILD_SSE2 + SMTPCODES_SIMD_BUILD_SWAR + SMTPCODES_SIMD_BUILD_PLAIN ==
              1);
#if (defined(__GNUC__) || defined(__clang__)) && defined(__SSE2__)
static_assert(SMTPCODES_SIMD_BUILD_SSE2 == 1);  // x86-64 always
#elif (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
static_assert(SMTPCODES_SIMD_BUILD_SWAR == 1);  // AArch64, or x86-64 with -U__SSE2__
#else
static_assert(SMTPCODES_SIMD_BUILD_PLAIN == 1);
#endif

constexpr parse_result ehlo =
    parse_reply("250-mx.example.test\r\n250-SIZE 1000\r\n250 8BITMIME\r\n");
static_assert(ehlo.ok() && ehlo.value.code == 250 && ehlo.value.line_count == 3);
static_assert(ehlo.consumed == 50);
constexpr parse_result gone = parse_reply("550 5.1.1 User unknown\r\n");
static_assert(gone.value.status && *gone.value.status == enhanced_status{5, 1, 1});
static_assert(parse_reply("250 ok").error == parse_error::incomplete);
static_assert(parse_reply("2x0 ok\r\n").error == parse_error::non_digit_code);
static_assert(parse_reply("260 ok\r\n").error == parse_error::bad_second_digit);
static_assert(parse_reply("250-a\r\n251 b\r\n").error == parse_error::code_mismatch);
static_assert(parse_reply("334\r\n").value.warnings.has(reply_warning::no_text));
static_assert(parse_reply("553 no (#5.7.1)\r\n").value.status->detail == 1);
constexpr text_match log =
    find_reply("host x[192.0.2.1] said: 452 4.2.2 full (in reply to RCPT TO command)");
static_assert(log.ok() && log.value.code == 452 && log.command == smtp_command::rcpt);
static_assert(find_reply("10.0.0.1 port 587").error == parse_error::no_reply_found);
static_assert(noexcept(parse_reply("")) && noexcept(find_reply("")));

constexpr bool reader_works() {
  basic_reply_reader<64> r;
  r.feed("250 o");
  if (r.next().error != parse_error::incomplete) return false;
  r.feed("k\r\n");
  return r.next().value.code == 250;
}
static_assert(reader_works());

// The rest of a broken reply is skipped at compile time too: after
// too_many_lines the next reply is the 221, not the reply's last lines.
constexpr bool reader_skips_broken_reply() {
  parse_options o;
  o.max_lines = 2;
  basic_reply_reader<64> r{o};
  r.feed("250-a\r\n250-b\r\n250-c\r\n25");
  if (r.next().error != parse_error::too_many_lines) return false;
  if (r.next().error != parse_error::incomplete) return false;
  r.feed("0 d\r\n221 e\r\n");
  const parse_result next = r.next();
  return next.ok() && next.value.code == 221;
}
static_assert(reader_skips_broken_reply());

int main() { return 0; }

// parse_reply_complete() in a constant expression: a string's end ends its line.
static_assert(parse_reply_complete("550 5.1.1 User unknown").ok());
static_assert(parse_reply_complete("550 5.1.1 User unknown").value.code == 550);
static_assert(parse_reply("550 5.1.1 User unknown").error == parse_error::incomplete);
static_assert(parse_reply_complete("250-a\r\n250 b").value.line_count == 2);
static_assert(noexcept(parse_reply_complete("250 OK")));
