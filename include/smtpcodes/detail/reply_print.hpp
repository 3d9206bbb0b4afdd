// How a reply is written as one line of text, "550 5.1.1 User unknown": the
// code, the enhanced status (RFC 3463) when there is one, and the text of
// every line joined by spaces (RFC 5321 §4.2.1 multi-line replies). Shared
// by ostream.hpp and format.hpp so that both print a reply the same way.
#ifndef SMTPCODES_DETAIL_REPLY_PRINT_HPP
#define SMTPCODES_DETAIL_REPLY_PRINT_HPP

#include <string_view>

#include "../reply.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// Calls `put(std::string_view)` with the pieces of `r` in order; no allocation.
template <class Put>
void print_reply(const reply& r, Put&& put) {
  put(to_string(static_cast<reply_code>(r.code)));
  if (r.status) {
    put(std::string_view(" "));
    const status_chars s = to_chars(*r.status);
    put(s.view());
  }
  for (const reply_line l : r.lines()) {
    if (l.body.empty()) continue;
    put(std::string_view(" "));
    put(l.body);
  }
}

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
