// Whole bounce emails: parse_bounce() reads one RFC 5322 message (any line
// endings) and says what kind of report it is (RFC 6522 / RFC 3464 delivery
// status, RFC 5965 feedback, RFC 3834 auto-reply), who generated it, and one
// record per recipient with advise()'s verdict. Human-readable bounces of
// generators that ignore RFC 3464 are read through the tables of
// detail/bounce_generators.hpp. The core allocates nothing; see docs/bounces.md.
#ifndef SMTPCODES_BOUNCE_HPP
#define SMTPCODES_BOUNCE_HPP

#include <array>
#include <cstddef>
#include <string_view>

#include "detail/bounce_types.hpp"

#include "detail/bounce_reader.hpp"

namespace smtpcodes {
inline namespace v1 {

/// A report with room for N records. Records past N are counted in
/// recipient_count but not stored (recipients_not_stored()).
template <std::size_t N>
struct basic_bounce_report : bounce_summary {
  std::array<bounce_record, N> records{};

  [[nodiscard]] constexpr const bounce_record* begin() const noexcept { return records.data(); }
  [[nodiscard]] constexpr const bounce_record* end() const noexcept {
    return records.data() + stored;
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return stored; }
  [[nodiscard]] constexpr bool empty() const noexcept { return stored == 0; }
  [[nodiscard]] constexpr const bounce_record& operator[](std::size_t i) const noexcept {
    return records[i];
  }
};
/// The report parse_bounce() returns: room for 32 recipients.
using bounce_report = basic_bounce_report<32>;

/// Reads one message into `summary` and up to `capacity` records. Never
/// allocates, never throws; linear in the message size. Views in the result
/// point into `message` and `text`.
inline bounce_summary parse_bounce(std::string_view message, text_buffer text,
                                   bounce_record* records, std::size_t capacity) noexcept {
  return detail::bounce::read_bounce(message, text, records, capacity);
}
/// Reads one message into `out` (any capacity).
template <std::size_t N>
void parse_bounce(std::string_view message, text_buffer text,
                  basic_bounce_report<N>& out) noexcept {
  static_cast<bounce_summary&>(out) = parse_bounce(message, text, out.records.data(), N);
}
/// Reads one message; decoded text goes to `text` (bounce_buffer_size() bytes are always enough).
[[nodiscard]] inline bounce_report parse_bounce(std::string_view message,
                                                text_buffer text) noexcept {
  bounce_report r;
  parse_bounce(message, text, r);
  return r;
}

/// The text parse_bounce() gave advise() for a record: its diagnostic, with
/// the status written in where the text does not carry it. A caller who
/// judges with its own policy or operator rules gives advise() the same:
/// `advise(advice_text(r, buf, sizeof buf), r.command, rules, host)`.
/// A composed text goes to [out, out + size); otherwise the view is the
/// record's diagnostic.
[[nodiscard]] inline std::string_view advice_text(const bounce_record& r, char* out,
                                                  std::size_t size) noexcept {
  return detail::bounce::advice_text(r, out, size);
}

/// The value of a field in a record's or summary's `fields` (for example
/// "X-Postfix-Queue-ID" or "X-Actual-Recipient"), folds kept; empty if absent.
[[nodiscard]] inline std::string_view dsn_field(std::string_view fields,
                                                std::string_view name) noexcept {
  return detail::bounce::group_field(fields, name);
}

}  // namespace v1
}  // namespace smtpcodes

#include "detail/bounce_document.hpp"

#endif
