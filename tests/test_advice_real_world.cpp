// Real-world collection: replies as public servers word them (wire replies,
// DSN Diagnostic-Code values and Postfix/Exim/Sendmail log lines), each with
// the command it answered and the action, reason and bounce type a mail
// operator would choose. See tests/fixtures/real_world_replies.tsv.
#include <smtpcodes/advice.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <string>
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
