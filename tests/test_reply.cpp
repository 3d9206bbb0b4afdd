#include <smtpcodes/reply.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace smtpcodes;

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
