// Basic SMTP reply codes: the reply_code enum (value == wire number) and the
// classification of any three-digit number by its first two digits.
// Implements RFC 5321 §4.2, §4.2.1 (digit meanings) and §4.3.2 (handle unknown
// codes by their first digit).
#ifndef SMTPCODES_REPLY_CODE_HPP
#define SMTPCODES_REPLY_CODE_HPP

#include <cstdint>
#include <string_view>

namespace smtpcodes {
inline namespace v1 {

/// Every basic reply code defined by an RFC. The value is the wire number.
/// Codes only named in the IANA enhanced-status associations (422, 430, 523,
/// 524, 525, 533) are not listed; they classify through the `unsigned`
/// overloads like any other unregistered number.
enum class reply_code : std::uint16_t {
  system_status = 211,                      ///< RFC 5321
  help_message = 214,                       ///< RFC 5321
  service_ready = 220,                      ///< RFC 5321, RFC 3207
  service_closing = 221,                    ///< RFC 5321
  auth_succeeded = 235,                     ///< RFC 4954
  ok = 250,                                 ///< RFC 5321
  user_not_local_will_forward = 251,        ///< RFC 5321; ETRN: no messages waiting (RFC 1985)
  cannot_verify_user = 252,                 ///< RFC 5321; ETRN: messages pending (RFC 1985)
  etrn_queue_started = 253,                 ///< RFC 1985
  auth_challenge = 334,                     ///< RFC 4954
  start_mail_input = 354,                   ///< RFC 5321
  checkpoint_offset = 355,                  ///< RFC 1845 (experimental)
  service_not_available = 421,              ///< RFC 5321
  password_transition_needed = 432,         ///< RFC 4954
  mailbox_unavailable_transient = 450,      ///< RFC 5321
  local_error = 451,                        ///< RFC 5321
  insufficient_storage = 452,               ///< RFC 5321, RFC 1870
  odmr_no_mail_queued = 453,                ///< RFC 2645
  temporary_security_failure = 454,         ///< RFC 3207 (STARTTLS), RFC 4954 (AUTH)
  unable_to_accommodate_parameters = 455,   ///< RFC 5321
  etrn_unable_to_queue = 458,               ///< RFC 1985
  etrn_node_not_allowed = 459,              ///< RFC 1985
  syntax_error = 500,                       ///< RFC 5321
  syntax_error_in_parameters = 501,         ///< RFC 5321
  command_not_implemented = 502,            ///< RFC 5321
  bad_sequence = 503,                       ///< RFC 5321
  parameter_not_implemented = 504,          ///< RFC 5321
  host_does_not_accept_mail = 521,          ///< RFC 7504
  security_required = 530,                  ///< RFC 3207 (STARTTLS), RFC 4954 (AUTH)
  auth_mechanism_too_weak = 534,            ///< RFC 4954
  auth_credentials_invalid = 535,           ///< RFC 4954
  encryption_required_for_mechanism = 538,  ///< RFC 4954 (deprecated)
  mailbox_unavailable = 550,                ///< RFC 5321
  user_not_local = 551,                     ///< RFC 5321
  exceeded_storage_allocation = 552,        ///< RFC 5321, RFC 1870
  mailbox_name_not_allowed = 553,           ///< RFC 5321
  transaction_failed = 554,                 ///< RFC 5321
  parameters_not_recognized = 555,          ///< RFC 5321
  domain_does_not_accept_mail = 556,        ///< RFC 7504
};

/// The first digit (RFC 5321 §4.2.1). 1yz is RFC 821's positive preliminary class.
enum class reply_class : std::uint8_t {
  unknown = 0,
  positive_preliminary = 1,
  positive_completion = 2,
  positive_intermediate = 3,
  transient_negative = 4,
  permanent_negative = 5,
};

/// The second digit (RFC 5321 §4.2.1); x6z-x9z are not defined -> unknown.
enum class reply_category : std::uint8_t {
  syntax = 0,
  information = 1,
  connections = 2,
  unspecified_3 = 3,
  unspecified_4 = 4,
  mail_system = 5,
  unknown = 255,
};

/// True when `wire_code` is a three-digit number 100-599 (the only numbers
/// that can be reply codes at all).
[[nodiscard]] constexpr bool is_well_formed(unsigned wire_code) noexcept {
  return wire_code >= 100 && wire_code <= 599;
}

/// Class of any number by its first digit; 0-99 and 600+ are `unknown`.
[[nodiscard]] constexpr reply_class classify(unsigned wire_code) noexcept {
  return is_well_formed(wire_code) ? static_cast<reply_class>(wire_code / 100)
                                   : reply_class::unknown;
}
[[nodiscard]] constexpr reply_class classify(reply_code code) noexcept {
  return classify(static_cast<unsigned>(code));
}

/// Category of any number by its second digit; `unknown` for malformed numbers
/// and for second digits 6-9, which RFC 5321 does not define.
[[nodiscard]] constexpr reply_category category(unsigned wire_code) noexcept {
  if (!is_well_formed(wire_code)) return reply_category::unknown;
  const unsigned second = wire_code / 10 % 10;
  return second <= 5 ? static_cast<reply_category>(second) : reply_category::unknown;
}
[[nodiscard]] constexpr reply_category category(reply_code code) noexcept {
  return category(static_cast<unsigned>(code));
}

// The class tests below read the number itself: the same tests written as
// enum comparisons are overloaded operators for the compiler to resolve.

/// 2yz (and RFC 821's 1yz): the request succeeded or was accepted.
[[nodiscard]] constexpr bool is_positive(unsigned wire_code) noexcept {
  return wire_code >= 100 && wire_code <= 299;
}
/// 3yz: send the next part (message body, AUTH response).
[[nodiscard]] constexpr bool is_intermediate(unsigned wire_code) noexcept {
  return wire_code >= 300 && wire_code <= 399;
}
/// 4yz: not done, but the same request may succeed later.
[[nodiscard]] constexpr bool is_transient(unsigned wire_code) noexcept {
  return wire_code >= 400 && wire_code <= 499;
}
/// 5yz: not done; repeating the same request unchanged will fail again.
[[nodiscard]] constexpr bool is_permanent(unsigned wire_code) noexcept {
  return wire_code >= 500 && wire_code <= 599;
}
/// 4yz or 5yz.
[[nodiscard]] constexpr bool is_negative(unsigned wire_code) noexcept {
  return is_transient(wire_code) || is_permanent(wire_code);
}
[[nodiscard]] constexpr bool is_positive(reply_code c) noexcept {
  return is_positive(static_cast<unsigned>(c));
}
[[nodiscard]] constexpr bool is_intermediate(reply_code c) noexcept {
  return is_intermediate(static_cast<unsigned>(c));
}
[[nodiscard]] constexpr bool is_transient(reply_code c) noexcept {
  return is_transient(static_cast<unsigned>(c));
}
[[nodiscard]] constexpr bool is_permanent(reply_code c) noexcept {
  return is_permanent(static_cast<unsigned>(c));
}
[[nodiscard]] constexpr bool is_negative(reply_code c) noexcept {
  return is_negative(static_cast<unsigned>(c));
}

/// The wire number of a code.
[[nodiscard]] constexpr unsigned to_unsigned(reply_code c) noexcept {
  return static_cast<unsigned>(c);
}

namespace detail {
/// "100101102...599": the digits of every well-formed number, three apiece.
inline constexpr char three_digit_numbers[] =
    "100101102103104105106107108109110111112113114115116117118119120121122123124125126127"
    "128129130131132133134135136137138139140141142143144145146147148149150151152153154155"
    "156157158159160161162163164165166167168169170171172173174175176177178179180181182183"
    "184185186187188189190191192193194195196197198199200201202203204205206207208209210211"
    "212213214215216217218219220221222223224225226227228229230231232233234235236237238239"
    "240241242243244245246247248249250251252253254255256257258259260261262263264265266267"
    "268269270271272273274275276277278279280281282283284285286287288289290291292293294295"
    "296297298299300301302303304305306307308309310311312313314315316317318319320321322323"
    "324325326327328329330331332333334335336337338339340341342343344345346347348349350351"
    "352353354355356357358359360361362363364365366367368369370371372373374375376377378379"
    "380381382383384385386387388389390391392393394395396397398399400401402403404405406407"
    "408409410411412413414415416417418419420421422423424425426427428429430431432433434435"
    "436437438439440441442443444445446447448449450451452453454455456457458459460461462463"
    "464465466467468469470471472473474475476477478479480481482483484485486487488489490491"
    "492493494495496497498499500501502503504505506507508509510511512513514515516517518519"
    "520521522523524525526527528529530531532533534535536537538539540541542543544545546547"
    "548549550551552553554555556557558559560561562563564565566567568569570571572573574575"
    "576577578579580581582583584585586587588589590591592593594595596597598599";
}  // namespace detail

/// The code as its number, "550": the digits of any number 100-599 (the
/// only numbers a reply code can have), "unknown" for anything else.
[[nodiscard]] constexpr std::string_view to_string(reply_code c) noexcept {
  const unsigned n = static_cast<unsigned>(c);
  return is_well_formed(n) ? std::string_view(detail::three_digit_numbers + (n - 100) * 3, 3)
                           : std::string_view("unknown");
}

}  // namespace v1
}  // namespace smtpcodes

#endif
