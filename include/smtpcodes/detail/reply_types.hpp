// The types of a parsed reply: parse_error, reply_warning, reply and its
// lines, parse_options, parse_result and text_match. In a header of their
// own so that the parsers (detail/reply_parser.hpp, detail/free_text.hpp)
// compile alone. Public names, included through reply.hpp and find_reply.hpp.
#ifndef SMTPCODES_DETAIL_REPLY_TYPES_HPP
#define SMTPCODES_DETAIL_REPLY_TYPES_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "../command.hpp"
#include "../enhanced_status.hpp"
#include "../reply_code.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Why bytes are not a reply. `incomplete` means "need more bytes", never an error in the data.
enum class parse_error : std::uint8_t {
  none = 0,
  incomplete,         ///< the reply is not finished yet
  empty_line,         ///< a line with nothing before its line end
  short_line,         ///< fewer than three characters on a line ("25\r\n")
  non_digit_code,     ///< a code character that is not a digit ("2x0", "abc")
  bad_first_digit,    ///< first digit 0 or 6-9 (RFC 5321 §4.2: 2-5; 1 is accepted with a warning)
  bad_second_digit,   ///< second digit 6-9 (RFC 5321 §4.2 ABNF: 0-5)
  bad_separator,      ///< after the code neither SP, "-" nor the line end ("250x", "2500")
  code_mismatch,      ///< lines of one reply carry different codes (RFC 5321 §4.2.1)
  nul_byte,           ///< a NUL byte inside a line
  control_character,  ///< a control byte other than HT inside a line, or DEL
  bare_cr,            ///< a CR that is not followed by LF
  line_too_long,      ///< a line longer than parse_options::max_line_length
  too_many_lines,     ///< more lines than parse_options::max_lines
  no_reply_found,     ///< find_reply(): the text holds no reply code
  reply_too_large,    ///< reply_reader: one reply does not fit in the reader's buffer
};

namespace detail {
// clang-format off
inline constexpr char parse_error_names[][18] = {
    "none",           "incomplete",      "empty_line",        "short_line",
    "non_digit_code", "bad_first_digit", "bad_second_digit",  "bad_separator",
    "code_mismatch",  "nul_byte",        "control_character", "bare_cr",
    "line_too_long",  "too_many_lines",  "no_reply_found",    "reply_too_large"};
// clang-format on
}  // namespace detail
/// A short name for logs: "code_mismatch".
[[nodiscard]] constexpr std::string_view to_string(parse_error e) noexcept {
  const auto i = static_cast<std::size_t>(e);
  return i < sizeof(detail::parse_error_names) / sizeof(detail::parse_error_names[0])
             ? detail::stored_name(detail::parse_error_names[i])
             : std::string_view{"unknown"};
}

/// Things the parser accepted but a strict caller may refuse.
enum class reply_warning : std::uint16_t {
  bare_lf = 1 << 0,           ///< a line ended with LF alone
  no_text = 1 << 1,           ///< a bare code with no SP ("334\r\n"); RFC 5321 §4.2 says accept it
  preliminary_code = 1 << 2,  ///< a 1yz code, which RFC 5321 no longer uses
  status_class_mismatch =
      1 << 3,  ///< enhanced class differs from the code's first digit (RFC 2034 §4)
  status_inconsistent = 1 << 4,     ///< lines carry different enhanced codes or only some carry one
  hash_status = 1 << 5,             ///< the status was written "#5.1.0"
  trailing_status = 1 << 6,         ///< the status came from qmail's trailing "(#5.7.1)"
  status_on_intermediate = 1 << 7,  ///< a 3yz reply carried a status (RFC 2034 §4 says never)
  long_line = 1 << 8,               ///< a line over 512 octets (RFC 5321 §4.5.3.1.5)
  non_ascii = 1 << 9,               ///< bytes above 127 (UTF-8 replies, RFC 6531 §3.7.4)
  free_text = 1 << 10,              ///< found by find_reply() in a log line or DSN, not wire bytes
  status_invalid =
      1 << 11,  ///< a token shaped like a status breaks RFC 3463 §2 ("6.8.9"); not used
};

