// The basic reply-code registry: one row per RFC-defined code (RFC 5321,
// 3207, 4954, 7504, 1985, 2645, 1845) with its explanation, plus the class
// and category texts used for codes the registry does not list
// (RFC 5321 §4.2.1, §4.3.2). Every lookup derives from detail/reply_table.hpp.
#ifndef SMTPCODES_REGISTRY_HPP
#define SMTPCODES_REGISTRY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "command.hpp"
#include "reply_code.hpp"

namespace smtpcodes {
inline namespace v1 {

/// How firmly a code is specified.
enum class spec_status : std::uint8_t {
  standard,      ///< standards-track RFC
  experimental,  ///< experimental RFC (355, RFC 1845)
  deprecated,    ///< kept for history (538, RFC 4954 §6)
};

/// The second meaning of a number that two RFCs use differently (454 and 530
/// for STARTTLS vs AUTH, 251/252 for ETRN).
struct alternate_meaning {
  command_set commands;          ///< the commands after which this meaning applies
  std::string_view name;         ///< "Temporary Authentication Failure"
  std::string_view description;  ///< what it means after those commands
  std::string_view how_to_fix;   ///< what to do after those commands
  std::string_view reference;    ///< where it is defined
};

/// One registered code. All views point at static storage.
struct reply_info {
  reply_code code;
  std::string_view identifier;   ///< "service_not_available"
  std::string_view name;         ///< "Service Not Available"
  std::string_view description;  ///< what it means, complete sentences
  std::string_view when_seen;    ///< when a client meets it, a complete sentence
  std::string_view how_to_fix;   ///< what the client or operator should do
  std::string_view reference;    ///< "RFC 5321 §4.2.3; RFC 3207 §4"
  command_set commands;          ///< commands after which the code is valid
  bool closes_connection;        ///< the server closes the channel after sending it
  spec_status status;
  std::string_view typical_status;  ///< usual enhanced codes, "5.1.1 5.7.1", may be empty
  alternate_meaning alternate;      ///< empty `name` when the number has one meaning

  [[nodiscard]] constexpr unsigned wire() const noexcept { return static_cast<unsigned>(code); }
  [[nodiscard]] constexpr bool has_alternate() const noexcept { return !alternate.name.empty(); }
  /// True when the alternate meaning applies to a reply to `cmd`.
  [[nodiscard]] constexpr bool alternate_applies(smtp_command cmd) const noexcept {
    return has_alternate() && alternate.commands.has(cmd);
  }
};

/// The generic meaning of a first digit (RFC 5321 §4.2.1).
struct class_info {
  reply_class value;
  std::string_view identifier;   ///< "transient_negative"
  std::string_view name;         ///< "Transient Negative Completion"
  std::string_view short_name;   ///< "4xx Transient Negative"
  std::string_view description;  ///< what any code of this class means
  std::string_view how_to_fix;   ///< what a client does with any code of this class
};

/// The generic meaning of a second digit (RFC 5321 §4.2.1).
struct category_info {
  reply_category value;
  std::string_view identifier;   ///< "mail_system"
  std::string_view name;         ///< "Mail System"
  std::string_view description;  ///< what the second digit says
};

}  // namespace v1
}  // namespace smtpcodes

#include "detail/reply_table.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

inline constexpr std::uint8_t no_row = 0xFF;

// Index from wire number to table row, derived from the table: O(1) lookups.
[[nodiscard]] constexpr std::array<std::uint8_t, 600> build_reply_index() noexcept {
  std::array<std::uint8_t, 600> index{};
  for (auto& slot : index) slot = no_row;
  for (std::size_t i = 0; i < reply_table.size(); ++i)
    index[reply_table[i].wire()] = static_cast<std::uint8_t>(i);
  return index;
}
template <class = void>  // instantiated (and checked) only where it is used
inline constexpr std::array<std::uint8_t, 600> reply_index = build_reply_index();

