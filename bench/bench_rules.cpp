// Google Benchmark for operator rules: advise() with a 1,000-rule set against
// plain advise() on the same replies and log lines in the same run, and the
// time to build a rule set of 10,000 rules (in C++, and from TOML text when
// toml++ is found). Heap allocations per iteration are counted ("allocs").
#include <smtpcodes/rules.hpp>
#include <smtpcodes/smtpcodes.hpp>

#if defined(SMTPCODES_HAVE_TOML)
#include <smtpcodes/rules_toml.hpp>
#endif

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "corpus.hpp"

namespace {
std::atomic<std::uint64_t> allocations{0};
[[gnu::noinline]] void* counted(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n == 0 ? 1 : n);
}
[[gnu::noinline]] void release(void* p) noexcept { std::free(p); }
}  // namespace
void* operator new(std::size_t n) {
  if (void* p = counted(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  if (void* p = counted(n)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }

namespace {
namespace sc = smtpcodes;
namespace cb = smtpcodes_bench;

// Words of reply texts, combined into text conditions that rarely all occur.
const char* const words[] = {"mailbox", "quota",  "unknown",  "account", "policy",   "blocked",
                             "listed",  "sender", "domain",   "message", "rejected", "rate",
                             "limit",   "spam",   "content",  "relay",   "denied",   "temporary",
                             "address", "user",   "exceeded", "service", "storage",  "reputation"};

// `n` rules of every kind: 60 % text (two words, some globs), 20 % host, 10 %
// code and text, 10 % status; a few at the end that real replies meet.
std::vector<sc::rule> make_rules(std::size_t n, std::uint64_t seed) {
  cb::rng g(seed);
  std::vector<sc::rule> out;
  const std::size_t nw = sizeof words / sizeof words[0];
  for (std::size_t i = 0; i < n; ++i) {
    sc::rule r;
    r.name = "rule-" + std::to_string(i);
    const std::size_t kind = g.below(10);
    const std::string a = words[g.below(nw)], b = words[g.below(nw)];
    if (kind < 6) {
      r.texts = {g.below(4) == 0 ? "*" + a + "*" + b + "*" : a + " " + b + " " + std::to_string(i)};
    } else if (kind < 8) {
      r.hosts = {"mx" + std::to_string(i) + ".example" + std::to_string(i % 50) + ".net"};
    } else if (kind < 9) {
      r.codes = {*sc::parse_code_pattern(g.below(2) ? "4xx" : "55x")};
      r.texts = {a + " " + b + " " + std::to_string(i)};
    } else {
      r.statuses = {sc::status_pattern{5, static_cast<int>(g.below(8)),
                                       static_cast<int>(100 + i % 900),
                                       static_cast<int>(100 + i % 900)}};
    }
    r.reason = sc::bounce_reason::policy_violation;
    out.push_back(std::move(r));
  }
  for (const char* t : {"mailbox full", "greylist", "rate limit", "user unknown"}) {
    sc::rule r;
    r.name = t;
    r.texts = {t};
    r.reason = sc::bounce_reason::rate_limited;
    out.push_back(std::move(r));
  }
  return out;
}

sc::rule_set build(const std::vector<sc::rule>& rules) {
  sc::rule_set s;
  for (const sc::rule& r : rules) s.add(r);
  return s;
}

struct data {
  cb::wire_corpus wire = cb::make_wire_corpus();
  std::vector<sc::reply> parsed;
  std::vector<std::string> log = cb::make_log_corpus();
  std::vector<std::string> hosts;
  std::vector<sc::rule> rules_1k = make_rules(996, 1);
  std::vector<sc::rule> rules_10k = make_rules(9996, 2);
  sc::rule_set set_1k = build(rules_1k);
  std::size_t log_bytes = 0;
  data() {
    for (std::string_view rest = wire.bytes; !rest.empty();) {
      const sc::parse_result r = sc::parse_reply(rest);
      parsed.push_back(r.value);
      rest.remove_prefix(r.consumed);
    }
    for (const std::string& l : log) log_bytes += l.size();
    // Remote hosts: mostly no rule's, some a host rule's, some Gmail's.
    for (std::size_t i = 0; i < 64; ++i)
      hosts.push_back(i % 8 == 0
                          ? "mx" + std::to_string(i) + ".example" + std::to_string(i % 50) + ".net"
                      : i % 8 == 1 ? "gmail-smtp-in.l.google.com"
                                   : "mx.example" + std::to_string(i) + ".org");
    (void)sc::provider_profiles();
  }
};
const data& corpus() {
  static const data d;
  return d;
}

void report(benchmark::State& state, std::size_t items, std::uint64_t allocs) {
  state.counters["replies/s"] =
      benchmark::Counter(static_cast<double>(items) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
  state.counters["allocs"] =
      benchmark::Counter(static_cast<double>(allocs) / static_cast<double>(state.iterations()));
}

void BM_advise_reply_plain(benchmark::State& state) {
  const data& d = corpus();
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocations.load();
    std::uint64_t acc = 0;
    for (std::size_t i = 0; i < d.parsed.size(); ++i)
      acc += static_cast<unsigned>(sc::advise(d.parsed[i], d.wire.commands[i]).reason);
    benchmark::DoNotOptimize(acc);
    allocs += allocations.load() - a0;
  }
  report(state, d.parsed.size(), allocs);
}
BENCHMARK(BM_advise_reply_plain);

void BM_advise_reply_1000_rules(benchmark::State& state) {
  const data& d = corpus();
  std::uint64_t allocs = 0, decided = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocations.load();
    std::uint64_t acc = 0;
    for (std::size_t i = 0; i < d.parsed.size(); ++i) {
      const sc::advice a =
          sc::advise(d.parsed[i], d.wire.commands[i], d.set_1k, d.hosts[i % d.hosts.size()]);
      acc += static_cast<unsigned>(a.reason);
      decided += a.rule.empty() ? 0 : 1;
    }
    benchmark::DoNotOptimize(acc);
    allocs += allocations.load() - a0;
  }
  report(state, d.parsed.size(), allocs);
  state.counters["by_rule"] =
      benchmark::Counter(static_cast<double>(decided) / (static_cast<double>(state.iterations()) *
                                                         static_cast<double>(d.parsed.size())));
}
BENCHMARK(BM_advise_reply_1000_rules);

void BM_advise_log_plain(benchmark::State& state) {
  const data& d = corpus();
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocations.load();
    std::uint64_t acc = 0;
    for (const std::string& l : d.log) acc += static_cast<unsigned>(sc::advise(l).reason);
    benchmark::DoNotOptimize(acc);
    allocs += allocations.load() - a0;
  }
  report(state, d.log.size(), allocs);
}
BENCHMARK(BM_advise_log_plain);

void BM_advise_log_1000_rules(benchmark::State& state) {
  const data& d = corpus();
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocations.load();
    std::uint64_t acc = 0;
    for (std::size_t i = 0; i < d.log.size(); ++i)
      acc += static_cast<unsigned>(
          sc::advise(d.log[i], sc::smtp_command::unknown, d.set_1k, d.hosts[i % d.hosts.size()])
              .reason);
    benchmark::DoNotOptimize(acc);
    allocs += allocations.load() - a0;
  }
  report(state, d.log.size(), allocs);
}
BENCHMARK(BM_advise_log_1000_rules);

// Building a set of 10,000 rules (copies of prepared rules, then indexing).
void BM_build_10000_rules(benchmark::State& state) {
  const data& d = corpus();
  for (auto _ : state) {
    sc::rule_set s = build(d.rules_10k);
    benchmark::DoNotOptimize(s.size());
  }
  state.counters["rules"] = static_cast<double>(d.rules_10k.size());
}
BENCHMARK(BM_build_10000_rules)->Unit(benchmark::kMillisecond);

#if defined(SMTPCODES_HAVE_TOML)
// The same 10,000 rules read from a TOML file's text.
void BM_load_10000_rules_toml(benchmark::State& state) {
  const data& d = corpus();
  std::string text;
  for (const sc::rule& r : d.rules_10k) {
    text += "[[rule]]\nname = \"" + r.name + "\"\nreason = \"policy_violation\"\n";
    if (!r.texts.empty()) text += "text = \"" + r.texts[0] + "\"\n";
    if (!r.hosts.empty()) text += "host = \"" + r.hosts[0] + "\"\n";
    if (!r.codes.empty()) text += r.codes[0].low == 400 ? "code = \"4xx\"\n" : "code = \"55x\"\n";
    if (!r.statuses.empty())
      text += "status = \"5." + std::to_string(r.statuses[0].subject) + "." +
              std::to_string(r.statuses[0].detail) + "\"\n";
  }
  for (auto _ : state) {
    const sc::rules_result r = sc::parse_rules(text, "bench.toml");
    if (!r) state.SkipWithError(r.error->to_string().c_str());
    benchmark::DoNotOptimize(r.rules.size());
  }
  state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_load_10000_rules_toml)->Unit(benchmark::kMillisecond);
#endif

}  // namespace

BENCHMARK_MAIN();
