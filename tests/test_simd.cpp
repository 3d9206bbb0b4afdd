// Every kernel set this compiler can build, not only the one the fast paths use.
#define SMTPCODES_SIMD_ALL_SETS 1
#include <smtpcodes/detail/simd.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>

// Every kernel set of detail/simd.hpp that this build has gives what the
// plain byte loops give, on random blocks weighted towards the bytes the
// kernels look for (and the bytes next to them in value).
namespace {

static_assert(SMTPCODES_SIMD_BUILD_PLAIN == 1, "SMTPCODES_SIMD_ALL_SETS compiles the plain set");
static_assert(SMTPCODES_SIMD_BUILD_SWAR == SMTPCODES_SIMD_SWAR &&
                  SMTPCODES_SIMD_BUILD_SSE2 == SMTPCODES_SIMD_SSE2,
              "SMTPCODES_SIMD_ALL_SETS compiles every set the compiler can build");

namespace simd = smtpcodes::detail::simd;

struct blocks {
  std::mt19937 rng{20261207};
  char buf[96];
  void fill() {
    const std::string interesting = std::string(" ;rR.jJfF/0123456789\t\r\n\x7f\x80\xff-!:()Zz") +
                                    std::string(1, '\0') + "\x1f\x2d\x3a";
    for (char& c : buf) {
      const unsigned r = static_cast<unsigned>(rng() % 10);
      c = r < 4 ? interesting[rng() % interesting.size()] : static_cast<char>(rng() & 0xFF);
    }
  }
};

template <class Set>
void check_set(const char* name) {
  CAPTURE(name);
  blocks b;
  const char probes[] = {'j', 'f', 'a', 'z', '.', ';', '(', ')', ' ', '5', 'Z', '\0', '\x80'};
  std::size_t checked = 0;
  for (int round = 0; round < 20000; ++round) {
    b.fill();
    const char* p = b.buf + round % 16;
    const char c = probes[static_cast<std::size_t>(round) % sizeof probes];
    REQUIRE(Set::special16(p) == simd::plain::special16(p));
    REQUIRE(Set::special8(p) == simd::plain::special8(p));
    REQUIRE(Set::special64(p) == simd::plain::special64(p));
    REQUIRE(typename Set::lower_byte(c).in16(p) == simd::plain::lower_byte(c).in16(p));
    REQUIRE(typename Set::byte_eq(c).in16(p) == simd::plain::byte_eq(c).in16(p));
    REQUIRE(Set::marker_letters16(p) == simd::plain::marker_letters16(p));
    REQUIRE(Set::number_mask64(p) == simd::plain::number_mask64(p));
    REQUIRE(Set::fact_places16(p, c) == simd::plain::fact_places16(p, c));
    const simd::slots8 got = Set::gram_slots8(p, 0x9E37, 0x79B1, 13);
    const simd::slots8 want = simd::plain::gram_slots8(p, 0x9E37, 0x79B1, 13);
    for (unsigned k = 0; k < 8; ++k) REQUIRE(got.slot[k] == want.slot[k]);
    ++checked;
  }
  CHECK(checked == 20000);
}

#if SMTPCODES_SIMD_SWAR
struct swar_set {
  static std::uint32_t special16(const char* p) { return simd::swar::special16(p); }
  static std::uint32_t special8(const char* p) { return simd::swar::special8(p); }
  static std::uint64_t special64(const char* p) { return simd::swar::special64(p); }
  using lower_byte = simd::swar::lower_byte;
  using byte_eq = simd::swar::byte_eq;
  static std::uint32_t marker_letters16(const char* p) { return simd::swar::marker_letters16(p); }
  static std::uint64_t number_mask64(const char* p) { return simd::swar::number_mask64(p); }
  static std::uint32_t fact_places16(const char* p, char d) {
    return simd::swar::fact_places16(p, d);
  }
  static simd::slots8 gram_slots8(const char* p, std::uint16_t a, std::uint16_t b, unsigned n) {
    return simd::swar::gram_slots8(p, a, b, n);
  }
};
#endif
#if SMTPCODES_SIMD_SSE2
struct sse2_set {
  static std::uint32_t special16(const char* p) { return simd::sse2::special16(p); }
  static std::uint32_t special8(const char* p) { return simd::sse2::special8(p); }
  static std::uint64_t special64(const char* p) { return simd::sse2::special64(p); }
  using lower_byte = simd::sse2::lower_byte;
  using byte_eq = simd::sse2::byte_eq;
  static std::uint32_t marker_letters16(const char* p) { return simd::sse2::marker_letters16(p); }
  static std::uint64_t number_mask64(const char* p) { return simd::sse2::number_mask64(p); }
  static std::uint32_t fact_places16(const char* p, char d) {
    return simd::sse2::fact_places16(p, d);
  }
  static simd::slots8 gram_slots8(const char* p, std::uint16_t a, std::uint16_t b, unsigned n) {
    return simd::sse2::gram_slots8(p, a, b, n);
  }
};
#endif

}  // namespace

TEST_CASE("simd: every kernel set of this build agrees with the plain byte loops") {
#if SMTPCODES_SIMD_SWAR
  check_set<swar_set>("swar");
#endif
#if SMTPCODES_SIMD_SSE2
  check_set<sse2_set>("sse2");
#endif
  // The helpers every set shares.
  CHECK(simd::first_bit(std::uint32_t{0x80}) == 7);
  CHECK(simd::first_bit(std::uint64_t{1} << 40) == 40);
  CHECK(simd::popcount(0xF0F0u) == 8);
  CHECK(simd::popcount(0u) == 0);
  CHECK(simd::popcount(0xFFFFFFFFu) == 32);
  CHECK(simd::popcount(0x80000001u) == 2);
  std::mt19937 rng{8};
  for (int i = 0; i < 1000; ++i) {
    const std::uint32_t x = static_cast<std::uint32_t>(rng());
    unsigned bits = 0;
    for (unsigned k = 0; k < 32; ++k) bits += x >> k & 1u;
    CHECK(simd::popcount(x) == bits);
  }
  CHECK(simd::load_le32("abcd") == 0x64636261u);
  CHECK(simd::lower8(0x5A415A61207A4140ULL) == 0x7A617A61207A6140ULL);
  const std::uint16_t empty = 0xFFFF, full = 0x00FF;
  CHECK(simd::high_byte_is_ff(empty));
  CHECK_FALSE(simd::high_byte_is_ff(full));
}
