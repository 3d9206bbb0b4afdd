// libFuzzer target for find_reply() (find_reply.hpp), which reads free text:
// mail log lines and DSN Diagnostic-Code values; its results and searches are
// compared with the bytewise build (bytewise.hpp). The other readers of
// untrusted text run here too: advise() on text (advice.hpp) and its pattern scan,
// sanitize_server_text() (sanitize.hpp) and parse_command() (command.hpp).
#include <smtpcodes/find_reply.hpp>

#include <smtpcodes/advice.hpp>
#include <smtpcodes/sanitize.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"

namespace {

using smtpcodes::parse_error;
using smtpcodes::reply_warning;
using smtpcodes::text_match;

bool same_match(const text_match& a, const text_match& b) {
  return a.error == b.error && a.command == b.command && a.position == b.position &&
         smtpcodes_fuzz::same_reply(a.value, b.value);
}

void check_found(std::string_view text, const text_match& m) {
  const smtpcodes::reply& r = m.value;
  SMTPCODES_FUZZ_CHECK(r.raw.size() >= 3);
  SMTPCODES_FUZZ_CHECK(r.raw.data() == text.data() + m.position);
  SMTPCODES_FUZZ_CHECK(r.raw == text.substr(m.position, r.raw.size()));
  SMTPCODES_FUZZ_CHECK(r.code >= 100 && r.code <= 599);
  SMTPCODES_FUZZ_CHECK((r.code / 10) % 10 <= 5);
  const char digits[3] = {static_cast<char>('0' + r.code / 100),
                          static_cast<char>('0' + r.code / 10 % 10),
                          static_cast<char>('0' + r.code % 10)};
  SMTPCODES_FUZZ_CHECK(r.raw.substr(0, 3) == std::string_view(digits, 3));
  SMTPCODES_FUZZ_CHECK(r.warnings.has(reply_warning::free_text));
  SMTPCODES_FUZZ_CHECK(r.line_count >= 1);
  SMTPCODES_FUZZ_CHECK(static_cast<unsigned>(m.command) < smtpcodes::smtp_command_count);
  smtpcodes_fuzz::check_warnings(r);
  smtpcodes_fuzz::check_lines(r);
  smtpcodes_fuzz::check_text(r, ' ');
  smtpcodes_fuzz::check_text(r, '\n');
  smtpcodes_fuzz::check_text(r, '\0');
}

/// advise() on free text (advice.hpp): values in range, and DESIGN.md's
/// rules that hold for any text: hard only for a dead address, retries wait.
void check_advice(std::string_view text) {
  const smtpcodes::advice a = smtpcodes::advise(text);
  SMTPCODES_FUZZ_CHECK(a.what <= smtpcodes::action::give_up);
  SMTPCODES_FUZZ_CHECK(a.applies_to <= smtpcodes::scope::session);
  SMTPCODES_FUZZ_CHECK(a.bounce <= smtpcodes::bounce_type::hard);
  SMTPCODES_FUZZ_CHECK(static_cast<std::size_t>(a.reason) < smtpcodes::bounce_reason_count);
  if (a.bounce == smtpcodes::bounce_type::hard)
    SMTPCODES_FUZZ_CHECK(smtpcodes::is_hard_reason(a.reason));
  if (a.what == smtpcodes::action::retry_later) SMTPCODES_FUZZ_CHECK(a.delay.count() > 0);
  SMTPCODES_FUZZ_CHECK(a.delay.count() >= 0);
  SMTPCODES_FUZZ_CHECK(!a.why.empty());
  // The run-time shortcuts (no command or text work for 2yz/3yz, one segment's
  // body matched in place) give what the bytewise build's full path gives.
  const smtpcodes_fuzz::bytewise::advice_values b = smtpcodes_fuzz::bytewise::advise(text);
  SMTPCODES_FUZZ_CHECK(static_cast<unsigned>(a.what) == b.what &&
                       static_cast<unsigned>(a.applies_to) == b.applies_to &&
                       static_cast<unsigned>(a.bounce) == b.bounce &&
                       static_cast<unsigned>(a.reason) == b.reason);
  SMTPCODES_FUZZ_CHECK(a.delay.count() == b.delay && a.close_connection == b.close_connection &&
                       a.why == b.why);
}

/// Length of the valid UTF-8 sequence at s[i] (RFC 3629: no overlong form, no
/// surrogate, at most U+10FFFF), 0 when invalid; its code point in `cp`.
std::size_t utf8_at(std::string_view s, std::size_t i, std::uint32_t& cp) {
  const auto b = [&s](std::size_t k) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(s[k]));
  };
  const std::uint32_t lead = b(i);
  std::size_t n = 0;
  std::uint32_t min = 0;
  if (lead < 0x80) {
    cp = lead;
    return 1;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    n = 2, min = 0x80, cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    n = 3, min = 0x800, cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    n = 4, min = 0x10000, cp = lead & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = cp << 6 | (b(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

/// The reason-pattern scan through its run-time indexes (kernel blocks of 16
/// bytes for texts of 18 bytes or more, and its portable path) gives what
/// trying every pattern of the letter at hand at every position gives: on
/// the whole text, and on heads just under, at and over the block path's
/// threshold and one block further.
void check_pattern_scan(std::string_view text) {
  namespace d = smtpcodes::detail;
  const d::reason_indexes& x = d::reason_indexes_at_run_time();
  for (const std::size_t size : {text.size(), std::size_t{17}, std::size_t{18}, std::size_t{35}}) {
    const std::string_view head = text.substr(0, size);
    const std::size_t direct = d::first_pattern_direct(head);
    SMTPCODES_FUZZ_CHECK(direct <= d::no_pattern);
    SMTPCODES_FUZZ_CHECK(direct == d::first_pattern_indexed(head, x));
    SMTPCODES_FUZZ_CHECK(direct == d::first_pattern_scalar(head, x));
  }
}

/// sanitize_server_text() (sanitize.hpp): valid UTF-8 without C0 or C1
/// controls, DEL, invisible format characters or line separators, and
/// sanitising twice changes nothing.
void check_sanitize(std::string_view text) {
  const std::string out = smtpcodes::sanitize_server_text(text);
  for (std::size_t i = 0; i < out.size();) {
    std::uint32_t cp = 0;
    const std::size_t n = utf8_at(out, i, cp);
    SMTPCODES_FUZZ_CHECK(n != 0);
    SMTPCODES_FUZZ_CHECK(cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp <= 0x9F));
    SMTPCODES_FUZZ_CHECK(!smtpcodes::detail::is_invisible_format(cp));
    SMTPCODES_FUZZ_CHECK(!smtpcodes::detail::is_line_separator(cp));
    i += n;
  }
  SMTPCODES_FUZZ_CHECK(smtpcodes::sanitize_server_text(out) == out);
}

/// The kernel-based searches give what the byte loops give.
void check_searches(std::string_view text) {
  namespace bytewise = smtpcodes_fuzz::bytewise;
  const smtpcodes::detail::command_markers m = smtpcodes::detail::find_markers(text);
  const bytewise::markers_values b = bytewise::find_markers(text);
  SMTPCODES_FUZZ_CHECK(m.reject == b.reject && m.after == b.after && m.refused == b.refused);

  const std::size_t size = text.size();
  for (std::size_t from = 0; from < 8 && from <= size; ++from) {
    for (const std::size_t end : {size, size - from, size > 9 ? size - 9 : size}) {
      if (end < from) continue;
      SMTPCODES_FUZZ_CHECK(smtpcodes::detail::find_code_digit(text, from, end) ==
                           bytewise::find_code_digit(text, from, end));
    }
  }
  // The 64-byte windows against the byte loop, for every end of the search near the
  // text's end and at the window boundaries.
  if (size >= 3) {
    for (const std::size_t last :
         {size - 2, size > 3 ? size - 3 : 0, size > 62 ? std::size_t{61} : 0,
          size > 122 ? std::size_t{121} : 0}) {
      const std::size_t at = smtpcodes::detail::first_reply_start(text, last);
      SMTPCODES_FUZZ_CHECK(at == bytewise::first_reply_start(text, last));
      if (at != smtpcodes::detail::npos)
        SMTPCODES_FUZZ_CHECK(at < last && smtpcodes::detail::is_reply_at(text, at));
    }
  }
  constexpr std::string_view needles[] = {
      "in reply to ",          " (in reply to ", "; from=<", "reject: ", "after ",
      "refused to talk to me", "said: ",         "(#",       "rcpt",     "e"};
  for (const std::string_view needle : needles) {
    for (const std::size_t from : {std::size_t{0}, std::size_t{1}, size / 3}) {
      const std::size_t at = smtpcodes::detail::ifind(text, needle, from);
      SMTPCODES_FUZZ_CHECK(at == bytewise::ifind(text, needle, from));
      if (at != smtpcodes::detail::npos) {
        SMTPCODES_FUZZ_CHECK(at >= from && at + needle.size() <= size);
        for (std::size_t k = 0; k < needle.size(); ++k)
          SMTPCODES_FUZZ_CHECK(smtpcodes::detail::ascii_lower(text[at + k]) == needle[k]);
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_searches(text);
  check_advice(text);
  check_pattern_scan(text);
  check_sanitize(text);
  const text_match m = smtpcodes::find_reply(text);
  const smtpcodes_fuzz::bytewise::match_values b = smtpcodes_fuzz::bytewise::find_reply(text);
  SMTPCODES_FUZZ_CHECK(b.error == static_cast<unsigned>(m.error) &&
                       b.command == static_cast<unsigned>(m.command) && b.position == m.position);
  SMTPCODES_FUZZ_CHECK(smtpcodes_fuzz::same_values(m.value, b.value));
  SMTPCODES_FUZZ_CHECK(same_match(m, smtpcodes::find_reply(text)));
  SMTPCODES_FUZZ_CHECK(m.position <= size);
  SMTPCODES_FUZZ_CHECK(m.position + m.value.raw.size() <= size);
  SMTPCODES_FUZZ_CHECK(m.ok() == (m.error == parse_error::none));

  switch (m.error) {
    case parse_error::none: {
      check_found(text, m);
      // The text before the reply only names the command: the same reply is
      // found at the start of the rest. Except for one byte: a reply quoted
      // as Exim quotes it (C="250 2.0.0 Ok") loses its closing quote, and
      // without the opening quote the rest keeps it.
      const text_match rest = smtpcodes::find_reply(text.substr(m.position));
      SMTPCODES_FUZZ_CHECK(rest.ok() && rest.position == 0);
      if (m.position > 0 && text[m.position - 1] == '"') {
        SMTPCODES_FUZZ_CHECK(rest.value.code == m.value.code);
        SMTPCODES_FUZZ_CHECK(rest.value.raw.data() == m.value.raw.data());
        SMTPCODES_FUZZ_CHECK(
            rest.value.raw.size() == m.value.raw.size() ||
            (rest.value.raw.size() == m.value.raw.size() + 1 && rest.value.raw.back() == '"'));
      } else {
        SMTPCODES_FUZZ_CHECK(smtpcodes_fuzz::same_reply(rest.value, m.value));
      }
      break;
    }
    case parse_error::no_reply_found:
      SMTPCODES_FUZZ_CHECK(m.position == 0 && m.value.raw.empty() && m.value.code == 0);
      break;
    case parse_error::nul_byte:
    case parse_error::control_character:
    case parse_error::too_many_lines:
      SMTPCODES_FUZZ_CHECK(m.position + 3 <= size);
      SMTPCODES_FUZZ_CHECK(m.value.raw.empty() && m.value.code == 0);
      break;
    default:
      smtpcodes_fuzz::fail("find_reply() returned a parse_error of its own", __FILE__, __LINE__);
  }

  const smtpcodes::smtp_command c = smtpcodes::parse_command(text);
  SMTPCODES_FUZZ_CHECK(static_cast<unsigned>(c) < smtpcodes::smtp_command_count);
  if (c != smtpcodes::smtp_command::unknown) {
    // Only whole verbs are recognised: letters, '-' or '_', nothing around them.
    SMTPCODES_FUZZ_CHECK(text.size() >= 3 && text.size() <= 11);
    for (const char ch : text)
      SMTPCODES_FUZZ_CHECK((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' ||
                           ch == '_');
  }
  return 0;
}
