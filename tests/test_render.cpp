#include <smtpcodes/render.hpp>

#include <smtpcodes/locale/builtin.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace smtpcodes;

namespace {

// ---------------------------------------------------------------------------
// A small JSON parser (RFC 8259) for reading rendered output back.

struct json {
  enum kind_t { null_v, bool_v, number_v, string_v, array_v, object_v } kind = null_v;
  bool b = false;
  double n = 0;
  std::string s;
  std::vector<json> a;            // array items
  std::vector<std::string> keys;  // object keys ...
  std::vector<json> values;       // ... and their values (a vector of pairs needs a complete json)

  const json& operator[](std::string_view key) const {
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == key) return values[i];
    static const json missing;
    FAIL_CHECK("missing key " << std::string(key));
    return missing;
  }
};

class json_parser {
 public:
  explicit json_parser(std::string_view text) : t_(text) {}
  bool parse(json& out) {
    if (!value(out)) return false;
    ws();
    return i_ == t_.size();
  }

 private:
  void ws() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t'))
      ++i_;
  }
  bool literal(std::string_view word) {
    if (t_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }
  static void put_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  bool hex4(unsigned& v) {
    if (i_ + 4 > t_.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = t_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<unsigned>(c - 'A' + 10);
      else
        return false;
    }
    return true;
  }
  bool string(std::string& out) {
    if (i_ >= t_.size() || t_[i_] != '"') return false;
    ++i_;
    while (i_ < t_.size()) {
      const char c = t_[i_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return false;  // raw control character
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= t_.size()) return false;
      const char e = t_[i_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          unsigned cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned lo = 0;
            if (!literal("\\u") || !hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          put_utf8(out, cp);
          break;
        }
        default:
          return false;
      }
    }
    return false;
  }
  bool value(json& v) {
    ws();
    if (i_ >= t_.size()) return false;
    const char c = t_[i_];
    if (c == '{') {
      v.kind = json::object_v;
      ++i_;
      ws();
      if (i_ < t_.size() && t_[i_] == '}') return ++i_, true;
      while (true) {
        ws();
        std::string key;
        if (!string(key)) return false;
        ws();
        if (i_ >= t_.size() || t_[i_++] != ':') return false;
        json member;
        if (!value(member)) return false;
        v.keys.push_back(std::move(key));
        v.values.push_back(std::move(member));
        ws();
        if (i_ >= t_.size()) return false;
        if (t_[i_] == ',') {
          ++i_;
          continue;
        }
        if (t_[i_] == '}') return ++i_, true;
        return false;
      }
    }
    if (c == '[') {
      v.kind = json::array_v;
      ++i_;
      ws();
      if (i_ < t_.size() && t_[i_] == ']') return ++i_, true;
      while (true) {
        json item;
        if (!value(item)) return false;
        v.a.push_back(std::move(item));
        ws();
        if (i_ >= t_.size()) return false;
        if (t_[i_] == ',') {
          ++i_;
          continue;
        }
        if (t_[i_] == ']') return ++i_, true;
        return false;
      }
    }
    if (c == '"') {
      v.kind = json::string_v;
      return string(v.s);
    }
    if (literal("true")) return v.kind = json::bool_v, v.b = true, true;
    if (literal("false")) return v.kind = json::bool_v, v.b = false, true;
    if (literal("null")) return v.kind = json::null_v, true;
    const std::size_t start = i_;
    if (i_ < t_.size() && t_[i_] == '-') ++i_;
    while (i_ < t_.size() && ((t_[i_] >= '0' && t_[i_] <= '9') || t_[i_] == '.' || t_[i_] == 'e' ||
                              t_[i_] == 'E' || t_[i_] == '+' || t_[i_] == '-'))
      ++i_;
    if (i_ == start) return false;
    v.kind = json::number_v;
    v.n = std::strtod(std::string(t_.substr(start, i_ - start)).c_str(), nullptr);
    return true;
  }

  std::string_view t_;
  std::size_t i_ = 0;
};

json parse_json(const std::string& text) {
  json v;
  json_parser p(text);
  const bool ok = p.parse(v);
  CHECK_MESSAGE(ok, "not valid JSON:\n" << text);
  return v;
}

