// libFuzzer target for operator rules (rules.hpp): a rule set built from the
// input's lines is matched against a reply text and host from the input; the
// indexed search (the text pass, the host, code and status tables) must give
// the lowest rule that matches when each is checked alone, for the set and
// for the built-in provider profiles, and advise() with rules must run on the
// same text as wire bytes, a log line and a reply.
//
// Input: two bytes for the code, three for the status; then lines: the text,
// the host, and one rule per line, its conditions separated by tabs, each
// "t..." text, "h..." host, "c..." code pattern, "s..." status pattern or
// "m" (the command RCPT).
#include <smtpcodes/rules.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"

namespace {

namespace sc = smtpcodes;

// The rule one line describes; conditions that do not parse are left out.
sc::rule rule_of(std::string_view line) {
  sc::rule r;
  while (!line.empty()) {
    const std::size_t tab = line.find('\t');
    const std::string_view part = line.substr(0, tab);
    line.remove_prefix(tab == std::string_view::npos ? line.size() : tab + 1);
    if (part.empty()) continue;
    const std::string_view value = part.substr(1);
    switch (part[0]) {
      case 't':
        r.texts.emplace_back(value);
        break;
      case 'h':
        r.hosts.emplace_back(value);
        break;
      case 'c':
        if (const auto c = sc::parse_code_pattern(value)) r.codes.push_back(*c);
        break;
      case 's':
        if (const auto s = sc::parse_status_pattern(value)) r.statuses.push_back(*s);
        break;
      case 'm':
        r.commands = r.commands | sc::smtp_command::rcpt;
        break;
      default:
        break;
    }
  }
  return r;
}

// The lowest rule of `set` that matches `in` when each is checked alone.
std::size_t first_alone(const sc::rule_set& set, const sc::rule_input& in) {
  for (std::size_t i = 0; i < set.size(); ++i)
    if (set.matches(i, in)) return i;
  return set.size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 5) return 0;
  // The bytes are copied so that the sanitizers see reads past the input's end.
  const std::string bytes(reinterpret_cast<const char*>(data) + 5, size - 5);
  std::vector<std::string_view> lines;
  for (std::string_view rest = bytes; !rest.empty();) {
    const std::size_t nl = rest.find('\n');
    lines.push_back(rest.substr(0, nl));
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
  }
  if (lines.size() < 2) return 0;

  sc::rule_set set;
  set.use_providers(false);
  for (std::size_t i = 2; i < lines.size(); ++i) (void)set.add(rule_of(lines[i]));

  sc::rule_input in;
  in.code = (static_cast<unsigned>(data[0]) << 8 | data[1]) % 1000;
  in.status = sc::enhanced_status{static_cast<std::uint8_t>(data[2] % 6),
                                  static_cast<std::uint16_t>(data[3] % 12),
                                  static_cast<std::uint16_t>(data[4])};
  if (data[4] == 0) in.status.reset();
  in.command = data[4] % 2 ? sc::smtp_command::rcpt : sc::smtp_command::data;
  in.text = lines[0];
  in.host = lines[1];
  SMTPCODES_FUZZ_CHECK(set.first_match(in) == first_alone(set, in));
  const sc::rule_set& providers = sc::provider_profiles();
  SMTPCODES_FUZZ_CHECK(providers.first_match(in) == first_alone(providers, in));

  // advise() with rules reads the text as wire bytes, a log line or DSN
  // value, and a reply; a rule's name is a view into the set.
  const sc::advice a = sc::advise(in.text, sc::smtp_command::unknown, set, in.host);
  bool named = a.rule.empty();
  for (const sc::rule& r : set)
    named = named || (r.name == a.rule && r.name.data() == a.rule.data());
  SMTPCODES_FUZZ_CHECK(named);
  const sc::text_match m = sc::find_reply(in.text);
  if (m.ok()) (void)sc::advise(m.value, m.command, set, in.host);
  return 0;
}
