// The reply inside free text (a DSN Diagnostic-Code value, a bounce line, a
// mail log line), read where detail/log_markers.hpp says it starts: its
// extent, bytes, status and folds (the one-pass scan of detail/text_scan.hpp
// at run time, the separate searches otherwise), finished by finish_reply()
// like every parsed reply. find_reply() and advise(text) both call it.
#ifndef SMTPCODES_DETAIL_FREE_TEXT_HPP
#define SMTPCODES_DETAIL_FREE_TEXT_HPP

#include <cstddef>
#include <string_view>

#include "config.hpp"
#include "folded_text.hpp"
#include "log_markers.hpp"
#include "reply_finish.hpp"
#include "reply_lines.hpp"
#include "reply_types.hpp"
#include "status_text.hpp"
#include "text_scan.hpp"
#include "text_search.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// The reply of `text` that starts at `at` (reply_start_in()); the command
/// is looked for only when `with_command`. `f` (default-constructed)
/// receives what the scan read of the reply text.
[[nodiscard]] constexpr text_match reply_in_text(std::string_view text, std::size_t at,
                                                 bool with_command, reply_facts& f) noexcept {
  text_match m;
  bool scanned = false;  // f filled by the one-pass scan
  if (SMTPCODES_RUN_FAST()) scanned = reply_facts_fast(text, at, f);
  if (!scanned) f.extent = reply_text_end(text, at);
  const std::size_t end = f.extent.end;
  const std::string_view raw = view_of(text, at, end - at);
  if (!scanned) {
    // CR and LF are folding in free text, not errors: look again without them if present.
    f.flags = scan_bytes(raw.data(), raw.size());
    if ((f.flags & (has_cr | has_control)) != 0) {
      f.flags = 0;
      for (const char c : raw)
        if (c != '\n' && c != '\r') f.flags |= byte_class(static_cast<unsigned char>(c));
    }
    f.status_used = raw.size() > 4 ? leading_status(view_from(raw, 4), f.status, f.hash) : 0;
  }
  m.position = at;
  if ((f.flags & has_nul) != 0) {
    m.error = parse_error::nul_byte;
    return m;
  }
  if ((f.flags & has_control) != 0) {
    m.error = parse_error::control_character;
    return m;
  }
  const std::size_t lines = scanned ? f.lines : folded_segments(raw, f.status_used);
  if (lines > max_line_count) {  // more segments than line_count can hold
    m.error = parse_error::too_many_lines;
    return m;
  }
  unsigned warnings = warning_bit(reply_warning::free_text);
  if ((f.flags & has_high) != 0) warnings |= warning_bit(reply_warning::non_ascii);
  if (raw.size() <= 4) warnings |= warning_bit(reply_warning::no_text);
  if (f.status_used != 0 && f.hash) warnings |= warning_bit(reply_warning::hash_status);
  const std::string_view after_code = raw.size() > 4 ? view_from(raw, 4) : std::string_view{};
  const reply_reading in{digit_value(raw[0]) * 100 + digit_value(raw[1]) * 10 + digit_value(raw[2]),
                         raw,
                         lines,
                         warnings,
                         f.status_used != 0,
                         f.status,
                         after_code,
                         after_code};
  finish_reply(in, m.value);
  if (with_command) m.command = command_in_text(text, at, f.extent.in_reply);
  m.error = parse_error::none;
  return m;
}

/// The first reply in `text`, as find_reply() gives it; `f` as for reply_in_text().
[[nodiscard]] constexpr text_match find_in_text(std::string_view text, bool with_command,
                                                reply_facts& f) noexcept {
  const std::size_t at = reply_start_in(text);
  if (at == npos) return text_match{};
  return reply_in_text(text, at, with_command, f);
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
