#include <smtpcodes/reply.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace smtpcodes;
using namespace std::string_literals;

namespace {
std::string joined(const reply& r, char sep = ' ') {
  std::string out(r.text_size(sep), '\0');
  const std::string_view v = r.text_to(out.data(), out.size(), sep);
  return std::string(v);
}
std::vector<std::string> bodies(const reply& r) {
  std::vector<std::string> out;
  for (const reply_line l : r.lines()) out.emplace_back(l.body);
  return out;
}
}  // namespace

TEST_CASE("single-line reply with an enhanced status (RFC 2034)") {
  const parse_result r = parse_reply("550 5.1.1 <u@example.com>: User unknown\r\n");
  REQUIRE(r.ok());
  CHECK(r.consumed == 41);
  CHECK(r.value.code == 550);
  CHECK(r.value.klass() == reply_class::permanent_negative);
  REQUIRE(r.value.status.has_value());
  CHECK(*r.value.status == enhanced_status{5, 1, 1});
  CHECK(r.value.line_count == 1);
  CHECK_FALSE(r.value.multiline());
  CHECK_FALSE(r.value.warnings.any());
  CHECK(r.value.raw == "550 5.1.1 <u@example.com>: User unknown\r\n");
  CHECK(joined(r.value) == "<u@example.com>: User unknown");
}

TEST_CASE("multi-line EHLO reply") {
  const char* ehlo =
      "250-mx.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-ENHANCEDSTATUSCODES\r\n"
      "250 CHUNKING\r\n";
  const parse_result r = parse_reply(ehlo);
  REQUIRE(r.ok());
  CHECK(r.value.code == 250);
  CHECK(r.value.line_count == 5);
  CHECK(r.value.multiline());
  CHECK_FALSE(r.value.status.has_value());
  CHECK(bodies(r.value) == std::vector<std::string>{"mx.example.test", "PIPELINING",
                                                    "SIZE 10240000", "ENHANCEDSTATUSCODES",
                                                    "CHUNKING"});
  CHECK(joined(r.value, '\n') ==
        "mx.example.test\nPIPELINING\nSIZE 10240000\nENHANCEDSTATUSCODES\nCHUNKING");
  int last_count = 0;
  for (const reply_line l : r.value.lines()) last_count += l.last ? 1 : 0;
  CHECK(last_count == 1);
}

TEST_CASE("enhanced code on every line is removed from the joined text") {
  const char* gmail =
      "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
      "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
      "550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser x - gsmtp\r\n";
  const parse_result r = parse_reply(gmail);
  REQUIRE(r.ok());
  CHECK(r.value.line_count == 3);
  CHECK(*r.value.status == enhanced_status{5, 1, 1});
  CHECK_FALSE(r.value.warnings.has(reply_warning::status_inconsistent));
  CHECK(joined(r.value) ==
        "The email account that you tried to reach does not exist. Please try double-checking "
        "the recipient's email address for typos or unnecessary spaces. "
        "https://support.google.com/mail/?p=NoSuchUser x - gsmtp");
}

