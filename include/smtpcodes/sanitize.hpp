// sanitize_server_text(): makes text a server sent safe to print or embed.
// Terminal escape sequences (ECMA-48 CSI, OSC, DCS/SOS/PM/APC strings and
// two-byte escapes), C0 and C1 control characters, DEL, and the invisible
// format characters of Unicode (Bidi_Control; Default_Ignorable format
// characters, UAX #44) are removed; invalid UTF-8 becomes U+FFFD. Allocates.
#ifndef SMTPCODES_SANITIZE_HPP
#define SMTPCODES_SANITIZE_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace smtpcodes {
inline namespace v1 {
namespace detail {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when invalid
// (overlong, surrogate, above U+10FFFF, truncated or a stray continuation byte).
[[nodiscard]] inline std::size_t decode_utf8(std::string_view s, std::size_t i,
                                             std::uint32_t& cp) noexcept {
  const auto b = [&s](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = b(i);
  if (lead < 0x80) {
    cp = lead;
    return 1;
  }
  // Sequence length, payload bits of the lead byte, smallest code point.
  struct form {
    unsigned char first, last;
    std::size_t n;
    std::uint32_t mask, min;
  };
  constexpr form forms[] = {
      {0xC2, 0xDF, 2, 0x1F, 0x80}, {0xE0, 0xEF, 3, 0x0F, 0x800}, {0xF0, 0xF4, 4, 0x07, 0x10000}};
  std::size_t n = 0;
  std::uint32_t min = 0;
  for (const form& f : forms) {
    if (lead < f.first || lead > f.last) continue;
    n = f.n;
    cp = lead & f.mask;
    min = f.min;
  }
  if (n == 0) return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0u) != 0x80u) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// Skips an escape sequence whose ESC (or 8-bit introducer) ends at `i`;
// returns the index just after it. `kind` is the introducer: '[' CSI, ']' OSC,
// 'P' 'X' '^' '_' control strings.
[[nodiscard]] inline std::size_t skip_sequence_body(std::string_view s, std::size_t i,
                                                    char kind) noexcept {
  const auto at = [&s](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (kind == '[') {  // parameters 0x30-0x3F, intermediates 0x20-0x2F, final 0x40-0x7E
    while (i < s.size() && at(i) >= 0x20 && at(i) <= 0x3F) ++i;
    if (i < s.size() && at(i) >= 0x40 && at(i) <= 0x7E) ++i;
    return i;
  }
  // OSC and control strings end at BEL, ST (ESC \), 8-bit ST (U+009C) or the end.
  while (i < s.size()) {
    if (at(i) == 0x07) return i + 1;
    if (at(i) == 0x1B && i + 1 < s.size() && s[i + 1] == '\\') return i + 2;
    if (at(i) == 0xC2 && i + 1 < s.size() && at(i + 1) == 0x9C) return i + 2;
    ++i;
  }
  return i;
}

/// Invisible format characters the sanitiser removes: every Bidi_Control
/// character (PropList.txt), every character that is both General_Category Cf
/// and Default_Ignorable_Code_Point (DerivedCoreProperties.txt), with the
/// unassigned code points of their blocks (U+2065, U+E0000, U+E0002-E001F),
/// and the interlinear annotation characters, which hide the text between
/// them. Visible format characters (Arabic number signs U+0600-0605, ...),
/// variation selectors and joiners of other kinds than Cf are kept.
struct code_point_range {
  std::uint32_t first, last;
};
inline constexpr code_point_range invisible_format_characters[] = {
    {0x00AD, 0x00AD},    // soft hyphen
    {0x061C, 0x061C},    // Arabic letter mark (Bidi_Control)
    {0x180E, 0x180E},    // Mongolian vowel separator
    {0x200B, 0x200F},    // zero width space, ZWNJ, ZWJ, LRM, RLM (Bidi_Control)
    {0x202A, 0x202E},    // LRE, RLE, PDF, LRO, RLO (Bidi_Control)
    {0x2060, 0x206F},    // word joiner, invisible operators, LRI-PDI (Bidi_Control), ...
    {0xFEFF, 0xFEFF},    // zero width no-break space (byte order mark)
    {0xFFF9, 0xFFFB},    // interlinear annotation anchor, separator, terminator
    {0x1BCA0, 0x1BCA3},  // shorthand format controls
    {0x1D173, 0x1D17A},  // musical symbol format controls
    {0xE0000, 0xE007F},  // tag characters (invisible ASCII)
};

[[nodiscard]] constexpr bool ranges_sorted(const code_point_range* r, std::size_t n) noexcept {
  for (std::size_t i = 0; i < n; ++i)
    if (r[i].first > r[i].last || (i > 0 && r[i - 1].last >= r[i].first)) return false;
  return true;
}
static_assert(ranges_sorted(invisible_format_characters,
                            sizeof invisible_format_characters / sizeof(code_point_range)),
              "invisible_format_characters: sorted, disjoint ranges");

[[nodiscard]] constexpr bool is_invisible_format(std::uint32_t cp) noexcept {
  if (cp < 0xAD) return false;
  for (const code_point_range& r : invisible_format_characters)
    if (cp >= r.first && cp <= r.last) return true;
  return false;
}

/// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: line ends, so spaces.
[[nodiscard]] constexpr bool is_line_separator(std::uint32_t cp) noexcept {
  return cp == 0x2028 || cp == 0x2029;
}

}  // namespace detail

/// Text from a server made safe for a terminal, a log, JSON, HTML or Markdown
/// (the format's own escaping still applies afterwards): escape sequences,
/// control characters and invisible format characters (bidirectional
/// controls, zero-width characters, tags: detail::invisible_format_characters)
/// are removed, tabs and line ends (U+2028 and U+2029 too) become spaces,
/// invalid UTF-8 bytes become U+FFFD, and everything else passes through
/// unchanged.
[[nodiscard]] inline std::string sanitize_server_text(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  std::size_t i = 0;
  while (i < in.size()) {
    const auto byte = static_cast<unsigned char>(in[i]);
    if (byte == 0x1B) {  // ESC
      if (i + 1 >= in.size()) break;
      const char next = in[i + 1];
      const auto nb = static_cast<unsigned char>(next);
      if (next == '[' || next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_') {
        i = detail::skip_sequence_body(in, i + 2, next == '[' ? '[' : ']');
      } else if (nb >= 0x20 && nb <= 0x2F) {  // ESC, intermediates, one final byte
        i += 1;
        while (i < in.size() && static_cast<unsigned char>(in[i]) >= 0x20 &&
               static_cast<unsigned char>(in[i]) <= 0x2F)
          ++i;
        if (i < in.size() && static_cast<unsigned char>(in[i]) >= 0x30 &&
            static_cast<unsigned char>(in[i]) <= 0x7E)
          ++i;
      } else if (nb >= 0x30 && nb <= 0x7E) {  // two-byte escape such as ESC c
        i += 2;
      } else {
        i += 1;  // a lone ESC
      }
      continue;
    }
    if (byte < 0x20 || byte == 0x7F) {
      if (byte == '\t' || byte == '\r' || byte == '\n') out += ' ';
      ++i;
      continue;
    }
    std::uint32_t cp = 0;
    const std::size_t n = detail::decode_utf8(in, i, cp);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      ++i;
      continue;
    }
    if (cp >= 0x80 && cp <= 0x9F) {  // C1 controls, including 8-bit CSI and OSC
      i += n;
      if (cp == 0x9B)
        i = detail::skip_sequence_body(in, i, '[');
      else if (cp == 0x9D || cp == 0x90 || cp == 0x98 || cp == 0x9E || cp == 0x9F)
        i = detail::skip_sequence_body(in, i, ']');
      continue;
    }
    if (detail::is_line_separator(cp))
      out += ' ';
    else if (!detail::is_invisible_format(cp))
      out.append(in.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
