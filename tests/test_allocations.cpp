// Counts every heap allocation of the program and asserts that parse, find,
// classify, advise, the reader and parse_bounce() allocate nothing.
#include <smtpcodes/bounce.hpp>
#include <smtpcodes/retry.hpp>
#include <smtpcodes/rules.hpp>
#include <smtpcodes/smtpcodes.hpp>

#include "socketmap.hpp"      // examples/smtp_explain: postfix-filter
#include "status_filter.hpp"  // examples/smtp_explain: postfix-filter

#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

namespace {
std::atomic<long> allocations{0};

// Out of line, so that g++ -O2 does not inline malloc() and free() into the standard
// containers' code and then warn that a pointer from operator new reaches free()
// (-Wmismatched-new-delete), which it does for some inlining decisions.
[[gnu::noinline]] void* counted_alloc(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  std::abort();
}
// The nothrow forms (std::stable_sort's temporary buffer uses them): counted
// too, and from malloc(), so that every pointer release() frees came from it.
[[gnu::noinline]] void* counted_alloc_nothrow(std::size_t n) noexcept {
  allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n == 0 ? 1 : n);
}
[[gnu::noinline]] void release(void* p) noexcept { std::free(p); }
}  // namespace

void* operator new(std::size_t n) { return counted_alloc(n); }
void* operator new[](std::size_t n) { return counted_alloc(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  return counted_alloc_nothrow(n);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  return counted_alloc_nothrow(n);
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }

using namespace smtpcodes;

TEST_CASE("the allocation counter sees allocations") {
  const long before = allocations.load();
  void* volatile p = ::operator new(16);  // a call the optimiser may not elide
  ::operator delete(p);
  CHECK(allocations.load() == before + 1);
}

TEST_CASE("core paths allocate nothing") {
  static reply_reader reader;  // 64 KiB: static, not on the test's stack
  const char* session =
      "220 mx ESMTP\r\n250-mx\r\n250-PIPELINING\r\n250 8BITMIME\r\n250 2.1.0 Ok\r\n"
      "550-5.1.1 a\r\n550 5.1.1 b\r\n452 4.5.3 Too many recipients\r\n";
  const char* log =
      "postfix/smtp[1]: 4F2: to=<u@x>, status=bounced (host x[192.0.2.1] said: 550 5.7.1 blocked "
      "using zen.spamhaus.org (in reply to RCPT TO command))";
  const long before = allocations.load();
  unsigned sum = 0;
  for (int round = 0; round < 100; ++round) {
    std::string_view rest = session;
    while (!rest.empty()) {
      const parse_result r = parse_reply(rest);
      if (!r.ok()) break;
      sum += static_cast<unsigned>(classify(r.value.code));
      sum += static_cast<unsigned>(advise(r.value, smtp_command::rcpt).what);
      if (const reply_info* i = find(r.value.code)) sum += static_cast<unsigned>(i->name.size());
      if (r.value.status) sum += static_cast<unsigned>(lookup(*r.value.status).level);
      sum += static_cast<unsigned>(
          compare(reply_code::ok, static_cast<reply_code>(r.value.code)).size());
      rest.remove_prefix(r.consumed);
    }
    const text_match m = find_reply(log);
    sum += m.value.code;
    sum += static_cast<unsigned>(advise(std::string_view(log)).reason);
    // Texts without a reply code: a status first, a status alone, wording alone, other scripts.
    for (const char* text : {"5.1.1 550 <a@b.example>: User unknown", "5.2.2 Mailbox full",
                             "Message could not be delivered for 5 days", "宛先は存在しません"})
      sum += static_cast<unsigned>(advise(std::string_view(text)).reason);
    for (std::size_t i = 0; session[i] != '\0'; ++i) {
      reader.feed(std::string_view(session + i, 1));
      for (parse_result r = reader.next(); r.error != parse_error::incomplete; r = reader.next())
        sum += r.value.code;
    }
  }
  const long after = allocations.load();
  CHECK(after == before);
  CHECK(sum > 0);
}

TEST_CASE("advise() with operator rules and provider profiles allocates nothing") {
  rule_set rules;  // built first: building may allocate
  for (const char* t : {"mailbox full", "user unknown", "*quota*", "spf"}) {
    rule r;
    r.texts = {t};
    r.reason = bounce_reason::mailbox_full;
    REQUIRE(rules.add(std::move(r)).empty());
  }
  rule by_host;
  by_host.hosts = {"example.com"};
  by_host.throttle = {throttle_target::domain, std::chrono::hours{1}};
  REQUIRE(rules.add(std::move(by_host)).empty());
  rule by_code;  // filed under its code pattern
  by_code.codes = {*parse_code_pattern("45x")};
  by_code.texts = {"x"};
  REQUIRE(rules.add(std::move(by_code)).empty());
  rule by_status;  // filed under its status
  by_status.statuses = {*parse_status_pattern("4.4.1")};
  by_status.reason = bounce_reason::network_error;
  REQUIRE(rules.add(std::move(by_status)).empty());
  (void)provider_profiles();  // built on first use
  const parse_result r = parse_reply("452-4.2.2 Mailbox full\r\n452 4.2.2 over quota\r\n");
  const char* log =
      "host mx.example.com said: 550 5.1.1 User unknown (in reply to RCPT TO command)";
  const long before = allocations.load();
  unsigned sum = 0;
  for (int k = 0; k < 100; ++k) {
    const advice a = advise(r.value, smtp_command::rcpt, rules, "mx.example.com");
    sum += static_cast<unsigned>(a.reason) + static_cast<unsigned>(a.rule.size());
    sum += static_cast<unsigned>(advise(log, smtp_command::unknown, rules, "gmail.com").what);
    sum += static_cast<unsigned>(
        advise("status=deferred (dsn=4.4.1, connect to mx: Connection timed out)",
               smtp_command::unknown, rules, "mx.example.com")
            .reason);
    sum += static_cast<unsigned>(next_retry(a, 3, std::chrono::minutes{40}).wait.count());
  }
  CHECK(allocations.load() == before);
  CHECK(sum > 0);
}

TEST_CASE("parse_bounce() with a caller's buffer allocates nothing") {
  static char text[1 << 16];
  static bounce_report report;
  const std::string_view message =
      "From: MAILER-DAEMON@mx.example (Mail Delivery System)\r\n"
      "Subject: Undelivered Mail Returned to Sender\r\n"
      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
      "--b\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.example.\r\n\r\n"
      "<u@example.com>: host x[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO "
      "command)\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n"
      "Content-Transfer-Encoding: quoted-printable\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n"
      "Final-Recipient: rfc822; u@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n"
      "Diagnostic-Code: smtp; 550 5.1.1 no such user\r\n\r\n--b--\r\n";
  const long before = allocations.load();
  std::size_t stored = 0;
  for (int round = 0; round < 50; ++round) {
    parse_bounce(message, text_buffer(text), report);
    stored += report.stored;
  }
  CHECK(allocations.load() == before);
  CHECK(stored == 50);
  CHECK(report[0].verdict.reason == bounce_reason::user_unknown);
}

TEST_CASE("postfix-filter: reading a request and deciding its answer allocate nothing") {
  namespace sm = smtp_explain::socketmap;
  rule_set rules;
  rule hold;
  hold.texts = {"policy-hold"};
  hold.rewrite = enhanced_status{4, 7, 1};
  REQUIRE(rules.add(std::move(hold)).empty());
  std::vector<std::string> requests;  // netstrings, built before counting
  for (const char* payload :
       {"smtpcodes 4.1.1 host x[192.0.2.1] said: 450 4.1.1 User unknown in local recipient "
        "table (in reply to RCPT TO command)",
        "smtpcodes 5.7.1 host x[192.0.2.1] said: 550 5.7.1 policy-hold (in reply to RCPT TO "
        "command)",
        "smtpcodes 2.0.0 250 2.0.0 Ok: queued as 4XyZ1k"}) {
    std::string bytes(sm::netstring_size(std::string_view(payload).size()), '\0');
    bytes.resize(sm::write_netstring(payload, {}, bytes.data(), bytes.size()));
    requests.push_back(bytes);
  }
  const long before = allocations.load();
  unsigned sum = 0;
  for (int k = 0; k < 100; ++k) {
    for (const std::string& bytes : requests) {
      const sm::netstring n = sm::read_netstring(bytes, 65536);
      const sm::request q = sm::split_request(n.payload);
      const auto d = smtp_explain::status_filter::decide(q.key, rules);
      sum += static_cast<unsigned>(d.what) + d.to.cls + static_cast<unsigned>(n.error);
    }
  }
  CHECK(allocations.load() == before);
  // rewrite (1) to 5.1.1, rewrite to 4.7.1, keep (0) with no new status
  CHECK(sum == 100 * (1 + 5 + 1 + 4 + 0));
}
