// libFuzzer target for parse_reply() (reply.hpp) and parse_enhanced_status()
// (enhanced_status.hpp): every result is checked against the parser's
// contract, and the bytes are also parsed as a pipeline of replies.
#include <smtpcodes/reply.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"

namespace {

using smtpcodes::parse_error;
using smtpcodes::parse_options;
using smtpcodes::parse_result;
using smtpcodes::reply_warning;

/// Warnings that follow from the bytes of a successfully parsed reply.
void check_byte_warnings(const smtpcodes::reply& r) {
  bool bare_lf = false;
  bool no_text = false;
  bool long_line = false;
  bool non_ascii = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < r.raw.size(); ++i) {
    const char c = r.raw[i];
    if (static_cast<unsigned char>(c) >= 0x80) non_ascii = true;
    if (c != '\n') continue;
    const bool cr = i > start && r.raw[i - 1] == '\r';
    if (!cr) bare_lf = true;
    if (i - start - (cr ? 1 : 0) == 3) no_text = true;
    if (i + 1 - start > 512) long_line = true;
    start = i + 1;
  }
  SMTPCODES_FUZZ_CHECK(r.warnings.has(reply_warning::bare_lf) == bare_lf);
  SMTPCODES_FUZZ_CHECK(r.warnings.has(reply_warning::no_text) == no_text);
  SMTPCODES_FUZZ_CHECK(r.warnings.has(reply_warning::long_line) == long_line);
  SMTPCODES_FUZZ_CHECK(r.warnings.has(reply_warning::non_ascii) == non_ascii);
  SMTPCODES_FUZZ_CHECK(!r.warnings.has(reply_warning::free_text));
  const bool intermediate_status = r.status.has_value() && r.code / 100 == 3;
  SMTPCODES_FUZZ_CHECK(r.warnings.has(reply_warning::status_on_intermediate) ==
                       intermediate_status);
}

void check_ok(std::string_view in, const parse_options& options, const parse_result& r) {
  const smtpcodes::reply& v = r.value;
  SMTPCODES_FUZZ_CHECK(r.consumed > 0);
  SMTPCODES_FUZZ_CHECK(v.code >= 100 && v.code <= 599);
  SMTPCODES_FUZZ_CHECK((v.code / 10) % 10 <= 5);
  SMTPCODES_FUZZ_CHECK(v.raw.data() == in.data());
  SMTPCODES_FUZZ_CHECK(v.raw == in.substr(0, r.consumed));
  SMTPCODES_FUZZ_CHECK(v.raw.back() == '\n');
  SMTPCODES_FUZZ_CHECK(v.line_count >= 1);
  SMTPCODES_FUZZ_CHECK(v.line_count <= options.max_lines);
  const std::size_t limit = options.max_line_length == 0 ? 1 : options.max_line_length;
  for (std::size_t start = 0; start < v.raw.size();) {
    const std::size_t end = v.raw.find('\n', start) + 1;  // raw ends with LF
    SMTPCODES_FUZZ_CHECK(end - start <= limit);
    start = end;
  }
  smtpcodes_fuzz::check_warnings(v);
  check_byte_warnings(v);
  smtpcodes_fuzz::check_lines(v);
  smtpcodes_fuzz::check_text(v, ' ');
  smtpcodes_fuzz::check_text(v, '\n');
  smtpcodes_fuzz::check_text(v, '\0');

  // One byte less is never a reply: the parser does not guess the end.
  const parse_result shorter = smtpcodes::parse_reply(in.substr(0, r.consumed - 1), options);
  SMTPCODES_FUZZ_CHECK(shorter.error == parse_error::incomplete);
}

/// parse_reply_complete(s) reads an unfinished reply as parse_reply() reads
/// it with CRLF after it (when that CRLF leaves the last line within the
/// limit and does not meet a CR there), views in `s`, all of `s` consumed.
void check_complete(std::string_view in, const parse_options& options) {
  const std::size_t last_start = in.rfind('\n') + 1;  // 0 when there is none
  const std::size_t limit = options.max_line_length == 0 ? 1 : options.max_line_length;
  if (in.empty() || in.back() == '\n' || in.back() == '\r' || in.size() - last_start + 2 > limit)
    return;
  const std::string ended = std::string(in) + "\r\n";
  const parse_result whole = smtpcodes::parse_reply_complete(in, options);
  const parse_result wire = smtpcodes::parse_reply(ended, options);
  SMTPCODES_FUZZ_CHECK(whole.error == wire.error);
  SMTPCODES_FUZZ_CHECK(whole.value.code == wire.value.code);
  SMTPCODES_FUZZ_CHECK(whole.value.status == wire.value.status);
  SMTPCODES_FUZZ_CHECK(whole.value.line_count == wire.value.line_count);
  const auto bits = [](const smtpcodes::reply& r) {  // long_line counts the line end
    return r.warnings.bits() & ~static_cast<unsigned>(reply_warning::long_line);
  };
  SMTPCODES_FUZZ_CHECK(bits(whole.value) == bits(wire.value));
  if (whole.ok()) {
    SMTPCODES_FUZZ_CHECK(whole.consumed == in.size() && whole.value.raw == in);
    SMTPCODES_FUZZ_CHECK(whole.value.raw.data() == in.data());
  }
}