// ---------------------------------------------------------------------------
// Text checks.

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Lower-cases ASCII letters; other bytes unchanged.
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Words a language may legitimately write twice in a row: German relative
// pronoun + article ("Server, die die Zahl melden") and "Sie sie" (you ... it).
bool grammatical_repeat(std::string_view word, std::string_view lang) {
  if (lang == "de")
    for (const std::string_view w : {"die", "der", "das", "den", "dem", "sie"})
      if (word == w) return true;
  return false;
}

// The first word that follows itself ("when when"), or "" when none: words are
// space-separated tokens with surrounding punctuation removed, compared
// case-insensitively within one line.
std::string doubled_word(std::string_view text, std::string_view lang = "en") {
  for (const std::string& line : lines_of(std::string(text))) {
    std::string prev;
    std::istringstream words(line);
    for (std::string w; words >> w;) {
      const std::string_view trim = ",.;:()'\"!?";
      std::size_t b = 0, e = w.size();
      while (b < e && trim.find(w[b]) != std::string_view::npos) ++b;
      while (e > b && trim.find(w[e - 1]) != std::string_view::npos) --e;
      const std::string word = lower(std::string_view(w).substr(b, e - b));
      const bool punctuated = b != 0;  // "(211" after "211" is not a repetition
      if (!word.empty() && word == prev && !punctuated && !grammatical_repeat(word, lang))
        return word;
      prev = (e != w.size()) ? std::string() : word;  // a comma or stop ends the run
    }
  }
  return {};
}

bool ends_sentence(std::string_view line) {
  const std::string_view stops[] = {".", "\xE3\x80\x82", ")", "\xEF\xBC\x89"};
  for (const std::string_view s : stops)
    if (line.size() >= s.size() && line.substr(line.size() - s.size()) == s) return true;
  return false;
}

// Every line of a text page is a heading, a title or reference line
// ("SMTP ..."), or ends a sentence.
void check_complete_sentences(const std::string& page, const catalogue& cat) {
  const std::string_view headings[] = {
      cat.heading_description,     cat.heading_when_seen,   cat.heading_how_to_fix,
      cat.heading_key_differences, cat.heading_when_to_use, cat.heading_learn_more,
      cat.heading_other_meaning,   cat.heading_explanation, cat.heading_typical_statuses};
  for (const std::string& line : lines_of(page)) {
    // Titles, reference lines and link-list items ("- 5.1.1 Bad destination ...") are no sentences.
    if (line.empty() || line.rfind("SMTP ", 0) == 0 || line.rfind("- ", 0) == 0) continue;
    bool heading = false;
    for (const std::string_view h : headings) heading = heading || line == h;
    if (heading) continue;
    CAPTURE(line);
    CHECK(ends_sentence(line));
  }
}

bool has_control(std::string_view s) {
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\n') || u == 0x7F) return true;
  }
  return s.find("\xC2\x9B") != std::string_view::npos;
}

// ---------------------------------------------------------------------------
// Golden files: tests/fixtures/golden/<name>. Set SMTPCODES_UPDATE_GOLDEN=1 to
// rewrite them, then read the diff before committing.

void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(SMTPCODES_TEST_FIXTURES) + "/golden/" + name;
  if (const char* update = std::getenv("SMTPCODES_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing golden file " << path);
  std::ostringstream expected;
  expected << in.rdbuf();
  CHECK_MESSAGE(expected.str() == actual, "golden file differs: " << path);
}

comparison pair(unsigned a, unsigned b) {
  return compare(static_cast<reply_code>(a), static_cast<reply_code>(b));
}

constexpr format all_formats[] = {format::text, format::markdown, format::json, format::html};

}  // namespace

