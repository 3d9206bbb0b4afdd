#include <smtpcodes/retry.hpp>

#include <doctest/doctest.h>

#include <utility>

using namespace smtpcodes;
using namespace std::chrono_literals;

namespace {
constexpr advice failed(action what, bounce_reason reason, std::chrono::seconds delay = 900s) {
  advice a;
  a.what = what;
  a.reason = reason;
  a.delay = delay;
  a.bounce = bounce_type::soft;
  return a;
}
constexpr advice transient = failed(action::retry_later, bounce_reason::system_error);
}  // namespace

// The default schedule and parsing are usable in constant expressions.
static_assert(retry_schedule{}.count == 3);
static_assert(retry_schedule{}.lifetime() == std::chrono::hours{96});
static_assert(parse_duration("1h30m") == std::chrono::seconds{5400});
static_assert(parse_retry_schedule("F,2h,15m; G,16h,1h,1.5; F,4d,6h")->items[1].multiplier_milli ==
              1500);
static_assert(next_retry(transient, 1, 0s).wait == 900s);
static_assert(noexcept(next_retry(std::declval<const advice&>(), 1u,
                                  std::declval<std::chrono::seconds>(),
                                  std::declval<const retry_schedule&>())));

TEST_CASE("durations: units s m h d w, sums, plain seconds, limits") {
  CHECK(parse_duration("90s") == 90s);
  CHECK(parse_duration("15m") == 900s);
  CHECK(parse_duration("2h") == 7200s);
  CHECK(parse_duration("1d") == 86400s);
  CHECK(parse_duration("1w") == 604800s);
  CHECK(parse_duration("1d6h") == 108000s);
  CHECK(parse_duration("45") == 45s);
  CHECK_FALSE(parse_duration(""));
  CHECK_FALSE(parse_duration("h"));
  CHECK_FALSE(parse_duration("2x"));
  CHECK_FALSE(parse_duration("1h30"));  // a bare number only stands alone
  CHECK_FALSE(parse_duration("-5m"));
  CHECK_FALSE(parse_duration("99999999999s"));
}

TEST_CASE("parse_retry_schedule: Exim's syntax and what it refuses") {
  const auto s = parse_retry_schedule("F,2h,15m; G,16h,1h,1.5; F,4d,6h");
  REQUIRE(s);
  CHECK(s->count == 3);
  CHECK(s->items[0].algorithm == retry_algorithm::fixed);
  CHECK(s->items[0].cutoff == 7200s);
  CHECK(s->items[0].interval == 900s);
  CHECK(s->items[1].algorithm == retry_algorithm::geometric);
  CHECK(s->items[1].cutoff == 57600s);
  CHECK(s->items[1].interval == 3600s);
  CHECK(s->items[2].cutoff == 345600s);
  const auto h = parse_retry_schedule(" H , 1d , 10m , 2.25 ");
  REQUIRE(h);
  CHECK(h->items[0].algorithm == retry_algorithm::randomized);
  CHECK(h->items[0].multiplier_milli == 2250);
  CHECK_FALSE(parse_retry_schedule(""));
  CHECK_FALSE(parse_retry_schedule("X,2h,15m"));
  CHECK_FALSE(parse_retry_schedule("F,2h"));               // no interval
  CHECK_FALSE(parse_retry_schedule("F,2h,15m,1.5"));       // F takes no multiplier
  CHECK_FALSE(parse_retry_schedule("G,2h,15m"));           // G needs one
  CHECK_FALSE(parse_retry_schedule("G,2h,15m,0.5"));       // shrinking intervals
  CHECK_FALSE(parse_retry_schedule("G,2h,15m,1.2345"));    // four decimals
  CHECK_FALSE(parse_retry_schedule("F,4d,6h; F,2h,15m"));  // cutoffs must rise
  CHECK_FALSE(parse_retry_schedule("F,2h,0s"));
  CHECK_FALSE(
      parse_retry_schedule("F,1h,1m;F,2h,1m;F,3h,1m;F,4h,1m;F,5h,1m;F,6h,1m;F,7h,1m;"
                           "F,8h,1m;F,9h,1m"));  // more than retry_items_max
}

