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
/// is `strong`; it is `demoted` when it contradicts its basic code (not
/// associated with it in the IANA registry, or used against RFC 3463's
/// permanent/transient restriction) or its command, as providers reuse codes
/// loosely; a generic row (X.0.0, X.7.1 ...) is `generic`.
enum class status_weight : std::uint8_t { none, generic, demoted, strong };
struct weighed_status {
  bounce_reason reason;
  status_weight weight;
  /// A transient network or routing status (4.4.x): the lookup or connection
  /// failed for now, so words such as "domain not found" report that failure
  /// ("450 4.4.3 ... Domain not found"), not a dead domain.
  bool transient_network = false;
};

/// The statuses of SMTP AUTH (RFC 4954 §6: X.7.8, X.7.9, X.7.11, X.7.12,
/// X.7.13), which describe the client's own login.
[[nodiscard]] constexpr bool is_auth_status(const enhanced_status& s) noexcept {
  return s.subject == 7 &&
         (s.detail == 8 || s.detail == 9 || s.detail == 11 || s.detail == 12 || s.detail == 13);
}

[[nodiscard]] constexpr weighed_status weigh_status(const reply& r, smtp_command c) noexcept {
  if (!r.status || (r.code != 0 && r.status->cls != r.code / 100))
    return {R::undefined, status_weight::none};
  const status_reason sr = reason_of(*r.status);
  if (sr.reason == R::undefined || sr.reason == R::none) return {sr.reason, status_weight::none};
  // A transient status cannot say that an address is dead (RFC 3463 §3.2: the
  // server could not decide yet); only the wording can.
  if (r.status->cls == 4 && is_hard_reason(sr.reason)) return {R::undefined, status_weight::none};
  const bool transient_network = r.status->cls == 4 && r.status->subject == 4;
  if (!sr.strong) return {sr.reason, status_weight::generic, transient_network};
  // Servers reuse the AUTH statuses for other commands ("525 5.7.13 Disabled
  // recipient address" to RCPT): there the wording says what they mean.
  const bool auth_elsewhere = is_auth_status(*r.status) && c != smtp_command::auth;
  if (r.code == 0)  // a status without a code
    return {sr.reason, auth_elsewhere ? status_weight::demoted : status_weight::strong,
            transient_network};
  // check()'s not_associated and usage_restricted, with the status's registry row.
  const enhanced_status_info* row = exact_row(*r.status);
  const bool contradicts =
      auth_elsewhere ||
      (row != nullptr && ((row->restricts_basic_codes() && !row->associated(r.code)) ||
                          !row->allows_class(r.status->cls)));
  return {sr.reason, contradicts ? status_weight::demoted : status_weight::strong,
          transient_network};
}

/// The reason patterns give for `t`: the main table, then, when none of its
/// rows occurs, the rows in other scripts.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr text_reason match_any_script(
    std::string_view t) noexcept {
  text_reason tr = match_text(t);
  if (tr.reason == R::undefined) tr.reason = match_other_scripts(t);
  return tr;
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
  return match_any_script(t.size() > joined_text_limit ? r.raw : t);
}
/// `known`, when given, is the text to match, found by the caller (free text of one segment).
[[nodiscard]] constexpr text_reason match_reply_text(
    const reply& r, const std::string_view* known = nullptr) noexcept {
  if (known != nullptr && known->size() <= joined_text_limit) return match_any_script(*known);
  if (r.line_count <= 1 && !r.warnings.has(reply_warning::free_text))
    return match_any_script(r.raw.size() > 4 ? r.raw.substr(4) : std::string_view{});
  if (r.warnings.has(reply_warning::free_text) && SMTPCODES_RUN_FAST()) {
    bool single = false;
    const std::string_view body = single_segment_body(r.raw, single);
    if (single && body.size() <= joined_text_limit) return match_any_script(body);
  } else if (r.warnings.has(reply_warning::free_text)) {
    // One folded segment (most log lines): its body is the joined text, matched in place.
    const reply_lines lines = r.lines();
    reply_lines::iterator it = lines.begin();
    if (it != lines.end()) {
      const std::string_view body = (*it).body;
      if (++it == lines.end() && body.size() <= joined_text_limit) return match_any_script(body);
    }
  }
  if (SMTPCODES_RUN_FAST()) return match_joined_text(r);
  char joined[joined_text_limit] = {};
  const std::size_t n = r.text_size();
  if (n > sizeof joined) return match_any_script(r.raw);
  return match_any_script(r.text_to(joined, sizeof joined));
}

