// The decision rules behind advise(): reasons from enhanced status codes
// (RFC 3463 §3, RFC 5248 registry), then from the reply text, then from the
// basic code; actions and scopes from RFC 5321 and its extensions.
// Private to advice.hpp.
#ifndef SMTPCODES_DETAIL_ADVICE_RULES_HPP
#define SMTPCODES_DETAIL_ADVICE_RULES_HPP

#include "../reply.hpp"
#include "advice_types.hpp"
#include "advice_why.hpp"
#include "reason_index.hpp"
#include "status_reasons.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// Reason from the basic code and command when neither status nor text says more.
[[nodiscard]] constexpr bounce_reason reason_of_code(unsigned code, smtp_command c) noexcept {
  switch (code) {
    case 451:
      return R::system_error;
    case 452:
      return c == smtp_command::rcpt ? R::too_many_recipients : R::system_full;
    case 454:
      return c == smtp_command::starttls ? R::failed_starttls : R::security_error;
    case 432:
    case 530:
    case 534:
    case 535:
    case 538:
      return R::security_error;
    case 455:
    case 500:
    case 501:
    case 502:
    case 503:
    case 504:
    case 555:
      return R::syntax_error;
    case 521:
    case 556:
      return R::not_accept;
    case 551:
      return R::has_moved;
    case 552:  // on RCPT: treated as 452, too many recipients (RFC 5321 §4.5.3.1.10)
      if (c == smtp_command::rcpt) return R::too_many_recipients;
      return c == smtp_command::mail || c == smtp_command::end_of_data || c == smtp_command::data ||
                     c == smtp_command::bdat
                 ? R::message_too_large
                 : R::mailbox_full;
    case 553:
      return c == smtp_command::mail ? R::sender_rejected : R::user_unknown;
    case 554:
      return c == smtp_command::connect ? R::blocked : R::undefined;
    default:
      return R::undefined;
  }
}

/// How far an enhanced status can be trusted for a reason: a specific row
/// is `strong`; it is only `demoted` when it contradicts its basic code (not
/// associated with it in the IANA registry, or used against RFC 3463's
/// permanent/transient restriction), as providers reuse codes loosely.
enum class status_weight : std::uint8_t { none, generic, demoted, strong };
struct weighed_status {
  bounce_reason reason;
  status_weight weight;
};
[[nodiscard]] constexpr weighed_status weigh_status(const reply& r) noexcept {
  if (!r.status || (r.code != 0 && r.status->cls != r.code / 100))
    return {R::undefined, status_weight::none};
  const status_reason sr = reason_of(*r.status);
  if (sr.reason == R::undefined || sr.reason == R::none) return {sr.reason, status_weight::none};
  if (!sr.strong) return {sr.reason, status_weight::generic};
  if (r.code == 0) return {sr.reason, status_weight::strong};  // a status without a code
  const status_diagnostics d = check(r.code, *r.status);
  const bool contradicts =
      d.has(status_diagnostic::not_associated) || d.has(status_diagnostic::usage_restricted);
  return {sr.reason, contradicts ? status_weight::demoted : status_weight::strong};
}

