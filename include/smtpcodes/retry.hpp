// When to try a failed delivery again: retry_schedule in Exim's retry-rule
// syntax ("F,2h,15m; G,16h,1h,1.5; F,4d,6h"), parse_retry_schedule(), and
// next_retry(), which turns an advice and the attempts so far into a wait or
// "expired". RFC 5321 §4.5.4.1 (sending strategy) asks for such a schedule.
#ifndef SMTPCODES_RETRY_HPP
#define SMTPCODES_RETRY_HPP

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include "advice.hpp"

namespace smtpcodes {
inline namespace v1 {

/// How the intervals of one schedule item grow (Exim's F, G and H).
enum class retry_algorithm : std::uint8_t {
  fixed,       ///< F: the same interval every time
  geometric,   ///< G: the first interval, then each one the one before times the multiplier
  randomized,  ///< H: between the first interval and G's value, chosen from the schedule's seed
};

/// One item: its algorithm applies while the time since the first attempt is below `cutoff`.
struct retry_item {
  retry_algorithm algorithm = retry_algorithm::fixed;
  std::chrono::seconds cutoff{0};      ///< measured from the first attempt
  std::chrono::seconds interval{0};    ///< F: every interval; G, H: the first (and least) interval
  std::uint32_t multiplier_milli = 0;  ///< G, H: the multiplier in thousandths (1.5 -> 1500)
};

/// Most items a schedule holds.
inline constexpr std::size_t retry_items_max = 8;

/// A retry schedule. Default-constructed it is Exim's default rule:
/// every 15 minutes for 2 hours, then intervals from 1 hour growing by 1.5
/// until 16 hours, then every 6 hours until 4 days after the first attempt.
struct retry_schedule {
  std::array<retry_item, retry_items_max> items{
      retry_item{retry_algorithm::fixed, std::chrono::hours{2}, std::chrono::minutes{15}, 0},
      retry_item{retry_algorithm::geometric, std::chrono::hours{16}, std::chrono::hours{1}, 1500},
      retry_item{retry_algorithm::fixed, std::chrono::hours{96}, std::chrono::hours{6}, 0}};
  std::size_t count = 3;
  /// No interval is longer (Exim's retry_interval_max, 24 hours by default).
  std::chrono::seconds max_interval{std::chrono::hours{24}};
  /// Chooses H items' intervals: the same seed gives the same instants.
  std::uint64_t seed = 0;

  /// The last cutoff: after it the delivery has expired.
  [[nodiscard]] constexpr std::chrono::seconds lifetime() const noexcept {
    return count == 0 ? std::chrono::seconds{0} : items[count - 1].cutoff;
  }
};

/// What next_retry() says: give up now (`expired`), or wait `wait` and try again.
struct retry_decision {
  bool expired;
  std::chrono::seconds wait;
};

namespace detail {

/// Parses "123" (seconds) or a sequence of numbers with units s, m, h, d, w
/// ("90s", "15m", "2h", "1d", "1h30m"); at most ten years.
[[nodiscard]] constexpr std::optional<std::chrono::seconds> duration_of(
    std::string_view s) noexcept {
  constexpr std::int64_t limit = std::int64_t{10} * 366 * 86400;
  if (s.empty()) return std::nullopt;
  std::int64_t total = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    std::int64_t n = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      n = n * 10 + (s[i] - '0');
      if (n > limit) return std::nullopt;
    }
    std::int64_t unit = 1;
    if (i < s.size()) {
      switch (s[i++]) {
        case 's':
          unit = 1;
          break;
        case 'm':
          unit = 60;
          break;
        case 'h':
          unit = 3600;
          break;
        case 'd':
          unit = 86400;
          break;
        case 'w':
          unit = 7 * 86400;
          break;
        default:
          return std::nullopt;
      }
    } else if (total != 0) {
      return std::nullopt;  // "1h30": a number without a unit only stands alone
    }
    total += n * unit;
    if (total > limit) return std::nullopt;
  }
  return std::chrono::seconds{total};
}

[[nodiscard]] constexpr std::string_view trim_spaces(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// "1.5" -> 1500: at most three decimals, at least 1.0, at most 100.
[[nodiscard]] constexpr std::optional<std::uint32_t> multiplier_of(std::string_view s) noexcept {
  std::uint32_t whole = 0, frac = 0, scale = 1000;
  std::size_t i = 0;
  if (s.empty() || s[0] < '0' || s[0] > '9') return std::nullopt;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    whole = whole * 10 + static_cast<std::uint32_t>(s[i] - '0');
    if (whole > 100) return std::nullopt;
  }
  if (i < s.size()) {
    if (s[i++] != '.' || i == s.size()) return std::nullopt;
    for (; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9' || scale == 1) return std::nullopt;
      scale /= 10;
      frac += static_cast<std::uint32_t>(s[i] - '0') * scale;
    }
  }
  const std::uint32_t milli = whole * 1000 + frac;
  if (milli < 1000 || milli > 100000) return std::nullopt;
  return milli;
}

/// One item "F,2h,15m" or "G,16h,1h,1.5".
[[nodiscard]] constexpr std::optional<retry_item> retry_item_of(std::string_view s) noexcept {
  std::string_view parts[4];
  std::size_t n = 0;
  for (;;) {
    const std::size_t comma = s.find(',');
    if (n == 4) return std::nullopt;
    parts[n++] = trim_spaces(s.substr(0, comma));
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  retry_item item;
  if (parts[0] == "F")
    item.algorithm = retry_algorithm::fixed;
  else if (parts[0] == "G")
    item.algorithm = retry_algorithm::geometric;
  else if (parts[0] == "H")
    item.algorithm = retry_algorithm::randomized;
  else
    return std::nullopt;
  if (n != (item.algorithm == retry_algorithm::fixed ? 3u : 4u)) return std::nullopt;
  const auto cutoff = duration_of(parts[1]);
  const auto interval = duration_of(parts[2]);
  if (!cutoff || !interval || interval->count() == 0 || cutoff->count() == 0) return std::nullopt;
  item.cutoff = *cutoff;
  item.interval = *interval;
  if (n == 4) {
    const auto m = multiplier_of(parts[3]);
    if (!m) return std::nullopt;
    item.multiplier_milli = *m;
  }
  return item;
}

/// A 64-bit mix (SplitMix64's finaliser) of the seed and the attempt number.
[[nodiscard]] constexpr std::uint64_t retry_mix(std::uint64_t x) noexcept {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

/// The interval after attempt `k` (0: the first attempt) when it is the
/// `j`-th attempt (from 0) made under `item`. G: interval x m^j, each step
/// truncated to whole seconds, at most `cap`. H: G's value is the most,
/// `interval` the least, and the point between them is chosen by the seed
/// and k in 1024 steps.
[[nodiscard]] constexpr std::int64_t item_gap(const retry_schedule& s, const retry_item& item,
                                              std::uint64_t j, std::uint64_t k) noexcept {
  const std::int64_t cap = s.max_interval.count() > 0 ? s.max_interval.count() : 86400;
  std::int64_t g = item.interval.count() < cap ? item.interval.count() : cap;
  if (item.algorithm == retry_algorithm::fixed) return g;
  for (std::uint64_t step = 0; step < j && g < cap && item.multiplier_milli > 1000; ++step) {
    g = g * item.multiplier_milli / 1000;
    if (g > cap) g = cap;
  }
  if (item.algorithm == retry_algorithm::geometric) return g;
  const std::int64_t least = item.interval.count() < g ? item.interval.count() : g;
  const auto r = static_cast<std::int64_t>(retry_mix(s.seed ^ retry_mix(k)) % 1025);
  return least + (g - least) * r / 1024;
}

/// The index of the item in force `t` seconds after the first attempt; count when none.
[[nodiscard]] constexpr std::size_t item_at(const retry_schedule& s, std::int64_t t) noexcept {
  std::size_t i = 0;
  while (i < s.count && t >= s.items[i].cutoff.count()) ++i;
  return i;
}

/// How many attempts the schedule makes before item `target` begins (its
/// instants: 0, then each one the one before plus its interval).
[[nodiscard]] constexpr std::uint64_t attempts_before(const retry_schedule& s,
                                                      std::size_t target) noexcept {
  std::int64_t t = 0;
  std::uint64_t k = 0;
  for (std::size_t i = 0; i < target; ++i) {
    const retry_item& item = s.items[i];
    const std::int64_t end = item.cutoff.count();
    if (t >= end) continue;
    if (item.algorithm == retry_algorithm::fixed) {  // closed form: ceil((end - t) / gap)
      const std::int64_t g = item_gap(s, item, 0, k);
      const std::int64_t n = (end - t + g - 1) / g;
      t += n * g;
      k += static_cast<std::uint64_t>(n);
      continue;
    }
    for (std::uint64_t j = 0; t < end; ++j, ++k) t += item_gap(s, item, j, k);
  }
  return k;
}

}  // namespace detail

/// Parses a schedule in Exim's retry-rule syntax: items separated by ";",
/// each "F,cutoff,interval", "G,cutoff,interval,multiplier" or
/// "H,cutoff,interval,multiplier"; times as "90s", "15m", "2h", "4d", "1w"
/// or "1h30m"; cutoffs rising; at most retry_items_max items. nullopt when
/// anything is wrong.
[[nodiscard]] constexpr std::optional<retry_schedule> parse_retry_schedule(
    std::string_view text) noexcept {
  retry_schedule s;
  s.count = 0;
  for (;;) {
    const std::size_t semi = text.find(';');
    const std::string_view part = detail::trim_spaces(text.substr(0, semi));
    if (s.count == retry_items_max) return std::nullopt;
    const std::optional<retry_item> item = detail::retry_item_of(part);
    if (!item) return std::nullopt;
    if (s.count > 0 && item->cutoff <= s.items[s.count - 1].cutoff) return std::nullopt;
    s.items[s.count++] = *item;
    if (semi == std::string_view::npos) break;
    text.remove_prefix(semi + 1);
  }
  for (std::size_t i = s.count; i < retry_items_max; ++i) s.items[i] = retry_item{};
  return s;
}

/// Parses a duration as rules files and retry schedules write it: "90s",
/// "15m", "2h", "1d", "1w", "1h30m", or a number of seconds.
[[nodiscard]] constexpr std::optional<std::chrono::seconds> parse_duration(
    std::string_view text) noexcept {
  return detail::duration_of(text);
}

/// When to try again after `attempts` attempts (the last one just made,
/// `since_first_attempt` after the first) ended with advice `a`:
/// - give_up expires at once; proceed, continue and change_request need no
///   wait (the client goes on now); retry_new_transaction waits a.delay.
/// - retry_later and try_next_host (when every host failed) follow the
///   schedule: expired once the time is past its last cutoff; otherwise the
///   interval of the item in force then (F: its interval; G, H: its j-th
///   interval, j the attempts the schedule would have made under it so far),
///   never past the last cutoff, so that the last attempt falls on it.
/// - Then per reason: greylisting waits at most a.delay (minutes); a full
///   mailbox or system at least a.delay (hours); rate limits, reputation and
///   blocks at least a.delay; any throttle hint at least its duration.
[[nodiscard]] constexpr retry_decision next_retry(const advice& a, unsigned attempts,
                                                  std::chrono::seconds since_first_attempt,
                                                  const retry_schedule& schedule = {}) noexcept {
  using std::chrono::seconds;
  switch (a.what) {
    case action::give_up:
      return {true, seconds{0}};
    case action::proceed:
    case action::continue_:
    case action::change_request:
      return {false, seconds{0}};
    case action::retry_new_transaction:
      return {false, a.delay.count() > 0 ? a.delay : seconds{1}};
    case action::retry_later:
    case action::try_next_host:
      break;
  }
  if (attempts == 0) return {false, seconds{0}};
  const std::int64_t t = since_first_attempt.count() < 0 ? 0 : since_first_attempt.count();
  const std::int64_t end = schedule.lifetime().count();
  if (t >= end) return {true, seconds{0}};
  const std::size_t i = detail::item_at(schedule, t);
  const retry_item& item = schedule.items[i];
  const std::uint64_t before = detail::attempts_before(schedule, i);
  const std::uint64_t j = attempts > before ? attempts - before - 1 : 0;
  std::int64_t wait = detail::item_gap(schedule, item, j, attempts - 1);
  const std::int64_t hint = a.delay.count();
  switch (a.reason) {
    case bounce_reason::greylisted:
      if (hint > 0 && hint < wait) wait = hint;
      break;
    case bounce_reason::mailbox_full:
    case bounce_reason::system_full:
    case bounce_reason::rate_limited:
    case bounce_reason::bad_reputation:
    case bounce_reason::blocked:
      if (hint > wait) wait = hint;
      break;
    default:
      break;
  }
  if (a.throttle.target != throttle_target::none && a.throttle.duration.count() > wait)
    wait = a.throttle.duration.count();
  if (t + wait > end) wait = end - t;
  return {false, seconds{wait > 0 ? wait : 1}};
}

}  // namespace v1
}  // namespace smtpcodes

#endif
