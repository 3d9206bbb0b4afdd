// Regular-expression conditions for rules through PCRE2 (Debian
// libpcre2-dev, link libpcre2-8): pcre2_compiler() compiles a rule's `regex`
// (case-insensitive unless the pattern says (?-i)); matching runs in memory
// on the caller's stack, so it allocates nothing. Opt-in: never std::regex.
#ifndef SMTPCODES_RULES_PCRE2_HPP
#define SMTPCODES_RULES_PCRE2_HPP

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "rules.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// A bump allocator over a caller's buffer: what PCRE2 asks for while one
/// match runs comes from the stack and is dropped with it.
struct pcre2_arena {
  unsigned char* base;
  std::size_t size;
  std::size_t used;
};
extern "C" inline void* pcre2_arena_alloc(PCRE2_SIZE n, void* data) {
  auto* a = static_cast<pcre2_arena*>(data);
  const std::size_t need = (n + 15) & ~std::size_t{15};
  if (need > a->size - a->used) return nullptr;
  void* p = a->base + a->used;
  a->used += need;
  return p;
}
extern "C" inline void pcre2_arena_free(void*, void*) {}

/// Memory one match may use: the match data, its contexts and PCRE2's
/// back-tracking frames; a match that needs more counts as no match.
inline constexpr std::size_t pcre2_match_memory = 40 * 1024;

class pcre2_matcher final : public regex_matcher {
 public:
  explicit pcre2_matcher(pcre2_code* code) noexcept : code_(code) {}
  ~pcre2_matcher() override { pcre2_code_free(code_); }
  pcre2_matcher(const pcre2_matcher&) = delete;
  pcre2_matcher& operator=(const pcre2_matcher&) = delete;

  [[nodiscard]] bool matches(std::string_view text) const noexcept override {
    alignas(16) unsigned char memory[pcre2_match_memory];
    pcre2_arena arena{memory, sizeof memory, 0};
    pcre2_general_context* g =
        pcre2_general_context_create(pcre2_arena_alloc, pcre2_arena_free, &arena);
    if (g == nullptr) return false;
    pcre2_match_context* mc = pcre2_match_context_create(g);
    pcre2_match_data* md = pcre2_match_data_create(1, g);
    if (mc == nullptr || md == nullptr) return false;
    pcre2_set_heap_limit(mc, static_cast<std::uint32_t>(pcre2_match_memory / 2048));
    const char* subject = text.empty() ? "" : text.data();
    return pcre2_match(code_, reinterpret_cast<PCRE2_SPTR>(subject), text.size(), 0, 0, md, mc) >=
           0;
  }

 private:
  pcre2_code* code_;
};

}  // namespace detail

/// Compiles `pattern` with PCRE2 (case-insensitive unless it says (?-i),
/// JIT-compiled where PCRE2 supports it); on failure nullptr, and `error`
/// says why and where. Pass it as rules_options::regex.
inline std::shared_ptr<const regex_matcher> pcre2_compiler(std::string_view pattern,
                                                           std::string& error) {
  int code = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                 PCRE2_CASELESS, &code, &offset, nullptr);
  if (re == nullptr) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(code, message, sizeof message);
    error = std::string(reinterpret_cast<const char*>(message)) + " at offset " +
            std::to_string(offset);
    return nullptr;
  }
  pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);  // interpreted when JIT is not available
  return std::make_shared<const detail::pcre2_matcher>(re);
}

}  // namespace v1
}  // namespace smtpcodes

#endif
