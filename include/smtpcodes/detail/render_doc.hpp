// Private to render.hpp: a small document model (title, headings, paragraphs,
// numbered lists, link lists, label/value fields, tables) written out as plain
// text, Markdown or HTML (standalone, or inside a site's frame with links),
// the escapers for each format, a JSON writer, and the {placeholder}
// substitution of catalogue templates.
#ifndef SMTPCODES_DETAIL_RENDER_DOC_HPP
#define SMTPCODES_DETAIL_RENDER_DOC_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../sanitize.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// One placeholder value for fill().
using slot = std::pair<std::string_view, std::string_view>;

/// The code point of the three-byte UTF-8 sequence at `s[i]`, or 0 when
/// another byte starts there (the scripts cjk_tight() looks for are all
/// encoded in three bytes).
inline char32_t three_byte_code_point(std::string_view s, std::size_t i) noexcept {
  if (i + 2 >= s.size()) return 0;
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  if ((b0 & 0xF0U) != 0xE0U || (b1 & 0xC0U) != 0x80U || (b2 & 0xC0U) != 0x80U) return 0;
  return static_cast<char32_t>(((b0 & 0x0FU) << 12U) | ((b1 & 0x3FU) << 6U) | (b2 & 0x3FU));
}

/// Whether Chinese and Japanese write `c` without a space next to another
/// such character: CJK punctuation, kana, Han ideographs, full-width forms.
/// (Hangul is not among them: Korean separates words with spaces.)
constexpr bool cjk_tight(char32_t c) noexcept {
  return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

/// `s` without the spaces that stand between two cjk_tight() characters: a
/// template spaces a placeholder off for Latin values ("は {cmds_a} に"), and
/// a value in the language's own script must then close up ("は任意のコマンドに").
inline std::string close_cjk_spaces(std::string s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && i >= 3 && cjk_tight(three_byte_code_point(s, i - 3)) &&
        cjk_tight(three_byte_code_point(s, i + 1)))
      continue;
    out += s[i];
  }
  return out;
}

