// The built-in catalogues (English, Turkish, Japanese, Korean) and a lookup
// by language tag. A user-defined catalogue needs none of this: pass it to
// the render functions directly.
#ifndef SMTPCODES_LOCALE_BUILTIN_HPP
#define SMTPCODES_LOCALE_BUILTIN_HPP

#include <cstddef>
#include <string_view>

#include "catalogue.hpp"
#include "en.hpp"
#include "ja.hpp"
#include "ko.hpp"
#include "tr.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Every built-in catalogue, English first.
inline constexpr const catalogue* builtin_catalogues[] = {&locale::en, &locale::tr, &locale::ja,
                                                          &locale::ko};

/// The built-in catalogue for a language tag: "ja", "JA", "ja-JP" and "ja_JP"
/// all find Japanese. nullptr when no built-in catalogue matches.
[[nodiscard]] constexpr const catalogue* find_catalogue(std::string_view tag) noexcept {
  const std::size_t cut = tag.find_first_of("-_");
  const std::string_view primary = cut == std::string_view::npos ? tag : tag.substr(0, cut);
  const auto lower = [](char ch) {
    return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  };
  for (const catalogue* c : builtin_catalogues) {
    if (c->tag.size() != primary.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < primary.size(); ++i) same = same && lower(primary[i]) == c->tag[i];
    if (same) return c;
  }
  return nullptr;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