/// The reason from what a failed reply says, most specific evidence first:
/// 1. a decisive text pattern (viruses, greylisting, SPF/DKIM/DMARC, rate
///    limits, TLS), whatever the status says, as servers put these under
///    unrelated statuses;
/// 2. a specific enhanced status, except that an X.2.1 ("mailbox disabled")
///    yields to wording that says the user is unknown, as several MTAs send
///    X.2.1 for unknown users;
/// 3. the text, unless it calls the address dead under a transient network
///    status (weighed_status::transient_network), which then decides;
/// 4. a status that contradicts its code or command;
/// 5. the basic code and command, when they give a reason that leaves the
///    address alive, or the host or domain that takes no mail (521, 556:
///    RFC 7504 gives these codes that one meaning);
/// 6. a generic status (X.0.0, X.3.0, X.7.1 ...);
/// 7. the basic code alone when it would call the address dead (551, 553):
///    servers send these for many failures, so they are the weakest evidence.
[[nodiscard]] constexpr bounce_reason choose_reason(weighed_status st, text_reason tr,
                                                    unsigned code, smtp_command c) noexcept {
  if (tr.decisive) return tr.reason;
  if (st.weight == status_weight::strong) {
    if (st.reason == R::mailbox_disabled && tr.reason == R::user_unknown) return tr.reason;
    return st.reason;
  }
  if (tr.reason != R::undefined)
    return st.transient_network && is_hard_reason(tr.reason) ? st.reason : tr.reason;
  if (st.weight == status_weight::demoted) return st.reason;
  const bounce_reason from_code = reason_of_code(code, c);
  if (from_code != R::undefined && (from_code == R::not_accept || !is_hard_reason(from_code)))
    return from_code;
  if (st.weight == status_weight::generic) return st.reason;
  return from_code;
}

[[nodiscard]] constexpr bool recipient_reason(bounce_reason r) noexcept {
  switch (r) {
    case R::user_unknown:
    case R::host_unknown:
    case R::has_moved:
    case R::not_accept:
    case R::mailbox_disabled:
    case R::mailbox_full:
    case R::relay_denied:
    case R::too_many_recipients:
      return true;
    default:
      return false;
  }
}

/// Reasons that refuse the client when they answer the greeting, HELO or EHLO.
[[nodiscard]] constexpr bool refuses_client_at_start(bounce_reason r) noexcept {
  switch (r) {
    case R::spam_detected:
    case R::filtered:
    case R::content_error:
    case R::policy_violation:
    case R::host_unknown:
      return true;
    default:
      return false;
  }
}

/// Reasons about an address that, answering MAIL, are about the sender's.
[[nodiscard]] constexpr bool sender_address_reason(bounce_reason r) noexcept {
  switch (r) {
    case R::user_unknown:
    case R::host_unknown:
    case R::has_moved:
    case R::not_accept:
    case R::mailbox_disabled:
      return true;
    default:
      return false;
  }
}

/// Whose problem a failure is follows from the command it answered:
/// - at the greeting, HELO and EHLO only the client is known, so a refusal
///   of content or by a policy refuses the client (blocked), a host that is
///   not found is the client's own name (blocked), and a permanent refusal
///   with no other reason refuses the client too; the greeting cannot be
///   about a recipient (521 and 556 still say the host or domain takes no
///   mail, RFC 7504), while words about a recipient after HELO or EHLO show a
///   bounce text that names the wrong command, and keep their meaning;
/// - MAIL names only the sender: an address that does not exist or a
///   disabled mailbox there are the sender's (sender_rejected), and a spam
///   verdict, with no content sent yet, refuses the client (blocked);
/// - after the message data RFC 5321 §4.3.2 gives 550 for rejections for
///   policy reasons: a 550 there whose only evidence of an unknown user is its
///   wording (no addressing status, `address_status` false) is a filter's
///   refusal (filtered), as Japanese mobile carriers word their reception
///   settings; a 554 or an X.1.1 status keeps user_unknown.
/// `cls` is the reply's class, 0 when unknown.
[[nodiscard]] constexpr bounce_reason steer_by_command(bounce_reason r, smtp_command c,
                                                       unsigned code, unsigned cls,
                                                       bool address_status = false) noexcept {
  switch (c) {
    case smtp_command::connect:
    case smtp_command::helo:
    case smtp_command::ehlo:
      if (refuses_client_at_start(r)) return R::blocked;
      if (c == smtp_command::connect && recipient_reason(r) && r != R::not_accept)
        r = code == 521 || code == 556 ? R::not_accept : R::undefined;
      return r == R::undefined && cls == 5 ? R::blocked : r;
    case smtp_command::mail:
      if (sender_address_reason(r)) return R::sender_rejected;
      return r == R::spam_detected ? R::blocked : r;
    case smtp_command::data:
    case smtp_command::end_of_data:
    case smtp_command::bdat:
      return r == R::user_unknown && code == 550 && !address_status ? R::filtered : r;
    default:
      return r;
  }
}

