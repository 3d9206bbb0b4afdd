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
#include <memory>
#include <string>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>

#if defined(__has_include)
#if __has_include(<iconv.h>)
#include <iconv.h>
#define SMTP_EXPLAIN_HAVE_ICONV 1
#endif
#endif

#include "cli.hpp"
#include "input.hpp"
#include "rules_options.hpp"

namespace smtp_explain {
namespace {

int run_bounce(const cli_options& o);

const subcommand bounce_command{
    "bounce",
    "bounce [--format text|json] [--rules FILE] [--remote-host HOST]\n"
    "                      [--attempts N --since DURATION [--schedule S]]\n"
    "                      [--max-line-length N] [--max-message-size N] PATH...",
    "read bounce emails (DSNs, feedback reports, auto-replies): one record per recipient",
    "PATH is an .eml file, an mbox file, a Maildir directory (its cur/ and new/) or -\n"
    "for standard input; gzip-compressed files are read too. Memory stays bounded\n"
    "whatever the input: a line longer than --max-line-length keeps only its start,\n"
    "and a message longer than --max-message-size only its first part (both counted,\n"
    "with a warning). With --format json every recipient is one JSON object per line\n"
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
    "\nexit status: 0 read, 1 a path that cannot be read (the others are still read)\n"
    "or output that cannot be written, 2 usage error\n",
    with_rules_options(
        {format_option,
         {"--max-line-length", "N",
          "longest line read whole, in bytes (default 65536); the rest is skipped"},
         {"--max-message-size", "N",
          "most bytes read of one message (default 16777216); the rest is skipped"}}),
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
  unsigned long long long_lines = 0, cut_messages = 0;  // what the limits cut
  std::map<std::string, unsigned long> kinds, generators, reasons, actions;
  rule_tally by_rule;
};

/// The messages of one input (a file or standard input, plain or gzip), read
/// one at a time in bounded memory. An input whose first line starts with
/// "From " is an mbox: each message starts at a "From " line at the top or
/// after an empty line; any other input is one message. A line longer than
/// `max_line` bytes keeps its first `max_line` bytes and its line end (the
/// rest is skipped and counted); once a message holds `max_message` bytes, the
/// rest of it up to the next message is skipped (the message is counted as
/// cut). So a message never holds more than max_message + max_line + 1 bytes,
/// whatever the input.
class message_reader {
 public:
  message_reader(byte_source& in, bool mbox_allowed, std::size_t max_line, std::size_t max_message)
      : in_(in),
        mbox_allowed_(mbox_allowed),
        max_line_(max_line),
        max_message_(max_message),
        buf_(chunk) {}

  /// What the last message lost to the limits.
  struct losses {
    std::uint64_t long_lines = 0;  ///< lines cut at max_line bytes
    bool cut = false;              ///< the message's end was skipped (max_message)
  };

  /// The next message into `msg` (replacing its bytes); false at the end of
  /// the input or on a read error (failed()). An empty input is one empty
  /// message.
  bool next(std::string& msg, losses& lost) {
    msg.assign(pending_);
    pending_.clear();
    lost = losses{};
    lost_ = &lost;
    message_full_ = false;
    if (ended_) return false;
    if (first_) {
      first_ = false;
      const bool any = fill_at_least(5);
      if (!any && failed_) return false;
      mbox_ = mbox_allowed_ && end_ >= 5 && std::memcmp(buf_.data(), "From ", 5) == 0;
      if (!any) {
        ended_ = true;
        return true;
      }
    }
    for (;;) {
      if (pos_ == end_ && !fill_at_least(1)) {
        if (failed_) return false;
        ended_ = true;
        return true;
      }
      const char* p = buf_.data() + pos_;
      if (mbox_ && head_size_ < 5) {
        // The first five bytes of a line, one at a time: "From " after an
        // empty line starts the next message.
        const char c = *p;
        ++pos_;
        head_[head_size_++] = c;
        if (c == '\n') {
          end_line(msg);
          continue;
        }
        if (head_size_ == 5 && previous_empty_ && line_start_ > 0 &&
            std::memcmp(head_, "From ", 5) == 0) {
          msg.resize(line_start_);  // this message ends before the line
          pending_.assign(head_, 5);
          line_size_ = 5;
          line_start_ = 0;
          return true;
        }
        add(msg, p, 1);
        continue;
      }
      const std::size_t n = end_ - pos_;
      const void* nl = std::memchr(p, '\n', n);
      const std::size_t take =
          nl == nullptr ? n : static_cast<std::size_t>(static_cast<const char*>(nl) - p);
      add(msg, p, take);
      pos_ += take;
      if (nl != nullptr) {
        ++pos_;
        end_line(msg);
      }
    }
  }