/// Patterns are matched on the text a person reads: for a multi-line reply
/// the line bodies joined by spaces, so a phrase broken across lines matches.
inline constexpr std::size_t joined_text_limit = 2048;
/// The joined text of a multi-line reply, matched at run time: written once
/// into an uninitialised buffer one byte larger than the limit, so that a
/// text over the limit shows by filling it.
inline text_reason match_joined_text(const reply& r) noexcept {
  char joined[joined_text_limit + 1];
  const std::string_view t = r.warnings.has(reply_warning::free_text)
                                 ? join_free_text(r.raw, joined, sizeof joined)
                                 : r.text_to(joined, sizeof joined);
  return match_text(t.size() > joined_text_limit ? r.raw : t);
}
/// `known`, when given, is the text to match, found by the caller (free text of one segment).
[[nodiscard]] constexpr text_reason match_reply_text(
    const reply& r, const std::string_view* known = nullptr) noexcept {
  if (known != nullptr && known->size() <= joined_text_limit) return match_text(*known);
  if (r.line_count <= 1 && !r.warnings.has(reply_warning::free_text))
    return match_text(r.raw.size() > 4 ? r.raw.substr(4) : std::string_view{});
  if (r.warnings.has(reply_warning::free_text) && SMTPCODES_RUN_FAST()) {
    bool single = false;
    const std::string_view body = single_segment_body(r.raw, single);
    if (single && body.size() <= joined_text_limit) return match_text(body);
  } else if (r.warnings.has(reply_warning::free_text)) {
    // One folded segment (most log lines): its body is the joined text, matched in place.
    const reply_lines lines = r.lines();
    reply_lines::iterator it = lines.begin();
    if (it != lines.end()) {
      const std::string_view body = (*it).body;
      if (++it == lines.end() && body.size() <= joined_text_limit) return match_text(body);
    }
  }
  if (SMTPCODES_RUN_FAST()) return match_joined_text(r);
  char joined[joined_text_limit] = {};
  const std::size_t n = r.text_size();
  if (n > sizeof joined) return match_text(r.raw);
  return match_text(r.text_to(joined, sizeof joined));
}

/// The reason for a failed reply, in this order: a decisive text pattern
/// (greylisting, rate limits, SPF/DKIM/DMARC, viruses); a specific enhanced
/// status; the text; a status that contradicts its code; the basic code and
/// command; a generic status (X.0.0, X.7.1 ...).
[[nodiscard]] constexpr bounce_reason failure_reason(const reply& r, smtp_command c,
                                                     const std::string_view* body) noexcept {
  const weighed_status st = weigh_status(r);
  const text_reason tr = match_reply_text(r, body);
  if (tr.decisive) return tr.reason;
  if (st.weight == status_weight::strong) return st.reason;
  if (tr.reason != R::undefined) return tr.reason;
  if (st.weight == status_weight::demoted) return st.reason;
  const bounce_reason from_code = reason_of_code(r.code, c);
  if (from_code != R::undefined) return from_code;
  if (st.weight == status_weight::generic) return st.reason;
  return R::undefined;
}

[[nodiscard]] constexpr bool recipient_reason(bounce_reason r) noexcept {
  return r == R::user_unknown || r == R::host_unknown || r == R::has_moved || r == R::not_accept ||
         r == R::mailbox_disabled || r == R::mailbox_full || r == R::relay_denied ||
         r == R::too_many_recipients;
}

[[nodiscard]] constexpr scope scope_of(smtp_command c, bounce_reason r) noexcept {
  switch (c) {
    case smtp_command::rcpt:
    case smtp_command::vrfy:
    case smtp_command::expn:
      return scope::recipient;
    case smtp_command::mail:
    case smtp_command::data:
    case smtp_command::end_of_data:
    case smtp_command::bdat:
    case smtp_command::burl:
      return scope::message;
    case smtp_command::unknown:
      return recipient_reason(r) ? scope::recipient : scope::message;
    default:
      return scope::session;
  }
}

[[nodiscard]] constexpr std::chrono::seconds default_delay(bounce_reason r) noexcept {
  switch (r) {
    case R::greylisted:
      return std::chrono::seconds{300};
    case R::network_error:
      return std::chrono::seconds{600};
    case R::rate_limited:
    case R::bad_reputation:
    case R::blocked:
      return std::chrono::seconds{3600};
    case R::mailbox_full:
      return std::chrono::seconds{3600};
    case R::system_full:
      return std::chrono::seconds{1800};
    case R::too_many_recipients:
      return std::chrono::seconds{1};
    default:
      return std::chrono::seconds{900};
  }
}

[[nodiscard]] constexpr std::chrono::seconds delay_for(bounce_reason r,
                                                       const advice_policy& p) noexcept {
  const auto i = static_cast<std::size_t>(r);
  if (i < p.delays.size() && p.delays[i].count() > 0) return p.delays[i];
  if (r == R::undefined || r == R::none)
    return p.default_delay.count() > 0 ? p.default_delay : default_delay(r);
  return default_delay(r);
}