void check_one(std::string_view in, const parse_options& options) {
  const parse_result r = smtpcodes::parse_reply(in, options);
  SMTPCODES_FUZZ_CHECK(r.consumed <= in.size());
  // The memchr and kernel paths give what the byte loops give.
  const smtpcodes_fuzz::bytewise::parse_values b =
      smtpcodes_fuzz::bytewise::parse_reply(in, options.max_line_length, options.max_lines);
  SMTPCODES_FUZZ_CHECK(b.error == static_cast<unsigned>(r.error) && b.consumed == r.consumed);
  SMTPCODES_FUZZ_CHECK(smtpcodes_fuzz::same_values(r.value, b.value));
  SMTPCODES_FUZZ_CHECK(r.error <= parse_error::too_many_lines);  // the others are not its own
  SMTPCODES_FUZZ_CHECK(smtpcodes_fuzz::same_result(r, smtpcodes::parse_reply(in, options)));
  SMTPCODES_FUZZ_CHECK(r.ok() == (r.error == parse_error::none));
  SMTPCODES_FUZZ_CHECK(!smtpcodes::to_string(r.error).empty());

  if (r.error == parse_error::incomplete) {
    SMTPCODES_FUZZ_CHECK(r.consumed == 0);
    SMTPCODES_FUZZ_CHECK(r.value.code == 0 && r.value.raw.empty() && !r.value.status);
    // Every prefix of an unfinished reply is unfinished too.
    const std::size_t cut = in.empty() ? 0 : static_cast<unsigned char>(in.back()) % in.size();
    SMTPCODES_FUZZ_CHECK(smtpcodes::parse_reply(in.substr(0, cut), options).error ==
                         parse_error::incomplete);
    check_complete(in, options);
    return;
  }
  SMTPCODES_FUZZ_CHECK(r.consumed > 0);
  if (r.ok()) {
    check_ok(in, options, r);
  } else {
    SMTPCODES_FUZZ_CHECK(r.value.code == 0 && r.value.raw.empty());
  }
  // Prefix independence: the bytes after the reply (or the bad line) change nothing.
  const parse_result alone = smtpcodes::parse_reply(in.substr(0, r.consumed), options);
  SMTPCODES_FUZZ_CHECK(smtpcodes_fuzz::same_result(r, alone));
}

/// Pipelined replies: the loop a client runs always ends, and every step moves on.
void check_pipeline(std::string_view in, const parse_options& options) {
  std::string_view rest = in;
  std::size_t steps = 0;
  while (!rest.empty()) {
    const parse_result r = smtpcodes::parse_reply(rest, options);
    if (r.error == parse_error::incomplete) break;
    SMTPCODES_FUZZ_CHECK(r.consumed > 0 && r.consumed <= rest.size());
    rest.remove_prefix(r.consumed);
    ++steps;
    SMTPCODES_FUZZ_CHECK(steps <= in.size());
  }
}

/// The word-at-a-time byte scan agrees with the byte loop at every alignment.
void check_scan(std::string_view in) {
  for (std::size_t offset = 0; offset < 8 && offset <= in.size(); ++offset) {
    const char* p = in.data() + offset;
    const std::size_t n = in.size() - offset;
    SMTPCODES_FUZZ_CHECK(smtpcodes::detail::scan_bytes(p, n) ==
                         smtpcodes::detail::scan_bytes_slow(p, n));
  }
}

/// What detail::clean_line_end() promises, one byte at a time: the index of
/// the LF ending a line of printable ASCII, HT and bytes above 0x7F (CRLF or
/// LF), npos for anything else; `high` when such a line has a byte above 0x7F.
std::size_t clean_line_end_reference(const char* p, std::size_t n, bool& high) {
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == '\n') return i;
    if (c == '\r') return i + 1 < n && p[i + 1] == '\n' ? i + 1 : smtpcodes::detail::npos;
    if (c >= 0x80) {
      high = true;
    } else if (c != '\t' && (c < 0x20 || c == 0x7F)) {
      return smtpcodes::detail::npos;
    }
  }
  return smtpcodes::detail::npos;
}

/// clean_line_end() at every line start (and at 7 unaligned starts), with
/// the whole rest and with a short window, agrees with the reference.
void check_clean_line_end(std::string_view in) {
  std::size_t starts = 0;
  for (std::size_t pos = 0; pos < in.size() && starts < 64; ++starts) {
    const char* p = in.data() + pos;
    const std::size_t rest = in.size() - pos;
    for (const std::size_t window : {rest, rest < 40 ? rest : 40, rest / 2}) {
      bool high = false;
      bool high_reference = false;
      const std::size_t lf = smtpcodes::detail::clean_line_end(p, window, high);
      SMTPCODES_FUZZ_CHECK(lf == clean_line_end_reference(p, window, high_reference));
      if (lf != smtpcodes::detail::npos) SMTPCODES_FUZZ_CHECK(high == high_reference);
    }
    const std::size_t lf = in.find('\n', pos);
    pos = starts < 7 ? pos + 1 : (lf == std::string_view::npos ? in.size() : lf + 1);
  }
}

/// parse_enhanced_status(): a status parsed from text prints back as that text.
void check_enhanced_status(std::string_view in) {
  const std::optional<smtpcodes::enhanced_status> s = smtpcodes::parse_enhanced_status(in);
  if (!s) return;
  SMTPCODES_FUZZ_CHECK(smtpcodes::to_chars(*s).view() == in);
  SMTPCODES_FUZZ_CHECK(s->cls == 2 || s->cls == 4 || s->cls == 5);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  check_one(in, parse_options{});
  check_pipeline(in, parse_options{});
  check_scan(in);
  check_clean_line_end(in);
  check_enhanced_status(in);
  if (size > 0) {
    // Small limits from the first byte: lines of 0-248 bytes (0 means 1), 0-7 lines.
    parse_options small;
    small.max_line_length = static_cast<std::size_t>(data[0] & 0x1F) * 8;
    small.max_lines = static_cast<std::size_t>(data[0] >> 5);
    const std::string_view rest = in.substr(1);
    check_one(rest, small);
    check_pipeline(rest, small);
    check_enhanced_status(rest);
  }
  return 0;
}
