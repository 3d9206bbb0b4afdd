// Bytes of a message part back to text: the caller's output buffer (an
// append-only arena), base64 (RFC 2045 §6.8), quoted-printable (RFC 2045
// §6.7), RFC 2047 encoded words in header values, and charsets: UTF-8,
// US-ASCII and ISO-8859-1 become UTF-8, any other charset is kept by name.
#ifndef SMTPCODES_DETAIL_TRANSFER_DECODING_HPP
#define SMTPCODES_DETAIL_TRANSFER_DECODING_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

inline constexpr std::size_t npos = std::string_view::npos;

[[nodiscard]] constexpr char lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
[[nodiscard]] constexpr bool is_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
[[nodiscard]] constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }
[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
/// Case-insensitive equality with a lower-case `l`.
[[nodiscard]] constexpr bool iequals(std::string_view s, std::string_view l) noexcept {
  if (s.size() != l.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (lower(s[i]) != l[i]) return false;
  return true;
}
/// Case-insensitive prefix test with a lower-case `l`.
[[nodiscard]] constexpr bool istarts(std::string_view s, std::string_view l) noexcept {
  return s.size() >= l.size() && iequals(s.substr(0, l.size()), l);
}
[[nodiscard]] constexpr std::string_view trim(std::string_view s) noexcept {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

/// The caller's buffer for decoded text, filled front to back. Writes past
/// the end are dropped and remembered in `overflow`; one text is written at a
/// time: start() marks where it begins, finish() returns its view.
class text_arena {
 public:
  constexpr text_arena(char* data, std::size_t size) noexcept : data_(data), size_(size) {}
  [[nodiscard]] constexpr std::size_t start() const noexcept { return used_; }
  constexpr void put(char c) noexcept {
    if (used_ < size_)
      data_[used_++] = c;
    else
      overflow_ = true;
  }
  constexpr void put(std::string_view s) noexcept {
    for (const char c : s) put(c);
  }
  /// Removes trailing spaces and tabs written since `mark`.
  constexpr void trim_back(std::size_t mark) noexcept {
    while (used_ > mark && is_blank(data_[used_ - 1])) --used_;
  }
  [[nodiscard]] constexpr char last(std::size_t mark) const noexcept {
    return used_ > mark ? data_[used_ - 1] : '\0';
  }
  [[nodiscard]] constexpr std::string_view finish(std::size_t mark) const noexcept {
    return used_ > mark ? std::string_view(data_ + mark, used_ - mark) : std::string_view{};
  }
  [[nodiscard]] constexpr bool overflow() const noexcept { return overflow_; }
  [[nodiscard]] constexpr std::size_t used() const noexcept { return used_; }

 private:
  char* data_;
  std::size_t size_;
  std::size_t used_ = 0;
  bool overflow_ = false;
};

/// How a charset's bytes become UTF-8.
enum class charset_kind : std::uint8_t {
  utf8,    ///< UTF-8, US-ASCII or unnamed: the bytes are kept
  latin1,  ///< ISO-8859-1: each byte above 127 becomes two UTF-8 bytes
  other,   ///< any other charset: the bytes are kept and the charset is named
};

/// The kind of a MIME charset name (RFC 2046 §4.1.2; names are case-insensitive).
[[nodiscard]] constexpr charset_kind classify_charset(std::string_view name) noexcept {
  name = trim(name);
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
    name = name.substr(1, name.size() - 2);
  if (name.empty()) return charset_kind::utf8;
  constexpr std::string_view utf8_names[] = {"utf-8", "utf8", "us-ascii", "ascii",
                                             "ansi_x3.4-1968"};
  constexpr std::string_view latin1_names[] = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
                                               "latin-1",    "l1",        "iso-ir-100", "cp819"};
  for (const std::string_view n : utf8_names)
    if (iequals(name, n)) return charset_kind::utf8;
  for (const std::string_view n : latin1_names)
    if (iequals(name, n)) return charset_kind::latin1;
  return charset_kind::other;
}

/// Appends `c` converted from `kind` to UTF-8 (Latin-1 bytes above 127 become
/// two bytes; other kinds pass through).
constexpr void put_char(text_arena& out, char c, charset_kind kind) noexcept {
  const auto b = static_cast<unsigned char>(c);
  if (kind == charset_kind::latin1 && b >= 0x80) {
    out.put(static_cast<char>(0xC0 | (b >> 6)));
    out.put(static_cast<char>(0x80 | (b & 0x3F)));
  } else {
    out.put(c);
  }
}

/// The value of a base64 digit, 64 for '=', 255 for anything else.
[[nodiscard]] constexpr unsigned base64_value(char c) noexcept {
  if (c >= 'A' && c <= 'Z') return static_cast<unsigned>(c - 'A');
  if (c >= 'a' && c <= 'z') return static_cast<unsigned>(c - 'a') + 26;
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0') + 52;
  if (c == '+' || c == '-') return 62;  // '-' and '_': the URL-safe alphabet some encoders use
  if (c == '/' || c == '_') return 63;
  return c == '=' ? 64 : 255;
}

/// Decodes base64 text into `out`. Characters outside the alphabet (line
/// ends, spaces, junk) are skipped, as RFC 2045 §6.8 asks; '=' ends the data.
constexpr void decode_base64(std::string_view in, text_arena& out,
                             charset_kind kind = charset_kind::utf8) noexcept {
  std::uint32_t bits = 0;
  unsigned count = 0;
  for (const char c : in) {
    const unsigned v = base64_value(c);
    if (v == 64) break;
    if (v == 255) continue;
    bits = (bits << 6) | v;
    if (++count == 4) {
      put_char(out, static_cast<char>((bits >> 16) & 0xFF), kind);
      put_char(out, static_cast<char>((bits >> 8) & 0xFF), kind);
      put_char(out, static_cast<char>(bits & 0xFF), kind);
      bits = 0;
      count = 0;
    }
  }
  if (count == 2) {
    put_char(out, static_cast<char>((bits >> 4) & 0xFF), kind);
  } else if (count == 3) {
    put_char(out, static_cast<char>((bits >> 10) & 0xFF), kind);
    put_char(out, static_cast<char>((bits >> 2) & 0xFF), kind);
  }
}

[[nodiscard]] constexpr int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

/// Decodes quoted-printable text into `out` (RFC 2045 §6.7): "=XX" is a byte,
/// "=" at a line end is a soft break, spaces at a line end are dropped. With
/// `encoded_word` set, "_" is a space (the Q encoding of RFC 2047 §4.2).
constexpr void decode_quoted_printable(std::string_view in, text_arena& out,
                                       charset_kind kind = charset_kind::utf8,
                                       bool encoded_word = false) noexcept {
  const std::size_t mark = out.start();
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '=') {
      if (i + 2 < in.size() && hex_value(in[i + 1]) >= 0 && hex_value(in[i + 2]) >= 0) {
        put_char(out, static_cast<char>(hex_value(in[i + 1]) * 16 + hex_value(in[i + 2])), kind);
        i += 2;
        continue;
      }
      // A soft line break: "=" and optional blanks before the line end.
      std::size_t j = i + 1;
      while (j < in.size() && is_blank(in[j])) ++j;
      if (j < in.size() && (in[j] == '\r' || in[j] == '\n')) {
        if (in[j] == '\r' && j + 1 < in.size() && in[j + 1] == '\n') ++j;
        i = j;
        continue;
      }
      if (j == in.size()) break;
      out.put(c);  // a lone '=' that starts nothing: kept, as decoders commonly do
      continue;
    }
    if (c == '\r' || c == '\n') {
      out.trim_back(mark);
      out.put(c);
      continue;
    }
    put_char(out, encoded_word && c == '_' ? ' ' : c, kind);
  }
}