TEST_CASE("render: the five seed pages keep their shape and their language's headings") {
  struct seed {
    unsigned a, b;
    const catalogue* cat;
    std::vector<std::string> headings;
  };
  const seed seeds[] = {
      {211,
       455,
       &locale::en,
       {"Description", "When You See It", "How to Fix", "Description", "When You See It",
        "How to Fix", "Key Differences", "When to Use Which", "Learn More"}},
      {211,
       452,
       &locale::tr,
       {"Açıklama", "Gördüğünüzde", "Nasıl Düzeltilir", "Açıklama", "Gördüğünüzde",
        "Nasıl Düzeltilir", "Temel Farklar", "Hangisini Ne Zaman Kullanmalı", "Daha Fazla Öğren"}},
      {221,
       455,
       &locale::en,
       {"Description", "When You See It", "How to Fix", "Description", "When You See It",
        "How to Fix", "Key Differences", "When to Use Which", "Learn More"}},
      {220,
       455,
       &locale::ja,
       {"説明", "このコードが表示される場合", "解決方法", "説明", "このコードが表示される場合",
        "解決方法", "主な違い", "どちらをいつ使うか", "詳しく見る"}},
      {421,
       455,
       &locale::ko,
       {"설명", "이 코드를 보게 되는 경우", "해결 방법", "설명", "이 코드를 보게 되는 경우",
        "해결 방법", "주요 차이점", "언제 어떤 것을 사용할지", "더 알아보기"}},
  };
  for (const seed& s : seeds) {
    CAPTURE(s.a);
    CAPTURE(s.b);
    CAPTURE(s.cat->tag);
    const std::string page = render_comparison(pair(s.a, s.b), *s.cat);
    const std::vector<std::string> lines = lines_of(page);
    std::size_t next = 0;
    for (const std::string& line : lines)
      if (next < s.headings.size() && line == s.headings[next]) ++next;
    CHECK(next == s.headings.size());
    // Per-code headings name each code before its three sections.
    const std::string head_a = detail::code_title(detail::localize(s.a, *s.cat), *s.cat);
    const std::string head_b = detail::code_title(detail::localize(s.b, *s.cat), *s.cat);
    CHECK(page.find('\n' + head_a + "\n\n" + std::string(s.cat->heading_description) + '\n') !=
          std::string::npos);
    CHECK(page.find('\n' + head_b + "\n\n" + std::string(s.cat->heading_description) + '\n') !=
          std::string::npos);
    CHECK(page.find("1. ") != std::string::npos);
    CHECK(doubled_word(page, s.cat->tag).empty());
    check_complete_sentences(page, *s.cat);
  }
}

TEST_CASE("render: English titles and introductions follow the seed sentences") {
  const std::string p1 = render_comparison(pair(211, 455));
  CHECK(p1.rfind("SMTP 211 System Status vs 455 Server Unable to Accommodate\n\n", 0) == 0);
  CHECK(p1.find("\nSMTP 211 (System Status) is a 2xx Positive Completion response, while 455 "
                "(Server Unable to Accommodate) is a 4xx Transient Negative response. ") !=
        std::string::npos);
  CHECK(p1.find("\n1. 211 is a 2xx Positive Completion response, while 455 is a 4xx Transient "
                "Negative response.\n") != std::string::npos);
  CHECK(p1.find("\n3. 211 means \u201cSystem Status\u201d, while 455 means \u201cServer Unable to "
                "Accommodate\u201d.\n") != std::string::npos);
  CHECK(
      p1.find("\nThe first question is the outcome: with 211, the request succeeded; with 455, the "
              "request failed for now and may succeed if it is tried again later.\n") !=
      std::string::npos);
  CHECK(p1.find("\n455 (Server Unable to Accommodate): Use it when the server cannot honour a MAIL "
                "or RCPT parameter at the moment but may be able to later.\n") !=
        std::string::npos);
  // Key Differences no longer repeats the descriptions and when-seen texts.
  CHECK(p1.find("When 211 appears") == std::string::npos);

  const std::string p2 = render_comparison(pair(421, 455));
  CHECK(p2.find("\nBoth SMTP 421 (Service Not Available) and 455 (Server Unable to Accommodate) "
                "are 4xx Transient Negative responses. ") != std::string::npos);
  CHECK(p2.find("is a 4xx Transient Negative response, while") == std::string::npos);
  CHECK(p2.find("After 421, the server closes the connection; after 455, the connection stays "
                "open for the next command.") != std::string::npos);
  CHECK(p2.find("421 is a reply to any command, while 455 is a reply to MAIL and RCPT.") !=
        std::string::npos);
  CHECK(p2.find("421 usually comes with the enhanced status 4.3.2 or 4.7.0, while 455 usually "
                "comes with none.") != std::string::npos);
  CHECK(p2.find("\nBoth are 4xx Transient Negative replies, so the outcome does not decide between "
                "them; the situation does.\n") != std::string::npos);
  const std::string p4 = render_comparison(pair(355, 538));
  CHECK(p4.find("355 is defined by an experimental RFC, while 538 is deprecated and kept only for "
                "historical reasons.") != std::string::npos);

  const std::string p3 = render_comparison(pair(250, 250));
  CHECK(p3.find("SMTP 250 and 250 are the same code") != std::string::npos);
  CHECK(p3.find("Both SMTP") == std::string::npos);
}

