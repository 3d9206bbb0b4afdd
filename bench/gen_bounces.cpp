// Writes the benchmark's bounce corpus (bounce_corpus.hpp) as one mbox file,
// for `smtp-explain bounce` and Sisimai (bench/bounce_vs_sisimai.sh).
//
//     gen_bounces MBOX_FILE [COUNT [SEED]]
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "bounce_corpus.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s MBOX_FILE [COUNT [SEED]]\n", argv[0]);
    return 2;
  }
  const std::size_t count =
      argc > 2 ? std::strtoull(argv[2], nullptr, 10) : smtpcodes_bench::default_bounces;
  const std::uint64_t seed =
      argc > 3 ? std::strtoull(argv[3], nullptr, 0) : smtpcodes_bench::default_seed;
  const std::string mbox =
      smtpcodes_bench::to_mbox(smtpcodes_bench::make_bounce_corpus(count, seed));
  std::ofstream out(argv[1], std::ios::binary);
  out.write(mbox.data(), static_cast<std::streamsize>(mbox.size()));
  if (!out) {
    std::fprintf(stderr, "gen_bounces: cannot write %s\n", argv[1]);
    return 1;
  }
  std::printf("%zu messages, %zu bytes, fnv1a %016llx -> %s\n", count, mbox.size(),
              static_cast<unsigned long long>(smtpcodes_bench::checksum(mbox)), argv[1]);
  return 0;
}
