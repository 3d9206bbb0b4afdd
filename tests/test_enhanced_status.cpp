#include <smtpcodes/enhanced_status.hpp>

#include <doctest/doctest.h>

#include "csv.hpp"

#include <array>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

using namespace smtpcodes;

namespace doctest {
template <>
struct StringMaker<enhanced_status> {
  static String convert(enhanced_status s) {
    const auto text = to_chars(s).view();
    return String(text.data(), static_cast<unsigned>(text.size()));
  }
};
template <>
struct StringMaker<status_diagnostics> {
  static String convert(status_diagnostics d) {
    std::string names;
    for (status_diagnostic one : all_status_diagnostics)
      if (d.has(one)) names += std::string(names.empty() ? "" : "|") + std::string(to_string(one));
    return names.empty() ? String("{}") : String(names.c_str());
  }
};
}  // namespace doctest

namespace {

struct expected_row {
  std::string_view code;  // "X.1.1"
  std::string_view detail_name;
};

// The 81 rows of ../shared/reference/enhanced_codes.csv (IANA registry), the
// second source the table is checked against.
constexpr std::array<expected_row, 81> expected_rows{{
    {"X.0.0", "Other undefined Status"},
    {"X.1.0", "Other address status"},
    {"X.1.1", "Bad destination mailbox address"},
    {"X.1.2", "Bad destination system address"},
    {"X.1.3", "Bad destination mailbox address syntax"},
    {"X.1.4", "Destination mailbox address ambiguous"},
    {"X.1.5", "Destination address valid"},
    {"X.1.6", "Destination mailbox has moved, No forwarding address"},
    {"X.1.7", "Bad sender's mailbox address syntax"},
    {"X.1.8", "Bad sender's system address"},
    {"X.1.9", "Message relayed to non-compliant mailer"},
    {"X.1.10", "Recipient address has null MX"},
    {"X.2.0", "Other or undefined mailbox status"},
    {"X.2.1", "Mailbox disabled, not accepting messages"},
    {"X.2.2", "Mailbox full"},
    {"X.2.3", "Message length exceeds administrative limit"},
    {"X.2.4", "Mailing list expansion problem"},
    {"X.3.0", "Other or undefined mail system status"},
    {"X.3.1", "Mail system full"},
    {"X.3.2", "System not accepting network messages"},
    {"X.3.3", "System not capable of selected features"},
    {"X.3.4", "Message too big for system"},
    {"X.3.5", "System incorrectly configured"},
    {"X.3.6", "Requested priority was changed"},
    {"X.4.0", "Other or undefined network or routing status"},
    {"X.4.1", "No answer from host"},
    {"X.4.2", "Bad connection"},
    {"X.4.3", "Directory server failure"},
    {"X.4.4", "Unable to route"},
    {"X.4.5", "Mail system congestion"},
    {"X.4.6", "Routing loop detected"},
    {"X.4.7", "Delivery time expired"},
    {"X.5.0", "Other or undefined protocol status"},
    {"X.5.1", "Invalid command"},
    {"X.5.2", "Syntax error"},
    {"X.5.3", "Too many recipients"},
    {"X.5.4", "Invalid command arguments"},
    {"X.5.5", "Wrong protocol version"},
    {"X.5.6", "Authentication Exchange line is too long"},
    {"X.6.0", "Other or undefined media error"},
    {"X.6.1", "Media not supported"},
    {"X.6.2", "Conversion required and prohibited"},
    {"X.6.3", "Conversion required but not supported"},
    {"X.6.4", "Conversion with loss performed"},
    {"X.6.5", "Conversion Failed"},
    {"X.6.6", "Message content not available"},
    {"X.6.7", "Non-ASCII addresses not permitted for that sender/recipient"},
    {"X.6.8", "UTF-8 string reply is required, but not permitted by the SMTP client"},
    {"X.6.9",
     "UTF-8 header message cannot be transferred to one or more recipients, so the message must be "
     "rejected"},
    {"X.6.10", "Deprecated duplicate of X.6.8"},
    {"X.7.0", "Other or undefined security status"},
    {"X.7.1", "Delivery not authorized, message refused"},
    {"X.7.2", "Mailing list expansion prohibited"},
    {"X.7.3", "Security conversion required but not possible"},
    {"X.7.4", "Security features not supported"},
    {"X.7.5", "Cryptographic failure"},
    {"X.7.6", "Cryptographic algorithm not supported"},
    {"X.7.7", "Message integrity failure"},
    {"X.7.8", "Authentication credentials invalid"},
    {"X.7.9", "Authentication mechanism is too weak"},
    {"X.7.10", "Encryption Needed"},
    {"X.7.11", "Encryption required for requested authentication mechanism"},
    {"X.7.12", "A password transition is needed"},
    {"X.7.13", "User Account Disabled"},
    {"X.7.14", "Trust relationship required"},
    {"X.7.15", "Priority Level is too low"},
    {"X.7.16", "Message is too big for the specified priority"},
    {"X.7.17", "Mailbox owner has changed"},
    {"X.7.18", "Domain owner has changed"},
    {"X.7.19", "RRVS test cannot be completed"},
    {"X.7.20", "No passing DKIM signature found"},
    {"X.7.21", "No acceptable DKIM signature found"},
    {"X.7.22", "No valid author-matched DKIM signature found"},
    {"X.7.23", "SPF validation failed"},
    {"X.7.24", "SPF validation error"},
    {"X.7.25", "Reverse DNS validation failed"},
    {"X.7.26", "Multiple authentication checks failed"},
    {"X.7.27", "Sender address has null MX"},
    {"X.7.28", "Mail flood detected"},
    {"X.7.29", "ARC validation failure"},
    {"X.7.30", "REQUIRETLS support required"},
}};

// RFC 3463 section 2 subject names.
constexpr std::array<std::string_view, 8> expected_subjects{
    {"Other or Undefined Status", "Addressing Status", "Mailbox Status", "Mail System Status",
     "Network and Routing Status", "Mail Delivery Protocol Status",
     "Message Content or Media Status", "Security or Policy Status"}};

// "X.7.30" in class `cls`.
enhanced_status status_of(std::string_view generic, char cls) {
  std::string text(generic);
  text[0] = cls;
  const auto parsed = parse_enhanced_status(text);
  REQUIRE_MESSAGE(parsed.has_value(), text);
  return *parsed;
}

std::string text_of(enhanced_status s) { return std::string(to_chars(s).view()); }

}  // namespace