TEST_CASE("render: no paragraph is printed twice, for every pair in every language") {
  for (const catalogue* cat : builtin_catalogues) {
    for (const reply_info& x : all_replies()) {
      for (const reply_info& y : all_replies()) {
        if (x.wire() == y.wire()) continue;
        const std::string page = render_comparison(compare(x.code, y.code), *cat);
        std::set<std::string> seen;
        for (const std::string& line : lines_of(page)) {
          // Headings repeat by design (Description under each code).
          if (line.empty() || line == cat->heading_description || line == cat->heading_when_seen ||
              line == cat->heading_how_to_fix || line == cat->heading_other_meaning)
            continue;
          // A Key Differences or When to Use Which line never carries a text of the
          // sections above it.
          const std::string body = line.size() > 3 && line[1] == '.' ? line.substr(3) : line;
          if (!seen.insert(body).second) {
            CAPTURE(cat->tag);
            CAPTURE(x.wire());
            CAPTURE(y.wire());
            FAIL_CHECK("printed twice: " << line);
          }
        }
        const detail::localized_code lx = detail::localize(x.wire(), *cat);
        const std::size_t key = page.find('\n' + std::string(cat->heading_key_differences) + '\n');
        REQUIRE(key != std::string::npos);
        const std::string tail = page.substr(key);
        for (const std::string_view t : {lx.description, lx.when_seen, lx.how_to_fix})
          if (tail.find(std::string(t)) != std::string::npos)
            FAIL_CHECK(cat->tag << " " << x.wire() << "/" << y.wire()
                                << ": a section text is repeated below Key Differences");
      }
    }
  }
}

TEST_CASE("render: translated pages carry no English registry text") {
  // Every text that has a translation: per-code, per-status, why. A page in a
  // complete language must show none of them in English.
  std::vector<std::string> english;
  for (const reply_info& r : all_replies()) {
    for (const std::string_view t : {r.description, r.when_seen, r.how_to_fix,
                                     r.alternate.description, r.alternate.how_to_fix})
      if (!t.empty()) english.emplace_back(t);
  }
  for (const std::string_view t : detail::use_when_texts) english.emplace_back(t);
  for (const enhanced_status_info& s : all_enhanced_statuses()) {
    english.emplace_back(s.description);
    english.emplace_back(s.what_to_do);
  }
  for (const std::string_view w : detail::why_texts) english.emplace_back(w);
  for (const catalogue* cat : builtin_catalogues) {
    if (cat == &locale::en) continue;
    CAPTURE(cat->tag);
    std::string pages;
    for (const reply_info& r : all_replies()) {
      pages += render_explanation(r.wire(), *cat);
      pages += render_comparison(compare(r.code, reply_code::mailbox_unavailable), *cat);
    }
    for (const enhanced_status_info& s : all_enhanced_statuses())
      pages += render_enhanced_status(s, *cat);
    for (const std::string_view wire :
         {"550 5.1.1 User unknown\r\n", "421 4.3.2 Try later\r\n", "530 5.7.0 Auth\r\n",
          "250 2.0.0 Ok\r\n", "452 4.5.3 Too many\r\n"}) {
      const parse_result r = parse_reply(wire);
      REQUIRE(r.ok());
      pages += render_reply(r.value, *cat, format::text, smtp_command::rcpt);
    }
    std::size_t found = 0;
    std::string first;
    for (const std::string& t : english) {
      if (pages.find(t) == std::string::npos) continue;
      if (found++ == 0) first = t;
    }
    CHECK_MESSAGE(found == 0,
                  found << " English texts on " << cat->tag << " pages, first: " << first);
  }
}

TEST_CASE("render: enhanced status pages") {
  const enhanced_status_info& row = *find(enhanced_status{5, 1, 1});
  const std::string page = render_enhanced_status(row);
  CHECK(page.rfind("Enhanced Status Code X.1.1 Bad destination mailbox address\n", 0) == 0);
  CHECK(page.find("\nUsed as: a permanent failure only (5.X.X)\n") != std::string::npos);
  CHECK(page.find("\n- 451 Local Error in Processing\n- 550 Mailbox Unavailable\n") !=
        std::string::npos);
  const std::string any = render_enhanced_status(*find(enhanced_status{2, 0, 0}));
  CHECK(any.find("\nThe registry allows it with any reply code.\n") != std::string::npos);
  const json j = parse_json(render_enhanced_status(row, locale::en, format::json));
  CHECK(j["status"].s == "X.1.1");
  CHECK(j["deprecated"].kind == json::bool_v);
  const std::string html =
      render_enhanced_status(*find(enhanced_status{5, 6, 10}), locale::en, format::html);
  CHECK(html.find("deprecated") != std::string::npos);
  CHECK(html.find("<meta name=\"viewport\"") != std::string::npos);
}

