// Free text in, reply out: finds the SMTP reply inside a DSN Diagnostic-Code
// value (RFC 3464 §2.3.6, "smtp; 550 5.1.1 ...") or a mail log line (Postfix
// "said:" and "NOQUEUE: reject:", Exim "SMTP error from remote mail server
// after ...:", Sendmail "stat=Deferred: ..."), with the command it answered.
#ifndef SMTPCODES_FIND_REPLY_HPP
#define SMTPCODES_FIND_REPLY_HPP

#include <cstdint>
#include <cstring>

#include "command.hpp"
#include "reply.hpp"

namespace smtpcodes {
inline namespace v1 {

/// What find_reply() found. `value` views point into the text.
struct text_match {
  reply value;
  parse_error error = parse_error::no_reply_found;
  smtp_command command = smtp_command::unknown;  ///< the command the text names, if any
  std::size_t position = 0;                      ///< offset of the code in the text
  [[nodiscard]] constexpr bool ok() const noexcept { return error == parse_error::none; }
};

namespace detail {

// The searches below skip eight bytes at a time at run time on little-endian
// GCC and Clang targets (bit tricks on 64-bit words, exact in every byte);
// during constant evaluation and elsewhere they test one byte at a time.
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SMTPCODES_SWAR_SEARCH 1
#endif
inline constexpr std::uint64_t swar_ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t swar_low7 = 0x7F7F7F7F7F7F7F7FULL;
inline constexpr std::uint64_t swar_highs = 0x8080808080808080ULL;

/// 0x80 in every byte of `x` that is zero, 0 in the others.
[[nodiscard]] constexpr std::uint64_t zero_bytes(std::uint64_t x) noexcept {
  return ~(((x & swar_low7) + swar_low7) | x | swar_low7);
}
[[nodiscard]] inline std::uint64_t load8(const char* p) noexcept {
  std::uint64_t x = 0;
  std::memcpy(&x, p, 8);
  return x;
}
[[nodiscard]] constexpr bool is_upper_ascii(char c) noexcept { return c >= 'A' && c <= 'Z'; }

/// The first i in [from, end) where ascii_lower(hay[i]) == c0 and
/// ascii_lower(hay[i + 1]) == c1, or npos; `end` < hay.size().
[[nodiscard]] constexpr std::size_t find_pair_ci(std::string_view hay, std::size_t from,
                                                 std::size_t end, char c0, char c1) noexcept {
  if (is_upper_ascii(c0) || is_upper_ascii(c1)) return npos;  // ascii_lower never gives these
  std::size_t i = from;
#if defined(SMTPCODES_SWAR_SEARCH)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    // A lower-case letter matches either case: OR in 0x20, then compare.
    const std::uint64_t fold0 = c0 >= 'a' && c0 <= 'z' ? swar_ones * 0x20 : 0;
    const std::uint64_t fold1 = c1 >= 'a' && c1 <= 'z' ? swar_ones * 0x20 : 0;
    const std::uint64_t want0 = swar_ones * static_cast<unsigned char>(c0);
    const std::uint64_t want1 = swar_ones * static_cast<unsigned char>(c1);
    for (; i + 8 <= end && i + 9 <= hay.size(); i += 8) {
      const std::uint64_t hits = zero_bytes((load8(hay.data() + i) | fold0) ^ want0) &
                                 zero_bytes((load8(hay.data() + i + 1) | fold1) ^ want1);
      if (hits != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8;
    }
  }
#endif
  for (; i < end; ++i)
    if (ascii_lower(hay[i]) == c0 && ascii_lower(hay[i + 1]) == c1) return i;
  return npos;
}

/// The first i in [from, end) with t[i] in '1'..'5' (a reply code's first digit), or npos.
[[nodiscard]] constexpr std::size_t find_code_digit(std::string_view t, std::size_t from,
                                                    std::size_t end) noexcept {
  std::size_t i = from;
#if defined(SMTPCODES_SWAR_SEARCH)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    for (; i + 8 <= end; i += 8) {
      const std::uint64_t x = load8(t.data() + i);
      const std::uint64_t low = x & swar_low7;
      const std::uint64_t at_least_1 = low + swar_ones * (0x80 - '1');  // high bit: >= '1'
      const std::uint64_t below_6 = ~(low + swar_ones * (0x80 - '6'));  // high bit: < '6'
      const std::uint64_t hits = at_least_1 & below_6 & ~x & swar_highs;
      if (hits != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8;
    }
  }
#endif
  for (; i < end; ++i)
    if (t[i] >= '1' && t[i] <= '5') return i;
  return npos;
}

/// Case-insensitive search of a lower-case `needle` in `hay` from `from`.
[[nodiscard]] constexpr std::size_t ifind(std::string_view hay, std::string_view needle,
                                          std::size_t from = 0) noexcept {
  if (needle.empty() || hay.size() < needle.size()) return npos;
  const std::size_t end = hay.size() - needle.size() + 1;  // candidate starts: [from, end)
  if (needle.size() == 1) {
    for (std::size_t i = from; i < end; ++i)
      if (ascii_lower(hay[i]) == needle[0]) return i;
    return npos;
  }
  for (std::size_t i = from; i < end; ++i) {
    i = find_pair_ci(hay, i, end, needle[0], needle[1]);
    if (i == npos) return npos;
    std::size_t k = 2;
    while (k < needle.size() && ascii_lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return npos;
}
[[nodiscard]] constexpr std::size_t irfind(std::string_view hay, std::string_view needle) noexcept {
  std::size_t found = npos;
  for (std::size_t at = ifind(hay, needle); at != npos; at = ifind(hay, needle, at + 1)) found = at;
  return found;
}
[[nodiscard]] constexpr bool istarts_with(std::string_view s, std::string_view lower) noexcept {
  if (lower.empty() || s.size() < lower.size()) return false;
  for (std::size_t k = 0; k < lower.size(); ++k)
    if (ascii_lower(s[k]) != lower[k]) return false;
  return true;
}

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

/// Records the markers around an 'r' at `i` that is followed by 'e' or ' '
/// (every marker has one: "Reject: ", "afteR ", "Refused ...").
constexpr void note_marker(std::string_view t, std::size_t i, command_markers& m) noexcept {
  if (t[i + 1] == ' ') {
    if (i >= 4 && istarts_with(t.substr(i - 4), "after ")) m.after = i - 4;
  } else if (istarts_with(t.substr(i), "reject: ")) {
    m.reject = i;
  } else if (istarts_with(t.substr(i), "refused to talk to me")) {
    m.refused = true;
  }
}

/// One pass over `t` for the markers (instead of one search per marker).
[[nodiscard]] constexpr command_markers find_markers(std::string_view t) noexcept {
  command_markers m;
  if (t.size() < 2) return m;
  const std::size_t end = t.size() - 1;  // pair starts: [0, end)
  std::size_t i = 0;
#if defined(SMTPCODES_SWAR_SEARCH)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    const std::uint64_t fold = swar_ones * 0x20;
    for (; i + 9 <= t.size(); i += 8) {
      const std::uint64_t next = load8(t.data() + i + 1) | fold;
      std::uint64_t hits = zero_bytes((load8(t.data() + i) | fold) ^ (swar_ones * 'r')) &
                           (zero_bytes(next ^ (swar_ones * 'e')) | zero_bytes(next ^ fold));
      while (hits != 0) {  // exact in every byte: each hit is an 'r' or 'R' before [eE ] or NUL
        note_marker(t, i + static_cast<std::size_t>(__builtin_ctzll(hits)) / 8, m);
        hits &= hits - 1;
      }
    }
  }
#endif
  for (; i < end; ++i)
    if (ascii_lower(t[i]) == 'r' && (ascii_lower(t[i + 1]) == 'e' || t[i + 1] == ' '))
      note_marker(t, i, m);
  return m;
}

/// The command a log line or DSN names around a reply found at `at`;
/// `in_reply` is where the first "in reply to " after the reply is, or npos.
[[nodiscard]] constexpr smtp_command command_in_text(std::string_view text, std::size_t at,
                                                     std::size_t in_reply) noexcept {
  // Postfix client: "... (in reply to RCPT TO command)".
  if (in_reply != npos) {
    const smtp_command c = command_at(text.substr(in_reply + 12));
    if (c != smtp_command::unknown) return c;
  }
  const std::string_view before = text.substr(0, at);
  const command_markers m = find_markers(before);
  // Postfix server: "NOQUEUE: reject: RCPT from host[addr]: 554 ...".
  if (m.reject != npos) {
    const smtp_command c = command_at(before.substr(m.reject + 8));
    if (c != smtp_command::unknown) return c;
  }
  // Exim: "SMTP error from remote mail server after RCPT TO:<a@b>: 550 ...".
  if (m.after != npos) {
    const smtp_command c = command_at(before.substr(m.after + 6));
    if (c != smtp_command::unknown) return c;
  }
  // Postfix client, greeting: "host x[addr] refused to talk to me: 554 ...".
  if (m.refused) return smtp_command::connect;
  return smtp_command::unknown;
}

[[nodiscard]] constexpr bool is_code_at(std::string_view t, std::size_t i) noexcept {
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
[[nodiscard]] constexpr bool is_reply_start(std::string_view t, std::size_t i) noexcept {
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
    if (leading_status(t.substr(i + 4), s, hash) != 0 && s.cls == digit_value(t[i])) return true;
  }
  return false;
}

/// Whether a reply starts at `i`: a code (is_code_at) where a reply may stand (is_reply_start).
[[nodiscard]] constexpr bool is_reply_at(std::string_view t, std::size_t i) noexcept {
  return is_code_at(t, i) && is_reply_start(t, i);
}

#if defined(SMTPCODES_SSE2_LINE_SCAN)
/// Of the 64 bytes at p: bit k of each mask is set when p[k] is in its range.
struct digit_masks {
  std::uint64_t digit = 0;   // '0'-'9'
  std::uint64_t first = 0;   // '1'-'5': a code's first digit
  std::uint64_t second = 0;  // '0'-'5': its second digit
};
inline digit_masks digit_masks64(const char* p) noexcept {
  digit_masks m;
  for (unsigned k = 0; k < 4; ++k) {
    sse2_bytes x;
    std::memcpy(&x, p + 16 * k, 16);
    const sse2_bytes at_least_0 = x >= '0';
    const sse2_bytes at_most_5 = x <= '5';
    const sse2_bytes digit = at_least_0 & (x <= '9');
    const sse2_bytes first = (x >= '1') & at_most_5;
    const sse2_bytes second = at_least_0 & at_most_5;
    const auto bits = [](sse2_bytes v) {
      return static_cast<std::uint64_t>(
          static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<sse2_chars>(v))));
    };
    m.digit |= bits(digit) << (16 * k);
    m.first |= bits(first) << (16 * k);
    m.second |= bits(second) << (16 * k);
  }
  return m;
}
#endif

/// The first i in [0, last) where a reply starts (is_reply_at), or npos;
/// last <= t.size() - 2. At run time with SSE2, windows of 64 bytes give the
/// positions of three digits (1-5, 0-5, 0-9) that no other digit touches, and
/// only those are examined: log lines are full of timestamps, addresses,
/// process and queue ids.
[[nodiscard]] constexpr std::size_t first_reply_start(std::string_view t,
                                                      std::size_t last) noexcept {
#if defined(SMTPCODES_SSE2_LINE_SCAN)
  if (!SMTPCODES_IS_CONSTANT_EVALUATED()) {
    for (std::size_t i = 0; i < last; i += 60) {
      // Window [base, base + 64): bit b is t[base + b]; it decides positions
      // base + b for b in [lo, lo + 60), which need bytes b - 1 to b + 3.
      const std::size_t base = i == 0 ? 0 : i - 1;
      const std::size_t lo = i - base;
      digit_masks m;
      if (base + 64 <= t.size()) {
        m = digit_masks64(t.data() + base);
      } else {  // the end of the text: zero bytes (not digits) after it
        char window[64] = {};
        std::memcpy(window, t.data() + base, t.size() - base);
        m = digit_masks64(window);
      }
      std::uint64_t hits = m.first & (m.second >> 1) & (m.digit >> 2) & ~(m.digit >> 3) &
                           ~(m.digit << 1) & (~std::uint64_t{0} << lo) &
                           (~std::uint64_t{0} >> (64 - 60 - lo));
      while (hits != 0) {
        const std::size_t at = base + static_cast<std::size_t>(__builtin_ctzll(hits));
        if (at >= last) return npos;
        if (is_reply_at(t, at)) return at;
        hits &= hits - 1;
      }
    }
    return npos;
  }
#endif
  for (std::size_t i = find_code_digit(t, 0, last); i != npos; i = find_code_digit(t, i + 1, last))
    if (is_reply_at(t, i)) return i;
  return npos;
}

/// How many lines reply_lines yields for the folded free text `raw`: the
/// same segment rule as its iterator, with the status token read once.
[[nodiscard]] constexpr std::size_t folded_segments(std::string_view raw) noexcept {
  const std::string_view code = raw.substr(0, 3);
  std::string_view status_token;
  if (raw.size() > 4) {
    const std::string_view text = raw.substr(4);
    const std::size_t used = text.size() - strip_status(text).size();
    status_token = text.substr(0, used);
    while (!status_token.empty() && status_token.back() == ' ') status_token.remove_suffix(1);
  }
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < raw.size()) {
    ++count;
    std::size_t end = raw.size();
    for (std::size_t hit = raw.find(code, pos + 4); hit != std::string_view::npos;
         hit = raw.find(code, hit + 1)) {
      if (raw[hit - 1] != ' ' || hit + 4 > raw.size()) continue;
      const char sep = raw[hit + 3];
      const std::string_view after = raw.substr(hit + 4);
      const bool repeats_status =
          !status_token.empty() && after.substr(0, status_token.size()) == status_token &&
          (after.size() == status_token.size() || after[status_token.size()] == ' ');
      if (sep == '-' || (sep == ' ' && repeats_status)) {
        end = hit;
        break;
      }
    }
    pos = end;
  }
  return count;
}