[[nodiscard]] constexpr bool is_session_start(smtp_command c) noexcept {
  return c == smtp_command::connect || c == smtp_command::ehlo || c == smtp_command::helo;
}

[[nodiscard]] constexpr advice finish(advice a, const advice_policy& p) noexcept {
  if (a.what == action::give_up && p.soft_bounce) {
    a.what = action::retry_later;
    a.why = why_text(why_id::soft_bounce_mode);
  }
  if (a.what == action::retry_later || a.what == action::retry_new_transaction)
    a.delay = delay_for(a.reason, p);
  if (a.what == action::proceed || a.what == action::continue_) {
    a.bounce = bounce_type::none;
  } else {
    a.bounce = is_hard_reason(a.reason) && a.what != action::retry_later &&
                       a.what != action::retry_new_transaction
                   ? bounce_type::hard
                   : bounce_type::soft;
  }
  return a;
}

/// `body`: as for match_reply_text().
[[nodiscard]] constexpr advice decide(const reply& r, smtp_command c, const advice_policy& p,
                                      const std::string_view* body = nullptr) noexcept {
  advice a;
  const unsigned code = r.code;
  const unsigned cls = code / 100;
  if (cls == 2) {
    a.what = action::proceed;
    a.close_connection = code == 221;
    a.why = code == 221 ? why_text(why_id::quit) : why_text(why_id::success);
    return finish(a, p);
  }
  if (cls == 3) {
    a.what = action::continue_;
    a.why = why_text(why_id::intermediate);
    return finish(a, p);
  }
  if (cls != 4 && cls != 5) {
    a.what = action::give_up;
    a.applies_to = scope::session;
    a.reason = R::not_compliant_rfc;
    a.close_connection = true;
    a.why = why_text(why_id::bad_class);
    return finish(a, p);
  }
  a.reason = failure_reason(r, c, body);
  a.applies_to = scope_of(c, a.reason);
  if (code == 421) {
    a.close_connection = true;
    a.applies_to = scope::session;
    a.what = is_session_start(c) ? action::try_next_host : action::retry_later;
    a.why =
        is_session_start(c) ? why_text(why_id::closing_next_host) : why_text(why_id::closing_retry);
    return finish(a, p);
  }
  if (cls == 4) {
    const bool x53 = r.status && r.status->subject == 5 && r.status->detail == 3;
    if (c == smtp_command::rcpt && (a.reason == R::too_many_recipients || x53)) {
      a.what = action::retry_new_transaction;
      a.reason = R::too_many_recipients;
      a.why = why_text(why_id::too_many_recipients);
    } else if (c == smtp_command::connect || (is_session_start(c) && code != 454)) {
      a.what = action::try_next_host;
      a.applies_to = scope::session;
      a.why = why_text(why_id::transient_next_host);
    } else if (code == 432) {
      a.what = action::change_request;
      a.why = why_text(why_id::transition_needed);
    } else {
      a.what = action::retry_later;
      a.why = why_text(why_id::transient);
    }
    return finish(a, p);
  }
  // 5yz.
  const bool size_status = r.status && r.status->subject == 3 && r.status->detail == 4;
  if (code == 552 && c == smtp_command::rcpt && !size_status && !p.permanent_552_on_rcpt &&
      a.reason != R::message_too_large) {
    const bool x53 = r.status && r.status->subject == 5 && r.status->detail == 3;
    if (a.reason == R::mailbox_full && !x53) {
      a.what = action::retry_later;
      a.why = why_text(why_id::rcpt_552_mailbox_full);
    } else {
      a.what = action::retry_new_transaction;
      a.reason = R::too_many_recipients;
      a.why = why_text(why_id::rcpt_552_new_transaction);
    }
    return finish(a, p);
  }
  if (c == smtp_command::connect) {
    if (recipient_reason(a.reason)) a.reason = reason_of_code(code, c);  // no recipient yet
    a.what = action::try_next_host;
    a.applies_to = scope::session;
    a.why = why_text(why_id::greeting_refused);
    return finish(a, p);
  }
  if (c == smtp_command::ehlo && (code == 500 || code == 502)) {
    a.what = action::change_request;
    a.applies_to = scope::session;
    a.reason = R::syntax_error;
    a.why = why_text(why_id::ehlo_unsupported);
    return finish(a, p);
  }
  if (code == 530 || code == 534 || code == 535 || code == 538) {
    a.what = action::change_request;
    a.applies_to = scope::session;
    a.why = code == 530   ? why_text(why_id::starttls_or_auth_required)
            : code == 534 ? why_text(why_id::stronger_auth_required)
            : code == 535 ? why_text(why_id::credentials_rejected)
                          : why_text(why_id::encryption_required);
    return finish(a, p);
  }
  if (is_session_start(c) && code != 501 && code != 504) {
    a.what = action::try_next_host;
    a.applies_to = scope::session;
    a.why = why_text(why_id::session_refused);
    return finish(a, p);
  }
  // A refused form of request (RFC 5321 §4.2.4, §4.3.2): the client can correct it,
  // unless the text or status says a policy is the problem. An address the
  // client wrote with bad syntax (X.1.3, X.1.7) is such a request problem too.
  if (code == 500 || code == 501 || code == 502 || code == 503 || code == 504 || code == 555) {
    const bool address_syntax =
        r.status && r.status->subject == 1 && (r.status->detail == 3 || r.status->detail == 7);
    if (address_syntax) a.reason = R::syntax_error;
    if (a.reason == R::syntax_error || a.reason == R::security_error || a.reason == R::undefined) {
      if (a.reason == R::undefined) a.reason = R::syntax_error;
      a.what = action::change_request;
      a.why = why_text(why_id::request_refused);
      return finish(a, p);
    }
  }
  a.what = action::give_up;
  a.why = why_text(why_id::permanent);
  return finish(a, p);
}