TEST_CASE("real-world forms are accepted and flagged") {
  SUBCASE("bare code (RFC 5321 4.2)") {
    const parse_result r = parse_reply("334\r\n");
    REQUIRE(r.ok());
    CHECK(r.value.code == 334);
    CHECK(r.value.warnings.has(reply_warning::no_text));
    CHECK(joined(r.value).empty());
  }
  SUBCASE("bare code with a space") {
    const parse_result r = parse_reply("334 \r\n");
    REQUIRE(r.ok());
    CHECK_FALSE(r.value.warnings.has(reply_warning::no_text));
  }
  SUBCASE("bare LF") {
    const parse_result r = parse_reply("250-a\n250 b\n");
    REQUIRE(r.ok());
    CHECK(r.consumed == 12);
    CHECK(r.value.warnings.has(reply_warning::bare_lf));
    CHECK(joined(r.value) == "a b");
  }
  SUBCASE("text beginning with digits (RFC 5321 4.2.1)") {
    const parse_result r = parse_reply("250-234 Text beginning with numbers\r\n250 done\r\n");
    REQUIRE(r.ok());
    CHECK(r.value.line_count == 2);
    CHECK_FALSE(r.value.status.has_value());
    CHECK(joined(r.value) == "234 Text beginning with numbers done");
  }
  SUBCASE("#5.1.0") {
    const parse_result r = parse_reply("550 #5.1.0 Address rejected.\r\n");
    REQUIRE(r.ok());
    CHECK(*r.value.status == enhanced_status{5, 1, 0});
    CHECK(r.value.warnings.has(reply_warning::hash_status));
    CHECK(joined(r.value) == "Address rejected.");
  }
  SUBCASE("qmail's trailing (#5.7.1)") {
    const parse_result r =
        parse_reply("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\r\n");
    REQUIRE(r.ok());
    CHECK(*r.value.status == enhanced_status{5, 7, 1});
    CHECK(r.value.warnings.has(reply_warning::trailing_status));
  }
  SUBCASE("multi-digit parts") {
    const parse_result r =
        parse_reply("550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup\r\n");
    REQUIRE(r.ok());
    CHECK(*r.value.status == enhanced_status{5, 7, 133});
    CHECK(*parse_reply("556 5.1.10 null MX\r\n").value.status == enhanced_status{5, 1, 10});
  }
  SUBCASE("class mismatch is kept and reported (RFC 2034 4)") {
    const parse_result r = parse_reply("550 4.2.2 Mailbox full\r\n");
    REQUIRE(r.ok());
    CHECK(*r.value.status == enhanced_status{4, 2, 2});
    CHECK(r.value.warnings.has(reply_warning::status_class_mismatch));
  }
  SUBCASE("status present on some lines only, or differing") {
    CHECK(parse_reply("550-5.1.1 a\r\n550 b\r\n")
              .value.warnings.has(reply_warning::status_inconsistent));
    const parse_result r = parse_reply("550-5.1.1 a\r\n550 5.7.1 b\r\n");
    CHECK(*r.value.status == enhanced_status{5, 1, 1});
    CHECK(r.value.warnings.has(reply_warning::status_inconsistent));
  }
  SUBCASE("invalid status forms stay text") {
    for (const char* s : {"550 5.01.1 x\r\n", "550 5.1.1000 x\r\n", "550 5.1 x\r\n",
                          "550 6.1.1 x\r\n", "550 5.1.1.1 x\r\n", "550 5.1.1x\r\n"}) {
      CAPTURE(s);
      const parse_result r = parse_reply(s);
      REQUIRE(r.ok());
      CHECK_FALSE(r.value.status.has_value());
    }
  }
  SUBCASE("3xx with a status, 1yz, UTF-8") {
    CHECK(parse_reply("354 2.0.0 go ahead\r\n")
              .value.warnings.has(reply_warning::status_on_intermediate));
    CHECK(parse_reply("150 preliminary\r\n").value.warnings.has(reply_warning::preliminary_code));
    const parse_result utf8 = parse_reply("550 5.1.1 Benutzer \xc3\xbc unbekannt\r\n");
    REQUIRE(utf8.ok());
    CHECK(utf8.value.warnings.has(reply_warning::non_ascii));
  }
  SUBCASE("tab inside text is allowed (RFC 5321 textstring)") {
    CHECK(parse_reply("250 a\tb\r\n").ok());
  }
}

TEST_CASE("pipelined replies parse in a loop") {
  const std::string stream =
      "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 <b@x>: unknown\r\n354 End data\r\n";
  std::vector<unsigned> codes;
  std::string_view rest = stream;
  while (!rest.empty()) {
    const parse_result r = parse_reply(rest);
    REQUIRE(r.ok());
    codes.push_back(r.value.code);
    rest.remove_prefix(r.consumed);
  }
  CHECK(codes == std::vector<unsigned>{250, 250, 550, 354});
}

