#include <smtpcodes/ostream.hpp>

#include <doctest/doctest.h>

#include <iomanip>
#include <sstream>
#include <string>

using namespace smtpcodes;

namespace {
template <class T>
std::string streamed(const T& value) {
  std::ostringstream os;
  os << value;
  return os.str();
}
}  // namespace

TEST_CASE("operator<< writes codes as numbers and enums as their to_string names") {
  CHECK(streamed(reply_code::mailbox_unavailable) == "550");
  CHECK(streamed(reply_code::auth_challenge) == "334");
  CHECK(streamed(enhanced_status{5, 7, 133}) == "5.7.133");
  CHECK(streamed(action::retry_new_transaction) == "retry_new_transaction");
  CHECK(streamed(action::continue_) == "continue");
  CHECK(streamed(bounce_reason::user_unknown) == "user_unknown");
  CHECK(streamed(bounce_type::hard) == "hard");
}

TEST_CASE("operator<< writes a reply as one line, a width applying to all of it") {
  const parse_result multi = parse_reply(
      "550-5.1.1 The email account that you tried to reach\r\n550 5.1.1 does not exist\r\n");
  REQUIRE(multi.ok());
  CHECK(streamed(multi.value) ==
        "550 5.1.1 The email account that you tried to reach does not exist");
  const parse_result bare = parse_reply("334\r\n");
  REQUIRE(bare.ok());
  CHECK(streamed(bare.value) == "334");
  const parse_result plain = parse_reply("250 OK\r\n");
  std::ostringstream os;
  os << std::setw(10) << std::left << plain.value << '|';
  CHECK(os.str() == "250 OK    |");
}
