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
#include "detail/config.hpp"
#include "detail/registry_types.hpp"
#include "detail/reply_table.hpp"
#include "reply_code.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

inline constexpr std::uint8_t no_row = 0xFF;

// The row of each wire number 0-599, or no_row. At run time: a 600-byte
// index built on first use (thread-safe static initialisation, no
// allocation), one load per lookup. During constant evaluation: a binary
// search of the table (sorted by code; tests/static_tables.cpp checks it).
// The index is not a constexpr variable because every file that includes
// this header would then evaluate its construction while compiling.
inline constexpr unsigned reply_index_size = 600;
struct reply_row_index {
  std::uint8_t row[reply_index_size];
};
[[nodiscard]] inline reply_row_index build_reply_row_index() noexcept {
  reply_row_index x{};
  for (std::uint8_t& r : x.row) r = no_row;
  for (std::size_t i = 0; i < reply_table.size(); ++i) {
    const unsigned w = reply_table[i].wire();
    if (w < reply_index_size) x.row[w] = static_cast<std::uint8_t>(i);
  }
  return x;
}
[[nodiscard]] inline const reply_row_index& reply_rows_at_run_time() noexcept {
  static const reply_row_index index = build_reply_row_index();
  return index;
}

/// Table row of a wire number, or no_row when no RFC defines it.
[[nodiscard]] constexpr std::uint8_t row_of(unsigned wire_code) noexcept {
  if (wire_code >= reply_index_size) return no_row;
  if (SMTPCODES_RUN_FAST()) return reply_rows_at_run_time().row[wire_code];
  std::size_t lo = 0, hi = reply_table.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const unsigned w = reply_table[mid].wire();
    if (w == wire_code) return static_cast<std::uint8_t>(mid);
    if (w < wire_code)
      lo = mid + 1;
    else
      hi = mid;
  }
  return no_row;
}

}  // namespace detail

/// The registry row for a wire number; nullptr when no RFC defines it.
[[nodiscard]] constexpr const reply_info* find(unsigned wire_code) noexcept {
  const std::uint8_t row = detail::row_of(wire_code);
  return row == detail::no_row ? nullptr : &detail::reply_table[row];
}

/// The number as a registered code; nullopt for unregistered numbers.
[[nodiscard]] constexpr std::optional<reply_code> to_reply_code(unsigned wire_code) noexcept {
  // In-place construction: the converting constructors are templates whose
  // constraints the compiler would check for every including file.
  const reply_info* r = find(wire_code);
  return r ? std::optional<reply_code>{std::in_place, r->code} : std::optional<reply_code>{};
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
  return i < detail::class_table_size ? detail::class_table[i] : detail::class_table[0];
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
  [[nodiscard]] constexpr bool is_well_formed() const noexcept { return v1::is_well_formed(code); }
};
[[nodiscard]] constexpr code_explanation explain(unsigned wire_code) noexcept {
  return {wire_code, find(wire_code), &info(classify(wire_code)), &info(category(wire_code))};
}

}  // namespace v1
}  // namespace smtpcodes

#endif