/// The reason for a failed reply: choose_reason(), then steer_by_command().
[[nodiscard]] constexpr bounce_reason failure_reason(const reply& r, smtp_command c,
                                                     const std::string_view* body) noexcept {
  const text_reason tr = match_reply_text(r, body);
  // A decisive pattern needs no status: the registry lookups are skipped.
  if (tr.decisive) return steer_by_command(tr.reason, c, r.code, r.code / 100);
  const weighed_status st = weigh_status(r, c);
  const bounce_reason chosen = choose_reason(st, tr, r.code, c);
  const bool address_status = st.weight == status_weight::strong && r.status->subject == 1;
  return steer_by_command(chosen, c, r.code, r.code / 100, address_status);
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
  // Hard vs soft is about the address, whatever this attempt does.
  const bool failed = a.what != action::proceed && a.what != action::continue_;
  a.bounce = !failed                    ? bounce_type::none
             : is_hard_reason(a.reason) ? bounce_type::hard
                                        : bounce_type::soft;
  return a;
}

// The rules below state each outcome as a call (settle(), failure(),
// because()), not as assignments to the enumeration members of `advice`:
// clang 14 resolves every `=` on an enumeration against several hundred
// built-in operator candidates, about 1.3 M compiler instructions each, where
// a call costs about 0.05 M, and every file that includes advice.hpp
// compiles these functions (bench/RESULTS.md, include cost).

/// `a` with what to do and why (not finished: see finish()).
[[nodiscard]] constexpr advice settle(advice a, action what, why_id why) noexcept {
  a.what = what;
  a.why = why_text(why);
  return a;
}
/// settle() of an outcome for the whole session; `close`: the connection ends.
[[nodiscard]] constexpr advice settle_session(advice a, action what, why_id why,
                                              bool close = false) noexcept {
  a.applies_to = scope::session;
  if (close) a.close_connection = true;
  return settle(a, what, why);
}
/// A failure's advice so far: its reason, and the scope the command gives it.
[[nodiscard]] constexpr advice failure(bounce_reason r, smtp_command c) noexcept {
  advice a;
  a.reason = r;
  a.applies_to = scope_of(c, r);
  return a;
}
/// `a` with reason `r`.
[[nodiscard]] constexpr advice because(advice a, bounce_reason r) noexcept {
  a.reason = r;
  return a;
}