TEST_CASE("every registry row is found exactly, in every class, with its names") {
  REQUIRE(all_enhanced_statuses().size() == expected_rows.size());
  std::size_t i = 0;
  for (const expected_row& row : expected_rows) {
    CAPTURE(row.code);
    for (char cls : {'2', '4', '5'}) {
      const enhanced_status s = status_of(row.code, cls);
      const status_lookup found = lookup(s);
      REQUIRE(found.info != nullptr);
      CHECK(found.level == match_level::exact);
      CHECK(found.info->subject == s.subject);
      CHECK(found.info->detail == s.detail);
      CHECK(found.info->detail_name == row.detail_name);
      CHECK(found.info->subject_name == expected_subjects[s.subject]);
      CHECK(find(s) == found.info);
    }
    CHECK(&all_enhanced_statuses()[i] == find(status_of(row.code, '5')));
    ++i;
  }
}

TEST_CASE("registry rows carry the registry's associations and usage") {
  const auto* x00 = find({5, 0, 0});
  REQUIRE(x00 != nullptr);
  CHECK(x00->any_basic_code);
  CHECK(x00->associated(250));
  CHECK(x00->associated(421));
  CHECK_FALSE(x00->associated(99));
  CHECK_FALSE(x00->restricts_basic_codes());

  const auto* x10 = find({5, 1, 0});  // "not given"
  CHECK_FALSE(x10->restricts_basic_codes());
  CHECK_FALSE(x10->associated(550));

  const auto* x11 = find({5, 1, 1});
  CHECK(x11->basic_code_count == 2);
  CHECK(x11->basic_codes[0] == 451);
  CHECK(x11->basic_codes[1] == 550);
  CHECK(x11->associated(550));
  CHECK_FALSE(x11->associated(552));
  CHECK(x11->usage == status_usage::permanent_only);

  const auto* x50 = find({2, 5, 0});  // the longest list: 14 codes
  CHECK(x50->basic_code_count == 14);
  CHECK(x50->basic_codes[13] == 554);

  const auto* x715 = find({4, 7, 15});  // "450;550 (other 4XX/5XX allowed)"
  CHECK(x715->basic_code_count == 2);
  CHECK(x715->associated(451));
  CHECK(x715->associated(554));
  CHECK_FALSE(x715->associated(250));

  const auto* x717 = find({5, 7, 17});  // "5XX"
  CHECK(x717->basic_code_count == 0);
  CHECK(x717->restricts_basic_codes());
  CHECK(x717->associated(550));
  CHECK_FALSE(x717->associated(450));

  const auto* x728 = find({5, 7, 28});  // not given (unverified upstream)
  CHECK_FALSE(x728->restricts_basic_codes());

  const auto* x610 = find({5, 6, 10});
  CHECK(x610->deprecated);
  CHECK(x610->detail_name == "Deprecated duplicate of X.6.8");
  std::size_t deprecated = 0;
  for (const auto& r : all_enhanced_statuses()) deprecated += r.deprecated ? 1u : 0u;
  CHECK(deprecated == 1);

  CHECK(find({4, 2, 2})->usage == status_usage::transient_only);
  CHECK(find({4, 4, 4})->usage == status_usage::permanent_or_transient);
  CHECK(find({2, 7, 7})->usage == status_usage::success_or_failure);
  CHECK(find({2, 1, 5})->usage == status_usage::success_only);
  CHECK(find({2, 6, 4})->usage == status_usage::success_or_permanent);
  CHECK(find({5, 7, 23})->usage == status_usage::any);
}

