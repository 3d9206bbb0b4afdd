// The fields of a delivery status notification (RFC 3464 §2.2 per-message
// fields, §2.3 per-recipient fields, §2.1 groups separated by blank lines)
// and of a feedback report (RFC 5965 §3.1), as views into the report part.
// Values keep their folds; the reader of bounce.hpp unfolds what it returns.
#ifndef SMTPCODES_DETAIL_DSN_FIELDS_HPP
#define SMTPCODES_DETAIL_DSN_FIELDS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mime.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

/// The per-recipient fields this library reads (RFC 3464 §2.3), plus the
/// fields of the group as they stand, for any X- field a caller wants.
struct dsn_recipient_fields {
  std::string_view final_recipient;     ///< "rfc822; a@b" as written
  std::string_view original_recipient;  ///< "rfc822; a@b" as written
  std::string_view action;
  std::string_view status;
  std::string_view remote_mta;
  std::string_view diagnostic;  ///< "smtp; 550 ..." with its continuation lines
  std::string_view last_attempt_date;
  std::string_view will_retry_until;
  std::string_view fields;  ///< the whole group
};

/// The per-message fields (RFC 3464 §2.2).
struct dsn_message_fields {
  std::string_view reporting_mta;
  std::string_view received_from_mta;
  std::string_view arrival_date;
  std::string_view original_envelope_id;
  std::string_view fields;  ///< the group that held Reporting-MTA, as it stands
};

enum class dsn_field : std::uint8_t {
  other,
  final_recipient,
  original_recipient,
  action,
  status,
  remote_mta,
  diagnostic_code,
  last_attempt_date,
  will_retry_until,
  reporting_mta,
  received_from_mta,
  arrival_date,
  original_envelope_id,
};

/// The field names, lower case, by dsn_field (RFC 3464 §2.2, §2.3).
[[nodiscard]] constexpr dsn_field classify_dsn_field(std::string_view name) noexcept {
  struct row {
    std::string_view name;
    dsn_field field;
  };
  constexpr row rows[] = {
      {"final-recipient", dsn_field::final_recipient},
      {"original-recipient", dsn_field::original_recipient},
      {"action", dsn_field::action},
      {"status", dsn_field::status},
      {"remote-mta", dsn_field::remote_mta},
      {"diagnostic-code", dsn_field::diagnostic_code},
      {"last-attempt-date", dsn_field::last_attempt_date},
      {"will-retry-until", dsn_field::will_retry_until},
      {"reporting-mta", dsn_field::reporting_mta},
      {"received-from-mta", dsn_field::received_from_mta},
      {"arrival-date", dsn_field::arrival_date},
      {"original-envelope-id", dsn_field::original_envelope_id},
  };
  if (name.size() < 6) return dsn_field::other;
  for (const row& r : rows)
    if (iequals(name, r.name)) return r.field;
  return dsn_field::other;
}

/// Reads the groups of a delivery-status body, or of any text that holds
/// such fields. A group is a run of field lines; blank lines and lines that
/// are not fields separate groups, and so does a recipient field (or Action,
/// or Status) that the current group already holds, for generators that
/// leave out the blank line between recipients.
class dsn_reader {
 public:
  dsn_reader(std::string_view text, char eol) noexcept : text_(text), lines_(text, eol) {}

  /// The next group with at least one field; its fields are classified into
  /// `rcpt` and `msg` (values of fields it lacks are left empty).
  bool next(dsn_recipient_fields& rcpt, dsn_message_fields& msg) noexcept {
    rcpt = {};
    msg = {};
    std::size_t begin = npos, end = 0;
    unsigned seen = 0;  // bit per dsn_field already in this group
    std::string_view line;
    while (pending_ || lines_.next(line)) {
      if (pending_) {
        line = pending_line_;
        pending_ = false;
      }
      const std::size_t at = static_cast<std::size_t>(line.data() - text_.data());
      const std::size_t colon = line.empty() || is_blank(line[0]) ? npos : field_colon(line);
      if (colon == npos) {
        if (!line.empty() && is_blank(line[0]) && begin != npos && !is_blank_line(line)) {
          end = at + line.size();  // a continuation line of the last field
          extend_last(line);
          continue;
        }
        if (begin != npos) break;
        continue;
      }
      const dsn_field f = classify_dsn_field(line.substr(0, colon));
      const unsigned bit = 1u << static_cast<unsigned>(f);
      const bool repeats = f != dsn_field::other && (seen & bit) != 0 &&
                           (f == dsn_field::final_recipient || f == dsn_field::original_recipient ||
                            f == dsn_field::action || f == dsn_field::status);
      if (repeats) {
        pending_ = true;
        pending_line_ = line;
        break;
      }
      seen |= bit;
      if (begin == npos) begin = at;
      end = at + line.size();
      std::size_t v = colon + 1;
      while (v < line.size() && is_blank(line[v])) ++v;
      last_ = slot(f, rcpt, msg);
      if (last_ != nullptr) *last_ = line.substr(v);
    }
    if (begin == npos) return false;
    rcpt.fields = text_.substr(begin, end - begin);
    if (!msg.reporting_mta.empty() || !msg.arrival_date.empty()) msg.fields = rcpt.fields;
    return true;
  }