/// The advice the rules give for a reply, before finish(); `body`: as for
/// match_reply_text().
[[nodiscard]] constexpr advice decide_rules(const reply& r, smtp_command c, const advice_policy& p,
                                            const std::string_view* body) noexcept {
  const unsigned code = r.code;
  const unsigned cls = code / 100;
  if (cls == 2) {
    advice a;
    a.close_connection = code == 221;
    return settle(a, action::proceed, code == 221 ? why_id::quit : why_id::success);
  }
  if (cls == 3) return settle(advice{}, action::continue_, why_id::intermediate);
  if (cls != 4 && cls != 5)
    return settle_session(because(advice{}, R::not_compliant_rfc), action::give_up,
                          why_id::bad_class, true);
  const advice a = failure(failure_reason(r, c, body), c);
  const bool session_start = is_session_start(c);
  if (code == 421)
    return settle_session(a, session_start ? action::try_next_host : action::retry_later,
                          session_start ? why_id::closing_next_host : why_id::closing_retry, true);
  const bool x53 = r.status && r.status->subject == 5 && r.status->detail == 3;
  const bool rcpt = c == smtp_command::rcpt;
  if (cls == 4) {
    if (rcpt && (a.reason == R::too_many_recipients || x53))
      return settle(because(a, R::too_many_recipients), action::retry_new_transaction,
                    why_id::too_many_recipients);
    if (c == smtp_command::connect || (session_start && code != 454))
      return settle_session(a, action::try_next_host, why_id::transient_next_host);
    if (code == 432) return settle(a, action::change_request, why_id::transition_needed);
    return settle(a, action::retry_later, why_id::transient);
  }
  // 5yz.
  const bool size_status = r.status && r.status->subject == 3 && r.status->detail == 4;
  if (code == 552 && rcpt && !size_status && !p.permanent_552_on_rcpt &&
      a.reason != R::message_too_large) {
    if (a.reason == R::mailbox_full && !x53)
      return settle(a, action::retry_later, why_id::rcpt_552_mailbox_full);
    return settle(because(a, R::too_many_recipients), action::retry_new_transaction,
                  why_id::rcpt_552_new_transaction);
  }
  if (c == smtp_command::connect)
    return settle_session(a, action::try_next_host, why_id::greeting_refused);
  if (c == smtp_command::ehlo && (code == 500 || code == 502))
    return settle_session(because(a, R::syntax_error), action::change_request,
                          why_id::ehlo_unsupported);
  if (code == 530 || code == 534 || code == 535 || code == 538)
    return settle_session(a, action::change_request,
                          code == 530   ? why_id::starttls_or_auth_required
                          : code == 534 ? why_id::stronger_auth_required
                          : code == 535 ? why_id::credentials_rejected
                                        : why_id::encryption_required);
  if (session_start && code != 501 && code != 504)
    return settle_session(a, action::try_next_host, why_id::session_refused);
  // A refused form of request (RFC 5321 §4.2.4, §4.3.2): the client can correct it,
  // unless the text or status says a policy is the problem. An address the
  // client wrote with bad syntax (X.1.3, X.1.7) is such a request problem too.
  if (code == 500 || code == 501 || code == 502 || code == 503 || code == 504 || code == 555) {
    const bool address_syntax =
        r.status && r.status->subject == 1 && (r.status->detail == 3 || r.status->detail == 7);
    switch (address_syntax ? R::syntax_error : a.reason) {
      case R::syntax_error:
      case R::undefined:
        return settle(because(a, R::syntax_error), action::change_request, why_id::request_refused);
      case R::security_error:
        return settle(a, action::change_request, why_id::request_refused);
      default:
        break;
    }
  }
  return settle(a, action::give_up, why_id::permanent);
}

/// `body`: as for match_reply_text().
[[nodiscard]] constexpr advice decide(const reply& r, smtp_command c, const advice_policy& p,
                                      const std::string_view* body = nullptr) noexcept {
  return finish(decide_rules(r, c, p, body), p);
}

[[nodiscard]] constexpr advice connection_lost(smtp_command c, const advice_policy& p) noexcept {
  return finish(settle_session(because(advice{}, R::network_error),
                               is_session_start(c) ? action::try_next_host : action::retry_later,
                               why_id::connection_lost, true),
                p);
}

/// Whether an enhanced status at `i` of `t` stands where texts without a
/// reply put one: at the start ("5.1.1 User unknown", a DSN status written
/// before the code: "5.1.1 550 ..."), after "#" (qmail "(#5.1.1)", "[#4.1.9]"),
/// after ":" or ";" (a milter's ": 5.7.1", "ERROR_CODE :5.1.1"; not a port
/// such as "host:5.1.1"), or after a code of its class ("#550 5.2.2").
[[nodiscard]] constexpr bool status_place(std::string_view t, std::size_t i) noexcept {
  std::size_t j = i;
  while (j > 0 && t[j - 1] == ' ') --j;
  if (j == 0) return true;
  const char before = t[j - 1];
  if (before == '#' && j == i) return true;
  if (before == ':' || before == ';')
    return j < i || j < 2 || (!is_word_char(t[j - 2]) && t[j - 2] != ']');
  return j < i && j >= 3 && t[j - 3] == t[i] && is_digit(t[j - 2]) && is_digit(t[j - 1]) &&
         (j == 3 || !is_word_char(t[j - 4]));
}

