// The README example: parse a reply, ask what to do, print it.
#include <smtpcodes/smtpcodes.hpp>

#include <cstdio>

int main() {
  using namespace smtpcodes;
  parse_result r = parse_reply("550 5.1.1 <bob@example.com>: User unknown\r\n");
  advice a = advise(r.value, smtp_command::rcpt);
  std::printf("%s: %s, %s bounce (%s)\n", find(r.value.code)->name.data(), to_string(a.what).data(),
              to_string(a.bounce).data(), to_string(a.reason).data());
}  // Mailbox Unavailable: give_up, hard bounce (user_unknown)
