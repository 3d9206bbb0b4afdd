#include <smtpcodes/locale/catalogue.hpp>

#include <smtpcodes/locale/builtin.hpp>
#include <smtpcodes/locale/texts.hpp>
#include <smtpcodes/render.hpp>
#include <smtpcodes/rules.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace smtpcodes;

namespace {

static_assert(is_complete(locale::en));
// Every built-in language has every text, checked at compile time (the test
// case below names what is missing when one does not).
static_assert(is_complete(locale::de) && is_complete(locale::es) && is_complete(locale::fr));
static_assert(is_complete(locale::pt_br) && is_complete(locale::tr) && is_complete(locale::ja));
static_assert(is_complete(locale::ko) && is_complete(locale::zh_hans));
static_assert(!is_complete(catalogue{}));
static_assert(find_catalogue("ja") == &locale::ja);
static_assert(find_catalogue("pt") == &locale::pt_br && find_catalogue("zh") == &locale::zh_hans);

// Every text of a catalogue by key, in for_each_text() order.
std::vector<std::pair<std::string, std::string_view>> texts(const catalogue& c) {
  std::vector<std::pair<std::string, std::string_view>> out;
  for_each_text(c, [&out](const std::string& k, std::string_view v) { out.emplace_back(k, v); });
  return out;
}

std::multiset<std::string> placeholders(std::string_view s) {
  std::multiset<std::string> out;
  for (std::size_t open = s.find('{'); open != std::string_view::npos;
       open = s.find('{', open + 1)) {
    const std::size_t close = s.find('}', open);
    if (close == std::string_view::npos) break;
    out.insert(std::string(s.substr(open, close - open + 1)));
  }
  return out;
}

// What is left of a text once placeholders, protocol tokens (words of two or
// more capitals or digits: RCPT, STARTTLS, SPF, UTF-8, 5.X.X), numbers and
// punctuation are removed: the words a translation must translate.
std::string words_of(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  const auto is_upper_or_digit = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  const auto is_alnum = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  while (i < s.size()) {
    if (s[i] == '{') {
      const std::size_t close = s.find('}', i);
      if (close != std::string_view::npos) {
        i = close + 1;
        continue;
      }
    }
    if (is_alnum(s[i])) {
      std::size_t j = i;
      while (j < s.size() && (is_alnum(s[j]) || s[j] == '-' || s[j] == '.')) ++j;
      const std::string_view word = s.substr(i, j - i);
      bool token = word.size() >= 2 || (word[0] >= '0' && word[0] <= '9');
      for (const char c : word) token = token && (is_upper_or_digit(c) || c == '-' || c == '.');
      if (word == "X") token = true;  // the class digit of "X.1.1"
      if (!token)
        for (const char c : word)
          if (c != '-' && c != '.') out += c;
      i = j;
      continue;
    }
    const auto u = static_cast<unsigned char>(s[i]);
    if (u >= 0x80) out += s[i];  // any non-ASCII letter is a word to translate
    ++i;
  }
  // Non-ASCII punctuation alone (“ ” § —) is not a word.
  for (const std::string_view punct : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xA7", "\xE2\x80\x94"})
    for (std::size_t p = out.find(punct); p != std::string::npos; p = out.find(punct))
      out.erase(p, punct.size());
  return out;
}

// i18n/same_as_english.txt: "<tag> <key>  # reason" for texts that are the
// same word in that language.
std::set<std::pair<std::string, std::string>> same_as_english() {
  std::set<std::pair<std::string, std::string>> out;
  std::ifstream in(std::string(SMTPCODES_TEST_FIXTURES) + "/../../i18n/same_as_english.txt");
  for (std::string line; std::getline(in, line);) {
    line = line.substr(0, line.find('#'));
    std::istringstream words(line);
    std::string tag, key;
    if (words >> tag >> key) out.emplace(tag, key);
  }
  return out;
}

}  // namespace

TEST_CASE("locale: every built-in language is complete, per-code and per-status texts included") {
  const auto english = texts(locale::en);
  for (const catalogue* c : builtin_catalogues) {
    CAPTURE(c->tag);
    const auto mine = texts(*c);
    REQUIRE(mine.size() == english.size());
    std::vector<std::string> missing;
    for (const auto& t : mine)
      if (t.second.empty()) missing.push_back(t.first);
    std::string list;
    for (std::size_t i = 0; i < missing.size() && i < 12; ++i) list += missing[i] + ' ';
    CHECK_MESSAGE(missing.empty(), missing.size() << " missing texts, first: " << list);
    CHECK(is_complete(*c) == missing.empty());
  }
}

TEST_CASE("locale: no translated text is identical to the English one, tokens aside") {
  const auto english = texts(locale::en);
  const auto allowed = same_as_english();
  for (const catalogue* c : builtin_catalogues) {
    if (c == &locale::en) continue;
    CAPTURE(c->tag);
    const auto mine = texts(*c);
    REQUIRE(mine.size() == english.size());
    for (std::size_t i = 0; i < mine.size(); ++i) {
      const std::string_view v = mine[i].second;
      if (v.empty() || v != english[i].second || words_of(v).empty()) continue;
      if (allowed.count({std::string(c->tag), mine[i].first}) != 0) continue;
      FAIL_CHECK(mine[i].first << " is the English text: " << v);
    }
  }
  CHECK(words_of("SMTP {code}: {text}").empty());
  CHECK(words_of("{status} ({subject}: {detail})").empty());
  CHECK(words_of("RFC 5321 §4.2.1, X.1.1, 5.X.X, UTF-8, STARTTLS") == "");
  CHECK(words_of("STARTTLS Required") == "Required");
  CHECK(words_of("配信 {code}") == "配信");
}

TEST_CASE("locale: every translation keeps the placeholders of its English text") {
  const auto english = texts(locale::en);
  for (const catalogue* c : builtin_catalogues) {
    CAPTURE(c->tag);
    const auto mine = texts(*c);
    REQUIRE(mine.size() == english.size());
    for (std::size_t i = 0; i < mine.size(); ++i) {
      if (mine[i].second.empty()) continue;  // reported as missing above
      if (placeholders(mine[i].second) != placeholders(english[i].second))
        FAIL_CHECK(mine[i].first << ": placeholders differ from the English: " << mine[i].second);
      if (mine[i].second.find('\n') != std::string_view::npos)
        FAIL_CHECK(mine[i].first << " has a line break");
    }
  }
}

TEST_CASE("locale: keys are unique and name what they hold") {
  const auto all = texts(locale::en);
  std::set<std::string> keys;
  for (const auto& t : all) CHECK_MESSAGE(keys.insert(t.first).second, "duplicate " << t.first);
  CHECK(keys.count("page.heading_description") == 1);
  CHECK(keys.count("page.class_names.5") == 1);
  CHECK(keys.count("why.quit") == 1);
  CHECK(keys.count("provider.gmail:5.7.26-unauthenticated") == 1);
  CHECK(keys.count("reason.user_unknown") == 1);
  CHECK(keys.count("status.subject.7") == 1);
  CHECK(keys.count("status.class.4.name") == 1);
  CHECK(keys.count("code.550.use_when") == 1);
  CHECK(keys.count("code.454.alternate.how_to_fix") == 1);
  CHECK(keys.count("code.550.alternate.name") == 0);
  CHECK(keys.count("status.7.1.what_to_do") == 1);
  // Phrases, 39 codes x 5 texts, 4 codes with a second meaning x 3, 81 status rows x 3.
  CHECK(all.size() == catalogue_phrase_count + 39 * 5 + 4 * 3 + 81 * 3);
  const std::map<std::string, std::string_view> en(all.begin(), all.end());
  CHECK(en.at("why.quit") == detail::why_text(detail::why_id::quit));
  CHECK(en.at("provider.yahoo:bl21") ==
        "Yahoo refuses connections from this IP address because "
        "Spamhaus lists it; ask Spamhaus for removal.");
  CHECK(en.at("reason.user_unknown") == "Unknown recipient");
  CHECK(en.at("status.class.5.name") == "Permanent Failure");
  CHECK(en.at("code.221.name") == "Closing Connection");
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

TEST_CASE("locale: find_catalogue accepts tags with region, script and any case") {
  CHECK(find_catalogue("en") == &locale::en);
  CHECK(find_catalogue("en-GB") == &locale::en);
  CHECK(find_catalogue("TR") == &locale::tr);
  CHECK(find_catalogue("ja-JP") == &locale::ja);
  CHECK(find_catalogue("ko_KR") == &locale::ko);
  CHECK(find_catalogue("de") == &locale::de);
  CHECK(find_catalogue("de-AT") == &locale::de);
  CHECK(find_catalogue("es") == &locale::es);
  CHECK(find_catalogue("es-419") == &locale::es);
  CHECK(find_catalogue("fr-CA") == &locale::fr);
  CHECK(find_catalogue("pt-BR") == &locale::pt_br);
  CHECK(find_catalogue("pt_br") == &locale::pt_br);
  CHECK(find_catalogue("pt") == &locale::pt_br);
  CHECK(find_catalogue("pt-PT") == &locale::pt_br);
  CHECK(find_catalogue("zh-Hans") == &locale::zh_hans);
  CHECK(find_catalogue("zh") == &locale::zh_hans);
  CHECK(find_catalogue("zh-CN") == &locale::zh_hans);
  CHECK(find_catalogue("zh-Hans-CN") == &locale::zh_hans);
  CHECK(find_catalogue("zh-Hant") == nullptr);
  CHECK(find_catalogue("zh-TW") == nullptr);
  CHECK(find_catalogue("zh_HK") == nullptr);
  CHECK(find_catalogue("it") == nullptr);
  CHECK(find_catalogue("") == nullptr);
  CHECK(find_catalogue("english") == nullptr);
  for (const catalogue* c : builtin_catalogues) CHECK(find_catalogue(c->tag) == c);
}

namespace {
constexpr code_text german_codes[] = {
    {211, "Systemstatus", "Der Server meldet seinen Zustand.", "", "", "", "", "", ""},
};
constexpr catalogue german = [] {
  catalogue c = locale::en;
  c.tag = "de-CH";
  c.language = "Deutsch (Schweiz)";
  c.registry_language = false;
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
// Every phrase is set, but 38 codes and every status lack their texts.
static_assert(!is_complete(german));
static_assert(find_code_text(german, 211)->name == "Systemstatus");
constexpr catalogue german_phrases_only = [] {
  catalogue c = german;
  c.registry_language = true;  // per-code texts stay the registry's
  return c;
}();
static_assert(is_complete(german_phrases_only));
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
  CHECK(html.find("<html lang=\"de-CH\">") != std::string::npos);
  CHECK(html.find("<h3>Beschreibung</h3>") != std::string::npos);
}

TEST_CASE("locale: every provider row's why is translated in every built-in language") {
  REQUIRE(catalogue_provider_why_count == 67);
  for (const catalogue* c : builtin_catalogues) {
    CAPTURE(c->tag);
    for (std::size_t i = 0; i < catalogue_provider_why_count; ++i) {
      const detail::provider_row& row = detail::provider_rows[i];
      CAPTURE(row.name);
      const std::string_view text = c->provider_why_texts[i];
      CHECK(!text.empty());
      if (c == &locale::en)
        CHECK(text == std::string_view(row.meaning));
      else
        CHECK(text != std::string_view(row.meaning));
      // The advice's why (a view of the row's text) and an equal copy of it
      // both find the row.
      CHECK(detail::localized_why(row.meaning, *c) == text);
      const std::string copy = row.meaning;
      CHECK(detail::localized_why(copy, *c) == text);
    }
  }
}

TEST_CASE("locale: advice from a provider profile carries the translated why") {
  const parse_result p = parse_reply(
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC "
      "policy\r\n");
  REQUIRE(p.ok());
  const advice a =
      advise(p.value, smtp_command::end_of_data, rule_set{}, "gmail-smtp-in.l.google.com");
  REQUIRE(a.rule == "gmail:5.7.26-unauthenticated");
  const auto page = [&](const catalogue& c, format f) {
    return render_reply(p.value, a, c, f, smtp_command::end_of_data);
  };
  const std::string english =
      "Gmail refused the message: it failed SPF and DKIM, or the sender domain's DMARC policy; fix "
      "the authentication, the address is not at fault.";
  CHECK(page(locale::en, format::text).find("\nWhy:    " + english + "\n") != std::string::npos);
  const std::string deutsch =
      "Gmail hat die Nachricht abgelehnt, weil sie weder SPF noch DKIM bestanden hat oder gegen "
      "die "
      "DMARC-Richtlinie der Absenderdomain verstößt; korrigieren Sie die Authentifizierung, an der "
      "Empfängeradresse liegt es nicht.";
  const std::string de = page(locale::de, format::text);
  CHECK(de.find("\nBegründung: " + deutsch + "\n") != std::string::npos);
  CHECK(de.find(english) == std::string::npos);
  const std::string japanese =
      "Gmail はこのメッセージを拒否しました。"
      "SPF と DKIM の両方で認証に失敗したか、"
      "送信者ドメインの DMARC ポリシーのチェックに失敗したためです。"
      "認証を修正してください。"
      "宛先アドレスに問題はありません。";
  const std::string ja = page(locale::ja, format::text);
  CHECK(ja.find("\n根拠: " + japanese + "\n") != std::string::npos);
  CHECK(ja.find(english) == std::string::npos);
  CHECK(page(locale::ja, format::json).find("\"why\": \"" + japanese + "\"") != std::string::npos);

  // A catalogue that lacks the sentence falls back to the English one.
  catalogue partial = locale::de;
  partial.provider_why_texts[detail::provider_why_index(a.why)] = {};
  CHECK(!is_complete(partial));
  CHECK(page(partial, format::text).find("\nBegründung: " + english + "\n") != std::string::npos);
  // A why that is no sentence of the library stays as it is.
  CHECK(detail::localized_why("A sentence of my own.", locale::ja) == "A sentence of my own.");
}
