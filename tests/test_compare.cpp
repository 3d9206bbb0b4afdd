#include <smtpcodes/compare.hpp>

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

using namespace smtpcodes;

namespace {

constexpr comparison c_211_455 =
    compare(reply_code::system_status, reply_code::unable_to_accommodate_parameters);
constexpr comparison c_421_455 =
    compare(reply_code::service_not_available, reply_code::unable_to_accommodate_parameters);

// compare() is a constant expression: these hold at compile time.
static_assert(!c_211_455.same_class);
static_assert(c_211_455.size() == 8);
static_assert(c_211_455.differences[0].what == aspect::reply_class);
static_assert(c_211_455.differences[0].first == "positive_completion");
static_assert(c_211_455.differences[0].second == "transient_negative");
static_assert(c_211_455.shared.size() == 1 && c_211_455.shared[0].what == aspect::connection);
static_assert(c_421_455.same_class && !c_421_455.differences.contains(aspect::reply_class));
static_assert(c_421_455.shared.find(aspect::reply_class)->first == "transient_negative");
static_assert(compare(reply_code::ok, reply_code::ok).identical());
static_assert(compare(reply_code::ok, reply_code::ok).shared.size() == aspect_count);
static_assert(retry_token(250) == "not_needed" && retry_token(354) == "send_next_part");
static_assert(retry_token(421) == "retry_later" && retry_token(550) == "do_not_retry");
static_assert(retry_token(535) == "retry_after_change" && retry_token(555) == "retry_after_change");
static_assert(retry_token(999) == "unknown" && retry_token(571) == "do_not_retry");
static_assert(connection_token(221) == "closes" && connection_token(250) == "stays_open");
static_assert(noexcept(compare(reply_code::ok, reply_code::ok)));
static_assert(to_string(aspect::when_seen) == "when_seen");

struct expected {
  aspect what;
  std::string_view first, second;
};

void check_records(const record_list& got, const std::vector<expected>& want) {
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    CAPTURE(i);
    CHECK(got[i].what == want[i].what);
    CHECK(got[i].first == want[i].first);
    CHECK(got[i].second == want[i].second);
  }
}

}  // namespace

TEST_CASE("compare: 211 vs 455 differs in class, category, texts, retry, commands, reference") {
  const reply_info& a = info(reply_code::system_status);
  const reply_info& b = info(reply_code::unable_to_accommodate_parameters);
  check_records(c_211_455.differences,
                {{aspect::reply_class, "positive_completion", "transient_negative"},
                 {aspect::category, "information", "mail_system"},
                 {aspect::meaning, a.description, b.description},
                 {aspect::when_seen, a.when_seen, b.when_seen},
                 {aspect::remedy, a.how_to_fix, b.how_to_fix},
                 {aspect::retry, "not_needed", "retry_later"},
                 {aspect::commands, "HELP", "MAIL RCPT"},
                 {aspect::reference, a.reference, b.reference}});
  check_records(c_211_455.shared, {{aspect::connection, "stays_open", "stays_open"}});
  CHECK(c_211_455.first == reply_code::system_status);
  CHECK(c_211_455.second == reply_code::unable_to_accommodate_parameters);
  CHECK(c_211_455.first_commands == a.commands);
}

TEST_CASE("compare: 421 vs 455 has no reply_class record, and 421 closes the connection") {
  const reply_info& a = info(reply_code::service_not_available);
  const reply_info& b = info(reply_code::unable_to_accommodate_parameters);
  check_records(c_421_455.differences, {{aspect::category, "connections", "mail_system"},
                                        {aspect::meaning, a.description, b.description},
                                        {aspect::when_seen, a.when_seen, b.when_seen},
                                        {aspect::remedy, a.how_to_fix, b.how_to_fix},
                                        {aspect::connection, "closes", "stays_open"},
                                        {aspect::commands, "ANY", "MAIL RCPT"},
                                        {aspect::reference, a.reference, b.reference}});
  check_records(c_421_455.shared,
                {{aspect::reply_class, "transient_negative", "transient_negative"},
                 {aspect::retry, "retry_later", "retry_later"}});
  CHECK(c_421_455.first_commands.any());
}

