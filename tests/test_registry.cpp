#include <smtpcodes/registry.hpp>

#include <doctest/doctest.h>

#include "csv.hpp"

#include <fstream>
#include <initializer_list>
#include <string>
#include <vector>

using namespace smtpcodes;

namespace {

// Minimal CSV reader for the reference files (quoted fields with commas).
std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const std::vector<std::string> fields = split_csv_line(line);
    rows.push_back(fields);
  }
  return rows;
}

bool ends_sentence(std::string_view s) {
  return !s.empty() && (s.back() == '.' || s.back() == ')');
}

bool has_doubled_word(std::string_view s) {
  std::string prev, word;
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::size_t i = 0; i <= s.size(); ++i) {
    const char c = i < s.size() ? s[i] : ' ';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      word += lower(c);
    } else if (!word.empty()) {
      if (word == prev && c != '-') return true;
      prev = word;
      word.clear();
      if (c != ' ') prev.clear();
    }
  }
  return false;
}

}  // namespace

TEST_CASE("all 45 reference rows classify correctly and RFC-defined ones are registered") {
  const auto rows = read_csv(SMTPCODES_TEST_FIXTURES "/reference/basic_codes.csv");
  REQUIRE(rows.size() == 45);
  std::size_t registered = 0;
  for (const auto& row : rows) {
    const unsigned code = static_cast<unsigned>(std::stoul(row[0]));
    const unsigned digit = static_cast<unsigned>(std::stoul(row[1]));
    CAPTURE(code);
    CHECK(static_cast<unsigned>(classify(code)) == digit);
    CHECK(category(code) == static_cast<reply_category>(code / 10 % 10));
    const bool unofficial = row[2].rfind("Unofficial", 0) == 0;
    const reply_info* r = find(code);
    if (unofficial) {
      CHECK(r == nullptr);
      CHECK_FALSE(to_reply_code(code).has_value());
      const code_explanation e = explain(code);
      CHECK_FALSE(e.is_registered());
      CHECK(e.is_well_formed());
      CHECK(static_cast<unsigned>(e.klass->value) == digit);
      continue;
    }
    ++registered;
    REQUIRE(r != nullptr);
    CHECK(r->wire() == code);
    CHECK(to_reply_code(code) == r->code);
    // The first RFC the reference names is cited by the row.
    const std::string first_rfc = row[3].substr(0, row[3].find(' ', 4));
    CHECK_MESSAGE(r->reference.find(first_rfc) != std::string_view::npos,
                  "reference " << std::string(r->reference) << " lacks " << first_rfc);
    CHECK(ends_sentence(r->description));
    CHECK(ends_sentence(r->when_seen));
    CHECK(ends_sentence(r->how_to_fix));
    CHECK_FALSE(has_doubled_word(r->description));
    CHECK_FALSE(has_doubled_word(r->when_seen));
    CHECK_FALSE(has_doubled_word(r->how_to_fix));
    CHECK_FALSE(r->commands.empty());
  }
  CHECK(registered == 39);
  CHECK(all_replies().size() == 39);
}

TEST_CASE("doubled-word detector works") {
  CHECK(has_doubled_word("You encounter it when when querying."));
  CHECK(has_doubled_word("The The server."));
  CHECK_FALSE(has_doubled_word("The server is closing."));
  CHECK_FALSE(has_doubled_word("a-a pair. A list"));
}

TEST_CASE("the table is sorted and every enumerator has its row") {
  unsigned previous = 0;
  for (const reply_info& r : all_replies()) {
    CHECK(r.wire() > previous);
    previous = r.wire();
    CHECK(&info(r.code) == &r);
    CHECK(find(r.wire()) == &r);
  }
  const reply_code every[] = {reply_code::system_status,
                              reply_code::help_message,
                              reply_code::service_ready,
                              reply_code::service_closing,
                              reply_code::auth_succeeded,
                              reply_code::ok,
                              reply_code::user_not_local_will_forward,
                              reply_code::cannot_verify_user,
                              reply_code::etrn_queue_started,
                              reply_code::auth_challenge,
                              reply_code::start_mail_input,
                              reply_code::checkpoint_offset,
                              reply_code::service_not_available,
                              reply_code::password_transition_needed,
                              reply_code::mailbox_unavailable_transient,
                              reply_code::local_error,
                              reply_code::insufficient_storage,
                              reply_code::odmr_no_mail_queued,
                              reply_code::temporary_security_failure,
                              reply_code::unable_to_accommodate_parameters,
                              reply_code::etrn_unable_to_queue,
                              reply_code::etrn_node_not_allowed,
                              reply_code::syntax_error,
                              reply_code::syntax_error_in_parameters,
                              reply_code::command_not_implemented,
                              reply_code::bad_sequence,
                              reply_code::parameter_not_implemented,
                              reply_code::host_does_not_accept_mail,
                              reply_code::security_required,
                              reply_code::auth_mechanism_too_weak,
                              reply_code::auth_credentials_invalid,
                              reply_code::encryption_required_for_mechanism,
                              reply_code::mailbox_unavailable,
                              reply_code::user_not_local,
                              reply_code::exceeded_storage_allocation,
                              reply_code::mailbox_name_not_allowed,
                              reply_code::transaction_failed,
                              reply_code::parameters_not_recognized,
                              reply_code::domain_does_not_accept_mail};
  CHECK(sizeof(every) / sizeof(every[0]) == 39);
  for (reply_code c : every) {
    CAPTURE(static_cast<unsigned>(c));
    CHECK(info(c).code == c);
    CHECK(find(static_cast<unsigned>(c)) == &info(c));
  }
}