TEST_CASE("text_to never writes past the capacity") {
  const parse_result r = parse_reply("550-5.1.1 first line\r\n550 5.1.1 second\r\n");
  REQUIRE(r.ok());
  CHECK(r.value.text_size() == 17);
  char buf[8] = {'#', '#', '#', '#', '#', '#', '#', '#'};
  const std::string_view v = r.value.text_to(buf, 5);
  CHECK(v == "first");
  CHECK(buf[5] == '#');
  CHECK(r.value.text_to(buf, 0).empty());
}

// At run time a clean reply is read in one pass over kernel masks of 64
// bytes; these cases put line ends, tabs, high bytes and bad bytes on and
// around the block edges and at the end of the buffer.
namespace {
constexpr std::uint16_t bits(reply_warning w) { return static_cast<std::uint16_t>(w); }
}  // namespace

TEST_CASE("lines across 64-byte blocks") {
  // A first line of n bytes (CRLF included) has its CR at byte n - 2 and
  // its LF at n - 1: before, on and after the edge of the first block.
  for (const std::size_t n : {60u, 62u, 63u, 64u, 65u, 66u, 126u, 127u, 128u, 129u, 130u}) {
    CAPTURE(n);
    const std::string first = "250-" + std::string(n - 6, 'a') + "\r\n";
    const std::string second = "250 2.0.0 " + std::string(n - 12, 'b') + "\r\n";
    const std::string in = first + second + "221 2.0.0 Bye\r\n";
    REQUIRE(first.size() == n);
    REQUIRE(second.size() == n);
    for (const std::size_t size : {in.size(), 2 * n}) {  // more bytes after it, or none
      CAPTURE(size);
      const parse_result r = parse_reply(std::string_view(in).substr(0, size));
      REQUIRE(r.ok());
      CHECK(r.consumed == 2 * n);
      CHECK(r.value.code == 250);
      CHECK(r.value.line_count == 2);
      REQUIRE(r.value.status.has_value());
      CHECK(*r.value.status == enhanced_status{2, 0, 0});
      // Only the second line has a status.
      CHECK(r.value.warnings.bits() == bits(reply_warning::status_inconsistent));
      CHECK(r.value.raw.data() == in.data());
      CHECK(r.value.raw.size() == 2 * n);
    }
    CHECK(parse_reply(std::string_view(in).substr(0, 2 * n - 1)).error == parse_error::incomplete);
    const parse_result bye = parse_reply(std::string_view(in).substr(2 * n));
    REQUIRE(bye.ok());
    CHECK(bye.consumed == 15);
    CHECK(bye.value.code == 221);
    CHECK(bye.value.warnings.bits() == 0);
  }
}

TEST_CASE("a long multi-line reply: twelve lines over four blocks") {
  const std::string ehlo =
      "250-mx.example.test Hello [192.0.2.1]\r\n250-PIPELINING\r\n250-SIZE 157286400\r\n"
      "250-ETRN\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN XOAUTH2\r\n250-ENHANCEDSTATUSCODES\r\n"
      "250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250-CHUNKING\r\n250 X-EXPS GSSAPI NTLM\r\n";
  REQUIRE(ehlo.size() == 229);
  const parse_result r = parse_reply(ehlo + "235 2.7.0 ok\r\n");
  REQUIRE(r.ok());
  CHECK(r.consumed == 229);
  CHECK(r.value.line_count == 12);
  CHECK_FALSE(r.value.status.has_value());
  CHECK(r.value.warnings.bits() == 0);

  // One continuation line with "#5.1.0": the status is found, and flagged.
  const parse_result hash = parse_reply("550-a\r\n550-#5.1.0 b\r\n550 c\r\n");
  REQUIRE(hash.ok());
  CHECK(hash.value.line_count == 3);
  CHECK(*hash.value.status == enhanced_status{5, 1, 0});
  CHECK(hash.value.warnings.bits() ==
        (bits(reply_warning::hash_status) | bits(reply_warning::status_inconsistent)));
  // The same status on every line: nothing to flag.
  const parse_result same = parse_reply("421-4.7.0 a\r\n421-4.7.0 b\r\n421 4.7.0 c\r\n");
  REQUIRE(same.ok());
  CHECK(*same.value.status == enhanced_status{4, 7, 0});
  CHECK(same.value.warnings.bits() == 0);
}

