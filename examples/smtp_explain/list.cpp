// smtp-explain list: every registered reply code.
#include "cli.hpp"

namespace smtp_explain {
namespace {

int run_list(const cli_options& o);

const subcommand list_command{"list",
                              "list [--lang L] [--format F]",
                              "list every reply code an RFC defines",
                              "examples:\n"
                              "  smtp-explain list\n"
                              "  smtp-explain list --format json --lang de\n"
                              "\nexit status: 0 list written, 2 usage error\n",
                              {lang_option, format_option},
                              run_list};
SMTP_EXPLAIN_SUBCOMMAND(list_command);

int run_list(const cli_options& o) {
  if (!o.args.empty()) return usage_error("list takes no arguments", &list_command);
  print(render_code_list(*o.cat, o.fmt));
  return exit_ok;
}

}  // namespace
}  // namespace smtp_explain
