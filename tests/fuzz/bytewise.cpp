// smtpcodes compiled with SMTPCODES_FORCE_SCALAR (see bytewise.hpp), inside
// namespace smtpcodes_fuzz_bytewise so that it shares no symbol with the
// optimised copy the fuzz target links too.
#include "bytewise.hpp"

// Every standard header the library includes comes first: their include
// guards keep them out of the namespace below.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Every run-time fast path off: each function takes the byte-at-a-time path
// that constant evaluation takes (detail/config.hpp).
#define SMTPCODES_FORCE_SCALAR 1

namespace smtpcodes_fuzz_bytewise {
#include <smtpcodes/advice.hpp>
#include <smtpcodes/reply.hpp>
}  // namespace smtpcodes_fuzz_bytewise

namespace smtpcodes_fuzz::bytewise {
namespace {

namespace lib = smtpcodes_fuzz_bytewise::smtpcodes;

reply_values flatten(const lib::reply& r) {
  reply_values v;
  v.code = r.code;
  if (r.status) {
    v.has_status = true;
    v.status_class = r.status->cls;
    v.status_subject = r.status->subject;
    v.status_detail = r.status->detail;
  }
  v.raw_data = r.raw.data();
  v.raw_size = r.raw.size();
  v.line_count = r.line_count;
  v.warnings = r.warnings.bits();
  v.text.resize(r.text_size());
  v.text.resize(r.text_to(v.text.data(), v.text.size()).size());
  return v;
}

}  // namespace

parse_values parse_reply(std::string_view bytes, std::size_t max_line_length,
                         std::size_t max_lines) {
  lib::parse_options options;
  options.max_line_length = max_line_length;
  options.max_lines = max_lines;
  const lib::parse_result r = lib::parse_reply(bytes, options);
  return {static_cast<unsigned>(r.error), r.consumed, flatten(r.value)};
}

match_values find_reply(std::string_view text) {
  const lib::text_match m = lib::find_reply(text);
  return {static_cast<unsigned>(m.error), static_cast<unsigned>(m.command), m.position,
          flatten(m.value)};
}

markers_values find_markers(std::string_view text) {
  const lib::detail::command_markers m = lib::detail::find_markers(text);
  return {m.reject, m.after, m.refused};
}

std::size_t find_code_digit(std::string_view text, std::size_t from, std::size_t end) {
  return lib::detail::find_code_digit(text, from, end);
}

std::size_t first_reply_start(std::string_view text, std::size_t last) {
  return lib::detail::first_reply_start(text, last);
}

std::size_t ifind(std::string_view hay, std::string_view lower_needle, std::size_t from) {
  return lib::detail::ifind(hay, lower_needle, from);
}

advice_values advise(std::string_view text) {
  const lib::advice a = lib::advise(text);
  return {static_cast<unsigned>(a.what),
          static_cast<unsigned>(a.applies_to),
          static_cast<unsigned>(a.bounce),
          static_cast<unsigned>(a.reason),
          a.delay.count(),
          a.close_connection,
          std::string(a.why)};
}

}  // namespace smtpcodes_fuzz::bytewise
