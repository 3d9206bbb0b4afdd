// Prints every text of a built-in catalogue as JSON lines {"key": ..., "text": ...},
// in for_each_text() order: `dump_texts en` is the English source of the
// translation files (tools/i18n/i18n.py export-en), `dump_texts de` what the
// compiled German catalogue holds (compared with i18n/de.json by a test).
#include <smtpcodes/locale/builtin.hpp>
#include <smtpcodes/locale/texts.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace {

// A JSON string: quotes, backslash and control characters escaped, UTF-8 as is.
std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      constexpr char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[u >> 4];
      out += hex[u & 0xF];
    } else {
      out += c;
    }
  }
  return out + '"';
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view tag = argc > 1 ? argv[1] : "en";
  const smtpcodes::catalogue* cat = smtpcodes::find_catalogue(tag);
  if (cat == nullptr || cat->tag != tag) {
    std::fprintf(stderr, "dump_texts: no built-in catalogue has the tag '%s'\n",
                 std::string(tag).c_str());
    return 1;
  }
  std::string out;
  smtpcodes::for_each_text(*cat, [&out](const std::string& key, std::string_view text) {
    out += "{\"key\": " + json_string(key) + ", \"text\": " + json_string(text) + "}\n";
  });
  std::fputs(out.c_str(), stdout);
  return std::ferror(stdout) != 0 ? 1 : 0;
}
