// The operator-rules options every judging subcommand shares: --rules FILE,
// --remote-host HOST and --attempts N --since DURATION [--schedule S]. A
// subcommand lists with_rules_options() for its options, calls read_judgement()
// once, then judge() for each reply; render_reply() or the JSON helpers below
// print the rule, the throttle hint and the retry decision.
#ifndef SMTP_EXPLAIN_RULES_OPTIONS_HPP
#define SMTP_EXPLAIN_RULES_OPTIONS_HPP

#include <smtpcodes/retry.hpp>
#include <smtpcodes/rules.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli.hpp"

namespace smtp_explain {

inline constexpr option_spec rules_option{"--rules", "FILE",
                                          "operator rules, a TOML file (docs/rules.md)"};
inline constexpr option_spec remote_host_option{
    "--remote-host", "HOST", "the remote MX host or recipient domain (host rules, providers)"};
inline constexpr option_spec attempts_option{"--attempts", "N",
                                             "delivery attempts so far (needs --since)"};
inline constexpr option_spec since_option{"--since", "DURATION",
                                          "time since the first attempt: 90s, 15m, 2h, 1d"};
inline constexpr option_spec schedule_option{
    "--schedule", "S", "retry schedule, Exim syntax (default F,2h,15m; G,16h,1h,1.5; F,4d,6h)"};

/// `options` followed by the five options above.
std::vector<option_spec> with_rules_options(std::vector<option_spec> options);

/// What the options said: the rules, the remote host and the retry question.
struct judgement {
  rule_set rules;
  std::string remote_host;
  std::optional<unsigned> attempts;  ///< set with --attempts (and --since)
  std::chrono::seconds since{0};
  retry_schedule schedule;

  /// advise() with the rules (and provider profiles for the remote host);
  /// plain advise() when there is no rule to try.
  [[nodiscard]] advice judge(const reply& r, smtp_command c) const {
    return no_rules() ? advise(r, c) : advise(r, c, rules, remote_host);
  }
  [[nodiscard]] advice judge(std::string_view text, smtp_command c) const {
    return no_rules() ? advise(text, c) : advise(text, c, rules, remote_host);
  }
  /// No operator rule, and no provider profile that could apply.
  [[nodiscard]] bool no_rules() const {
    return rules.size() == 0 && (remote_host.empty() || !rules.uses_providers());
  }
  /// next_retry() when --attempts was given.
  [[nodiscard]] std::optional<retry_decision> next(const advice& a) const {
    if (!attempts) return std::nullopt;
    return next_retry(a, *attempts, since, schedule);
  }
};

/// Reads the TOML rules file at `path` into `rules`. Returns false, with
/// "FILE:LINE: message" (or why the file cannot be read) in `error`, and
/// `rules` untouched, when it cannot.
bool load_rules_file(const std::string& path, rule_set& rules, std::string& error);

/// Reads the options into `j`. Returns exit_ok, or the exit status after
/// printing why: exit_usage for a bad option, exit_bad_input for a rules file
/// that cannot be read ("FILE:LINE: message" on standard error).
int read_judgement(const cli_options& o, const subcommand& sub, judgement& j);

/// The JSON members "rule", "throttle" (and "next_retry" when given), each
/// preceded by a comma, to put inside an advice object.
std::string advice_json_members(const advice& a, const std::optional<retry_decision>& next);
/// "Rule: NAME", "Throttle: ..." and "Next retry: ..." lines, for text output,
/// in the catalogue's language (the rule's name as it is).
std::string advice_text_lines(const advice& a, const std::optional<retry_decision>& next,
                              const catalogue& cat = locale::en);
/// "2h", "15m", "90s", "1d6h": a duration as the options write it.
std::string duration_text(std::chrono::seconds s);

/// Replies decided by each rule (the name; "" for the built-in judgement), in first-seen order.
class rule_tally {
 public:
  void count(const advice& a) { add(a.rule, 1); }
  /// Counts `n` replies decided by the rule named `name` ("" for the built-in judgement).
  void add(std::string_view name, unsigned long n);
  /// {"(built-in)": n, "rule name": n, ...} as JSON, or a text table.
  [[nodiscard]] std::string json() const;
  [[nodiscard]] std::string text() const;

 private:
  std::vector<std::pair<std::string, unsigned long>> counts_;
  std::map<std::string, std::size_t, std::less<>> index_;
};

}  // namespace smtp_explain

#endif