[[nodiscard]] constexpr advice connection_lost(smtp_command c, const advice_policy& p) noexcept {
  advice a;
  a.what = is_session_start(c) ? action::try_next_host : action::retry_later;
  a.applies_to = scope::session;
  a.reason = R::network_error;
  a.close_connection = true;
  a.why = why_text(why_id::connection_lost);
  return finish(a, p);
}

/// An enhanced status written without a basic code, as logs and bounce texts
/// carry it: Postfix and Sendmail "dsn=5.1.1", qmail "(#5.1.1)", a milter's
/// ": 5.7.1 text".
[[nodiscard]] constexpr bool status_in_text(std::string_view t, enhanced_status& out) noexcept {
  const std::size_t dsn = ifind(t, "dsn=");
  if (dsn != npos && scan_enhanced_status(t.substr(dsn + 4), out) != 0) return true;
  for (std::size_t at = t.find("(#"); at != std::string_view::npos; at = t.find("(#", at + 1))
    if (scan_enhanced_status(t.substr(at + 2), out) != 0) return true;
  for (std::size_t i = 1; i + 5 <= t.size(); ++i) {
    if ((t[i] != '2' && t[i] != '4' && t[i] != '5') || t[i + 1] != '.') continue;
    std::size_t j = i;
    while (j > 0 && t[j - 1] == ' ') --j;
    if (j == i || j == 0 || (t[j - 1] != ':' && t[j - 1] != ';')) continue;
    if (scan_enhanced_status(t.substr(i), out) != 0) return true;
  }
  return false;
}

/// Advice from a status alone: the log line reports the outcome of a
/// delivery attempt, so class 5 gives up and class 4 retries (RFC 3463 §2).
[[nodiscard]] constexpr advice decide_status_only(enhanced_status s, std::string_view text,
                                                  smtp_command c, const advice_policy& p) noexcept {
  advice a;
  if (s.cls == 2) {
    a.what = action::proceed;
    a.why = why_text(why_id::status_success);
    return finish(a, p);
  }
  reply r;
  r.status = std::optional<enhanced_status>{std::in_place, s};
  r.code = 0;
  const weighed_status st = weigh_status(r);
  const text_reason tr = match_text(text);
  a.reason = tr.decisive                          ? tr.reason
             : st.weight == status_weight::strong ? st.reason
             : tr.reason != R::undefined          ? tr.reason
             : st.weight != status_weight::none   ? st.reason
                                                  : R::undefined;
  a.applies_to = scope_of(c, a.reason);
  a.what = s.cls == 5 ? action::give_up : action::retry_later;
  a.why = s.cls == 5 ? why_text(why_id::status_permanent) : why_text(why_id::status_transient);
  return finish(a, p);
}

