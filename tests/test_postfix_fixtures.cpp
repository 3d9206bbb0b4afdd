// Replies recorded from a real Postfix 3.7 (tests/integration/postfix/record.py):
// each fixture parses to the code and enhanced status in INDEX.csv, and gets
// the advice a mail operator expects.
#include <smtpcodes/advice.hpp>

#include <doctest/doctest.h>

#include "csv.hpp"

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace smtpcodes;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string fixture(const std::string& name) {
  return read_file(SMTPCODES_TEST_FIXTURES "/postfix/" + name);
}

std::string status_text(const std::optional<enhanced_status>& s) {
  return s ? std::string(to_chars(*s).view()) : std::string();
}

struct expectation {
  const char* file;
  action what;
  bounce_reason reason;
  bounce_type bounce;
};

using A = action;
using B = bounce_type;
using R = bounce_reason;

// clang-format off
const expectation expected[] = {
  {"220_greeting.txt", A::proceed, R::none, B::none},
  {"250_ehlo_multiline.txt", A::proceed, R::none, B::none},
  {"250_2.1.0_mail_ok.txt", A::proceed, R::none, B::none},
  {"250_2.1.5_rcpt_ok.txt", A::proceed, R::none, B::none},
  {"354_data.txt", A::continue_, R::none, B::none},
  {"250_2.0.0_queued.txt", A::proceed, R::none, B::none},
  {"250_2.0.0_rset.txt", A::proceed, R::none, B::none},
  {"221_2.0.0_quit.txt", A::proceed, R::none, B::none},
  {"250_helo.txt", A::proceed, R::none, B::none},
  {"502_5.5.1_vrfy_disabled.txt", A::change_request, R::syntax_error, B::soft},
  {"500_5.5.2_unknown_command.txt", A::change_request, R::syntax_error, B::soft},
  {"503_5.5.1_auth_not_enabled.txt", A::change_request, R::syntax_error, B::soft},
  {"503_5.5.1_need_mail.txt", A::change_request, R::syntax_error, B::soft},
  {"501_5.1.7_bad_sender_syntax.txt", A::change_request, R::syntax_error, B::soft},
  {"555_5.5.4_unsupported_parameter.txt", A::change_request, R::syntax_error, B::soft},
  {"501_5.1.3_bad_recipient_syntax.txt", A::change_request, R::syntax_error, B::soft},
  {"550_5.1.1_unknown_user.txt", A::give_up, R::user_unknown, B::hard},
  {"554_5.7.1_relay_denied.txt", A::give_up, R::relay_denied, B::soft},
  {"504_5.5.2_non_fqdn_recipient.txt", A::change_request, R::syntax_error, B::soft},
  {"554_5.5.1_no_valid_recipients.txt", A::give_up, R::syntax_error, B::soft},
  {"552_5.3.4_message_too_big.txt", A::give_up, R::message_too_large, B::soft},
  {"452_4.5.3_too_many_recipients.txt", A::retry_new_transaction, R::too_many_recipients, B::soft},
  {"450_4.2.0_greylisted.txt", A::retry_later, R::greylisted, B::soft},
  {"452_4.2.2_mailbox_full.txt", A::retry_later, R::mailbox_full, B::soft},
  {"551_5.1.6_user_moved.txt", A::give_up, R::has_moved, B::hard},
  {"550_5.2.1_mailbox_disabled.txt", A::give_up, R::mailbox_disabled, B::soft},
  {"554_5.7.1_blocklisted.txt", A::give_up, R::blocked, B::soft},
  {"550_5.7.1_content_rejected.txt", A::give_up, R::content_error, B::soft},
  {"550_5.1.1_multiline_footer.txt", A::give_up, R::user_unknown, B::hard},
  {"554_5.7.1_relay_denied_multiline_footer.txt", A::give_up, R::relay_denied, B::soft},
  {"450_4.2.0_greylisted_multiline_footer.txt", A::retry_later, R::greylisted, B::soft},
  {"250_ehlo_starttls_offered.txt", A::proceed, R::none, B::none},
  {"530_5.7.0_starttls_required.txt", A::change_request, R::security_error, B::soft},
  {"220_2.0.0_ready_to_start_tls.txt", A::proceed, R::none, B::none},
  {"250_ehlo_after_starttls.txt", A::proceed, R::none, B::none},
  {"250_2.1.0_mail_ok_over_tls.txt", A::proceed, R::none, B::none},
  {"250_ehlo_auth.txt", A::proceed, R::none, B::none},
  {"535_5.7.8_auth_failed.txt", A::change_request, R::security_error, B::soft},
  {"334_auth_login_username.txt", A::continue_, R::none, B::none},
  {"334_auth_login_password.txt", A::continue_, R::none, B::none},
  {"235_2.7.0_auth_succeeded.txt", A::proceed, R::none, B::none},
  {"503_5.5.1_already_authenticated.txt", A::change_request, R::syntax_error, B::soft},
  {"421_4.7.0_too_many_errors.txt", A::retry_later, R::undefined, B::soft},
  {"554_5.7.1_greeting_rejected.txt", A::try_next_host, R::blocked, B::soft},
  {"503_5.7.0_access_denied.txt", A::try_next_host, R::blocked, B::soft},  // the client, at EHLO
  {"503_5.7.0_access_denied_mail.txt", A::give_up, R::filtered, B::soft},
  {"221_2.0.0_quit_after_reject.txt", A::proceed, R::none, B::none},
  {"421_4.4.2_timeout.txt", A::retry_later, R::network_error, B::soft},
  {"452_4.3.1_insufficient_storage.txt", A::retry_later, R::system_full, B::soft},
};
// clang-format on

