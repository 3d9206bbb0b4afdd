// Bounce reasons on real-world wordings (issue 16): one fixture row per
// wording, grouped by the error class it exercises, in our own words and in
// several languages (tests/fixtures/reason_classes.tsv); the precedence of
// command, enhanced status, text and code (docs/reasons.md); and the hard/soft
// invariant over every path of advise().
#include <smtpcodes/advice.hpp>

#include <doctest/doctest.h>

#include "tsv.hpp"

#include <array>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using namespace smtpcodes;
using R = bounce_reason;

namespace {

struct class_row {
  std::string klass, id, command, input, action, reason, bounce;
};

std::vector<class_row> read_class_rows() {
  std::vector<class_row> rows;
  for (const auto& f : read_tsv(SMTPCODES_TEST_FIXTURES "/reason_classes.tsv", 7))
    rows.push_back({f[0], f[1], f[2], f[3], f[4], f[5], f[6]});
  return rows;
}

}  // namespace

TEST_CASE("each error class of real bounces gets its action, reason and bounce type") {
  const std::vector<class_row> rows = read_class_rows();
  std::map<std::string, int> per_class;
  for (const class_row& r : rows) {
    CAPTURE(r.id);
    CAPTURE(r.input);
    ++per_class[r.klass];
    const advice a = advise(std::string_view(r.input), parse_command(r.command));
    CHECK(std::string(to_string(a.what)) == r.action);
    CHECK(std::string(to_string(a.reason)) == r.reason);
    CHECK(std::string(to_string(a.bounce)) == r.bounce);
  }
  CHECK(per_class.size() == 13);
  for (const auto& entry : per_class) {
    CAPTURE(entry.first);
    CHECK(entry.second >= 3);  // several wordings per class, never one record
  }
  CHECK(per_class["languages"] >= 8 * 3);  // three reasons in each of eight languages
}

TEST_CASE("precedence: decisive text, specific status, text, code, generic status") {
  using detail::choose_reason;
  using detail::status_weight;
  using detail::text_reason;
  using detail::weighed_status;
  const smtp_command rcpt = smtp_command::rcpt;
  const weighed_status no_status{R::undefined, status_weight::none};
  // 1. A decisive pattern wins over a specific status.
  CHECK(choose_reason({R::user_unknown, status_weight::strong}, {R::rate_limited, true}, 550,
                      rcpt) == R::rate_limited);
  // 2. A specific status wins over ordinary text, except X.2.1 against "user unknown".
  CHECK(choose_reason({R::user_unknown, status_weight::strong}, {R::mailbox_full, false}, 550,
                      rcpt) == R::user_unknown);
  CHECK(choose_reason({R::mailbox_disabled, status_weight::strong}, {R::user_unknown, false}, 550,
                      rcpt) == R::user_unknown);
  CHECK(choose_reason({R::mailbox_disabled, status_weight::strong}, {R::blocked, false}, 550,
                      rcpt) == R::mailbox_disabled);
  // 3. Text over a contradicting or generic status and over the code...
  CHECK(choose_reason({R::network_error, status_weight::demoted}, {R::user_unknown, false}, 550,
                      rcpt) == R::user_unknown);
  CHECK(choose_reason({R::policy_violation, status_weight::generic}, {R::relay_denied, false}, 553,
                      rcpt) == R::relay_denied);
  // ... unless it calls the address dead under a transient network status.
  CHECK(choose_reason({R::network_error, status_weight::generic, true}, {R::host_unknown, false},
                      450, rcpt) == R::network_error);
  CHECK(choose_reason({R::network_error, status_weight::generic, true}, {R::mailbox_full, false},
                      450, rcpt) == R::mailbox_full);
  // 4. A contradicting status over the code.
  CHECK(choose_reason({R::mailbox_full, status_weight::demoted}, {R::undefined, false}, 551,
                      rcpt) == R::mailbox_full);
  // 5. A code that leaves the address alive, or 521/556, over a generic status.
  CHECK(choose_reason({R::system_error, status_weight::generic}, {R::undefined, false}, 452,
                      rcpt) == R::too_many_recipients);
  CHECK(choose_reason({R::system_error, status_weight::generic}, {R::undefined, false}, 521,
                      rcpt) == R::not_accept);
  // 6. A generic status over a code that would call the address dead.
  CHECK(choose_reason({R::system_error, status_weight::generic}, {R::undefined, false}, 551,
                      rcpt) == R::system_error);
  CHECK(choose_reason({R::policy_violation, status_weight::generic}, {R::undefined, false}, 553,
                      rcpt) == R::policy_violation);
  // 7. That code alone, last.
  CHECK(choose_reason(no_status, {R::undefined, false}, 551, rcpt) == R::has_moved);
  CHECK(choose_reason(no_status, {R::undefined, false}, 553, rcpt) == R::user_unknown);
  CHECK(choose_reason(no_status, {R::undefined, false}, 550, rcpt) == R::undefined);
}

