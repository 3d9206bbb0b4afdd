// Writes the benchmark corpus to files for the peer harnesses (bench/peers/):
// the wire replies as raw CRLF bytes, the log lines one per line (LF).
//
//     gen_corpus WIRE_FILE LOG_FILE [REPLIES [SEED]]
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "corpus.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s WIRE_FILE LOG_FILE [REPLIES [SEED]]\n", argv[0]);
    return 2;
  }
  const std::size_t replies =
      argc > 3 ? std::strtoull(argv[3], nullptr, 10) : smtpcodes_bench::default_replies;
  const std::uint64_t seed =
      argc > 4 ? std::strtoull(argv[4], nullptr, 0) : smtpcodes_bench::default_seed;
  const smtpcodes_bench::wire_corpus wire = smtpcodes_bench::make_wire_corpus(replies, seed);
  const std::vector<std::string> log = smtpcodes_bench::make_log_corpus();

  std::ofstream w(argv[1], std::ios::binary);
  w.write(wire.bytes.data(), static_cast<std::streamsize>(wire.bytes.size()));
  std::ofstream l(argv[2], std::ios::binary);
  std::size_t log_bytes = 0;
  for (const std::string& line : log) {
    l << line << '\n';
    log_bytes += line.size() + 1;
  }
  if (!w || !l) {
    std::fprintf(stderr, "gen_corpus: cannot write the output files\n");
    return 1;
  }
  std::printf("wire: %zu bytes, %zu replies, %zu lines, fnv1a %016llx -> %s\n", wire.bytes.size(),
              wire.replies(), wire.lines,
              static_cast<unsigned long long>(smtpcodes_bench::checksum(wire.bytes)), argv[1]);
  std::printf("log:  %zu bytes, %zu lines -> %s\n", log_bytes, log.size(), argv[2]);
  return 0;
}