TEST_CASE("render: golden pages in every format") {
  struct page {
    unsigned a, b;
    const catalogue* cat;
  };
  const page pages[] = {{211, 455, &locale::en},
                        {211, 452, &locale::tr},
                        {220, 455, &locale::ja},
                        {421, 455, &locale::ko},
                        {454, 530, &locale::en}};
  const char* ext[] = {"txt", "md", "json", "html"};
  for (const page& p : pages) {
    for (std::size_t f = 0; f < 4; ++f) {
      const std::string name = "compare_" + std::to_string(p.a) + '_' + std::to_string(p.b) + '_' +
                               std::string(p.cat->tag) + '.' + ext[f];
      CAPTURE(name);
      check_golden(name, render_comparison(pair(p.a, p.b), *p.cat, all_formats[f]));
    }
  }
  check_golden("explain_550_en.txt", render_explanation(550));
  check_golden("explain_571_en.txt", render_explanation(571));
  check_golden("explain_251_ja.md", render_explanation(251, locale::ja, format::markdown));
  check_golden("status_5_7_1_en.txt", render_enhanced_status(*find(enhanced_status{5, 7, 1})));
  check_golden("list_en.txt", render_code_list());
}

TEST_CASE("render: comparison JSON parses back with the documented fields") {
  const json j = parse_json(render_comparison(pair(211, 455), locale::en, format::json));
  REQUIRE(j.kind == json::object_v);
  CHECK(j["lang"].s == "en");
  CHECK(j["title"].s == "SMTP 211 System Status vs 455 Server Unable to Accommodate");
  CHECK(j["first"]["code"].n == 211);
  CHECK(j["first"]["name"].s == "System Status");
  CHECK(j["first"]["class"].s == "positive_completion");
  CHECK(j["first"]["description"].s == info(reply_code::system_status).description);
  CHECK(j["first"]["when_seen"].s == info(reply_code::system_status).when_seen);
  CHECK(j["first"]["how_to_fix"].s == info(reply_code::system_status).how_to_fix);
  CHECK(j["second"]["code"].n == 455);
  CHECK(j["second"]["class"].s == "transient_negative");
  CHECK(j["same_class"].kind == json::bool_v);
  CHECK_FALSE(j["same_class"].b);
  const json& d = j["differences"];
  REQUIRE(d.a.size() == 8);
  CHECK(d.a[0]["aspect"].s == "reply_class");
  CHECK(d.a[0]["first"].s == "positive_completion");
  CHECK(d.a[0]["second"].s == "transient_negative");
  CHECK(d.a[6]["aspect"].s == "commands");
  CHECK(d.a[6]["second"].s == "MAIL RCPT");
  CHECK(j["shared"].a.size() == 1);
  // Class, category, meaning, retry, commands: the texts above are not repeated.
  CHECK(j["key_differences"].a.size() == 5);

  const json k = parse_json(render_comparison(pair(421, 455), locale::ko, format::json));
  CHECK(k["lang"].s == "ko");
  CHECK(k["same_class"].b);
  CHECK(k["differences"].a[0]["aspect"].s == "category");
  CHECK(k["first"]["class_name"].s == "4xx 일시적 부정 응답");
  CHECK(k["first"]["closes_connection"].b);
}

