// The frame of smtp-explain: options, output, exit statuses and the table of
// subcommands. Each subcommand lives in its own file and registers itself with
// SMTP_EXPLAIN_SUBCOMMAND; main.cpp reads the arguments and runs it.
//
// Exit status: 0 success, 1 bad input (not a reply code, nothing found, a file
// that cannot be read) or output that cannot be written (a full disk, a closed
// pipe), 2 usage error (unknown subcommand or option, missing arguments).
// Everything printed that came from outside (arguments, files, server text)
// goes through sanitize_server_text().
#ifndef SMTP_EXPLAIN_CLI_HPP
#define SMTP_EXPLAIN_CLI_HPP

#include <smtpcodes/locale/builtin.hpp>
#include <smtpcodes/render.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smtp_explain {

using namespace smtpcodes;

constexpr int exit_ok = 0;
constexpr int exit_bad_input = 1;
constexpr int exit_usage = 2;

/// One option a subcommand accepts: "--name VALUE" (or "--name=VALUE"), or a
/// flag "--name" when `value` is empty.
struct option_spec {
  std::string_view name;   ///< "--lang"
  std::string_view value;  ///< "L" in the usage text; empty for a flag
  std::string_view help;   ///< one line for --help; empty: hidden (tests, measurements)
};

/// The options every subcommand that renders may take.
inline constexpr option_spec lang_option{
    "--lang", "L", "language: en, de, es, fr, pt-BR, tr, ja, ko, zh-Hans (default en)"};
inline constexpr option_spec format_option{"--format", "F",
                                           "text, markdown, json or html (default text)"};
inline constexpr option_spec command_option{
    "--command", "CMD",
    "the command the reply answered: CONNECT, EHLO, MAIL, RCPT, DATA, DOT, ..."};

/// What the command line said, read by main.cpp before a subcommand runs.
struct cli_options {
  const catalogue* cat = &locale::en;
  format fmt = format::text;
  bool fmt_given = false;
  smtp_command command = smtp_command::unknown;
  std::vector<std::string> args;              ///< positional arguments
  std::map<std::string, std::string> values;  ///< other options by name ("--rules")
  [[nodiscard]] bool has(std::string_view name) const {
    return values.find(std::string(name)) != values.end();
  }
  [[nodiscard]] const std::string* value(std::string_view name) const {
    const auto it = values.find(std::string(name));
    return it == values.end() ? nullptr : &it->second;
  }
};

struct subcommand {
  std::string_view name;
  std::string_view synopsis;         ///< "compare A B [--lang L] [--format F]"
  std::string_view summary;          ///< one line for the global usage
  std::string_view details;          ///< --help text after the options: examples, exit status
  std::vector<option_spec> options;  ///< --lang, --format and --command are read by main.cpp
  int (*run)(const cli_options&);
};

/// The registered subcommands, in the order of their names.
std::vector<const subcommand*>& registry();

struct registration {
  explicit registration(const subcommand& s);
};

/// Writes `s` to standard output; when that fails, output_failed().
void print(std::string_view s);
/// "smtp-explain: cannot write to standard output: REASON" on standard error,
/// then the end of the program with exit_bad_input: a subcommand whose output
/// is lost stops at once (a full disk, `| head` with SIGPIPE ignored).
[[noreturn]] void output_failed();
/// "smtp-explain: MESSAGE" on standard error.
void error(const std::string& message);
/// error(message) and the usage of `sub` (or the global usage), exit_usage.
int usage_error(const std::string& message, const subcommand* sub = nullptr);
/// The global usage text.
std::string usage();
/// The usage of one subcommand, with its options and details.
std::string usage(const subcommand& sub);

/// A whole argument as a number, or nullopt when it is not all digits.
std::optional<unsigned long> as_number(std::string_view s);
/// "'X' is not an SMTP reply code (must be 100-599)", X sanitised.
std::string not_a_code(std::string_view s);

}  // namespace smtp_explain

#define SMTP_EXPLAIN_CAT2(a, b) a##b
#define SMTP_EXPLAIN_CAT(a, b) SMTP_EXPLAIN_CAT2(a, b)
/// Registers a subcommand object defined in the same file.
#define SMTP_EXPLAIN_SUBCOMMAND(object) \
  static const ::smtp_explain::registration SMTP_EXPLAIN_CAT(registered_, __LINE__) { object }

#endif