TEST_CASE("parse_enhanced_status follows RFC 3463 section 2 exactly") {
  struct good_case {
    std::string_view text;
    enhanced_status value;
  };
  for (const good_case& c : {good_case{"5.1.1", {5, 1, 1}}, good_case{"5.7.133", {5, 7, 133}},
                             good_case{"4.7.500", {4, 7, 500}}, good_case{"5.0.0", {5, 0, 0}},
                             good_case{"2.0.0", {2, 0, 0}}, good_case{"5.999.999", {5, 999, 999}},
                             good_case{"4.1.10", {4, 1, 10}}, good_case{"2.100.0", {2, 100, 0}}}) {
    CAPTURE(c.text);
    const auto parsed = parse_enhanced_status(c.text);
    REQUIRE(parsed.has_value());
    CHECK(*parsed == c.value);
  }
  for (std::string_view bad :
       {"5.01.1", "6.1.1",  "5.1.1000", "5.1",      "0.0.0",   "5..1",      "5.1.",
        " 5.1.1", "5.1.1 ", "",         "5.1000.1", "55.1.1",  "+5.1.1",    "5.1.01",
        "3.1.1",  "1.1.1",  "5",        "5.",       "5.1.1.",  "5.1.1.2",   "5.-1.1",
        "5.1.a",  "5,1,1",  "5.00.1",   "5.1.00",   "5.1.1\n", "5.1.1\r\n", "X.1.1"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_enhanced_status(bad).has_value());
  }
}

TEST_CASE("scan_enhanced_status reads a status at the start of text") {
  enhanced_status s{};
  CHECK(detail::scan_enhanced_status("5.1.1 User unknown", s) == 5);
  CHECK(s == enhanced_status{5, 1, 1});
  CHECK(detail::scan_enhanced_status("5.1.10", s) == 6);
  CHECK(s == enhanced_status{5, 1, 10});
  CHECK(detail::scan_enhanced_status("4.7.133)", s) == 7);
  CHECK(s == enhanced_status{4, 7, 133});
  CHECK(detail::scan_enhanced_status("2.0.0\r\n", s) == 5);
  CHECK(s == enhanced_status{2, 0, 0});

  s = enhanced_status{9, 9, 9};
  CHECK(detail::scan_enhanced_status("5.1.1000", s) == 0);
  CHECK(detail::scan_enhanced_status("5.1.1.2", s) == 0);
  CHECK(detail::scan_enhanced_status("5.1.01 x", s) == 0);
  CHECK(detail::scan_enhanced_status(" 5.1.1", s) == 0);
  CHECK(detail::scan_enhanced_status("550 5.1.1", s) == 0);
  CHECK(detail::scan_enhanced_status("", s) == 0);
  CHECK(s == enhanced_status{9, 9, 9});  // untouched on failure
}