TEST_CASE("the end of the buffer: short buffers, and line ends on the last bytes") {
  const parse_result tiny = parse_reply("250 OK\r\n");
  REQUIRE(tiny.ok());
  CHECK(tiny.consumed == 8);
  CHECK(tiny.value.warnings.bits() == 0);
  const parse_result bare = parse_reply("250 OK\n");  // the LF is the last byte
  REQUIRE(bare.ok());
  CHECK(bare.consumed == 7);
  CHECK(bare.value.warnings.bits() == bits(reply_warning::bare_lf));
  // 70 bytes: the second line ends in the last 64 bytes of the buffer.
  const std::string two = "250-" + std::string(50, 'x') + "\r\n250 " + std::string(8, 'y') + "\r\n";
  REQUIRE(two.size() == 70);
  const parse_result r = parse_reply(two);
  REQUIRE(r.ok());
  CHECK(r.consumed == 70);
  CHECK(r.value.line_count == 2);
  for (std::size_t cut = 0; cut < two.size(); ++cut) {
    CAPTURE(cut);
    CHECK(parse_reply(std::string_view(two).substr(0, cut)).error == parse_error::incomplete);
  }
  // Bytes after the reply, clean or not, change nothing.
  for (const std::string& after : {"\0\x01\x7f"s, "\r"s, "\xff"s, std::string(100, '\0')}) {
    const std::string in = "250 2.1.5 Ok\r\n" + after;
    const parse_result ok = parse_reply(in);
    REQUIRE(ok.ok());
    CHECK(ok.consumed == 14);
    CHECK(*ok.value.status == enhanced_status{2, 1, 5});
    CHECK(ok.value.warnings.bits() == 0);
  }
}

TEST_CASE("tabs, high bytes and bad bytes in later lines and blocks") {
  const std::string first = "250-" + std::string(70, 'a') + "\r\n";  // 76 bytes
  // A tab and a high byte on each side of the first block's last byte.
  std::string edge = "250-" + std::string(70, 'a') + "\r\n";
  edge[62] = '\t';
  edge[63] = '\xc3';
  edge[64] = '\xbc';
  edge[65] = '\t';
  const parse_result utf8 = parse_reply(edge + "250 \xc3\xbc\r\n");
  REQUIRE(utf8.ok());
  CHECK(utf8.consumed == 84);
  CHECK(utf8.value.line_count == 2);
  CHECK(utf8.value.warnings.bits() == bits(reply_warning::non_ascii));
  const parse_result tab = parse_reply(first + "250 \tx\r\n");
  REQUIRE(tab.ok());
  CHECK(tab.value.warnings.bits() == 0);
  // Bad bytes in the second line, which starts in the second block.
  CHECK(parse_reply(first + "250 x\0y\r\n"s).error == parse_error::nul_byte);
  CHECK(parse_reply(first + "250 x\0y\r\n"s).consumed == 85);
  CHECK(parse_reply(first + "250 x\x7fy\r\n").error == parse_error::control_character);
  CHECK(parse_reply(first + "250 x\x01y\r\n").error == parse_error::control_character);
  CHECK(parse_reply(first + "250 x\ry\r\n").error == parse_error::bare_cr);
  CHECK(parse_reply(first + "250 x\ry\r\n").consumed == 85);
  CHECK(parse_reply(first + "251 x\r\n").error == parse_error::code_mismatch);
  CHECK(parse_reply(first + "25\r\n").error == parse_error::short_line);
  CHECK(parse_reply(first + "\r\n").error == parse_error::empty_line);
  CHECK(parse_reply(first + "250x\r\n").error == parse_error::bad_separator);
  // A CR as the last byte of the first block, with no LF after it.
  std::string cr = "250 " + std::string(66, 'a') + "\r\n";
  cr[63] = '\r';
  CHECK(parse_reply(cr).error == parse_error::bare_cr);
  CHECK(parse_reply(cr).consumed == 72);
}