TEST_CASE("weighing a status: transient, contradicting and AUTH statuses") {
  const auto weigh = [](unsigned code, enhanced_status s, smtp_command c) {
    reply r;
    r.code = code;
    r.status = s;
    return detail::weigh_status(r, c);
  };
  using detail::status_weight;
  // A transient status never calls the address dead by itself.
  CHECK(weigh(450, {4, 1, 1}, smtp_command::rcpt).weight == status_weight::none);
  CHECK(weigh(550, {5, 1, 1}, smtp_command::rcpt).weight == status_weight::strong);
  CHECK(weigh(550, {5, 1, 1}, smtp_command::rcpt).reason == R::user_unknown);
  // 4.4.x marks the failure as a transient network one.
  CHECK(weigh(450, {4, 4, 3}, smtp_command::rcpt).transient_network);
  CHECK_FALSE(weigh(550, {5, 4, 3}, smtp_command::rcpt).transient_network);
  // SMTP AUTH statuses are trusted in reply to AUTH only.
  CHECK(weigh(525, {5, 7, 13}, smtp_command::auth).weight == status_weight::strong);
  CHECK(weigh(525, {5, 7, 13}, smtp_command::rcpt).weight == status_weight::demoted);
  CHECK(weigh(535, {5, 7, 8}, smtp_command::unknown).weight == status_weight::demoted);
  // Generic rows and a class that disagrees with the code.
  CHECK(weigh(554, {5, 7, 1}, smtp_command::rcpt).weight == status_weight::generic);
  CHECK(weigh(550, {4, 2, 2}, smtp_command::rcpt).weight == status_weight::none);
  // Unregistered details never call the address dead.
  CHECK(reason_from_status({5, 1, 90}) == R::undefined);
  CHECK(detail::reason_of({5, 1, 90}).reason == R::undefined);
  CHECK(detail::reason_of({5, 1, 0}).reason == R::user_unknown);
  CHECK(detail::reason_of({5, 3, 99}).reason == R::system_error);
}

TEST_CASE("the status grid's registry rows are the exact rows lookup() finds") {
  std::size_t exact = 0;
  for (std::uint8_t cls : {std::uint8_t{2}, std::uint8_t{4}, std::uint8_t{5}}) {
    for (std::uint16_t subject = 0; subject < 10; ++subject) {
      for (std::uint16_t detail = 0; detail < 40; ++detail) {
        const enhanced_status s{cls, subject, detail};
        CAPTURE(to_chars(s).view());
        const status_lookup found = lookup(s);
        const enhanced_status_info* want = found.level == match_level::exact ? found.info : nullptr;
        CHECK(detail::exact_row(s) == want);
        exact += want != nullptr ? 1 : 0;
      }
    }
  }
  CHECK(exact == 3 * all_enhanced_statuses().size());
}

TEST_CASE("the command steers whose problem a failure is") {
  using detail::steer_by_command;
  using C = smtp_command;
  // Before MAIL only the client is known.
  CHECK(steer_by_command(R::spam_detected, C::connect, 554, 5) == R::blocked);
  CHECK(steer_by_command(R::policy_violation, C::ehlo, 550, 5) == R::blocked);
  CHECK(steer_by_command(R::host_unknown, C::helo, 450, 4) == R::blocked);
  CHECK(steer_by_command(R::undefined, C::ehlo, 550, 5) == R::blocked);
  CHECK(steer_by_command(R::undefined, C::ehlo, 421, 4) == R::undefined);
  CHECK(steer_by_command(R::user_unknown, C::connect, 554, 5) == R::blocked);
  CHECK(steer_by_command(R::user_unknown, C::connect, 556, 5) == R::not_accept);
  CHECK(steer_by_command(R::user_unknown, C::ehlo, 550, 5) == R::user_unknown);
  CHECK(steer_by_command(R::syntax_error, C::ehlo, 501, 5) == R::syntax_error);
  CHECK(steer_by_command(R::rate_limited, C::connect, 421, 4) == R::rate_limited);
  // MAIL names the sender.
  CHECK(steer_by_command(R::user_unknown, C::mail, 550, 5) == R::sender_rejected);
  CHECK(steer_by_command(R::host_unknown, C::mail, 553, 5) == R::sender_rejected);
  CHECK(steer_by_command(R::mailbox_disabled, C::mail, 550, 5) == R::sender_rejected);
  CHECK(steer_by_command(R::spam_detected, C::mail, 550, 5) == R::blocked);
  CHECK(steer_by_command(R::message_too_large, C::mail, 552, 5) == R::message_too_large);
  CHECK(steer_by_command(R::filtered, C::mail, 550, 5) == R::filtered);
  // After the data, a 550 is a policy rejection (RFC 5321 4.3.2) unless a status says more.
  CHECK(steer_by_command(R::user_unknown, C::end_of_data, 550, 5) == R::filtered);
  CHECK(steer_by_command(R::user_unknown, C::data, 550, 5, true) == R::user_unknown);
  CHECK(steer_by_command(R::user_unknown, C::end_of_data, 554, 5) == R::user_unknown);
  // RCPT and unknown commands keep the words' meaning.
  CHECK(steer_by_command(R::user_unknown, C::rcpt, 550, 5) == R::user_unknown);
  CHECK(steer_by_command(R::user_unknown, C::unknown, 550, 5) == R::user_unknown);
  CHECK(steer_by_command(R::spam_detected, C::rcpt, 550, 5) == R::spam_detected);
}

