// The judgement of `smtp-explain postfix-filter`: what a key of Postfix's
// smtp_delivery_status_filter ("ENHANCED-STATUS TEXT", postconf(5)) becomes.
// Operator rules first; then three conservative built-in rewrites (docs/postfix.md):
// dead-address (4xx -> 5.1.1), recipient-limit-552 (RFC 5321 §4.5.3.1.10) and
// temporary-5xx (5xx -> 4.x.x). RFC 3463 §2 (status classes). Deciding allocates nothing.
#ifndef SMTP_EXPLAIN_STATUS_FILTER_HPP
#define SMTP_EXPLAIN_STATUS_FILTER_HPP

#include <smtpcodes/advice.hpp>
#include <smtpcodes/enhanced_status.hpp>
#include <smtpcodes/find_reply.hpp>
#include <smtpcodes/rules.hpp>

#include "filter_tag.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace smtp_explain::status_filter {

using smtpcodes::enhanced_status;

/// The built-in rewrites, by the name logs and tags give them.
enum class builtin : std::uint8_t { none, dead_address, recipient_limit_552, temporary_5xx };

[[nodiscard]] constexpr std::string_view to_string(builtin b) noexcept {
  switch (b) {
    case builtin::none:
      return "none";
    case builtin::dead_address:
      return "dead-address";
    case builtin::recipient_limit_552:
      return "recipient-limit-552";
    case builtin::temporary_5xx:
      return "temporary-5xx";
  }
  return "unknown";
}

// The wordings the built-in rewrites look for, lower case, matched
// case-insensitively in the server's reply (from its code to before
// Postfix's "(in reply to ... command)").

/// Postfix smtpd's own words for "this table has no such address": the lookup
/// worked and found nothing (a failed lookup says "Temporary lookup failure").
/// A 4xx with them comes from soft_bounce or a 450 unknown_*_reject_code.
inline constexpr std::string_view dead_address_wordings[] = {
    "user unknown in local recipient table",  // local_recipient_maps
    "user unknown in virtual mailbox table",  // virtual_mailbox_maps
    "user unknown in virtual alias table",    // virtual_alias_maps
    "user unknown in relay recipient table",  // relay_recipient_maps
};
/// Any of these keeps a 4xx as it is, dead-address wording or not: the
/// address was not checked now (address verification, a cached probe result)
/// or the server itself says the failure may pass.
inline constexpr std::string_view doubt_wordings[] = {
    "verif", "try again", "later", "temporar", "lookup fail", "timeout", "timed out", "not yet",
};
/// A 5xx with one of these says the condition is temporary.
inline constexpr std::string_view temporary_wordings[] = {
    // The server says so.
    "try again later",
    "try later",
    "retry later",
    "please try again",
    "try again in ",
    "come back later",
    "temporarily",
    "temporary",
    // Greylisting.
    "greylist",
    "graylist",
    "grey list",
    "gray list",
    "grey-list",
    "gray-list",
    // Rate and connection limits.
    "rate limit",
    "ratelimit",
    "rate-limit",
    "too many connections",
    "too many concurrent",
    "receiving mail at a rate",
    "receiving mail too quickly",
    "throttl",
};
/// Any of these keeps a 5xx as it is, temporary wording or not.
inline constexpr std::string_view permanent_wordings[] = {
    "permanent",   "not try again", "don't try again", "not retry",
    "don't retry", "not succeed",   "won't succeed",
};

namespace detail {

[[nodiscard]] constexpr char lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// A text in lower case, for searching lower-case wordings: copied into a
/// stack buffer when it fits (then each search is a plain find()), else
/// compared byte by byte, folding as it goes.
class folded_text {
 public:
  explicit constexpr folded_text(std::string_view text) noexcept : text_(text) {
    if (text.size() > sizeof buffer_) return;
    for (std::size_t i = 0; i < text.size(); ++i) buffer_[i] = lower(text[i]);
    lowered_ = true;
  }
  [[nodiscard]] constexpr bool contains(std::string_view needle) const noexcept {
    if (lowered_)
      return std::string_view(buffer_, text_.size()).find(needle) != std::string_view::npos;
    if (needle.size() > text_.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= text_.size(); ++i) {
      std::size_t k = 0;
      while (k < needle.size() && lower(text_[i + k]) == needle[k]) ++k;
      if (k == needle.size()) return true;
    }
    return false;
  }
  [[nodiscard]] constexpr std::string_view text() const noexcept { return text_; }
  template <std::size_t N>
  [[nodiscard]] constexpr bool contains_any(const std::string_view (&wordings)[N]) const noexcept {
    for (const std::string_view w : wordings)
      if (contains(w)) return true;
    return false;
  }

