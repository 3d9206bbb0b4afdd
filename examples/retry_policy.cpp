// A queue runner's decision loop: replay a scripted SMTP session, ask
// smtpcodes what to do after each reply, and act on it the way an MTA would
// (next recipient, new transaction, retry later, next MX, bounce).
#include <smtpcodes/smtpcodes.hpp>

#include <chrono>
#include <cstdio>
#include <string_view>

namespace {

using namespace smtpcodes;

struct step {
  smtp_command command;
  std::string_view sent;   // what the client sent
  std::string_view reply;  // what the server answered (wire bytes)
};

// One delivery attempt to mx1, which refuses part of the transaction.
constexpr step session[] = {
    {smtp_command::connect, "(connect mx1.example.net:25)", "220 mx1.example.net ESMTP\r\n"},
    {smtp_command::ehlo, "EHLO out.example.org",
     "250-mx1.example.net\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 ENHANCEDSTATUSCODES\r\n"},
    {smtp_command::mail, "MAIL FROM:<news@example.org> SIZE=48213", "250 2.1.0 Ok\r\n"},
    {smtp_command::rcpt, "RCPT TO:<ann@example.net>", "250 2.1.5 Ok\r\n"},
    {smtp_command::rcpt, "RCPT TO:<bob@example.net>",
     "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\r\n"},
    {smtp_command::rcpt, "RCPT TO:<cat@example.net>",
     "450 4.2.0 <cat@example.net>: Recipient address rejected: Greylisted, try again in 5 "
     "minutes\r\n"},
    {smtp_command::rcpt, "RCPT TO:<dan@example.net>",
     "452 4.2.2 <dan@example.net>: Mailbox full\r\n"},
    {smtp_command::rcpt, "RCPT TO:<eve@example.net>", "452 4.5.3 Error: too many recipients\r\n"},
    {smtp_command::data, "DATA", "354 End data with <CR><LF>.<CR><LF>\r\n"},
    {smtp_command::end_of_data, "(message body) .", "250 2.0.0 Ok: queued as 4Xb2c15Z8Kz9\r\n"},
    {smtp_command::quit, "QUIT", "221 2.0.0 Bye\r\n"},
    // The next attempt, at another host, is refused at the greeting.
    {smtp_command::connect, "(connect mx2.example.net:25)",
     "554 5.7.1 mx2.example.net: Client host [192.0.2.25] blocked using zen.spamhaus.org\r\n"},
};

void print(std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); }

// What the queue runner does with the advice, in words.
std::string_view plan(const advice& a) {
  switch (a.what) {
    case action::proceed:
      return "go on with the next command";
    case action::continue_:
      return "send the next part";
    case action::retry_later:
      return a.applies_to == scope::recipient ? "keep this recipient queued and retry it later"
                                              : "keep the message queued and retry it later";
    case action::retry_new_transaction:
      return "finish this transaction, then send the remaining recipients in a new one";
    case action::try_next_host:
      return "send QUIT and try the next MX host";
    case action::change_request:
      return "change the command and send it again";
    case action::give_up:
      return a.applies_to == scope::recipient ? "bounce this recipient" : "bounce the message";
  }
  return "?";
}

void run(const advice_policy& policy, std::string_view title) {
  print(title);
  print("\n");
  for (const step& s : session) {
    const parse_result r = parse_reply(s.reply);
    if (!r.ok()) {
      std::printf("  unparseable reply (%.*s)\n", static_cast<int>(to_string(r.error).size()),
                  to_string(r.error).data());
      continue;
    }
    const advice a = advise(r.value, s.command, policy);
    char text[256];
    const std::string_view body = r.value.text_to(text, sizeof text);
    std::printf("  > %-40.*s < %u %.*s\n", static_cast<int>(s.sent.size()), s.sent.data(),
                r.value.code, static_cast<int>(body.size()), body.data());
    std::printf("      %.*s", static_cast<int>(plan(a).size()), plan(a).data());
    if (a.what == action::retry_later)
      std::printf(" (in %lld s)", static_cast<long long>(a.delay.count()));
    if (a.bounce != bounce_type::none)
      std::printf(" [%.*s, %.*s bounce]", static_cast<int>(to_string(a.reason).size()),
                  to_string(a.reason).data(), static_cast<int>(to_string(a.bounce).size()),
                  to_string(a.bounce).data());
    if (a.close_connection) std::printf(" [connection closes]");
    std::printf("\n");
  }
}

}  // namespace

int main() {
  run(advice_policy{}, "Default policy:");
  advice_policy cautious;
  cautious.soft_bounce = true;  // e.g. while a new server is being tested
  cautious.set_delay(bounce_reason::greylisted, std::chrono::seconds{120});
  run(cautious, "\nSoft-bounce mode, greylisting retried after 2 minutes:");
  return 0;
}