TEST_CASE("lines of exactly the limit, and one byte more") {
  parse_options o;
  o.max_line_length = 100;
  const std::string exact = "250-" + std::string(94, 'a') + "\r\n";  // 100 bytes
  const std::string over = "250 " + std::string(95, 'b') + "\r\n";   // 101 bytes
  REQUIRE(exact.size() == 100);
  const parse_result ok = parse_reply(exact + "250 " + std::string(94, 'c') + "\r\n", o);
  REQUIRE(ok.ok());
  CHECK(ok.consumed == 200);
  CHECK(ok.value.warnings.bits() == 0);
  const parse_result first = parse_reply(over, o);
  CHECK(first.error == parse_error::line_too_long);
  CHECK(first.consumed == 100);
  const parse_result second = parse_reply(exact + over, o);
  CHECK(second.error == parse_error::line_too_long);
  CHECK(second.consumed == 200);
  // Over 512 octets (RFC 5321 4.5.3.1.5), within the default limit: flagged.
  const std::string long_line = "250-" + std::string(600, 'd') + "\r\n250 e\r\n";
  const parse_result flagged = parse_reply(long_line);
  REQUIRE(flagged.ok());
  CHECK(flagged.consumed == 613);
  CHECK(flagged.value.warnings.bits() == bits(reply_warning::long_line));
}

TEST_CASE("byte flags at run time: every length to 40, every byte class at every place") {
  // scan_bytes() skips clean 16-byte blocks (the last one overlapping) or
  // 8-byte words; scan_bytes_slow() looks at every byte.
  const unsigned char bad[] = {0x00, 0x01, '\t', '\n', '\r', 0x1F, 0x7F, 0x80, 0xFF};
  std::size_t checked = 0;
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string text(n, 'a');
    CHECK(detail::scan_bytes(text.data(), n) == 0);
    for (std::size_t at = 0; at < n; ++at) {
      for (const unsigned char b : bad) {
        text[at] = static_cast<char>(b);
        const unsigned want = detail::byte_class(b);
        CHECK(detail::scan_bytes_slow(text.data(), n) == want);
        CHECK(detail::scan_bytes(text.data(), n) == want);
        ++checked;
      }
      text[at] = 'a';
    }
  }
  CHECK(checked == 9 * (40 * 41 / 2));
}

TEST_CASE("parse_reply_complete: the end of a string ends its last line") {
  // The streaming parser waits for the line end, as it must on a socket.
  CHECK(parse_reply("550 5.1.1 User unknown").error == parse_error::incomplete);
  const parse_result r = parse_reply_complete("550 5.1.1 User unknown");
  REQUIRE(r.ok());
  CHECK(r.consumed == 22);
  CHECK(r.value.code == 550);
  CHECK(r.value.status == enhanced_status{5, 1, 1});
  CHECK(joined(r.value) == "User unknown");
  CHECK(!r.value.warnings.any());
  const parse_result multi =
      parse_reply_complete("250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE");
  REQUIRE(multi.ok());
  CHECK(multi.value.line_count == 3);
  CHECK(bodies(multi.value) == std::vector<std::string>{"mx.example.com", "PIPELINING", "SIZE"});
  CHECK(multi.consumed == 44);
  // A string that ends inside a multi-line reply, or holds nothing, is incomplete.
  CHECK(parse_reply_complete("250-a\r\n250-b\r\n").error == parse_error::incomplete);
  CHECK(parse_reply_complete("").error == parse_error::incomplete);
  // Bad input gets the same errors as on the wire.
  CHECK(parse_reply_complete("55x nope").error == parse_error::non_digit_code);
  CHECK(parse_reply_complete("250-a\r\n251 b").error == parse_error::code_mismatch);
  CHECK(parse_reply_complete("250 a\x01z").error == parse_error::control_character);
  parse_options small;
  small.max_line_length = 8;
  CHECK(parse_reply_complete("250 0123456789", small).error == parse_error::line_too_long);
  // A string with its line end parses as parse_reply() parses it.
  const parse_result ended = parse_reply_complete("250 OK\r\n");
  CHECK(ended.ok());
  CHECK(ended.consumed == 8);
  CHECK(ended.value.raw == "250 OK\r\n");
}

