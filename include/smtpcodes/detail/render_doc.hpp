// Private to render.hpp: a small document model (title, headings, paragraphs,
// numbered lists, label/value fields, tables) written out as plain text,
// Markdown or HTML, the escapers for each format, a JSON writer, and the
// {placeholder} substitution of catalogue templates.
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

/// Replaces {key} in `tmpl` with the value of the matching slot; braces that
/// name no slot are copied unchanged.
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
  return out;
}

enum class block_kind : std::uint8_t {
  title,
  heading,
  subheading,
  paragraph,
  ordered,
  fields,
  table
};

struct block {
  block_kind kind = block_kind::paragraph;
  std::string text;                                        ///< title, heading, paragraph
  std::vector<std::string> items;                          ///< ordered list; table header
  std::vector<std::pair<std::string, std::string>> pairs;  ///< fields
  std::vector<std::vector<std::string>> rows;              ///< table rows
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
  void heading(std::string t) { add(block_kind::heading, std::move(t)); }
  void subheading(std::string t) { add(block_kind::subheading, std::move(t)); }
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
  void table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
    block b;
    b.kind = block_kind::table;
    b.items = std::move(header);
    b.rows = std::move(rows);
    blocks.push_back(std::move(b));
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

inline std::string emit_html(const document& d) {
  std::string title;
  for (const block& b : d.blocks)
    if (b.kind == block_kind::title) title = b.text;
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + html_escape(d.lang) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) +
                    "</title>\n</head>\n<body>\n";
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
        tag("h1", b.text);
        break;
      case block_kind::heading:
        tag("h2", b.text);
        break;
      case block_kind::subheading:
        tag("h3", b.text);
        break;
      case block_kind::paragraph:
        tag("p", b.text);
        break;
      case block_kind::ordered:
        out += "<ol>\n";
        for (const auto& item : b.items) tag("li", item);
        out += "</ol>\n";
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
        for (const auto& r : b.rows) {
          out += "<tr>";
          for (const auto& c : r) out += "<td>" + html_escape(c) + "</td>";
          out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n";
        break;
    }
  }
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