TEST_CASE("enhanced_status compares and maps its class") {
  CHECK(enhanced_status{5, 1, 1} == enhanced_status{5, 1, 1});
  CHECK(enhanced_status{5, 1, 1} != enhanced_status{5, 1, 2});
  CHECK(enhanced_status{4, 9, 9} < enhanced_status{5, 0, 0});
  CHECK(enhanced_status{5, 1, 9} < enhanced_status{5, 2, 0});
  CHECK(enhanced_status{5, 1, 1} < enhanced_status{5, 1, 10});
  CHECK_FALSE(enhanced_status{5, 1, 1} < enhanced_status{5, 1, 1});
  CHECK(enhanced_status{2, 0, 0}.klass() == reply_class::positive_completion);
  CHECK(enhanced_status{4, 0, 0}.klass() == reply_class::transient_negative);
  CHECK(enhanced_status{5, 0, 0}.klass() == reply_class::permanent_negative);
  CHECK(enhanced_status{3, 0, 0}.klass() == reply_class::unknown);
  CHECK(enhanced_status{}.klass() == reply_class::unknown);
}

TEST_CASE("unknown details fall back to the subject, unknown subjects to the class") {
  const status_lookup a = lookup({5, 1, 99});
  REQUIRE(a.info != nullptr);
  CHECK(a.level == match_level::subject);
  CHECK(a.info->subject == 1);
  CHECK(a.info->detail == 0);

  const status_lookup b = lookup({4, 9, 1});
  REQUIRE(b.info != nullptr);
  CHECK(b.level == match_level::class_only);
  CHECK(b.info->subject == 0);
  CHECK(b.info->detail == 0);

  const status_lookup c = lookup({5, 7, 133});
  CHECK(c.level == match_level::subject);
  CHECK(c.info == find({5, 7, 0}));
  CHECK(c.info->detail_name == "Other or undefined security status");

  CHECK(lookup({5, 1, 11}).level == match_level::subject);
  CHECK(lookup({5, 7, 31}).level == match_level::subject);
  CHECK(lookup({5, 0, 1}).level == match_level::subject);
  CHECK(lookup({5, 8, 0}).level == match_level::class_only);
  CHECK(lookup({5, 999, 999}).level == match_level::class_only);
  CHECK(lookup({5, 65535, 65535}).level == match_level::class_only);

  const status_lookup d = lookup({6, 1, 1});
  CHECK(d.info == nullptr);
  CHECK(d.level == match_level::none);
  CHECK(find({3, 1, 1}) == nullptr);
  CHECK(find({0, 0, 0}) == nullptr);
}

TEST_CASE("class_meaning gives the RFC 3463 class names") {
  CHECK(class_meaning({2, 1, 5}).name == "Success");
  CHECK(class_meaning({4, 2, 2}).name == "Persistent Transient Failure");
  CHECK(class_meaning({5, 1, 1}).name == "Permanent Failure");
  CHECK(class_meaning({5, 1, 1}).klass == reply_class::permanent_negative);
  CHECK(class_meaning({6, 1, 1}).klass == reply_class::unknown);
  CHECK(class_meaning({6, 1, 1}).name == "Unknown Class");
}

