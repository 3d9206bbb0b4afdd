#include <smtpcodes/reply_reader.hpp>

#include <doctest/doctest.h>
#include <smtpcodes/reply.hpp>

#include <string>
#include <vector>

using namespace smtpcodes;

namespace {
struct seen {
  unsigned code;
  std::string raw;
  parse_error error;
  std::uint16_t warnings;
  bool operator==(const seen& o) const {
    return code == o.code && raw == o.raw && error == o.error && warnings == o.warnings;
  }
};

std::vector<seen> whole_buffer(std::string_view bytes) {
  std::vector<seen> out;
  while (!bytes.empty()) {
    const parse_result r = parse_reply(bytes);
    if (r.error == parse_error::incomplete) break;
    out.push_back({r.value.code, std::string(r.value.raw), r.error, r.value.warnings.bits()});
    bytes.remove_prefix(r.consumed);
  }
  return out;
}

template <std::size_t N>
std::vector<seen> streamed(std::string_view bytes, std::size_t chunk) {
  basic_reply_reader<N> reader;
  std::vector<seen> out;
  while (!bytes.empty()) {
    std::string_view piece = bytes.substr(0, chunk);
    bytes.remove_prefix(piece.size());
    while (!piece.empty()) {
      piece.remove_prefix(reader.feed(piece));
      for (parse_result r = reader.next(); r.error != parse_error::incomplete; r = reader.next())
        out.push_back({r.value.code, std::string(r.value.raw), r.error, r.value.warnings.bits()});
    }
  }
  return out;
}

const char* const session =
    "220 mx.example.test ESMTP Postfix\r\n"
    "250-mx.example.test\r\n250-PIPELINING\r\n250-SIZE 20000\r\n250-VRFY\r\n250-ETRN\r\n"
    "250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250 CHUNKING\r\n"
    "250 2.1.0 Ok\r\n"
    "550 5.1.1 <nosuchuser@mx.example.test>: Recipient address rejected: User unknown in local "
    "recipient table\r\n"
    "250 2.1.5 Ok\r\n"
    "354 End data with <CR><LF>.<CR><LF>\r\n"
    "250 2.0.0 Ok: queued as 4Xb2c15Z8Kz9\r\n"
    "550-5.7.1 first\n550 5.7.1 second\n"
    "334\r\n"
    "221 2.0.0 Bye\r\n";
}  // namespace

TEST_CASE("streaming equals whole-buffer parsing for every chunk size") {
  const std::vector<seen> expected = whole_buffer(session);
  REQUIRE(expected.size() == 10);
  CHECK(expected[1].code == 250);
  CHECK(expected[1].raw.size() == 149);
  for (std::size_t chunk : {1u, 2u, 3u, 5u, 7u, 13u, 64u, 4096u}) {
    CAPTURE(chunk);
    CHECK(streamed<65536>(session, chunk) == expected);
    CHECK(streamed<512>(session, chunk) == expected);
  }
}

TEST_CASE("the reader keeps nothing it has returned and reports its buffer") {
  reply_reader reader;
  CHECK(reader.capacity() == 65536);
  CHECK(reader.feed("250 ok\r\n250 o") == 13);
  CHECK(reader.buffered() == 13);
  parse_result r = reader.next();
  REQUIRE(r.ok());
  CHECK(r.value.code == 250);
  CHECK(reader.buffered() == 5);
  CHECK(reader.next().error == parse_error::incomplete);
  CHECK(reader.feed("k2\r\n") == 4);
  r = reader.next();
  REQUIRE(r.ok());
  CHECK(r.value.raw == "250 ok2\r\n");
  CHECK(reader.buffered() == 0);
  reader.feed("250 x");
  reader.reset();
  CHECK(reader.buffered() == 0);
}

TEST_CASE("errors are reported and the reader recovers after the bad line") {
  const std::string bytes = "2x0 bad\r\n250 good\r\n";
  for (std::size_t chunk : {1u, 4u, 100u}) {
    const std::vector<seen> got = streamed<64>(bytes, chunk);
    REQUIRE(got.size() == 2);
    CHECK(got[0].error == parse_error::non_digit_code);
    CHECK(got[1].error == parse_error::none);
    CHECK(got[1].raw == "250 good\r\n");
  }
}

TEST_CASE("a reply larger than the buffer gives reply_too_large, then reading goes on") {
  const std::string big = "250-" + std::string(40, 'a') + "\r\n250-" + std::string(40, 'b') +
                          "\r\n250 end\r\n221 bye\r\n";
  for (std::size_t chunk : {1u, 16u, 200u}) {
    CAPTURE(chunk);
    const std::vector<seen> got = streamed<64>(big, chunk);
    REQUIRE(!got.empty());
    CHECK(got[0].error == parse_error::reply_too_large);
    CHECK(got.back().code == 221);
    CHECK(got.back().error == parse_error::none);
  }
}

TEST_CASE("an over-long line is skipped up to its line end") {
  parse_options o;
  o.max_line_length = 32;
  basic_reply_reader<1024> reader{o};
  const std::string bytes = "250 " + std::string(100, 'x') + "\r\n250 next\r\n";
  std::vector<seen> got;
  for (char c : bytes) {
    reader.feed(std::string_view(&c, 1));
    for (parse_result r = reader.next(); r.error != parse_error::incomplete; r = reader.next())
      got.push_back({r.value.code, std::string(r.value.raw), r.error, r.value.warnings.bits()});
  }
  REQUIRE(got.size() == 2);
  CHECK(got[0].error == parse_error::line_too_long);
  CHECK(got[1].raw == "250 next\r\n");
}

