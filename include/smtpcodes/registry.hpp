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
#include "detail/registry_types.hpp"
#include "detail/reply_table.hpp"
#include "reply_code.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

inline constexpr std::uint8_t no_row = 0xFF;

/// Not constexpr: reaching it during constant evaluation reports a broken table.
void reply_table_is_not_sorted_by_code() noexcept;

// Which wire numbers 0-639 have a row, one bit each, and how many rows lie in
// the words before each word: the row of a registered number is the count of
// rows below it, an O(1) lookup. Derived from the table (39 steps), not a
// 600-entry index: a bigger index costs every including file its evaluation.
struct reply_bitmap {
  std::uint64_t bits[10];
  std::uint8_t rank[10];
};
[[nodiscard]] constexpr reply_bitmap build_reply_bitmap() noexcept {
  reply_bitmap m{};
  unsigned previous = 0;
  for (const reply_info& r : reply_table) {
    const auto w = static_cast<unsigned>(r.code);
    if (w <= previous || w >= 600) reply_table_is_not_sorted_by_code();  // lookups rely on it
    m.bits[w / 64] |= std::uint64_t{1} << (w % 64);
    previous = w;
  }
  for (unsigned k = 1; k < 10; ++k) {
    std::uint64_t word = m.bits[k - 1];
    unsigned n = 0;
    for (; word != 0; word &= word - 1) ++n;
    m.rank[k] = static_cast<std::uint8_t>(m.rank[k - 1] + n);
  }
  return m;
}
inline constexpr reply_bitmap reply_rows = build_reply_bitmap();

/// Set bits of a word (portable, no library call).
[[nodiscard]] constexpr unsigned bit_count(std::uint64_t x) noexcept {
  x = x - ((x >> 1) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<unsigned>((x * 0x0101010101010101ULL) >> 56);
}

/// Table row of a wire number, or no_row when no RFC defines it.
[[nodiscard]] constexpr std::uint8_t row_of(unsigned wire_code) noexcept {
  if (wire_code >= 600) return no_row;
  const std::uint64_t word = reply_rows.bits[wire_code / 64];
  const std::uint64_t below = (std::uint64_t{1} << (wire_code % 64)) - 1;
  if (((word >> (wire_code % 64)) & 1) == 0) return no_row;
  return static_cast<std::uint8_t>(reply_rows.rank[wire_code / 64] + bit_count(word & below));
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
