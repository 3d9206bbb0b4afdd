// Building a rule_set: which rules are refused, how a rule's conditions are
// compiled into the set's pools, and which index each rule is filed in.
// Included by rule_set.hpp only.
#ifndef SMTPCODES_DETAIL_RULE_SET_BUILD_HPP
#define SMTPCODES_DETAIL_RULE_SET_BUILD_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "rule_set.hpp"

namespace smtpcodes {
inline namespace v1 {

inline std::string rule_set::check(const rule& r) const {
  constexpr std::size_t most = 0xFFFF;
  if (rules_.size() >= 0xFFFFFFFEu) return "a rule set holds fewer than 2^32 - 1 rules";
  if (r.codes.size() > most || r.statuses.size() > most || r.hosts.size() > most ||
      r.texts.size() > most)
    return "a condition lists at most 65535 entries";
  std::size_t bytes = chars_.size();
  for (const std::string& t : r.texts) {
    if (t.find_first_not_of('*') == std::string::npos)
      return "a text condition must contain something besides '*'";
    bytes += t.size();
  }
  for (const std::string& h : r.hosts) {
    const std::string_view bare = detail::bare_host(h);
    if (bare.empty() || bare == ".") return "a host condition must name a host or domain";
    bytes += h.size();
  }
  if (bytes > 0xFFFFFFFFu) return "the text and host conditions of a rule set exceed 4 GiB";
  if (!r.regex.empty() && !r.regex_match)
    return "the regex condition needs a regular-expression engine (rules_pcre2.hpp)";
  if (r.delay && r.delay->count() <= 0) return "the delay must be longer than zero";
  if (r.rewrite && r.rewrite->cls != 2 && r.rewrite->cls != 4 && r.rewrite->cls != 5)
    return "the rewritten status must have class 2, 4 or 5";
  if ((r.throttle.target == throttle_target::none) != (r.throttle.duration.count() <= 0))
    return "a throttle needs both a target (host or domain) and a duration longer than zero";
  return {};
}

// The lists of `r` appended to the pools; hosts and texts in lower case.
inline detail::rule_conditions rule_set::compile(const rule& r) {
  detail::rule_conditions c;
  const auto count = [](std::size_t n) { return static_cast<std::uint16_t>(n); };
  const auto pool = [this](std::string_view s, bool text) {
    const std::size_t at = chars_.size();
    chars_ += s;
    for (std::size_t i = at; i < chars_.size(); ++i) chars_[i] = detail::ascii_lower(chars_[i]);
    const bool glob = detail::has_wildcard(s);
    pooled_.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(s.size()), glob,
                       static_cast<std::uint32_t>(glob_pieces_.size())});
    if (glob && text) glob_pieces_.push_back(detail::pieces_needed(text_of(pooled_.back())));
  };
  c.codes = static_cast<std::uint32_t>(codes_.size());
  c.code_count = count(r.codes.size());
  codes_.insert(codes_.end(), r.codes.begin(), r.codes.end());
  c.statuses = static_cast<std::uint32_t>(statuses_.size());
  c.status_count = count(r.statuses.size());
  statuses_.insert(statuses_.end(), r.statuses.begin(), r.statuses.end());
  c.hosts = static_cast<std::uint32_t>(pooled_.size());
  c.host_count = count(r.hosts.size());
  for (const std::string& h : r.hosts) pool(detail::bare_host(h), false);
  c.texts = static_cast<std::uint32_t>(pooled_.size());
  c.text_count = count(r.texts.size());
  for (const std::string& t : r.texts) pool(t, true);
  c.commands = r.commands;
  c.regex = r.regex_match.get();  // kept alive by the rule's shared_ptr
  return c;
}

