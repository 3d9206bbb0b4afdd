// The building blocks of parse_bounce(), one by one: transfer decoding
// (base64, quoted-printable, RFC 2047, charsets), header sections and
// Content-Type parameters, multipart splitting, RFC 3464 field groups,
// addresses in free text, HTML to text and the one-pass phrase scan.
#include <smtpcodes/bounce.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace smtpcodes;
namespace b = smtpcodes::detail::bounce;

namespace {
/// Runs `decode` into a fresh arena; returns what it wrote.
template <typename F>
std::string decoded(F&& decode, std::size_t room = 256) {
  std::vector<char> buf(room);
  b::text_arena arena(buf.data(), buf.size());
  decode(arena);
  return std::string(arena.finish(0));
}
}  // namespace

TEST_CASE("base64 (RFC 2045 §6.8)") {
  CHECK(decoded([](b::text_arena& a) { b::decode_base64("SGVsbG8sIHdvcmxkIQ==", a); }) ==
        "Hello, world!");
  // Line breaks and junk are skipped; '=' ends the data.
  CHECK(decoded([](b::text_arena& a) { b::decode_base64("SGVs\r\nbG8*\n=\nIGxhdGVy", a); }) ==
        "Hello");
  CHECK(decoded([](b::text_arena& a) { b::decode_base64("YWI", a); }) == "ab");  // no padding
  CHECK(decoded([](b::text_arena& a) { b::decode_base64("6Q==", a, b::charset_kind::latin1); }) ==
        "\xC3\xA9");  // ISO-8859-1 é as UTF-8
}

TEST_CASE("quoted-printable (RFC 2045 §6.7) and the Q encoding (RFC 2047 §4.2)") {
  CHECK(decoded([](b::text_arena& a) { b::decode_quoted_printable("caf=E9 =3D ok", a); }) ==
        "caf\xE9 = ok");
  // A soft line break joins lines; spaces before a hard line end are dropped.
  CHECK(decoded([](b::text_arena& a) {
          b::decode_quoted_printable("long li=\r\nne   \r\nnext", a);
        }) == "long line\r\nnext");
  CHECK(decoded([](b::text_arena& a) { b::decode_quoted_printable("a=\nb", a); }) == "ab");
  CHECK(decoded([](b::text_arena& a) { b::decode_quoted_printable("100=% sure=", a); }) ==
        "100=% sure");
  CHECK(decoded([](b::text_arena& a) {
          b::decode_quoted_printable("R=E9union_de", a, b::charset_kind::latin1, true);
        }) == "R\xC3\xA9union de");
}

TEST_CASE("header values: folding and RFC 2047 encoded words") {
  const auto value = [](std::string_view v, std::string* charset = nullptr) {
    std::vector<char> buf(256);
    b::text_arena arena(buf.data(), buf.size());
    const b::charset_text t = b::decode_header_value(v, arena);
    if (charset != nullptr) *charset = std::string(t.charset);
    return std::string(t.text);
  };
  CHECK(value("  plain subject ") == "plain subject");
  CHECK(value("folded\r\n\tsubject") == "folded subject");
  CHECK(value("=?UTF-8?B?w6lsw6h2ZQ==?=") == "\xC3\xA9l\xC3\xA8ve");
  // Whitespace between adjacent encoded words is dropped (RFC 2047 §6.2), kept elsewhere.
  CHECK(value("=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?= c") == "ab c");
  CHECK(value("=?utf-8?q?Caf=C3=A9?=\r\n =?utf-8?q?_noir?=") == "Caf\xC3\xA9 noir");
  std::string charset;
  CHECK(value("=?ISO-2022-JP?B?GyRCJEskYxsoQg==?=", &charset) == "\x1b$B$K$c\x1b(B");
  CHECK(charset == "ISO-2022-JP");
  CHECK(value("=?bad", &charset) == "=?bad");
  CHECK(b::classify_charset("\"Latin1\"") == b::charset_kind::latin1);
  CHECK(b::classify_charset("US-ASCII") == b::charset_kind::utf8);
  CHECK(b::classify_charset("windows-1252") == b::charset_kind::other);
}

TEST_CASE("header sections: fields, folds, the mbox From line, unindented parameters") {
  const std::string message =
      "From MAILER-DAEMON Mon Mar 11 10:00:00 2024\n"
      "Subject: first\n  second\n"
      "Content-Type: multipart/alternative;\n"
      "boundary=\"----=_Part_1\"\n"
      "X-Empty:\n"
      "\n"
      "body\n";
  const b::entity e = b::split_entity(message, '\n');
  CHECK(e.body == "body\n");
  CHECK(b::find_field(e.header, '\n', "subject") == "first\n  second");
  const std::string_view ct = b::find_field(e.header, '\n', "content-type");
  const b::content_type parsed = b::parse_content_type(ct);
  CHECK(parsed.is("multipart", "alternative"));
  CHECK(b::find_param(parsed.params, "boundary") == "----=_Part_1");
  CHECK(b::find_field(e.header, '\n', "x-empty").empty());
  CHECK(b::find_param(" charset=us-ascii; NAME=\"a b\"", "name") == "a b");
  CHECK(b::find_param("charset=us-ascii", "boundary").empty());
  // A line that is neither a field nor a continuation ends a broken header.
  const b::entity broken = b::split_entity("Subject: x\nno colon here\nmore\n", '\n');
  CHECK(broken.body == "no colon here\nmore\n");
}

