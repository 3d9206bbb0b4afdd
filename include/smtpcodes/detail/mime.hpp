// The structure of a message: lines with any line ending (CRLF, LF or CR),
// header fields and their folding (RFC 5322 §2.2, §2.2.3), Content-Type and
// its parameters (RFC 2045 §5.1), and the parts of a multipart body
// (RFC 2046 §5.1.1), all as views into the message.
#ifndef SMTPCODES_DETAIL_MIME_HPP
#define SMTPCODES_DETAIL_MIME_HPP

#include <cstddef>
#include <cstring>
#include <string_view>

#include "transfer_decoding.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

/// The line-end byte of a text: LF when it holds one, otherwise CR (old Mac
/// files); a CR before an LF is part of the line end.
[[nodiscard]] inline char line_end_of(std::string_view text) noexcept {
  if (text.empty() || std::memchr(text.data(), '\n', text.size()) != nullptr) return '\n';
  return std::memchr(text.data(), '\r', text.size()) != nullptr ? '\r' : '\n';
}

/// Reads a text line by line. `line` excludes the line end; `start` is where
/// it begins in the text.
class line_reader {
 public:
  explicit line_reader(std::string_view text) noexcept : text_(text), eol_(line_end_of(text)) {}
  line_reader(std::string_view text, char eol) noexcept : text_(text), eol_(eol) {}
  bool next(std::string_view& line) noexcept {
    if (pos_ >= text_.size()) return false;
    start_ = pos_;
    const void* hit = std::memchr(text_.data() + pos_, eol_, text_.size() - pos_);
    std::size_t end = hit == nullptr
                          ? text_.size()
                          : static_cast<std::size_t>(static_cast<const char*>(hit) - text_.data());
    pos_ = hit == nullptr ? end : end + 1;
    if (eol_ == '\n' && end > start_ && text_[end - 1] == '\r') --end;
    line = text_.substr(start_, end - start_);
    return true;
  }
  [[nodiscard]] std::size_t start() const noexcept { return start_; }
  [[nodiscard]] std::size_t position() const noexcept { return pos_; }
  [[nodiscard]] char eol() const noexcept { return eol_; }
  void seek(std::size_t pos) noexcept { pos_ = pos; }

 private:
  std::string_view text_;
  char eol_;
  std::size_t pos_ = 0;
  std::size_t start_ = 0;
};

[[nodiscard]] constexpr bool is_blank_line(std::string_view line) noexcept {
  for (const char c : line)
    if (!is_space(c)) return false;
  return true;
}

/// A header field: its name and its raw value, from after the colon to the
/// end of its last continuation line (folds included; see decode_header_value).
struct header_field {
  std::string_view name;
  std::string_view value;
};

/// Whether `line` opens a header field ("Name:" with a printable name).
[[nodiscard]] constexpr std::size_t field_colon(std::string_view line) noexcept {
  for (std::size_t i = 0; i < line.size() && i < 80; ++i) {
    const char c = line[i];
    if (c == ':') return i == 0 ? npos : i;
    if (c <= ' ' || c == 127) return npos;
  }
  return npos;
}

/// The header section and body of an entity (a message or a MIME part):
/// fields up to the first empty line (RFC 5322 §2.1). A line that is neither
/// a field nor a continuation ends the section too, so a message whose header
/// is broken still has a body. An mbox "From " envelope line is skipped.
struct entity {
  std::string_view header;
  std::string_view body;
};
[[nodiscard]] inline entity split_entity(std::string_view text, char eol) noexcept {
  line_reader r(text, eol);
  std::string_view line;
  std::size_t header_begin = 0;
  bool first = true;
  bool after_semicolon = false;  // a value ending in ';' may go on unindented (parameters)
  while (r.next(line)) {
    if (first && (istarts(line, "from ") || istarts(line, ">from "))) {
      header_begin = r.position();
      first = false;
      continue;
    }
    first = false;
    if (line.empty())
      return {text.substr(header_begin, r.start() - header_begin), text.substr(r.position())};
    const bool continues = is_blank(line[0]) || (after_semicolon && line.find('=') != npos);
    after_semicolon = !line.empty() && trim(line).size() > 0 && trim(line).back() == ';';
    if (continues) continue;
    if (field_colon(line) == npos) {
      return {text.substr(header_begin, r.start() - header_begin), text.substr(r.start())};
    }
  }
  return {text.substr(header_begin), {}};
}