// After an error the rest of the broken reply is skipped: what follows is the
// next reply, never the tail of the broken one read as a reply of its own.
namespace {
std::vector<parse_error> errors_of(const std::vector<seen>& got) {
  std::vector<parse_error> out;
  for (const seen& s : got) out.push_back(s.error);
  return out;
}
}  // namespace

TEST_CASE("the rest of a reply with too many lines is not a new reply") {
  std::string bytes;
  for (int i = 0; i < 300; ++i) bytes += "250-line " + std::to_string(i) + "\r\n";
  bytes += "250 last\r\n221 2.0.0 bye\r\n";
  for (std::size_t chunk : {1u, 7u, 4096u}) {
    CAPTURE(chunk);
    const std::vector<seen> got = streamed<65536>(bytes, chunk);
    REQUIRE(got.size() == 2);
    CHECK(got[0].error == parse_error::too_many_lines);
    CHECK(got[1].error == parse_error::none);
    CHECK(got[1].raw == "221 2.0.0 bye\r\n");
  }
}

TEST_CASE("the rest of a reply larger than the buffer is not a new reply") {
  const std::string big = "250-" + std::string(40, 'a') + "\r\n250-" + std::string(40, 'b') +
                          "\r\n250 end\r\n221 bye\r\n";
  for (std::size_t chunk : {1u, 16u, 200u}) {
    CAPTURE(chunk);
    const std::vector<seen> got = streamed<64>(big, chunk);
    CHECK(errors_of(got) ==
          std::vector<parse_error>{parse_error::reply_too_large, parse_error::none});
    REQUIRE(got.size() == 2);
    CHECK(got[1].raw == "221 bye\r\n");
  }
  // A 65,600-byte EHLO reply and a 421 in the same burst: the default reader
  // reports the reply as too large, then the 421.
  std::string burst;
  while (burst.size() < 65600) burst += "250-" + std::string(996, 'x') + "\r\n";
  burst += "250 SMTPUTF8\r\n421 4.3.2 Service shutting down\r\n";
  for (std::size_t chunk : {1000u, 4096u, 70000u}) {
    CAPTURE(chunk);
    const std::vector<seen> got = streamed<65536>(burst, chunk);
    CHECK(errors_of(got) ==
          std::vector<parse_error>{parse_error::reply_too_large, parse_error::none});
    REQUIRE(got.size() == 2);
    CHECK(got[1].code == 421);
    CHECK(got[1].raw == "421 4.3.2 Service shutting down\r\n");
  }
}

TEST_CASE("an over-long continuation line takes the rest of its reply with it") {
  parse_options o;
  o.max_line_length = 32;
  const std::string bytes =
      "250-a\r\n250-" + std::string(100, 'x') + "\r\n250-c\r\n250 d\r\n221 e\r\n";
  for (std::size_t chunk : {1u, 3u, 50u, 500u}) {
    CAPTURE(chunk);
    basic_reply_reader<1024> reader{o};
    std::vector<seen> got;
    std::string_view rest = bytes;
    while (!rest.empty()) {
      std::string_view piece = rest.substr(0, chunk);
      rest.remove_prefix(piece.size());
      while (!piece.empty()) {
        piece.remove_prefix(reader.feed(piece));
        for (parse_result r = reader.next(); r.error != parse_error::incomplete; r = reader.next())
          got.push_back({r.value.code, std::string(r.value.raw), r.error, r.value.warnings.bits()});
      }
    }
    CHECK(errors_of(got) ==
          std::vector<parse_error>{parse_error::line_too_long, parse_error::none});
    REQUIRE(got.size() == 2);
    CHECK(got[1].raw == "221 e\r\n");
  }
}

TEST_CASE("a bad line in the middle of a reply ends at the reply's last line") {
  for (std::size_t chunk : {1u, 5u, 100u}) {
    CAPTURE(chunk);
    // Lines with different codes: the whole reply goes, the next one stays.
    std::vector<seen> got = streamed<256>("250-a\r\n550-b\r\n550 c\r\n221 d\r\n", chunk);
    CHECK(errors_of(got) ==
          std::vector<parse_error>{parse_error::code_mismatch, parse_error::none});
    REQUIRE(got.size() == 2);
    CHECK(got[1].raw == "221 d\r\n");
    // A NUL in a continuation line.
    static constexpr char with_nul[] = "250-a\r\n250-b\0c\r\n250 d\r\n221 e\r\n";
    got = streamed<256>(std::string_view(with_nul, sizeof with_nul - 1), chunk);
    CHECK(errors_of(got) == std::vector<parse_error>{parse_error::nul_byte, parse_error::none});
    REQUIRE(got.size() == 2);
    CHECK(got[1].raw == "221 e\r\n");
    // A bad last line, or a line that is no reply line at all, takes nothing after it.
    got = streamed<256>("250-a\r\n2x0 b\r\n250 ok\r\n", chunk);
    CHECK(errors_of(got) ==
          std::vector<parse_error>{parse_error::non_digit_code, parse_error::none});
    REQUIRE(got.size() == 2);
    CHECK(got[1].raw == "250 ok\r\n");
    got = streamed<256>("abc-def\r\n250 ok\r\n", chunk);
    CHECK(errors_of(got) ==
          std::vector<parse_error>{parse_error::non_digit_code, parse_error::none});
    REQUIRE(got.size() == 2);
    CHECK(got[1].raw == "250 ok\r\n");
  }
}
