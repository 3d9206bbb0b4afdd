// std::error_code and std::error_condition for SMTP replies: smtp_category()
// carries reply codes as error values (message() is the code's name), and
// reply_condition gives the portable meanings of their first digit, transient
// (4yz) and permanent (5yz), as RFC 5321 §4.2.1 defines them. Opt-in: it
// needs <system_error> and <string>.
#ifndef SMTPCODES_ERROR_CODE_HPP
#define SMTPCODES_ERROR_CODE_HPP

#include <string>
#include <system_error>
#include <type_traits>

#include "registry.hpp"
#include "reply_code.hpp"

namespace smtpcodes {
inline namespace v1 {

/// What any reply code of a failure class means, whatever its number.
enum class reply_condition {
  transient = 1,  ///< 4yz: the same request may succeed later
  permanent = 2,  ///< 5yz: the same request will fail again
};

namespace detail {

/// The name of a number as a reply code: the registered code's name
/// ("Mailbox Unavailable"), else its class's ("Permanent Negative").
inline std::string reply_code_message(int value) {
  if (value < 0) return "Unknown SMTP Reply Code";
  const auto n = static_cast<unsigned>(value);
  if (const reply_info* r = find(n)) return std::string(r->name);
  if (!is_well_formed(n)) return "Unknown SMTP Reply Code";
  return std::string(info(classify(n)).name);
}

class smtp_category_type final : public std::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "smtp"; }
  [[nodiscard]] std::string message(int value) const override { return reply_code_message(value); }
  [[nodiscard]] std::error_condition default_error_condition(int value) const noexcept override;
};

class reply_condition_category_type final : public std::error_category {
 public:
  [[nodiscard]] const char* name() const noexcept override { return "smtp_condition"; }
  /// The name of the class: "Transient Negative", "Permanent Negative".
  [[nodiscard]] std::string message(int value) const override {
    switch (static_cast<reply_condition>(value)) {
      case reply_condition::transient:
        return std::string(info(reply_class::transient_negative).name);
      case reply_condition::permanent:
        return std::string(info(reply_class::permanent_negative).name);
    }
    return "Unknown SMTP Reply Condition";
  }
};

}  // namespace detail

/// The category of reply codes: one object per program.
[[nodiscard]] inline const std::error_category& smtp_category() noexcept {
  static const detail::smtp_category_type category;
  return category;
}

/// The category of reply_condition: one object per program.
[[nodiscard]] inline const std::error_category& reply_condition_category() noexcept {
  static const detail::reply_condition_category_type category;
  return category;
}

/// A reply code as a std::error_code; `ec == reply_condition::transient`
/// tests its class. Every code is a non-zero value, 2yz included.
[[nodiscard]] inline std::error_code make_error_code(reply_code code) noexcept {
  return {static_cast<int>(code), smtp_category()};
}

/// A reply_condition as a std::error_condition.
[[nodiscard]] inline std::error_condition make_error_condition(reply_condition c) noexcept {
  return {static_cast<int>(c), reply_condition_category()};
}

// 4yz and 5yz codes are equivalent to their condition; other codes to none.
inline std::error_condition detail::smtp_category_type::default_error_condition(
    int value) const noexcept {
  if (value >= 0 && is_transient(static_cast<unsigned>(value)))
    return make_error_condition(reply_condition::transient);
  if (value >= 0 && is_permanent(static_cast<unsigned>(value)))
    return make_error_condition(reply_condition::permanent);
  return {value, *this};
}

}  // namespace v1
}  // namespace smtpcodes

namespace std {
template <>
struct is_error_code_enum<smtpcodes::reply_code> : true_type {};
template <>
struct is_error_condition_enum<smtpcodes::reply_condition> : true_type {};
}  // namespace std

#endif