/// Replaces {key} in `tmpl` with the value of the matching slot; braces that
/// name no slot are copied unchanged. A space left between two Chinese or
/// Japanese characters is dropped (close_cjk_spaces()).
inline std::string fill(std::string_view tmpl, std::initializer_list<slot> slots) {
  std::string out;
  out.reserve(tmpl.size() + 64);
  std::size_t i = 0;
  while (i < tmpl.size()) {
    if (tmpl[i] == '{') {
      const std::size_t close = tmpl.find('}', i + 1);
      if (close != std::string_view::npos) {
        const std::string_view key = tmpl.substr(i + 1, close - i - 1);
        const slot* found = nullptr;
        for (const slot& s : slots)
          if (s.first == key) found = &s;
        if (found != nullptr) {
          out += found->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += tmpl[i++];
  }
  return close_cjk_spaces(std::move(out));
}

enum class block_kind : std::uint8_t {
  title,
  heading,
  subheading,
  paragraph,
  ordered,
  fields,
  table,
  links  ///< a bulleted list whose items may link to other pages
};

/// The page a heading, list item or table row is about, for a site that links
/// its pages (emit_html with a frame); plain output ignores it.
struct link_target {
  enum class kind : std::uint8_t { none, code, status, comparison } what = kind::none;
  unsigned a = 0;  ///< code; status subject; first code
  unsigned b = 0;  ///< status detail; second code
};

struct block {
  block_kind kind = block_kind::paragraph;
  std::string text;                                        ///< title, heading, paragraph
  std::vector<std::string> items;                          ///< ordered list; table header; links
  std::vector<std::pair<std::string, std::string>> pairs;  ///< fields
  std::vector<std::vector<std::string>> rows;              ///< table rows
  link_target target;                                      ///< heading: the page it names
  std::vector<link_target> targets;                        ///< links items; table rows
  std::string id;                                          ///< heading: an anchor name
};

/// A page before it is written out in one format.
struct document {
  std::string lang;
  std::vector<block> blocks;

  void add(block_kind kind, std::string text) {
    block b;
    b.kind = kind;
    b.text = std::move(text);
    blocks.push_back(std::move(b));
  }
  void title(std::string t) { add(block_kind::title, std::move(t)); }
  void heading(std::string t, link_target target = {}) {
    add(block_kind::heading, std::move(t));
    blocks.back().target = target;
  }
  void subheading(std::string t, link_target target = {}) {
    add(block_kind::subheading, std::move(t));
    blocks.back().target = target;
  }
  void paragraph(std::string t) { add(block_kind::paragraph, std::move(t)); }
  void ordered(std::vector<std::string> items) {
    block b;
    b.kind = block_kind::ordered;
    b.items = std::move(items);
    blocks.push_back(std::move(b));
  }
  void fields(std::vector<std::pair<std::string, std::string>> pairs) {
    block b;
    b.kind = block_kind::fields;
    b.pairs = std::move(pairs);
    blocks.push_back(std::move(b));
  }
  void table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
             std::vector<link_target> targets = {}) {
    block b;
    b.kind = block_kind::table;
    b.items = std::move(header);
    b.rows = std::move(rows);
    b.targets = std::move(targets);
    blocks.push_back(std::move(b));
  }
  void links(std::vector<std::string> items, std::vector<link_target> targets) {
    block b;
    b.kind = block_kind::links;
    b.items = std::move(items);
    b.targets = std::move(targets);
    blocks.push_back(std::move(b));
  }
  /// The text of the title block, or empty.
  [[nodiscard]] std::string title_text() const {
    for (const block& b : blocks)
      if (b.kind == block_kind::title) return b.text;
    return {};
  }
};

/// Columns a string takes in a terminal: East Asian wide characters count two.
inline std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = decode_utf8(s, i, cp);
    if (n == 0) {
      ++width;
      ++i;
      continue;
    }
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6);
    width += wide ? 2 : 1;
    i += n;
  }
  return width;
}

inline void pad_to(std::string& out, std::string_view s, std::size_t width) {
  out += s;
  for (std::size_t w = display_width(s); w < width; ++w) out += ' ';
}

inline std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// Backslash-escapes the characters Markdown would read as markup, including
/// '<' so that no inline HTML passes through.
inline std::string markdown_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool always = c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' ||
                        c == '<' || c == '>' || c == '&' || c == '|';
    const bool at_start = i == 0 && (c == '#' || c == '-' || c == '+' || c == '=');
    if (always || at_start) out += '\\';
    out += c;
  }
  return out;
}

/// JSON string contents: quotes, backslash and control characters escaped,
/// and < > & as \u003c \u003e \u0026 so that the JSON can sit inside an
/// HTML script element; other bytes (UTF-8) pass through.
inline std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"')
      out += "\\\"";
    else if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (u < 0x20 || u == 0x7F || c == '<' || c == '>' || c == '&') {
      constexpr char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[u >> 4];
      out += hex[u & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

inline std::string emit_text(const document& d) {
  std::string out;
  for (const block& b : d.blocks) {
    if (!out.empty()) out += '\n';
    switch (b.kind) {
      case block_kind::title:
      case block_kind::heading:
      case block_kind::subheading:
      case block_kind::paragraph:
        out += b.text;
        out += '\n';
        break;
      case block_kind::ordered:
        for (std::size_t i = 0; i < b.items.size(); ++i)
          out += std::to_string(i + 1) + ". " + b.items[i] + '\n';
        break;
      case block_kind::links:
        for (const std::string& item : b.items) out += "- " + item + '\n';
        break;
      case block_kind::fields: {
        std::size_t width = 0;
        for (const auto& p : b.pairs) width = std::max(width, display_width(p.first) + 1);
        for (const auto& p : b.pairs) {
          pad_to(out, p.first + ":", width + 1);
          out += p.second;
          out += '\n';
        }
        break;
      }
      case block_kind::table: {
        std::vector<std::size_t> widths(b.items.size(), 0);
        const auto measure = [&widths](const std::vector<std::string>& row) {
          for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], display_width(row[i]));
        };
        measure(b.items);
        for (const auto& r : b.rows) measure(r);
        const auto line = [&out, &widths](const std::vector<std::string>& row) {
          std::string l;
          for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            if (i + 1 == row.size())
              l += row[i];
            else
              pad_to(l, row[i], widths[i] + 2);
          }
          out += l + '\n';
        };
        line(b.items);
        for (const auto& r : b.rows) line(r);
        break;
      }
    }
  }
  return out;
}