/// A decoded text and the charset its bytes are in: empty when they are
/// UTF-8 (or US-ASCII), otherwise the MIME name of a charset this library
/// does not convert ("iso-2022-jp", "windows-1252", ...).
struct charset_text {
  std::string_view text;
  std::string_view charset;
};

/// One RFC 2047 encoded word at value[at] ("=?charset?B?...?="): where it
/// ends (npos if it is not one), its charset, encoding letter and payload.
struct encoded_word {
  std::size_t end = npos;
  std::string_view charset;
  char encoding = 0;
  std::string_view payload;
};
[[nodiscard]] constexpr encoded_word read_encoded_word(std::string_view v,
                                                       std::size_t at) noexcept {
  encoded_word w;
  if (at + 8 > v.size() || v[at] != '=' || v[at + 1] != '?') return w;
  const std::size_t q1 = v.find('?', at + 2);
  if (q1 == npos || q1 + 3 >= v.size() || v[q1 + 2] != '?') return w;
  const char e = lower(v[q1 + 1]);
  if (e != 'b' && e != 'q') return w;
  const std::size_t q3 = v.find("?=", q1 + 3);
  if (q3 == npos) return w;
  for (std::size_t i = q1 + 3; i < q3; ++i)
    if (v[i] == ' ' || v[i] == '\t' || v[i] == '\r' || v[i] == '\n') return w;
  w.charset = v.substr(at + 2, q1 - at - 2);
  if (const std::size_t star = w.charset.find('*'); star != npos)  // RFC 2231 §5 language
    w.charset = w.charset.substr(0, star);
  w.encoding = e;
  w.payload = v.substr(q1 + 3, q3 - q1 - 3);
  w.end = q3 + 2;
  return w;
}

/// A header value (RFC 5322 §2.2.3 folding, RFC 2047 encoded words) as text:
/// folds become spaces, encoded words are decoded and the whitespace between
/// two adjacent ones dropped (RFC 2047 §6.2). A value that needs neither is
/// returned as it is, without a copy.
[[nodiscard]] constexpr charset_text decode_header_value(std::string_view v,
                                                         text_arena& out) noexcept {
  v = trim(v);
  bool plain = true;
  for (std::size_t i = 0; i < v.size() && plain; ++i)
    if (v[i] == '\r' || v[i] == '\n' || (v[i] == '=' && i + 1 < v.size() && v[i + 1] == '?'))
      plain = false;
  if (plain) return {v, {}};
  charset_text result;
  const std::size_t mark = out.start();
  std::size_t pending_space = npos;  // where a run of whitespace started
  bool after_word = false;
  for (std::size_t i = 0; i < v.size();) {
    const char c = v[i];
    if (is_space(c)) {
      if (pending_space == npos) pending_space = i;
      ++i;
      continue;
    }
    if (c == '=' && i + 1 < v.size() && v[i + 1] == '?') {
      const encoded_word w = read_encoded_word(v, i);
      if (w.end != npos) {
        if (pending_space != npos && !after_word) out.put(' ');
        pending_space = npos;
        const charset_kind kind = classify_charset(w.charset);
        if (kind == charset_kind::other && result.charset.empty()) result.charset = w.charset;
        if (w.encoding == 'b')
          decode_base64(w.payload, out, kind);
        else
          decode_quoted_printable(w.payload, out, kind, true);
        after_word = true;
        i = w.end;
        continue;
      }
    }
    if (pending_space != npos) out.put(' ');
    pending_space = npos;
    after_word = false;
    out.put(c);
    ++i;
  }
  result.text = out.finish(mark);
  return result;
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