TEST_CASE("parse_reply_complete(s) agrees with parse_reply(s + CRLF)") {
  const char* texts[] = {"220 mx.example.com ESMTP",
                         "250-mx.example.com\r\n250-8BITMIME\r\n250 DSN",
                         "334",
                         "334 VXNlcm5hbWU6",
                         "421-4.7.0 Try again later,\n421 4.7.0 closing connection.",
                         "452 4.5.3 Too many recipients",
                         "550 5.7.1 Relaying denied (#5.7.1)",
                         "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
                         "250 2.0.0 Ok: queued as 4Xb2c15Z8Kz9",
                         "550-5.1.1 first\r\n550 5.2.1 second",
                         "150 preliminary",
                         "650 nope",
                         "560 second digit",
                         "250x",
                         "25"};
  for (const char* t : texts) {
    CAPTURE(t);
    const parse_result whole = parse_reply_complete(t);
    const std::string wire = std::string(t) + "\r\n";
    const parse_result ended = parse_reply(wire);
    CHECK(whole.error == ended.error);
    CHECK(whole.value.code == ended.value.code);
    CHECK(whole.value.status == ended.value.status);
    CHECK(whole.value.line_count == ended.value.line_count);
    CHECK(whole.value.warnings == ended.value.warnings);
    if (whole.ok()) {
      CHECK(whole.consumed == std::string_view(t).size());
      CHECK(joined(whole.value) == joined(ended.value));
    }
  }
}

TEST_CASE("a status-shaped token that breaks RFC 3463 is reported, never dropped silently") {
  const parse_result r = parse_reply("432 6.8.9 World!\r\n");
  REQUIRE(r.ok());
  CHECK(r.value.code == 432);
  CHECK_FALSE(r.value.status.has_value());
  CHECK(r.value.warnings.has(reply_warning::status_invalid));
  CHECK(r.value.warnings.bits() == static_cast<std::uint16_t>(reply_warning::status_invalid));
  // Leading zeros, four-digit parts, the "#" form, and the line-by-line path (a bare LF).
  CHECK(parse_reply("550 5.01.1 No\r\n").value.warnings.has(reply_warning::status_invalid));
  CHECK(parse_reply("550 5.1.1000 No\r\n").value.warnings.has(reply_warning::status_invalid));
  CHECK(parse_reply("550 #1.2.3 No\n").value.warnings.has(reply_warning::status_invalid));
  CHECK(parse_reply("250-0.0.0 a\r\n250 ok\r\n").value.warnings.has(reply_warning::status_invalid));
  // Not status-shaped: no warning.
  CHECK_FALSE(parse_reply("250 1.2.3.4 is your address\r\n")
                  .value.warnings.has(reply_warning::status_invalid));
  CHECK_FALSE(parse_reply("250 8BITMIME\r\n").value.warnings.has(reply_warning::status_invalid));
  CHECK_FALSE(parse_reply("550 5.1.1 No\r\n").value.warnings.has(reply_warning::status_invalid));
  CHECK_FALSE(parse_reply("220 3.7\r\n").value.warnings.has(reply_warning::status_invalid));
}

