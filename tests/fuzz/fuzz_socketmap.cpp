// libFuzzer target for smtp-explain postfix-filter's request path: the
// netstring reader and request split of examples/smtp_explain/socketmap.hpp
// (checked against a plain model, every prefix of a whole netstring, and the
// writer), and status_filter::decide() on each key (Postfix's keys carry a
// remote server's text), with a small rule set; the tag a rewrite appends
// reads back (filter_tag.hpp, as smtp-explain scan reads Postfix's log), and the
// tag reader takes any text.
//
// Input: byte 0 picks the payload limit; the rest is the byte stream a client sends.
#include "filter_tag.hpp"
#include "socketmap.hpp"
#include "status_filter.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"

namespace {

namespace sm = smtp_explain::socketmap;
namespace sf = smtp_explain::status_filter;

/// The netstring reader written another way: the error it must report for
/// `in`. Before the ':', the first offending byte decides: a non-digit, a
/// second digit after a leading '0' (both bad_length), or a digit beyond the
/// number of digits `max` has (too_long, known before the ':' arrives).
sm::netstring_error model(std::string_view in, std::size_t max) {
  std::size_t p = 0;  // the first byte that is not a digit
  while (p < in.size() && in[p] >= '0' && in[p] <= '9') ++p;
  const std::size_t max_digits = std::to_string(max).size();
  const std::size_t none = std::string_view::npos;
  const std::size_t leading_zero = p >= 2 && in[0] == '0' ? 1 : none;
  const std::size_t too_many = p > max_digits ? max_digits : none;
  const std::size_t stray = p < in.size() && in[p] != ':' ? p : none;
  const std::size_t first = std::min(leading_zero, std::min(too_many, stray));
  if (first != none)
    return first == too_many && first != leading_zero ? sm::netstring_error::too_long
                                                      : sm::netstring_error::bad_length;
  if (p == in.size()) return sm::netstring_error::incomplete;
  if (p == 0) return sm::netstring_error::bad_length;
  const std::size_t length = std::stoul(std::string(in.substr(0, p)));
  if (length > max) return sm::netstring_error::too_long;
  if (in.size() < p + 1 + length + 1) return sm::netstring_error::incomplete;
  return in[p + 1 + length] == ',' ? sm::netstring_error::none : sm::netstring_error::missing_comma;
}

const smtpcodes::rule_set& fuzz_rules() {
  static const smtpcodes::rule_set rules = [] {
    smtpcodes::rule_set s;
    smtpcodes::rule hold;
    hold.name = "hold";
    hold.texts = {"policy-hold"};
    hold.rewrite = smtpcodes::enhanced_status{4, 7, 1};
    (void)s.add(hold);
    smtpcodes::rule give_up;
    give_up.name = "give up";
    give_up.codes = {*smtpcodes::parse_code_pattern("45x")};
    give_up.texts = {"*no such*"};
    give_up.what = smtpcodes::action::give_up;
    (void)s.add(give_up);
    smtpcodes::rule success;
    success.name = "success";
    success.statuses = {*smtpcodes::parse_status_pattern("5.9.*")};
    success.rewrite = smtpcodes::enhanced_status{2, 0, 0};
    (void)s.add(success);
    return s;
  }();
  return rules;
}

void check_decision(std::string_view key) {
  const sf::decision d = sf::decide(key, fuzz_rules());
  if (d.what == sf::verdict::bad_key) return;
  SMTPCODES_FUZZ_CHECK(smtpcodes_fuzz::is_suffix_view(d.text, key));
  SMTPCODES_FUZZ_CHECK(!d.text.empty() && d.text.size() < key.size());
  if (d.what != sf::verdict::rewrite) return;
  // Only failures change, into failures; never into the same status.
  SMTPCODES_FUZZ_CHECK(d.from.cls == 4 || d.from.cls == 5);
  SMTPCODES_FUZZ_CHECK(d.to.cls == 4 || d.to.cls == 5);
  SMTPCODES_FUZZ_CHECK(d.to != d.from);
  SMTPCODES_FUZZ_CHECK((d.by_rule != nullptr) != (d.by_builtin != sf::builtin::none));
  // A built-in 4xx -> 5xx is only ever dead-address's 5.1.1.
  if (d.by_builtin != sf::builtin::none && d.to.cls == 5) {
    SMTPCODES_FUZZ_CHECK(d.by_builtin == sf::builtin::dead_address);
    SMTPCODES_FUZZ_CHECK(d.to == (smtpcodes::enhanced_status{5, 1, 1}));
  }
  const std::string value = sf::rewritten_value(d);
  const std::string head = std::string(smtpcodes::to_chars(d.to).view()) + ' ';
  SMTPCODES_FUZZ_CHECK(value.compare(0, head.size(), head) == 0);
  SMTPCODES_FUZZ_CHECK(value.compare(head.size(), d.text.size(), d.text) == 0);
  // scan reads the tag back: the status before and who decided.
  const smtp_explain::filter_tag::tag t = smtp_explain::filter_tag::read(value);
  SMTPCODES_FUZZ_CHECK(t.was == smtpcodes::to_chars(d.from).view());
  SMTPCODES_FUZZ_CHECK(t.by == sf::decided_by(d));
}

// The tag reader on any text: a tag found is the end of the text.
void check_tag(std::string_view text) {
  const smtp_explain::filter_tag::tag t = smtp_explain::filter_tag::read(text);
  if (!t.ok()) {
    SMTPCODES_FUZZ_CHECK(t.was.empty());
    return;
  }
  SMTPCODES_FUZZ_CHECK(smtpcodes_fuzz::inside(t.was, text) && smtpcodes_fuzz::inside(t.by, text));
  SMTPCODES_FUZZ_CHECK(t.by.data() + t.by.size() + 1 == text.data() + text.size());
  SMTPCODES_FUZZ_CHECK(text.back() == ')' && t.was.size() >= 5 && t.was.size() <= 9);
  SMTPCODES_FUZZ_CHECK(text.size() - static_cast<std::size_t>(t.was.data() - text.data()) +
                           smtp_explain::filter_tag::opening.size() <=
                       smtp_explain::filter_tag::max_size);
}

void check_reply_round_trip(std::string_view data, unsigned pick) {
  const auto kind = static_cast<sm::reply_kind>(pick % 5);
  std::string out(sm::reply_size(kind, data), '\0');
  const std::size_t n = sm::write_reply(kind, data, out.data(), out.size());
  SMTPCODES_FUZZ_CHECK(n ==
                       (kind == sm::reply_kind::notfound ? sm::reply_size(kind, {}) : out.size()));
  out.resize(n);
  const sm::netstring back = sm::read_netstring(out, out.size());
  SMTPCODES_FUZZ_CHECK(back.error == sm::netstring_error::none && back.consumed == n);
  const sm::reply r = sm::split_reply(back.payload);
  SMTPCODES_FUZZ_CHECK(r.kind == kind);
  SMTPCODES_FUZZ_CHECK(r.data == (kind == sm::reply_kind::notfound ? std::string_view{} : data));
  if (n > 0) SMTPCODES_FUZZ_CHECK(sm::write_reply(kind, data, out.data(), n - 1) == 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned control = data[0];
  const std::size_t max = control < 32 ? control : control < 128 ? control * 4u : 65536u;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  unsigned pick = control;
  while (!rest.empty()) {
    const sm::netstring n = sm::read_netstring(rest, max);
    SMTPCODES_FUZZ_CHECK(n.error == model(rest, max));
    if (n.error != sm::netstring_error::none) break;
    // A whole netstring: inside the input, canonical, and incomplete when cut short.
    SMTPCODES_FUZZ_CHECK(n.payload.size() <= max);
    SMTPCODES_FUZZ_CHECK(n.consumed == sm::netstring_size(n.payload.size()));
    SMTPCODES_FUZZ_CHECK(n.consumed <= rest.size() && rest[n.consumed - 1] == ',');
    SMTPCODES_FUZZ_CHECK(smtpcodes_fuzz::inside(n.payload, rest.substr(0, n.consumed)));
    std::string again(n.consumed, '\0');
    SMTPCODES_FUZZ_CHECK(sm::write_netstring(n.payload, {}, again.data(), again.size()) ==
                         n.consumed);
    SMTPCODES_FUZZ_CHECK(again == rest.substr(0, n.consumed));
    const std::size_t step = n.consumed <= 64 ? 1 : n.consumed / 16;
    for (std::size_t cut = 0; cut < n.consumed; cut += step)
      SMTPCODES_FUZZ_CHECK(sm::read_netstring(rest.substr(0, cut), max).error ==
                           sm::netstring_error::incomplete);
    // The request in it.
    const sm::request q = sm::split_request(n.payload);
    if (q.error == sm::request_error::none) {
      SMTPCODES_FUZZ_CHECK(!q.name.empty() && !q.key.empty());
      SMTPCODES_FUZZ_CHECK(q.name.find(' ') == std::string_view::npos);
      SMTPCODES_FUZZ_CHECK(q.name.size() + 1 + q.key.size() == n.payload.size());
      SMTPCODES_FUZZ_CHECK(q.name.data() == n.payload.data() &&
                           smtpcodes_fuzz::is_suffix_view(q.key, n.payload));
      check_decision(q.key);
      check_tag(q.key);
    } else {
      SMTPCODES_FUZZ_CHECK(q.name.empty() && q.key.empty());
    }
    check_reply_round_trip(n.payload, pick++);
    rest.remove_prefix(n.consumed);
  }
  return 0;
}