TEST_CASE("compare: same class and same category records neither") {
  // 550 and 551: both 5xx, both mail system.
  const comparison c = compare(reply_code::mailbox_unavailable, reply_code::user_not_local);
  CHECK(c.same_class);
  CHECK_FALSE(c.differences.contains(aspect::reply_class));
  CHECK_FALSE(c.differences.contains(aspect::category));
  CHECK(c.shared.find(aspect::category)->first == "mail_system");
  CHECK(c.differences.find(aspect::commands)->first == "HELO EHLO MAIL RCPT END-OF-DATA VRFY EXPN");
  CHECK(c.differences.find(aspect::commands)->second == "RCPT VRFY");
}

TEST_CASE("compare: a code with itself has only shared traits") {
  const comparison c = compare(reply_code::service_ready, reply_code::service_ready);
  CHECK(c.identical());
  CHECK(c.size() == 0);
  CHECK(c.begin() == c.end());
  REQUIRE(c.shared.size() == aspect_count);
  for (std::size_t i = 0; i < aspect_count; ++i) {
    CHECK(c.shared[i].what == static_cast<aspect>(i));
    CHECK(c.shared[i].first == c.shared[i].second);
  }
  CHECK(c.shared.find(aspect::commands)->first == "CONNECT STARTTLS");
}

TEST_CASE("compare: records for every pair of registered codes are complete and ordered") {
  for (const reply_info& x : all_replies()) {
    for (const reply_info& y : all_replies()) {
      CAPTURE(x.wire());
      CAPTURE(y.wire());
      const comparison c = compare(x.code, y.code);
      bool seen[aspect_count] = {};
      for (const difference& d : c) {
        CHECK(d.first != d.second);
        seen[static_cast<std::size_t>(d.what)] = true;
      }
      for (const difference& d : c.shared) {
        CHECK(d.first == d.second);
        CHECK_FALSE(seen[static_cast<std::size_t>(d.what)]);
        seen[static_cast<std::size_t>(d.what)] = true;
      }
      for (const bool s : seen) CHECK(s);
      for (std::size_t i = 1; i < c.differences.size(); ++i)
        CHECK(c.differences[i - 1].what < c.differences[i].what);
      CHECK(c.same_class == (classify(x.code) == classify(y.code)));
      CHECK(c.differences.contains(aspect::reply_class) == !c.same_class);
      CHECK(c.differences.contains(aspect::category) == (category(x.code) != category(y.code)));
      CHECK(c.differences.contains(aspect::meaning) == (x.code != y.code));
      for (const difference& d : c) CHECK_FALSE(d.first.empty());
    }
  }
}

TEST_CASE("compare: retry tokens follow the class, with client-fixable 5xx codes apart") {
  for (const reply_info& r : all_replies()) {
    CAPTURE(r.wire());
    const std::string_view t = retry_token(r.wire());
    switch (classify(r.code)) {
      case reply_class::positive_completion:
        CHECK(t == "not_needed");
        break;
      case reply_class::positive_intermediate:
        CHECK(t == "send_next_part");
        break;
      case reply_class::transient_negative:
        CHECK(t == "retry_later");
        break;
      default:
        CHECK((t == "do_not_retry" || t == "retry_after_change"));
        break;
    }
  }
  for (const unsigned code : {500u, 501u, 502u, 503u, 504u, 530u, 534u, 535u, 538u, 555u})
    CHECK(retry_token(code) == "retry_after_change");
  for (const unsigned code : {521u, 550u, 551u, 552u, 553u, 554u, 556u})
    CHECK(retry_token(code) == "do_not_retry");
}

TEST_CASE("compare: an unregistered value compares by its digits") {
  const comparison c = compare(static_cast<reply_code>(571), reply_code::mailbox_unavailable);
  CHECK(c.same_class);
  CHECK(c.differences.find(aspect::category)->first == "unknown");
  CHECK(c.differences.find(aspect::commands)->first == "ANY");
  CHECK(c.first_commands.any());
}
