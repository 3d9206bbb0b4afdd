// Test helper: splits one line of the reference CSV files (fields may be
// quoted and contain commas; no embedded quotes or line breaks).
#ifndef SMTPCODES_TESTS_CSV_HPP
#define SMTPCODES_TESTS_CSV_HPP

#include <string>
#include <vector>

inline std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (const char c : line) {
    if (c == '"')
      quoted = !quoted;
    else if (c == ',' && !quoted)
      fields.emplace_back();
    else
      fields.back() += c;
  }
  return fields;
}

#endif
