// smtp-explain rules check FILE: reads an operator rules file (docs/rules.md)
// as explain and scan would, and says whether it is valid.
#include "cli.hpp"
#include "rules_options.hpp"

#if defined(SMTPCODES_HAVE_TOML)
#include <smtpcodes/rules_toml.hpp>
#endif
#if defined(SMTPCODES_HAVE_PCRE2)
#include <smtpcodes/rules_pcre2.hpp>
#endif

#include <cstdio>

namespace smtp_explain {
namespace {

int run_rules(const cli_options& o);

const subcommand rules_command{
    "rules",
    "rules check FILE",
    "check an operator rules file (TOML) before explain, scan or a filter use it",
    "Reads FILE as --rules FILE would and prints how many rules it holds.\n"
    "\nexamples:\n"
    "  smtp-explain rules check /etc/smtpcodes/rules.toml\n"
    "\nexit status: 0 valid, 1 invalid (FILE:LINE: message on standard error),\n"
    "2 usage error\n",
    {},
    run_rules};
SMTP_EXPLAIN_SUBCOMMAND(rules_command);

int run_rules(const cli_options& o) {
  if (o.args.size() != 2 || o.args[0] != "check")
    return usage_error("use: rules check FILE", &rules_command);
  const std::string& path = o.args[1];
#if defined(SMTPCODES_HAVE_TOML)
  smtpcodes::rules_options options;
#if defined(SMTPCODES_HAVE_PCRE2)
  options.regex = pcre2_compiler;
#endif
  const rules_result loaded = load_rules(path, options);
  if (!loaded) {
    std::fprintf(stderr, "%s\n", sanitize_server_text(loaded.error->to_string()).c_str());
    return exit_bad_input;
  }
  const std::size_t n = loaded.rules.size();
  print(sanitize_server_text(path) + ": " + std::to_string(n) + (n == 1 ? " rule" : " rules") +
        ", valid" + (loaded.rules.uses_providers() ? "" : " (provider profiles off)") + "\n");
  return exit_ok;
#else
  error("cannot check '" + sanitize_server_text(path) +
        "': this smtp-explain was built without toml++ (Debian libtomlplusplus-dev)");
  return exit_bad_input;
#endif
}

}  // namespace
}  // namespace smtp_explain
