// The MIME walk of parse_bounce(): visits the parts of a message (RFC 2045
// §5, RFC 2046 §5.1 multiparts, nesting bounded at max_depth so any input is
// read in linear time), keeps the parts a bounce is read from (RFC 3464
// delivery-status, RFC 5965 feedback-report, RFC 6522 text/rfc822-headers,
// message/rfc822 headers, text) and decodes them only when they are read.
#ifndef SMTPCODES_DETAIL_BOUNCE_MIME_WALK_HPP
#define SMTPCODES_DETAIL_BOUNCE_MIME_WALK_HPP

#include <cstddef>
#include <string_view>

#include "html_text.hpp"
#include "mime.hpp"
#include "transfer_decoding.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace detail {
namespace bounce {

inline constexpr unsigned max_depth = 8;         ///< nested multiparts and message parts
inline constexpr std::size_t max_dsn_parts = 4;  ///< delivery-status parts read
inline constexpr std::size_t max_text_parts = 4;

/// A text part: its body as written until decode_text() decodes it (only
/// the parts that are read are decoded), and how its bytes become UTF-8.
struct text_part {
  std::string_view text;
  std::string_view cte;  ///< Content-Transfer-Encoding; empty once decoded
  charset_kind kind = charset_kind::utf8;
  std::string_view charset;  ///< the name, when kind is other
  bool html = false;
};

/// Everything the MIME walk collected.
struct walk_state {
  text_arena* arena = nullptr;
  char eol = '\n';
  std::string_view dsn[max_dsn_parts];
  std::size_t dsn_count = 0;
  std::string_view feedback;
  std::string_view original_header;  ///< the header of the returned message
  text_part texts[max_text_parts];
  std::size_t text_count = 0;
  text_part html;
};

/// The body of a part decoded from its Content-Transfer-Encoding.
[[nodiscard]] inline std::string_view decode_body(std::string_view body, std::string_view cte,
                                                  text_arena& arena) noexcept {
  cte = trim(cte);
  if (iequals(cte, "base64")) {
    const std::size_t mark = arena.start();
    decode_base64(body, arena);
    return arena.finish(mark);
  }
  if (iequals(cte, "quoted-printable")) {
    const std::size_t mark = arena.start();
    decode_quoted_printable(body, arena);
    return arena.finish(mark);
  }
  return body;
}

inline void walk(std::string_view text, unsigned depth, walk_state& st) noexcept;

/// Decodes a text part in place (once): its transfer encoding, and HTML to text.
inline void decode_text(text_part& t, text_arena& arena) noexcept {
  if (!t.cte.empty()) {
    t.text = decode_body(t.text, t.cte, arena);
    t.cte = {};
  }
  if (t.html) {
    t.text = html_to_text(t.text, arena);
    t.html = false;
  }
}

/// One entity whose header has been split off.
inline void walk_entity(const entity& e, unsigned depth, walk_state& st) noexcept {
  std::string_view ctype_value, cte;
  field_reader fr(e.header, st.eol);
  header_field f;
  while (fr.next(f)) {
    if (iequals(f.name, "content-type"))
      ctype_value = f.value;
    else if (iequals(f.name, "content-transfer-encoding"))
      cte = f.value;
  }
  const content_type ct = parse_content_type(ctype_value);
  if (iequals(ct.type, "multipart")) {
    const std::string_view boundary = find_param(ct.params, "boundary");
    if (depth + 1 >= max_depth) return;  // deeper parts are not read
    const std::size_t parts = for_each_part(e.body, boundary, st.eol, [&](std::string_view part) {
      walk(part, depth + 1, st);
      return true;
    });
    if (parts == 0 && st.text_count < max_text_parts)  // no boundary found: read it as text
      st.texts[st.text_count++] = {e.body, cte, charset_kind::utf8, {}, false};
    return;
  }
  const bool message_type = iequals(ct.type, "message");
  if (message_type &&
      (iequals(ct.subtype, "delivery-status") || iequals(ct.subtype, "global-delivery-status"))) {
    if (st.dsn_count < max_dsn_parts) st.dsn[st.dsn_count++] = decode_body(e.body, cte, *st.arena);
    return;
  }
  if (message_type && iequals(ct.subtype, "feedback-report")) {
    if (st.feedback.empty()) st.feedback = decode_body(e.body, cte, *st.arena);
    return;
  }
  if (message_type && (iequals(ct.subtype, "rfc822") || iequals(ct.subtype, "global"))) {
    // The returned message: only its header is read, never its parts.
    if (st.original_header.empty())
      st.original_header = split_entity(decode_body(e.body, cte, *st.arena), st.eol).header;
    return;
  }
  if ((iequals(ct.type, "text") && iequals(ct.subtype, "rfc822-headers")) ||
      (message_type && iequals(ct.subtype, "global-headers"))) {
    if (st.original_header.empty())
      st.original_header = split_entity(decode_body(e.body, cte, *st.arena), st.eol).header;
    return;
  }
  const bool plain = ct.type.empty() || (iequals(ct.type, "text") && iequals(ct.subtype, "plain"));
  const bool html = iequals(ct.type, "text") && iequals(ct.subtype, "html");
  if (!plain && !html) return;
  const std::string_view charset = find_param(ct.params, "charset");
  text_part t{e.body, cte, classify_charset(charset), {}, html};
  if (t.kind == charset_kind::other) t.charset = charset;
  if (plain && st.text_count < max_text_parts)
    st.texts[st.text_count++] = t;
  else if (html && st.html.text.empty())
    st.html = t;
}

inline void walk(std::string_view text, unsigned depth, walk_state& st) noexcept {
  walk_entity(split_entity(text, st.eol), depth, st);
}

}  // namespace bounce
}  // namespace detail
}  // namespace v1
}  // namespace smtpcodes

#endif