/// decide() of a folded free-text reply whose folds one scan found (`f`):
/// the text matched is the segments' bodies joined, as match_joined_text()
/// would join them, without looking for the folds again.
inline advice decide_folded(const reply& r, smtp_command c, const advice_policy& p,
                            const reply_facts& f) noexcept {
  char joined[joined_text_limit + 1];
  const std::string_view body =
      join_free_text(r.raw, joined, sizeof joined, f.fold_starts, f.lines - 1);
  return decide(r, c, p, &body);
}

[[nodiscard]] constexpr advice decide_text(std::string_view text, smtp_command c,
                                           const advice_policy& p) noexcept {
  // Wire bytes first: "550 5.1.1 ...\r\n" or a bare "550 5.1.1 ..." line. Only
  // a text that starts with three digits and a separator can parse, so others
  // (a log line that starts with a date, "2024-03-04 ...") are not scanned.
  const bool wire_start =
      text.size() >= 3 && is_digit(text[0]) && is_digit(text[1]) && is_digit(text[2]) &&
      (text.size() == 3 || text[3] == ' ' || text[3] == '-' || text[3] == '\r' || text[3] == '\n');
  if (wire_start) {
    const parse_result wire = parse_wire_reply(text, parse_options{});
    if (wire.ok() && wire.consumed == text.size()) return decide(wire.value, c, p);
  }
  if (SMTPCODES_RUN_FAST()) {
    // What find_reply() + decide() give, without the work decide() does not need.
    const std::size_t at = reply_start_in(text);
    if (at != npos) {
      const unsigned cls = digit_value(text[at]);
      // Only 4yz and 5yz advice depends on the command and the text. Others
      // need only the code, and find_reply() succeeds when the text from the
      // code on has no NUL or control byte and cannot fold 65535 lines.
      if (cls != 4 && cls != 5 && text.size() - at < 4 * max_line_count &&
          (scan_bytes(text.data() + at, text.size() - at) & (has_nul | has_control | has_cr)) ==
              0) {
        reply r;
        r.code = cls * 100 + digit_value(text[at + 1]) * 10 + digit_value(text[at + 2]);
        return decide(r, c, p);
      }
      reply_facts f;
      const text_match m = reply_in_text(text, at, c == smtp_command::unknown, f);
      if (m.ok()) {
        const smtp_command command = c == smtp_command::unknown ? m.command : c;
        if (m.value.line_count == 1) {
          const std::string_view body = whole_segment_body(m.value.raw, f.status_used);
          return decide(m.value, command, p, &body);
        }
        return f.folds_known ? decide_folded(m.value, command, p, f) : decide(m.value, command, p);
      }
    }
  } else {
    const text_match m = find_reply(text);
    if (m.ok()) return decide(m.value, c == smtp_command::unknown ? m.command : c, p);
  }
  enhanced_status s{};
  const bool has_status = status_in_text(text, s);
  // Success needs no command: look for one only when the advice depends on it.
  if (has_status && s.cls == 2) return decide_status_only(s, text, c, p);
  if (c == smtp_command::unknown) c = command_in_text(text, text.size(), npos);
  if (has_status) return decide_status_only(s, text, c, p);
  // No code at all: the wording decides (connection loss, expiry, DNS failures).
  advice a;
  a.reason = match_reason(text);
  a.applies_to = scope_of(c, a.reason);
  if (a.reason == R::expired) {
    a.what = action::give_up;
    a.why = why_text(why_id::expired);
  } else if (a.reason == R::network_error) {
    return connection_lost(c, p);
  } else {
    a.what = action::retry_later;
    a.why = why_text(why_id::no_code);
  }
  return finish(a, p);
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