/// Iterates the fields of a header section.
class field_reader {
 public:
  field_reader(std::string_view header, char eol) noexcept : lines_(header, eol) {
    have_ = lines_.next(line_);
  }
  bool next(header_field& f) noexcept {
    while (have_) {
      const std::size_t colon = field_colon(line_);
      if (colon == npos) {  // a stray continuation or junk line
        have_ = lines_.next(line_);
        continue;
      }
      f.name = line_.substr(0, colon);
      std::size_t value_at = colon + 1;
      while (value_at < line_.size() && is_blank(line_[value_at])) ++value_at;
      const char* value_begin = line_.data() + value_at;
      const char* value_end = line_.data() + line_.size();
      // Continuation lines start with a blank; some generators also put a
      // parameter ("boundary=...") on an unindented line after a ';'.
      while ((have_ = lines_.next(line_)) && !line_.empty() &&
             (is_blank(line_[0]) || (value_end > value_begin && value_end[-1] == ';' &&
                                     field_colon(line_) == npos && line_.find('=') != npos)))
        value_end = line_.data() + line_.size();
      f.value = std::string_view(value_begin, static_cast<std::size_t>(value_end - value_begin));
      return true;
    }
    return false;
  }

 private:
  line_reader lines_;
  std::string_view line_;
  bool have_ = false;
};

/// The first field named `lower_name` (lower case), or an empty view.
[[nodiscard]] inline std::string_view find_field(std::string_view header, char eol,
                                                 std::string_view lower_name) noexcept {
  field_reader r(header, eol);
  header_field f;
  while (r.next(f))
    if (iequals(f.name, lower_name)) return f.value;
  return {};
}

/// A Content-Type value: "type/subtype; name=value; ...".
struct content_type {
  std::string_view type;     ///< "multipart"; empty when the field is absent
  std::string_view subtype;  ///< "report"
  std::string_view params;   ///< everything after the first ';'
  [[nodiscard]] bool is(std::string_view t, std::string_view s) const noexcept {
    return iequals(type, t) && iequals(subtype, s);
  }
};
[[nodiscard]] constexpr content_type parse_content_type(std::string_view v) noexcept {
  content_type ct;
  std::size_t i = 0;
  while (i < v.size() && is_space(v[i])) ++i;
  const std::size_t t = i;
  while (i < v.size() && v[i] != '/' && v[i] != ';' && !is_space(v[i])) ++i;
  ct.type = v.substr(t, i - t);
  if (i < v.size() && v[i] == '/') {
    const std::size_t s = ++i;
    while (i < v.size() && v[i] != ';' && !is_space(v[i])) ++i;
    ct.subtype = v.substr(s, i - s);
  }
  const std::size_t semi = v.find(';', i);
  if (semi != npos) ct.params = v.substr(semi + 1);
  return ct;
}

