#include <smtpcodes/locale/catalogue.hpp>

#include <smtpcodes/locale/builtin.hpp>
#include <smtpcodes/render.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace smtpcodes;

namespace {

static_assert(is_complete(locale::en) && is_complete(locale::tr));
static_assert(is_complete(locale::ja) && is_complete(locale::ko));
static_assert(find_catalogue("ja") == &locale::ja);
static_assert(!is_complete(catalogue{}));

// Placeholders a template must contain, so no sentence loses its subject.
struct required {
  std::string_view field;
  std::vector<std::string_view> names;
};
const std::vector<required> required_placeholders = {
    {"compare_title", {"{a}", "{name_a}", "{b}", "{name_b}"}},
    {"code_title", {"{code}", "{name}"}},
    {"unregistered_title", {"{code}"}},
    {"class_gist", {"{code}"}},
    {"intro_different", {"{a}", "{name_a}", "{class_a}", "{b}", "{name_b}", "{class_b}"}},
    {"intro_same", {"{a}", "{name_a}", "{b}", "{name_b}", "{class}"}},
    {"in_contrast", {"{text}"}},
    {"no_differences", {"{a}", "{b}"}},
    {"diff_class", {"{a}", "{class_a}", "{b}", "{class_b}"}},
    {"diff_category", {"{a}", "{cat_a}", "{b}", "{cat_b}"}},
    {"diff_meaning", {"{code}", "{text}"}},
    {"diff_when_seen", {"{code}", "{text}"}},
    {"diff_retry", {"{a}", "{retry_a}", "{b}", "{retry_b}"}},
    {"diff_connection", {"{a}", "{conn_a}", "{b}", "{conn_b}"}},
    {"diff_commands", {"{a}", "{cmds_a}", "{b}", "{cmds_b}"}},
    {"which_item", {"{code}", "{name}", "{text}"}},
    {"reference_item", {"{code}", "{text}"}},
    {"class_line", {"{code}", "{class}"}},
    {"category_line", {"{code}", "{category}"}},
    {"unregistered_intro", {"{code}", "{class}"}},
    {"unregistered_when_seen", {"{code}"}},
    {"malformed_intro", {"{code}"}},
    {"alternate_line", {"{commands}", "{code}", "{name}"}},
    {"delay_second", {"{n}"}},
    {"delay_seconds", {"{n}"}},
    {"delay_minutes", {"{n}"}},
    {"delay_hours", {"{n}"}},
    {"delay_days", {"{n}"}},
    {"status_line", {"{status}", "{subject}", "{detail}"}},
    {"status_subject_only", {"{status}", "{subject}"}},
    {"status_class_only", {"{status}", "{class_name}"}},
    {"status_invalid", {"{status}"}},
};

const std::set<std::string_view> known_placeholders = {
    "{a}",       "{b}",      "{name_a}",     "{name_b}", "{class_a}", "{class_b}",  "{class}",
    "{cat_a}",   "{cat_b}",  "{category}",   "{code}",   "{name}",    "{text}",     "{retry_a}",
    "{retry_b}", "{conn_a}", "{conn_b}",     "{cmds_a}", "{cmds_b}",  "{commands}", "{status}",
    "{subject}", "{detail}", "{class_name}", "{n}"};

struct phrase {
  std::string field;
  std::string_view value;
};
std::vector<phrase> phrases(const catalogue& c) {
  std::vector<phrase> out;
  for_each_phrase(c, [&out](std::string_view f, std::string_view v) {
    out.push_back({std::string(f), v});
  });
  return out;
}

}  // namespace

TEST_CASE("locale: every phrase of every built-in catalogue is set") {
  for (const catalogue* c : builtin_catalogues) {
    CAPTURE(c->tag);
    const std::vector<phrase> all = phrases(*c);
    CHECK(all.size() == catalogue_phrase_count);
    for (const phrase& p : all) {
      CAPTURE(p.field);
      CHECK_FALSE(p.value.empty());
      CHECK(p.value.find('\n') == std::string_view::npos);
    }
  }
}

TEST_CASE("locale: headings are exactly those of the existing pages") {
  struct heads {
    const catalogue* c;
    std::string_view d, w, h, k, u, l;
  };
  const heads all[] = {
      {&locale::en, "Description", "When You See It", "How to Fix", "Key Differences",
       "When to Use Which", "Learn More"},
      {&locale::tr, "Açıklama", "Gördüğünüzde", "Nasıl Düzeltilir", "Temel Farklar",
       "Hangisini Ne Zaman Kullanmalı", "Daha Fazla Öğren"},
      {&locale::ja, "説明", "このコードが表示される場合", "解決方法", "主な違い",
       "どちらをいつ使うか", "詳しく見る"},
      {&locale::ko, "설명", "이 코드를 보게 되는 경우", "해결 방법", "주요 차이점",
       "언제 어떤 것을 사용할지", "더 알아보기"},
  };
  for (const heads& x : all) {
    CAPTURE(x.c->tag);
    CHECK(x.c->heading_description == x.d);
    CHECK(x.c->heading_when_seen == x.w);
    CHECK(x.c->heading_how_to_fix == x.h);
    CHECK(x.c->heading_key_differences == x.k);
    CHECK(x.c->heading_when_to_use == x.u);
    CHECK(x.c->heading_learn_more == x.l);
  }
  CHECK(locale::en.class_names[2] == "2xx Positive Completion");
  CHECK(locale::en.class_names[4] == "4xx Transient Negative");
}

