// smtp-explain bounce PATH...: whole bounce emails read with parse_bounce():
// .eml files, mbox files, Maildir directories (cur/ and new/) and standard
// input, one record per recipient, text or JSON lines, then a summary.
// Charsets the library passes through by name are converted with iconv.
#include <smtpcodes/bounce.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<iconv.h>)
#include <iconv.h>
#define SMTP_EXPLAIN_HAVE_ICONV 1
#endif
#endif

#include "cli.hpp"
#include "rules_options.hpp"

namespace smtp_explain {
namespace {

int run_bounce(const cli_options& o);

const subcommand bounce_command{
    "bounce",
    "bounce [--format text|json] [--rules FILE] [--remote-host HOST]\n"
    "                      [--attempts N --since DURATION [--schedule S]] PATH...",
    "read bounce emails (DSNs, feedback reports, auto-replies): one record per recipient",
    "PATH is an .eml file, an mbox file, a Maildir directory (its cur/ and new/) or -\n"
    "for standard input. With --format json every recipient is one JSON object per line\n"
    "(file, kind, generator, recipient, action, status, code, diagnostic, command,\n"
    "remote_mta, reason, bounce, ...); a message without recipients is {\"file\", \"kind\"};\n"
    "the last line is {\"summary\": {...}}.\n"
    "With --rules, each recipient is judged with the operator rules (and the provider\n"
    "profiles) for its Remote-MTA, or --remote-host, or its domain. With --attempts and\n"
    "--since, each record also says when to try that recipient again (next_retry).\n"
    "\nexamples:\n"
    "  smtp-explain bounce returned.eml\n"
    "  smtp-explain bounce --format json ~/Maildir/.Bounces\n"
    "  smtp-explain bounce - < message.eml\n"
    "  smtp-explain bounce --rules rules.toml --attempts 3 --since 2h delayed.eml\n"
    "\nexit status: 0 read, 1 a path that cannot be read (the others are still read),\n"
    "2 usage error\n",
    with_rules_options({format_option}),
    run_bounce};
SMTP_EXPLAIN_SUBCOMMAND(bounce_command);

/// `text` in `charset` as UTF-8, through iconv; the text unchanged when the
/// charset is empty (already UTF-8) or iconv cannot convert it.
std::string to_utf8(std::string_view text, std::string_view charset) {
  std::string out(text);
#if defined(SMTP_EXPLAIN_HAVE_ICONV)
  if (charset.empty() || text.empty()) return out;
  const std::string name(charset);
  iconv_t cd = iconv_open("UTF-8", name.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return out;
  std::string converted(text.size() * 4 + 16, '\0');
  std::string input(text);
  char* in = input.data();
  std::size_t in_left = input.size();
  char* dst = converted.data();
  std::size_t out_left = converted.size();
  while (in_left > 0) {
    if (iconv(cd, &in, &in_left, &dst, &out_left) != static_cast<std::size_t>(-1)) break;
    if (errno != EILSEQ && errno != EINVAL) break;
    // An invalid byte: keep going after it (sanitize_server_text() marks what is left).
    ++in;
    --in_left;
  }
  iconv(cd, nullptr, nullptr, &dst, &out_left);  // the shift state back to initial
  iconv_close(cd);
  converted.resize(converted.size() - out_left);
  if (in_left == 0) out = std::move(converted);
#else
  (void)charset;
#endif
  return out;
}

std::string json_or_null(std::string_view s) {
  return s.empty() ? "null" : to_json_string(sanitize_server_text(s));
}

/// One message to read, and how to name it: its file, and its place in an
/// mbox file that holds several (0 otherwise).
struct source_message {
  std::string name;
  std::size_t index;
  std::string_view bytes;
};

struct totals {
  unsigned long files = 0, messages = 0, records = 0, hard = 0, soft = 0, unreadable = 0;
  std::map<std::string, unsigned long> kinds, generators, reasons, actions;
  rule_tally by_rule;
};

/// A file's bytes: mapped into memory when the system allows it (no copy, no
/// page faults one page at a time), read into `copy` otherwise.
class file_bytes {
 public:
  file_bytes() = default;
  file_bytes(const file_bytes&) = delete;
  file_bytes& operator=(const file_bytes&) = delete;
  ~file_bytes() { unmap(); }

  bool open(const std::string& path, std::string& why) {
    unmap();
    copy_.clear();
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) {
      why = std::strerror(errno);
      return false;
    }
    struct stat st {};
    if (fstat(fd, &st) != 0) {
      why = std::strerror(errno);
      ::close(fd);
      return false;
    }
    if (S_ISDIR(st.st_mode)) {
      why = "is a directory";
      ::close(fd);
      return false;
    }
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
      int flags = MAP_PRIVATE;
#if defined(MAP_POPULATE)
      flags |= MAP_POPULATE;
#endif
      void* p = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, flags, fd, 0);
      if (p != MAP_FAILED) {
        map_ = p;
        map_size_ = static_cast<std::size_t>(st.st_size);
        ::close(fd);
        return true;
      }
    }
    // Not mappable (a pipe, a device, an empty file): read it.
    char chunk[65536];
    for (;;) {
      const ssize_t n = ::read(fd, chunk, sizeof chunk);
      if (n == 0) break;
      if (n < 0) {
        if (errno == EINTR) continue;
        why = std::strerror(errno);
        ::close(fd);
        return false;
      }
      copy_.append(chunk, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return true;
  }
  /// Standard input, read to its end.
  bool read_stdin(std::string& why) {
    unmap();
    copy_.clear();
    char chunk[65536];
    std::size_t n = 0;
    while ((n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) copy_.append(chunk, n);
    if (std::ferror(stdin)) {
      why = "read error";
      return false;
    }
    return true;
  }
  [[nodiscard]] std::string_view view() const {
    return map_ != nullptr ? std::string_view(static_cast<const char*>(map_), map_size_)
                           : std::string_view(copy_);
  }

 private:
  void unmap() {
    if (map_ != nullptr) munmap(map_, map_size_);
    map_ = nullptr;
    map_size_ = 0;
  }
  void* map_ = nullptr;
  std::size_t map_size_ = 0;
  std::string copy_;
};

/// The messages of an mbox file: each starts at a "From " line at the top or
/// after an empty line. A file that does not start with "From " is one message.
std::vector<std::string_view> split_mbox(std::string_view data) {
  std::vector<std::string_view> out;
  if (data.substr(0, 5) != "From ") {
    out.push_back(data);
    return out;
  }
  std::size_t begin = 0;
  std::size_t pos = 0;
  // "\nFrom " found through its 'F', which is far rarer than a line end.
  const auto next_separator = [&](std::size_t from) -> std::size_t {
    while (from < data.size()) {
      const void* f = std::memchr(data.data() + from, 'F', data.size() - from);
      if (f == nullptr) return std::string_view::npos;
      const auto at = static_cast<std::size_t>(static_cast<const char*>(f) - data.data());
      if (at >= 1 && data[at - 1] == '\n' && data.substr(at, 5) == "From ") return at - 1;
      from = at + 1;
    }
    return std::string_view::npos;
  };
  while (true) {
    const std::size_t hit = next_separator(pos);
    if (hit == std::string_view::npos) break;
    // A separator follows an empty line ("\n\nFrom " or "\r\n\r\nFrom ").
    const bool after_empty = (hit >= 1 && data[hit - 1] == '\n') ||
                             (hit >= 2 && data[hit - 1] == '\r' && data[hit - 2] == '\n');
    if (after_empty) {
      out.push_back(data.substr(begin, hit + 1 - begin));
      begin = hit + 1;
    }
    pos = hit + 2;  // past the "F" of this "\nFrom "
  }
  out.push_back(data.substr(begin));
  return out;
}

/// The buffers parse_bounce() writes into, kept from one message to the next.
struct parse_buffers {
  std::vector<char> text;
  std::vector<bounce_record> records = std::vector<bounce_record>(64);
};

/// A parsed message: the summary and its records (views into the buffers).
struct parsed_message : bounce_summary {
  const bounce_record* first = nullptr;
  [[nodiscard]] const bounce_record* begin() const { return first; }
  [[nodiscard]] const bounce_record* end() const { return first + stored; }
  [[nodiscard]] bool empty() const { return stored == 0; }
};

parsed_message parse(std::string_view bytes, parse_buffers& b) {
  const std::size_t need = bounce_buffer_size(bytes);
  if (b.text.size() < need) b.text.resize(need);
  parsed_message m;
  for (;;) {
    static_cast<bounce_summary&>(m) = parse_bounce(bytes, text_buffer(b.text.data(), b.text.size()),
                                                   b.records.data(), b.records.size());
    if (m.recipient_count <= b.records.size()) break;
    b.records.resize(m.recipient_count);
  }
  m.first = b.records.data();
  return m;
}

/// The verdict for a record: the library's; advise() again when its
/// diagnostic was converted to UTF-8 here (the library judged the bytes of a
/// charset it does not convert), or with --rules for the record's remote host.
advice judge_record(const bounce_record& r, const judgement& j, bool rules_given,
                    bool text_converted) {
  if (!rules_given && !text_converted) return r.verdict;
  if (!rules_given) {
    char buffer[1024];
    return advise(advice_text(r, buffer, sizeof buffer), r.command);
  }
  std::string host = j.remote_host;
  if (host.empty()) host = std::string(r.remote_mta.substr(0, r.remote_mta.find(' ')));
  if (host.empty() && r.recipient.find('@') != std::string_view::npos)
    host = std::string(r.recipient.substr(r.recipient.rfind('@') + 1));
  char buffer[1024];
  return advise(advice_text(r, buffer, sizeof buffer), r.command, j.rules, host);
}

void print_message(const source_message& m, format fmt, totals& t, parse_buffers& buffers,
                   const judgement& j, bool rules_given) {
  const parsed_message doc = parse(m.bytes, buffers);
  ++t.messages;
  ++t.kinds[std::string(to_string(doc.kind))];
  if (doc.kind != report_kind::not_a_report && doc.kind != report_kind::auto_reply)
    ++t.generators[std::string(to_string(doc.generator))];
  const std::string file = to_json_string(sanitize_server_text(m.name));
  const std::string place = m.index == 0 ? "" : " (message " + std::to_string(m.index) + ")";
  if (doc.empty()) {
    if (fmt == format::json)
      print("{\"file\":" + file + ",\"kind\":" + to_json_string(to_string(doc.kind)) + "}\n");
    else
      print(sanitize_server_text(m.name) + place + ": " + std::string(to_string(doc.kind)) + "\n");
    return;
  }
  if (fmt == format::text) {
    print(sanitize_server_text(m.name) + place + ": " + std::string(to_string(doc.kind)) + " (" +
          std::string(to_string(doc.generator)) + "), " + std::to_string(doc.recipient_count) +
          (doc.recipient_count == 1 ? " recipient" : " recipients") + "\n");
  }
  for (const bounce_record& r : doc) {
    const std::string converted = to_utf8(r.diagnostic, r.diagnostic_charset);
    bounce_record judged = r;
    const bool text_converted = !r.diagnostic_charset.empty() && converted != r.diagnostic;
    if (text_converted) judged.diagnostic = converted;
    const advice verdict = judge_record(judged, j, rules_given, text_converted);
    const std::optional<retry_decision> next = j.next(verdict);
    if (r.source != record_source::feedback) t.by_rule.count(verdict);
    ++t.records;
    ++t.reasons[std::string(to_string(verdict.reason))];
    ++t.actions[std::string(to_string(r.action))];
    t.hard += verdict.bounce == bounce_type::hard ? 1 : 0;
    t.soft += verdict.bounce == bounce_type::soft ? 1 : 0;
    const std::string status = r.status ? std::string(to_chars(*r.status).view()) : "";
    const std::string diagnostic = sanitize_server_text(converted);
    const std::string command =
        r.command == smtp_command::unknown ? "" : std::string(to_identifier(r.command));
    if (fmt == format::json) {
      std::string line = "{\"file\":" + file;
      if (m.index != 0) line += ",\"message\":" + std::to_string(m.index);
      line += ",\"kind\":" + to_json_string(to_string(doc.kind));
      line += ",\"generator\":" + to_json_string(to_string(doc.generator));
      line += ",\"recipient\":" + json_or_null(r.recipient);
      line += ",\"original_recipient\":" + json_or_null(r.original_recipient);
      line += ",\"action\":" + to_json_string(to_string(r.action));
      line += ",\"status\":" + (status.empty() ? std::string("null") : to_json_string(status));
      line += ",\"code\":" + (r.code == 0 ? std::string("null") : std::to_string(r.code));
      line += ",\"diagnostic\":" + (diagnostic.empty() ? "null" : to_json_string(diagnostic));
      line += ",\"diagnostic_type\":" + json_or_null(r.diagnostic_type);
      line += ",\"command\":" + (command.empty() ? std::string("null") : to_json_string(command));
      line += ",\"remote_mta\":" + json_or_null(r.remote_mta);
      line += ",\"reason\":" + to_json_string(to_string(verdict.reason));
      line += ",\"bounce\":" + to_json_string(to_string(verdict.bounce));
      line += ",\"advice\":" + to_json_string(to_string(verdict.what));
      line += ",\"source\":" + to_json_string(to_string(r.source));
      if (doc.kind == report_kind::feedback)
        line += ",\"feedback_type\":" + json_or_null(doc.feedback_type);
      line += ",\"original_message_id\":" + json_or_null(doc.original.message_id);
      line += advice_json_members(verdict, next);
      line += "}\n";
      print(line);
    } else {
      print("  " + sanitize_server_text(r.recipient) + "  " + std::string(to_string(r.action)) +
            (status.empty() ? "" : "  " + status) +
            (r.code == 0 ? "" : "  " + std::to_string(r.code)) +
            (command.empty() ? "" : "  after " + command) + "  -> " +
            std::string(to_string(verdict.reason)) + " (" + std::string(to_string(verdict.bounce)) +
            ")\n");
      if (!diagnostic.empty()) print("    " + diagnostic + "\n");
      // The rule, throttle and retry lines, indented under their record.
      const std::string more = advice_text_lines(verdict, next);
      for (std::size_t at = 0; at < more.size();) {
        const std::size_t end = std::min(more.find('\n', at), more.size());
        print("    " + more.substr(at, end - at) + "\n");
        at = end + 1;
      }
    }
  }
}

std::string json_counts(const std::map<std::string, unsigned long>& m) {
  std::string s = "{";
  for (const auto& [k, v] : m)
    s += (s.size() > 1 ? "," : "") + to_json_string(k) + ":" + std::to_string(v);
  return s + "}";
}

/// The message files of a Maildir: the regular files in cur/ and new/, in name order.
bool maildir_files(const std::string& dir, std::vector<std::string>& files, std::string& why) {
  bool any_subdir = false;
  for (const char* sub : {"cur", "new"}) {
    const std::string path = dir + "/" + sub;
    DIR* d = opendir(path.c_str());
    if (d == nullptr) continue;
    any_subdir = true;
    std::vector<std::string> names;
    while (const dirent* e = readdir(d)) {
      if (e->d_name[0] == '.') continue;
      names.emplace_back(path + "/" + e->d_name);
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    files.insert(files.end(), names.begin(), names.end());
  }
  if (!any_subdir) why = "is a directory but not a Maildir (no cur/ or new/ inside)";
  return any_subdir;
}

int run_bounce(const cli_options& o) {
  if (o.args.empty())
    return usage_error("bounce needs at least one PATH (a file, a Maildir or - for standard input)",
                       &bounce_command);
  if (o.fmt == format::markdown || o.fmt == format::html)
    return usage_error("bounce writes text or json", &bounce_command);
  judgement j;
  if (const int rc = read_judgement(o, bounce_command, j); rc != exit_ok) return rc;
  const bool rules_given = o.has(rules_option.name) || o.has(remote_host_option.name);
  totals t;
  int status = exit_ok;
  file_bytes data;
  parse_buffers buffers;
  const auto fail = [&](const std::string& path, const std::string& why) {
    error("cannot read '" + sanitize_server_text(path) + "': " + why);
    ++t.unreadable;
    status = exit_bad_input;
  };
  const auto read_one = [&](const std::string& path, bool mbox_split) {
    std::string why;
    if (!(path == "-" ? data.read_stdin(why) : data.open(path, why))) return fail(path, why);
    ++t.files;
    const std::vector<std::string_view> messages =
        mbox_split ? split_mbox(data.view()) : std::vector<std::string_view>{data.view()};
    for (std::size_t i = 0; i < messages.size(); ++i)
      print_message({path, messages.size() == 1 ? 0 : i + 1, messages[i]}, o.fmt, t, buffers, j,
                    rules_given);
  };
  for (const std::string& path : o.args) {
    struct stat st {};
    if (path != "-" && stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      std::vector<std::string> files;
      std::string why;
      if (!maildir_files(path, files, why)) {
        fail(path, why);
        continue;
      }
      for (const std::string& f : files) read_one(f, false);
      continue;
    }
    read_one(path, true);
  }
  if (t.files == 0) return status;  // nothing was read: no summary of nothing
  if (o.fmt == format::json) {
    print("{\"summary\":{\"files\":" + std::to_string(t.files) + ",\"messages\":" +
          std::to_string(t.messages) + ",\"records\":" + std::to_string(t.records) +
          ",\"hard\":" + std::to_string(t.hard) + ",\"soft\":" + std::to_string(t.soft) +
          ",\"unreadable\":" + std::to_string(t.unreadable) + ",\"kinds\":" + json_counts(t.kinds) +
          ",\"generators\":" + json_counts(t.generators) +
          ",\"actions\":" + json_counts(t.actions) + ",\"reasons\":" + json_counts(t.reasons) +
          ",\"rules\":" + t.by_rule.json() + "}}\n");
  } else {
    print("\n" + std::to_string(t.messages) + " messages in " + std::to_string(t.files) +
          " files, " + std::to_string(t.records) + " recipient records (" + std::to_string(t.hard) +
          " hard, " + std::to_string(t.soft) + " soft)\n");
    for (const auto& [kind, n] : t.kinds) print("  " + kind + ": " + std::to_string(n) + "\n");
    if (!t.reasons.empty()) {
      print("\nreasons:\n");
      for (const auto& [reason, n] : t.reasons)
        print("  " + reason + ": " + std::to_string(n) + "\n");
    }
    if (rules_given) print("\n" + t.by_rule.text());
  }
  return status;
}

}  // namespace
}  // namespace smtp_explain
