// Replies as they arrive from a server: parse_reply() turns raw bytes into a
// structured reply (RFC 5321 §4.2 reply syntax, §4.2.1 multi-line form,
// §4.5.3.1.5 line length; RFC 2034 enhanced codes on every line). The types
// are in detail/reply_types.hpp; this header also gives the streaming
// reply_reader (reply_reader.hpp) and the free-text find_reply() (find_reply.hpp).
#ifndef SMTPCODES_REPLY_HPP
#define SMTPCODES_REPLY_HPP

#include <string_view>

#include "detail/config.hpp"
#include "detail/reply_parser.hpp"
#include "detail/reply_types.hpp"
#include "find_reply.hpp"
#include "reply_reader.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Parses one complete reply (single or multi-line) from the start of `bytes`.
/// Never allocates, never throws; views in the result point into `bytes`.
[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr parse_result parse_reply(
    std::string_view bytes, const parse_options& options) noexcept {
  return detail::parse_wire_reply(bytes, options);
}
[[nodiscard]] SMTPCODES_ALWAYS_INLINE constexpr parse_result parse_reply(
    std::string_view bytes) noexcept {
  return detail::parse_wire_reply(bytes, parse_options{});
}

/// Parses a reply held whole in a string ("550 5.1.1 User unknown", a
/// configuration value, a test), where the end of the string ends the last
/// line: parse_reply() would wait for that line's end (`incomplete`), as a
/// reader of a socket must. `incomplete` here means the string ends inside a
/// multi-line reply ("250-a\r\n") or is empty. Views point into `text`.
[[nodiscard]] constexpr parse_result parse_reply_complete(std::string_view text,
                                                          parse_options options = {}) noexcept {
  options.input_complete = true;
  return detail::parse_wire_reply(text, options);
}

}  // namespace v1
}  // namespace smtpcodes

#endif
