// What an operator rule is: its conditions (code_pattern, status_pattern and
// their parsers, the regex_matcher interface), the rule itself and the
// rule_input it is matched against. RFC 5321 §4.2 (code classes), RFC 3463
// §2 (status grammar). Public names, included through rules.hpp.
#ifndef SMTPCODES_DETAIL_RULE_TYPES_HPP
#define SMTPCODES_DETAIL_RULE_TYPES_HPP

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../advice.hpp"
#include "../enhanced_status.hpp"

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

/// What a rule or rule_set is matched against. `text` is the reply's text:
/// its lines' texts without codes and enhanced statuses, joined by spaces
/// (advise() with rules passes that of the reply it found in a log line or
/// DSN diagnostic, and the whole text only when it holds no reply); `host`
/// the remote host or the recipient's domain, empty when unknown.
struct rule_input {
  unsigned code = 0;
  std::optional<enhanced_status> status;
  smtp_command command = smtp_command::unknown;
  std::string_view text;
  std::string_view host;
};

}  // namespace v1
}  // namespace smtpcodes

#endif
