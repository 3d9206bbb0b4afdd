// rule_set: operator rules in order, their conditions compiled into flat
// arrays and each rule filed in one index of rule_index.hpp, so that the
// first rule that matches a reply is found without checking every rule.
// Public name, included through rules.hpp; adding allocates, matching not.
#ifndef SMTPCODES_DETAIL_RULE_SET_HPP
#define SMTPCODES_DETAIL_RULE_SET_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "config.hpp"
#include "rule_index.hpp"
#include "rule_text.hpp"
#include "rule_types.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// A host or text condition in a rule_set's character pool: lower case, a
/// host without its trailing dots; for a glob text condition, where the
/// pieces it needs are.
struct pooled_text {
  std::uint32_t at, size;
  bool glob;
  std::uint32_t pieces;
};

/// A rule's conditions as matching reads them: where each list starts in
/// the set's pools and how long it is.
struct rule_conditions {
  std::uint32_t codes = 0, statuses = 0, hosts = 0, texts = 0;
  std::uint16_t code_count = 0, status_count = 0, host_count = 0, text_count = 0;
  command_set commands;
  const regex_matcher* regex = nullptr;
};

/// A rule_input with the keys the indexes are asked for: its code, ten and
/// class; its status, and its status class and subject, each also as "any";
/// its host and the domains above it, shortest first.
struct rule_probe {
  explicit rule_probe(const rule_input& input) noexcept : in(input) {
    if (in.code <= 0xFFFF) {
      keys[key_count++] = code_key(in.code);
      keys[key_count++] = tens_key(in.code);
      keys[key_count++] = class_key(in.code);
    }
    if (in.status) {
      const unsigned c = in.status->cls, s = in.status->subject, d = in.status->detail;
      if (c < any_class && s < any_subject && d < 1024) keys[key_count++] = status_key(c, s, d);
      if (c < any_class && s < any_subject) keys[key_count++] = status_key(c, s);
      if (c < any_class) keys[key_count++] = status_key(c, any_subject);
      if (s < any_subject) keys[key_count++] = status_key(any_class, s);
      keys[key_count++] = status_key(any_class, any_subject);
    }
    const std::string_view h = bare_host(in.host);
    for (std::size_t i = h.size(); i-- > 0 && host_count < host_key_labels;)
      if (h[i] == '.') host_keys[host_count++] = host_key(h, i + 1);
    if (!h.empty() && host_count < host_key_labels) host_keys[host_count++] = host_key(h, 0);
  }
  rule_input in;
  std::uint32_t keys[8];
  std::size_t key_count = 0;
  std::uint32_t host_keys[host_key_labels];
  std::size_t host_count = 0;
};

}  // namespace detail

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
    const auto number = static_cast<std::uint32_t>(rules_.size());
    conditions_.push_back(compile(r));
    rules_.push_back(std::move(r));
    file(number);
    return {};
  }
  /// Makes room for `n` rules in all, so that adding them moves no rule.
  void reserve(std::size_t n) {
    rules_.reserve(n);
    conditions_.reserve(n);
  }
  [[nodiscard]] std::size_t size() const noexcept { return rules_.size(); }
  [[nodiscard]] bool empty() const noexcept { return rules_.empty(); }
  [[nodiscard]] const rule& operator[](std::size_t i) const noexcept { return rules_[i]; }
  [[nodiscard]] std::vector<rule>::const_iterator begin() const noexcept { return rules_.begin(); }
  [[nodiscard]] std::vector<rule>::const_iterator end() const noexcept { return rules_.end(); }

  /// Whether the built-in provider profiles apply after these rules (default: yes).
  [[nodiscard]] bool uses_providers() const noexcept { return providers_; }
  void use_providers(bool on) noexcept { providers_ = on; }

  /// Whether rule `i` matches `in`, checked alone.
  [[nodiscard]] bool matches(std::size_t i, const rule_input& in) const noexcept {
    return holds(i, in, false);
  }
  /// The index of the first rule that matches `in`, or size() when none does.
  [[nodiscard]] std::size_t first_match(const rule_input& in) const noexcept {
    return first_match(detail::rule_probe(in));
  }
  [[nodiscard]] std::size_t first_match(const detail::rule_probe& p) const noexcept;

 private:
  // Whether rule `n`'s conditions hold; its text conditions are taken as
  // holding when `text_known` (the caller found one that does).
  [[nodiscard]] bool holds(std::size_t n, const rule_input& in, bool text_known) const noexcept {
    const detail::rule_conditions& c = conditions_[n];
    if (c.code_count != 0 && !any_of(codes_, c.codes, c.code_count,
                                     [&](const code_pattern& p) { return p.matches(in.code); }))
      return false;
    if (c.status_count != 0 &&
        (!in.status || !any_of(statuses_, c.statuses, c.status_count,
                               [&](const status_pattern& p) { return p.matches(*in.status); })))
      return false;
    if (!c.commands.empty() && !c.commands.has(in.command)) return false;
    if (c.host_count != 0 &&
        !any_of(pooled_, c.hosts, c.host_count, [&](const detail::pooled_text& h) {
          return detail::host_holds(in.host, text_of(h), h.glob);
        }))
      return false;
    if (!text_known && c.text_count != 0 &&
        !any_of(pooled_, c.texts, c.text_count, [&](const detail::pooled_text& t) {
          return detail::text_holds(in.text, text_of(t), t.glob);
        }))
      return false;
    return c.regex == nullptr || c.regex->matches(in.text);
  }
  template <typename T, typename Pred>
  static bool any_of(const std::vector<T>& pool, std::uint32_t from, std::uint16_t count,
                     const Pred& pred) noexcept {
    for (std::size_t i = from; i < from + std::size_t{count}; ++i)
      if (pred(pool[i])) return true;
    return false;
  }
  [[nodiscard]] std::string_view text_of(const detail::pooled_text& t) const noexcept {
    return {chars_.data() + t.at, t.size};
  }

  // One pass over the text (rule_set_match.hpp) and what it keeps.
  struct text_pass {
    text_pass(const detail::rule_probe& probe, std::size_t first) noexcept
        : p(probe), best(first) {}
    const detail::rule_probe& p;
    std::size_t best;
    detail::piece_set held;       // every piece of the text
    detail::rule_cell globs[16];  // the glob conditions met, each once
    std::size_t glob_count = 0;
    std::uint64_t glob_bits = 0;  // bit `text % 64` of each kept
  };
  [[nodiscard]] std::size_t first_by_text(const detail::rule_probe& p,
                                          std::size_t best) const noexcept;
  [[nodiscard]] bool glob_holds(const text_pass& pass, const detail::rule_cell& c) const noexcept;

  std::string check(const rule& r) const;
  detail::rule_conditions compile(const rule& r);
  void file(std::uint32_t n);

  std::vector<rule> rules_;
  std::vector<detail::rule_conditions> conditions_;  // one per rule
  std::vector<code_pattern> codes_;                  // the pools the conditions point into
  std::vector<status_pattern> statuses_;
  std::vector<detail::pooled_text> pooled_;
  std::string chars_;
  std::vector<detail::piece_set> glob_pieces_;  // what each glob text condition needs
  detail::rule_table texts_;                    // rules by a four-byte piece of each text condition
  detail::rule_table hosts_;                    // by host suffix
  detail::rule_table keys_;                     // by code, ten, class; by status class and subject
  std::vector<std::uint32_t> unindexed_;
  bool providers_ = true;
};

}  // namespace v1
}  // namespace smtpcodes

#include "rule_set_build.hpp"
#include "rule_set_match.hpp"

#endif
