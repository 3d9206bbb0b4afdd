// smtp-explain scan [PATH...]: one record per delivery in Postfix, Exim and
// Sendmail logs (plain or gzip, files or standard input), each with the reply
// found in it (RFC 5321 §4.2) and advise()'s judgement; failures without a
// reply (DNS, connection, time-out) are judged from their status and words.
// Then a summary: totals per status, action, reason, recipient domain and
// relay, and the most frequent failure texts. A thread reads the input in
// blocks of whole lines; worker threads find the lines that can be records
// (line_marks.hpp), judge them and count them per block; the blocks are
// merged in input order, so records keep their order. Memory stays bounded:
// lines are cut at --max-line-length, the blocks are few and the summary's
// tables have fixed sizes. Statuses that `smtp-explain postfix-filter`
// rewrote (its tag ends Postfix's text, filter_tag.hpp) are counted per decider.
#include <time.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include "cli.hpp"
#include "filter_tag.hpp"
#include "input.hpp"
#include "line_marks.hpp"
#include "log_record.hpp"
#include "rules_options.hpp"
#include "top_counter.hpp"

namespace smtp_explain {
namespace {

int run_scan(const cli_options& o);

const subcommand scan_command{
    "scan",
    "scan [--format text|json] [--summary] [--progress] [--top N] [--max-line-length N]\n"
    "                    [--threads N] [--rules FILE] [--remote-host HOST] PATH...",
    "judge every delivery in Postfix, Exim and Sendmail logs, and count them",
    "PATH is a log file, plain or gzip-compressed (told by its first bytes), or - for\n"
    "standard input (the default). A record is a delivery (sent, deferred, bounced,\n"
    "expired) or a rejection; failures without an SMTP reply (DNS, connection,\n"
    "time-out) are records too. --format json writes one object per record, then\n"
    "{\"summary\": {...}} (docs/scan-schema.json); --summary writes only the summary.\n"
    "\nexamples:\n"
    "  smtp-explain scan /var/log/mail.log /var/log/mail.log.1.gz\n"
    "  smtp-explain scan --summary --progress /var/log/mail.log*\n"
    "  journalctl -u postfix -o short-iso | smtp-explain scan - --format json\n"
    "  smtp-explain scan --rules rules.toml --summary /var/log/mail.log\n"
    "\nexit status: 0 scanned, 1 a path that cannot be read (a directory, a missing\n"
    "file, corrupt gzip data), a rules file with an error, or output that cannot be\n"
    "written, 2 usage error\n",
    with_rules_options(
        {format_option,
         {"--summary", "", "print only the summary (with --rules: records per rule)"},
         {"--progress", "", "show progress on standard error when it is a terminal"},
         {"--top", "N", "rows in each of the summary's top lists (default 10)"},
         {"--max-line-length", "N",
          "longest line read whole, in bytes (default 65536); the rest is skipped"},
         {"--threads", "N", "threads that judge the lines (default one per core, up to 8)"},
         // Hidden (no help text): for tests and measurements.
         {"--block-size", "N", ""},  // bytes per read block (default 1048576)
         {"--marks", "K", ""}}),     // avx2, sse2, plain, or none (read every line)
    run_scan};
SMTP_EXPLAIN_SUBCOMMAND(scan_command);

constexpr std::size_t action_count = 7;

// Standard output in large writes; a failed write (EPIPE, ENOSPC) stops the scan.
struct output {
  std::string buffer;
  int error = 0;
  void flush() {
    std::size_t done = 0;
    while (done < buffer.size() && error == 0) {
      const ssize_t n = ::write(1, buffer.data() + done, buffer.size() - done);
      if (n > 0)
        done += static_cast<std::size_t>(n);
      else if (n < 0 && errno != EINTR)
        error = errno;
    }
    buffer.clear();
  }
  void maybe_flush() {
    if (buffer.size() >= (1u << 16)) flush();
  }
};

// Bytes that need nothing done to sit in JSON or on a terminal.
bool plain(std::string_view s) {
  for (const char c : s)
    if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') return false;
  return true;
}

void append_json(std::string& out, std::string_view s) {
  if (plain(s)) {
    out += '"';
    out.append(s.data(), s.size());
    out += '"';
    return;
  }
  out += to_json_string(sanitize_server_text(s));
}
void append_json_or_null(std::string& out, std::string_view s) {
  if (s.empty())
    out += "null";
  else
    append_json(out, s);
}
void append_text(std::string& out, std::string_view s) {
  if (plain(s))
    out.append(s.data(), s.size());
  else
    out += sanitize_server_text(s);
}
void append_number(std::string& out, std::uint64_t n) {
  char digits[24];
  const int k = std::snprintf(digits, sizeof digits, "%llu", static_cast<unsigned long long>(n));
  out.append(digits, static_cast<std::size_t>(k));
}
// A delay in seconds as JSON: Postfix's decimal as written, others computed.
void append_delay(std::string& out, const log_fields& f) {
  const double s = f.delay.empty() ? -1 : delay_seconds(f.delay, f.delay_kind);
  if (s < 0) {
    out += "null";
  } else if (f.delay_kind == delay_form::seconds && f.delay[0] != '.' && f.delay.back() != '.' &&
             (f.delay[0] != '0' || f.delay.size() == 1 || f.delay[1] == '.')) {
    out.append(f.delay.data(), f.delay.size());
  } else {
    char digits[32];
    const int k = std::snprintf(digits, sizeof digits, "%.3f", s);
    std::string_view d(digits, static_cast<std::size_t>(k));
    while (d.back() == '0') d.remove_suffix(1);
    if (d.back() == '.') d.remove_suffix(1);
    out.append(d.data(), d.size());
  }
}

// "mx.example.com[192.0.2.1]:25" or "mx.example.org. [203.0.113.9]" -> "mx.example.com".
std::string_view relay_host(std::string_view relay, char* buffer, std::size_t capacity) {
  std::size_t n = 0;
  for (const char c : relay) {
    if (c == '[' || c == ' ' || c == ':' || n == capacity) break;
    buffer[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  while (n > 0 && buffer[n - 1] == '.') --n;
  return {buffer, n};
}
// The domain of the (first) recipient, lower-cased: "Bob@Example.COM" -> "example.com".
std::string_view recipient_domain(std::string_view rcpt, char* buffer, std::size_t capacity) {
  const std::size_t comma = rcpt.find(',');
  if (comma != std::string_view::npos) rcpt = rcpt.substr(0, comma);
  const std::size_t at = rcpt.rfind('@');
  if (at == std::string_view::npos) return {};
  std::size_t n = 0;
  for (const char c : rcpt.substr(at + 1)) {
    if (c == '>' || n == capacity) break;
    buffer[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  return {buffer, n};
}
// A failure text as a summary key: addresses and bracketed hosts replaced by
// "<>" and "[]" so that one server's message counts once, cut at `capacity`
// bytes (on a UTF-8 character boundary).
std::string_view text_key(std::string_view head, std::string_view text, char* buffer,
                          std::size_t capacity) {
  std::size_t n = 0;
  for (const char c : head)
    if (n < capacity) buffer[n++] = c;
  char closing = 0;
  for (const char c : text) {
    if (n >= capacity) break;
    if (closing != 0) {
      if (c != closing) continue;
      closing = 0;
    } else if (c == '<' || c == '[') {
      closing = c == '<' ? '>' : ']';
    }
    buffer[n++] = static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  }
  if (n == capacity) {  // drop a character the cut split
    std::size_t start = n;
    while (start > 0 && (static_cast<unsigned char>(buffer[start - 1]) & 0xC0) == 0x80) --start;
    if (start > 0 && static_cast<unsigned char>(buffer[start - 1]) >= 0xC0) n = start - 1;
  }
  return {buffer, n};
}

struct reason_count {
  std::uint64_t records = 0, hard = 0, soft = 0;
};

// The summary's fixed arrays, one block's or the whole scan's.
struct counts {
  std::uint64_t lines = 0, records = 0, replies = 0, long_lines = 0, binary_lines = 0;
  std::array<std::uint64_t, action_count> actions{};
  std::array<reason_count, bounce_reason_count> reasons{};
  std::array<std::uint64_t, 3> bounces{};

  void add(const counts& c) {
    lines += c.lines;
    records += c.records;
    replies += c.replies;
    long_lines += c.long_lines;
    binary_lines += c.binary_lines;
    for (std::size_t i = 0; i < action_count; ++i) actions[i] += c.actions[i];
    for (std::size_t i = 0; i < bounce_reason_count; ++i) {
      reasons[i].records += c.reasons[i].records;
      reasons[i].hard += c.reasons[i].hard;
      reasons[i].soft += c.reasons[i].soft;
    }
    for (std::size_t i = 0; i < 3; ++i) bounces[i] += c.bounces[i];
  }
};

// What one block of lines adds to the summary, and its records as output:
// filled by one worker, merged into the summary in input order.
struct block_tally {
  counts totals;
  std::uint64_t first_long = 0;    // line (in the block, from 1) of the first line cut; 0: none
  std::uint64_t first_binary = 0;  // line of the first line with a NUL byte; 0: none
  std::size_t nul_at = 0;          // offset of that NUL in the block
  key_counts statuses, domains, relays, texts, rules, rewritten;
  std::string out;  // the records as written, each without its file and line number
  std::vector<std::pair<std::uint64_t, std::size_t>> ends;  // (line in the block, end in out)

  void clear() {
    totals = counts{};
    first_long = first_binary = 0;
    nul_at = 0;
    for (key_counts* k : {&statuses, &domains, &relays, &texts, &rules, &rewritten}) k->clear();
    out.clear();
    ends.clear();
  }
};

// The whole scan's summary.
struct summary {
  std::uint64_t files = 0, unreadable = 0, bytes = 0;
  counts totals;
  std::vector<std::pair<std::string, std::uint64_t>> statuses;  // few words: a list
  top_counter domains{8192}, relays{8192}, texts{4096};
  rule_tally rules;  // records per deciding rule, "(built-in)" for advise()'s own
  // Records postfix-filter rewrote, per decider ("built-in dead-address",
  // `rule "NAME"`): at most 64 deciders, the rest as "(other)".
  std::vector<std::pair<std::string, std::uint64_t>> rewritten;

  void count_rewritten(std::string_view by, std::uint64_t n) {
    for (auto& [who, k] : rewritten)
      if (who == by) {
        k += n;
        return;
      }
    if (rewritten.size() < 64 || by == "(other)")
      rewritten.emplace_back(std::string(by), n);
    else
      count_rewritten("(other)", n);
  }

  // The first 32 words in the order first seen, then "other" for the rest.
  void count_status(std::string_view word, std::uint64_t n) {
    for (auto& [w, k] : statuses)
      if (count_detail::same(w, word)) {
        k += n;
        return;
      }
    if (statuses.size() < 32)
      statuses.emplace_back(std::string(word), n);
    else if (word != "other")
      count_status("other", n);
    else
      statuses.emplace_back(std::string(word), n);
  }
};

// One record judged: the reply found in it, or the words of a failure without one.
struct judged_record {
  text_match match;
  advice verdict;
  smtp_command command = smtp_command::unknown;
  std::string_view text;  // the reply's text, or the log's words
};

// What the options say about the scan, shared by every thread.
struct scan_settings {
  bool summary_only = false, json = false, progress = false;
  std::size_t max_line = 65536, top = 10, block_size = std::size_t{1} << 20, threads = 1;
  bool every_line = false;  // --marks none
  marks_kernel kernel = best_marks_kernel();
};

// Reads the lines of blocks, judges the records and counts them into a
// block_tally. One per thread.
class block_worker {
 public:
  block_worker(const scan_settings& s, const judgement& rules) : s_(s), rules_(rules) {}

  void run(const line_block& b, block_tally& t) {
    t.clear();
    const char* const p = b.data;
    const std::size_t n = b.size;
    // Lines with a line end; a last line without one (the input's end, or
    // cut) comes after them.
    std::size_t whole = n;
    if (b.cut || (n != 0 && p[n - 1] != '\n')) {
      const void* last = n == 0 ? nullptr : ::memrchr(p, '\n', n);
      whole =
          last == nullptr ? 0 : static_cast<std::size_t>(static_cast<const char*>(last) - p) + 1;
    }
    // Lines without a mark are no records: the search passes them, counting
    // them (and stopping at the end of any line too long to pass unread).
    block_search search;
    while (!s_.every_line) {
      const search_stop stop = search_block(s_.kernel, p, whole, s_.max_line, search);
      if (stop == search_stop::end) break;
      std::size_t end = search.at;
      if (stop == search_stop::mark)
        end = static_cast<std::size_t>(
            static_cast<const char*>(std::memchr(p + end, '\n', whole - end)) - p);
      line(t, p, search.line_start, end - search.line_start, false, ++search.lines);
      search.line_start = search.at = end + 1;
    }
    // The last few lines one by one.
    std::uint64_t lines = search.lines;
    for (std::size_t at = search.line_start; at < whole;) {
      const std::size_t end = static_cast<std::size_t>(
          static_cast<const char*>(std::memchr(p + at, '\n', whole - at)) - p);
      line(t, p, at, end - at, false, ++lines);
      at = end + 1;
    }
    if (whole < n) line(t, p, whole, n - whole, b.cut, ++lines);
    t.totals.lines = lines;
  }

 private:
  // The line at p[at, at + length) without its line end, number `number` in
  // the block; `cut` when the reader cut it. A line longer than max_line is
  // cut here; a line with a NUL byte is skipped.
  void line(block_tally& t, const char* p, std::size_t at, std::size_t length, bool cut,
            std::uint64_t number) {
    const char* const start = p + at;
    if (length > s_.max_line) {
      length = s_.max_line;
      cut = true;
    }
    if (const void* nul = std::memchr(start, '\0', length)) {
      ++t.totals.binary_lines;
      if (t.first_binary == 0) {
        t.first_binary = number;
        t.nul_at = at + static_cast<std::size_t>(static_cast<const char*>(nul) - start);
      }
      return;
    }
    if (cut) {
      ++t.totals.long_lines;
      if (t.first_long == 0) t.first_long = number;
    } else if (length != 0 && start[length - 1] == '\r') {
      --length;
    }
    log_fields f;
    if (read_log_line(std::string_view(start, length), f)) record(t, f, number);
  }

  // Finds the reply in the record's text (control bytes become spaces first,
  // so that a reply holding ESC or BEL still counts) or judges its words.
  void judge(const log_fields& f, judged_record& j) {
    std::string_view detail = f.detail, judged = f.judged;
    j.command = f.command;
    if (!detail.empty()) {
      j.match = find_reply(detail);
      if (j.match.error == parse_error::control_character ||
          j.match.error == parse_error::nul_byte) {
        // Escape sequences and control bytes removed, as the output shows them.
        clean_detail_ = sanitize_server_text(detail);
        clean_judged_ = sanitize_server_text(judged);
        detail = clean_detail_;
        judged = clean_judged_;
        j.match = find_reply(detail);
      }
    }
    if (j.match.ok()) {
      if (j.match.command != smtp_command::unknown) j.command = j.match.command;
      j.verdict = rules_.judge(j.match.value, j.command);
      return;
    }
    j.text = f.text.empty() || detail.data() != f.detail.data() ? detail : f.text;
    if (f.status.size() == 4 && f.status[0] == 's') {  // "sent", and no reply text to judge
      j.verdict = advice{};
      return;
    }
    j.verdict = rules_.judge(judged, j.command);
    // Without a reply or a DSN the words alone may say "retry"; the log says
    // the MTA has given up on this recipient.
    if (f.dsn.empty() && j.verdict.what == action::retry_later &&
        (f.status == "bounced" || f.status == "rejected")) {
      j.verdict.what = action::give_up;
      j.verdict.delay = std::chrono::seconds{0};
      j.verdict.bounce = is_hard_reason(j.verdict.reason) ? bounce_type::hard : bounce_type::soft;
    }
  }

  // The reply's text (lines joined, without codes), or the log's words.
  void fill_text(judged_record& j) {
    if (!j.match.ok()) return;
    const std::size_t size = j.match.value.text_size();
    if (reply_text_.size() < size) reply_text_.resize(size);
    j.text = j.match.value.text_to(reply_text_.data(), size);
  }

  void record(block_tally& t, const log_fields& f, std::uint64_t line) {
    judged_record j;
    judge(f, j);
    if (!s_.summary_only || j.verdict.what != action::proceed) fill_text(j);
    const advice& a = j.verdict;
    const bool replied = j.match.ok();
    counts& c = t.totals;
    ++c.records;
    c.replies += replied ? 1 : 0;
    t.rules.add(a.rule, 1, 0);
    t.statuses.add(f.status, 1, 0);
    if (const filter_tag::tag ft = filter_tag::read(f.detail); ft.ok())
      t.rewritten.add(ft.by, 1, 0);
    ++c.actions[static_cast<std::size_t>(a.what)];
    reason_count& rc = c.reasons[static_cast<std::size_t>(a.reason)];
    ++rc.records;
    rc.hard += a.bounce == bounce_type::hard ? 1 : 0;
    rc.soft += a.bounce == bounce_type::soft ? 1 : 0;
    ++c.bounces[static_cast<std::size_t>(a.bounce)];
    const bool failure = a.what != action::proceed;
    char key[256];
    if (const std::string_view d = recipient_domain(f.recipient, key, sizeof key); !d.empty())
      t.domains.add(d, failure);
    if (!f.relay.empty()) t.relays.add(relay_host(f.relay, key, sizeof key), failure);
    if (failure && !j.text.empty()) {
      char head[16] = {};
      std::size_t h = 0;
      if (replied) {
        const std::string_view code = to_string(static_cast<reply_code>(j.match.value.code));
        std::memcpy(head, code.data(), code.size());
        h = code.size();
        head[h++] = ' ';
        if (j.match.value.status) {
          const auto st = to_chars(*j.match.value.status);
          std::memcpy(head + h, st.view().data(), st.view().size());
          h += st.view().size();
          head[h++] = ' ';
        }
      }
      t.texts.add(text_key({head, h}, j.text, key, 200), true);
    }
    if (s_.summary_only) return;
    if (s_.json)
      json_record(t.out, f, j);
    else
      text_record(t.out, f, j);
    t.ends.emplace_back(line, t.out.size());
  }

  // A record after its `{"file":...,"line":N`.
  void json_record(std::string& out, const log_fields& f, const judged_record& j) {
    const std::pair<const char*, std::string_view> fields[] = {
        {",\"time\":", f.time},           {",\"host\":", f.host},
        {",\"program\":", f.program},     {",\"queue_id\":", f.queue_id},
        {",\"recipient\":", f.recipient}, {",\"relay\":", f.relay}};
    for (const auto& [name, value] : fields) {
      out += name;
      append_json_or_null(out, value);
    }
    out += ",\"delay\":";
    append_delay(out, f);
    out += ",\"dsn\":";
    append_json_or_null(out, f.dsn);
    out += ",\"status\":";
    append_json(out, f.status);
    out += ",\"code\":";
    if (j.match.ok())
      append_number(out, j.match.value.code);
    else
      out += "null";
    out += ",\"enhanced\":";
    if (j.match.ok() && j.match.value.status)
      append_json(out, to_chars(*j.match.value.status).view());
    else
      out += "null";
    out += ",\"command\":";
    if (j.command == smtp_command::unknown)
      out += "null";
    else
      append_json(out, to_identifier(j.command));
    out += ",\"action\":\"";
    out += to_string(j.verdict.what);
    out += "\",\"reason\":\"";
    out += to_string(j.verdict.reason);
    out += "\",\"bounce\":\"";
    out += to_string(j.verdict.bounce);
    out += "\",\"text\":";
    append_json_or_null(out, j.text);
    out += advice_json_members(j.verdict, rules_.next(j.verdict));
    out += "}\n";
  }

  // A record after its `FILE:LINE`.
  void text_record(std::string& out, const log_fields& f, const judged_record& j) {
    out += ": ";
    append_text(out, f.status);
    if (!f.recipient.empty()) {
      out += " to ";
      append_text(out, f.recipient);
    }
    if (!f.relay.empty()) {
      out += " via ";
      append_text(out, f.relay);
    }
    out += ": ";
    if (j.match.ok()) {
      append_number(out, j.match.value.code);
      if (j.match.value.status) {
        out += ' ';
        out += to_chars(*j.match.value.status).view();
      }
    } else {
      out += "no reply";
    }
    if (j.command != smtp_command::unknown) {
      out += " after ";
      out += to_string(j.command);
    }
    out += " -> ";
    out += to_string(j.verdict.what);
    out += ", ";
    out += to_string(j.verdict.reason);
    out += " (";
    out += to_string(j.verdict.bounce);
    out += ")\n";
    if (!j.text.empty()) {
      out += "    ";
      append_text(out, j.text);
      out += '\n';
    }
    // "Rule: ...", "Throttle: ...", "Next retry: ..." when the options ask for them.
    std::string more = advice_text_lines(j.verdict, rules_.next(j.verdict));
    for (std::size_t at = 0; at < more.size(); at = more.find('\n', at) + 1)
      more.insert(at, "    ");
    out += more;
  }

  const scan_settings& s_;
  const judgement& rules_;
  std::string clean_detail_, clean_judged_;
  std::vector<char> reply_text_;
};

class scanner {
 public:
  scanner(const cli_options& o, const judgement& rules) : o_(o), rules_(rules) {
    s_.summary_only = o.has("--summary");
    s_.json = o.fmt == format::json;
    s_.progress = o.has("--progress") && ::isatty(2) == 1;
    out_.buffer.reserve(1u << 17);
  }

  bool set_limits(std::string& message) {
    const auto number = [&](const char* name, unsigned long low, unsigned long high,
                            std::size_t& to, const char* what) {
      const std::string* v = o_.value(name);
      if (v == nullptr) return true;
      const auto n = as_number(*v);
      if (!n || *n < low || *n > high) {
        message = std::string(name) + " must be " + what;
        return false;
      }
      to = static_cast<std::size_t>(*n);
      return true;
    };
    const unsigned cores = std::thread::hardware_concurrency();
    s_.threads = cores == 0 ? 1 : cores > 8 ? 8 : cores;
    if (!number("--max-line-length", 64, 1ul << 30, s_.max_line,
                "a number of bytes from 64 to 1073741824") ||
        !number("--top", 0, 10000, s_.top, "a number from 0 to 10000") ||
        !number("--threads", 1, 64, s_.threads, "a number from 1 to 64") ||
        !number("--block-size", 1, 1ul << 30, s_.block_size,
                "a number of bytes from 1 to 1073741824"))
      return false;
    if (const std::string* k = o_.value("--marks")) {
      const marks_kernel best = best_marks_kernel();
      if (*k == "none") {
        s_.every_line = true;
      } else if (*k == "plain") {
        s_.kernel = marks_kernel::plain;
      } else if (*k == "sse2" && best != marks_kernel::plain) {
        s_.kernel = marks_kernel::sse2;
      } else if (*k == "avx2" && best == marks_kernel::avx2) {
        s_.kernel = marks_kernel::avx2;
      } else {
        message = "--marks must be none, plain or a kernel this machine runs (sse2, avx2)";
        return false;
      }
    }
    return true;
  }

  // Scans one path; false when it could not be read (whole or in part).
  bool scan(const std::string& path) {
    std::string why;
    const std::unique_ptr<byte_source> source = open_input(path, why);
    shown_ = path == "-" ? "standard input" : "'" + sanitize_server_text(path) + "'";
    if (!source) {
      error("cannot read " + shown_ + ": " + why);
      ++sum_.unreadable;
      return false;
    }
    ++sum_.files;
    prefix_.clear();
    if (s_.json) {
      prefix_ = "{\"file\":";
      append_json(prefix_, path);
      prefix_ += ",\"line\":";
    } else {
      append_text(prefix_, path);
      prefix_ += ':';
    }
    file_lines_ = 0;
    next_block_ = 0;
    warned_binary_ = warned_long_ = false;
    const std::size_t blocks = 2 * s_.threads + 2;
    if (tallies_.size() < blocks) tallies_.resize(blocks);
    while (workers_.size() < s_.threads) workers_.emplace_back(s_, rules_);
    waiting_.clear();
    block_reader reader(*source, s_.max_line, s_.block_size, blocks);
    reader_ = &reader;
    std::vector<std::thread> helpers;
    for (std::size_t i = 1; i < s_.threads; ++i)
      helpers.emplace_back([this, i] { work(workers_[i]); });
    work(workers_[0]);
    for (std::thread& h : helpers) h.join();
    reader_ = nullptr;
    sum_.bytes += reader.bytes();
    if (s_.progress) clear_progress();
    if (out_.error == 0 && reader.failed()) {
      error("cannot read " + shown_ + ": " + source->error());
      ++sum_.unreadable;
      return false;
    }
    return true;
  }

  // Writes the summary and flushes; the exit status.
  int finish(bool all_read) {
    if (out_.error == 0 && sum_.files != 0) {  // nothing read: no summary of nothing
      if (s_.json)
        json_summary();
      else
        text_summary();
      out_.flush();
    }
    if (out_.error != 0) {
      error(std::string("cannot write the output: ") + std::strerror(out_.error));
      return exit_bad_input;
    }
    if (sum_.totals.binary_lines > 1)
      error("warning: " + std::to_string(sum_.totals.binary_lines) +
            " lines with NUL bytes skipped");
    if (sum_.totals.long_lines > 1)
      error("warning: " + std::to_string(sum_.totals.long_lines) + " lines cut at " +
            std::to_string(s_.max_line) + " bytes");
    return all_read ? exit_ok : exit_bad_input;
  }
  [[nodiscard]] bool output_failed() const { return out_.error != 0; }

 private:
  // A thread's loop: blocks in, tallies out, merged in input order by
  // whichever thread finishes the block that is due.
  void work(block_worker& w) {
    while (line_block* b = reader_->next()) {
      w.run(*b, tallies_[b->slot]);
      const std::lock_guard<std::mutex> lock(merge_mutex_);
      waiting_.push_back(b);
      for (bool merged = true; merged;) {
        merged = false;
        for (std::size_t i = 0; i < waiting_.size(); ++i) {
          if (waiting_[i]->sequence != next_block_) continue;
          line_block* due = waiting_[i];
          waiting_.erase(waiting_.begin() + static_cast<std::ptrdiff_t>(i));
          merge(*due, tallies_[due->slot]);
          ++next_block_;
          reader_->release(due);
          merged = true;
          break;
        }
      }
    }
  }

  // Adds a block's tally to the summary and writes its records (the blocks
  // come in input order); warns about the file's first binary and first
  // over-long line.
  void merge(const line_block& b, const block_tally& t) {
    const std::uint64_t base = file_lines_;
    const auto warn_binary = [&] {
      if (t.first_binary == 0 || warned_binary_) return;
      warned_binary_ = true;
      error("warning: " + shown_ + " holds binary data (a NUL byte at offset " +
            std::to_string(b.offset + t.nul_at) + "); lines with NUL bytes are skipped");
    };
    const auto warn_long = [&] {
      if (t.first_long == 0 || warned_long_) return;
      warned_long_ = true;
      error("warning: " + shown_ + " line " + std::to_string(base + t.first_long) +
            " is longer than " + std::to_string(s_.max_line) +
            " bytes; only its start is read (--max-line-length)");
    };
    if (t.first_binary != 0 && (t.first_long == 0 || t.first_binary < t.first_long)) {
      warn_binary();
      warn_long();
    } else {
      warn_long();
      warn_binary();
    }
    sum_.totals.add(t.totals);
    file_lines_ += t.totals.lines;
    for (const key_counts::entry& e : t.statuses.entries())
      sum_.count_status(t.statuses.key(e), e.count);
    for (const key_counts::entry& e : t.rules.entries()) sum_.rules.add(t.rules.key(e), e.count);
    for (const key_counts::entry& e : t.rewritten.entries())
      sum_.count_rewritten(t.rewritten.key(e), e.count);
    for (const key_counts::entry& e : t.domains.entries())
      sum_.domains.add(t.domains.key(e), e.count, e.failures);
    for (const key_counts::entry& e : t.relays.entries())
      sum_.relays.add(t.relays.key(e), e.count, e.failures);
    for (const key_counts::entry& e : t.texts.entries())
      sum_.texts.add(t.texts.key(e), e.count, e.failures);
    if (!t.ends.empty() && out_.error == 0) {
      std::size_t from = 0;
      for (const auto& [line, end] : t.ends) {
        out_.buffer += prefix_;
        append_number(out_.buffer, base + line);
        out_.buffer.append(t.out, from, end - from);
        from = end;
        out_.maybe_flush();
      }
    }
    if (out_.error != 0) reader_->stop();
    if (s_.progress) show_progress();
  }

  void json_summary() {
    std::string& out = out_.buffer;
    const counts& c = sum_.totals;
    out += "{\"summary\":{";
    const std::pair<const char*, std::uint64_t> totals[] = {
        {"\"files\":", sum_.files},         {",\"unreadable_files\":", sum_.unreadable},
        {",\"bytes\":", sum_.bytes},        {",\"lines\":", c.lines},
        {",\"records\":", c.records},       {",\"replies\":", c.replies},
        {",\"long_lines\":", c.long_lines}, {",\"binary_lines\":", c.binary_lines}};
    for (const auto& [name, n] : totals) {
      out += name;
      append_number(out, n);
    }
    out += ",\"status\":{";
    for (std::size_t i = 0; i < sum_.statuses.size(); ++i) {
      if (i != 0) out += ',';
      append_json(out, sum_.statuses[i].first);
      out += ':';
      append_number(out, sum_.statuses[i].second);
    }
    out += "},\"action\":{";
    bool first = true;
    for (std::size_t i = 0; i < action_count; ++i) {
      if (c.actions[i] == 0) continue;
      if (!first) out += ',';
      first = false;
      append_json(out, to_string(static_cast<action>(i)));
      out += ':';
      append_number(out, c.actions[i]);
    }
    out += "},\"reason\":{";
    first = true;
    for (std::size_t i = 0; i < bounce_reason_count; ++i) {
      const reason_count& rc = c.reasons[i];
      if (rc.records == 0) continue;
      if (!first) out += ',';
      first = false;
      append_json(out, to_string(static_cast<bounce_reason>(i)));
      out += ":{\"records\":";
      append_number(out, rc.records);
      out += ",\"hard\":";
      append_number(out, rc.hard);
      out += ",\"soft\":";
      append_number(out, rc.soft);
      out += '}';
    }
    out += "},\"bounce\":{";
    for (std::size_t i = 0; i < 3; ++i) {
      if (i != 0) out += ',';
      append_json(out, to_string(static_cast<bounce_type>(i)));
      out += ':';
      append_number(out, c.bounces[i]);
    }
    out += '}';
    const auto list = [&](const char* name, const char* key, const top_counter& t, bool failures) {
      out += ",\"";
      out += name;
      out += "\":[";
      bool first_row = true;
      for (const top_counter::entry* e : t.top(s_.top)) {
        if (!first_row) out += ',';
        first_row = false;
        out += "{\"";
        out += key;
        out += "\":";
        append_json(out, e->key);
        out += ",\"records\":";
        append_number(out, e->count);
        if (failures) {
          out += ",\"failures\":";
          append_number(out, e->failures);
        }
        out += '}';
      }
      out += ']';
    };
    list("recipient_domains", "domain", sum_.domains, true);
    list("relays", "relay", sum_.relays, true);
    list("texts", "text", sum_.texts, false);
    out += ",\"rewritten\":{";
    for (std::size_t i = 0; i < sum_.rewritten.size(); ++i) {
      if (i != 0) out += ',';
      append_json(out, sum_.rewritten[i].first);
      out += ':';
      append_number(out, sum_.rewritten[i].second);
    }
    out += "},\"rules\":";
    out += sum_.rules.json();
    out += ",\"counts_exact\":";
    out += sum_.domains.exact() && sum_.relays.exact() && sum_.texts.exact() ? "true" : "false";
    out += "}}\n";
  }

  void text_summary() {
    std::string& out = out_.buffer;
    if (!s_.summary_only) out += '\n';
    char row[160];
    const auto line = [&](const char* format, auto... values) {
      const int k = std::snprintf(row, sizeof row, format, values...);
      out.append(row, static_cast<std::size_t>(k) < sizeof row ? static_cast<std::size_t>(k)
                                                               : sizeof row - 1);
    };
    const auto ull = [](std::uint64_t n) { return static_cast<unsigned long long>(n); };
    const counts& c = sum_.totals;
    line("%llu records (%llu with an SMTP reply) in %llu lines, %llu bytes, %llu file%s\n",
         ull(c.records), ull(c.replies), ull(c.lines), ull(sum_.bytes), ull(sum_.files),
         sum_.files == 1 ? "" : "s");
    if (c.records == 0) return;
    out += "\nstatus                  records\n";
    for (const auto& [word, n] : sum_.statuses) {
      out += "  ";
      std::string w = sanitize_server_text(word);
      w.resize(22, ' ');
      out += w;
      line("%7llu\n", ull(n));
    }
    out += "\naction                  records\n";
    for (std::size_t i = 0; i < action_count; ++i)
      if (c.actions[i] != 0)
        line("  %-22s%7llu\n", to_string(static_cast<action>(i)).data(), ull(c.actions[i]));
    out += "\nreason                  records    hard    soft\n";
    for (std::size_t i = 0; i < bounce_reason_count; ++i) {
      const reason_count& rc = c.reasons[i];
      if (rc.records != 0)
        line("  %-22s%7llu %7llu %7llu\n", to_string(static_cast<bounce_reason>(i)).data(),
             ull(rc.records), ull(rc.hard), ull(rc.soft));
    }
    const auto table = [&](const char* title, const top_counter& t) {
      const auto rows = t.top(s_.top);
      if (rows.empty()) return;
      line("\n%-24s%7s %8s\n", title, "records", "failures");
      for (const top_counter::entry* e : rows) {
        std::string k = sanitize_server_text(e->key);
        if (k.size() < 22) k.resize(22, ' ');
        out += "  " + k;
        line("%7llu %8llu\n", ull(e->count), ull(e->failures));
      }
    };
    table("recipient domain", sum_.domains);
    table("relay", sum_.relays);
    const auto texts = sum_.texts.top(s_.top);
    if (!texts.empty()) {
      out += "\nmost frequent failure texts\n";
      for (const top_counter::entry* e : texts) {
        line("  %7llu  ", ull(e->count));
        out += sanitize_server_text(e->key) + '\n';
      }
    }
    if (!sum_.rewritten.empty()) {
      out += "\nrewritten by postfix-filter    records\n";
      for (const auto& [who, n] : sum_.rewritten) {
        out += "  ";
        std::string w = sanitize_server_text(who);
        if (w.size() < 30) w.resize(30, ' ');
        out += w;
        line("%7llu\n", ull(n));
      }
    }
    out += '\n' + sum_.rules.text();
    if (!(sum_.domains.exact() && sum_.relays.exact() && sum_.texts.exact()))
      out += "\n(more distinct keys than the tables hold: top-list counts are upper bounds)\n";
  }

  void show_progress() {
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    const double t = static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
    if (start_ == 0) start_ = t;
    if (t - last_progress_ < 0.25) return;
    last_progress_ = t;
    const double elapsed = t - start_;
    const double done = static_cast<double>(sum_.totals.lines);
    const double read = static_cast<double>(reader_->source().position());
    const std::uint64_t file_size = reader_->source().size();
    char text[200];
    int k;
    if (file_size != 0 && read > 0) {
      const double left = elapsed * (static_cast<double>(file_size) - read) / read;
      k = std::snprintf(
          text, sizeof text, "\rscan: %.1f of %.1f MB (%.0f%%), %.2f M lines/s, %d:%02d left   ",
          read / 1e6, static_cast<double>(file_size) / 1e6,
          100 * read / static_cast<double>(file_size), elapsed > 0 ? done / elapsed / 1e6 : 0.0,
          static_cast<int>(left) / 60, static_cast<int>(left) % 60);
    } else {
      k = std::snprintf(text, sizeof text, "\rscan: %.1f MB, %.2f M lines/s   ", read / 1e6,
                        elapsed > 0 ? done / elapsed / 1e6 : 0.0);
    }
    if (k > 0) (void)!::write(2, text, static_cast<std::size_t>(k));
  }
  void clear_progress() {
    if (last_progress_ == 0) return;
    const char blank[] = "\r                                                                  \r";
    (void)!::write(2, blank, sizeof blank - 1);
    last_progress_ = 0;
  }

  const cli_options& o_;
  const judgement& rules_;
  scan_settings s_;
  output out_;
  summary sum_;
  std::string shown_, prefix_;  // the path for messages; what each record starts with
  std::deque<block_worker> workers_;
  std::vector<block_tally> tallies_;  // one per reader buffer
  // The file being read, and the merge in input order.
  block_reader* reader_ = nullptr;
  std::mutex merge_mutex_;
  std::vector<line_block*> waiting_;  // judged blocks not merged yet
  std::uint64_t next_block_ = 0, file_lines_ = 0;
  bool warned_binary_ = false, warned_long_ = false;
  double start_ = 0, last_progress_ = 0;
};

int run_scan(const cli_options& o) {
  if (o.fmt != format::text && o.fmt != format::json)
    return usage_error("scan writes text or json", &scan_command);
  judgement rules;
  if (const int rc = read_judgement(o, scan_command, rules); rc != exit_ok) return rc;
  scanner s(o, rules);
  std::string message;
  if (!s.set_limits(message)) return usage_error(message, &scan_command);
  std::vector<std::string> paths = o.args;
  if (paths.empty()) paths.emplace_back("-");
  std::fflush(stdout);
  bool all_read = true;
  for (const std::string& path : paths) {
    all_read = s.scan(path) && all_read;
    if (s.output_failed()) break;
  }
  return s.finish(all_read);
}

}  // namespace
}  // namespace smtp_explain
