#include <smtpcodes/sanitize.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

using smtpcodes::sanitize_server_text;

namespace {
std::string utf8(std::uint32_t cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}
}  // namespace

TEST_CASE("sanitize_server_text removes every bidirectional control (Bidi_Control)") {
  // PropList.txt, Unicode 15: the twelve Bidi_Control characters.
  for (const std::uint32_t cp : {0x061Cu, 0x200Eu, 0x200Fu, 0x202Au, 0x202Bu, 0x202Cu, 0x202Du,
                                 0x202Eu, 0x2066u, 0x2067u, 0x2068u, 0x2069u}) {
    CAPTURE(cp);
    CHECK(sanitize_server_text("a" + utf8(cp) + "b") == "ab");
  }
  // "550 user unknown" displayed reversed by RLO ... PDF.
  CHECK(sanitize_server_text("550 " + utf8(0x202E) + "nwonknu resu" + utf8(0x202C)) ==
        "550 nwonknu resu");
}

TEST_CASE("sanitize_server_text removes invisible format characters") {
  // General_Category Cf and Default_Ignorable_Code_Point, and the rest of their blocks.
  for (const std::uint32_t cp :
       {0x00ADu,  0x180Eu,  0x200Bu,  0x200Cu,  0x200Du,  0x2060u,  0x2061u,  0x2062u, 0x2063u,
        0x2064u,  0x2065u,  0x206Au,  0x206Fu,  0xFEFFu,  0xFFF9u,  0xFFFAu,  0xFFFBu, 0x1BCA0u,
        0x1BCA3u, 0x1D173u, 0x1D17Au, 0xE0000u, 0xE0001u, 0xE0020u, 0xE0041u, 0xE007Fu}) {
    CAPTURE(cp);
    CHECK(sanitize_server_text("a" + utf8(cp) + "b") == "ab");
  }
  // Tag characters spell invisible ASCII: "550" + tags "IGNORE" shows as "550".
  std::string tagged = "550";
  for (const char c : std::string("IGNORE")) tagged += utf8(0xE0000u + static_cast<unsigned>(c));
  CHECK(sanitize_server_text(tagged) == "550");
  CHECK(sanitize_server_text(utf8(0xFEFF) + "220 ready") == "220 ready");
}

TEST_CASE("sanitize_server_text makes line and paragraph separators spaces") {
  CHECK(sanitize_server_text("a" + utf8(0x2028) + "b" + utf8(0x2029) + "c") == "a b c");
}

TEST_CASE("sanitize_server_text keeps visible characters next to the removed ones") {
  // Neighbours of the removed ranges, visible format characters (Arabic
  // number sign), variation selectors, the combining grapheme joiner,
  // no-break spaces, emoji and letters of other scripts.
  for (const std::uint32_t cp :
       {0x00A0u,  0x00AEu,  0x0600u,  0x061Bu,  0x061Du, 0x06DDu,  0x034Fu,  0x180Bu,
        0x180Fu,  0x200Au,  0x2010u,  0x2027u,  0x202Fu, 0x205Fu,  0x2070u,  0xFE0Fu,
        0xFEFEu,  0xFF01u,  0xFFF8u,  0xFFFCu,  0xFFFDu, 0x1BC9Fu, 0x1BCA4u, 0x1D172u,
        0x1D17Bu, 0x1F600u, 0xE0080u, 0xE0100u, 0x3164u}) {
    CAPTURE(cp);
    const std::string text = "a" + utf8(cp) + "b";
    CHECK(sanitize_server_text(text) == text);
  }
}