TEST_CASE("next_retry: Exim's default schedule, attempt by attempt (exact instants)") {
  // F,2h,15m: attempts at 0, 15m ... 1h45m each wait 15 minutes.
  CHECK(next_retry(transient, 1, 0s).wait == 900s);
  CHECK(next_retry(transient, 8, 6300s).wait == 900s);
  // At 2h the G item starts: 1h, 1.5h, 2.25h, 3.375h, 5.0625h.
  CHECK(next_retry(transient, 9, 7200s).wait == 3600s);
  CHECK(next_retry(transient, 10, 10800s).wait == 5400s);
  CHECK(next_retry(transient, 11, 16200s).wait == 8100s);
  CHECK(next_retry(transient, 12, 24300s).wait == 12150s);
  CHECK(next_retry(transient, 13, 36450s).wait == 18225s);
  // At 15h11m15s the G item is still in force, though its interval reaches past 16h.
  CHECK(next_retry(transient, 14, 54675s).wait == 27337s);
  // From 16h: every 6 hours.
  CHECK(next_retry(transient, 15, 82012s).wait == 21600s);
  // Never past the last cutoff (4 days): the last attempt falls on it.
  CHECK(next_retry(transient, 25, 340000s).wait == 5600s);
  const retry_decision end = next_retry(transient, 26, 345600s);
  CHECK(end.expired);
  CHECK(end.wait == 0s);
}

TEST_CASE("next_retry: actions that need no schedule") {
  const retry_decision gone =
      next_retry(failed(action::give_up, bounce_reason::user_unknown), 1, 0s);
  CHECK(gone.expired);
  CHECK(gone.wait == 0s);
  CHECK_FALSE(next_retry(failed(action::proceed, bounce_reason::none), 1, 0s).expired);
  CHECK(next_retry(failed(action::change_request, bounce_reason::security_error), 1, 0s).wait ==
        0s);
  const retry_decision split = next_retry(
      failed(action::retry_new_transaction, bounce_reason::too_many_recipients, 1s), 1, 0s);
  CHECK_FALSE(split.expired);
  CHECK(split.wait == 1s);
  CHECK(next_retry(transient, 0, 0s).wait == 0s);  // nothing tried yet
  CHECK(next_retry(failed(action::try_next_host, bounce_reason::network_error), 1, 0s).wait ==
        900s);
}

TEST_CASE("next_retry: per-reason overrides and throttle hints") {
  const retry_schedule s = *parse_retry_schedule("F,1d,1h");
  // Greylisting: minutes, never more than the schedule's interval.
  CHECK(next_retry(failed(action::retry_later, bounce_reason::greylisted, 300s), 1, 0s, s).wait ==
        300s);
  // A full mailbox or system: at least the reason's delay (hours).
  const retry_schedule quick = *parse_retry_schedule("F,1d,5m");
  CHECK(next_retry(failed(action::retry_later, bounce_reason::mailbox_full, 3600s), 1, 0s, quick)
            .wait == 3600s);
  CHECK(next_retry(failed(action::retry_later, bounce_reason::system_full, 1800s), 1, 0s, quick)
            .wait == 1800s);
  // Rate limits: at least the delay, and at least a throttle hint.
  advice limited = failed(action::retry_later, bounce_reason::rate_limited, 3600s);
  CHECK(next_retry(limited, 1, 0s, quick).wait == 3600s);
  limited.throttle = {throttle_target::domain, 7200s};
  CHECK(next_retry(limited, 1, 0s, quick).wait == 7200s);
  // Any throttle hint holds the retry back; never past the lifetime.
  advice held = transient;
  held.throttle = {throttle_target::host, 5h};
  CHECK(next_retry(held, 2, 82800s, s).wait == 3600s);  // 23h: one hour left
}

TEST_CASE("next_retry: H items stay between the first interval and G's value, per seed") {
  retry_schedule h = *parse_retry_schedule("H,1d,10m,2");
  std::chrono::seconds first_seed[6];
  for (unsigned n = 1; n <= 6; ++n) {
    // The schedule's own instants: 10m, 20m, 40m ... as G would give them at most.
    const std::chrono::seconds most{600 << (n - 1)};
    const std::chrono::seconds w = next_retry(transient, n, 0s, h).wait;
    CHECK(w >= 600s);
    CHECK(w <= (most < 86400s ? most : 86400s));
    first_seed[n - 1] = w;
  }
  CHECK(next_retry(transient, 4, 0s, h).wait == first_seed[3]);  // deterministic
  h.seed = 42;
  bool differs = false;
  for (unsigned n = 2; n <= 6; ++n)
    differs = differs || next_retry(transient, n, 0s, h).wait != first_seed[n - 1];
  CHECK(differs);
}