[[nodiscard]] constexpr bool has_text(std::string_view s) noexcept {
  return !s.empty() && (s.back() == '.' || s.back() == ')');
}
[[nodiscard]] constexpr bool reply_table_is_valid() noexcept {
  static_assert(reply_table.size() < no_row, "row index must fit in a byte");
  for (std::size_t i = 0; i < reply_table.size(); ++i) {
    const reply_info& r = reply_table[i];
    const unsigned w = r.wire();
    if (w < 200 || w > 599) return false;                       // digits valid
    if (w / 10 % 10 > 5) return false;                          // second digit 0-5
    if (i > 0 && reply_table[i - 1].wire() >= w) return false;  // sorted, unique
    if (r.identifier.empty() || r.name.empty() || r.reference.empty()) return false;
    if (!has_text(r.description) || !has_text(r.when_seen) || !has_text(r.how_to_fix))
      return false;  // complete sentences
    if (r.commands.empty()) return false;
    if (r.has_alternate() &&
        (!has_text(r.alternate.description) || !has_text(r.alternate.how_to_fix)))
      return false;
  }
  for (std::size_t i = 0; i < class_table.size(); ++i)
    if (static_cast<std::size_t>(class_table[i].value) != i) return false;
  for (std::size_t i = 0; i < category_table.size(); ++i)
    if (static_cast<std::size_t>(category_table[i].value) != i &&
        category_table[i].value != reply_category::unknown)
      return false;
  return true;
}
static_assert(reply_table_is_valid(),
              "reply_table: rows must be sorted, unique, 2xx-5xx with second digit 0-5, "
              "and carry complete texts");

}  // namespace detail

/// The registry row for a wire number; nullptr when no RFC defines it.
[[nodiscard]] constexpr const reply_info* find(unsigned wire_code) noexcept {
  if (wire_code >= detail::reply_index<>.size()) return nullptr;
  const std::uint8_t row = detail::reply_index<>[wire_code];
  return row == detail::no_row ? nullptr : &detail::reply_table[row];
}

/// The number as a registered code; nullopt for unregistered numbers.
[[nodiscard]] constexpr std::optional<reply_code> to_reply_code(unsigned wire_code) noexcept {
  const reply_info* r = find(wire_code);
  return r ? std::optional<reply_code>{r->code} : std::nullopt;
}

/// The row of a code. A value outside the enum (a cast from an arbitrary
/// number) gets a row named "Unregistered Reply" instead of undefined behaviour.
[[nodiscard]] constexpr const reply_info& info(reply_code code) noexcept {
  const reply_info* r = find(static_cast<unsigned>(code));
  return r ? *r : detail::unregistered_row;
}

/// Every registered row, sorted by code.
[[nodiscard]] constexpr const auto& all_replies() noexcept { return detail::reply_table; }

/// Generic texts of a class and of a category.
[[nodiscard]] constexpr const class_info& info(reply_class c) noexcept {
  const auto i = static_cast<std::size_t>(c);
  return i < detail::class_table.size() ? detail::class_table[i] : detail::class_table[0];
}
[[nodiscard]] constexpr const category_info& info(reply_category c) noexcept {
  const auto i = static_cast<std::size_t>(c);
  return i < 6 ? detail::category_table[i] : detail::category_table[6];
}

/// What the library knows about any number: the registry row when there is
/// one, and always the class and category texts (RFC 5321 §4.2.1: a client
/// that does not know a code acts on its first digit).
struct code_explanation {
  unsigned code;
  const reply_info* registered;  ///< nullptr for unregistered or malformed numbers
  const class_info* klass;
  const category_info* cat;
  [[nodiscard]] constexpr bool is_registered() const noexcept { return registered != nullptr; }
  [[nodiscard]] constexpr bool is_well_formed() const noexcept {
    return klass->value != reply_class::unknown;
  }
};
[[nodiscard]] constexpr code_explanation explain(unsigned wire_code) noexcept {
  return {wire_code, find(wire_code), &info(classify(wire_code)), &info(category(wire_code))};
}

}  // namespace v1
}  // namespace smtpcodes

#endif