/// A parameter of a Content-Type (or Content-Disposition) value by its
/// lower-case name; quotes are removed. Empty when absent.
[[nodiscard]] constexpr std::string_view find_param(std::string_view params,
                                                    std::string_view lower_name) noexcept {
  std::size_t i = 0;
  while (i < params.size()) {
    while (i < params.size() && (is_space(params[i]) || params[i] == ';')) ++i;
    const std::size_t n = i;
    while (i < params.size() && params[i] != '=' && params[i] != ';' && !is_space(params[i])) ++i;
    const std::string_view name = params.substr(n, i - n);
    while (i < params.size() && is_space(params[i])) ++i;
    if (i >= params.size() || params[i] != '=') {
      while (i < params.size() && params[i] != ';') ++i;
      continue;
    }
    ++i;
    while (i < params.size() && is_space(params[i])) ++i;
    std::string_view value;
    if (i < params.size() && params[i] == '"') {
      const std::size_t b = ++i;
      while (i < params.size() && params[i] != '"') i += params[i] == '\\' ? 2u : 1u;
      if (i > params.size()) i = params.size();
      value = params.substr(b, i - b);
      if (i < params.size()) ++i;
    } else {
      const std::size_t b = i;
      while (i < params.size() && params[i] != ';' && !is_space(params[i])) ++i;
      value = params.substr(b, i - b);
    }
    if (iequals(name, lower_name)) return value;
  }
  return {};
}

/// Whether `line` is a delimiter of `boundary` (RFC 2046 §5.1.1): 1 for
/// "--boundary", 2 for the closing "--boundary--", 0 otherwise. Leading
/// blanks and trailing whitespace are tolerated.
[[nodiscard]] constexpr int delimiter_kind(std::string_view line,
                                           std::string_view boundary) noexcept {
  std::size_t i = 0;
  while (i < line.size() && i < 4 && is_blank(line[i])) ++i;
  if (line.size() < i + 2 + boundary.size() || line[i] != '-' || line[i + 1] != '-') return 0;
  if (line.substr(i + 2, boundary.size()) != boundary) return 0;
  std::string_view rest = line.substr(i + 2 + boundary.size());
  int kind = 1;
  if (rest.size() >= 2 && rest[0] == '-' && rest[1] == '-') {
    kind = 2;
    rest = rest.substr(2);
  }
  for (const char c : rest)
    if (!is_space(c)) return 0;
  return kind;
}

/// Calls `visit(part_text)` for each body part of a multipart body, in
/// order, until it returns false; returns how many there were (0 when no
/// delimiter was found). Delimiter lines are found by searching for the
/// boundary itself, so the lines of the parts are not read one by one.
template <typename Visit>
std::size_t for_each_part(std::string_view body, std::string_view boundary, char eol,
                          Visit&& visit) noexcept {
  if (boundary.empty() || boundary.size() > 200) return 0;
  std::size_t part_begin = npos;
  std::size_t parts = 0;
  for (std::size_t hit = body.find(boundary); hit != npos; hit = body.find(boundary, hit + 1)) {
    // A delimiter line: the line holding the hit, "--boundary" at its start
    // (after at most four blanks).
    if (hit < 2 || body[hit - 1] != '-' || body[hit - 2] != '-') continue;
    std::size_t start = hit - 2;
    while (start > 0 && hit - 2 - start < 4 && is_blank(body[start - 1])) --start;
    if (start > 0 && body[start - 1] != eol) continue;
    std::size_t line_end = body.find(eol, hit);
    if (line_end == npos) line_end = body.size();
    std::size_t text_end = line_end;
    if (eol == '\n' && text_end > start && body[text_end - 1] == '\r') --text_end;
    const int kind = delimiter_kind(body.substr(start, text_end - start), boundary);
    if (kind == 0) continue;
    if (part_begin != npos) {
      // The line end before the delimiter belongs to the delimiter.
      std::size_t end = start;
      if (end > part_begin && body[end - 1] == eol) --end;
      if (eol == '\n' && end > part_begin && body[end - 1] == '\r') --end;
      ++parts;
      if (!visit(body.substr(part_begin, end - part_begin))) return parts;
    }
    if (kind == 2) return parts;
    part_begin = line_end < body.size() ? line_end + 1 : body.size();
    hit = line_end;
  }
  if (part_begin != npos && part_begin < body.size()) {  // no closing delimiter
    ++parts;
    visit(body.substr(part_begin));
  }
  return parts;
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
