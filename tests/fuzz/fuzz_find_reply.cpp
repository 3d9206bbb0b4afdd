// libFuzzer target for find_reply() (find_reply.hpp), which reads free text:
// mail log lines and DSN Diagnostic-Code values. Also parse_command()
// (command.hpp), the other reader of untrusted words.
#include <smtpcodes/find_reply.hpp>

#include <cstddef>
#include <cstdint>
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
  smtpcodes_fuzz::check_status_warnings(r);
  smtpcodes_fuzz::check_lines(r);
  smtpcodes_fuzz::check_text(r, ' ');
  smtpcodes_fuzz::check_text(r, '\n');
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const text_match m = smtpcodes::find_reply(text);
  SMTPCODES_FUZZ_CHECK(same_match(m, smtpcodes::find_reply(text)));
  SMTPCODES_FUZZ_CHECK(m.position <= size);
  SMTPCODES_FUZZ_CHECK(m.position + m.value.raw.size() <= size);
  SMTPCODES_FUZZ_CHECK(m.ok() == (m.error == parse_error::none));

  switch (m.error) {
    case parse_error::none: {
      check_found(text, m);
      // The text before the reply only names the command: the same reply is
      // found at the start of the rest.
      const text_match rest = smtpcodes::find_reply(text.substr(m.position));
      SMTPCODES_FUZZ_CHECK(rest.ok() && rest.position == 0);
      SMTPCODES_FUZZ_CHECK(smtpcodes_fuzz::same_reply(rest.value, m.value));
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