// Files rule `n` in one index, the first that applies: under its host
// suffixes when none is a glob (a rule for one host concerns few replies);
// under a four-byte piece of each text condition when each has a literal of
// four bytes or more; under its code patterns; under its status patterns
// (a whole status, or its class and subject); else in the short list
// checked rule by rule.
inline void rule_set::file(std::uint32_t n) {
  const detail::rule_conditions& c = conditions_[n];
  const auto pooled = [this](std::uint32_t first, std::uint16_t k) {
    return text_of(pooled_[first + k]);
  };
  bool by_host = c.host_count != 0;
  for (std::uint16_t k = 0; k < c.host_count; ++k) {
    std::string_view h = pooled(c.hosts, k);
    if (h.front() == '.') h.remove_prefix(1);
    by_host = by_host && !pooled_[c.hosts + k].glob &&
              std::count(h.begin(), h.end(), '.') < std::ptrdiff_t{detail::host_key_labels};
  }
  if (by_host) {
    for (std::uint16_t k = 0; k < c.host_count; ++k) {
      std::string_view h = pooled(c.hosts, k);
      if (h.front() == '.') h.remove_prefix(1);
      hosts_.add({detail::host_key(h, 0), n, 0, 0, 0});
    }
    return;
  }
  const auto literal = [&](std::uint16_t k) {
    return pooled_[c.texts + k].glob ? detail::longest_literal(pooled(c.texts, k))
                                     : pooled(c.texts, k);
  };
  bool by_text = c.text_count != 0;
  for (std::uint16_t k = 0; k < c.text_count; ++k) by_text = by_text && literal(k).size() >= 4;
  if (by_text) {
    for (std::uint16_t k = 0; k < c.text_count; ++k) {
      // The piece whose key has the fewest rules, so that no key gathers
      // many; of those, the one likely to be met in the fewest texts.
      const std::string_view lit = literal(k);
      std::size_t best = 0, least = ~std::size_t{0};
      unsigned rarest = ~0u;
      for (std::size_t o = 0; o + 4 <= lit.size() && o <= 0xFFFF; ++o) {
        const std::size_t crowd =
            texts_.count(detail::piece_key(lit, o), least == ~std::size_t{0} ? least : least + 1);
        const unsigned common = detail::piece_commonness(lit, o);
        if (crowd < least || (crowd == least && common < rarest))
          least = crowd, rarest = common, best = o;
      }
      const std::uint32_t text = c.texts + k;
      texts_.add({detail::piece_key(lit, best), n, text, static_cast<std::uint16_t>(best),
                  static_cast<std::uint8_t>(pooled_[text].glob ? 1 : 0)});
    }
    return;
  }
  // A code pattern has one key when it is a class, a ten or one code, and a
  // key per code when it spans under a hundred; a wider one is not filed.
  bool by_code = c.code_count != 0;
  for (std::uint16_t k = 0; k < c.code_count; ++k) {
    const code_pattern& p = codes_[c.codes + k];
    by_code = by_code && p.low <= p.high && p.high - p.low < 100;
  }
  if (by_code) {
    for (std::uint16_t k = 0; k < c.code_count; ++k) {
      const code_pattern p = codes_[c.codes + k];
      if (p.low % 100 == 0 && p.high == p.low + 99)
        keys_.add({detail::class_key(p.low), n, 0, 0, 0});
      else if (p.low % 10 == 0 && p.high == p.low + 9)
        keys_.add({detail::tens_key(p.low), n, 0, 0, 0});
      else
        for (unsigned code = p.low; code <= p.high; ++code)
          keys_.add({detail::code_key(code), n, 0, 0, 0});
    }
    return;
  }
  const auto part = [](int v, unsigned any) { return v < 0 ? any : static_cast<unsigned>(v); };
  bool by_status = c.status_count != 0;
  for (std::uint16_t k = 0; k < c.status_count; ++k) {
    const status_pattern& p = statuses_[c.statuses + k];
    by_status = by_status && p.cls < int{detail::any_class} && p.subject < int{detail::any_subject};
  }
  if (by_status) {
    for (std::uint16_t k = 0; k < c.status_count; ++k) {
      const status_pattern& p = statuses_[c.statuses + k];
      const bool whole = p.cls >= 0 && p.subject >= 0 && p.detail >= 0 && p.detail < 1024 &&
                         p.detail == p.detail_last;
      keys_.add({whole ? detail::status_key(part(p.cls, 0), part(p.subject, 0), part(p.detail, 0))
                       : detail::status_key(part(p.cls, detail::any_class),
                                            part(p.subject, detail::any_subject)),
                 n, 0, 0, 0});
    }
    return;
  }
  unindexed_.push_back(n);
}

}  // namespace v1
}  // namespace smtpcodes

#endif