struct index_row {
  std::string command, code, enhanced;
};

std::map<std::string, index_row> read_index() {
  std::istringstream in(fixture("INDEX.csv"));
  std::map<std::string, index_row> rows;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    const std::vector<std::string> f = split_csv_line(line);
    REQUIRE(f.size() == 5);
    rows[f[0]] = {f[1], f[2], f[3]};
  }
  return rows;
}

}  // namespace

TEST_CASE("every recorded Postfix reply parses to its code and enhanced status") {
  const auto rows = read_index();
  REQUIRE(rows.size() == 49);
  for (const auto& entry : rows) {
    const std::string& file = entry.first;
    const index_row& row = entry.second;
    CAPTURE(file);
    const std::string bytes = fixture(file);
    const parse_result r = parse_reply(bytes);
    REQUIRE(r.ok());
    CHECK(r.consumed == bytes.size());
    CHECK(std::to_string(r.value.code) == row.code);
    CHECK(status_text(r.value.status) == row.enhanced);
    CHECK_FALSE(r.value.warnings.has(reply_warning::bare_lf));
    CHECK_FALSE(r.value.warnings.has(reply_warning::status_inconsistent));
    CHECK_FALSE(r.value.warnings.has(reply_warning::status_class_mismatch));
  }
}

TEST_CASE("every recorded Postfix reply gets the expected advice") {
  const auto rows = read_index();
  CHECK(sizeof(expected) / sizeof(expected[0]) == rows.size());
  for (const expectation& e : expected) {
    CAPTURE(e.file);
    const auto row = rows.find(e.file);
    REQUIRE(row != rows.end());
    const std::string bytes = fixture(e.file);
    const parse_result r = parse_reply(bytes);
    REQUIRE(r.ok());
    const advice a = advise(r.value, parse_command(row->second.command));
    CHECK(to_string(a.what) == to_string(e.what));
    CHECK(to_string(a.reason) == to_string(e.reason));
    CHECK(to_string(a.bounce) == to_string(e.bounce));
    if (r.value.code == 421 || r.value.code == 221) CHECK(a.close_connection);
  }
}

TEST_CASE("the footer listener repeats the enhanced code on every line") {
  const std::string bytes = fixture("550_5.1.1_multiline_footer.txt");  // views point into it
  const parse_result r = parse_reply(bytes);
  REQUIRE(r.ok());
  CHECK(r.value.line_count == 3);
  std::string text(r.value.text_size(), '\0');
  CHECK(std::string(r.value.text_to(text.data(), text.size())) ==
        "<nosuchuser@mx.example.test>: Recipient address rejected: User unknown in local "
        "recipient table Contact postmaster@mx.example.test for help. Reference: test-footer");
}

TEST_CASE("whole recorded sessions parse reply by reply, also byte by byte") {
  const std::pair<const char*, std::vector<unsigned>> sessions[] = {
      {"session_normal.txt", {220, 250, 250, 250, 354, 250, 250, 221}},
      {"session_rejections.txt", {220, 250, 503, 501, 555, 250, 501, 550, 554, 504, 554, 221}},
      {"session_sasl.txt", {220, 250, 535, 334, 334, 235, 503, 221}},
      {"session_error_limit.txt", {220, 250, 500, 500, 500, 421}},
      {"session_reject_at_connect.txt", {554, 503, 503, 221}},
  };
  for (const auto& session : sessions) {
    const std::string file = session.first;
    const std::vector<unsigned>& codes = session.second;
    CAPTURE(file);
    const std::string bytes = fixture(file);
    std::vector<unsigned> whole;
    std::string_view rest = bytes;
    while (!rest.empty()) {
      const parse_result r = parse_reply(rest);
      REQUIRE(r.ok());
      whole.push_back(r.value.code);
      rest.remove_prefix(r.consumed);
    }
    CHECK(whole == codes);
    static reply_reader reader;
    reader.reset();
    std::vector<unsigned> streamed;
    for (char c : bytes) {
      reader.feed(std::string_view(&c, 1));
      for (parse_result r = reader.next(); r.error != parse_error::incomplete; r = reader.next())
        streamed.push_back(r.value.code);
    }
    CHECK(streamed == codes);
  }
}

TEST_CASE("the Postfix maillog: every NOQUEUE reject line yields its reply") {
  std::istringstream log(fixture("maillog.txt"));
  std::string line;
  int rejects = 0;
  while (std::getline(log, line)) {
    if (line.find("NOQUEUE: reject:") == std::string::npos) continue;
    ++rejects;
    CAPTURE(line);
    const text_match m = find_reply(line);
    REQUIRE(m.ok());
    CHECK(m.value.code >= 400);
    CHECK(m.command != smtp_command::unknown);
  }
  CHECK(rejects == 15);
}
