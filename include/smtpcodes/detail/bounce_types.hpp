// The types of bounce.hpp: what a message is (report_kind), what happened to
// a recipient (dsn_action, RFC 3464 §2.3.3), who generated the bounce, the
// record of one recipient, the summary of a message and the caller's text
// buffer. In a header of their own so that the reader's headers compile alone.
#ifndef SMTPCODES_DETAIL_BOUNCE_TYPES_HPP
#define SMTPCODES_DETAIL_BOUNCE_TYPES_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "../advice.hpp"
#include "../command.hpp"
#include "../enhanced_status.hpp"

namespace smtpcodes {
inline namespace v1 {

/// What a message is.
enum class report_kind : std::uint8_t {
  not_a_report,     ///< an ordinary message, or nothing this library can read
  delivery_status,  ///< a failed, delayed (or, on request, successful) delivery: a bounce
  feedback,         ///< a feedback report (RFC 5965 ARF, and Hotmail's complaint format)
  auto_reply,       ///< an automatic reply (RFC 3834, vacation notices): never a bounce
};

/// The DSN action of a recipient (RFC 3464 §2.3.3).
enum class dsn_action : std::uint8_t {
  none,       ///< not given (feedback reports)
  failed,     ///< delivery failed: a bounce
  delayed,    ///< still trying: a delay warning, not a failure
  delivered,  ///< delivered (a success DSN, NOTIFY=SUCCESS)
  relayed,    ///< relayed to a system that sends no DSNs
  expanded,   ///< delivered and forwarded to further addresses
};

/// Where a record's recipient was found.
enum class record_source : std::uint8_t {
  dsn,                ///< a message/delivery-status part (or DSN fields in a text part)
  text,               ///< the human-readable text of the bounce
  failed_recipients,  ///< the X-Failed-Recipients header field
  feedback,           ///< a feedback report (Original-Rcpt-To, the reported message)
  notification,       ///< a JSON notification (Amazon SES via SNS)
};

/// The software or service that generated a bounce, as far as it could be
/// recognised (detail/bounce_generators.hpp lists what gives each away).
enum class bounce_generator : std::uint8_t {
  unknown,
  postfix,
  sendmail,
  sendmail_v5,
  exim,
  qmail,
  courier,
  opensmtpd,
  dragonfly,
  exchange2003,
  exchange2007,
  office365,
  outlook,
  gmail,
  google_groups,
  yahoo,
  aol,
  amazon_ses,
  amazon_workmail,
  mail_ru,
  yandex,
  gmx,
  one_and_one,
  zoho,
  domino,
  notes,
  messaging_server,
  powermta,
  mcafee,
  messagelabs,
  barracuda,
  trend_micro,
  surfcontrol,
  mimecast,
  mailmarshal,
  mailfoundry,
  imail,
  kddi,
  ezweb,
  activehunter,
  amavis,
  m_filter,
  fml,
  apache_james,
};
inline constexpr std::size_t bounce_generator_count = 44;

namespace detail {
// clang-format off
inline constexpr char report_kind_names[][16] = {
    "not_a_report", "delivery_status", "feedback", "auto_reply"};
inline constexpr char dsn_action_names[][10] = {
    "none", "failed", "delayed", "delivered", "relayed", "expanded"};
inline constexpr char record_source_names[][18] = {
    "dsn", "text", "failed_recipients", "feedback", "notification"};
inline constexpr char bounce_generator_names[bounce_generator_count][17] = {
    "unknown", "postfix", "sendmail", "sendmail_v5", "exim", "qmail", "courier", "opensmtpd",
    "dragonfly", "exchange2003", "exchange2007", "office365", "outlook", "gmail",
    "google_groups", "yahoo", "aol", "amazon_ses", "amazon_workmail", "mail_ru", "yandex", "gmx",
    "1and1", "zoho", "domino", "notes", "messaging_server", "powermta", "mcafee", "messagelabs",
    "barracuda", "trend_micro", "surfcontrol", "mimecast", "mailmarshal", "mailfoundry", "imail",
    "kddi", "ezweb", "activehunter", "amavis", "m_filter", "fml", "apache_james"};
// clang-format on
}  // namespace detail

/// Names for logs and JSON: "delivery_status", "delayed", "text", "postfix".
[[nodiscard]] constexpr std::string_view to_string(report_kind k) noexcept {
  const auto i = static_cast<std::size_t>(k);
  return detail::stored_name(detail::report_kind_names[i < 4 ? i : 0]);
}
[[nodiscard]] constexpr std::string_view to_string(dsn_action a) noexcept {
  const auto i = static_cast<std::size_t>(a);
  return detail::stored_name(detail::dsn_action_names[i < 6 ? i : 0]);
}
[[nodiscard]] constexpr std::string_view to_string(record_source s) noexcept {
  const auto i = static_cast<std::size_t>(s);
  return detail::stored_name(detail::record_source_names[i < 5 ? i : 0]);
}
[[nodiscard]] constexpr std::string_view to_string(bounce_generator g) noexcept {
  const auto i = static_cast<std::size_t>(g);
  return detail::stored_name(detail::bounce_generator_names[i < bounce_generator_count ? i : 0]);
}

/// One recipient of a report. Views point into the message or into the
/// caller's text buffer; they live as long as both.
struct bounce_record {
  std::string_view recipient;           ///< the final recipient's address, without "rfc822;"
  std::string_view original_recipient;  ///< Original-Recipient's address, when given
  dsn_action action = dsn_action::none;
  std::optional<enhanced_status> status;  ///< Status, or the diagnostic's when Status is X.0.0
  unsigned code = 0;                      ///< the SMTP reply code in the diagnostic; 0 if none
  smtp_command command = smtp_command::unknown;  ///< the command the diagnostic answered
  std::string_view diagnostic;                   ///< the reason as text: unfolded, decoded
  std::string_view diagnostic_type;              ///< "smtp", "X-Postfix", ...; empty when from text
  std::string_view diagnostic_charset;           ///< empty: UTF-8; otherwise the bytes are in it
  std::string_view remote_mta;                   ///< Remote-MTA without its "dns;" type
  std::string_view last_attempt_date;
  std::string_view will_retry_until;
  std::string_view fields;  ///< the DSN recipient fields as written, for X- fields (dsn_field())
  record_source source = record_source::dsn;
  advice verdict;  ///< advise(diagnostic, command), with the status when the text has none
};

/// The returned original message's header fields, when the bounce carries them.
struct original_message {
  std::string_view message_id;
  std::string_view from;
  std::string_view to;
  std::string_view subject;          ///< RFC 2047 decoded
  std::string_view subject_charset;  ///< empty: UTF-8; otherwise the charset of `subject`
};

/// What parse_bounce() says about a message as a whole.
struct bounce_summary {
  report_kind kind = report_kind::not_a_report;
  bounce_generator generator = bounce_generator::unknown;
  std::string_view reporting_mta;  ///< RFC 3464 per-message fields, types removed
  std::string_view received_from_mta;
  std::string_view arrival_date;
  std::string_view original_envelope_id;
  std::string_view message_fields;  ///< the per-message DSN fields as written (dsn_field())
  std::string_view feedback_type;   ///< RFC 5965 Feedback-Type ("abuse"), for feedback reports
  original_message original;
  std::size_t recipient_count = 0;  ///< recipients found, stored or not
  std::size_t stored = 0;           ///< records written
  bool text_truncated = false;      ///< the text buffer was too small: some texts are cut short

  /// Recipients that did not fit in the record array.
  [[nodiscard]] constexpr std::size_t recipients_not_stored() const noexcept {
    return recipient_count - stored;
  }
  /// A bounce in the sense of a failure or delay notice.
  [[nodiscard]] constexpr bool is_bounce() const noexcept {
    return kind == report_kind::delivery_status;
  }
};

/// The caller's buffer for decoded text (base64, quoted-printable, RFC 2047,
/// ISO-8859-1 to UTF-8, unfolded fields). bounce_buffer_size() is always enough.
struct text_buffer {
  char* data = nullptr;
  std::size_t size = 0;
  constexpr text_buffer() noexcept = default;
  constexpr text_buffer(char* d, std::size_t n) noexcept : data(d), size(n) {}
  template <std::size_t N>
  constexpr text_buffer(char (&a)[N]) noexcept : data(a), size(N) {}  // NOLINT: implicit
};

/// A text buffer size with which no text of `message` is ever cut short.
[[nodiscard]] constexpr std::size_t bounce_buffer_size(std::string_view message) noexcept {
  return 4 * message.size() + 4096;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
