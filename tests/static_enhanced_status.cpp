// Compile-time checks of enhanced_status.hpp: building this file is the test
// (parsing, lookup, checks and formatting must all work in constant expressions).
#include <smtpcodes/enhanced_status.hpp>

using namespace smtpcodes;

// Grammar, RFC 3463 section 2.
static_assert(parse_enhanced_status("5.1.1") == enhanced_status{5, 1, 1});
static_assert(parse_enhanced_status("5.7.133") == enhanced_status{5, 7, 133});
static_assert(parse_enhanced_status("4.7.500") == enhanced_status{4, 7, 500});
static_assert(parse_enhanced_status("2.0.0") == enhanced_status{2, 0, 0});
static_assert(parse_enhanced_status("5.999.999") == enhanced_status{5, 999, 999});
static_assert(!parse_enhanced_status("5.01.1"));
static_assert(!parse_enhanced_status("6.1.1"));
static_assert(!parse_enhanced_status("5.1.1000"));
static_assert(!parse_enhanced_status("5.1"));
static_assert(!parse_enhanced_status("5.1.1 "));
static_assert(!parse_enhanced_status(" 5.1.1"));
static_assert(!parse_enhanced_status(""));
static_assert(!parse_enhanced_status("0.0.0"));
static_assert(!parse_enhanced_status("55.1.1"));
static_assert(noexcept(parse_enhanced_status("5.1.1")));

constexpr std::size_t scanned(std::string_view text) {
  enhanced_status s{};
  return detail::scan_enhanced_status(text, s);
}
static_assert(scanned("5.1.1 User") == 5);
static_assert(scanned("5.1.10") == 6);
static_assert(scanned("5.1.1000") == 0);
static_assert(scanned("5.1.1.2") == 0);

// Order and class.
static_assert(enhanced_status{5, 1, 9} < enhanced_status{5, 1, 10});
static_assert(enhanced_status{4, 7, 0}.klass() == reply_class::transient_negative);

// Registry lookups and the RFC 3463 fallback.
static_assert(all_enhanced_statuses().size() == 81);
static_assert(find({5, 1, 1})->detail_name == "Bad destination mailbox address");
static_assert(find({2, 7, 30})->detail_name == "REQUIRETLS support required");
static_assert(lookup({5, 1, 1}).level == match_level::exact);
static_assert(lookup({5, 1, 99}).level == match_level::subject);
static_assert(lookup({5, 1, 99}).info == find({5, 1, 0}));
static_assert(lookup({4, 9, 1}).level == match_level::class_only);
static_assert(lookup({4, 9, 1}).info == find({4, 0, 0}));
static_assert(lookup({5, 7, 133}).level == match_level::subject);
static_assert(lookup({6, 1, 1}).level == match_level::none && find({6, 1, 1}) == nullptr);
// The basic-code overloads still resolve, with unsigned and int arguments.
static_assert(find(550u) == find(550) && find(550)->wire() == 550);
static_assert(explain(550).code == 550 && explain(550, {5, 1, 1}).basic == 550);
static_assert(class_meaning({4, 2, 2}).name == "Persistent Transient Failure");
static_assert(noexcept(find(enhanced_status{5, 1, 1})));

// Consistency checks.
static_assert(check(550, {4, 2, 2}) ==
              (status_diagnostic::class_mismatch | status_diagnostic::not_associated));
static_assert(check(250, {2, 0, 0}).none());
static_assert(check(550, {5, 1, 1}).none());
// X.1.1 lists 451 and 550, so 250 is also not associated.
static_assert(check(250, {5, 1, 1}) ==
              (status_diagnostic::class_mismatch | status_diagnostic::not_associated));
static_assert(check(452, {4, 5, 3}) == status_diagnostic::not_associated);
static_assert(check(451, {4, 1, 1}) == status_diagnostic::usage_restricted);
static_assert(check(550, {5, 9, 9}) == status_diagnostic::not_registered);
static_assert(check(354, {2, 0, 0}) == status_diagnostic::on_intermediate_reply);
static_assert(check(553, {5, 6, 10}) == status_diagnostic::deprecated_code);
static_assert(noexcept(check(550, {5, 1, 1})));
static_assert(explain(550, {5, 1, 1}).status_info.level == match_level::exact);
static_assert(explain(550, {5, 1, 1}).basic_info == find(550u));

// Formatting.
static_assert(to_chars({5, 7, 133}).view() == "5.7.133");
static_assert(to_chars({2, 0, 0}).view() == "2.0.0");
static_assert(parse_enhanced_status(to_chars({4, 7, 500}).view()) == enhanced_status{4, 7, 500});
constexpr bool formats_into_buffer() {
  char buffer[8] = {};
  char* end = format_to(buffer, buffer + 8, {5, 7, 133});
  return end == buffer + 7 && std::string_view(buffer, 7) == "5.7.133" &&
         format_to(buffer, buffer + 6, {5, 7, 133}) == nullptr;
}
static_assert(formats_into_buffer());

int main() {}

// The association columns of the table rows (X.7.24: "451 550"; X.7.15: "450 550" and 4XX/5XX).
namespace assoc {
constexpr const smtpcodes::enhanced_status_info& x724 = *find(enhanced_status{5, 7, 24});
static_assert(x724.basic_code_count == 2 && x724.basic_codes[0] == 451 &&
              x724.basic_codes[1] == 550 && x724.basic_codes[2] == 0 &&
              x724.basic_class_mask == 0 && !x724.any_basic_code);
static_assert(find(enhanced_status{5, 0, 0})->any_basic_code &&
              find(enhanced_status{5, 0, 0})->basic_code_count == 0);
static_assert(find(enhanced_status{4, 7, 15})->basic_class_mask == ((1u << 4) | (1u << 5)) &&
              find(enhanced_status{4, 7, 15})->basic_code_count == 2);
static_assert(find(enhanced_status{5, 6, 10})->deprecated);
}  // namespace assoc
