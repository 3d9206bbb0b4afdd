// The built-in catalogues (English, Turkish, Japanese, Korean, German,
// Spanish, French, Brazilian Portuguese, Simplified Chinese) and a lookup by
// BCP 47 language tag. Including it pays for every language; a program that
// needs one includes locale/<name>.hpp alone, and a user-defined catalogue
// needs none of this: pass it to the render functions directly.
#ifndef SMTPCODES_LOCALE_BUILTIN_HPP
#define SMTPCODES_LOCALE_BUILTIN_HPP

#include <cstddef>
#include <string_view>

#include "catalogue.hpp"
#include "de.hpp"
#include "en.hpp"
#include "es.hpp"
#include "fr.hpp"
#include "ja.hpp"
#include "ko.hpp"
#include "pt_br.hpp"
#include "tr.hpp"
#include "zh_hans.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Every built-in catalogue, English first.
inline constexpr const catalogue* builtin_catalogues[] = {
    &locale::en, &locale::de, &locale::es, &locale::fr,     &locale::pt_br,
    &locale::tr, &locale::ja, &locale::ko, &locale::zh_hans};

namespace detail {
[[nodiscard]] constexpr bool same_ascii_ci(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char ch) {
      return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}
}  // namespace detail

/// The built-in catalogue for a language tag, case-insensitive, with "-" or
/// "_" between subtags: "ja", "JA", "ja-JP" and "ja_JP" all find Japanese.
/// Any Portuguese tag ("pt", "pt-BR", "pt-PT") finds Brazilian Portuguese;
/// "zh", "zh-Hans", "zh-CN" and "zh-SG" find Simplified Chinese, while
/// Traditional Chinese ("zh-Hant", "zh-TW", "zh-HK", "zh-MO") finds none.
/// nullptr when no built-in catalogue matches.
[[nodiscard]] constexpr const catalogue* find_catalogue(std::string_view tag) noexcept {
  const std::size_t cut = tag.find_first_of("-_");
  const std::string_view primary = cut == std::string_view::npos ? tag : tag.substr(0, cut);
  const std::string_view rest =
      cut == std::string_view::npos ? std::string_view{} : tag.substr(cut + 1);
  const std::size_t cut2 = rest.find_first_of("-_");
  const std::string_view second = cut2 == std::string_view::npos ? rest : rest.substr(0, cut2);
  if (detail::same_ascii_ci(primary, "pt")) return &locale::pt_br;
  if (detail::same_ascii_ci(primary, "zh")) {
    for (const std::string_view traditional : {"hant", "tw", "hk", "mo"})
      if (detail::same_ascii_ci(second, traditional)) return nullptr;
    return &locale::zh_hans;
  }
  for (const catalogue* c : builtin_catalogues)
    if (detail::same_ascii_ci(primary, c->tag)) return c;
  return nullptr;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
