// Operator rules: a rule_set, built at run time, whose first matching rule
// overrides advise()'s built-in judgement (action, reason, bounce type, delay,
// scope), may rewrite the reply's status for an MTA filter, and may give a
// throttle hint; then the built-in provider profiles. RFC 3463 §2 (status
// classes), RFC 5321 §4.2 (code classes). Not in the umbrella: allocates while built.
#ifndef SMTPCODES_RULES_HPP
#define SMTPCODES_RULES_HPP

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "advice.hpp"
#include "detail/provider_profiles.hpp"
#include "detail/rule_index.hpp"
#include "enhanced_status.hpp"
#include "reply.hpp"

namespace smtpcodes {
inline namespace v1 {

/// A reply-code condition: one code ("550"), ten ("55x") or a class ("5xx").
struct code_pattern {
  std::uint16_t low = 0, high = 0;
  [[nodiscard]] constexpr bool matches(unsigned code) const noexcept {
    return code >= low && code <= high;
  }
};
/// Parses "550", "55x" or "5xx" (x or X), first digit 1-5; nullopt otherwise.
[[nodiscard]] constexpr std::optional<code_pattern> parse_code_pattern(
    std::string_view s) noexcept {
  if (s.size() != 3 || s[0] < '1' || s[0] > '5') return std::nullopt;
  const bool wild1 = s[1] == 'x' || s[1] == 'X', wild2 = s[2] == 'x' || s[2] == 'X';
  const auto first = static_cast<std::uint16_t>((s[0] - '0') * 100);
  if (wild1 && wild2) return code_pattern{first, static_cast<std::uint16_t>(first + 99)};
  if (s[1] < '0' || s[1] > '9') return std::nullopt;
  const auto tens = static_cast<std::uint16_t>(first + (s[1] - '0') * 10);
  if (wild2) return code_pattern{tens, static_cast<std::uint16_t>(tens + 9)};
  if (s[2] < '0' || s[2] > '9') return std::nullopt;
  const auto code = static_cast<std::uint16_t>(tens + (s[2] - '0'));
  return code_pattern{code, code};
}

/// An enhanced-status condition; -1 parts are wildcards ("5.7.*"); the
/// detail may be a range ("5.7.606-649": detail 606 to detail_last 649).
struct status_pattern {
  int cls = -1, subject = -1, detail = -1, detail_last = -1;
  [[nodiscard]] constexpr bool matches(enhanced_status s) const noexcept {
    return (cls < 0 || cls == s.cls) && (subject < 0 || subject == s.subject) &&
           (detail < 0 || (s.detail >= detail && s.detail <= detail_last));
  }
};
namespace detail {
/// One part of a status pattern: 0-999 without leading zeros (RFC 3463 §2); -2 when bad.
[[nodiscard]] constexpr int status_part(std::string_view p) noexcept {
  if (p.empty() || p.size() > 3 || (p.size() > 1 && p[0] == '0')) return -2;
  int v = 0;
  for (const char c : p) {
    if (c < '0' || c > '9') return -2;
    v = v * 10 + (c - '0');
  }
  return v;
}
}  // namespace detail
/// Parses "5.7.1", "5.7.*", "5.*.*", "*.7.1", "*.*.*" or a detail range
/// "5.7.606-649": each part 0-999 without leading zeros (RFC 3463 §2) or
/// "*", the class 2, 4, 5 or "*".
[[nodiscard]] constexpr std::optional<status_pattern> parse_status_pattern(
    std::string_view s) noexcept {
  const std::size_t d1 = s.find('.');
  const std::size_t d2 = d1 == std::string_view::npos ? d1 : s.find('.', d1 + 1);
  if (d2 == std::string_view::npos) return std::nullopt;
  const std::string_view c = s.substr(0, d1), sub = s.substr(d1 + 1, d2 - d1 - 1),
                         det = s.substr(d2 + 1);
  status_pattern p;
  p.cls = c == "*" ? -1 : detail::status_part(c);
  p.subject = sub == "*" ? -1 : detail::status_part(sub);
  if (det == "*") {
    p.detail = p.detail_last = -1;
  } else if (const std::size_t dash = det.find('-'); dash != std::string_view::npos) {
    p.detail = detail::status_part(det.substr(0, dash));
    p.detail_last = detail::status_part(det.substr(dash + 1));
    if (p.detail < 0 || p.detail_last < p.detail) return std::nullopt;
  } else {
    p.detail = p.detail_last = detail::status_part(det);
  }
  if (p.cls == -2 || p.subject == -2 || p.detail == -2 || p.detail_last == -2) return std::nullopt;
  if (p.cls >= 0 && p.cls != 2 && p.cls != 4 && p.cls != 5) return std::nullopt;
  return p;
}

/// A compiled regular expression (rules_pcre2.hpp makes them): matching is
/// noexcept and allocates nothing.
class regex_matcher {
 public:
  virtual ~regex_matcher() = default;
  [[nodiscard]] virtual bool matches(std::string_view text) const noexcept = 0;
};
/// Compiles `pattern`; on failure returns nullptr and says why in `error`.
using regex_compiler = std::shared_ptr<const regex_matcher> (*)(std::string_view pattern,
                                                                std::string& error);

/// One rule: the conditions that all must hold (a list holds when any of its
/// entries does; an empty list or an unset value is no condition) and the
/// effects that override the built-in advice.
struct rule {
  std::string name;  ///< names the rule in advice::rule; "rule N" when empty

  // Conditions.
  std::vector<code_pattern> codes;       ///< "550", "55x", "5xx"
  std::vector<status_pattern> statuses;  ///< "5.7.1", "5.7.*"
  command_set commands;                  ///< the command the reply answered
  std::vector<std::string> hosts;  ///< "example.com" and below, ".example.com" below, or a glob
  std::vector<std::string> texts;  ///< substring of the reply text, or a glob of all of it
  std::string regex;               ///< a regular expression searched in the text
  std::shared_ptr<const regex_matcher> regex_match;  ///< `regex` compiled

  // Effects.
  std::optional<action> what;
  std::optional<bounce_reason> reason;
  std::optional<bounce_type> bounce;
  std::optional<std::chrono::seconds> delay;
  std::optional<scope> applies_to;
  std::optional<enhanced_status> rewrite;  ///< the status (and implied code) the reply becomes
  throttle_hint throttle;

  std::string_view why;        ///< static text for advice::why; empty: the operator sentence
  std::string_view reference;  ///< static text: where the rule's facts come from
  std::size_t line = 0;        ///< the line of the rules file that defined it (0: none)
};

/// What a rule or rule_set is matched against. `text` is the reply's text
/// (for a reply: its line texts without codes and enhanced statuses, joined by
/// spaces; for a log line or diagnostic: all of it); `host` the remote host or
/// the recipient's domain, empty when unknown.
struct rule_input {
  unsigned code = 0;
  std::optional<enhanced_status> status;
  smtp_command command = smtp_command::unknown;
  std::string_view text;
  std::string_view host;
};

/// The sentence advice::why holds when an operator rule changed the verdict.
inline constexpr std::string_view operator_rule_why =
    "An operator rule overrode the built-in judgement (see advice::rule).";

/// Rules in order: the first that matches decides. Built at run time (add()
/// allocates); matching allocates nothing and is thread-safe on a const set.
/// Views handed out (advice::rule) live as long as the set.
class rule_set {
 public:
  /// Adds `r` after the rules already added. Returns an empty string, or why
  /// the rule cannot be added (nothing is added then).
  std::string add(rule r) {
    if (std::string e = check(r); !e.empty()) return e;
    if (r.name.empty()) r.name = "rule " + std::to_string(rules_.size() + 1);
    for (std::string& t : r.texts) t = detail::lowered(t);
    for (std::string& h : r.hosts) h = detail::lowered(detail::bare_host(h));
    const auto number = static_cast<std::uint32_t>(rules_.size());
    rules_.push_back(std::move(r));
    file(number);
    return {};
  }
  [[nodiscard]] std::size_t size() const noexcept { return rules_.size(); }
  [[nodiscard]] bool empty() const noexcept { return rules_.empty(); }
  [[nodiscard]] const rule& operator[](std::size_t i) const noexcept { return rules_[i]; }
  [[nodiscard]] std::vector<rule>::const_iterator begin() const noexcept { return rules_.begin(); }
  [[nodiscard]] std::vector<rule>::const_iterator end() const noexcept { return rules_.end(); }

  /// Whether the built-in provider profiles apply after these rules (default: yes).
  [[nodiscard]] bool uses_providers() const noexcept { return providers_; }
  void use_providers(bool on) noexcept { providers_ = on; }

  /// The index of the first rule that matches `in`, or size() when none does.
  [[nodiscard]] std::size_t first_match(const rule_input& in) const noexcept;

  /// Whether rule `i` matches `in` (its text conditions checked when `check_text`).
  [[nodiscard]] bool matches(std::size_t i, const rule_input& in,
                             bool check_text = true) const noexcept {
    return matches_with(i, in, check_text, {}, false);
  }

  /// Whether text condition `cond` (lower case) holds for `text`.
  [[nodiscard]] static bool text_holds(std::string_view text, std::string_view cond) noexcept {
    return detail::has_wildcard(cond) ? detail::glob_folded(text, cond)
                                      : detail::contains_folded(text, cond);
  }

 private:
  // matches(); `lower` is in.text in lower case when `lowered`, so that text
  // conditions are plain substring searches (regexes still see in.text).
  [[nodiscard]] bool matches_with(std::size_t i, const rule_input& in, bool check_text,
                                  std::string_view lower, bool lowered) const noexcept {
    const rule& r = rules_[i];
    if (!r.codes.empty()) {
      bool any = false;
      for (const code_pattern& c : r.codes) any = any || c.matches(in.code);
      if (!any) return false;
    }
    if (!r.statuses.empty()) {
      if (!in.status) return false;
      bool any = false;
      for (const status_pattern& s : r.statuses) any = any || s.matches(*in.status);
      if (!any) return false;
    }
    if (!r.commands.empty() && !r.commands.has(in.command)) return false;
    if (!r.hosts.empty()) {
      bool any = false;
      for (const std::string& h : r.hosts) any = any || detail::host_matches(in.host, h);
      if (!any) return false;
    }
    if (check_text && !r.texts.empty()) {
      bool any = false;
      for (const std::string& t : r.texts)
        any = any || (lowered ? detail::text_holds_lower(lower, t) : text_holds(in.text, t));
      if (!any) return false;
    }
    return !r.regex_match || r.regex_match->matches(in.text);
  }

  static std::string check(const rule& r) {
    for (const std::string& t : r.texts)
      if (t.empty() || t.find_first_not_of('*') == std::string::npos)
        return "a text condition must contain something besides '*'";
    for (const std::string& h : r.hosts)
      if (detail::bare_host(h).empty() || detail::bare_host(h) == ".")
        return "a host condition must name a host or domain";
    if (!r.regex.empty() && !r.regex_match)
      return "the regex condition needs a regular-expression engine (rules_pcre2.hpp)";
    if (r.delay && r.delay->count() <= 0) return "the delay must be longer than zero";
    if (r.rewrite && r.rewrite->cls != 2 && r.rewrite->cls != 4 && r.rewrite->cls != 5)
      return "the rewritten status must have class 2, 4 or 5";
    if ((r.throttle.target == throttle_target::none) != (r.throttle.duration.count() <= 0))
      return "a throttle needs both a target (host or domain) and a duration longer than zero";
    return {};
  }

  // Files rule `n` in one index: under its host suffixes when none is a
  // glob (a rule for one host concerns few replies); else under its text
  // conditions when each has a literal of four bytes or more; else under the
  // codes it allows; else under its status class and subject; else unindexed.
  void file(std::uint32_t n) {
    const rule& r = rules_[n];
    bool by_host = !r.hosts.empty();
    for (const std::string& h : r.hosts) by_host = by_host && !detail::has_wildcard(h);
    if (by_host) {
      for (const std::string& h : r.hosts)
        hosts_.add(std::string_view(h).substr(h.front() == '.' ? 1 : 0), n);
      return;
    }
    bool by_text = !r.texts.empty() && r.texts.size() < 0xFFFF;
    for (const std::string& t : r.texts)
      by_text = by_text && (detail::has_wildcard(t) ? detail::longest_literal(t) : t).size() >= 4;
    if (by_text) {
      for (std::size_t k = 0; k < r.texts.size(); ++k) {
        const std::string& t = r.texts[k];
        texts_.add(detail::has_wildcard(t) ? detail::longest_literal(t) : t, n,
                   static_cast<std::uint16_t>(k), detail::has_wildcard(t));
      }
      return;
    }
    if (!r.codes.empty()) {
      if (by_code_.empty()) by_code_.resize(600);
      for (const code_pattern& c : r.codes)
        for (unsigned code = c.low; code <= c.high && code < 600; ++code) push(by_code_[code], n);
      return;
    }
    if (!r.statuses.empty()) {
      if (by_status_.empty()) by_status_.resize(3 * status_keys);
      for (const status_pattern& s : r.statuses)
        for (unsigned k = 0; k < 3; ++k) {
          if (s.cls >= 0 && s.cls != status_classes[k]) continue;
          const unsigned sub = s.subject >= 0 ? static_cast<unsigned>(s.subject) : 1000;
          push(by_status_[k * status_keys + sub], n);
        }
      return;
    }
    unindexed_.push_back(n);
  }
  static void push(std::vector<std::uint32_t>& v, std::uint32_t n) {
    if (v.empty() || v.back() != n) v.push_back(n);
  }

  // The lowest rule of the ascending list `v` below `best` that matches.
  [[nodiscard]] std::size_t first_in(const std::vector<std::uint32_t>& v, const rule_input& in,
                                     std::string_view lower, bool lowered,
                                     std::size_t best) const noexcept {
    for (const std::uint32_t n : v) {
      if (n >= best) break;
      if (matches_with(n, in, true, lower, lowered)) return n;
    }
    return best;
  }
  [[nodiscard]] std::size_t first_by_text(const rule_input& in, std::string_view lower,
                                          bool lowered, std::size_t best) const noexcept;

  std::vector<rule> rules_;
  detail::gram_index texts_;
  detail::host_table hosts_;
  // Rules filed by code, and by status class and subject (1000: any subject).
  static constexpr int status_classes[3] = {2, 4, 5};
  static constexpr unsigned status_keys = 1001;
  std::vector<std::vector<std::uint32_t>> by_code_;
  std::vector<std::vector<std::uint32_t>> by_status_;
  std::vector<std::uint32_t> unindexed_;
  bool providers_ = true;
};

// One pass over the text: at each position, the four bytes there (lower
// case) name a slot; an entry of the slot whose piece agrees is a text
// condition that may start there, checked exactly, then the rest of its rule.
inline std::size_t rule_set::first_by_text(const rule_input& in, std::string_view lower,
                                           bool lowered, std::size_t best) const noexcept {
  const std::string_view t = in.text;
  if (texts_.empty() || t.size() < 4) return best;
  const std::size_t last = t.size() - 4;  // the last position a piece starts at
  // Glob conditions found false, so that a literal seen again is not re-checked.
  std::uint32_t refuted[16];
  std::size_t refuted_count = 0;
  for (std::size_t i = 0; i <= last; i += 5) {
    const std::uint64_t w = detail::folded_word(t.data() + i, t.size() - i);
    for (std::size_t k = 0; k < 5 && i + k <= last; ++k) {
      const auto g = static_cast<std::uint32_t>(w >> (8 * k));
      const std::size_t s = texts_.slot_of(g);
      if (!texts_.occupied(s)) continue;
      for (const detail::gram_entry& e : texts_.at(s)) {
        if (e.rule >= best) break;
        if (e.gram != g || e.offset > i + k) continue;
        const std::string& cond = rules_[e.rule].texts[e.alt];
        bool holds = false;
        if (e.glob == 0) {
          holds = lowered ? lower.compare(i + k - e.offset, cond.size(), cond) == 0
                          : detail::equal_folded_at(t, i + k - e.offset, cond);
        } else {
          bool known = false;
          for (std::size_t q = 0; q < refuted_count && !known; ++q) known = refuted[q] == e.rule;
          if (known) continue;
          holds = lowered ? detail::glob_lower(lower, cond) : detail::glob_folded(t, cond);
          if (!holds && refuted_count < 16 && rules_[e.rule].texts.size() == 1)
            refuted[refuted_count++] = e.rule;
        }
        if (holds && matches_with(e.rule, in, false, lower, lowered)) {
          best = e.rule;
          break;
        }
      }
    }
  }
  return best;
}

inline std::size_t rule_set::first_match(const rule_input& in) const noexcept {
  // The text in lower case once (when it fits), so that each condition is a
  // plain substring search.
  char buf[2048];
  const bool lowered = in.text.size() <= sizeof buf;
  const std::string_view lower = lowered ? detail::lower_into(in.text, buf) : std::string_view{};
  std::size_t best = rules_.size();
  best = first_by_text(in, lower, lowered, best);
  if (!hosts_.empty() && !in.host.empty()) {
    std::string_view h = detail::bare_host(in.host);
    for (;;) {  // the host, then each domain above it
      if (const std::vector<std::uint32_t>* v = hosts_.find(h))
        best = first_in(*v, in, lower, lowered, best);
      const std::size_t dot = h.find('.');
      if (dot == std::string_view::npos) break;
      h.remove_prefix(dot + 1);
    }
  }
  if (!by_code_.empty() && in.code < 600)
    best = first_in(by_code_[in.code], in, lower, lowered, best);
  if (!by_status_.empty() && in.status) {
    const unsigned k = in.status->cls == 2   ? 0
                       : in.status->cls == 4 ? 1
                       : in.status->cls == 5 ? 2
                                             : 3;
    if (k < 3) {
      if (in.status->subject < 1000)
        best = first_in(by_status_[k * status_keys + in.status->subject], in, lower, lowered, best);
      best = first_in(by_status_[k * status_keys + 1000], in, lower, lowered, best);
    }
  }
  return first_in(unindexed_, in, lower, lowered, best);
}

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
  const std::size_t i = rules.first_match(in);
  if (i < rules.size()) return {&rules[i], false};
  if (!rules.uses_providers() || in.host.empty()) return {};
  const rule_set& p = provider_profiles();
  const std::size_t j = p.first_match(in);
  return j < p.size() ? rule_match{&p[j], true} : rule_match{};
}

namespace detail {

/// The text of a reply that rules match: a single line's text in place, the
/// texts of several lines joined into `buf` (the raw bytes when they do not fit).
inline std::string_view rule_text(const reply& r, char* buf, std::size_t size) noexcept {
  if (r.line_count <= 1) {
    const reply_lines lines = r.lines();
    const auto it = lines.begin();
    return it != lines.end() ? (*it).body : std::string_view{};
  }
  if (r.text_size() > size) return r.raw;
  return r.text_to(buf, size);
}

/// `a` with the effects of `r`; `rewritten` is the advice for the rewritten
/// reply when `r` rewrites it.
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
    a.why = r.why;
  else if (verdict)
    a.why = operator_rule_why;
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
  char buf[2048];
  const rule_input in{r.code, r.status, command, detail::rule_text(r, buf, sizeof buf),
                      remote_host};
  const rule_match m = find_rule(in, rules);
  if (!m) return advise(r, command);
  if (!m.by->rewrite) return detail::apply_rule(advise(r, command), *m.by);
  reply changed = r;
  changed.status = *m.by->rewrite;
  changed.code = implied_code(r.code, *m.by->rewrite);
  return detail::apply_rule(advise(changed, command), *m.by);
}

/// advise() of a reply given as text (wire bytes, a DSN diagnostic or a log
/// line) with operator rules; text conditions see the whole text.
[[nodiscard]] inline advice advise(std::string_view text, smtp_command command,
                                   const rule_set& rules,
                                   std::string_view remote_host = {}) noexcept {
  const text_match found = find_reply(text);
  const smtp_command c = command != smtp_command::unknown ? command : found.command;
  rule_input in{0, std::nullopt, c, text, remote_host};
  if (found.ok()) {
    in.code = found.value.code;
    in.status = found.value.status;
  } else {
    enhanced_status s{};
    if (detail::status_in_text(text, s)) in.status = s;
  }
  const rule_match m = find_rule(in, rules);
  if (!m) return advise(text, command);
  if (!m.by->rewrite) return detail::apply_rule(advise(text, command), *m.by);
  if (!found.ok())
    return detail::apply_rule(
        detail::decide_status_only(*m.by->rewrite, text, c, detail::default_policy), *m.by);
  reply changed = found.value;
  changed.status = *m.by->rewrite;
  changed.code = implied_code(found.value.code, *m.by->rewrite);
  return detail::apply_rule(advise(changed, c), *m.by);
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
