// Google Benchmark programs for smtpcodes, all on the same corpus in one
// process: the bare memchr line scan (the physical limit), parse + classify,
// the streaming reader, advise, find_reply, the registries and compare.
// Every benchmark reports heap allocations per iteration ("allocs"): a
// replaced global operator new counts them; the library paths must show 0.
#include <smtpcodes/compare.hpp>
#include <smtpcodes/smtpcodes.hpp>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

#include "corpus.hpp"

// Allocation counter: every global operator new of this program goes through here.
#include "allocation_counter.hpp"

namespace {

namespace sc = smtpcodes;
namespace cb = smtpcodes_bench;

// What a client reads from every reply: class, status, warnings, line count.
std::uint64_t digest(const sc::reply& r) {
  return static_cast<unsigned>(sc::classify(r.code)) + r.line_count + r.warnings.bits() +
         (r.status ? r.status->detail : 0u);
}

// ---------------------------------------------------------------------------
// Shared data, built once before the first benchmark runs.
struct data {
  cb::wire_corpus wire = cb::make_wire_corpus();
  std::vector<std::string> log = cb::make_log_corpus();
  std::vector<std::string_view> log_views;
  std::size_t log_bytes = 0;
  std::vector<sc::reply> parsed;           // views into wire.bytes
  std::vector<unsigned> lookup_codes;      // every number 0-999, shuffled, repeated
  std::vector<sc::reply_code> registered;  // every registered code, shuffled, repeated
  std::vector<sc::enhanced_status> statuses;

  data() {
    for (const std::string& l : log) {
      log_views.emplace_back(l);
      log_bytes += l.size();
    }
    std::string_view rest = wire.bytes;
    while (!rest.empty()) {
      const sc::parse_result r = sc::parse_reply(rest);
      if (!r.ok()) {
        std::fprintf(stderr, "corpus reply %zu does not parse: %s\n", parsed.size(),
                     std::string(sc::to_string(r.error)).c_str());
        std::abort();
      }
      parsed.push_back(r.value);
      rest.remove_prefix(r.consumed);
    }
    if (parsed.size() != wire.replies()) {
      std::fprintf(stderr, "corpus: %zu replies parsed, %zu generated\n", parsed.size(),
                   wire.replies());
      std::abort();
    }
    cb::rng g(7);
    for (int round = 0; round < 4; ++round)
      for (unsigned c = 0; c < 1000; ++c) lookup_codes.push_back(c);
    shuffle(lookup_codes, g);
    for (int round = 0; round < 64; ++round)
      for (const sc::reply_info& row : sc::all_replies()) registered.push_back(row.code);
    shuffle(registered, g);
    // Every registry status, plus unknown details and subjects (the fallback paths).
    for (const auto& row : sc::all_enhanced_statuses()) {
      for (std::uint8_t cls : {std::uint8_t{2}, std::uint8_t{4}, std::uint8_t{5}}) {
        statuses.push_back(sc::enhanced_status{cls, row.subject, row.detail});
        statuses.push_back(
            sc::enhanced_status{cls, row.subject, static_cast<std::uint16_t>(row.detail + 100)});
      }
    }
    statuses.push_back(sc::enhanced_status{5, 9, 9});
    statuses.push_back(sc::enhanced_status{4, 42, 1});
    shuffle(statuses, g);
  }

  template <typename T>
  static void shuffle(std::vector<T>& v, cb::rng& g) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[g.below(i)]);
  }
};

const data& corpus() {
  static const data d;
  return d;
}

// Sets bytes/s, replies/s (or lookups/s) and allocations per iteration.
void report(benchmark::State& state, std::size_t bytes, std::size_t items, const char* item_name,
            std::uint64_t allocs) {
  const auto iterations = static_cast<double>(state.iterations());
  if (bytes != 0)
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(bytes));
  state.counters[item_name] =
      benchmark::Counter(static_cast<double>(items) * iterations, benchmark::Counter::kIsRate);
  state.counters["allocs"] = benchmark::Counter(static_cast<double>(allocs) / iterations);
}

