// Shared checks of the libFuzzer targets: an invariant macro that names the
// failed condition and aborts (libFuzzer then reports the stack and saves the
// input as crash-*), and checks every reply must pass, whoever produced it.
#ifndef SMTPCODES_FUZZ_CHECK_HPP
#define SMTPCODES_FUZZ_CHECK_HPP

#include <smtpcodes/reply.hpp>

#include "bytewise.hpp"

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#define SMTPCODES_FUZZ_CHECK(cond)                                  \
  do {                                                              \
    if (!(cond)) ::smtpcodes_fuzz::fail(#cond, __FILE__, __LINE__); \
  } while (0)

namespace smtpcodes_fuzz {

[[noreturn]] inline void fail(const char* what, const char* file, int line) {
  std::fprintf(stderr, "smtpcodes fuzz invariant failed: %s (%s:%d)\n", what, file, line);
  std::fflush(stderr);
  std::abort();
}

/// `part` lies inside `whole`; an empty view points nowhere and always fits.
inline bool inside(std::string_view part, std::string_view whole) {
  if (part.empty()) return true;
  const char* b = whole.data();
  const char* e = whole.data() + whole.size();
  return part.data() >= b && part.data() + part.size() <= e;
}

/// `part` is the last part.size() characters of `whole`, same storage.
inline bool is_suffix_view(std::string_view part, std::string_view whole) {
  if (part.empty()) return true;
  return part.size() <= whole.size() && part.data() == whole.data() + whole.size() - part.size();
}

inline bool same_reply(const smtpcodes::reply& a, const smtpcodes::reply& b) {
  return a.code == b.code && a.status == b.status && a.raw.data() == b.raw.data() &&
         a.raw.size() == b.raw.size() && a.line_count == b.line_count && a.warnings == b.warnings;
}

inline bool same_result(const smtpcodes::parse_result& a, const smtpcodes::parse_result& b) {
  return a.error == b.error && a.consumed == b.consumed && same_reply(a.value, b.value);
}

/// The optimised build's reply equals the bytewise build's, text_to() included.
inline bool same_values(const smtpcodes::reply& r, const bytewise::reply_values& v) {
  if (r.code != v.code || r.status.has_value() != v.has_status || r.raw.data() != v.raw_data ||
      r.raw.size() != v.raw_size || r.line_count != v.line_count || r.warnings.bits() != v.warnings)
    return false;
  if (r.status && (r.status->cls != v.status_class || r.status->subject != v.status_subject ||
                   r.status->detail != v.status_detail))
    return false;
  std::string text(r.text_size(), '\0');
  text.resize(r.text_to(text.data(), text.size()).size());
  return text == v.text;
}

/// Every warning flag against what the reply's bytes say: set exactly when
/// its condition holds (wire replies and free text alike, where it applies).
inline void check_warnings(const smtpcodes::reply& r) {
  using smtpcodes::reply_warning;
  const auto has = [&r](reply_warning w) { return r.warnings.has(w); };
  const unsigned cls = r.code / 100;
  const bool free_text = has(reply_warning::free_text);
  SMTPCODES_FUZZ_CHECK(has(reply_warning::preliminary_code) == (cls == 1));
  // The status and the warnings that follow from it.
  if (r.status) {
    const unsigned s = r.status->cls;
    SMTPCODES_FUZZ_CHECK(s == 2 || s == 4 || s == 5);
    SMTPCODES_FUZZ_CHECK(r.status->subject <= 999 && r.status->detail <= 999);
    SMTPCODES_FUZZ_CHECK(has(reply_warning::status_class_mismatch) == (s != cls));
    SMTPCODES_FUZZ_CHECK(has(reply_warning::status_on_intermediate) == (cls == 3));
    SMTPCODES_FUZZ_CHECK(!has(reply_warning::status_invalid));
  } else {
    SMTPCODES_FUZZ_CHECK(!has(reply_warning::status_class_mismatch));
    SMTPCODES_FUZZ_CHECK(!has(reply_warning::status_on_intermediate));
    SMTPCODES_FUZZ_CHECK(!has(reply_warning::hash_status));
    SMTPCODES_FUZZ_CHECK(!has(reply_warning::trailing_status));
    SMTPCODES_FUZZ_CHECK(!has(reply_warning::status_inconsistent));
  }
  SMTPCODES_FUZZ_CHECK(!(has(reply_warning::hash_status) && has(reply_warning::trailing_status)));
  SMTPCODES_FUZZ_CHECK(!has(reply_warning::status_inconsistent) || r.line_count >= 2);
  // The lines' text: the first one's for a status-shaped token, each for its length.
  bool first = true, any_empty = false;
  std::string_view first_text, last_text;
  for (const smtpcodes::reply_line l : r.lines()) {
    if (first) first_text = l.text;
    last_text = l.text;
    any_empty = any_empty || l.line.size() == 3;
    first = false;
  }
  if (free_text) {
    SMTPCODES_FUZZ_CHECK(has(reply_warning::no_text) == (r.raw.size() <= 4));
    first_text = last_text = r.raw.size() > 4 ? r.raw.substr(4) : std::string_view{};
  } else {
    SMTPCODES_FUZZ_CHECK(has(reply_warning::no_text) == any_empty);
  }
  if (!r.status) {
    SMTPCODES_FUZZ_CHECK(has(reply_warning::status_invalid) ==
                         smtpcodes::detail::invalid_status_token(first_text));
  }
  if (has(reply_warning::trailing_status)) {
    std::string_view t = last_text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    SMTPCODES_FUZZ_CHECK(!t.empty() && t.back() == ')' && t.find("(#") != std::string_view::npos);
  }
  // The bytes: above 0x7F anywhere; for wire replies, line ends and lengths.
  bool high = false;
  for (const char c : r.raw) high = high || static_cast<unsigned char>(c) >= 0x80;
  SMTPCODES_FUZZ_CHECK(has(reply_warning::non_ascii) == high);
  if (free_text) {
    SMTPCODES_FUZZ_CHECK(!has(reply_warning::bare_lf) && !has(reply_warning::long_line));
  } else {
    bool bare_lf = false, long_line = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < r.raw.size(); ++i) {
      if (r.raw[i] != '\n') continue;
      bare_lf = bare_lf || i == 0 || r.raw[i - 1] != '\r';
      long_line = long_line || i + 1 - start > 512;
      start = i + 1;
    }
    SMTPCODES_FUZZ_CHECK(has(reply_warning::bare_lf) == bare_lf);
    SMTPCODES_FUZZ_CHECK(has(reply_warning::long_line) == long_line);
  }
}

/// The lines of a reply: their number, where their views point, which one is last.
/// Wire replies are split at LF; free text is split into contiguous segments.
inline void check_lines(const smtpcodes::reply& r) {
  const bool free_text = r.warnings.has(smtpcodes::reply_warning::free_text);
  std::size_t count = 0;
  std::size_t offset = 0;  // where the next line must start in raw
  bool seen_last = false;
  for (const smtpcodes::reply_line l : r.lines()) {
    SMTPCODES_FUZZ_CHECK(!seen_last);  // nothing after the line marked last
    SMTPCODES_FUZZ_CHECK(l.line.data() == r.raw.data() + offset);
    SMTPCODES_FUZZ_CHECK(inside(l.line, r.raw));
    SMTPCODES_FUZZ_CHECK(inside(l.text, l.line));
    SMTPCODES_FUZZ_CHECK(is_suffix_view(l.body, l.text));
    if (free_text) {
      SMTPCODES_FUZZ_CHECK(!l.line.empty());
      offset += l.line.size();
    } else {
      // code digits, then the line end: optional CR, then LF
      SMTPCODES_FUZZ_CHECK(l.line.size() >= 3);
      SMTPCODES_FUZZ_CHECK(l.line.find('\n') == std::string_view::npos);
      SMTPCODES_FUZZ_CHECK(l.line.find('\r') == std::string_view::npos);
      const unsigned code = static_cast<unsigned>(l.line[0] - '0') * 100 +
                            static_cast<unsigned>(l.line[1] - '0') * 10 +
                            static_cast<unsigned>(l.line[2] - '0');
      SMTPCODES_FUZZ_CHECK(code == r.code);
      offset += l.line.size();
      if (offset < r.raw.size() && r.raw[offset] == '\r') ++offset;
      SMTPCODES_FUZZ_CHECK(offset < r.raw.size() && r.raw[offset] == '\n');
      ++offset;
      SMTPCODES_FUZZ_CHECK(l.text.empty() || l.text.data() == l.line.data() + 4);
    }
    seen_last = l.last;
    ++count;
  }
  SMTPCODES_FUZZ_CHECK(offset == r.raw.size());  // the lines cover raw exactly
  SMTPCODES_FUZZ_CHECK(count == 0 || seen_last);
  SMTPCODES_FUZZ_CHECK(count == r.line_count);
  SMTPCODES_FUZZ_CHECK((r.line_count > 1) == r.multiline());
}

/// text_size() and text_to(): the output is the bodies joined by the
/// separator ('\0': nothing between them), cut at the capacity, and never
/// written past it.
inline void check_text(const smtpcodes::reply& r, char separator) {
  std::string expected;
  bool first = true;
  for (const smtpcodes::reply_line l : r.lines()) {
    if (!first && separator != '\0') expected += separator;
    expected.append(l.body.data(), l.body.size());
    first = false;
  }
  const std::size_t size = r.text_size(separator);
  SMTPCODES_FUZZ_CHECK(size == expected.size());

  constexpr std::size_t guard = 16;
  constexpr char canary = '\xA5';
  const std::size_t capacities[] = {0, 1, size / 2, size > 0 ? size - 1 : 0, size, size + 7};
  std::vector<char> buffer;
  for (const std::size_t capacity : capacities) {
    buffer.assign(capacity + 2 * guard, canary);
    char* out = buffer.data() + guard;
    const std::string_view written = r.text_to(out, capacity, separator);
    SMTPCODES_FUZZ_CHECK(written.data() == out);
    SMTPCODES_FUZZ_CHECK(written.size() <= capacity);
    SMTPCODES_FUZZ_CHECK(written.size() <= size);
    SMTPCODES_FUZZ_CHECK(written.size() == (capacity < size ? capacity : size));
    SMTPCODES_FUZZ_CHECK(written == std::string_view(expected).substr(0, written.size()));
    for (std::size_t i = 0; i < guard; ++i) {
      SMTPCODES_FUZZ_CHECK(buffer[i] == canary);
      SMTPCODES_FUZZ_CHECK(buffer[guard + capacity + i] == canary);
    }
  }
}

}  // namespace smtpcodes_fuzz

#endif