struct reply_extent {
  std::size_t end = 0;          ///< end of the reply text
  std::size_t in_reply = npos;  ///< the first "in reply to " at or after `end`, or npos
};

/// End of the reply text that starts at `at`, and where the text goes on to
/// name the command: one search for "in reply to " serves both.
[[nodiscard]] constexpr reply_extent reply_text_end(std::string_view t, std::size_t at) noexcept {
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
  const std::size_t from = ifind(t.substr(0, end), "; from=<", at);
  if (from != npos) end = from;
  while (end > at &&
         (t[end - 1] == ' ' || t[end - 1] == '\t' || t[end - 1] == '\r' || t[end - 1] == '\n'))
    --end;
  // "status=bounced (host x said: 550 ...)": drop a ')' that closes a '(' before the reply.
  if (end > at && t[end - 1] == ')') {
    int depth = 0;
    for (std::size_t k = at; k < end; ++k) depth += t[k] == '(' ? 1 : (t[k] == ')' ? -1 : 0);
    if (depth < 0) --end;
  }
  // Exim's C="250 2.0.0 Ok": the reply is quoted, and its closing quote is not text.
  if (end > at && at > 0 && t[at - 1] == '"' && t[end - 1] == '"') --end;
  // The first "in reply to " at or after `end`: `first` unless that lies in the reply text.
  const std::size_t in_reply = first == npos || first >= end ? first : ifind(t, in_reply_to, end);
  return {end, in_reply};
}

}  // namespace detail