TEST_CASE("multipart bodies (RFC 2046 §5.1.1)") {
  const std::string body =
      "preamble\r\n--xyz\r\nContent-Type: text/plain\r\n\r\none\r\n"
      "--xyz  \r\n\r\ntwo\r\n--xyz--\r\nepilogue\r\n--xyz\r\nnot a part\r\n";
  std::vector<std::string> parts;
  const std::size_t n = b::for_each_part(body, "xyz", '\n', [&](std::string_view p) {
    parts.emplace_back(p);
    return true;
  });
  CHECK(n == 2);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0] == "Content-Type: text/plain\r\n\r\none");
  CHECK(parts[1] == "\r\ntwo");
  // A boundary inside a line is not a delimiter; a missing close ends at the body's end.
  parts.clear();
  CHECK(b::for_each_part("x --abc\n--abc\nonly\n--abcd\n", "abc", '\n', [&](std::string_view p) {
          parts.emplace_back(p);
          return true;
        }) == 1);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0] == "only\n--abcd\n");
  CHECK(b::for_each_part("no delimiters", "abc", '\n', [](std::string_view) { return true; }) == 0);
}

TEST_CASE("RFC 3464 field groups") {
  const std::string dsn =
      "Reporting-MTA: dns; mx.example\n"
      "Arrival-Date: Mon, 11 Mar 2024 10:00:00 +0000\n"
      "\n"
      "Final-Recipient: rfc822; a@example.com\n"
      "Action: failed\n"
      "Status: 5.1.1 (no such user)\n"
      "Diagnostic-Code: smtp; 550 5.1.1\n"
      "  no such user\n"
      "X-Extra: kept\n"
      "Final-Recipient: rfc822;<b@example.com>\n"
      "Action: delayed\n";
  b::dsn_reader r(dsn, '\n');
  b::dsn_recipient_fields rf;
  b::dsn_message_fields mf;
  REQUIRE(r.next(rf, mf));
  CHECK(b::strip_type(mf.reporting_mta) == "mx.example");
  CHECK(rf.final_recipient.empty());
  REQUIRE(r.next(rf, mf));
  CHECK(b::strip_type(rf.final_recipient) == "a@example.com");
  CHECK(rf.status == "5.1.1 (no such user)");
  CHECK(rf.diagnostic == "smtp; 550 5.1.1\n  no such user");
  CHECK(b::group_field(rf.fields, "x-extra") == "kept");
  const b::typed_text d = b::split_diagnostic(rf.diagnostic);
  CHECK(d.type == "smtp");
  CHECK(d.text == "550 5.1.1\n  no such user");
  REQUIRE(r.next(rf, mf));  // a repeated Final-Recipient starts a new group
  CHECK(b::strip_type(rf.final_recipient) == "b@example.com");
  CHECK(b::parse_action(rf.action) == dsn_action::delayed);
  CHECK_FALSE(r.next(rf, mf));
  CHECK(b::split_diagnostic("no type here").type.empty());
  CHECK(b::split_diagnostic("a long sentence; with a semicolon").type.empty());
}

TEST_CASE("addresses in free text") {
  CHECK(b::find_address("to <kim@example.com>: no") == "kim@example.com");
  CHECK(b::find_address("\"first.last\"@example.org said") == "\"first.last\"@example.org");
  CHECK(b::find_address("user@[192.0.2.1]") == "user@[192.0.2.1]");
  CHECK(b::find_address("end of sentence a@example.net.") == "a@example.net");
  CHECK(b::find_address("no address @ here").empty());
  CHECK(b::find_address("@@@").empty());
  CHECK(b::same_text("A@Example.COM", "a@example.com"));
}

TEST_CASE("HTML as text") {
  const std::string t = decoded([](b::text_arena& a) {
    b::html_to_text(
        "<html><head><title>x</title></head><body><p>One&nbsp;&amp;&#32;two</p>"
        "<style>p{}</style>&lt;a@b&gt;<br>&#x263A;&unknown;</body></html>",
        a);
  });
  CHECK(t == "\nOne & two\n<a@b>\n\xE2\x98\xBA&unknown;");
}

TEST_CASE("the phrase scan finds table phrases across line breaks, in order") {
  const std::string text =
      "Hi. This is the qmail-send program at x.\n"
      "The following address(es)\n   failed:\n";
  b::phrase_hits hits;
  b::scan_phrases(text, text.size(), hits);
  REQUIRE(hits.count == 2);
  CHECK(hits.hits[0].kind == b::phrase_kind::generator);
  CHECK(b::generator_markers[hits.hits[0].index].family == bounce_generator::qmail);
  CHECK(hits.hits[1].kind == b::phrase_kind::list);
  CHECK(text.substr(hits.hits[1].begin, hits.hits[1].end - hits.hits[1].begin) ==
        "The following address(es)\n   failed");
  // A line break inside a phrase's first four bytes ("to\n   the following").
  const std::string wrapped = "Sent to\n   the following recipients:\n  a@b\n";
  b::scan_phrases(wrapped, wrapped.size(), hits);
  REQUIRE(hits.count == 1);
  CHECK(hits.hits[0].kind == b::phrase_kind::list);
  CHECK(hits.hits[0].begin == 5);
  CHECK(hits.hits[0].end == wrapped.find(':') + 1);
  b::scan_phrases(text, 10, hits);  // only phrases that start before the limit
  REQUIRE(hits.count == 1);
  CHECK(hits.hits[0].kind == b::phrase_kind::generator);
}