  [[nodiscard]] bool failed() const { return failed_; }
  [[nodiscard]] const std::string& error() const { return in_.error(); }
  /// Whether the input is an mbox (known after the first next()).
  [[nodiscard]] bool mbox() const { return mbox_; }

 private:
  // A line starts when the message already holds max_message bytes: the
  // rest of the message is skipped.
  void check_full(const std::string& msg) {
    if (line_size_ == 0 && !message_full_ && msg.size() >= max_message_) {
      message_full_ = true;
      lost_->cut = true;
    }
  }
  // `n` more bytes of the current line (no line end), as far as the limits allow.
  void add(std::string& msg, const char* p, std::size_t n) {
    if (n == 0) return;
    check_full(msg);
    const std::size_t room = line_size_ < max_line_ ? max_line_ - line_size_ : 0;
    if (line_size_ <= max_line_ && line_size_ + n > max_line_) ++lost_->long_lines;
    if (!message_full_) msg.append(p, std::min(n, room));
    line_size_ += n;
  }
  // The line's end: kept with the line, and the next line begins.
  void end_line(std::string& msg) {
    check_full(msg);
    if (!message_full_) msg.push_back('\n');
    previous_empty_ = line_size_ == 0 || (line_size_ == 1 && head_[0] == '\r');
    line_size_ = 0;
    head_size_ = 0;
    line_start_ = msg.size();
  }
  // Reads until at least `want` bytes are buffered or the input ends (only
  // when all buffered bytes are used); false when none are buffered.
  bool fill_at_least(std::size_t want) {
    pos_ = end_ = 0;
    while (end_ < want) {
      const long r = in_.read(buf_.data() + end_, buf_.size() - end_);
      if (r < 0) {
        failed_ = true;
        break;
      }
      if (r == 0) break;
      end_ += static_cast<std::size_t>(r);
    }
    return end_ > 0;
  }

