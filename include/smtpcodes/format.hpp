// Formatters for smtpcodes' values: std::formatter where the standard library
// has <format>, fmt::formatter where <fmt/format.h> is found (link fmt::fmt or
// fmt::fmt-header-only). A reply_code formats as its number ("550"), an
// enhanced status as "5.1.1" (RFC 3463 §2), action, bounce_reason and
// bounce_type as their to_string() names, a reply as "550 5.1.1 User
// unknown"; the string format specification (width, fill, alignment) applies.
//
// SMTPCODES_HAS_STD_FORMAT and SMTPCODES_HAS_FMT say which were defined;
// define SMTPCODES_NO_STD_FORMAT or SMTPCODES_NO_FMT to leave one out, or
// SMTPCODES_STD_FORMAT to force the std::formatters on a standard library
// whose <format> works without announcing it (__cpp_lib_format).
#ifndef SMTPCODES_FORMAT_HPP
#define SMTPCODES_FORMAT_HPP

#include <string>
#include <string_view>

#include "advice.hpp"
#include "detail/reply_print.hpp"
#include "enhanced_status.hpp"
#include "reply.hpp"
#include "reply_code.hpp"

#if defined(__has_include)
#if __has_include(<version>)
#include <version>
#endif
#endif

#if !defined(SMTPCODES_NO_STD_FORMAT) && \
    (defined(SMTPCODES_STD_FORMAT) || (defined(__cpp_lib_format) && __cpp_lib_format >= 201907L))
#include <format>
#define SMTPCODES_HAS_STD_FORMAT 1
#endif

#if !defined(SMTPCODES_NO_FMT) && defined(__has_include)
#if __has_include(<fmt/format.h>)
#include <fmt/format.h>
#define SMTPCODES_HAS_FMT 1
#endif
#endif

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// The text every formatter writes for a value.
[[nodiscard]] inline std::string_view format_text(reply_code c) noexcept { return to_string(c); }
[[nodiscard]] inline std::string_view format_text(action a) noexcept { return to_string(a); }
[[nodiscard]] inline std::string_view format_text(bounce_reason r) noexcept { return to_string(r); }
[[nodiscard]] inline std::string_view format_text(bounce_type b) noexcept { return to_string(b); }
[[nodiscard]] inline status_chars format_text(enhanced_status s) noexcept { return to_chars(s); }
[[nodiscard]] inline std::string format_text(const reply& r) {
  std::string line;
  print_reply(r, [&line](std::string_view piece) { line.append(piece); });
  return line;
}
[[nodiscard]] inline std::string_view view_of_text(std::string_view s) noexcept { return s; }
[[nodiscard]] inline std::string_view view_of_text(const status_chars& s) noexcept {
  return s.view();
}
[[nodiscard]] inline std::string_view view_of_text(const std::string& s) noexcept { return s; }

}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

// One formatter per type, each a string formatter over format_text().
#define SMTPCODES_FORMATTERS(NS, BASE, CONTEXT)                      \
  SMTPCODES_FORMATTER(NS, BASE, CONTEXT, smtpcodes::reply_code)      \
  SMTPCODES_FORMATTER(NS, BASE, CONTEXT, smtpcodes::enhanced_status) \
  SMTPCODES_FORMATTER(NS, BASE, CONTEXT, smtpcodes::action)          \
  SMTPCODES_FORMATTER(NS, BASE, CONTEXT, smtpcodes::bounce_reason)   \
  SMTPCODES_FORMATTER(NS, BASE, CONTEXT, smtpcodes::bounce_type)     \
  SMTPCODES_FORMATTER(NS, BASE, CONTEXT, smtpcodes::reply)
#define SMTPCODES_FORMATTER(NS, BASE, CONTEXT, TYPE)                           \
  template <>                                                                  \
  struct NS::formatter<TYPE> : NS::formatter<BASE> {                           \
    template <class Context>                                                   \
    auto format(const TYPE& value, Context& ctx) const {                       \
      const auto text = smtpcodes::detail::format_text(value);                 \
      const std::string_view view = smtpcodes::detail::view_of_text(text);     \
      return NS::formatter<BASE>::format(BASE(view.data(), view.size()), ctx); \
    }                                                                          \
  };

#if defined(SMTPCODES_HAS_STD_FORMAT)
SMTPCODES_FORMATTERS(std, std::string_view, std::format_context)
#endif
#if defined(SMTPCODES_HAS_FMT)
SMTPCODES_FORMATTERS(fmt, fmt::string_view, fmt::format_context)
#endif

#undef SMTPCODES_FORMATTERS
#undef SMTPCODES_FORMATTER

#endif