inline std::string emit_markdown(const document& d) {
  std::string out;
  for (const block& b : d.blocks) {
    if (!out.empty()) out += '\n';
    switch (b.kind) {
      case block_kind::title:
        out += "# " + markdown_escape(b.text) + '\n';
        break;
      case block_kind::heading:
        out += "## " + markdown_escape(b.text) + '\n';
        break;
      case block_kind::subheading:
        out += "### " + markdown_escape(b.text) + '\n';
        break;
      case block_kind::paragraph:
        out += markdown_escape(b.text) + '\n';
        break;
      case block_kind::ordered:
        for (std::size_t i = 0; i < b.items.size(); ++i)
          out += std::to_string(i + 1) + ". " + markdown_escape(b.items[i]) + '\n';
        break;
      case block_kind::links:
        for (const std::string& item : b.items) out += "- " + markdown_escape(item) + '\n';
        break;
      case block_kind::fields:
        for (const auto& p : b.pairs)
          out += "- **" + markdown_escape(p.first) + ":** " + markdown_escape(p.second) + '\n';
        break;
      case block_kind::table: {
        const auto row = [&out](const std::vector<std::string>& cells) {
          out += '|';
          for (const auto& c : cells) out += ' ' + markdown_escape(c) + " |";
          out += '\n';
        };
        row(b.items);
        out += '|';
        for (std::size_t i = 0; i < b.items.size(); ++i) out += " --- |";
        out += '\n';
        for (const auto& r : b.rows) row(r);
        break;
      }
    }
  }
  return out;
}

/// What a site puts around a page's HTML: extra elements for <head>, markup
/// before and after the content, and how a link target becomes an href (an
/// empty href leaves the text unlinked).
struct html_frame {
  std::string head;
  std::string before;
  std::string after;
  const void* context = nullptr;
  std::string (*href)(const void* context, const link_target& target) = nullptr;
};

/// The stylesheet of a standalone page (render_* with format::html): a
/// readable line length, a viewport for phones, dark mode.
inline constexpr std::string_view standalone_style =
    "body{max-width:44rem;margin:0 auto;padding:1rem;line-height:1.55;"
    "font-family:system-ui,sans-serif;overflow-wrap:break-word}"
    "table{border-collapse:collapse;display:block;overflow-x:auto}"
    "th,td{text-align:left;padding:.2rem .6rem .2rem 0;vertical-align:top}"
    "@media (prefers-color-scheme:dark){body{background:#16181d;color:#e4e6eb}}";

