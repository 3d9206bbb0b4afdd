// smtp-explain compare A B: the comparison page of two registered codes.
#include "cli.hpp"

namespace smtp_explain {
namespace {

int run_compare(const cli_options& o);

const subcommand compare_command{
    "compare",
    "compare A B [--lang L] [--format F]",
    "compare two registered reply codes side by side",
    "examples:\n"
    "  smtp-explain compare 421 450\n"
    "  smtp-explain compare 211 455 --lang ja --format html > page.html\n"
    "\nexit status: 0 page written, 1 a code that is not registered, 2 usage error\n",
    {lang_option, format_option},
    run_compare};
SMTP_EXPLAIN_SUBCOMMAND(compare_command);

int run_compare(const cli_options& o) {
  if (o.args.size() != 2)
    return usage_error("compare needs exactly two reply codes, for example: compare 211 455",
                       &compare_command);
  reply_code codes[2]{};
  for (std::size_t i = 0; i < 2; ++i) {
    const auto n = as_number(o.args[i]);
    if (!n || *n < 100 || *n > 599) {
      error(not_a_code(o.args[i]));
      return exit_bad_input;
    }
    const auto code = to_reply_code(static_cast<unsigned>(*n));
    if (!code) {
      error("compare needs codes that an RFC defines, and " + o.args[i] +
            " is not one of them.\nRun 'smtp-explain list' to see the registered codes, or "
            "'smtp-explain explain " +
            o.args[i] + "' for what " + o.args[i] + " means.");
      return exit_bad_input;
    }
    codes[i] = *code;
  }
  print(render_comparison(compare(codes[0], codes[1]), *o.cat, o.fmt));
  return exit_ok;
}

}  // namespace
}  // namespace smtp_explain
