// Real-world collection: replies as public servers word them (wire replies,
// DSN Diagnostic-Code values and Postfix/Exim/Sendmail log lines), each with
// the command it answered and the action, reason and bounce type a mail
// operator would choose. See tests/fixtures/real_world_replies.tsv.
#include <smtpcodes/advice.hpp>

#include <doctest/doctest.h>

#include "tsv.hpp"

#include <array>
#include <cstdint>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace smtpcodes;

namespace {

struct row {
  std::string id, source, command, input, action, reason, bounce, note;
};

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == 'r' || s[i + 1] == 'n')) {
      out += s[i + 1] == 'r' ? '\r' : '\n';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<row> read_rows() {
  std::vector<row> rows;
  for (const auto& f : read_tsv(SMTPCODES_TEST_FIXTURES "/real_world_replies.tsv", 8))
    rows.push_back({f[0], f[1], f[2], unescape(f[3]), f[4], f[5], f[6], f[7]});
  return rows;
}

}  // namespace

TEST_CASE("real-world replies get the action, reason and bounce an operator expects") {
  const std::vector<row> rows = read_rows();
  REQUIRE(rows.size() >= 100);
  std::map<std::string, int> sources;
  for (const row& r : rows) {
    CAPTURE(r.id);
    CAPTURE(r.input);
    CAPTURE(r.note);
    ++sources[r.source];
    const advice a = advise(std::string_view(r.input), parse_command(r.command));
    CHECK(std::string(to_string(a.what)) == r.action);
    CHECK(std::string(to_string(a.reason)) == r.reason);
    CHECK(std::string(to_string(a.bounce)) == r.bounce);
    if (a.what == action::retry_later || a.what == action::retry_new_transaction)
      CHECK(a.delay.count() > 0);
  }
  CHECK(sources.size() >= 10);
}

