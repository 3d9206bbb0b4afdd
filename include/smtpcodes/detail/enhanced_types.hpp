// The enhanced status value type, its grammar (RFC 3463 §2) and the row
// types of the IANA registry (RFC 5248 §2), in a header of their own so that
// the data table (detail/enhanced_table.hpp) compiles alone. Public names,
// included through enhanced_status.hpp.
#ifndef SMTPCODES_DETAIL_ENHANCED_TYPES_HPP
#define SMTPCODES_DETAIL_ENHANCED_TYPES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "../registry.hpp"
#include "../reply_code.hpp"

namespace smtpcodes {
inline namespace v1 {

/// An enhanced status code class.subject.detail, such as 5.1.1. A parsed value
/// has class 2, 4 or 5 and parts 0-999; other values can be built by hand.
struct enhanced_status {
  std::uint8_t cls = 0;
  std::uint16_t subject = 0;
  std::uint16_t detail = 0;

  /// The reply class the status class stands for; `unknown` unless 2, 4 or 5.
  [[nodiscard]] constexpr reply_class klass() const noexcept {
    return cls == 2   ? reply_class::positive_completion
           : cls == 4 ? reply_class::transient_negative
           : cls == 5 ? reply_class::permanent_negative
                      : reply_class::unknown;
  }
  [[nodiscard]] friend constexpr bool operator==(enhanced_status a, enhanced_status b) noexcept {
    return a.cls == b.cls && a.subject == b.subject && a.detail == b.detail;
  }
  [[nodiscard]] friend constexpr bool operator!=(enhanced_status a, enhanced_status b) noexcept {
    return !(a == b);
  }
  /// Lexicographic order: class, then subject, then detail.
  [[nodiscard]] friend constexpr bool operator<(enhanced_status a, enhanced_status b) noexcept {
    if (a.cls != b.cls) return a.cls < b.cls;
    if (a.subject != b.subject) return a.subject < b.subject;
    return a.detail < b.detail;
  }
};

namespace detail {
[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// One sub-code at text[pos]: 1-3 digits, no leading zero. Returns the digits used, 0 if invalid.
[[nodiscard]] constexpr std::size_t scan_subcode(std::string_view text, std::size_t pos,
                                                 std::uint16_t& out) noexcept {
  std::size_t n = 0;
  unsigned value = 0;
  while (pos + n < text.size() && is_digit(text[pos + n])) {
    if (n == 3) return 0;
    value = value * 10 + static_cast<unsigned>(text[pos + n] - '0');
    ++n;
  }
  if (n == 0 || (n > 1 && text[pos] == '0')) return 0;
  out = static_cast<std::uint16_t>(value);
  return n;
}

/// Reads an enhanced status at the start of `text` (RFC 3463 §2 grammar) and
/// returns the characters it used, or 0 when there is none. The status must be
/// followed by the end of `text` or by a character that is neither a digit nor
/// '.': "5.1.1 User" -> 5, "5.1.10" -> 6, "5.1.1000" -> 0, "5.1.1.2" -> 0.
/// `out` is written only on success.
[[nodiscard]] constexpr std::size_t scan_enhanced_status(std::string_view text,
                                                         enhanced_status& out) noexcept {
  if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
    return 0;
  // Most statuses have one-digit parts, "5.1.1": read them at once.
  if (is_digit(text[2]) && text[3] == '.' && is_digit(text[4]) &&
      (text.size() == 5 || (!is_digit(text[5]) && text[5] != '.'))) {
    out = enhanced_status{static_cast<std::uint8_t>(text[0] - '0'),
                          static_cast<std::uint16_t>(text[2] - '0'),
                          static_cast<std::uint16_t>(text[4] - '0')};
    return 5;
  }
  enhanced_status s{static_cast<std::uint8_t>(text[0] - '0'), 0, 0};
  std::size_t pos = 2;
  const std::size_t subject_len = scan_subcode(text, pos, s.subject);
  if (subject_len == 0) return 0;
  pos += subject_len;
  if (pos >= text.size() || text[pos] != '.') return 0;
  ++pos;
  const std::size_t detail_len = scan_subcode(text, pos, s.detail);
  if (detail_len == 0) return 0;
  pos += detail_len;
  if (pos < text.size() && (is_digit(text[pos]) || text[pos] == '.')) return 0;
  out = s;
  return pos;
}
}  // namespace detail

/// Parses exactly one status, nothing before or after (RFC 3463 §2): class
/// 2, 4 or 5; subject and detail of 1-3 digits without leading zeros.
[[nodiscard]] constexpr std::optional<enhanced_status> parse_enhanced_status(
    std::string_view text) noexcept {
  enhanced_status s{};
  const std::size_t used = detail::scan_enhanced_status(text, s);
  if (used == 0 || used != text.size()) return {};
  return std::optional<enhanced_status>{std::in_place, s};  // no converting-constructor checks
}

/// A status written out, "5.7.133", in a fixed buffer (large enough for any value).
struct status_chars {
  char data[16];
  std::uint8_t size;
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, size}; }
};

namespace detail {
constexpr void append_decimal(status_chars& out, unsigned value) noexcept {
  char digits[5] = {};
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0 && n < 5);
  while (n > 0) out.data[out.size++] = digits[--n];
}
}  // namespace detail

