// Where a reply stands in free text (a DSN Diagnostic-Code value or a mail
// log line) and what surrounds it: the reply's start (a code where a reply
// may begin, not a port, an address or a time), its end (before Postfix's
// "(in reply to ...)" and "; from=<...>"), and the command the text names
// (Postfix "in reply to RCPT TO command", "NOQUEUE: reject: RCPT from", Exim
// "after RCPT TO:", "refused to talk to me").
#ifndef SMTPCODES_DETAIL_LOG_MARKERS_HPP
#define SMTPCODES_DETAIL_LOG_MARKERS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../command.hpp"
#include "config.hpp"
#include "simd.hpp"
#include "status_text.hpp"
#include "text_search.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

using namespace std::string_view_literals;  // table strings: no strlen at compile time

struct command_phrase {
  std::string_view phrase;  // lower case, as logs word it after "in reply to" / "after"
  smtp_command command;
};
// Longer phrases first where one is a prefix of another's context.
inline constexpr command_phrase command_phrases[] = {
    {"rcpt"sv, smtp_command::rcpt},
    {"pipelined rcpt"sv, smtp_command::rcpt},
    {"mail"sv, smtp_command::mail},
    {"pipelined mail"sv, smtp_command::mail},
    {"end of data"sv, smtp_command::end_of_data},
    {"pipelined end of data"sv, smtp_command::end_of_data},
    {"end-of-message"sv, smtp_command::end_of_data},
    {"data"sv, smtp_command::data},
    {"pipelined data"sv, smtp_command::data},
    {"bdat"sv, smtp_command::bdat},
    {"ehlo"sv, smtp_command::ehlo},
    {"helo"sv, smtp_command::helo},
    {"starttls"sv, smtp_command::starttls},
    {"auth"sv, smtp_command::auth},
    {"quit"sv, smtp_command::quit},
    {"rset"sv, smtp_command::rset},
    {"vrfy"sv, smtp_command::vrfy},
    {"etrn"sv, smtp_command::etrn},
    {"initial connection"sv, smtp_command::connect},
    {"initial greeting"sv, smtp_command::connect},
    {"connect"sv, smtp_command::connect},
};