// ---------------------------------------------------------------------------
// The physical limit: find each line end with memchr and read the three code
// digits at the start of each line. No validation, no multi-line grouping.
void BM_memchr_scan(benchmark::State& state) {
  const std::string& bytes = corpus().wire.bytes;
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocation_count();
    const char* p = bytes.data();
    const char* const end = p + bytes.size();
    std::uint64_t acc = 0;
    while (p < end) {
      acc += static_cast<unsigned>(p[0] - '0') * 100u + static_cast<unsigned>(p[1] - '0') * 10u +
             static_cast<unsigned>(p[2] - '0');
      const void* lf = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
      if (lf == nullptr) break;
      p = static_cast<const char*>(lf) + 1;
    }
    benchmark::DoNotOptimize(acc);
    allocs += allocation_count() - a0;
  }
  report(state, bytes.size(), corpus().wire.replies(), "replies/s", allocs);
}
BENCHMARK(BM_memchr_scan);

// parse_reply() over the whole stream, as a client reading pipelined replies,
// plus classify() of every code.
void BM_parse_classify(benchmark::State& state) {
  const std::string_view bytes = corpus().wire.bytes;
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocation_count();
    std::string_view rest = bytes;
    std::uint64_t acc = 0;
    while (!rest.empty()) {
      const sc::parse_result r = sc::parse_reply(rest);
      if (r.consumed == 0) break;
      acc += digest(r.value);
      rest.remove_prefix(r.consumed);
    }
    benchmark::DoNotOptimize(acc);
    allocs += allocation_count() - a0;
  }
  report(state, bytes.size(), corpus().wire.replies(), "replies/s", allocs);
}
BENCHMARK(BM_parse_classify);

// The streaming reader fed 4 KiB at a time, as from a socket.
void BM_reader_4k(benchmark::State& state) {
  const std::string_view bytes = corpus().wire.bytes;
  static sc::reply_reader reader;  // 64 KiB buffer: static, not on the stack
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocation_count();
    reader.reset();
    std::uint64_t acc = 0;
    for (std::size_t off = 0; off < bytes.size(); off += 4096) {
      std::string_view chunk = bytes.substr(off, 4096);
      while (!chunk.empty()) {
        chunk.remove_prefix(reader.feed(chunk));
        for (sc::parse_result r = reader.next(); r.error != sc::parse_error::incomplete;
             r = reader.next())
          acc += digest(r.value);
      }
    }
    benchmark::DoNotOptimize(acc);
    allocs += allocation_count() - a0;
  }
  report(state, bytes.size(), corpus().wire.replies(), "replies/s", allocs);
}
BENCHMARK(BM_reader_4k);

// advise() on replies parsed beforehand, each with the command it answered.
void BM_advise_parsed(benchmark::State& state) {
  const data& d = corpus();
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocation_count();
    std::uint64_t acc = 0;
    for (std::size_t i = 0; i < d.parsed.size(); ++i) {
      const sc::advice a = sc::advise(d.parsed[i], d.wire.commands[i]);
      acc += static_cast<unsigned>(a.what) + static_cast<unsigned>(a.reason) +
             static_cast<std::uint64_t>(a.delay.count());
    }
    benchmark::DoNotOptimize(acc);
    allocs += allocation_count() - a0;
  }
  report(state, d.wire.bytes.size(), d.parsed.size(), "replies/s", allocs);
}
BENCHMARK(BM_advise_parsed);

// advise() on free text: mail-log lines and DSN Diagnostic-Code values.
void BM_advise_text(benchmark::State& state) {
  const data& d = corpus();
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocation_count();
    std::uint64_t acc = 0;
    for (const std::string_view line : d.log_views) {
      const sc::advice a = sc::advise(line);
      acc += static_cast<unsigned>(a.what) + static_cast<unsigned>(a.reason);
    }
    benchmark::DoNotOptimize(acc);
    allocs += allocation_count() - a0;
  }
  report(state, d.log_bytes, d.log_views.size(), "replies/s", allocs);
}
BENCHMARK(BM_advise_text);

