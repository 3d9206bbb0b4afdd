// How a rule's text and host conditions hold: ASCII case-insensitive
// substrings and globs ("*" any run, "?" one byte) of a reply's text, and
// host or domain suffixes (RFC 1035 §2.3.1 names; a trailing dot is the
// root). Searches are ifind() of text_search.hpp. Private to rules.hpp.
#ifndef SMTPCODES_DETAIL_RULE_TEXT_HPP
#define SMTPCODES_DETAIL_RULE_TEXT_HPP

#include <cstddef>
#include <string_view>

#include "text_search.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

[[nodiscard]] constexpr bool has_wildcard(std::string_view s) noexcept {
  return s.find_first_of("*?") != std::string_view::npos;
}

/// Whether lower-case `seg` ("?" any byte, no "*") stands in `text` at `at`.
[[nodiscard]] constexpr bool segment_at(std::string_view text, std::size_t at,
                                        std::string_view seg) noexcept {
  if (at > text.size() || text.size() - at < seg.size()) return false;
  for (std::size_t k = 0; k < seg.size(); ++k)
    if (seg[k] != '?' && ascii_lower(text[at + k]) != seg[k]) return false;
  return true;
}
/// The first position from `from` where non-empty `seg` stands in `text`, or npos.
[[nodiscard]] constexpr std::size_t find_segment(std::string_view text, std::size_t from,
                                                 std::string_view seg) noexcept {
  if (seg.find('?') == std::string_view::npos) return ifind(text, seg, from);
  for (std::size_t i = from; i <= text.size() && text.size() - i >= seg.size(); ++i)
    if (segment_at(text, i, seg)) return i;
  return npos;
}

/// Whether lower-case glob `pat` matches all of `text`, ASCII letters in any
/// case. The first segment is anchored at the start and the last at the end
/// (unless a star stands there); the ones between are each found as early as
/// they stand, which is enough for "*". O(|text| x |pat|) at worst.
[[nodiscard]] constexpr bool glob_holds(std::string_view text, std::string_view pat) noexcept {
  const std::size_t first_star = pat.find('*');
  if (first_star == std::string_view::npos)
    return text.size() == pat.size() && segment_at(text, 0, pat);
  if (!segment_at(text, 0, pat.substr(0, first_star))) return false;
  std::size_t t = first_star;
  const std::size_t last_star = pat.rfind('*');
  const std::string_view tail = pat.substr(last_star + 1);
  std::string_view middle = pat.substr(first_star + 1, last_star - first_star);
  while (!middle.empty()) {
    const std::size_t star = middle.find('*');
    const std::string_view seg = middle.substr(0, star);
    middle.remove_prefix(star == std::string_view::npos ? middle.size() : star + 1);
    if (seg.empty()) continue;
    const std::size_t at = find_segment(text, t, seg);
    if (at == npos) return false;
    t = at + seg.size();
  }
  return text.size() - t >= tail.size() && segment_at(text, text.size() - tail.size(), tail);
}

/// Whether text condition `cond` (lower case; `glob`: it holds a wildcard)
/// holds: a glob matches all of `text`, anything else is a substring of it.
[[nodiscard]] constexpr bool text_holds(std::string_view text, std::string_view cond,
                                        bool glob) noexcept {
  return glob ? glob_holds(text, cond) : ifind(text, cond) != npos;
}

/// The longest run of `pat` without a wildcard.
[[nodiscard]] constexpr std::string_view longest_literal(std::string_view pat) noexcept {
  std::string_view best;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= pat.size(); ++i) {
    if (i == pat.size() || pat[i] == '*' || pat[i] == '?') {
      if (i - start > best.size()) best = pat.substr(start, i - start);
      start = i + 1;
    }
  }
  return best;
}

/// A host without a trailing dot.
[[nodiscard]] constexpr std::string_view bare_host(std::string_view host) noexcept {
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  return host;
}
/// Whether host condition `pat` (lower case, bare; `glob`: it holds a
/// wildcard) holds for `host`: a glob matches the whole host;
/// ".example.com" every host below example.com; "example.com" example.com
/// itself and every host below it.
[[nodiscard]] constexpr bool host_holds(std::string_view host, std::string_view pat,
                                        bool glob) noexcept {
  host = bare_host(host);
  if (glob) return glob_holds(host, pat);
  const bool below_only = !pat.empty() && pat.front() == '.';
  if (below_only) pat.remove_prefix(1);
  if (host.size() < pat.size() || !istarts_with(host.substr(host.size() - pat.size()), pat))
    return false;
  if (host.size() == pat.size()) return !below_only;
  return host[host.size() - pat.size() - 1] == '.';
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