TEST_CASE("check reports each inconsistency exactly") {
  using D = status_diagnostic;
  // 550 with a class-4 status: the class disagrees; the registry lists 552 for X.2.2.
  CHECK(check(550, {4, 2, 2}) == (D::class_mismatch | D::not_associated));
  CHECK(check(250, {2, 0, 0}).none());
  CHECK(check(550, {5, 1, 1}).none());
  CHECK(check(451, {4, 7, 24}).none());
  CHECK(check(535, {5, 7, 8}).none());
  CHECK(check(556, {5, 1, 10}).none());
  CHECK(check(554, {5, 7, 17}).none());  // 5XX
  CHECK(check(453, {4, 7, 15}).none());  // other 4XX allowed
  // Each flag is its own test: X.1.1 lists 451 and 550, so 250 is not associated either.
  CHECK(check(250, {5, 1, 1}) == (D::class_mismatch | D::not_associated));
  CHECK(check(250, {5, 0, 0}) == status_diagnostics{D::class_mismatch});
  // RFC 5321 4.5.3.1.10 uses 452, but the registry lists only 451 for X.5.3.
  CHECK(check(452, {4, 5, 3}) == status_diagnostics{D::not_associated});
  CHECK(check(451, {4, 5, 3}).none());
  // X.1.1 is permanent only (RFC 3463), though the registry lists 451 with it.
  CHECK(check(451, {4, 1, 1}) == status_diagnostics{D::usage_restricted});
  CHECK(check(552, {5, 2, 2}) == status_diagnostics{D::usage_restricted});
  CHECK(check(250, {2, 1, 1}) == (D::usage_restricted | D::not_associated));
  CHECK(check(550, {5, 9, 9}) == status_diagnostics{D::not_registered});
  CHECK(check(550, {5, 1, 20}) == status_diagnostics{D::not_registered});
  CHECK(check(550, {5, 7, 133}) == status_diagnostics{D::not_registered});
  CHECK(check(354, {2, 0, 0}) == status_diagnostics{D::on_intermediate_reply});
  CHECK(check(334, {2, 7, 0}) == (D::on_intermediate_reply | D::not_associated));
  CHECK(check(553, {5, 6, 10}) == status_diagnostics{D::deprecated_code});
  CHECK(check(450, {4, 7, 17}) == status_diagnostics{D::not_associated});
  CHECK(check(999, {5, 0, 0}) == status_diagnostics{D::class_mismatch});
  CHECK(check(150, {2, 0, 0}) == status_diagnostics{D::class_mismatch});
  CHECK(check(550, {6, 1, 1}) == (D::class_mismatch | D::not_registered));
  // "432 6.8.9": 6.8.9 is not a status at all, so it never reaches check().
  CHECK_FALSE(parse_enhanced_status("6.8.9").has_value());

  const status_diagnostics both = D::class_mismatch | D::not_associated;
  CHECK(both.has(D::class_mismatch));
  CHECK(both.has(D::not_associated));
  CHECK_FALSE(both.has(D::usage_restricted));
  CHECK(both.any());
  CHECK(both.bits() == 5);
  CHECK(both.violates_rfc2034());
  CHECK_FALSE(status_diagnostics{D::not_associated}.violates_rfc2034());
  CHECK(status_diagnostics{D::on_intermediate_reply}.violates_rfc2034());

  std::string names;
  for (D d : all_status_diagnostics) names += std::string(to_string(d)) + ' ';
  CHECK(names ==
        "class_mismatch not_registered not_associated usage_restricted on_intermediate_reply "
        "deprecated_code ");
}

TEST_CASE("to_chars and format_to write the status without allocating") {
  for (std::string_view text : {"5.7.133", "2.0.0", "4.7.500", "5.1.10", "5.999.999", "4.4.7"}) {
    CAPTURE(text);
    const auto parsed = parse_enhanced_status(text);
    REQUIRE(parsed.has_value());
    CHECK(to_chars(*parsed).view() == text);
    CHECK(parse_enhanced_status(to_chars(*parsed).view()) == parsed);
  }
  CHECK(to_chars({255, 65535, 65535}).view() == "255.65535.65535");
  CHECK(text_of({5, 1, 1}) == "5.1.1");

  char buffer[16] = {};
  char* end = format_to(buffer, buffer + sizeof buffer, {5, 7, 133});
  REQUIRE(end != nullptr);
  CHECK(std::string_view(buffer, static_cast<std::size_t>(end - buffer)) == "5.7.133");

  char small[6] = {'x', 'x', 'x', 'x', 'x', 'x'};
  CHECK(format_to(small, small + sizeof small, {5, 7, 133}) == nullptr);
  CHECK(small[0] == 'x');  // nothing written
  char exact[7] = {};
  CHECK(format_to(exact, exact + sizeof exact, {5, 7, 133}) == exact + 7);
  CHECK(format_to(nullptr, nullptr, {5, 1, 1}) == nullptr);
}

TEST_CASE("explain combines the basic code and the status") {
  const combined_explanation e = explain(550, {4, 2, 2});
  CHECK(e.basic == 550);
  CHECK(e.status == enhanced_status{4, 2, 2});
  CHECK(e.basic_info == find(550u));
  CHECK(e.basic_generic.code == 550);
  CHECK(e.basic_generic.klass->value == reply_class::permanent_negative);
  CHECK(e.status_info.level == match_level::exact);
  CHECK(e.status_info.info->detail_name == "Mailbox full");
  CHECK(e.diagnostics == (status_diagnostic::class_mismatch | status_diagnostic::not_associated));

  const combined_explanation u = explain(571, {5, 7, 1});
  CHECK(u.basic_info == nullptr);
  CHECK(u.basic_generic.is_well_formed());
  CHECK(u.status_info.info == find({5, 7, 1}));
  CHECK(u.diagnostics == status_diagnostics{status_diagnostic::not_associated});
}