/// The status as text, "5.7.133"; no allocation.
[[nodiscard]] constexpr status_chars to_chars(enhanced_status s) noexcept {
  status_chars out{};
  detail::append_decimal(out, s.cls);
  out.data[out.size++] = '.';
  detail::append_decimal(out, s.subject);
  out.data[out.size++] = '.';
  detail::append_decimal(out, s.detail);
  return out;
}

/// Writes the status into [first, last); returns the end of what was written,
/// or nullptr (writing nothing) when the range is too small.
constexpr char* format_to(char* first, char* last, enhanced_status s) noexcept {
  const status_chars text = to_chars(s);
  if (first == nullptr || last == nullptr || last - first < static_cast<std::ptrdiff_t>(text.size))
    return nullptr;
  for (std::uint8_t i = 0; i < text.size; ++i) *first++ = text.data[i];
  return first;
}

/// Which classes a detail code may be used with, as its defining document says
/// (RFC 3463 §3 "only useful for permanent failures" and the like).
enum class status_usage : std::uint8_t {
  any,                     ///< no restriction stated
  permanent_only,          ///< class 5 only (X.1.1, X.3.4, X.7.1, ...)
  transient_only,          ///< class 4 only (X.2.2, X.3.1, X.4.1, ...)
  permanent_or_transient,  ///< explicitly either failure class (X.2.1, X.4.4, ...)
  success_or_failure,      ///< explicitly any class (X.7.7)
  success_only,            ///< positive reports (X.1.5)
  success_or_permanent,    ///< a success warning or a permanent failure (X.6.4)
};

/// One registry row, for every class: X.1.1 stands for 2.1.1, 4.1.1 and 5.1.1.
/// All views point at static storage.
struct enhanced_status_info {
  std::uint16_t subject;
  std::uint16_t detail;
  std::string_view subject_name;  ///< "Addressing Status"
  std::string_view detail_name;   ///< the registry title, "Bad destination mailbox address"
  std::string_view reference;     ///< "RFC 3463 §3.2"
  std::array<std::uint16_t, 14> basic_codes;  ///< associated basic codes (first basic_code_count)
  std::uint8_t basic_code_count;
  bool any_basic_code;            ///< the registry says "Any"
  std::uint8_t basic_class_mask;  ///< bit n: every nxx code is associated ("5XX")
  status_usage usage;
  bool deprecated;               ///< registered, but not to be sent (X.6.10)
  std::string_view description;  ///< what it means, complete sentences
  std::string_view what_to_do;   ///< what the sender, user or operator should do

  /// The full status of this row in class `cls`.
  [[nodiscard]] constexpr enhanced_status with_class(std::uint8_t cls) const noexcept {
    return {cls, subject, detail};
  }
  /// The X.s.0 row: the general meaning of its subject.
  [[nodiscard]] constexpr bool is_subject_default() const noexcept { return detail == 0; }
  /// The registry names particular basic codes or classes (not "Any", not "not given").
  [[nodiscard]] constexpr bool restricts_basic_codes() const noexcept {
    return !any_basic_code && (basic_code_count != 0 || basic_class_mask != 0);
  }
  /// Whether the registry associates the basic code with this row: "Any" means
  /// every code, "5XX" every 5xx code, and "not given" none.
  [[nodiscard]] constexpr bool associated(unsigned basic) const noexcept {
    if (!is_well_formed(basic)) return false;
    if (any_basic_code || ((basic_class_mask >> (basic / 100)) & 1u) != 0) return true;
    for (std::size_t i = 0; i < basic_code_count && i < basic_codes.size(); ++i)
      if (basic_codes[i] == basic) return true;
    return false;
  }
  /// Whether `usage` allows a status of class `cls` (2, 4 or 5) with this row.
  [[nodiscard]] constexpr bool allows_class(unsigned cls) const noexcept {
    const bool s = cls == 2, t = cls == 4, p = cls == 5;
    switch (usage) {
      case status_usage::permanent_only:
        return p;
      case status_usage::transient_only:
        return t;
      case status_usage::permanent_or_transient:
        return p || t;
      case status_usage::success_only:
        return s;
      case status_usage::success_or_permanent:
        return s || p;
      case status_usage::any:
      case status_usage::success_or_failure:
        break;
    }
    return s || t || p;
  }
};

/// The meaning of a class digit (RFC 3463 §2, IANA "Class Sub-Codes").
struct class_status_info {
  std::uint8_t cls;  ///< 2, 4, 5, or 0 for an invalid class
  reply_class klass;
  std::string_view name;  ///< "Permanent Failure"
  std::string_view description;
  std::string_view what_to_do;
};

}  // namespace v1
}  // namespace smtpcodes

#endif