TEST_CASE("render: explanation, reply and list JSON parse back") {
  const json e = parse_json(render_explanation(571, locale::en, format::json));
  CHECK(e["code"].n == 571);
  CHECK_FALSE(e["registered"].b);
  CHECK(e["name"].kind == json::null_v);
  CHECK(e["class"].s == "permanent_negative");
  CHECK(e["category"].s == "unknown");

  const json a = parse_json(render_explanation(454, locale::tr, format::json));
  CHECK(a["alternate"]["name"].s == find_code_text(locale::tr, 454)->alternate_name);
  CHECK(a["alternate"]["name"].s != "Temporary Authentication Failure");
  CHECK(a["alternate"]["commands"].s == "AUTH");

  const json l = parse_json(render_code_list(locale::en, format::json));
  REQUIRE(l.kind == json::array_v);
  REQUIRE(l.a.size() == all_replies().size());
  CHECK(l.a[0]["code"].n == 211);
  CHECK(l.a.back()["code"].n == 556);

  const std::string wire = "550 5.1.1 <bob@example.com>: User unknown\r\n";
  const parse_result r = parse_reply(wire);
  REQUIRE(r.ok());
  const json x = parse_json(render_reply(r.value, locale::ja, format::json, smtp_command::rcpt));
  CHECK(x["reply"]["code"].n == 550);
  CHECK(x["reply"]["status"].s == "5.1.1");
  CHECK(x["reply"]["command"].s == "RCPT");
  CHECK(x["reply"]["lines"].a[0].s == "550 5.1.1 <bob@example.com>: User unknown");
  CHECK(x["enhanced_status"]["match"].s == "exact");
  CHECK(x["advice"]["action"].s == "give_up");
  CHECK(x["advice"]["bounce"].s == "hard");
  CHECK(x["advice"]["reason"].s == "user_unknown");
  CHECK(x["explanation"]["name"].s == "メールボックス利用不可");
  CHECK(x["explanation"]["name"].s == find_code_text(locale::ja, 550)->name);
}

TEST_CASE("render: no doubled word, no 'when when', complete sentences, for all pairs") {
  for (const catalogue* cat : builtin_catalogues) {
    for (const reply_info& x : all_replies()) {
      for (const reply_info& y : all_replies()) {
        const comparison c = compare(x.code, y.code);
        for (const format f : all_formats) {
          // Markup formats share the text's sentences: check them in one language.
          if (f != format::text && cat != &locale::en) continue;
          const std::string page = render_comparison(c, *cat, f);
          if (f == format::text) {
            const std::string dw = doubled_word(page, cat->tag);
            if (!dw.empty()) {
              CAPTURE(cat->tag);
              CAPTURE(x.wire());
              CAPTURE(y.wire());
              FAIL_CHECK("doubled word: " << dw);
            }
            check_complete_sentences(page, *cat);
          }
          if (lower(page).find("when when") != std::string::npos)
            FAIL_CHECK("'when when' in " << x.wire() << '/' << y.wire());
          if (has_control(page)) FAIL_CHECK("control character in " << x.wire() << '/' << y.wire());
        }
      }
    }
  }
}

TEST_CASE("render: every number from 100 to 599 gets a complete explanation") {
  for (const catalogue* cat : builtin_catalogues) {
    for (unsigned code = 100; code <= 599; ++code) {
      CAPTURE(cat->tag);
      CAPTURE(code);
      const std::string page = render_explanation(code, *cat);
      CHECK(doubled_word(page, cat->tag).empty());
      check_complete_sentences(page, *cat);
      CHECK(page.find(std::string(cat->heading_how_to_fix)) != std::string::npos);
    }
  }
  const std::string bad = render_explanation(999);
  CHECK(bad.find(
            "999 is not an SMTP reply code, because a reply code is a number from 100 to 599.") !=
        std::string::npos);
  const std::string u = render_explanation(571);
  CHECK(u.find("571 is not defined by any RFC, so a client reads it by its first digit as a 5xx "
               "Permanent Negative reply.") != std::string::npos);
}

TEST_CASE("render: a second meaning is shown only when its command may apply") {
  const std::string any = render_explanation(454);
  CHECK(any.find("After AUTH, 454 has another meaning: Temporary Authentication Failure.") !=
        std::string::npos);
  const std::string tls = render_explanation(454, locale::en, format::text, smtp_command::starttls);
  CHECK(tls.find("Temporary Authentication Failure") == std::string::npos);
}