/// Where an enhanced status written without a reply code stands, where the
/// free-text finder looks, as logs and bounce texts carry it: Postfix and
/// Sendmail "dsn=5.1.1", then the first status in a place status_place()
/// accepts; npos when there is none. The status is written to `out`.
[[nodiscard]] constexpr std::size_t find_status_in_text(std::string_view t,
                                                        enhanced_status& out) noexcept {
  const std::size_t dsn = ifind(t, "dsn=");
  if (dsn != npos && scan_enhanced_status(t.substr(dsn + 4), out) != 0) return dsn + 4;
  for (std::size_t i = 0; i + 5 <= t.size(); ++i) {
    if ((t[i] != '2' && t[i] != '4' && t[i] != '5') || t[i + 1] != '.') continue;
    if ((i > 0 && (is_word_char(t[i - 1]) || t[i - 1] == '.')) || !status_place(t, i)) continue;
    if (scan_enhanced_status(t.substr(i), out) != 0) return i;
  }
  return npos;
}
[[nodiscard]] constexpr bool status_in_text(std::string_view t, enhanced_status& out) noexcept {
  return find_status_in_text(t, out) != npos;
}

/// Where the reply code of the status at `at` of `t` (found by
/// find_status_in_text()) starts when the text writes it after the status,
/// as DSNs do ("5.1.1 550 <a@b>: User unknown"): a code of the status's class
/// after spaces, then a space or the end; npos when there is none.
[[nodiscard]] constexpr std::size_t code_after_status(std::string_view t, std::size_t at,
                                                      const enhanced_status& s) noexcept {
  enhanced_status again{};
  std::size_t i = at + scan_enhanced_status(t.substr(at), again);
  const std::size_t spaces = i;
  while (i < t.size() && t[i] == ' ') ++i;
  if (i == spaces || i + 3 > t.size() || digit_value(t[i]) != s.cls || !is_digit(t[i + 1]) ||
      t[i + 1] > '5' || !is_digit(t[i + 2]) || (i + 3 < t.size() && t[i + 3] != ' '))
    return npos;
  return i;
}

/// The reply a DSN text writes with its status first ("5.1.1 550 <a@b>: User
/// unknown"), whose status `s` stands at `at` of `text` (find_status_in_text()):
/// the code after the status, the status, and the text from the code on as a
/// one-line reply. False when no code of the status's class follows it.
[[nodiscard]] constexpr bool reply_after_status(std::string_view text, std::size_t at,
                                                const enhanced_status& s, reply& out) noexcept {
  const std::size_t code_at = code_after_status(text, at, s);
  if (code_at == npos) return false;
  out = reply{};
  out.code = digit_value(text[code_at]) * 100 + digit_value(text[code_at + 1]) * 10 +
             digit_value(text[code_at + 2]);
  out.status = std::optional<enhanced_status>{std::in_place, s};
  out.raw = text.substr(code_at);
  out.line_count = 1;
  return true;
}
/// reply_after_status() of the first status find_status_in_text() finds.
[[nodiscard]] constexpr bool status_first_reply(std::string_view text, reply& out) noexcept {
  enhanced_status s{};
  const std::size_t at = find_status_in_text(text, s);
  return at != npos && reply_after_status(text, at, s, out);
}

/// Whether a network failure's text names a connection that failed or timed
/// out (not a DNS answer): reported as final, the queue gave up retrying it.
[[nodiscard]] constexpr bool names_connection_failure(std::string_view t) noexcept {
  return ifind(t, "connect") != npos || ifind(t, "timed out") != npos ||
         ifind(t, "timeout") != npos;
}