 private:
  static std::string_view* slot(dsn_field f, dsn_recipient_fields& r,
                                dsn_message_fields& m) noexcept {
    switch (f) {
      case dsn_field::final_recipient:
        return &r.final_recipient;
      case dsn_field::original_recipient:
        return &r.original_recipient;
      case dsn_field::action:
        return &r.action;
      case dsn_field::status:
        return &r.status;
      case dsn_field::remote_mta:
        return &r.remote_mta;
      case dsn_field::diagnostic_code:
        return &r.diagnostic;
      case dsn_field::last_attempt_date:
        return &r.last_attempt_date;
      case dsn_field::will_retry_until:
        return &r.will_retry_until;
      case dsn_field::reporting_mta:
        return &m.reporting_mta;
      case dsn_field::received_from_mta:
        return &m.received_from_mta;
      case dsn_field::arrival_date:
        return &m.arrival_date;
      case dsn_field::original_envelope_id:
        return &m.original_envelope_id;
      default:
        return nullptr;
    }
  }
  /// Makes the last field's value run to the end of `line` (a continuation).
  void extend_last(std::string_view line) noexcept {
    if (last_ == nullptr || last_->data() == nullptr) return;
    const char* b = last_->data();
    *last_ = std::string_view(b, static_cast<std::size_t>(line.data() + line.size() - b));
  }

  std::string_view text_;
  line_reader lines_;
  std::string_view pending_line_;
  bool pending_ = false;
  std::string_view* last_ = nullptr;
};

/// A typed value without its type: "rfc822; <a@b>" -> "a@b", "dns; mx.example"
/// -> "mx.example" (RFC 3464 §2.1.2 address-type and mta-name-type).
[[nodiscard]] constexpr std::string_view strip_type(std::string_view v) noexcept {
  v = trim(v);
  const std::size_t semi = v.find(';');
  if (semi != npos && semi < 20) v = trim(v.substr(semi + 1));
  if (v.size() >= 2 && v.front() == '<' && v.back() == '>') v = trim(v.substr(1, v.size() - 2));
  return v;
}

/// A Diagnostic-Code value split into its type ("smtp", "X-Postfix") and
/// text (RFC 3464 §2.3.6). Without a ';' the whole value is the text.
struct typed_text {
  std::string_view type;
  std::string_view text;
};
[[nodiscard]] constexpr typed_text split_diagnostic(std::string_view v) noexcept {
  v = trim(v);
  const std::size_t semi = v.find(';');
  if (semi == npos || semi > 20) return {{}, v};
  const std::string_view type = trim(v.substr(0, semi));
  for (const char c : type)
    if (!(is_alpha(c) || is_digit(c) || c == '-' || c == '_')) return {{}, v};
  return {type, trim(v.substr(semi + 1))};
}

/// Fields of an RFC 5965 feedback report that this library reads.
struct feedback_fields {
  std::string_view feedback_type;
  std::string_view original_mail_from;
  std::string_view reporting_mta;
  std::string_view arrival_date;
  std::string_view source_ip;
};
[[nodiscard]] inline feedback_fields read_feedback_fields(std::string_view text,
                                                          char eol) noexcept {
  feedback_fields out;
  field_reader r(text, eol);
  header_field f;
  while (r.next(f)) {
    if (iequals(f.name, "feedback-type"))
      out.feedback_type = trim(f.value);
    else if (iequals(f.name, "original-mail-from"))
      out.original_mail_from = strip_type(f.value);
    else if (iequals(f.name, "reporting-mta"))
      out.reporting_mta = strip_type(f.value);
    else if (iequals(f.name, "arrival-date") || iequals(f.name, "received-date"))
      out.arrival_date = trim(f.value);
    else if (iequals(f.name, "source-ip"))
      out.source_ip = trim(f.value);
  }
  return out;
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
