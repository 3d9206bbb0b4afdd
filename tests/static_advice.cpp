// Compile-time checks of advise(): building this file is the test.
#include <smtpcodes/advice.hpp>

#include <array>
#include <cstddef>
#include <string_view>

using namespace smtpcodes;

constexpr advice user_unknown =
    advise(parse_reply("550 5.1.1 User unknown\r\n").value, smtp_command::rcpt);
static_assert(user_unknown.what == action::give_up);
static_assert(user_unknown.bounce == bounce_type::hard);
static_assert(user_unknown.reason == bounce_reason::user_unknown);
static_assert(user_unknown.applies_to == scope::recipient);

constexpr advice too_many = advise(parse_reply("452 4.5.3 Too many\r\n").value, smtp_command::rcpt);
static_assert(too_many.what == action::retry_new_transaction);
static_assert(advise(parse_reply("421 Bye\r\n").value, smtp_command::mail).close_connection);
static_assert(advise("450 4.2.0 Greylisted", smtp_command::rcpt).reason ==
              bounce_reason::greylisted);
static_assert(
    advise("host x[192.0.2.1] said: 554 5.7.1 Relay access denied (in reply to RCPT TO command)")
        .reason == bounce_reason::relay_denied);
static_assert(reason_from_text("Mailbox is full") == bounce_reason::mailbox_full);
// A phrase broken across the lines of a multi-line reply still matches.
static_assert(advise(parse_reply("452-4.2.2 The mailbox is\r\n452 4.2.2 full\r\n").value,
                     smtp_command::rcpt)
                  .reason == bounce_reason::mailbox_full);
static_assert(advise_connection_lost().reason == bounce_reason::network_error);
static_assert(noexcept(advise(reply{}, smtp_command::rcpt)) && noexcept(advise("")));

// A long text stays within the compilers' default constexpr limits (clang
// allows 1,048,576 evaluation steps): the pattern at its end is found.
constexpr auto long_text = [] {
  std::array<char, 1000> t{};
  constexpr std::string_view head = "450 4.7.1 ";
  constexpr std::string_view tail = " greylisted";
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i < head.size())
      t[i] = head[i];
    else if (i >= t.size() - tail.size())
      t[i] = tail[i - (t.size() - tail.size())];
    else
      t[i] = "word "[(i - head.size()) % 5];
  }
  return t;
}();
static_assert(advise(std::string_view(long_text.data(), long_text.size())).reason ==
              bounce_reason::greylisted);

int main() { return 0; }