namespace {

// The run-time pattern scan (indexes built on first use, hashing the text's
// bytes at every second position) must give what trying every pattern at
// every position gives: the direct scan that constant evaluation uses. So must
// its position-by-position path, which the block scan leaves to short texts.
void check_scans_agree(std::string_view text) {
  CAPTURE(text);
  const std::size_t direct = detail::first_pattern_direct(text);
  const detail::reason_indexes& x = detail::reason_indexes_at_run_time();
  CHECK(detail::first_pattern_indexed(text, x) == direct);
  CHECK(detail::first_pattern_scalar(text, x) == direct);
}

// The patterns of reason_pattern_rows, one by one, in priority order.
const detail::pattern_list& patterns() {
  static const detail::pattern_list list = [] {
    detail::pattern_list l{};
    detail::split_patterns(detail::reason_pattern_rows, detail::reason_pattern_row_count, l);
    return l;
  }();
  return list;
}
std::size_t pattern_count() { return patterns().count; }
std::string_view pattern(std::size_t p) { return patterns().at[p].text; }

// A third answer, written as plainly as the rule reads: the first pattern in
// table order found anywhere, short ones only between non-alphanumerics.
std::size_t first_pattern_plain(std::string_view text) {
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  const auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  for (std::size_t p = 0; p < pattern_count(); ++p) {
    const std::string_view pat = pattern(p);
    for (std::size_t i = 0; i + pat.size() <= text.size(); ++i) {
      std::size_t k = 0;
      while (k < pat.size() && lower(text[i + k]) == pat[k]) ++k;
      if (k < pat.size()) continue;
      if (pat.size() > 4) return p;
      const std::size_t end = i + pat.size();
      if ((i == 0 || !alnum(text[i - 1])) && (end == text.size() || !alnum(text[end]))) return p;
    }
  }
  return detail::no_pattern;
}

void check_all_agree(std::string_view text) {
  CAPTURE(text);
  const std::size_t plain = first_pattern_plain(text);
  CHECK(detail::first_pattern_direct(text) == plain);
  const detail::reason_indexes& x = detail::reason_indexes_at_run_time();
  CHECK(detail::first_pattern_indexed(text, x) == plain);
  CHECK(detail::first_pattern_scalar(text, x) == plain);
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

}  // namespace

TEST_CASE("the indexed pattern scan agrees with the direct scan") {
  std::size_t matched = 0;
  for (const row& r : read_rows()) {
    check_scans_agree(r.input);
    if (detail::first_pattern_direct(r.input) != detail::no_pattern) ++matched;
  }
  CHECK(matched >= 100);  // the collection exercises the patterns, not only the misses
  const std::pair<const char*, std::size_t> logs[] = {{"/logs/mixed.log", 6},
                                                      {"/postfix/maillog.txt", 80}};
  for (const auto& [name, expected_lines] : logs) {
    std::ifstream in(std::string(SMTPCODES_TEST_FIXTURES) + name, std::ios::binary);
    REQUIRE(in.good());
    std::size_t lines = 0;
    for (std::string line; std::getline(in, line); ++lines) check_scans_agree(line);
    CHECK(lines == expected_lines);
  }
  // Every pattern, in both cases, alone, inside words, at the ends of the
  // text and across the scan's five-byte windows.
  for (std::size_t p = 0; p < pattern_count(); ++p) {
    const std::string pat(pattern(p));
    CAPTURE(pat);
    for (const std::string& form : {pat, upper(pat)}) {
      for (const std::string& text :
           {form, "x" + form, form + "x", "1" + form + "2", "a " + form + " b", "(" + form + ")",
            "Recipient " + form + ": try later", "abcd" + form + " efgh " + form}) {
        check_scans_agree(text);
        // The pattern occurs, so the result is it or a pattern ranked before it.
        if (pat.size() > 4 || text == form || text == "a " + form + " b")
          CHECK(detail::first_pattern_direct(text) <= p);
      }
    }
  }
}

TEST_CASE(
    "the indexed pattern scan agrees at every offset, in every case and byte that folds alike") {
  const detail::reason_indexes& x = detail::reason_indexes_at_run_time();
  REQUIRE(x.usable);  // the table fits the indexes: the scan is not the direct one
  // Known answers: each pattern alone is found as itself, unless a pattern
  // ranked before it occurs inside it.
  CHECK(detail::first_pattern_indexed("Message refused: spam", x) == first_pattern_plain("spam"));
  CHECK(pattern(first_pattern_plain("spam")) == "spam");
  CHECK(detail::first_pattern_indexed("SPF", x) == first_pattern_plain("spf"));
  CHECK(detail::first_pattern_indexed("xSPF", x) == detail::no_pattern);
  CHECK(detail::first_pattern_indexed("rbl2", x) == detail::no_pattern);
  CHECK(detail::first_pattern_indexed("", x) == detail::no_pattern);
  CHECK(detail::first_pattern_indexed("rb", x) == detail::no_pattern);
  std::size_t found_as_itself = 0;
  for (std::size_t p = 0; p < pattern_count(); ++p) {
    const std::string pat(pattern(p));
    CAPTURE(pat);
    const std::size_t alone = first_pattern_plain(pat);
    CHECK(alone <= p);
    if (alone == p) ++found_as_itself;
    std::string mixed = pat;
    for (std::size_t k = 0; k < mixed.size(); k += 2) mixed[k] = upper(mixed.substr(k, 1))[0];
    for (const std::string& form : {pat, upper(pat), mixed}) {
      CHECK(detail::first_pattern_indexed(form, x) == alone);
      CHECK(detail::first_pattern_scalar(form, x) == alone);
      check_all_agree(" " + form + " ");
      check_all_agree("z" + form + "9");
    }
    // At every offset of the scan's blocks, between spaces (a word) and
    // letters (inside a word), with tails that move the last block.
    for (const std::string& form : {pat, upper(pat)}) {
      for (std::size_t offset = 0; offset <= 70; ++offset) {
        for (const std::size_t tail : {std::size_t{0}, std::size_t{1}, std::size_t{6}}) {
          const std::string text = std::string(offset, ' ') + form + std::string(tail, ' ');
          CAPTURE(text);
          CHECK((detail::first_pattern_indexed(text, x) == alone &&
                 detail::first_pattern_scalar(text, x) == alone));
        }
        const std::string inside = std::string(offset, 'q') + form + "q";
        CAPTURE(inside);
        const std::size_t direct = detail::first_pattern_direct(inside);
        CHECK((detail::first_pattern_indexed(inside, x) == direct &&
               detail::first_pattern_scalar(inside, x) == direct));
      }
    }
    // Each character in turn replaced by every other byte with the same
    // `& 31` (the scan's fold), which only an exact comparison tells apart.
    for (std::size_t k = 0; k < pat.size(); ++k) {
      for (unsigned b = static_cast<unsigned char>(pat[k]) & 31u; b < 256; b += 32) {
        std::string text = "Reply: " + pat + " (text)";
        text[7 + k] = static_cast<char>(b);
        check_scans_agree(text);
      }
    }
  }
  CHECK(found_as_itself >= pattern_count() - 10);
}

TEST_CASE("pattern rows split into patterns at ';', each keeping its row") {
  static constexpr detail::pattern_row rows[] = {{"abc;de f;ghij", bounce_reason::blocked},
                                                 {"klm", bounce_reason::spam_detected, true},
                                                 {"no;;pe;", bounce_reason::user_unknown}};
  detail::pattern_list list{};
  list.count = 99;  // refilled, not appended to
  detail::split_patterns(rows, 3, list);
  REQUIRE(list.count == 8);
  const std::pair<std::string_view, std::uint16_t> expected[] = {
      {"abc", 0}, {"de f", 0}, {"ghij", 0}, {"klm", 1}, {"no", 2}, {"", 2}, {"pe", 2}, {"", 2}};
  for (std::size_t p = 0; p < 8; ++p) {
    CAPTURE(p);
    CHECK(list.at[p].text == expected[p].first);
    CHECK(list.at[p].row == expected[p].second);
  }
  // The real table: each pattern found as itself gives its own row's reason.
  std::size_t checked = 0;
  for (std::size_t p = 0; p < pattern_count(); ++p) {
    if (first_pattern_plain(pattern(p)) != p) continue;
    CAPTURE(pattern(p));
    const detail::pattern_row& row = detail::reason_pattern_rows[patterns().at[p].row];
    const detail::text_reason found = detail::match_text(pattern(p));
    CHECK(found.reason == row.reason);
    CHECK(found.decisive == row.decisive);
    ++checked;
  }
  CHECK(checked >= pattern_count() - 10);
}

TEST_CASE("the indexed pattern scan agrees on short and random texts") {
  // Pieces of patterns, whole and cut, in any case, with the bytes that fold
  // like letters under `& 31` (digits, punctuation, NUL, bytes over 0x7F).
  std::mt19937 rng(20240229);
  const auto pick = [&](std::size_t n) {
    return static_cast<std::size_t>(std::uniform_int_distribution<std::size_t>(0, n - 1)(rng));
  };
  static constexpr char odd_bytes[] = "\0 -'_.,:;@[`{|}~0123456789\x7F\x80\xC1\xE1\xFF\xA0";
  const std::string odd(odd_bytes, sizeof odd_bytes - 1);
  for (int round = 0; round < 6000; ++round) {
    std::string text;
    const std::size_t target = pick(round < 3000 ? 21 : 90);
    while (text.size() < target) {
      const std::string pat(pattern(pick(pattern_count())));
      switch (pick(6)) {
        case 0:
          text += pat;
          break;
        case 1:
          text += upper(pat);
          break;
        case 2:
          text += pat.substr(pick(pat.size()));
          break;
        case 3:
          text += pat.substr(0, pick(pat.size()) + 1);
          break;
        case 4:
          text += odd[pick(odd.size())];
          break;
        default:
          text += ' ';
          break;
      }
    }
    text.resize(target);
    check_all_agree(text);
  }
}

constexpr enhanced_status status(unsigned subject, unsigned detail) {
  return {5, static_cast<std::uint16_t>(subject), static_cast<std::uint16_t>(detail)};
}

TEST_CASE("the status grid built at run time agrees with the status rows") {
  // reason_of() reads the rows directly during constant evaluation.
  constexpr auto expected = [] {
    std::array<detail::status_reason, 10 * 40> out{};
    for (unsigned s = 0; s < 10; ++s)
      for (unsigned d = 0; d < 40; ++d) out[s * 40 + d] = detail::reason_of(status(s, d));
    return out;
  }();
  std::size_t strong = 0;
  for (unsigned s = 0; s < 10; ++s) {
    for (unsigned d = 0; d < 40; ++d) {
      CAPTURE(s);
      CAPTURE(d);
      const detail::status_reason got = detail::reason_of(status(s, d));
      CHECK(got.reason == expected[s * 40 + d].reason);
      CHECK(got.strong == expected[s * 40 + d].strong);
      strong += got.strong ? 1 : 0;
    }
  }
  CHECK(detail::reason_of(status(1, 1)).reason == bounce_reason::user_unknown);
  CHECK(detail::reason_of(status(1, 1)).strong);
  // An unregistered detail takes its subject's default, unless that calls the address dead.
  CHECK(detail::reason_of(status(1, 30)).reason == bounce_reason::undefined);
  CHECK_FALSE(detail::reason_of(status(1, 30)).strong);
  CHECK(detail::reason_of(status(3, 30)).reason == bounce_reason::system_error);
  CHECK_FALSE(detail::reason_of(status(3, 30)).strong);
  // Only the rows' own cells are strong; unknown details never are.
  std::size_t strong_rows = 0;
  for (const detail::status_reason_row& r : detail::status_reasons) strong_rows += r.strong;
  CHECK(strong == strong_rows);
}
