// Real-world collection: replies as public servers word them (wire replies,
// DSN Diagnostic-Code values and Postfix/Exim/Sendmail log lines), each with
// the command it answered and the action, reason and bounce type a mail
// operator would choose. See tests/fixtures/real_world_replies.tsv.
#include <smtpcodes/advice.hpp>

#include <doctest/doctest.h>

#include <array>
#include <fstream>
#include <map>
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
  std::ifstream in(SMTPCODES_TEST_FIXTURES "/real_world_replies.tsv", std::ios::binary);
  REQUIRE(in.good());
  std::vector<row> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> f(1);
    for (char c : line) {
      if (c == '\t')
        f.emplace_back();
      else
        f.back() += c;
    }
    REQUIRE_MESSAGE(f.size() == 8, line);
    rows.push_back({f[0], f[1], f[2], unescape(f[3]), f[4], f[5], f[6], f[7]});
  }
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

// The run-time pattern scan (indexes built on first use, skipping through
// the text) must give what trying every pattern at every position gives: the
// direct scan that constant evaluation uses.
void check_scans_agree(std::string_view text) {
  CAPTURE(text);
  const std::size_t direct = detail::first_pattern_direct(text);
  const std::size_t indexed =
      detail::first_pattern_indexed(text, detail::reason_indexes_at_run_time());
  CHECK(indexed == direct);
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
    if (detail::first_pattern_direct(r.input) != detail::reason_pattern_count) ++matched;
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
  for (std::size_t p = 0; p < detail::reason_pattern_count; ++p) {
    const std::string pat(detail::reason_patterns[p].text);
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
  CHECK(detail::reason_of(status(1, 30)).reason == bounce_reason::user_unknown);
  CHECK_FALSE(detail::reason_of(status(1, 30)).strong);
  // Only the rows' own cells are strong; unknown details never are.
  std::size_t strong_rows = 0;
  for (const detail::status_reason_row& r : detail::status_reasons) strong_rows += r.value.strong;
  CHECK(strong == strong_rows);
}