TEST_CASE("statuses written without a reply code are found where texts put them") {
  const auto status_of = [](std::string_view t) {
    enhanced_status s{};
    return detail::status_in_text(t, s) ? std::string(to_chars(s).view()) : std::string("none");
  };
  CHECK(status_of("5.1.1 User unknown") == "5.1.1");
  CHECK(status_of("  4.4.7 Delivery time expired") == "4.4.7");
  CHECK(status_of("sm-mta: to=<a@b>, dsn=5.2.2, stat=Service unavailable") == "5.2.2");
  CHECK(status_of("Sorry, no mailbox here by that name. (#5.1.1)") == "5.1.1");
  CHECK(status_of("Resources unavailable [#4.3.0]") == "4.3.0");
  CHECK(status_of("Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@b>") == "5.1.1");
  CHECK(status_of("#550 5.2.2 mailbox full") == "5.2.2");
  CHECK(status_of("Remote said: 5.7.1 go away") == "5.7.1");
  // Versions, addresses, times and ports are not statuses.
  CHECK(status_of("relay=mx.example.com[192.0.2.5]:25, delay=5.1") == "none");
  CHECK(status_of("deferred - 4.16.55.1; see the error codes") == "none");
  CHECK(status_of("milter v2.5.1 said no") == "none");
  CHECK(status_of("host:5.1.1 something") == "none");
  CHECK(status_of("at 10:15:22 the queue ran") == "none");
  // A status written before its code makes a reply with that code.
  reply r;
  REQUIRE(detail::status_first_reply("5.1.1 550 <a@b.example>: User unknown", r));
  CHECK(r.code == 550);
  CHECK(r.status == enhanced_status{5, 1, 1});
  CHECK(r.raw == "550 <a@b.example>: User unknown");
  CHECK_FALSE(detail::status_first_reply("5.1.6 450 busy", r));  // classes disagree
  CHECK_FALSE(detail::status_first_reply("5.1.1 5501 odd", r));
  CHECK_FALSE(detail::status_first_reply("5.1.1 User unknown", r));
}

TEST_CASE("wordings in other scripts are read when no ASCII pattern matches") {
  CHECK(detail::match_other_scripts("550 User unknown") == R::undefined);  // ASCII: not searched
  CHECK(detail::match_other_scripts("ドメインが存在しません") == R::host_unknown);
  CHECK(detail::match_other_scripts("ユーザーは存在しません") == R::user_unknown);
  CHECK(detail::match_other_scripts("Почтовый ящик переполнен") == R::mailbox_full);
  // Russian words match with a capital first letter too.
  CHECK(detail::match_other_scripts("Пользователь не найден") == R::user_unknown);
  CHECK(detail::match_other_scripts("пользователь не найден") == R::user_unknown);
  CHECK(reason_from_text("550 收件人不存在") == R::user_unknown);
  // An ASCII pattern in the same text decides first.
  CHECK(reason_from_text("Mailbox full / 用户不存在") == R::mailbox_full);
  CHECK(reason_from_text("Grüße, nichts gefunden") == R::undefined);
}