TEST_CASE("every row has its own texts") {
  for (const auto& r : all_enhanced_statuses()) {
    CAPTURE(r.detail_name);
    CHECK(r.description != r.what_to_do);
    CHECK(r.description.find("  ") == std::string_view::npos);
    CHECK(r.what_to_do.find("  ") == std::string_view::npos);
    CHECK(r.description.find("..") == std::string_view::npos);
    CHECK(!r.reference.empty());
  }
}

TEST_CASE("the table matches the IANA reference CSV column by column") {
  std::ifstream in(SMTPCODES_TEST_FIXTURES "/reference/enhanced_codes.csv");
  REQUIRE(in.good());
  std::string line;
  std::getline(in, line);  // header
  std::size_t i = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const std::vector<std::string> f = split_csv_line(line);
    REQUIRE(f.size() >= 5);
    REQUIRE(i < all_enhanced_statuses().size());
    const auto& row = all_enhanced_statuses()[i++];
    CAPTURE(f[0]);
    CHECK(status_of(f[0], '5') == row.with_class(5));
    CHECK(f[1] == row.subject_name);
    CHECK((f[2].empty() ? std::string("Deprecated duplicate of X.6.8") : f[2]) == row.detail_name);
    // Every three-digit code in the association column is associated, in order.
    std::vector<unsigned> codes;
    for (std::size_t k = 0; k + 3 <= f[4].size(); ++k) {
      const std::string_view t = std::string_view(f[4]).substr(k, 3);
      const bool digits =
          t[0] >= '1' && t[0] <= '9' && t[1] >= '0' && t[1] <= '9' && t[2] >= '0' && t[2] <= '9';
      const bool bounded = (k == 0 || !(f[4][k - 1] >= '0' && f[4][k - 1] <= '9')) &&
                           (k + 3 == f[4].size() || !(f[4][k + 3] >= '0' && f[4][k + 3] <= '9'));
      if (digits && bounded) codes.push_back(static_cast<unsigned>(std::stoul(std::string(t))));
    }
    REQUIRE(codes.size() == row.basic_code_count);
    for (std::size_t k = 0; k < codes.size(); ++k) CHECK(row.basic_codes[k] == codes[k]);
    CHECK(row.any_basic_code == (f[4] == "any"));
    CHECK((row.basic_class_mask != 0) == (f[4].find("XX") != std::string::npos));
  }
  CHECK(i == all_enhanced_statuses().size());
}

TEST_CASE("lookup() at run time agrees with a plain search of the table for every status") {
  // Run time uses an index of subjects 0-7 and details 0-30 built on first
  // use, and searches the table for larger details; constant evaluation
  // always searches (tests/static_enhanced_status.cpp).
  const auto& table = all_enhanced_statuses();
  std::size_t exact = 0;
  for (std::uint8_t cls : {std::uint8_t{0}, std::uint8_t{2}, std::uint8_t{3}, std::uint8_t{4},
                           std::uint8_t{5}, std::uint8_t{9}}) {
    for (unsigned subject = 0; subject < 12; ++subject) {
      for (unsigned detail : {0u,  1u,  2u,  3u,  4u,  5u,  6u,  7u,  8u,   9u,   10u,   11u, 12u,
                              13u, 14u, 15u, 16u, 17u, 18u, 19u, 20u, 21u,  22u,  23u,   24u, 25u,
                              26u, 27u, 28u, 29u, 30u, 31u, 32u, 99u, 100u, 999u, 65535u}) {
        const enhanced_status s{cls, static_cast<std::uint16_t>(subject),
                                static_cast<std::uint16_t>(detail)};
        const enhanced_status_info* want_exact = nullptr;
        const enhanced_status_info* want_subject = nullptr;
        for (const enhanced_status_info& r : table) {
          if (r.subject == subject && r.detail == detail) want_exact = &r;
          if (r.subject == subject && r.detail == 0) want_subject = &r;
        }
        const status_lookup got = lookup(s);
        CAPTURE(s);
        if (cls != 2 && cls != 4 && cls != 5) {
          CHECK(got.info == nullptr);
          CHECK(got.level == match_level::none);
        } else if (want_exact != nullptr) {
          CHECK(got.info == want_exact);
          CHECK(got.level == match_level::exact);
          ++exact;
        } else if (want_subject != nullptr) {
          CHECK(got.info == want_subject);
          CHECK(got.level == match_level::subject);
        } else {
          CHECK(got.info == &table[0]);
          CHECK(got.level == match_level::class_only);
        }
      }
    }
  }
  CHECK(exact == 3 * 81);
}