/// Advice from a status alone: the log line or bounce text reports the
/// outcome of a delivery attempt, so class 5 gives up and class 4 retries
/// (RFC 3463 §2), unless the message expired. The reason is chosen as for a
/// reply (choose_reason()), and a connection failure under a class-5 status
/// is expired: MTAs retry those until the message's lifetime ends.
[[nodiscard]] constexpr advice decide_status_only(enhanced_status s, std::string_view text,
                                                  smtp_command c, const advice_policy& p) noexcept {
  if (s.cls == 2) return finish(settle(advice{}, action::proceed, why_id::status_success), p);
  reply r;
  r.status = std::optional<enhanced_status>{std::in_place, s};
  r.code = 0;
  const weighed_status st = weigh_status(r, c);
  bounce_reason reason =
      steer_by_command(choose_reason(st, match_any_script(text), 0, c), c, 0, s.cls);
  if (s.cls == 5 && reason == R::network_error && names_connection_failure(text))
    reason = R::expired;
  const advice a = failure(reason, c);
  if (reason == R::expired)  // "4.4.7 ... removed from the queue": no retry is left
    return finish(settle(a, action::give_up, why_id::expired), p);
  if (s.cls == 5) return finish(settle(a, action::give_up, why_id::status_permanent), p);
  return finish(settle(a, action::retry_later, why_id::status_transient), p);
}

/// Advice for a text in which the free-text finder found no reply: a status
/// decides (decide_status_only()), else the wording. Without either, the
/// wording gives the reason and the action: expiry and texts that call the
/// failure permanent, or the address dead, give up; a network failure is
/// treated as a lost connection (RFC 5321 §3.8), or as expired when the text
/// says the connection failures were final; anything else stays queued.
[[nodiscard]] constexpr advice decide_without_reply(std::string_view text, smtp_command c,
                                                    const advice_policy& p) noexcept {
  enhanced_status s{};
  const std::size_t at = find_status_in_text(text, s);
  // Success needs no command: look for one only when the advice depends on it.
  if (at != npos && s.cls == 2) return decide_status_only(s, text, c, p);
  if (c == smtp_command::unknown) c = command_in_text(text, text.size(), npos);
  if (at != npos) {
    // The status written before its code: the reply they make.
    reply r;
    if (!reply_after_status(text, at, s, r)) return decide_status_only(s, text, c, p);
    return decide(r, c, p);
  }
  bounce_reason reason = steer_by_command(match_any_script(text).reason, c, 0, 0);
  const bool final_words = ifind(text, "permanent") != npos;
  if (final_words && reason == R::network_error && names_connection_failure(text))
    reason = R::expired;
  const advice a = failure(reason, c);
  if (reason == R::expired) return finish(settle(a, action::give_up, why_id::expired), p);
  if (final_words || is_hard_reason(reason))
    return finish(settle(a, action::give_up, why_id::no_code_permanent), p);
  if (reason == R::network_error) return connection_lost(c, p);
  return finish(settle(a, action::retry_later, why_id::no_code), p);
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

/// Whether `text` starts as wire bytes do: three digits, then a separator,
/// a line end or nothing.
[[nodiscard]] constexpr bool wire_start(std::string_view text) noexcept {
  return text.size() >= 3 && is_digit(text[0]) && is_digit(text[1]) && is_digit(text[2]) &&
         (text.size() == 3 || text[3] == ' ' || text[3] == '-' || text[3] == '\r' ||
          text[3] == '\n');
}

/// Whether `text` is wire bytes of one whole reply ("550 5.1.1 ...\r\n" or a
/// bare "550 5.1.1 ..." line); if so, `out` is that reply. Only a text that
/// starts with three digits and a separator can parse, so others (a log line
/// that starts with a date, "2024-03-04 ...") are not scanned. A bool and an
/// out parameter, not a std::optional<reply>: that optional's instantiation
/// cost every file that includes advice.hpp 2 % of its compile time.
[[nodiscard]] constexpr bool whole_wire_reply(std::string_view text, reply& out) noexcept {
  if (!wire_start(text)) return false;
  const parse_result wire = parse_wire_reply(text, parse_options{});
  if (!wire.ok() || wire.consumed != text.size()) return false;
  out = wire.value;
  return true;
}

[[nodiscard]] constexpr advice decide_text(std::string_view text, smtp_command c,
                                           const advice_policy& p) noexcept {
  // Wire bytes first, then a reply inside the text.
  if (wire_start(text)) {  // tested first: most texts are not wire bytes and need no reply built
    if (reply wire; whole_wire_reply(text, wire)) return decide(wire, c, p);
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
  return decide_without_reply(text, c, p);
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