namespace {

// The invariant of DESIGN.md: hard vs soft is about the address. A failure is
// hard exactly when its reason says the address is dead, whatever the action;
// success and intermediate replies bounce nothing.
struct invariant_check {
  std::size_t checked = 0;
  std::size_t broken = 0;
  std::string first;
  void operator()(const advice& a, std::string_view what) {
    ++checked;
    const bool success = a.what == action::proceed || a.what == action::continue_;
    const bounce_type want = success                    ? bounce_type::none
                             : is_hard_reason(a.reason) ? bounce_type::hard
                                                        : bounce_type::soft;
    const bool retry = a.what == action::retry_later || a.what == action::retry_new_transaction;
    const bool ok = a.bounce == want && (!retry || a.delay.count() > 0) &&
                    detail::why_index(a.why) < detail::why_count;
    if (!ok && broken++ == 0) first = std::string(what);
  }
};

}  // namespace

TEST_CASE("bounce is hard exactly when the reason says the address is dead, on every path") {
  static constexpr unsigned codes[] = {221, 250, 354, 421, 432, 450, 451, 452, 454,
                                       455, 500, 501, 502, 503, 504, 521, 530, 534,
                                       535, 538, 550, 551, 552, 553, 554, 555, 556};
  static constexpr std::string_view texts[] = {"",
                                               "User unknown",
                                               "Mailbox full",
                                               "Host or domain name not found",
                                               "Greylisted, try again in a few minutes",
                                               "blocked using zen.spamhaus.org",
                                               "Message rejected as spam",
                                               "Domain does not accept mail (null MX)",
                                               "Daily sending quota exceeded",
                                               "Sender address rejected",
                                               "User has moved",
                                               "connection timed out",
                                               "宛先のアドレスは存在しません",
                                               "Benutzer unbekannt"};
  advice_policy soft_mode;
  soft_mode.soft_bounce = true;
  advice_policy postfix_552;
  postfix_552.permanent_552_on_rcpt = true;
  const advice_policy policies[] = {advice_policy{}, soft_mode, postfix_552};
  invariant_check check;

  // advise(reply): every code with every registered status of its class (and none, and
  // unregistered details), with and without words, after every command.
  std::vector<std::optional<enhanced_status>> statuses{std::nullopt};
  for (const enhanced_status_info& row : all_enhanced_statuses())
    for (const std::uint8_t cls : {std::uint8_t{4}, std::uint8_t{5}})
      statuses.emplace_back(enhanced_status{cls, row.subject, row.detail});
  statuses.emplace_back(enhanced_status{5, 1, 90});
  statuses.emplace_back(enhanced_status{4, 7, 133});
  for (const unsigned code : codes) {
    for (const auto& s : statuses) {
      if (s && s->cls != code / 100 && s->subject != 1) continue;  // a few mismatches suffice
      for (const std::string_view text : {texts[0], texts[1]}) {
        const std::string line = std::to_string(code) + " " + std::string(text);
        reply r;
        r.code = code;
        r.status = s;
        r.raw = line;
        r.line_count = 1;
        for (unsigned c = 0; c < smtp_command_count; ++c)
          check(advise(r, static_cast<smtp_command>(c)), line);
      }
    }
  }
  // advise(reply) and advise(text) with every wording and policy, in the forms texts take.
  const std::optional<enhanced_status> few[] = {std::nullopt, enhanced_status{5, 0, 0},
                                                enhanced_status{5, 1, 1}, enhanced_status{4, 4, 3},
                                                enhanced_status{5, 7, 1}};
  for (const unsigned code : codes) {
    for (const auto& s : few) {
      const std::string status =
          s ? std::to_string(code / 100) + std::string(to_chars(*s).view()).substr(1) : "";
      for (const std::string_view text : texts) {
        const std::string body =
            status.empty() ? std::string(text) : status + " " + std::string(text);
        const std::string forms[] = {
            std::to_string(code) + " " + body,
            "host mx.example[192.0.2.1] said: " + std::to_string(code) + " " + body +
                " (in reply to RCPT TO command)",
            "smtp; " + std::to_string(code) + " " + body,
            status.empty() ? std::string(text)
                           : status + " " + std::to_string(code) + " " + std::string(text),
            body};
        for (const advice_policy& p : policies) {
          for (const smtp_command c :
               {smtp_command::unknown, smtp_command::connect, smtp_command::ehlo,
                smtp_command::mail, smtp_command::rcpt, smtp_command::end_of_data}) {
            for (const std::string& f : forms) check(advise(std::string_view(f), c, p), f);
          }
        }
      }
    }
  }
  for (unsigned c = 0; c < smtp_command_count; ++c)
    for (const advice_policy& p : policies)
      check(advise_connection_lost(static_cast<smtp_command>(c), p), "connection lost");
  INFO("first broken: " << check.first);
  CHECK(check.broken == 0);
  CHECK(check.checked > 100000);
}