 private:
  std::string_view text_;
  char buffer_[1024] = {};
  bool lowered_ = false;
};

/// The remote host Postfix names in "host NAME[ADDR] said: ..." or "host
/// NAME[ADDR] refused to talk to me: ...", or empty.
[[nodiscard]] constexpr std::string_view remote_host(std::string_view text) noexcept {
  if (text.substr(0, 5) != "host ") return {};
  text.remove_prefix(5);
  const std::size_t end = text.find_first_of("[ ");
  if (end == std::string_view::npos || end == 0 || text[end] != '[') return {};
  return text.substr(0, end);
}

/// The server's reply in the text: from its code (at `position`) to before
/// Postfix's " (in reply to ... command)".
[[nodiscard]] constexpr std::string_view reply_part(std::string_view text,
                                                    std::size_t position) noexcept {
  std::string_view said = text.substr(position < text.size() ? position : text.size());
  const std::size_t marker = said.rfind(" (in reply to ");
  return marker == std::string_view::npos ? said : said.substr(0, marker);
}

[[nodiscard]] constexpr bool is_status_shaped(std::string_view token) noexcept {
  // D.D+.D+ : what Postfix sends; parse_enhanced_status() then checks RFC 3463.
  if (token.size() < 5 || token[0] < '0' || token[0] > '9' || token[1] != '.') return false;
  std::size_t dots = 1;
  for (std::size_t i = 2; i < token.size(); ++i) {
    if (token[i] == '.') {
      if (token[i - 1] == '.') return false;
      ++dots;
    } else if (token[i] < '0' || token[i] > '9') {
      return false;
    }
  }
  return dots == 2 && token.back() != '.';
}

}  // namespace detail

/// How the filter answers a key.
enum class verdict : std::uint8_t {
  keep,     ///< NOTFOUND: Postfix keeps its own status
  rewrite,  ///< OK with `to` and the text
  bad_key,  ///< the key is not "ENHANCED-STATUS TEXT": the map is used for something else
};

/// The filter's answer for one key. Views point into the key or the rules.
struct decision {
  verdict what = verdict::keep;
  enhanced_status from{};                    ///< the key's status (when it was read)
  enhanced_status to{};                      ///< the new status (rewrite)
  builtin by_builtin = builtin::none;        ///< the built-in rewrite that decided
  const smtpcodes::rule* by_rule = nullptr;  ///< the operator rule that decided (also keep)
  std::string_view text;                     ///< the key's explanatory text
  bool refused = false;  ///< the rule asked for a 2.x.x <-> 4/5.x.x change Postfix refuses
};

/// The status class an operator rule's action implies, or 0 when it implies none.
[[nodiscard]] constexpr std::uint8_t class_of(smtpcodes::action a) noexcept {
  using smtpcodes::action;
  switch (a) {
    case action::give_up:
      return 5;
    case action::retry_later:
    case action::retry_new_transaction:
    case action::try_next_host:
      return 4;
    default:
      return 0;
  }
}

