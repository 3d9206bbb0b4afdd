// A program that uses an installed smtpcodes: exits 0 only when the library
// answers correctly and its version is the one that was installed.
#include <smtpcodes/locale/builtin.hpp>
#include <smtpcodes/render.hpp>
#include <smtpcodes/retry.hpp>
#include <smtpcodes/rules.hpp>
#include <smtpcodes/smtpcodes.hpp>
#include <smtpcodes/version.hpp>

#include <cstdio>
#include <cstring>

#define SMTPCODES_STR2(x) #x
#define SMTPCODES_STR(x) SMTPCODES_STR2(x)

int main() {
  const char* version = SMTPCODES_STR(SMTPCODES_VERSION_MAJOR) "." SMTPCODES_STR(
      SMTPCODES_VERSION_MINOR) "." SMTPCODES_STR(SMTPCODES_VERSION_PATCH);
  if (std::strcmp(version, SMTPCODES_EXPECTED_VERSION) != 0) {
    std::printf("version %s, expected %s\n", version, SMTPCODES_EXPECTED_VERSION);
    return 1;
  }
  const auto* row = smtpcodes::find(550);
  if (row == nullptr || row->code != smtpcodes::reply_code::mailbox_unavailable ||
      smtpcodes::classify(421u) != smtpcodes::reply_class::transient_negative) {
    std::printf("wrong answers from smtpcodes\n");
    return 1;
  }
  const smtpcodes::advice a = smtpcodes::advise(
      "host mx.example.com said: 550 5.1.1 <a@b>: User unknown (in reply to "
      "RCPT TO command)");
  if (a.reason != smtpcodes::bounce_reason::user_unknown ||
      a.bounce != smtpcodes::bounce_type::hard) {
    std::printf("wrong advice from smtpcodes\n");
    return 1;
  }
  std::printf("smtpcodes %s: 550 is %.*s\n", version, static_cast<int>(row->name.size()),
              row->name.data());
  return 0;
}