TEST_CASE("qmail chkuser's trailing status with a comment: (#5.1.1 - chkuser)") {
  const parse_result r =
      parse_reply("511 sorry, no mailbox here by that name (#5.1.1 - chkuser)\r\n");
  REQUIRE(r.ok());
  REQUIRE(r.value.status.has_value());
  CHECK(*r.value.status == enhanced_status{5, 1, 1});
  CHECK(r.value.warnings.has(reply_warning::trailing_status));
  // The line-by-line path (a bare LF) reads it the same way.
  const parse_result lf =
      parse_reply("511 sorry, no mailbox here by that name (#5.1.1 - chkuser)\n");
  REQUIRE(lf.value.status.has_value());
  CHECK(*lf.value.status == enhanced_status{5, 1, 1});
  // A ')' inside the comment, or no space after the status: not a trailing status.
  CHECK_FALSE(parse_reply("511 no (#5.1.1 x) y)\r\n").value.status.has_value());
  CHECK_FALSE(parse_reply("511 no (#5.1.1x)\r\n").value.status.has_value());
}

TEST_CASE("status_edge(): the bytes that may start a status token or end qmail's trailing one") {
  for (unsigned b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const bool starts = (b >= '0' && b <= '9') || b == '#';
    const bool ends = b == ')' || b == ' ' || b == '\t';
    CAPTURE(b);
    CHECK(((detail::status_edge(c) & detail::token_start) != 0) == starts);
    CHECK(((detail::status_edge(c) & detail::trailing_end) != 0) == ends);
    const bool leads = b == '#' || b == '2' || b == '4' || b == '5';
    CHECK(((detail::status_edge(c) & detail::leading_start) != 0) == leads);
  }
}

TEST_CASE("statuses outside the start of the lines, in one line and in several") {
  // qmail's trailing status with blanks after it, on a single line and on the
  // last line of a multi-line reply, the clean scan and the line-by-line path.
  for (const char* wire :
       {"550 no mailbox here (#5.1.1)\t \r\n", "550 no mailbox here (#5.1.1)\t \n",
        "550-first line\r\n550 no mailbox here (#5.1.1) \r\n",
        "550-first line\n550 no mailbox here (#5.1.1) \n"}) {
    CAPTURE(wire);
    const parse_result r = parse_reply(wire);
    REQUIRE(r.ok());
    REQUIRE(r.value.status.has_value());
    CHECK(*r.value.status == enhanced_status{5, 1, 1});
    CHECK(r.value.warnings.has(reply_warning::trailing_status));
    CHECK_FALSE(r.value.warnings.has(reply_warning::status_invalid));
  }
  // Only the last line's end counts: a trailing status on the first of two
  // lines is not the reply's.
  CHECK_FALSE(parse_reply("550-no mailbox (#5.1.1)\r\n550 bye\r\n").value.status.has_value());
  // A status-shaped token that is not a status, at the start of the first
  // line's text of one line and of several; not on a later line only.
  for (const char* wire :
       {"550 9.1.1 no\r\n", "550 #9.1.1 no\r\n", "550-9.1.1 no\r\n550 bye\r\n"}) {
    CAPTURE(wire);
    const parse_result r = parse_reply(wire);
    REQUIRE(r.ok());
    CHECK_FALSE(r.value.status.has_value());
    CHECK(r.value.warnings.has(reply_warning::status_invalid));
  }
  CHECK_FALSE(
      parse_reply("550-no\r\n550 9.1.1 bye\r\n").value.warnings.has(reply_warning::status_invalid));
}

TEST_CASE("text_size() and text_to() honour the separator; '\\0' joins with nothing between") {
  const parse_result r = parse_reply("250-first\r\n250-second\r\n250 third\r\n");
  REQUIRE(r.ok());
  CHECK(r.value.text_size(' ') == 18);
  CHECK(r.value.text_size('\n') == 18);
  CHECK(r.value.text_size('\0') == 16);
  char buf[32];
  CHECK(r.value.text_to(buf, sizeof buf, '\0') == "firstsecondthird");
  CHECK(r.value.text_to(buf, sizeof buf, '|') == "first|second|third");
  static_assert(parse_reply("250-a\r\n250 b\r\n").value.text_size('\0') == 2);
  static_assert(parse_reply("250-a\r\n250 b\r\n").value.text_size(';') == 3);
}