/// The command named at the start of `s` ("RCPT TO command)", "end of data:").
[[nodiscard]] constexpr smtp_command command_at(std::string_view s) noexcept {
  for (const command_phrase& p : command_phrases) {
    if (!istarts_with(s, p.phrase)) continue;
    const std::size_t n = p.phrase.size();
    const bool word_end =
        s.size() == n || !((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'));
    if (word_end) return p.command;
  }
  return smtp_command::unknown;
}

/// Where the markers command_in_text() looks for stand in `before`: the last
/// "reject: ", the last "after " and whether "refused to talk to me" occurs.
struct command_markers {
  std::size_t reject = npos;
  std::size_t after = npos;
  bool refused = false;
};

/// Records the marker that holds the pair of letters at `i` ("afTer ",
/// "reJEct: ", "reFUsed to talk to me"), if it is there.
constexpr void note_marker(std::string_view t, std::size_t i, command_markers& m) noexcept {
  const char c = ascii_lower(t[i]);
  if (c == 'j') {
    if (i >= 2 && istarts_with(view_from(t, i - 2), "reject: ")) m.reject = i - 2;
  } else if (ascii_lower(t[i + 1]) == 't') {
    if (i >= 1 && istarts_with(view_from(t, i - 1), "after ")) m.after = i - 1;
  } else if (i >= 2 && istarts_with(view_from(t, i - 2), "refused to talk to me")) {
    m.refused = true;
  }
}

/// find_markers() at run time for texts of 17 bytes or more: 32 or 16
/// positions at a time, by their first letter alone ('j' or 'f', rare in log
/// lines); the last block is the 16 bytes before the text's last, shifted.
inline void find_markers_fast(std::string_view t, command_markers& m) noexcept {
  const auto note = [&t, &m](std::size_t at) {
    const char next = ascii_lower(t[at + 1]);
    if (ascii_lower(t[at]) == 'j' ? next == 'e' : next == 't' || next == 'u') note_marker(t, at, m);
  };
  const std::size_t end = t.size() - 1;  // pair starts: [0, end)
  std::size_t i = 0;
  for (; i + 32 <= end; i += 32) {
    std::uint32_t hits = simd::native::marker_letters16(t.data() + i) |
                         simd::native::marker_letters16(t.data() + i + 16) << 16;
    for (; hits != 0; hits &= hits - 1) note(i + simd::first_bit(hits));
  }
  for (; i < end; i += 16) {
    const std::size_t b = i + 16 > end ? end - 16 : i;
    for (std::uint32_t hits = simd::native::marker_letters16(t.data() + b) >> (i - b); hits != 0;
         hits &= hits - 1)
      note(i + simd::first_bit(hits));
  }
}

/// One pass over `t` for the markers (instead of one search per marker),
/// through letter pairs that are rare in log lines: "je", "ft" and "fu".
[[nodiscard]] constexpr command_markers find_markers(std::string_view t) noexcept {
  command_markers m;
  if (t.size() < 2) return m;
  if (SMTPCODES_RUN_FAST() && t.size() >= 17) {
    find_markers_fast(t, m);
    return m;
  }
  const std::size_t end = t.size() - 1;  // pair starts: [0, end)
  for (std::size_t i = 0; i < end; ++i) {
    const char a = ascii_lower(t[i]);
    const char b = ascii_lower(t[i + 1]);
    if ((a == 'j' && b == 'e') || (a == 'f' && (b == 't' || b == 'u'))) note_marker(t, i, m);
  }
  return m;
}

/// The command a log line or DSN names around a reply found at `at`;
/// `in_reply` is where the first "in reply to " after the reply is, or npos.
[[nodiscard]] constexpr smtp_command command_in_text(std::string_view text, std::size_t at,
                                                     std::size_t in_reply) noexcept {
  // Postfix client: "... (in reply to RCPT TO command)".
  if (in_reply != npos) {
    const smtp_command c = command_at(view_from(text, in_reply + 12));
    if (c != smtp_command::unknown) return c;
  }
  const std::string_view before = view_of(text, 0, at);
  const command_markers m = find_markers(before);
  // Postfix server: "NOQUEUE: reject: RCPT from host[addr]: 554 ...".
  if (m.reject != npos) {
    const smtp_command c = command_at(view_from(before, m.reject + 8));
    if (c != smtp_command::unknown) return c;
  }
  // Exim: "SMTP error from remote mail server after RCPT TO:<a@b>: 550 ...".
  if (m.after != npos) {
    const smtp_command c = command_at(view_from(before, m.after + 6));
    if (c != smtp_command::unknown) return c;
  }
  // Postfix client, greeting: "host x[addr] refused to talk to me: 554 ...".
  if (m.refused) return smtp_command::connect;
  return smtp_command::unknown;
}

[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr bool is_code_at(std::string_view t,
                                                                std::size_t i) noexcept {
  if (i + 3 > t.size()) return false;
  if (t[i] < '1' || t[i] > '5' || t[i + 1] < '0' || t[i + 1] > '5' || !is_digit(t[i + 2]))
    return false;
  if (i + 3 < t.size()) {
    const char sep = t[i + 3];
    if (sep != ' ' && sep != '-' && sep != '\t' && sep != '\r' && sep != '\n') return false;
  }
  if (i == 0) return true;
  const char prev = t[i - 1];
  return prev == ' ' || prev == '\t' || prev == ':' || prev == ';' || prev == '"' || prev == '\'' ||
         prev == '(' || prev == '\n';
}

/// Whether a code candidate at `i` is a reply: at the start of the text, after
/// ":" or ";" (not a port such as "]:25"), or followed by an enhanced status
/// of the same class. IP addresses, versions and queue ids never qualify.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr bool is_reply_start(std::string_view t,
                                                                    std::size_t i) noexcept {
  std::size_t j = i;
  while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\t')) --j;
  if (j == 0) return true;
  const char prev = t[j - 1];
  if (prev == ';') return true;
  if (prev == ':') {
    const bool port = j == i && j >= 2 && (t[j - 2] == ']' || is_digit(t[j - 2]));
    if (!port) return true;
  }
  if (i + 4 < t.size() && (t[i + 3] == ' ' || t[i + 3] == '-')) {
    enhanced_status s{};
    bool hash = false;
    if (leading_status(view_from(t, i + 4), s, hash) != 0 && s.cls == digit_value(t[i]))
      return true;
  }
  return false;
}

/// Whether a reply starts at `i`: a code (is_code_at) where a reply may stand (is_reply_start).
[[nodiscard]] constexpr bool is_reply_at(std::string_view t, std::size_t i) noexcept {
  return is_code_at(t, i) && is_reply_start(t, i);
}

/// The first i in [from, end) with t[i] in '1'..'5' (a reply code's first digit), or npos.
[[nodiscard]] constexpr std::size_t find_code_digit(std::string_view t, std::size_t from,
                                                    std::size_t end) noexcept {
  for (std::size_t i = from; i < end; ++i)
    if (t[i] >= '1' && t[i] <= '5') return i;
  return npos;
}

/// first_reply_start() at run time: windows of 64 bytes give the places of
/// three characters of digits, '.' and '/' that no other such character
/// touches, and only those are examined.
inline std::size_t first_reply_start_fast(std::string_view t, std::size_t last) noexcept {
  for (std::size_t i = 0; i < last; i += 60) {
    // Window [base, base + 64): bit b is t[base + b]; it decides positions
    // base + b for b in [lo, lo + 60), which need bytes b - 1 to b + 3.
    const std::size_t base = i == 0 ? 0 : i - 1;
    const std::size_t lo = i - base;
    std::uint64_t n = 0;
    if (base + 64 <= t.size()) {
      n = simd::native::number_mask64(t.data() + base);
    } else {  // the end of the text: zero bytes (none of them) after it
      char window[64] = {};
      SMTPCODES_MEMCPY(window, t.data() + base, t.size() - base);
      n = simd::native::number_mask64(window);
    }
    std::uint64_t hits = n & (n >> 1) & (n >> 2) & ~(n >> 3) & ~(n << 1) &
                         (~std::uint64_t{0} << lo) & (~std::uint64_t{0} >> (64 - 60 - lo));
    while (hits != 0) {
      const std::size_t at = base + simd::first_bit(hits);
      if (at >= last) return npos;
      if (is_reply_at(t, at)) return at;
      hits &= hits - 1;
    }
  }
  return npos;
}

/// The first i in [0, last) where a reply starts (is_reply_at), or npos;
/// last <= t.size() - 2. At run time windows of 64 bytes give the
/// places of three characters of digits, '.' and '/' that no other such
/// character touches, and only those are examined: the addresses, times,
/// delays and ids that fill log lines are longer runs of them.
[[nodiscard]] constexpr std::size_t first_reply_start(std::string_view t,
                                                      std::size_t last) noexcept {
  if (SMTPCODES_RUN_FAST()) return first_reply_start_fast(t, last);
  for (std::size_t i = find_code_digit(t, 0, last); i != npos; i = find_code_digit(t, i + 1, last))
    if (is_reply_at(t, i)) return i;
  return npos;
}

/// The start find_reply() looks from: the first code where a reply may stand,
/// or npos. A 1yz-3yz continuation line followed by a 4yz or 5yz line
/// ("refused to talk to me: 220-mx.example.net 421 4.3.2 shutting down"): a
/// server that began to greet or accept and then refused. The lines of a reply
/// share one code (RFC 5321 §4.2.1) and the client acts on the last; the
/// refusal is the reply, so it starts at the failure's code.
[[nodiscard]] constexpr std::size_t reply_start_in(std::string_view text) noexcept {
  const std::size_t last = text.size() >= 3 ? text.size() - 2 : 0;  // code starts: [0, last)
  const std::size_t at = first_reply_start(text, last);
  if (at == npos || text[at] > '3' || at + 4 >= last || text[at + 3] != '-') return at;
  const std::size_t from = at + 4;
  const std::size_t next = first_reply_start(view_from(text, from), last - from);
  if (next == npos || (text[from + next] != '4' && text[from + next] != '5')) return at;
  return from + next;
}

/// paren_balance() at run time, 16 bytes at a time: one count per block, of
/// the '(' and of the bytes that are not ')' (16 less one per ')').
inline long paren_balance_fast(std::string_view t) noexcept {
  const simd::native::byte_eq open('(');
  const simd::native::byte_eq close(')');
  long depth = 0;
  std::size_t k = 0;
  for (; k + 16 <= t.size(); k += 16)
    depth += static_cast<long>(simd::popcount(open.in16(t.data() + k) |
                                              (~close.in16(t.data() + k) & 0xFFFFu) << 16)) -
             16;
  for (; k < t.size(); ++k) depth += t[k] == '(' ? 1 : (t[k] == ')' ? -1 : 0);
  return depth;
}

/// Number of '(' in `t` minus the number of ')'.
[[nodiscard]] constexpr long paren_balance(std::string_view t) noexcept {
  if (SMTPCODES_RUN_FAST()) return paren_balance_fast(t);
  long depth = 0;
  for (std::size_t k = 0; k < t.size(); ++k) depth += t[k] == '(' ? 1 : (t[k] == ')' ? -1 : 0);
  return depth;
}

/// The end of a reply text that starts at `at` and runs to `end` at most:
/// without trailing blanks, a ')' that closes a '(' opened before the reply
/// and the closing quote of a quoted reply.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr std::size_t trim_reply_end(
    std::string_view t, std::size_t at, std::size_t end) noexcept {
  while (end > at &&
         (t[end - 1] == ' ' || t[end - 1] == '\t' || t[end - 1] == '\r' || t[end - 1] == '\n'))
    --end;
  // "status=bounced (host x said: 550 ...)": drop a ')' that closes a '(' before the reply.
  if (end > at && t[end - 1] == ')' && paren_balance(view_of(t, at, end - at)) < 0) --end;
  // Exim's C="250 2.0.0 Ok": the reply is quoted, and its closing quote is not text.
  if (end > at && at > 0 && t[at - 1] == '"' && t[end - 1] == '"') --end;
  return end;
}

struct reply_extent {
  std::size_t end = 0;          ///< end of the reply text
  std::size_t in_reply = npos;  ///< the first "in reply to " at or after `end`, or npos
};

/// End of the reply text that starts at `at`, and where the text goes on to
/// name the command: one search for "in reply to " serves both. Out of line:
/// at run time the one-pass scan (reply_facts_fast()) finds both for most
/// texts, and this path, inlined, made its caller too large to be inlined.
[[nodiscard]] SMTPCODES_NOINLINE constexpr reply_extent reply_text_end(std::string_view t,
                                                                       std::size_t at) noexcept {
  constexpr std::string_view in_reply_to = "in reply to ";
  const std::size_t first = ifind(t, in_reply_to, at);
  // The text ends before the first " (in reply to " that starts at or after `at`.
  std::size_t end = t.size();
  for (std::size_t q = first; q != npos; q = ifind(t, in_reply_to, q + 1)) {
    if (q >= at + 2 && t[q - 2] == ' ' && t[q - 1] == '(') {
      end = q - 2;
      break;
    }
  }
  // Postfix's "...; from=<a@b> to=<c@d> proto=ESMTP": most texts have no ';' at all.
  if (find_byte(t.data() + at, end - at, ';') != npos) {
    const std::size_t from = ifind(t.substr(0, end), "; from=<", at);
    if (from != npos) end = from;
  }
  end = trim_reply_end(t, at, end);
  // The first "in reply to " at or after `end`: `first` unless that lies in the reply text.
  const std::size_t in_reply = first == npos || first >= end ? first : ifind(t, in_reply_to, end);
  return {end, in_reply};
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
