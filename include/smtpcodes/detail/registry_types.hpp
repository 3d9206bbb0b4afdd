// The row types of the basic reply-code registry (reply_info, class_info,
// category_info), in a header of their own so that the data table
// (detail/reply_table.hpp) compiles alone. Public names, included through
// registry.hpp.
#ifndef SMTPCODES_DETAIL_REGISTRY_TYPES_HPP
#define SMTPCODES_DETAIL_REGISTRY_TYPES_HPP

#include <cstdint>
#include <string_view>

#include "../command.hpp"
#include "../reply_code.hpp"

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
  std::string_view identifier;      ///< "service_not_available"
  std::string_view name;            ///< "Service Not Available"
  std::string_view description;     ///< what it means, complete sentences
  std::string_view when_seen;       ///< when a client meets it, a complete sentence
  std::string_view how_to_fix;      ///< what the client or operator should do
  std::string_view reference;       ///< "RFC 5321 §4.2.3; RFC 3207 §4"
  command_set commands;             ///< commands after which the code is valid
  std::string_view command_tokens;  ///< `commands` written out, "MAIL RCPT" or "ANY"
  bool closes_connection;           ///< the server closes the channel after sending it
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

#endif
