// Test helper: reads a tab-separated fixture (a header line, then one row a
// line, blank lines skipped) and checks that every row has `columns` fields.
#ifndef SMTPCODES_TESTS_TSV_HPP
#define SMTPCODES_TESTS_TSV_HPP

#include <doctest/doctest.h>

#include <cstddef>
#include <fstream>
#include <string>
#include <vector>

inline std::vector<std::vector<std::string>> read_tsv(const char* path, std::size_t columns) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> f(1);
    for (const char c : line) {
      if (c == '\t')
        f.emplace_back();
      else
        f.back() += c;
    }
    REQUIRE_MESSAGE(f.size() == columns, line);
    rows.push_back(std::move(f));
  }
  return rows;
}

#endif