/// The page as HTML: standalone (no frame) or inside a site's frame, whose
/// href function turns link targets into links.
inline std::string emit_html(const document& d, const html_frame* frame = nullptr) {
  const std::string title = d.title_text();
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + html_escape(d.lang) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<title>" +
                    html_escape(title) + "</title>\n";
  if (frame != nullptr)
    out += frame->head;
  else
    out += "<style>" + std::string(standalone_style) + "</style>\n";
  out += "</head>\n<body>\n";
  if (frame != nullptr) out += frame->before;
  const auto href = [frame](const link_target& t) {
    if (frame == nullptr || frame->href == nullptr || t.what == link_target::kind::none)
      return std::string();
    return frame->href(frame->context, t);
  };
  const auto linked = [&href](const std::string& text, const link_target& t) {
    const std::string h = href(t);
    if (h.empty()) return html_escape(text);
    return "<a href=\"" + html_escape(h) + "\">" + html_escape(text) + "</a>";
  };
  const auto heading = [&out, &linked](std::string_view name, const block& b) {
    out += '<';
    out += name;
    if (!b.id.empty()) out += " id=\"" + html_escape(b.id) + '"';
    out += '>';
    out += linked(b.text, b.target);
    out += "</";
    out += name;
    out += ">\n";
  };
  const auto tag = [&out](std::string_view name, std::string_view text) {
    out += '<';
    out += name;
    out += '>';
    out += html_escape(text);
    out += "</";
    out += name;
    out += ">\n";
  };
  for (const block& b : d.blocks) {
    switch (b.kind) {
      case block_kind::title:
        heading("h1", b);
        break;
      case block_kind::heading:
        heading("h2", b);
        break;
      case block_kind::subheading:
        heading("h3", b);
        break;
      case block_kind::paragraph:
        tag("p", b.text);
        break;
      case block_kind::ordered:
        out += "<ol>\n";
        for (const auto& item : b.items) tag("li", item);
        out += "</ol>\n";
        break;
      case block_kind::links:
        out += "<ul class=\"links\">\n";
        for (std::size_t i = 0; i < b.items.size(); ++i)
          out += "<li>" + linked(b.items[i], i < b.targets.size() ? b.targets[i] : link_target{}) +
                 "</li>\n";
        out += "</ul>\n";
        break;
      case block_kind::fields:
        out += "<dl>\n";
        for (const auto& p : b.pairs) {
          tag("dt", p.first);
          tag("dd", p.second);
        }
        out += "</dl>\n";
        break;
      case block_kind::table:
        out += "<table>\n<thead>\n<tr>";
        for (const auto& h : b.items) out += "<th>" + html_escape(h) + "</th>";
        out += "</tr>\n</thead>\n<tbody>\n";
        for (std::size_t r = 0; r < b.rows.size(); ++r) {
          const link_target t = r < b.targets.size() ? b.targets[r] : link_target{};
          out += "<tr>";
          // The first cell links to the row's page.
          for (std::size_t c = 0; c < b.rows[r].size(); ++c)
            out +=
                "<td>" + (c == 0 ? linked(b.rows[r][c], t) : html_escape(b.rows[r][c])) + "</td>";
          out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n";
        break;
    }
  }
  if (frame != nullptr) out += frame->after;
  out += "</body>\n</html>\n";
  return out;
}

/// A JSON writer with two-space indentation. Keys and strings are escaped.
class json_writer {
 public:
  json_writer& begin_object() { return open('{'); }
  json_writer& end_object() { return close('}'); }
  json_writer& begin_array() { return open('['); }
  json_writer& end_array() { return close(']'); }
  json_writer& key(std::string_view k) {
    separate();
    out_ += '"' + json_escape(k) + "\": ";
    after_key_ = true;
    return *this;
  }
  json_writer& string(std::string_view v) {
    separate();
    out_ += '"' + json_escape(v) + '"';
    return *this;
  }
  json_writer& number(long long v) {
    separate();
    out_ += std::to_string(v);
    return *this;
  }
  json_writer& boolean(bool v) {
    separate();
    out_ += v ? "true" : "false";
    return *this;
  }
  json_writer& null() {
    separate();
    out_ += "null";
    return *this;
  }
  /// A key and a string value; an empty value is written as null when `null_if_empty`.
  json_writer& field(std::string_view k, std::string_view v, bool null_if_empty = false) {
    key(k);
    return null_if_empty && v.empty() ? null() : string(v);
  }
  std::string finish() { return out_ + '\n'; }

 private:
  json_writer& open(char c) {
    separate();
    out_ += c;
    first_.push_back(true);
    return *this;
  }
  json_writer& close(char c) {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ += c;
    return *this;
  }
  void newline() {
    out_ += '\n';
    out_.append(first_.size() * 2, ' ');
  }
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ += ',';
    first_.back() = false;
    newline();
  }

  std::string out_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