TEST_CASE("connection closing, spec status and commands") {
  CHECK(info(reply_code::service_not_available).closes_connection);
  CHECK(info(reply_code::service_closing).closes_connection);
  CHECK_FALSE(info(reply_code::ok).closes_connection);
  CHECK_FALSE(info(reply_code::transaction_failed).closes_connection);
  CHECK(info(reply_code::checkpoint_offset).status == spec_status::experimental);
  CHECK(info(reply_code::encryption_required_for_mechanism).status == spec_status::deprecated);
  CHECK(info(reply_code::ok).status == spec_status::standard);
  CHECK(info(reply_code::syntax_error).commands.any());
  CHECK(info(reply_code::start_mail_input).commands.has(smtp_command::data));
  CHECK_FALSE(info(reply_code::start_mail_input).commands.has(smtp_command::rcpt));
  CHECK(info(reply_code::auth_challenge).commands.has(smtp_command::auth));
  CHECK(info(reply_code::service_ready).commands.has(smtp_command::connect));
  CHECK(info(reply_code::service_ready).commands.has(smtp_command::starttls));
  CHECK(info(reply_code::exceeded_storage_allocation).commands.has(smtp_command::rcpt));
  CHECK(info(reply_code::auth_credentials_invalid).typical_status == "5.7.8");
}

TEST_CASE("numbers with two meanings explain both, each with its command") {
  const reply_info& r454 = info(reply_code::temporary_security_failure);
  REQUIRE(r454.has_alternate());
  CHECK(r454.commands.has(smtp_command::starttls));
  CHECK(r454.alternate_applies(smtp_command::auth));
  CHECK_FALSE(r454.alternate_applies(smtp_command::starttls));
  CHECK(r454.description.find("STARTTLS") != std::string_view::npos);
  CHECK(r454.description.find("AUTH") != std::string_view::npos);
  CHECK(r454.alternate.reference.find("RFC 4954") != std::string_view::npos);

  const reply_info& r530 = info(reply_code::security_required);
  REQUIRE(r530.has_alternate());
  CHECK(r530.alternate_applies(smtp_command::mail));
  CHECK(r530.description.find("STARTTLS") != std::string_view::npos);
  CHECK(r530.description.find("auth") != std::string_view::npos);

  for (reply_code c : {reply_code::user_not_local_will_forward, reply_code::cannot_verify_user}) {
    const reply_info& r = info(c);
    REQUIRE(r.has_alternate());
    CHECK(r.alternate_applies(smtp_command::etrn));
    CHECK_FALSE(r.alternate_applies(smtp_command::rcpt));
    CHECK(r.alternate.reference.find("RFC 1985") != std::string_view::npos);
  }
  CHECK_FALSE(info(reply_code::ok).has_alternate());
}

TEST_CASE("unregistered but well-formed codes get a generic explanation") {
  for (unsigned code : {511u, 541u, 299u, 571u, 422u, 199u}) {
    CAPTURE(code);
    CHECK(find(code) == nullptr);
    CHECK_FALSE(to_reply_code(code).has_value());
    const code_explanation e = explain(code);
    CHECK_FALSE(e.is_registered());
    CHECK(e.is_well_formed());
    CHECK(e.klass->value == classify(code));
    CHECK(e.cat->value == category(code));
    CHECK(ends_sentence(e.klass->description));
    CHECK(ends_sentence(e.cat->description));
  }
  CHECK(explain(571).klass->short_name == "5xx Permanent Negative");
  CHECK(explain(571).cat->name == "Unknown");
  CHECK(explain(541).cat->name == "Unspecified");
  CHECK(explain(299).klass->name == "Positive Completion");
  CHECK(explain(511).cat->identifier == "information");
}

TEST_CASE("malformed numbers are unknown") {
  for (unsigned code : {0u, 99u, 600u, 1000u}) {
    CAPTURE(code);
    CHECK(find(code) == nullptr);
    const code_explanation e = explain(code);
    CHECK_FALSE(e.is_well_formed());
    CHECK(e.klass->identifier == "unknown");
    CHECK(e.cat->value == reply_category::unknown);
  }
}

TEST_CASE("a value outside the enum gets the unregistered row, not undefined behaviour") {
  const reply_info& r = info(static_cast<reply_code>(999));
  CHECK(r.identifier == "unregistered");
  CHECK(r.name == "Unregistered Reply");
  CHECK(&info(static_cast<reply_code>(571)) == &r);
}

TEST_CASE("class and category texts") {
  CHECK(info(reply_class::transient_negative).short_name == "4xx Transient Negative");
  CHECK(info(reply_class::positive_completion).short_name == "2xx Positive Completion");
  CHECK(info(reply_class::permanent_negative).identifier == "permanent_negative");
  CHECK(info(reply_category::mail_system).name == "Mail System");
  CHECK(info(reply_category::connections).identifier == "connections");
  CHECK(info(reply_category::unknown).identifier == "unknown");
  CHECK(info(static_cast<reply_class>(9)).identifier == "unknown");
}

TEST_CASE("find() at run time agrees with a plain search of the table for every number") {
  // Run time uses an index built on first use; constant evaluation searches
  // the table (tests/static_registry.cpp). Both must give every row, and no
  // row for every other number, including those past the index.
  std::size_t found = 0;
  for (unsigned n = 0; n < 70000; n = n < 1200 ? n + 1 : n * 2) {
    const reply_info* want = nullptr;
    for (const reply_info& r : all_replies())
      if (r.wire() == n) want = &r;
    CAPTURE(n);
    CHECK(find(n) == want);
    if (want != nullptr) ++found;
  }
  CHECK(found == 39);
  CHECK(find(4294967295u) == nullptr);
}