/// A small set of reply_warning values.
class reply_warnings {
 public:
  constexpr reply_warnings() noexcept = default;
  [[nodiscard]] constexpr bool has(reply_warning w) const noexcept {
    return (bits_ & static_cast<std::uint16_t>(w)) != 0;
  }
  [[nodiscard]] constexpr bool any() const noexcept { return bits_ != 0; }
  [[nodiscard]] constexpr std::uint16_t bits() const noexcept { return bits_; }
  constexpr void set(reply_warning w) noexcept {
    bits_ = static_cast<std::uint16_t>(bits_ | static_cast<std::uint16_t>(w));
  }
  [[nodiscard]] friend constexpr bool operator==(reply_warnings a, reply_warnings b) noexcept {
    return a.bits_ == b.bits_;
  }
  [[nodiscard]] friend constexpr bool operator!=(reply_warnings a, reply_warnings b) noexcept {
    return a.bits_ != b.bits_;
  }

 private:
  std::uint16_t bits_ = 0;
};

/// One line of a reply. Views point into the caller's buffer.
struct reply_line {
  std::string_view line;  ///< the whole line without its line end
  std::string_view text;  ///< after the code and separator
  std::string_view body;  ///< text without the leading enhanced status and its spaces
  bool last;              ///< the final line (code followed by SP or nothing)
};

/// Iterates the lines of a reply without storing them.
class reply_lines {
 public:
  class iterator;
  constexpr reply_lines(std::string_view raw, bool free_text) noexcept
      : raw_(raw), free_text_(free_text) {}
  [[nodiscard]] constexpr iterator begin() const noexcept;
  [[nodiscard]] constexpr iterator end() const noexcept;

 private:
  std::string_view raw_;
  bool free_text_;
};

/// A parsed reply. Every view points into the buffer given to the parser and
/// lives exactly as long as that buffer.
struct reply {
  unsigned code = 0;                      ///< the three-digit code
  std::optional<enhanced_status> status;  ///< RFC 3463 status from the text, when present
  std::string_view raw;                   ///< all bytes of the reply, line ends included
  std::uint16_t line_count = 0;           ///< number of lines (1 for a single-line reply)
  reply_warnings warnings;                ///< what was tolerated

  [[nodiscard]] constexpr reply_class klass() const noexcept { return classify(code); }
  [[nodiscard]] constexpr bool multiline() const noexcept { return line_count > 1; }
  /// The lines, split again from `raw` on demand.
  [[nodiscard]] constexpr reply_lines lines() const noexcept {
    return reply_lines{raw, warnings.has(reply_warning::free_text)};
  }
  /// Length of text_to()'s output (the joined body text) with the same separator.
  [[nodiscard]] constexpr std::size_t text_size(char separator = ' ') const noexcept;
  /// Writes the body text of every line, without the repeated codes and
  /// enhanced statuses, joined by `separator` ('\0': nothing between the
  /// lines), into [out, out + capacity); returns the view written (cut at
  /// `capacity`, never overflowing).
  constexpr std::string_view text_to(char* out, std::size_t capacity,
                                     char separator = ' ') const noexcept;
};

/// What find_reply() found. `value` views point into the text.
struct text_match {
  reply value;
  parse_error error = parse_error::no_reply_found;
  smtp_command command = smtp_command::unknown;  ///< the command the text names, if any
  std::size_t position = 0;                      ///< offset of the code in the text
  [[nodiscard]] constexpr bool ok() const noexcept { return error == parse_error::none; }
};

/// Limits for one reply.
struct parse_options {
  /// Longest accepted line, line end included. RFC 5321 §4.5.3.1.5 says 512
  /// octets, but AUTH challenges may be far longer (RFC 4954 §4 names 12288),
  /// so the default accepts 16384 and flags lines over 512 with long_line.
  std::size_t max_line_length = 16384;
  /// Most lines in one reply (an EHLO reply has about a dozen).
  std::size_t max_lines = 256;
  /// The bytes are all there is (a string, not a socket): the end of the
  /// bytes ends the last line, which then needs no line end. Set by
  /// parse_reply_complete().
  bool input_complete = false;
};

/// The result of parse_reply(). `consumed` is how many bytes the reply (or the
/// bad line) took; 0 with `incomplete`.
struct parse_result {
  reply value;
  parse_error error = parse_error::none;
  std::size_t consumed = 0;
  [[nodiscard]] constexpr bool ok() const noexcept { return error == parse_error::none; }
  [[nodiscard]] constexpr reply_warnings warnings() const noexcept { return value.warnings; }
};

}  // namespace v1
}  // namespace smtpcodes

namespace smtpcodes {
inline namespace v1 {
namespace detail {
/// Most lines a reply can report: reply::line_count is 16 bits wide.
inline constexpr std::size_t max_line_count = 65535;
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
