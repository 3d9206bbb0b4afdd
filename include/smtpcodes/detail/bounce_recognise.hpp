// Who generated a bounce and what kind of message it is: the bounce's own
// header fields that tell (From, Subject, X-Mailer, Message-ID, Received,
// X-Failed-Recipients, RFC 3834 §5 Auto-Submitted), the generator markers of
// detail/bounce_generators.hpp, and the evidence of an automatic reply.
#ifndef SMTPCODES_DETAIL_BOUNCE_RECOGNISE_HPP
#define SMTPCODES_DETAIL_BOUNCE_RECOGNISE_HPP

#include <cstddef>
#include <cstring>
#include <string_view>

#include "bounce_generators.hpp"
#include "bounce_phrases.hpp"
#include "mime.hpp"
#include "transfer_decoding.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

inline constexpr std::size_t max_received = 3;
inline constexpr std::size_t marker_count =
    sizeof(generator_markers) / sizeof(generator_markers[0]);

/// The header fields of the bounce itself that the reader looks at.
struct top_fields {
  std::string_view from, subject, message_id, mailer, auto_submitted, failed_recipients;
  std::string_view received[max_received];
  std::size_t received_count = 0;
  bool autoreply_header = false;       ///< X-Autoreply, X-Autorespond, Precedence: auto_reply
  bool header_hit[marker_count] = {};  ///< generator markers on header names
};

/// Reads the bounce's own header fields.
inline void read_top_fields(std::string_view header, char eol, top_fields& top) noexcept {
  field_reader fr(header, eol);
  header_field f;
  while (fr.next(f)) {
    const std::string_view n = f.name;
    if (n.size() < 4) continue;
    switch (lower(n[0])) {
      case 'f':
        if (iequals(n, "from")) top.from = f.value;
        break;
      case 's':
        if (iequals(n, "subject")) top.subject = f.value;
        break;
      case 'm':
        if (iequals(n, "message-id")) top.message_id = f.value;
        break;
      case 'a':
        if (iequals(n, "auto-submitted")) top.auto_submitted = f.value;
        break;
      case 'p':
        if (iequals(n, "precedence") && istarts(trim(f.value), "auto_reply"))
          top.autoreply_header = true;
        break;
      case 'r':
        if (iequals(n, "received") && top.received_count < max_received)
          top.received[top.received_count++] = f.value;
        break;
      case 'x':
        if (iequals(n, "x-mailer"))
          top.mailer = f.value;
        else if (iequals(n, "x-failed-recipients"))
          top.failed_recipients = top.failed_recipients.empty() ? f.value : top.failed_recipients;
        else if (iequals(n, "x-autoreply") || iequals(n, "x-autorespond"))
          top.autoreply_header = true;
        break;
      default:
        break;
    }
    for (std::size_t i = 0; i < marker_count; ++i)
      if (generator_markers[i].place == marker_place::header &&
          iequals(n, generator_markers[i].text))
        top.header_hit[i] = true;
  }
}

/// Whether `text` holds a lower-case `needle`, ignoring case. Candidates are
/// found with memchr for each case of the needle's first byte.
[[nodiscard]] inline bool icontains(std::string_view text, std::string_view needle) noexcept {
  if (needle.empty() || text.size() < needle.size()) return false;
  const char lo = needle[0];
  const char up = lo >= 'a' && lo <= 'z' ? static_cast<char>(lo - 32) : lo;
  const std::size_t last = text.size() - needle.size();  // the last possible start
  const char* base = text.data();
  const auto next = [&](char c, std::size_t from) -> std::size_t {
    if (from > last) return npos;
    const void* p = std::memchr(base + from, c, last + 1 - from);
    return p == nullptr ? npos : static_cast<std::size_t>(static_cast<const char*>(p) - base);
  };
  std::size_t a = next(lo, 0), b = up == lo ? npos : next(up, 0);
  while (a != npos || b != npos) {
    const std::size_t at = a < b ? a : b;
    if (match_at(text, at, needle) != npos) return true;
    if (at == a) a = next(lo, at + 1);
    if (at == b) b = next(up, at + 1);
  }
  return false;
}

/// The generator the markers point to. `phrases` are the scan's hits in the
/// human-readable text; text markers count within its first 2 KiB.
[[nodiscard]] inline bounce_generator recognise(const top_fields& top, const phrase_hits& phrases,
                                                std::string_view dsn) noexcept {
  const std::string_view dsn_head = dsn.substr(0, dsn.size() < 1024 ? dsn.size() : 1024);
  bool in_text[marker_count] = {};
  for (std::size_t k = 0; k < phrases.count && phrases.hits[k].begin < 2048; ++k)
    if (phrases.hits[k].kind == phrase_kind::generator) in_text[phrases.hits[k].index] = true;
  for (std::size_t i = 0; i < marker_count; ++i) {
    const generator_marker& m = generator_markers[i];
    bool hit = false;
    switch (m.place) {
      case marker_place::from:
        hit = icontains(top.from, m.text);
        break;
      case marker_place::subject:
        hit = icontains(top.subject, m.text);
        break;
      case marker_place::text:
        hit = in_text[i];
        break;
      case marker_place::header:
        hit = top.header_hit[i];
        break;
      case marker_place::mailer:
        hit = icontains(top.mailer, m.text);
        break;
      case marker_place::message_id:
        hit = icontains(top.message_id, m.text);
        break;
      case marker_place::received:
        for (std::size_t k = 0; k < top.received_count && !hit; ++k)
          hit = icontains(top.received[k], m.text);
        break;
      case marker_place::dsn:
        hit = icontains(dsn_head, m.text);
        break;
    }
    if (hit) return m.family;
  }
  return bounce_generator::unknown;
}

/// Evidence of an automatic reply (RFC 3834 §5; vacation programs): its
/// header fields, its Subject, or vacation wording in the first 1 KiB.
[[nodiscard]] inline bool looks_like_auto_reply(const top_fields& top,
                                                const phrase_hits& phrases) noexcept {
  const std::string_view as = trim(top.auto_submitted);
  if (istarts(as, "auto-replied") || top.autoreply_header) return true;
  for (const std::string_view sub : auto_reply_subjects)
    if (icontains(top.subject, sub)) return true;
  for (std::size_t k = 0; k < phrases.count && phrases.hits[k].begin < 1024; ++k)
    if (phrases.hits[k].kind == phrase_kind::auto_reply) return true;
  return false;
}

/// The sender of a bounce is a mail system, not a person.
[[nodiscard]] inline bool from_mail_system(std::string_view from) noexcept {
  return icontains(from, "mailer-daemon") || icontains(from, "postmaster") ||
         icontains(from, "mail delivery") || icontains(from, "<>");
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
