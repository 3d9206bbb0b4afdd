// HTML as plain text, for bounces whose only human-readable part is HTML:
// tags removed, line-breaking elements (HTML 4.01 §9.3, §11.2) become line
// ends, head, style and script dropped, character references (HTML 4.01
// §5.3) decoded to UTF-8. Output goes to the caller's text arena.
#ifndef SMTPCODES_DETAIL_HTML_TEXT_HPP
#define SMTPCODES_DETAIL_HTML_TEXT_HPP

#include <cstddef>
#include <string_view>

#include "transfer_decoding.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

/// HTML as plain text (for a bounce whose only human-readable part is
/// HTML): tags removed, line-breaking tags become line ends, the content of
/// head, style and script dropped, character references decoded.
inline std::string_view html_to_text(std::string_view in, text_arena& out) noexcept {
  const std::size_t mark = out.start();
  std::size_t i = 0;
  while (i < in.size()) {
    const char c = in[i];
    if (c == '<') {
      const std::size_t close = in.find('>', i);
      if (close == npos) break;
      std::string_view tag = in.substr(i + 1, close - i - 1);
      const bool end_tag = !tag.empty() && tag[0] == '/';
      if (end_tag) tag.remove_prefix(1);
      std::size_t n = 0;
      while (n < tag.size() && is_alpha(tag[n])) ++n;
      const std::string_view name = tag.substr(0, n);
      i = close + 1;
      if (!end_tag &&
          (iequals(name, "style") || iequals(name, "script") || iequals(name, "head"))) {
        // Skip to the matching end tag.
        const std::size_t stop = [&] {
          for (std::size_t k = in.find("</", i); k != npos; k = in.find("</", k + 2))
            if (istarts(in.substr(k + 2), iequals(name, "style")    ? "style"
                                          : iequals(name, "script") ? "script"
                                                                    : "head"))
              return k;
          return in.size();
        }();
        i = stop;
        continue;
      }
      if (iequals(name, "br") || iequals(name, "p") || iequals(name, "div") ||
          iequals(name, "tr") || iequals(name, "li") || iequals(name, "table") ||
          (name.size() == 2 && lower(name[0]) == 'h' && is_digit(name[1])))
        out.put('\n');
      else if (iequals(name, "td"))
        out.put(' ');
      continue;
    }
    if (c == '&') {
      const std::size_t semi = in.find(';', i);
      if (semi != npos && semi - i <= 10) {
        const std::string_view ent = in.substr(i + 1, semi - i - 1);
        unsigned long cp = 0;
        if (!ent.empty() && ent[0] == '#') {
          const bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
          for (std::size_t k = hex ? 2 : 1; k < ent.size() && cp <= 0x10FFFF; ++k) {
            const int d = hex ? hex_value(ent[k]) : (is_digit(ent[k]) ? ent[k] - '0' : -1);
            if (d < 0) {
              cp = 0x110000;
              break;
            }
            cp = cp * (hex ? 16 : 10) + static_cast<unsigned>(d);
          }
        } else if (iequals(ent, "lt")) {
          cp = '<';
        } else if (iequals(ent, "gt")) {
          cp = '>';
        } else if (iequals(ent, "amp")) {
          cp = '&';
        } else if (iequals(ent, "quot")) {
          cp = '"';
        } else if (iequals(ent, "apos")) {
          cp = '\'';
        } else if (iequals(ent, "nbsp")) {
          cp = ' ';
        }
        if (cp != 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
          if (cp < 0x80) {
            out.put(static_cast<char>(cp));
          } else if (cp < 0x800) {
            out.put(static_cast<char>(0xC0 | (cp >> 6)));
            out.put(static_cast<char>(0x80 | (cp & 0x3F)));
          } else if (cp < 0x10000) {
            out.put(static_cast<char>(0xE0 | (cp >> 12)));
            out.put(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.put(static_cast<char>(0x80 | (cp & 0x3F)));
          } else {
            out.put(static_cast<char>(0xF0 | (cp >> 18)));
            out.put(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.put(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.put(static_cast<char>(0x80 | (cp & 0x3F)));
          }
          i = semi + 1;
          continue;
        }
      }
    }
    out.put(c == '\r' || c == '\n' ? ' ' : c);
    ++i;
  }
  return out.finish(mark);
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