namespace detail {

/// The first operator rule that matched decides: its `rewrite`, else the
/// class its `action` implies (subject and detail kept), else no change.
inline decision apply_rule(decision d, const smtpcodes::rule& r) noexcept {
  d.by_rule = &r;
  enhanced_status to = d.from;
  if (r.rewrite) {
    to = *r.rewrite;
  } else if (r.what) {
    const std::uint8_t cls = class_of(*r.what);
    if (cls != 0) to.cls = cls;
  }
  if ((to.cls == 2) != (d.from.cls == 2)) {
    d.refused = true;
    return d;
  }
  if (to != d.from) {
    d.what = verdict::rewrite;
    d.to = to;
  }
  return d;
}

inline decision apply_builtins(decision d, const smtpcodes::text_match& found) noexcept {
  using smtpcodes::smtp_command;
  // Only a remote server's reply is judged: Postfix's own statuses (DNS,
  // connection, TLS) stay, and so does a reply whose class another filter changed.
  if (!found.ok() || found.value.code / 100 != d.from.cls) return d;
  const smtpcodes::reply& r = found.value;
  const folded_text said(reply_part(d.text, found.position));
  if (d.from.cls == 4) {
    const bool status_fits =
        d.from == enhanced_status{4, 1, 1} || d.from == enhanced_status{4, 0, 0};
    if (found.command == smtp_command::rcpt && status_fits &&
        said.contains_any(dead_address_wordings) && !said.contains_any(doubt_wordings) &&
        smtpcodes::is_hard_reason(smtpcodes::advise(r, found.command).reason)) {
      d.what = verdict::rewrite;
      d.to = enhanced_status{5, 1, 1};
      d.by_builtin = builtin::dead_address;
    }
    return d;
  }
  const bool limit_552 = r.code == 552 && found.command == smtp_command::rcpt;
  const bool temporary =
      said.contains_any(temporary_wordings) && !said.contains_any(permanent_wordings);
  if (!limit_552 && !temporary) return d;
  // A 5xx whose status, wording or advice says the address is dead stays.
  const smtpcodes::advice a = smtpcodes::advise(r, found.command);
  if (smtpcodes::is_hard_reason(a.reason) ||
      smtpcodes::is_hard_reason(smtpcodes::reason_from_status(d.from)) ||
      smtpcodes::is_hard_reason(smtpcodes::reason_from_text(said.text())))
    return d;
  if (limit_552 && (a.what == smtpcodes::action::retry_new_transaction ||
                    a.what == smtpcodes::action::retry_later)) {
    d.what = verdict::rewrite;
    d.to = a.reason == smtpcodes::bounce_reason::too_many_recipients
               ? enhanced_status{4, 5, 3}
               : enhanced_status{4, d.from.subject, d.from.detail};
    d.by_builtin = builtin::recipient_limit_552;
  } else if (temporary) {
    d.what = verdict::rewrite;
    d.to = enhanced_status{4, d.from.subject, d.from.detail};
    d.by_builtin = builtin::temporary_5xx;
  }
  return d;
}

}  // namespace detail

/// The answer for `key` ("ENHANCED-STATUS TEXT"): the first rule of `rules`
/// that matches decides (provider profiles are not used: they advise a queue,
/// they do not rewrite); when none does and `builtins`, the built-in
/// rewrites. Success statuses (2.x.x) are never changed.
[[nodiscard]] inline decision decide(std::string_view key, const smtpcodes::rule_set& rules,
                                     bool builtins = true) noexcept {
  decision d;
  const std::size_t space = key.find(' ');
  const std::string_view token = key.substr(0, space);
  if (space == std::string_view::npos || space + 1 == key.size() ||
      !detail::is_status_shaped(token)) {
    d.what = verdict::bad_key;
    return d;
  }
  d.text = key.substr(space + 1);
  const std::optional<enhanced_status> status = smtpcodes::parse_enhanced_status(token);
  // Status-shaped but not RFC 3463 (a leading zero, class 3): no judgement.
  if (!status || status->cls == 2) return d;
  d.from = *status;
  const smtpcodes::text_match found = smtpcodes::find_reply(d.text);
  smtpcodes::rule_input in;
  in.code = found.ok() ? found.value.code : 0;
  in.status = d.from;
  in.command = found.command;
  in.text = d.text;
  in.host = detail::remote_host(d.text);
  if (!rules.empty()) {
    const std::size_t i = rules.first_match(in);
    if (i < rules.size()) return detail::apply_rule(d, rules[i]);
  }
  return builtins ? detail::apply_builtins(d, found) : d;
}

/// Who decided, for the tag and the log: "built-in dead-address" or
/// `rule "NAME"` (the name in printable ASCII without quotes or parentheses).
inline std::string decided_by(const decision& d) {
  if (d.by_rule == nullptr) return "built-in " + std::string(to_string(d.by_builtin));
  std::string name;
  for (const char c : d.by_rule->name) {
    if (name.size() >= 64) break;
    const bool plain = c >= ' ' && c <= '~' && c != '"' && c != '(' && c != ')';
    name += plain ? c : '_';
  }
  return "rule \"" + name + "\"";
}

/// The value of an OK reply: the new status, the key's text and a tag saying
/// what changed, " (smtpcodes: was 4.1.1, built-in dead-address)" (filter_tag.hpp
/// reads it back).
inline std::string rewritten_value(const decision& d) {
  std::string v(smtpcodes::to_chars(d.to).view());
  v += ' ';
  v += d.text;
  v += filter_tag::opening;
  v += smtpcodes::to_chars(d.from).view();
  v += ", ";
  v += decided_by(d);
  v += ')';
  return v;
}

}  // namespace smtp_explain::status_filter

#endif
