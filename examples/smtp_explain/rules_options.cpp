// The shared operator-rules options (rules_options.hpp): reading them, the
// rules file through rules_toml.hpp when smtp-explain is built with toml++
// (and PCRE2 for regex conditions), and printing what the rules decided.
#include "rules_options.hpp"

#include <cstdio>

#if defined(SMTPCODES_HAVE_TOML)
#include <smtpcodes/rules_toml.hpp>
#endif
#if defined(SMTPCODES_HAVE_PCRE2)
#include <smtpcodes/rules_pcre2.hpp>
#endif

namespace smtp_explain {

std::vector<option_spec> with_rules_options(std::vector<option_spec> options) {
  for (const option_spec& o :
       {rules_option, remote_host_option, attempts_option, since_option, schedule_option})
    options.push_back(o);
  return options;
}

int read_judgement(const cli_options& o, const subcommand& sub, judgement& j) {
  if (const std::string* host = o.value(remote_host_option.name)) {
    if (host->empty() || host->find_first_of(" \t\r\n") != std::string::npos)
      return usage_error("--remote-host needs a host name or domain", &sub);
    j.remote_host = *host;
  }
  const std::string* attempts = o.value(attempts_option.name);
  const std::string* since = o.value(since_option.name);
  const std::string* schedule = o.value(schedule_option.name);
  if ((attempts == nullptr) != (since == nullptr))
    return usage_error("--attempts and --since go together", &sub);
  if (schedule != nullptr && attempts == nullptr)
    return usage_error("--schedule needs --attempts and --since", &sub);
  if (attempts != nullptr) {
    const auto n = as_number(*attempts);
    if (!n || *n == 0)
      return usage_error("--attempts needs a whole number of attempts, 1 or more", &sub);
    const auto d = parse_duration(*since);
    if (!d)
      return usage_error("--since needs a duration such as 90s, 15m, 2h or 1d, not '" +
                             sanitize_server_text(*since) + "'",
                         &sub);
    j.attempts = static_cast<unsigned>(*n);
    j.since = *d;
    if (schedule != nullptr) {
      const auto s = parse_retry_schedule(*schedule);
      if (!s)
        return usage_error(
            "--schedule: '" + sanitize_server_text(*schedule) +
                "' is not a retry schedule such as 'F,2h,15m; G,16h,1h,1.5; F,4d,6h'",
            &sub);
      j.schedule = *s;
    }
  }
  if (const std::string* path = o.value(rules_option.name)) {
    std::string why;
    if (!load_rules_file(*path, j.rules, why)) {
      std::fprintf(stderr, "%s\n", why.c_str());
      return exit_bad_input;
    }
  }
  return exit_ok;
}

bool load_rules_file(const std::string& path, rule_set& rules, std::string& error) {
#if defined(SMTPCODES_HAVE_TOML)
  smtpcodes::rules_options options;
#if defined(SMTPCODES_HAVE_PCRE2)
  options.regex = pcre2_compiler;
#endif
  rules_result loaded = load_rules(path, options);
  if (!loaded) {
    // The path and the file's words come from outside: sanitised like every echo.
    error = sanitize_server_text(loaded.error->to_string());
    return false;
  }
  rules = std::move(loaded.rules);
  return true;
#else
  error = "smtp-explain: cannot read '" + sanitize_server_text(path) +
          "': this smtp-explain was built without toml++ (Debian libtomlplusplus-dev)";
  (void)rules;
  return false;
#endif
}

std::string duration_text(std::chrono::seconds s) {
  long long n = s.count();
  if (n == 0) return "0s";
  std::string out;
  for (const auto& [unit, size] :
       {std::pair<char, long long>{'d', 86400}, {'h', 3600}, {'m', 60}, {'s', 1}}) {
    if (n >= size) {
      out += std::to_string(n / size) + unit;
      n %= size;
    }
  }
  return out;
}

std::string advice_json_members(const advice& a, const std::optional<retry_decision>& next) {
  std::string out = ",\"rule\":" + (a.rule.empty() ? std::string("null") : to_json_string(a.rule));
  out += ",\"throttle\":";
  if (a.throttle.target == throttle_target::none)
    out += "null";
  else
    out += "{\"target\":" + to_json_string(to_string(a.throttle.target)) +
           ",\"seconds\":" + std::to_string(a.throttle.duration.count()) + "}";
  if (next)
    out += ",\"next_retry\":{\"expired\":" + std::string(next->expired ? "true" : "false") +
           ",\"wait_seconds\":" + std::to_string(next->wait.count()) + "}";
  return out;
}

std::string advice_text_lines(const advice& a, const std::optional<retry_decision>& next,
                              const catalogue& cat) {
  using smtpcodes::detail::fill;
  const auto line = [](std::string_view label, std::string_view value) {
    return std::string(label) + ": " + std::string(value) + "\n";
  };
  std::string out;
  if (!a.rule.empty()) out += line(cat.label_rule, a.rule);
  if (a.throttle.target != throttle_target::none)
    out += line(
        cat.label_throttle,
        fill(a.throttle.target == throttle_target::host ? cat.throttle_host : cat.throttle_domain,
             {{"duration", duration_text(a.throttle.duration)}}));
  if (next)
    out += line(cat.label_next_retry,
                !next->expired ? fill(cat.next_retry_in, {{"duration", duration_text(next->wait)}})
                : a.what == action::give_up ? std::string(cat.next_retry_permanent)
                                            : std::string(cat.next_retry_expired));
  return out;
}

void rule_tally::add(std::string_view name, unsigned long n) {
  const auto it = index_.find(name);
  if (it != index_.end()) {
    counts_[it->second].second += n;
    return;
  }
  index_.emplace(std::string(name), counts_.size());
  counts_.emplace_back(std::string(name), n);
}

std::string rule_tally::json() const {
  std::string out = "{";
  for (std::size_t i = 0; i < counts_.size(); ++i)
    out += (i ? "," : "") +
           to_json_string(counts_[i].first.empty() ? "(built-in)" : counts_[i].first) + ":" +
           std::to_string(counts_[i].second);
  return out + "}";
}

std::string rule_tally::text() const {
  std::string out;
  char row[160];
  std::snprintf(row, sizeof row, "%-40s %9s\n", "rule", "replies");
  out += row;
  for (const auto& [name, n] : counts_) {
    const std::string shown = name.empty() ? "(built-in)" : sanitize_server_text(name);
    std::snprintf(row, sizeof row, "%-40s %9lu\n", shown.c_str(), n);
    out += row;
  }
  return out;
}

}  // namespace smtp_explain
