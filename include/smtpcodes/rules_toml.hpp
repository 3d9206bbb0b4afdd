// Rules files: load_rules() reads a TOML file of [[rule]] tables (keys and
// values as docs/rules.md lists them) into a rule_set, with toml++ (Debian
// libtomlplusplus-dev). Opt-in: the only header of smtpcodes that needs toml++.
// Errors name the file and line; no exception leaves these functions.
#ifndef SMTPCODES_RULES_TOML_HPP
#define SMTPCODES_RULES_TOML_HPP

#include <toml++/toml.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>

#include "retry.hpp"
#include "rules.hpp"

namespace smtpcodes {
inline namespace v1 {

/// Why a rules file was refused: where (line 0 when no line applies) and what.
struct rules_error {
  std::string file;
  std::size_t line = 0;
  std::string message;
  /// "FILE:LINE: message", or "FILE: message" without a line.
  [[nodiscard]] std::string to_string() const {
    return file + (line != 0 ? ":" + std::to_string(line) : std::string{}) + ": " + message;
  }
};

/// What load_rules() and parse_rules() give: the rules, or the first error.
struct rules_result {
  rule_set rules;
  std::optional<rules_error> error;
  [[nodiscard]] explicit operator bool() const noexcept { return !error; }
};

/// Choices for reading a rules file.
struct rules_options {
  /// Compiles `regex` conditions (rules_pcre2.hpp: pcre2_compiler); none: they are errors.
  regex_compiler regex = nullptr;
};

namespace detail {

template <typename Enum, std::size_t N>
std::optional<Enum> enum_named(std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (to_string(static_cast<Enum>(i)) == name) return static_cast<Enum>(i);
  return std::nullopt;
}

/// Reads one parsed TOML document into rules; throws nothing, returns the first error.
class rules_reader {
 public:
  rules_reader(std::string_view file, const rules_options& options)
      : file_(file), options_(options) {}

  std::optional<rules_error> read(const toml::table& doc, rule_set& out) {
    for (const auto& [key, node] : doc) {
      if (key == "providers") {
        const auto on = node.value<bool>();
        if (!node.is_boolean() || !on) return fail(node, "'providers' must be true or false");
        out.use_providers(*on);
      } else if (key != "rule") {
        return fail(node, "unknown key '" + std::string(key.str()) +
                              "' (a rules file holds [[rule]] tables and 'providers')");
      }
    }
    const toml::node* rules = doc.get("rule");
    if (rules == nullptr) return std::nullopt;
    const toml::array* list = rules->as_array();
    if (list == nullptr || !list->is_array_of_tables())
      return fail(*rules, "'rule' must be an array of tables: write each rule as [[rule]]");
    for (const toml::node& n : *list) {
      rule r;
      if (auto e = read_rule(*n.as_table(), r)) return e;
      const auto line = static_cast<std::size_t>(n.source().begin.line);
      if (!r.name.empty()) {
        const auto [at, fresh] = names_.emplace(r.name, line);
        if (!fresh)
          return rules_error{file_, line,
                             "a second rule named '" + r.name + "' (the first is at line " +
                                 std::to_string(at->second) + ")"};
      }
      r.line = line;
      if (std::string e = out.add(std::move(r)); !e.empty()) return rules_error{file_, line, e};
    }
    return std::nullopt;
  }

 private:
  rules_error fail(const toml::node& n, std::string message) const {
    return {file_, static_cast<std::size_t>(n.source().begin.line), std::move(message)};
  }

  // Calls `each(node)` for a string value or for each entry of an array of them.
  template <typename Each>
  std::optional<rules_error> strings(const toml::node& n, std::string_view key, Each each) {
    if (const toml::array* a = n.as_array()) {
      if (a->empty()) return fail(n, "'" + std::string(key) + "' is an empty list");
      for (const toml::node& e : *a)
        if (auto err = each(e)) return err;
      return std::nullopt;
    }
    return each(n);
  }
  std::optional<std::string> string_of(const toml::node& n) const {
    if (const auto* s = n.as_string()) return s->get();
    return std::nullopt;
  }

  std::optional<rules_error> read_rule(const toml::table& t, rule& r) {
    for (const auto& [k, v] : t) {
      const std::string_view key = k.str();
      std::optional<rules_error> e;
      if (key == "name") {
        const auto s = string_of(v);
        if (!s || s->empty()) return fail(v, "'name' must be a non-empty string");
        r.name = *s;
      } else if (key == "code") {
        e = strings(v, key, [&](const toml::node& n) -> std::optional<rules_error> {
          std::string s = string_of(n).value_or("");
          if (const auto* i = n.as_integer()) s = std::to_string(i->get());
          const auto c = parse_code_pattern(s);
          if (!c) return fail(n, "bad code '" + s + "' (use 550, 55x or 5xx)");
          r.codes.push_back(*c);
          return std::nullopt;
        });
      } else if (key == "status") {
        e = strings(v, key, [&](const toml::node& n) -> std::optional<rules_error> {
          const std::string s = string_of(n).value_or("");
          const auto p = parse_status_pattern(s);
          if (!p) return fail(n, "bad status '" + s + "' (use 5.7.1, 5.7.* or 5.7.606-649)");
          r.statuses.push_back(*p);
          return std::nullopt;
        });
      } else if (key == "command") {
        e = strings(v, key, [&](const toml::node& n) -> std::optional<rules_error> {
          const std::string s = string_of(n).value_or("");
          const smtp_command c = parse_command(s);
          if (c == smtp_command::unknown)
            return fail(n,
                        "unknown command '" + s + "' (use CONNECT, EHLO, MAIL, RCPT, DATA, ...)");
          r.commands = r.commands | c;
          return std::nullopt;
        });
      } else if (key == "host" || key == "text") {
        e = strings(v, key, [&](const toml::node& n) -> std::optional<rules_error> {
          const auto s = string_of(n);
          if (!s || s->empty())
            return fail(n, "'" + std::string(key) + "' needs a non-empty string");
          (key == "host" ? r.hosts : r.texts).push_back(*s);
          return std::nullopt;
        });
      } else if (key == "regex") {
        const auto s = string_of(v);
        if (!s || s->empty()) return fail(v, "'regex' must be a non-empty string");
        if (options_.regex == nullptr)
          return fail(v, "'regex' needs a regular-expression engine, and none was given (PCRE2)");
        std::string why;
        r.regex = *s;
        r.regex_match = options_.regex(*s, why);
        if (!r.regex_match) return fail(v, "bad regex: " + why);
      } else if (key == "action") {
        e = named<action, 7>(v, key, r.what);
      } else if (key == "reason") {
        e = named<bounce_reason, bounce_reason_count>(v, key, r.reason);
      } else if (key == "bounce") {
        e = named<bounce_type, 3>(v, key, r.bounce);
      } else if (key == "scope") {
        e = named<scope, 4>(v, key, r.applies_to);
      } else if (key == "delay") {
        const auto d = duration_node(v);
        if (!d || d->count() <= 0)
          return fail(v, "bad delay (use \"90s\", \"15m\", \"2h\" or \"1d\")");
        r.delay = *d;
      } else if (key == "rewrite") {
        const std::string s = string_of(v).value_or("");
        const auto st = parse_enhanced_status(s);
        if (!st) return fail(v, "bad rewrite '" + s + "' (an enhanced status such as 5.1.1)");
        r.rewrite = *st;
      } else if (key == "throttle") {
        e = throttle_of(v, r.throttle);
      } else {
        return fail(v, "unknown key '" + std::string(key) +
                           "' (conditions: name, code, status, command, host, text, regex; "
                           "effects: action, reason, bounce, delay, scope, rewrite, throttle)");
      }
      if (e) return e;
    }
    return std::nullopt;
  }

  template <typename Enum, std::size_t N>
  std::optional<rules_error> named(const toml::node& v, std::string_view key,
                                   std::optional<Enum>& out) {
    const std::string s = string_of(v).value_or("");
    const auto value = enum_named<Enum, N>(s);
    if (!value) {
      std::string names;
      for (std::size_t i = 0; i < N; ++i)
        names += (i ? ", " : "") + std::string(to_string(static_cast<Enum>(i)));
      return fail(v, "bad " + std::string(key) + " '" + s + "' (use one of: " + names + ")");
    }
    out = *value;
    return std::nullopt;
  }

  std::optional<std::chrono::seconds> duration_node(const toml::node& v) const {
    if (const auto* i = v.as_integer()) return std::chrono::seconds{i->get()};
    if (const auto s = string_of(v)) return parse_duration(*s);
    return std::nullopt;
  }

  std::optional<rules_error> throttle_of(const toml::node& v, throttle_hint& out) {
    const toml::table* t = v.as_table();
    if (t == nullptr)
      return fail(v, "'throttle' must be a table: { target = \"host\", for = \"2h\" }");
    for (const auto& [k, n] : *t) {
      if (k == "target") {
        const std::string s = string_of(n).value_or("");
        if (s == "host")
          out.target = throttle_target::host;
        else if (s == "domain")
          out.target = throttle_target::domain;
        else
          return fail(n, "bad throttle target '" + s + "' (use host or domain)");
      } else if (k == "for") {
        const auto d = duration_node(n);
        if (!d || d->count() <= 0)
          return fail(n, "bad throttle duration (use \"90s\", \"15m\", \"2h\" or \"1d\")");
        out.duration = *d;
      } else {
        return fail(n, "unknown throttle key '" + std::string(k.str()) + "' (use target and for)");
      }
    }
    if (out.target == throttle_target::none || out.duration.count() <= 0)
      return fail(v, "'throttle' needs both target and for");
    return std::nullopt;
  }

  std::string file_;
  const rules_options& options_;
  std::unordered_map<std::string, std::size_t> names_;  // rule name -> line
};

}  // namespace detail

/// Reads rules from TOML text; `source` names it in errors ("FILE:LINE: ...").
[[nodiscard]] inline rules_result parse_rules(std::string_view text, std::string_view source,
                                              const rules_options& options = {}) noexcept {
  rules_result result;
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
  try {
#endif
#if TOML_EXCEPTIONS
    try {
      const toml::table doc = toml::parse(text, source);
      result.error = detail::rules_reader(source, options).read(doc, result.rules);
    } catch (const toml::parse_error& e) {
      result.error =
          rules_error{std::string(source), static_cast<std::size_t>(e.source().begin.line),
                      std::string(e.description())};
    }
#else
  toml::parse_result parsed = toml::parse(text, source);
  if (!parsed)
    result.error = rules_error{std::string(source),
                               static_cast<std::size_t>(parsed.error().source().begin.line),
                               std::string(parsed.error().description())};
  else
    result.error = detail::rules_reader(source, options).read(parsed.table(), result.rules);
#endif
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
  } catch (...) {
    result.error = rules_error{std::string(source), 0, "out of memory while reading the rules"};
  }
#endif
  if (result.error) result.rules = rule_set{};
  return result;
}

/// Reads a rules file; errors name `path` and the line.
[[nodiscard]] inline rules_result load_rules(const std::string& path,
                                             const rules_options& options = {}) noexcept {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
  try {
#endif
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      rules_result r;
      r.error = rules_error{path, 0, "is a directory, not a rules file"};
      return r;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in || in.bad()) {
      rules_result r;
      r.error = rules_error{path, 0, "cannot read the file"};
      return r;
    }
    return parse_rules(text.str(), path, options);
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
  } catch (...) {
    rules_result r;
    r.error = rules_error{path, 0, "out of memory while reading the rules"};
    return r;
  }
#endif
}

}  // namespace v1
}  // namespace smtpcodes

#endif
