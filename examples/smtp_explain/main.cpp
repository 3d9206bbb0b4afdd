// smtp-explain: compare two reply codes, explain a reply (a code, a whole
// reply or a log line) with its enhanced status and advice, list every
// registered code or scan a mail log, in the languages of smtpcodes' catalogues,
// as text, Markdown, JSON or HTML. The subcommands are in the files beside
// this one; this file reads the command line and runs one of them.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <smtpcodes/version.hpp>

#include "cli.hpp"

namespace smtp_explain {

std::vector<const subcommand*>& registry() {
  static std::vector<const subcommand*> all;
  return all;
}

registration::registration(const subcommand& s) {
  auto& all = registry();
  all.insert(
      std::upper_bound(all.begin(), all.end(), &s,
                       [](const subcommand* a, const subcommand* b) { return a->name < b->name; }),
      &s);
}

void print(std::string_view s) {
  if (!s.empty() && std::fwrite(s.data(), 1, s.size(), stdout) != s.size()) output_failed();
}

void output_failed() {
  const int e = errno;
  error(std::string("cannot write to standard output: ") + std::strerror(e));
  std::_Exit(exit_bad_input);  // nothing buffered could be written any more
}

void error(const std::string& message) {
  const std::string line = "smtp-explain: " + message + '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);
}

std::string usage() {
  std::string u = "usage:\n";
  for (const subcommand* s : registry()) u += "  smtp-explain " + std::string(s->synopsis) + '\n';
  u += "\n";
  for (const subcommand* s : registry()) {
    std::string name(s->name);
    name.resize(10, ' ');
    u += "  " + name + std::string(s->summary) + '\n';
  }
  u += "\n'smtp-explain SUBCOMMAND --help' shows a subcommand's options and examples;\n"
       "'smtp-explain --version' the version.\n"
       "\nexit status: 0 success, 1 bad input (not a reply code, a file that cannot be\n"
       "read) or output that cannot be written (a full disk, a closed pipe), 2 usage error\n";
  return u;
}

std::string usage(const subcommand& sub) {
  std::string u =
      "usage: smtp-explain " + std::string(sub.synopsis) + "\n\n" + std::string(sub.summary) + "\n";
  if (!sub.options.empty()) {
    u += "\noptions:\n";
    const auto left = [](const option_spec& o) {
      return std::string(o.name) + (o.value.empty() ? "" : " " + std::string(o.value));
    };
    std::size_t width = 20;  // the help texts start in one column, after the longest option
    for (const option_spec& o : sub.options)
      if (!o.help.empty()) width = std::max(width, left(o).size() + 1);
    for (const option_spec& o : sub.options) {
      if (o.help.empty()) continue;  // a hidden option, for tests
      std::string name = left(o);
      name.resize(width, ' ');
      u += "  " + name + " " + std::string(o.help) + '\n';
    }
  }
  if (!sub.details.empty()) u += "\n" + std::string(sub.details);
  if (u.back() != '\n') u += '\n';
  return u;
}

int usage_error(const std::string& message, const subcommand* sub) {
  error(message);
  const std::string u = sub != nullptr ? usage(*sub) : usage();
  std::fwrite(u.data(), 1, u.size(), stderr);
  return exit_usage;
}

std::optional<unsigned long> as_number(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  unsigned long n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<unsigned long>(c - '0');
  }
  return n;
}

std::string not_a_code(std::string_view s) {
  return "'" + sanitize_server_text(s) + "' is not an SMTP reply code (must be 100-599)";
}

namespace {

const option_spec* find_option(const subcommand& sub, std::string_view name) {
  for (const option_spec& o : sub.options)
    if (o.name == name) return &o;
  return nullptr;
}

// Reads the options and positional arguments after the subcommand name.
// Options are "--name value" or "--name=value"; "--" ends the options; "-"
// alone is a positional argument (standard input). Returns -1 after --help.
int read_arguments(const subcommand& sub, int argc, char** argv, cli_options& o) {
  bool only_positional = false;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (only_positional || arg.size() < 2 || arg[0] != '-') {
      o.args.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      print(usage(sub));
      return -1;
    }
    std::string_view name = arg, value;
    bool has_value = false;
    if (const std::size_t eq = arg.find('='); eq != std::string_view::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    const option_spec* spec = find_option(sub, name);
    if (spec == nullptr)
      return usage_error(
          "unknown option '" + sanitize_server_text(name) + "' for " + std::string(sub.name), &sub);
    if (spec->value.empty()) {  // a flag
      if (has_value) return usage_error(std::string(spec->name) + " takes no value", &sub);
      o.values[std::string(name)] = "";
      continue;
    }
    if (!has_value) {
      if (i + 1 >= argc) return usage_error(std::string(spec->name) + " needs a value", &sub);
      value = argv[++i];
    }
    // A subcommand whose --lang takes a list (site: "L,...") reads the value itself.
    if (name == lang_option.name && spec->value == lang_option.value) {
      o.cat = find_catalogue(value);
      if (o.cat == nullptr)
        return usage_error("unknown language '" + sanitize_server_text(value) +
                               "' (use en, de, es, fr, pt-BR, tr, ja, ko or zh-Hans)",
                           &sub);
    } else if (name == format_option.name) {
      const auto f = parse_format(value);
      if (!f)
        return usage_error("unknown format '" + sanitize_server_text(value) +
                               "' (use text, markdown, json or html)",
                           &sub);
      o.fmt = *f;
      o.fmt_given = true;
    } else if (name == command_option.name) {
      o.command = parse_command(value);
      if (o.command == smtp_command::unknown)
        return usage_error("unknown SMTP command '" + sanitize_server_text(value) + "'", &sub);
    } else {
      o.values[std::string(name)] = std::string(value);
    }
  }
  return exit_ok;
}

// Runs the command line; main() then checks that the output was written.
int dispatch(int argc, char** argv) {
  if (argc < 2) return usage_error("missing subcommand");
  const std::string_view name = argv[1];
  if (name == "--version") {
    print("smtp-explain " + std::to_string(SMTPCODES_VERSION_MAJOR) + '.' +
          std::to_string(SMTPCODES_VERSION_MINOR) + '.' + std::to_string(SMTPCODES_VERSION_PATCH) +
          '\n');
    return exit_ok;
  }
  if (name == "-h" || name == "--help" || name == "help") {
    print(usage());
    return exit_ok;
  }
  for (const subcommand* sub : registry()) {
    if (sub->name != name) continue;
    cli_options o;
    if (const int rc = read_arguments(*sub, argc, argv, o); rc != exit_ok)
      return rc < 0 ? exit_ok : rc;
    return sub->run(o);
  }
  return usage_error("unknown subcommand '" + sanitize_server_text(name) + "'");
}

}  // namespace
}  // namespace smtp_explain

int main(int argc, char** argv) {
  const int rc = smtp_explain::dispatch(argc, argv);
  // Output still buffered fails here (a full disk, a closed pipe), never silently.
  if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) smtp_explain::output_failed();
  return rc;
}
