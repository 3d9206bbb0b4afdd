// operator<< for smtpcodes' values: a reply_code prints as its number
// ("550"), an enhanced status as "5.1.1" (RFC 3463 §2), action, bounce_reason
// and bounce_type as their to_string() names, and a reply as one line,
// "550 5.1.1 User unknown". Opt-in: it needs <ostream>.
#ifndef SMTPCODES_OSTREAM_HPP
#define SMTPCODES_OSTREAM_HPP

#include <ostream>
#include <string>
#include <string_view>

#include "advice.hpp"
#include "detail/reply_print.hpp"
#include "enhanced_status.hpp"
#include "reply.hpp"
#include "reply_code.hpp"

namespace smtpcodes {
inline namespace v1 {

/// "550".
inline std::ostream& operator<<(std::ostream& os, reply_code c) { return os << to_string(c); }
/// "5.1.1".
inline std::ostream& operator<<(std::ostream& os, enhanced_status s) {
  return os << to_chars(s).view();
}
/// "give_up".
inline std::ostream& operator<<(std::ostream& os, action a) { return os << to_string(a); }
/// "user_unknown".
inline std::ostream& operator<<(std::ostream& os, bounce_reason r) { return os << to_string(r); }
/// "hard".
inline std::ostream& operator<<(std::ostream& os, bounce_type b) { return os << to_string(b); }
/// "550 5.1.1 User unknown": code, enhanced status, the lines' text joined by spaces.
/// A field width (std::setw) applies to the whole line.
inline std::ostream& operator<<(std::ostream& os, const reply& r) {
  std::string line;
  detail::print_reply(r, [&line](std::string_view piece) { line.append(piece); });
  return os << line;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
