// The library's byte-at-a-time paths, for differential fuzzing: bytewise.cpp
// compiles smtpcodes a second time with SMTPCODES_FORCE_SCALAR, so memchr,
// the kernels of detail/simd.hpp and memcpy give way to the plain loops that
// constant evaluation takes. Results come back as plain values; the targets
// compare them with the optimised build.
#ifndef SMTPCODES_FUZZ_BYTEWISE_HPP
#define SMTPCODES_FUZZ_BYTEWISE_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace smtpcodes_fuzz::bytewise {

/// A reply, flattened: views become offsets or copies.
struct reply_values {
  unsigned code = 0;
  bool has_status = false;
  unsigned status_class = 0, status_subject = 0, status_detail = 0;
  const char* raw_data = nullptr;
  std::size_t raw_size = 0;
  std::uint16_t line_count = 0;
  std::uint16_t warnings = 0;
  std::string text;  ///< text_to() with room for all of text_size(), separator ' '
};

struct parse_values {
  unsigned error = 0;
  std::size_t consumed = 0;
  reply_values value;
};

struct match_values {
  unsigned error = 0;
  unsigned command = 0;
  std::size_t position = 0;
  reply_values value;
};

parse_values parse_reply(std::string_view bytes, std::size_t max_line_length,
                         std::size_t max_lines);
match_values find_reply(std::string_view text);

/// find_reply()'s search helpers (detail namespace), bytewise.
struct markers_values {
  std::size_t reject, after;
  bool refused;
};
markers_values find_markers(std::string_view text);
std::size_t find_code_digit(std::string_view text, std::size_t from, std::size_t end);
std::size_t first_reply_start(std::string_view text, std::size_t last);
std::size_t ifind(std::string_view hay, std::string_view lower_needle, std::size_t from);

/// advise() on free text (advice.hpp), bytewise: the run-time shortcuts of
/// advise() give way to find_reply() and the full decision.
struct advice_values {
  unsigned what, applies_to, bounce, reason;
  long long delay;
  bool close_connection;
  std::string why;
};
advice_values advise(std::string_view text);

}  // namespace smtpcodes_fuzz::bytewise

#endif