/// Finds the first SMTP reply in free text: a DSN Diagnostic-Code value, a
/// bounce message line or a mail log line. Allocation-free; views point into
/// `text`. `command` is set when the text names the command ("in reply to
/// RCPT TO command", "after RCPT TO:", "reject: RCPT from"). Errors:
/// no_reply_found, nul_byte, control_character, and too_many_lines when the
/// text folds more lines than reply::line_count can count (65535).
[[nodiscard]] constexpr text_match find_reply(std::string_view text) noexcept {
  text_match m;
  const std::size_t last = text.size() >= 3 ? text.size() - 2 : 0;  // code starts: [0, last)
  const std::size_t at = detail::first_reply_start(text, last);
  if (at == detail::npos) return m;
  const detail::reply_extent extent = detail::reply_text_end(text, at);
  const std::size_t end = extent.end;
  const std::string_view raw = text.substr(at, end - at);
  // CR and LF are folding in free text, not errors: look again without them if present.
  unsigned flags = detail::scan_bytes(raw.data(), raw.size());
  if ((flags & (detail::has_cr | detail::has_control)) != 0) {
    flags = 0;
    for (const char c : raw)
      if (c != '\n' && c != '\r') flags |= detail::byte_class(static_cast<unsigned char>(c));
  }
  m.position = at;
  if ((flags & detail::has_nul) != 0) {
    m.error = parse_error::nul_byte;
    return m;
  }
  if ((flags & detail::has_control) != 0) {
    m.error = parse_error::control_character;
    return m;
  }
  reply& r = m.value;
  r.code = detail::digit_value(raw[0]) * 100 + detail::digit_value(raw[1]) * 10 +
           detail::digit_value(raw[2]);
  r.raw = raw;
  r.warnings.set(reply_warning::free_text);
  if ((flags & detail::has_high) != 0) r.warnings.set(reply_warning::non_ascii);
  if (raw.size() <= 4) r.warnings.set(reply_warning::no_text);
  enhanced_status s{};
  bool hash = false;
  if (raw.size() > 4 && detail::leading_status(raw.substr(4), s, hash) != 0) {
    r.status = std::optional<enhanced_status>{s};
    if (hash) r.warnings.set(reply_warning::hash_status);
  } else if (raw.size() > 4 && detail::trailing_status(raw.substr(4), s)) {
    r.status = std::optional<enhanced_status>{s};
    r.warnings.set(reply_warning::trailing_status);
  }
  if (r.status && r.status->cls != r.code / 100)
    r.warnings.set(reply_warning::status_class_mismatch);
  if (r.code / 100 == 1) r.warnings.set(reply_warning::preliminary_code);
  const std::size_t lines = detail::folded_segments(raw);
  if (lines > detail::max_line_count) {  // more segments than line_count can hold
    m.value = reply{};
    m.error = parse_error::too_many_lines;
    return m;
  }
  r.line_count = static_cast<std::uint16_t>(lines);
  m.command = detail::command_in_text(text, at, extent.in_reply);
  m.error = parse_error::none;
  return m;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