TEST_CASE("render: hostile server text never reaches the output") {
  // A lenient source may hand over a reply whose text holds escape sequences;
  // the parser itself refuses control bytes, so build one by hand as well.
  const std::string hostile =
      "550 5.7.1 <script>alert(1)</script> \x1b[31mred\x1b[0m \x1b]0;owned\x07 \xC2\x9B"
      "2J \xE2\x80\xAE"
      "evil\r\n";
  reply r;
  r.code = 550;
  r.status = enhanced_status{5, 7, 1};
  r.raw = hostile;
  r.line_count = 1;
  const parse_result c1 = parse_reply(
      "550 5.7.1 <script>x</script> \xC2\x9B"
      "31mred\r\n");
  REQUIRE(c1.ok());
  for (const catalogue* cat : builtin_catalogues) {
    for (const format f : all_formats) {
      CAPTURE(cat->tag);
      CAPTURE(to_string(f));
      const reply* replies[] = {&r, &c1.value};
      for (const reply* rep : replies) {
        const std::string out = render_reply(*rep, *cat, f);
        CHECK_FALSE(has_control(out));
        CHECK(out.find('\x1b') == std::string::npos);
        CHECK(out.find("owned") == std::string::npos);
        CHECK(out.find("\xE2\x80\xAE") == std::string::npos);
        CHECK(out.find("red") != std::string::npos);
        if (f != format::text) CHECK(out.find("<script>") == std::string::npos);
        if (f == format::html) CHECK(out.find("&lt;script&gt;") != std::string::npos);
        if (f == format::markdown) CHECK(out.find("\\<script\\>") != std::string::npos);
        if (f == format::json) {
          const json j = parse_json(out);
          CHECK(j["reply"]["lines"].a[0].s.find("<script>") != std::string::npos);
        }
      }
    }
  }
}

