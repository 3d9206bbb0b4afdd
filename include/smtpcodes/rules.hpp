// Operator rules applied to advice: advise() with a rule_set, whose first
// matching rule (then the built-in provider profiles) overrides the built-in
// judgement (action, reason, bounce type, delay, scope), may rewrite the
// reply's status for an MTA filter, and may give a throttle hint. RFC 3463
// §2, RFC 5321 §4.2. Not in the umbrella: a rule_set allocates while built.
#ifndef SMTPCODES_RULES_HPP
#define SMTPCODES_RULES_HPP

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

#include "advice.hpp"
#include "detail/advice_why.hpp"
#include "detail/provider_profiles.hpp"
#include "detail/rule_set.hpp"
#include "detail/rule_types.hpp"
#include "enhanced_status.hpp"
#include "reply.hpp"

namespace smtpcodes {
inline namespace v1 {

/// The sentence advice::why holds when an operator rule changed the verdict
/// (a row of the why table, so that catalogues translate it by its index).
inline constexpr std::string_view operator_rule_why =
    detail::why_text(detail::why_id::operator_rule);

namespace detail {

/// provider_rows as a rule_set, in table order, hosts from `providers`.
inline rule_set build_provider_profiles() {
  rule_set set;
  for (const provider_row& row : provider_rows) {
    const provider_info& p = providers[row.provider];
    rule r;
    r.name = row.name;
    for (std::string_view hosts = p.hosts; !hosts.empty();) {
      const std::size_t space = hosts.find(' ');
      r.hosts.emplace_back(hosts.substr(0, space));
      hosts.remove_prefix(space == std::string_view::npos ? hosts.size() : space + 1);
    }
    if (*row.code != '\0') r.codes.push_back(*parse_code_pattern(row.code));
    if (*row.status != '\0') r.statuses.push_back(*parse_status_pattern(row.status));
    for (std::string_view texts = row.text; !texts.empty();) {
      const std::size_t bar = texts.find('|');
      r.texts.emplace_back(texts.substr(0, bar));
      texts.remove_prefix(bar == std::string_view::npos ? texts.size() : bar + 1);
    }
    r.reason = row.reason;
    if (row.what != keep_action) r.what = static_cast<action>(row.what);
    if (row.delay_seconds != 0) r.delay = std::chrono::seconds{row.delay_seconds};
    r.throttle = {row.throttle, std::chrono::seconds{row.throttle_seconds}};
    r.why = row.meaning;
    r.reference = row_reference(row);
    set.add(std::move(r));
  }
  return set;
}

}  // namespace detail

/// The built-in provider profiles (detail/provider_profiles.hpp), built on first use.
inline const rule_set& provider_profiles() {
  static const rule_set profiles = detail::build_provider_profiles();
  return profiles;
}

/// The basic code a rewritten status implies: `original` when it has the
/// status's class; else the first code of that class the IANA registry
/// associates with the status; else 250, 450 or 550.
[[nodiscard]] constexpr unsigned implied_code(unsigned original, enhanced_status s) noexcept {
  if (original / 100 == s.cls) return original;
  const status_lookup l = lookup(s);
  if (l.info != nullptr && l.level == match_level::exact)
    for (std::size_t i = 0; i < l.info->basic_code_count && i < l.info->basic_codes.size(); ++i)
      if (l.info->basic_codes[i] / 100 == s.cls) return l.info->basic_codes[i];
  return s.cls * 100u + 50u;
}

/// A rule's match: the rule (nullptr: none) and the set it belongs to.
struct rule_match {
  const rule* by = nullptr;
  bool provider = false;  ///< from the built-in provider profiles
  [[nodiscard]] explicit operator bool() const noexcept { return by != nullptr; }
};

/// The first of `rules` that matches, else (when `rules` uses them and a host
/// is given) the first provider profile that matches.
[[nodiscard]] inline rule_match find_rule(const rule_input& in, const rule_set& rules) noexcept {
  const detail::rule_probe probe(in);
  const std::size_t i = rules.first_match(probe);
  if (i < rules.size()) return {&rules[i], false};
  if (!rules.uses_providers() || in.host.empty()) return {};
  const rule_set& p = provider_profiles();
  const std::size_t j = p.first_match(probe);
  return j < p.size() ? rule_match{&p[j], true} : rule_match{};
}

namespace detail {

/// The text of a reply that rules match: a single line's body in place; the
/// bodies of several lines joined into `buf` (`size` bytes); the raw bytes
/// when the joined text does not fit, as the built-in text patterns do.
inline std::string_view rule_text(const reply& r, char* buf, std::size_t size) noexcept {
  if (r.line_count <= 1) {
    const reply_lines lines = r.lines();
    const auto it = lines.begin();
    return it != lines.end() ? (*it).body : std::string_view{};
  }
  const std::string_view joined = r.text_to(buf, size);
  return joined.size() < size ? joined : r.raw;
}

/// `a` with the effects of `r`.
inline advice apply_rule(advice a, const rule& r) noexcept {
  const bool verdict = r.what || r.reason || r.bounce || r.rewrite;
  if (r.what) a.what = *r.what;
  if (r.reason) a.reason = *r.reason;
  if (r.applies_to) a.applies_to = *r.applies_to;
  const bool retry = a.what == action::retry_later || a.what == action::retry_new_transaction;
  if (r.bounce)
    a.bounce = *r.bounce;
  else if (verdict)
    a.bounce = a.what == action::proceed || a.what == action::continue_ ? bounce_type::none
               : is_hard_reason(a.reason) && !retry                     ? bounce_type::hard
                                                                        : bounce_type::soft;
  if (r.delay)
    a.delay = *r.delay;
  else if (r.what || r.reason)
    a.delay = retry ? delay_for(a.reason, default_policy) : std::chrono::seconds{0};
  if (r.throttle.target != throttle_target::none) a.throttle = r.throttle;
  if (!r.why.empty())
    a.why = r.why;  // a provider profile's own sentence (its table row)
  else if (verdict)
    a.why = why_text(why_id::operator_rule);
  a.rule = r.name;
  return a;
}

}  // namespace detail

/// advise() with operator rules: the built-in judgement, then the first rule
/// of `rules` that matches (then the provider profiles for `remote_host`)
/// overrides it. A rule that rewrites the status is judged as that status
/// (with the code it implies) and the same text. Allocates nothing.
[[nodiscard]] inline advice advise(const reply& r, smtp_command command, const rule_set& rules,
                                   std::string_view remote_host = {}) noexcept {
  char buf[detail::joined_text_limit + 1];
  const rule_input in{r.code, r.status, command, detail::rule_text(r, buf, sizeof buf),
                      remote_host};
  const rule_match m = find_rule(in, rules);
  if (!m) return advise(r, command);
  reply judged = r;
  if (m.by->rewrite) {
    judged.status = *m.by->rewrite;
    judged.code = implied_code(r.code, *m.by->rewrite);
  }
  return detail::apply_rule(advise(judged, command), *m.by);
}

/// advise() of a reply given as text (wire bytes, a DSN diagnostic or a log
/// line) with operator rules. The reply is found once, as advise(text) finds
/// it: wire bytes holding one whole reply, else find_reply(); rules then see
/// that reply's text. A text holding no reply is matched whole, with a status
/// written without a code ("dsn=4.4.1") when it has one (and the code written
/// after that status, as advise(text) reads it).
[[nodiscard]] inline advice advise(std::string_view text, smtp_command command,
                                   const rule_set& rules,
                                   std::string_view remote_host = {}) noexcept {
  if (reply wire; detail::whole_wire_reply(text, wire))
    return advise(wire, command, rules, remote_host);
  const text_match found = find_reply(text);
  if (found.ok())
    return advise(found.value, command != smtp_command::unknown ? command : found.command, rules,
                  remote_host);
  const smtp_command c = command != smtp_command::unknown
                             ? command
                             : detail::command_in_text(text, text.size(), detail::npos);
  rule_input in{0, std::nullopt, c, text, remote_host};
  enhanced_status s{};
  if (const std::size_t at = detail::find_status_in_text(text, s); at != detail::npos) {
    in.status = s;
    reply written;  // "5.1.1 550 ...": the code written after the status
    if (detail::reply_after_status(text, at, s, written)) in.code = written.code;
  }
  const rule_match m = find_rule(in, rules);
  if (m && m.by->rewrite)
    return detail::apply_rule(
        detail::decide_status_only(*m.by->rewrite, text, c, detail::default_policy), *m.by);
  const advice built_in = detail::decide_without_reply(text, command, detail::default_policy);
  return m ? detail::apply_rule(built_in, *m.by) : built_in;
}

/// For an MTA's status filter: the status and code `r` becomes under the
/// first matching rule that rewrites, or nullopt (keep it).
struct rewritten_status {
  unsigned code;
  enhanced_status status;
  const rule* by;
};
[[nodiscard]] inline std::optional<rewritten_status> rewrite(const rule_input& in,
                                                             const rule_set& rules) noexcept {
  const rule_match m = find_rule(in, rules);
  if (!m || !m.by->rewrite) return std::nullopt;
  return rewritten_status{implied_code(in.code, *m.by->rewrite), *m.by->rewrite, m.by};
}

}  // namespace v1
}  // namespace smtpcodes

#endif
