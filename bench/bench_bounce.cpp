// Google Benchmark for parse_bounce() on the generated bounce corpus
// (bounce_corpus.hpp): messages/s and bytes/s of the core with a reused text
// buffer and of the allocating parse_bounce(message), with a memchr line scan
// of the same bytes for scale. Heap allocations per iteration are counted ("allocs");
// the core must show 0.
#include <smtpcodes/bounce.hpp>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "bounce_corpus.hpp"

namespace {
std::atomic<std::uint64_t> allocations{0};
[[gnu::noinline]] void* counted_alloc(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n == 0 ? 1 : n);
}
[[gnu::noinline]] void release(void* p) noexcept { std::free(p); }
}  // namespace

void* operator new(std::size_t n) {
  if (void* p = counted_alloc(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  if (void* p = counted_alloc(n)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }

namespace {

const std::vector<std::string>& corpus() {
  static const std::vector<std::string> c = smtpcodes_bench::make_bounce_corpus();
  return c;
}
std::size_t corpus_bytes() {
  static const std::size_t n = [] {
    std::size_t total = 0;
    for (const std::string& m : corpus()) total += m.size();
    return total;
  }();
  return n;
}

void report(benchmark::State& state, std::uint64_t allocs, std::size_t records) {
  const auto messages = static_cast<std::int64_t>(corpus().size());
  state.SetItemsProcessed(state.iterations() * messages);
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(corpus_bytes()));
  state.counters["allocs"] =
      benchmark::Counter(static_cast<double>(allocs) / static_cast<double>(state.iterations()));
  state.counters["records"] =
      benchmark::Counter(static_cast<double>(records), benchmark::Counter::kAvgIterations);
}

/// The core: a text buffer and a report reused for every message.
void BM_parse_bounce(benchmark::State& state) {
  std::size_t largest = 0;
  for (const std::string& m : corpus()) largest = m.size() > largest ? m.size() : largest;
  std::vector<char> text(smtpcodes::bounce_buffer_size(std::string(largest, ' ')));
  static smtpcodes::bounce_report parsed;
  std::size_t records = 0;
  const std::uint64_t before = allocations.load();
  for (auto _ : state) {
    for (const std::string& m : corpus()) {
      smtpcodes::parse_bounce(m, smtpcodes::text_buffer(text.data(), text.size()), parsed);
      records += parsed.stored;
    }
    benchmark::ClobberMemory();
  }
  report(state, allocations.load() - before, records);
}
BENCHMARK(BM_parse_bounce)->Unit(benchmark::kMillisecond);

/// The allocating convenience: a copy of each message, its own buffer.
void BM_parse_bounce_document(benchmark::State& state) {
  std::size_t records = 0;
  const std::uint64_t before = allocations.load();
  for (auto _ : state) {
    for (const std::string& m : corpus()) {
      const smtpcodes::bounce_document d = smtpcodes::parse_bounce(m);
      records += d.size();
      benchmark::DoNotOptimize(d.kind);
    }
  }
  report(state, allocations.load() - before, records);
}
BENCHMARK(BM_parse_bounce_document)->Unit(benchmark::kMillisecond);

/// A memchr line scan of the same bytes, for scale.
void BM_line_scan(benchmark::State& state) {
  std::size_t lines = 0;
  for (auto _ : state) {
    for (const std::string& m : corpus()) {
      const char* p = m.data();
      const char* end = p + m.size();
      while ((p = static_cast<const char*>(
                  std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr) {
        ++lines;
        ++p;
      }
    }
    benchmark::DoNotOptimize(lines);
  }
  report(state, 0, 0);
}
BENCHMARK(BM_line_scan)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