// find_reply() alone on the same lines.
void BM_find_text(benchmark::State& state) {
  const data& d = corpus();
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocation_count();
    std::uint64_t acc = 0;
    for (const std::string_view line : d.log_views) {
      const sc::text_match m = sc::find_reply(line);
      acc += m.value.code + m.position + static_cast<unsigned>(m.command);
    }
    benchmark::DoNotOptimize(acc);
    allocs += allocation_count() - a0;
  }
  report(state, d.log_bytes, d.log_views.size(), "replies/s", allocs);
}
BENCHMARK(BM_find_text);

// find(unsigned) for every number 0-999 (registered or not).
void BM_lookup_find(benchmark::State& state) {
  const std::vector<unsigned>& codes = corpus().lookup_codes;
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocation_count();
    std::uint64_t acc = 0;
    for (const unsigned c : codes) {
      const sc::reply_info* row = sc::find(c);
      acc += row != nullptr ? row->name.size() : 1;
    }
    benchmark::DoNotOptimize(acc);
    allocs += allocation_count() - a0;
  }
  report(state, 0, codes.size(), "lookups/s", allocs);
}
BENCHMARK(BM_lookup_find);

// info(reply_code) for every registered code.
void BM_lookup_info(benchmark::State& state) {
  const std::vector<sc::reply_code>& codes = corpus().registered;
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocation_count();
    std::uint64_t acc = 0;
    for (const sc::reply_code c : codes) acc += sc::info(c).description.size();
    benchmark::DoNotOptimize(acc);
    allocs += allocation_count() - a0;
  }
  report(state, 0, codes.size(), "lookups/s", allocs);
}
BENCHMARK(BM_lookup_info);

// lookup(enhanced_status): exact rows and the RFC 3463 fallbacks.
void BM_enhanced_lookup(benchmark::State& state) {
  const std::vector<sc::enhanced_status>& statuses = corpus().statuses;
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocation_count();
    std::uint64_t acc = 0;
    for (const sc::enhanced_status s : statuses) {
      const sc::status_lookup l = sc::lookup(s);
      acc += static_cast<unsigned>(l.level) + (l.info != nullptr ? l.info->detail : 0u);
    }
    benchmark::DoNotOptimize(acc);
    allocs += allocation_count() - a0;
  }
  report(state, 0, statuses.size(), "lookups/s", allocs);
}
BENCHMARK(BM_enhanced_lookup);

// compare() over every ordered pair of registered codes.
void BM_compare(benchmark::State& state) {
  const auto& rows = sc::all_replies();
  std::uint64_t allocs = 0;
  for (auto _ : state) {
    const std::uint64_t a0 = allocation_count();
    std::uint64_t acc = 0;
    for (const sc::reply_info& a : rows) {
      for (const sc::reply_info& b : rows) {
        const sc::comparison c = sc::compare(a.code, b.code);
        acc += c.size() + (c.same_class ? 1u : 0u);
      }
    }
    benchmark::DoNotOptimize(acc);
    allocs += allocation_count() - a0;
  }
  report(state, 0, rows.size() * rows.size(), "compares/s", allocs);
}
BENCHMARK(BM_compare);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  const data& d = corpus();
  benchmark::AddCustomContext("corpus_wire_bytes", std::to_string(d.wire.bytes.size()));
  benchmark::AddCustomContext("corpus_replies", std::to_string(d.wire.replies()));
  benchmark::AddCustomContext("corpus_lines", std::to_string(d.wire.lines));
  char fnv[17];
  std::snprintf(fnv, sizeof fnv, "%016llx",
                static_cast<unsigned long long>(cb::checksum(d.wire.bytes)));
  benchmark::AddCustomContext("corpus_fnv1a", fnv);
  benchmark::AddCustomContext("log_lines", std::to_string(d.log_views.size()));
  benchmark::AddCustomContext("log_bytes", std::to_string(d.log_bytes));
  // Proof that the counter counts: building the corpus allocates plenty.
  benchmark::AddCustomContext("setup_allocations", std::to_string(allocation_count()));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