TEST_CASE("sanitize_server_text removes escapes and controls and keeps text") {
  CHECK(sanitize_server_text("\x1b[31mred\x1b[0m") == "red");
  CHECK(sanitize_server_text("a\x1b[1;2;3Hb") == "ab");
  CHECK(sanitize_server_text("a\x1b]0;title\x07"
                             "b") == "ab");
  CHECK(sanitize_server_text("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b") == "alinkb");
  CHECK(sanitize_server_text("a\x1bP1$r\x1b\\b") == "ab");
  CHECK(sanitize_server_text("a\x1b"
                             "cb") == "ab");        // ESC c: reset
  CHECK(sanitize_server_text("a\x1b(Bb") == "ab");  // charset designation
  CHECK(sanitize_server_text("abc\x1b") == "abc");  // lone ESC at the end
  CHECK(sanitize_server_text("a\x1b\x01"
                             "b") == "ab");      // lone ESC before a control
  CHECK(sanitize_server_text("a\x1b[") == "a");  // unfinished CSI
  CHECK(sanitize_server_text("a\xC2\x9B"
                             "31mb") == "ab");  // 8-bit CSI (U+009B)
  CHECK(sanitize_server_text("a\xC2\x85"
                             "b") == "ab");  // C1 NEL
  CHECK(sanitize_server_text(std::string("a\0b\x7f"
                                         "c\x08",
                                         6)) == "abc");
  CHECK(sanitize_server_text("a\tb\r\nc") == "a b  c");
  CHECK(sanitize_server_text("\xE2\x80\xAE"
                             "evil\xE2\x81\xA6") == "evil");  // bidi controls
  CHECK(sanitize_server_text("bad\xFF\xC0\xAFutf8") ==
        "bad\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDutf8");
  CHECK(sanitize_server_text("\xED\xA0\x80") ==
        "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(sanitize_server_text("メール 5.1.1 사용자 Grüße") == "メール 5.1.1 사용자 Grüße");
  CHECK(sanitize_server_text("<script>alert(1)</script>") == "<script>alert(1)</script>");
  CHECK(sanitize_server_text("").empty());
}

TEST_CASE("render: escaping in each format") {
  CHECK(detail::json_escape("a\"b\\c\n\x01<&>é") == "a\\\"b\\\\c\\n\\u0001\\u003c\\u0026\\u003eé");
  CHECK(detail::html_escape("<a href=\"x\">'&'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(detail::markdown_escape("# *a* _b_ <c> [d](e) `f` |g|") ==
        "\\# \\*a\\* \\_b\\_ \\<c\\> \\[d\\](e) \\`f\\` \\|g\\|");
  CHECK(detail::fill("{a} and {b}, {unknown} {", {{"a", "1"}, {"b", "2"}}) ==
        "1 and 2, {unknown} {");
  CHECK(detail::display_width("abc") == 3);
  CHECK(detail::display_width("説明") == 4);
  CHECK(detail::display_width("설명") == 4);
}

TEST_CASE("render: delays and command lists in the catalogue's words") {
  using std::chrono::seconds;
  CHECK(detail::delay_text(seconds{900}, locale::en) == "15 minutes");
  CHECK(detail::delay_text(seconds{3600}, locale::en) == "1 hour");
  CHECK(detail::delay_text(seconds{90}, locale::en) == "90 seconds");
  CHECK(detail::delay_text(seconds{172800}, locale::en) == "2 days");
  CHECK(detail::delay_text(seconds{0}, locale::en) == "no delay");
  CHECK(detail::delay_text(seconds{900}, locale::ja) == "15 分");
  CHECK(detail::delay_text(seconds{60}, locale::ko) == "1분");
  CHECK(detail::command_list(info(reply_code::service_ready).commands, locale::en) ==
        "the opening of the connection and STARTTLS");
  CHECK(detail::command_list(
            command_set{} | smtp_command::mail | smtp_command::rcpt | smtp_command::end_of_data,
            locale::tr) == "MAIL, RCPT ve ileti verisinin sonu");
  CHECK(detail::command_list(any_command, locale::ja) == "任意のコマンド");
}

TEST_CASE("render: a space between two Chinese or Japanese characters closes up") {
  // The template spaces {x} off for Latin values; a value in kana or Han closes up.
  CHECK(detail::fill("421 は {x} に対する", {{"x", "任意のコマンド"}}) ==
        "421 は任意のコマンドに対する");
  CHECK(detail::fill("421 は {x} に対する", {{"x", "HELO、EHLO"}}) == "421 は HELO、EHLO に対する");
  CHECK(detail::fill("是对 {x} 的应答", {{"x", "任意命令"}}) == "是对任意命令的应答");
  CHECK(detail::fill("（{x}） 与", {{"x", "服务"}}) == "（服务）与");
  // Korean separates words with spaces; other scripts are left as they are.
  CHECK(detail::fill("{x} 명령에 대한", {{"x", "모든"}}) == "모든 명령에 대한");
  CHECK(detail::fill("{x} für", {{"x", "Ä"}}) == "Ä für");
  CHECK(detail::close_cjk_spaces(" 任 ") == " 任 ");
  CHECK(detail::close_cjk_spaces("\xE4 \xE4") == "\xE4 \xE4");  // truncated sequences

  const std::string ja = render_comparison(pair(421, 550), locale::ja);
  CHECK(ja.find("421 は任意のコマンドに対する応答で、550 は HELO、EHLO") != std::string::npos);
  const std::string zh = render_comparison(pair(421, 550), locale::zh_hans);
  CHECK(zh.find("421 是对任意命令的应答") != std::string::npos);
  const std::string ko = render_comparison(pair(421, 550), locale::ko);
  CHECK(ko.find("421 코드는 모든 명령에 대한 응답이고") != std::string::npos);
}

TEST_CASE("render: parsed replies show meaning, status, advice and reason") {
  const parse_result r = parse_reply("421 4.3.2 Service shutting down\r\n");
  REQUIRE(r.ok());
  const std::string page = render_reply(r.value);
  CHECK(page.rfind("SMTP 421 Service Not Available\n", 0) == 0);
  CHECK(page.find("\nServer Text\n\n421 4.3.2 Service shutting down\n") != std::string::npos);
  CHECK(page.find("\n4.3.2 (Mail System Status: System not accepting network messages)\n") !=
        std::string::npos);
  CHECK(page.find("\nConnection:  close it\n") !=
        std::string::npos);  // aligned with "Retry after:"
  CHECK(page.find("\nAdvice\n") != std::string::npos);
  CHECK(page.find("\nReason\n\nReason: ") != std::string::npos);

  const parse_result m = parse_reply("550 4.2.2 Mailbox full\r\n");
  REQUIRE(m.ok());
  const std::string mismatch = render_reply(m.value);
  CHECK(mismatch.find(std::string(locale::en.diagnostics[0])) != std::string::npos);

  reply bare;
  bare.code = 250;
  const std::string b = render_reply(bare, locale::ko);
  CHECK(b.find(std::string(locale::ko.heading_server_text)) == std::string::npos);
  CHECK(b.find(std::string(locale::ko.status_none)) != std::string::npos);
  CHECK(b.find("계속 진행") != std::string::npos);
}

TEST_CASE("render: the code list names every registered code") {
  const std::string list = render_code_list();
  for (const reply_info& r : all_replies())
    CHECK(list.find('\n' + std::to_string(r.wire()) + "   ") != std::string::npos);
  const std::string md = render_code_list(locale::tr, format::markdown);
  CHECK(md.find("| Kod | Sınıf | Ad | Komutlar |") != std::string::npos);
  CHECK(parse_format("md") == format::markdown);
  CHECK(parse_format("json") == format::json);
  CHECK_FALSE(parse_format("pdf").has_value());
  CHECK(to_string(format::html) == "html");
}
