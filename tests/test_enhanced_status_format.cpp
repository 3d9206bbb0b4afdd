#include <smtpcodes/enhanced_status_format.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace smtpcodes;

namespace {
// The basic-code part comes from the reply registry (another table, other tests).
std::string basic_part(unsigned code) {
  const reply_info* r = find(code);
  REQUIRE(r != nullptr);
  return std::to_string(code) + " ";
}
bool ends_with(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() &&
         text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}
std::string registered(unsigned code) {
  const reply_info* r = find(code);
  REQUIRE(r != nullptr);
  return std::string(r->name) + ". " + std::string(r->description);
}
}  // namespace

TEST_CASE("to_string writes the dotted form") {
  CHECK(to_string(enhanced_status{5, 7, 133}) == "5.7.133");
  CHECK(to_string(enhanced_status{2, 0, 0}) == "2.0.0");
  CHECK(to_string(*parse_enhanced_status("4.1.10")) == "4.1.10");
}

TEST_CASE("describe 550 5.1.1") {
  CHECK(describe(explain(550, {5, 1, 1})) ==
        basic_part(550) + "5.1.1: " + registered(550) +
            " Enhanced status 5.1.1 (Addressing Status: Bad destination mailbox address): The "
            "recipient's mailbox does not exist at the destination: the part of the address "
            "before the @ sign is not known there. Check the recipient address for typing errors "
            "or ask the recipient for a current address; do not send to the same address again "
            "unchanged.");
}

TEST_CASE("describe 550 4.2.2 reports the class mismatch and the association") {
  CHECK(describe(explain(550, {4, 2, 2})) ==
        basic_part(550) + "4.2.2: " + registered(550) +
            " Enhanced status 4.2.2 (Mailbox Status: Mailbox full): The recipient's mailbox is "
            "full because it has reached its quota or storage capacity; the recipient can make "
            "room by deleting messages. Retry later, and let the recipient know by other means if "
            "the mailbox stays full. The enhanced status class 4 disagrees with the basic code "
            "550; RFC 2034 section 4 requires them to match, so the basic code decides. The IANA "
            "registry lists 552 for X.2.2, not 550; the list is not exclusive, so this pairing is "
            "allowed but not the registered one.");
}

TEST_CASE("describe falls back to the subject and to the class") {
  CHECK(describe(explain(550, {5, 1, 99})) ==
        basic_part(550) + "5.1.99: " + registered(550) +
            " Enhanced status 5.1.99 (Addressing Status, detail not registered): Something about "
            "an address, the sender's or a recipient's, caused this status, and no more specific "
            "addressing code applies. Check the sender and recipient addresses for typing errors, "
            "and read the server's text to see which address it means. 5.1.99 is not in the IANA "
            "registry, so RFC 3463 section 2 has the client report the general meaning of its "
            "subject, as above.");
  CHECK(describe(explain(451, {4, 9, 1})) ==
        basic_part(451) + "4.9.1: " + registered(451) +
            " Enhanced status 4.9.1 (Persistent Transient Failure, subject not registered): The "
            "message as sent is valid, but a temporary condition that persisted stopped or "
            "delayed it, so sending it again later may succeed. Keep the message and retry later; "
            "tell the sender if the failure continues for a long time. 4.9.1 is not in the IANA "
            "registry, so RFC 3463 section 2 has the client report the general meaning of its "
            "class, as above.");
}

TEST_CASE("describe names the remaining diagnostics") {
  const std::string intermediate = describe(explain(354, {2, 0, 0}));
  CHECK(intermediate.find(" RFC 2034 says 3xx replies never carry an enhanced status code, so the "
                          "status on this 354 reply should be ignored.") != std::string::npos);
  CHECK(intermediate.find("disagrees") == std::string::npos);

  const std::string usage = describe(explain(451, {4, 1, 1}));
  CHECK(ends_with(usage,
                  ". The registry entry for X.1.1 restricts it to permanent failures "
                  "(class 5), but this reply uses class 4."));

  const std::string deprecated = describe(explain(553, {5, 6, 10}));
  CHECK(ends_with(deprecated,
                  ". The registry marks X.6.10 as deprecated, so servers should not send it."));

  const std::string classes = describe(explain(450, {4, 7, 17}));
  CHECK(classes.find("The IANA registry lists any 5xx code for X.7.17, not 450;") !=
        std::string::npos);
  const std::string others = describe(explain(250, {2, 7, 15}));
  CHECK(others.find("The IANA registry lists 450, 550 and any other 4xx or 5xx code for X.7.15, "
                    "not 250;") != std::string::npos);
  const std::string list = describe(explain(571, {5, 7, 1}));
  CHECK(list.rfind("571 5.7.1: Unregistered code, read by its first digit as 5xx Permanent "
                   "Negative. ",
                   0) == 0);
  CHECK(list.find("The IANA registry lists 451, 454, 502, 503, 533, 550 and 551 for X.7.1, not "
                  "571;") != std::string::npos);

  CHECK(describe(explain(550, {6, 1, 1}))
            .find("Enhanced status 6.1.1 is not valid, because its "
                  "class is not 2, 4 or 5. The enhanced status "
                  "class 6 disagrees with the basic code 550;") != std::string::npos);
  CHECK(describe(explain(42, {5, 0, 0})).rfind("42 5.0.0: Not a valid SMTP reply code. ", 0) == 0);
}