TEST_CASE("locale: templates carry their placeholders and no unknown ones") {
  for (const catalogue* c : builtin_catalogues) {
    CAPTURE(c->tag);
    const std::vector<phrase> all = phrases(*c);
    for (const required& r : required_placeholders) {
      for (const phrase& p : all) {
        if (p.field != r.field) continue;
        CAPTURE(p.field);
        for (const std::string_view name : r.names) {
          CAPTURE(name);
          CHECK(p.value.find(name) != std::string_view::npos);
        }
      }
    }
    for (const phrase& p : all) {
      for (std::size_t open = p.value.find('{'); open != std::string_view::npos;
           open = p.value.find('{', open + 1)) {
        const std::size_t close = p.value.find('}', open);
        REQUIRE(close != std::string_view::npos);
        CAPTURE(p.field);
        CHECK(known_placeholders.count(p.value.substr(open, close - open + 1)) == 1);
      }
    }
  }
}

TEST_CASE("locale: translations differ from English where a person reads them") {
  for (const catalogue* c : {&locale::tr, &locale::ja, &locale::ko}) {
    CAPTURE(c->tag);
    const std::vector<phrase> mine = phrases(*c);
    const std::vector<phrase> english = phrases(locale::en);
    REQUIRE(mine.size() == english.size());
    std::size_t same = 0;
    for (std::size_t i = 0; i < mine.size(); ++i) {
      // Separators, "SMTP {code}: {text}" templates and parenthesised status lines
      // may be the same in every language.
      if (mine[i].value == english[i].value) ++same;
    }
    CHECK(same <= 8);
  }
}

TEST_CASE("locale: find_catalogue accepts tags with region and any case") {
  CHECK(find_catalogue("en") == &locale::en);
  CHECK(find_catalogue("TR") == &locale::tr);
  CHECK(find_catalogue("ja-JP") == &locale::ja);
  CHECK(find_catalogue("ko_KR") == &locale::ko);
  CHECK(find_catalogue("de") == nullptr);
  CHECK(find_catalogue("") == nullptr);
  CHECK(find_catalogue("english") == nullptr);
}

namespace {
constexpr code_text german_codes[] = {
    {211, "Systemstatus", "Der Server meldet seinen Zustand.", "", ""},
};
constexpr catalogue german = [] {
  catalogue c = locale::en;
  c.tag = "de";
  c.language = "Deutsch";
  c.heading_description = "Beschreibung";
  c.heading_when_seen = "Wann Sie ihn sehen";
  c.heading_how_to_fix = "Behebung";
  c.heading_key_differences = "Wichtige Unterschiede";
  c.heading_when_to_use = "Wann welcher";
  c.heading_learn_more = "Mehr erfahren";
  c.compare_title = "SMTP {a} {name_a} im Vergleich mit {b} {name_b}";
  c.code_texts = german_codes;
  c.code_text_count = 1;
  return c;
}();
static_assert(is_complete(german));
static_assert(find_code_text(german, 211)->name == "Systemstatus");
}  // namespace

TEST_CASE("locale: a catalogue defined in user code renders a page") {
  const std::string page = render_comparison(
      compare(reply_code::system_status, reply_code::unable_to_accommodate_parameters), german);
  CHECK(page.rfind("SMTP 211 Systemstatus im Vergleich mit 455 Server Unable to Accommodate\n",
                   0) == 0);
  CHECK(page.find("\nBeschreibung\n\nDer Server meldet seinen Zustand.\n") != std::string::npos);
  CHECK(page.find("\nWichtige Unterschiede\n") != std::string::npos);
  // Fields the override leaves empty keep the English registry text.
  CHECK(page.find(info(reply_code::system_status).how_to_fix) != std::string::npos);
  CHECK(page.find(info(reply_code::unable_to_accommodate_parameters).description) !=
        std::string::npos);
  const std::string html =
      render_comparison(compare(reply_code::system_status, reply_code::ok), german, format::html);
  CHECK(html.find("<html lang=\"de\">") != std::string::npos);
  CHECK(html.find("<h3>Beschreibung</h3>") != std::string::npos);
}
