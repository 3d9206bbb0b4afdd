// Every text of a catalogue under its stable key, the key scheme of the
// translation files (i18n/FORMAT.md): "page.class_names.2", "why.quit",
// "provider.gmail:4.7.28-rate-limited", "reason.user_unknown", "code.550.how_to_fix",
// "status.1.1.name", ... For a catalogue written in the registry's language the per-code and
// per-status texts are the registry's. tools/i18n and the locale tests use it.
#ifndef SMTPCODES_LOCALE_TEXTS_HPP
#define SMTPCODES_LOCALE_TEXTS_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "../detail/use_when_table.hpp"
#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {

// The key of each why sentence, in why_id order (detail/advice_why.hpp).
// clang-format off
inline constexpr std::string_view why_keys[] = {
    "success", "quit", "intermediate", "bad_class", "closing_next_host", "closing_retry",
    "too_many_recipients", "transient_next_host", "transition_needed", "transient",
    "rcpt_552_mailbox_full", "rcpt_552_new_transaction", "greeting_refused",
    "ehlo_unsupported", "starttls_or_auth_required", "stronger_auth_required",
    "credentials_rejected", "encryption_required", "session_refused", "request_refused",
    "permanent", "connection_lost", "status_success", "status_permanent", "status_transient",
    "expired", "no_code", "soft_bounce_mode", "no_code_permanent", "operator_rule"};
// clang-format on
static_assert(sizeof(why_keys) / sizeof(why_keys[0]) == why_count,
              "one key per why_id, in enum order");

/// The i18n key of a phrase.
inline std::string text_key(const phrase_key& k) {
  std::string key(k.group);
  if (k.index == phrase_key::index_none) return key;
  if (k.group == "why") return key + '.' + std::string(why_keys[k.index]);
  if (k.group == "provider") return key + '.' + provider_rows[k.index].name;
  if (k.group == "reason")
    return key + '.' + std::string(to_string(static_cast<bounce_reason>(k.index)));
  constexpr std::string_view class_group = "status.class.";
  if (key.compare(0, class_group.size(), class_group) == 0) {
    constexpr char digits[] = {'2', '4', '5'};
    return std::string(class_group) + digits[k.index % 3] + '.' + key.substr(class_group.size());
  }
  return key + '.' + std::to_string(k.index);
}

}  // namespace detail

/// Calls f(key, value) for every text of `c`: its phrases, then per code
/// (registry order) name, description, when_seen, how_to_fix, use_when and,
/// for a code with a second meaning, alternate.name, alternate.description,
/// alternate.how_to_fix, then per enhanced-status row name, description and
/// what_to_do. A text the catalogue lacks is visited with an empty value.
template <class F>
void for_each_text(const catalogue& c, F&& f) {
  for_each_phrase(c, [&f](const phrase_key& k, std::string_view v) { f(detail::text_key(k), v); });
  std::size_t row = 0;
  for (const reply_info& r : all_replies()) {
    const std::string p = "code." + std::to_string(r.wire()) + '.';
    const code_text* t = find_code_text(c, r.wire());
    const code_text empty{};
    const code_text& x = t != nullptr ? *t : empty;
    const bool reg = c.registry_language;
    f(p + "name", reg ? r.name : x.name);
    f(p + "description", reg ? r.description : x.description);
    f(p + "when_seen", reg ? r.when_seen : x.when_seen);
    f(p + "how_to_fix", reg ? r.how_to_fix : x.how_to_fix);
    f(p + "use_when", reg ? detail::use_when_texts[row] : x.use_when);
    if (r.has_alternate()) {
      f(p + "alternate.name", reg ? r.alternate.name : x.alternate_name);
      f(p + "alternate.description", reg ? r.alternate.description : x.alternate_description);
      f(p + "alternate.how_to_fix", reg ? r.alternate.how_to_fix : x.alternate_how_to_fix);
    }
    ++row;
  }
  for (const enhanced_status_info& s : all_enhanced_statuses()) {
    const std::string p =
        "status." + std::to_string(s.subject) + '.' + std::to_string(s.detail) + '.';
    const status_text* t = find_status_text(c, s.subject, s.detail);
    const bool reg = c.registry_language;
    f(p + "name", reg ? s.detail_name : t != nullptr ? t->name : std::string_view{});
    f(p + "description", reg ? s.description : t != nullptr ? t->description : std::string_view{});
    f(p + "what_to_do", reg ? s.what_to_do : t != nullptr ? t->what_to_do : std::string_view{});
  }
}

}  // namespace v1
}  // namespace smtpcodes

#endif
