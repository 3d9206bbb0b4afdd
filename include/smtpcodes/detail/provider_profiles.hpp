// Data: the built-in provider profiles, rules keyed by the remote host (or the
// recipient's domain) that give the meaning of a provider's own codes and
// markers, from the provider's published documentation or the reply texts its
// servers send (docs/providers.md lists each source). One table; each row
// becomes a rule of provider_profiles(). Included by rules.hpp only.
#ifndef SMTPCODES_DETAIL_PROVIDER_PROFILES_HPP
#define SMTPCODES_DETAIL_PROVIDER_PROFILES_HPP

#include <cstdint>

namespace smtpcodes {
inline namespace v1 {
namespace detail {

/// A provider: its MX suffixes and mail domains (space-separated) and where
/// its senders' documentation is.
struct provider_info {
  const char* name;
  const char* hosts;
  const char* reference;
};

// clang-format off
inline constexpr provider_info providers[] = {
  {"gmail", "google.com googlemail.com gmail.com",
   "https://support.google.com/a/answer/3726730"},
  {"microsoft", "outlook.com hotmail.com live.com msn.com",
   "https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis"},
  {"yahoo", "yahoodns.net yahoo.com ymail.com aol.com",
   "https://senders.yahooinc.com/smtp-error-codes"},
  {"icloud", "icloud.com me.com mac.com",
   "https://support.apple.com/102322"},
};
// clang-format on

/// One provider rule: conditions (empty strings: none; `text` lower case) and
/// effects (keep_action and zero delays: unchanged).
struct provider_row {
  const char* name;       ///< the rule's name, "provider:what"
  std::uint8_t provider;  ///< index in providers
  const char* code;       ///< "421", "55x", or ""
  const char* status;     ///< "4.7.28", "5.7.606-649", or ""
  const char* text;       ///< a substring of the reply text, or ""
  bounce_reason reason;
  std::uint8_t what;  ///< an action, or keep_action
  std::uint32_t delay_seconds;
  throttle_target throttle;
  std::uint32_t throttle_seconds;
  const char* meaning;  ///< advice::why: what the provider says it means, our words
};
inline constexpr std::uint8_t keep_action = 0xFF;
[[nodiscard]] constexpr std::uint8_t act(action a) noexcept { return static_cast<std::uint8_t>(a); }
inline constexpr throttle_target no_throttle = throttle_target::none;

// Order: within a provider, narrow rows (a text marker) before broad ones.
// clang-format off
inline constexpr provider_row provider_rows[] = {
  // Gmail: "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730).
  {"gmail:4.7.28-rate-limited", 0, "421", "4.7.28", "", R::rate_limited, keep_action, 0, no_throttle, 0,
   "Gmail saw an unusual rate of mail from this IP address, netblock, DKIM or SPF domain, or URL "
   "domain and rate-limits it for now; slow down and follow Google's sender guidelines."},
  {"gmail:5.7.28-blocked", 0, "550", "5.7.28", "", R::blocked, keep_action, 0, no_throttle, 0,
   "Gmail blocked mail from this IP address for an unusual rate of unsolicited mail; the address "
   "is not at fault."},
  {"gmail:4.7.26-unauthenticated", 0, "421", "4.7.26", "", R::auth_failure, keep_action, 0, no_throttle, 0,
   "Gmail rate-limits mail that passes neither SPF nor DKIM; authenticate the sending domain."},
  {"gmail:5.7.26-unauthenticated", 0, "550", "5.7.26", "", R::auth_failure, keep_action, 0, no_throttle, 0,
   "Gmail refused the message: it failed SPF and DKIM, or the sender domain's DMARC policy; fix "
   "the authentication, the address is not at fault."},
  {"gmail:ptr", 0, "", "", "ptr record", R::require_ptr, keep_action, 0, no_throttle, 0,
   "Gmail requires the sending IP address to have a PTR record whose name resolves back to it."},
  {"gmail:tls-required", 0, "421", "4.7.0", "tls required", R::security_error,
   act(action::change_request), 0, no_throttle, 0,
   "Gmail requires TLS for this recipient domain: send STARTTLS first."},
  {"gmail:5.2.1-rate", 0, "550", "5.2.1", "receiving email at a rate", R::rate_limited,
   act(action::retry_later), 0, no_throttle, 0,
   "Gmail says the recipient receives mail faster than it can take more; despite the 5yz code "
   "this passes, so retry later."},
  {"gmail:5.2.1-inactive", 0, "550", "5.2.1", "inactive", R::mailbox_disabled, keep_action, 0, no_throttle, 0,
   "Gmail says the recipient's account is inactive."},
  {"gmail:4.2.1-too-fast", 0, "450", "4.2.1", "", R::rate_limited, keep_action, 0, no_throttle, 0,
   "Gmail says the recipient (or the SMTP relay customer) is receiving mail too quickly; retry later."},
  {"gmail:4.2.2-over-quota", 0, "452", "4.2.2", "", R::mailbox_full, keep_action, 0, no_throttle, 0,
   "Gmail says the recipient's inbox is out of storage space."},
  {"gmail:5.7.1-unsolicited", 0, "550", "5.7.1", "likely unsolicited", R::spam_detected, keep_action, 0, no_throttle, 0,
   "Gmail judged the message likely unsolicited and blocked it."},

  // Microsoft 365 and Outlook.com: the delist portal article and "Fix error code
  // 5.7.700 through 5.7.750" (learn.microsoft.com); the 4.7.650 text as the servers send it.
  {"microsoft:5.7.606-649-banned-ip", 1, "", "5.7.606-649", "", R::blocked, keep_action, 0, no_throttle, 0,
   "Microsoft lists the sending IP address as banned; ask for removal at https://sender.office.com."},
  {"microsoft:5.7.708-ip-reputation", 1, "", "5.7.708", "", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "Microsoft does not accept traffic from this IP address (its reputation is low, often a new "
   "one); send through an IP address with a sending history."},
  {"microsoft:4.7.650-rate-limited", 1, "", "4.7.650-651", "", R::bad_reputation, keep_action, 0, no_throttle, 0,
   "Microsoft rate-limits this IP address for its reputation; slow down and retry later."},

  // Yahoo and AOL: Yahoo's help article on TS03; TSS04 and BL21 as the servers send them.
  {"yahoo:tss04", 2, "", "", "[tss04]", R::rate_limited, keep_action, 0, no_throttle, 0,
   "Yahoo defers mail from this IP address for unexpected volume or user complaints; slow down."},
  {"yahoo:ts03", 2, "", "", "[ts03]", R::bad_reputation, act(action::give_up), 0, no_throttle, 0,
   "Yahoo permanently defers all mail from this IP address for traffic that looks like "
   "unsolicited bulk mail and advises against resending before the lists and practices are fixed."},
  {"yahoo:bl21", 2, "", "", "[bl21]", R::blocked, keep_action, 0, no_throttle, 0,
   "Yahoo refuses connections from this IP address because Spamhaus lists it; ask Spamhaus "
   "for removal."},

  // iCloud: Apple's postmaster page; the texts as the servers send them.
  {"icloud:cs01", 3, "", "", "[cs01]", R::policy_violation, keep_action, 0, no_throttle, 0,
   "iCloud rejected the message under its local policy; Apple's postmaster team "
   "(icloudadmin@apple.com) answers senders who follow its requirements."},
  {"icloud:excessive-volume", 3, "", "", "deferred due to excessive volume", R::rate_limited,
   keep_action, 0, no_throttle, 0,
   "iCloud defers mail to this recipient for excessive volume; retry later."},
};
// clang-format on

/// provider_rows as a rule_set, in table order, hosts from `providers`.
inline rule_set build_provider_profiles() {
  rule_set set;
  for (const provider_row& row : provider_rows) {
    const provider_info& p = providers[row.provider];
    rule r;
    r.name = row.name;
    for (std::string_view hosts = p.hosts; !hosts.empty();) {
      const std::size_t space = hosts.find(' ');
      r.hosts.emplace_back(hosts.substr(0, space));
      hosts.remove_prefix(space == std::string_view::npos ? hosts.size() : space + 1);
    }
    if (*row.code != '\0') r.codes.push_back(*parse_code_pattern(row.code));
    if (*row.status != '\0') r.statuses.push_back(*parse_status_pattern(row.status));
    if (*row.text != '\0') r.texts.emplace_back(row.text);
    r.reason = row.reason;
    if (row.what != keep_action) r.what = static_cast<action>(row.what);
    if (row.delay_seconds != 0) r.delay = std::chrono::seconds{row.delay_seconds};
    r.throttle = {row.throttle, std::chrono::seconds{row.throttle_seconds}};
    r.why = row.meaning;
    r.reference = p.reference;
    set.add(std::move(r));
  }
  return set;
}

}  // namespace detail

inline const rule_set& provider_profiles() {
  static const rule_set profiles = detail::build_provider_profiles();
  return profiles;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