  static constexpr std::size_t chunk = std::size_t{1} << 16;
  byte_source& in_;
  bool mbox_allowed_;
  std::size_t max_line_, max_message_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  std::string pending_;         // the first bytes of the next message
  std::size_t line_start_ = 0;  // where the current line starts in the message
  std::size_t line_size_ = 0;   // bytes of the current line seen (kept or not)
  std::size_t head_size_ = 0;   // its first bytes, in head_ (mbox only)
  char head_[5] = {};
  bool first_ = true, mbox_ = false, ended_ = false, failed_ = false;
  bool previous_empty_ = false, message_full_ = false;
  losses* lost_ = nullptr;
};

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
  std::size_t max_line = 65536, max_message = std::size_t{16} << 20;
  const auto limit = [&](std::string_view name, std::size_t low, std::size_t& to) {
    const std::string* v = o.value(name);
    if (v == nullptr) return true;
    const auto n = as_number(*v);
    if (n && *n >= low && *n <= (std::size_t{1} << 30)) {
      to = static_cast<std::size_t>(*n);
      return true;
    }
    usage_error(std::string(name) + " must be a number of bytes from " + std::to_string(low) +
                    " to 1073741824",
                &bounce_command);
    return false;
  };
  if (!limit("--max-line-length", 64, max_line) || !limit("--max-message-size", 1024, max_message))
    return exit_usage;
  totals t;
  int status = exit_ok;
  std::string message;
  parse_buffers buffers;
  const auto fail = [&](const std::string& path, const std::string& why) {
    error("cannot read '" + sanitize_server_text(path) + "': " + why);
    ++t.unreadable;
    status = exit_bad_input;
  };
  // Reads the messages of one input, one at a time; warns once per file
  // about what the limits cut (the summary counts every case).
  const auto read_one = [&](const std::string& path, bool mbox_allowed) {
    std::string why;
    const std::unique_ptr<byte_source> in = open_input(path, why);
    if (!in) return fail(path, why);
    ++t.files;
    message_reader reader(*in, mbox_allowed, max_line, max_message);
    message_reader::losses lost;
    std::size_t count = 0;
    bool warned_line = false, warned_size = false;
    const std::string shown = "'" + sanitize_server_text(path) + "'";
    // Messages are printed one behind, to number them only in an mbox of several.
    std::string held;
    bool have_held = false;
    const auto place = [&](std::size_t index) {
      return reader.mbox() ? " message " + std::to_string(index) : std::string();
    };
    const auto emit = [&](std::size_t index) {
      print_message({path, index, held}, o.fmt, t, buffers, j, rules_given);
    };
    while (reader.next(message, lost)) {
      ++count;
      if (lost.long_lines > 0) {
        t.long_lines += lost.long_lines;
        if (!warned_line) {
          warned_line = true;
          error("warning: " + shown + place(count) + " has a line longer than " +
                std::to_string(max_line) + " bytes; only its start is read (--max-line-length)");
        }
      }
      if (lost.cut) {
        ++t.cut_messages;
        if (!warned_size) {
          warned_size = true;
          error("warning: " + shown + place(count) + " is longer than " +
                std::to_string(max_message) +
                " bytes; only its first part is read (--max-message-size)");
        }
      }
      if (have_held) emit(count - 1);
      held.swap(message);
      have_held = true;
    }
    if (have_held) emit(count == 1 ? 0 : count);
    if (reader.failed()) {
      error("cannot read all of '" + sanitize_server_text(path) + "': " + reader.error());
      ++t.unreadable;
      status = exit_bad_input;
    }
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
          ",\"unreadable\":" + std::to_string(t.unreadable) + ",\"long_lines\":" +
          std::to_string(t.long_lines) + ",\"cut_messages\":" + std::to_string(t.cut_messages) +
          ",\"kinds\":" + json_counts(t.kinds) + ",\"generators\":" + json_counts(t.generators) +
          ",\"actions\":" + json_counts(t.actions) + ",\"reasons\":" + json_counts(t.reasons) +
          ",\"rules\":" + t.by_rule.json() + "}}\n");
  } else {
    const auto counted = [](unsigned long n, const char* one, const char* many) {
      return std::to_string(n) + ' ' + (n == 1 ? one : many);
    };
    print("\n" + counted(t.messages, "message", "messages") + " in " +
          counted(t.files, "file", "files") + ", " +
          counted(t.records, "recipient record", "recipient records") + " (" +
          std::to_string(t.hard) + " hard, " + std::to_string(t.soft) + " soft)\n");
    for (const auto& [kind, n] : t.kinds) print("  " + kind + ": " + std::to_string(n) + "\n");
    if (!t.reasons.empty()) {
      print("\nreasons:\n");
      for (const auto& [reason, n] : t.reasons)
        print("  " + reason + ": " + std::to_string(n) + "\n");
    }
    if (rules_given) print("\n" + t.by_rule.text());
  }
  if (t.long_lines > 1)
    error("warning: " + std::to_string(t.long_lines) + " lines cut at " + std::to_string(max_line) +
          " bytes");
  if (t.cut_messages > 1)
    error("warning: " + std::to_string(t.cut_messages) + " messages cut at " +
          std::to_string(max_message) + " bytes");
  return status;
}

}  // namespace
}  // namespace smtp_explain
