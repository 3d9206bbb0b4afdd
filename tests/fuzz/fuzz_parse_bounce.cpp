// libFuzzer target for parse_bounce() (bounce.hpp): any bytes as a message.
// Every view of the result lies in the message or in the text buffer, the
// counts agree, bounce_buffer_size() is always enough, a smaller buffer and a
// smaller record array change nothing but what is cut, and parsing is
// deterministic. ASan and UBSan watch every read.
#include <smtpcodes/bounce.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"

namespace {

using smtpcodes::bounce_record;
using smtpcodes::bounce_summary;
using smtpcodes_fuzz::inside;

/// A view lies in the message or in the text buffer (or is empty).
bool in_either(std::string_view v, std::string_view message, std::string_view text) {
  return v.empty() || inside(v, message) || inside(v, text);
}

void check_views(const bounce_summary& s, const bounce_record* records, std::string_view message,
                 std::string_view text) {
  for (const std::string_view v :
       {s.reporting_mta, s.received_from_mta, s.arrival_date, s.original_envelope_id,
        s.message_fields, s.original.message_id, s.original.from, s.original.to, s.original.subject,
        s.original.subject_charset}) {
    SMTPCODES_FUZZ_CHECK(in_either(v, message, text));
  }
  // The feedback type is either the report's or the library's own "abuse".
  SMTPCODES_FUZZ_CHECK(in_either(s.feedback_type, message, text) || s.feedback_type == "abuse");
  for (std::size_t i = 0; i < s.stored; ++i) {
    const bounce_record& r = records[i];
    for (const std::string_view v :
         {r.recipient, r.original_recipient, r.diagnostic, r.diagnostic_type, r.remote_mta,
          r.last_attempt_date, r.will_retry_until, r.fields}) {
      SMTPCODES_FUZZ_CHECK(in_either(v, message, text));
    }
    // A charset is named by the message, or sniffed (ISO-2022-JP escapes).
    SMTPCODES_FUZZ_CHECK(in_either(r.diagnostic_charset, message, text) ||
                         r.diagnostic_charset == "iso-2022-jp");
    SMTPCODES_FUZZ_CHECK(static_cast<unsigned>(r.action) <= 5);
    SMTPCODES_FUZZ_CHECK(static_cast<unsigned>(r.source) <= 4);
    SMTPCODES_FUZZ_CHECK(r.code == 0 || (r.code >= 100 && r.code <= 599));
    if (r.status)
      SMTPCODES_FUZZ_CHECK(r.status->cls == 2 || r.status->cls == 4 || r.status->cls == 5);
    SMTPCODES_FUZZ_CHECK(static_cast<unsigned>(r.verdict.reason) < smtpcodes::bounce_reason_count);
    SMTPCODES_FUZZ_CHECK(!r.verdict.why.empty() || r.source == smtpcodes::record_source::feedback);
  }
}

bool same_summary(const bounce_summary& a, const bounce_summary& b) {
  return a.kind == b.kind && a.generator == b.generator && a.recipient_count == b.recipient_count &&
         a.stored == b.stored && a.reporting_mta == b.reporting_mta &&
         a.original.message_id == b.original.message_id && a.feedback_type == b.feedback_type;
}

bool same_record(const bounce_record& a, const bounce_record& b) {
  return a.recipient == b.recipient && a.action == b.action && a.status == b.status &&
         a.code == b.code && a.command == b.command && a.diagnostic == b.diagnostic &&
         a.source == b.source && a.verdict.reason == b.verdict.reason &&
         a.verdict.what == b.verdict.what && a.verdict.bounce == b.verdict.bounce;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view message(reinterpret_cast<const char*>(data), size);
  constexpr std::size_t capacity = 16;

  // With the buffer bounce_buffer_size() asks for: nothing is cut.
  std::vector<char> text(smtpcodes::bounce_buffer_size(message));
  bounce_record records[capacity];
  const bounce_summary s =
      smtpcodes::parse_bounce(message, {text.data(), text.size()}, records, capacity);
  const std::string_view text_view(text.data(), text.size());
  SMTPCODES_FUZZ_CHECK(!s.text_truncated);
  SMTPCODES_FUZZ_CHECK(s.stored <= capacity && s.stored <= s.recipient_count);
  SMTPCODES_FUZZ_CHECK(s.stored == (s.recipient_count < capacity ? s.recipient_count : capacity));
  SMTPCODES_FUZZ_CHECK(static_cast<unsigned>(s.kind) <= 3);
  SMTPCODES_FUZZ_CHECK(static_cast<unsigned>(s.generator) < smtpcodes::bounce_generator_count);
  if (s.kind == smtpcodes::report_kind::auto_reply ||
      s.kind == smtpcodes::report_kind::not_a_report)
    SMTPCODES_FUZZ_CHECK(s.recipient_count == 0);
  if (s.kind == smtpcodes::report_kind::delivery_status)
    SMTPCODES_FUZZ_CHECK(s.recipient_count > 0);
  check_views(s, records, message, text_view);

  // The same again: the same result.
  std::vector<char> text2(text.size());
  bounce_record records2[capacity];
  const bounce_summary s2 =
      smtpcodes::parse_bounce(message, {text2.data(), text2.size()}, records2, capacity);
  SMTPCODES_FUZZ_CHECK(same_summary(s, s2));
  for (std::size_t i = 0; i < s.stored; ++i)
    SMTPCODES_FUZZ_CHECK(same_record(records[i], records2[i]));

  // A record array of one and a buffer of 64 bytes: views stay inside, no
  // byte is written past the buffer, at most one record is stored.
  std::vector<char> small(64 + 32, '\x5A');
  bounce_record one[1];
  const bounce_summary s3 = smtpcodes::parse_bounce(message, {small.data(), 64}, one, 1);
  for (std::size_t i = 64; i < small.size(); ++i) SMTPCODES_FUZZ_CHECK(small[i] == '\x5A');
  SMTPCODES_FUZZ_CHECK(s3.stored <= 1 && s3.stored <= s3.recipient_count);
  check_views(s3, one, message, std::string_view(small.data(), 64));
  return 0;
}
