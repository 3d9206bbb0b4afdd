// The socketmap protocol of Postfix's socketmap_table(5) (and Sendmail's socket
// map): each request and each reply is one netstring ("LEN:BYTES,", D. J.
// Bernstein's netstrings.txt), a request "NAME KEY", a reply "OK DATA",
// "NOTFOUND ", or "TEMP", "TIMEOUT" or "PERM" with a reason. constexpr,
// noexcept, allocation-free; results are views into the caller's bytes.
#ifndef SMTP_EXPLAIN_SOCKETMAP_HPP
#define SMTP_EXPLAIN_SOCKETMAP_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace smtp_explain::socketmap {

/// Postfix's socketmap client refuses replies longer than this (socketmap_table(5)).
inline constexpr std::size_t postfix_max_reply = 100000;

/// What read_netstring() found at the start of the bytes.
enum class netstring_error : std::uint8_t {
  none,           ///< a whole netstring
  incomplete,     ///< nothing wrong so far: more bytes are needed
  bad_length,     ///< the length is not decimal digits then ':' (or has a leading zero)
  too_long,       ///< the length is over the caller's limit (known before the payload)
  missing_comma,  ///< the payload is not followed by ','
};

[[nodiscard]] constexpr std::string_view to_string(netstring_error e) noexcept {
  switch (e) {
    case netstring_error::none:
      return "none";
    case netstring_error::incomplete:
      return "incomplete";
    case netstring_error::bad_length:
      return "the length is not a decimal number followed by ':'";
    case netstring_error::too_long:
      return "the request is longer than the limit";
    case netstring_error::missing_comma:
      return "the netstring does not end with ','";
  }
  return "unknown";
}

/// One netstring: the payload is a view into the bytes read; `consumed` is the
/// size of the whole netstring. Both are set only when `error` is none.
struct netstring {
  netstring_error error = netstring_error::incomplete;
  std::string_view payload;
  std::size_t consumed = 0;
};

/// A netstring result that holds only an error.
[[nodiscard]] constexpr netstring netstring_failed(netstring_error e) noexcept {
  netstring n;
  n.error = e;
  return n;
}

/// How many decimal digits `n` has (1 for 0).
[[nodiscard]] constexpr std::size_t decimal_digits(std::size_t n) noexcept {
  std::size_t d = 1;
  for (; n >= 10; n /= 10) ++d;
  return d;
}

/// Reads the netstring at the start of `bytes`, whose payload may be at most
/// `max_payload` bytes. A length over the limit is refused as soon as its
/// digits show it, so a reader never has to buffer more than
/// netstring_size(max_payload) bytes.
[[nodiscard]] constexpr netstring read_netstring(std::string_view bytes,
                                                 std::size_t max_payload) noexcept {
  const std::size_t max_digits = decimal_digits(max_payload);
  std::size_t length = 0;
  std::size_t i = 0;
  for (; i < bytes.size() && bytes[i] != ':'; ++i) {
    const char c = bytes[i];
    if (c < '0' || c > '9') return netstring_failed(netstring_error::bad_length);
    if (i == 1 && bytes[0] == '0') return netstring_failed(netstring_error::bad_length);
    if (i >= max_digits) return netstring_failed(netstring_error::too_long);
    length = length * 10 + static_cast<std::size_t>(c - '0');
  }
  if (i == bytes.size()) return netstring_failed(netstring_error::incomplete);
  if (i == 0) return netstring_failed(netstring_error::bad_length);
  if (length > max_payload) return netstring_failed(netstring_error::too_long);
  const std::size_t comma = i + 1 + length;
  if (bytes.size() <= comma) return netstring_failed(netstring_error::incomplete);
  if (bytes[comma] != ',') return netstring_failed(netstring_error::missing_comma);
  return {netstring_error::none, bytes.substr(i + 1, length), comma + 1};
}

/// The size of the netstring that carries `payload_size` bytes.
[[nodiscard]] constexpr std::size_t netstring_size(std::size_t payload_size) noexcept {
  return decimal_digits(payload_size) + 1 + payload_size + 1;
}

/// Writes the netstring whose payload is `first` then `second` to `out`;
/// returns its size, or 0 (nothing written) when it needs more than `capacity` bytes.
[[nodiscard]] constexpr std::size_t write_netstring(std::string_view first, std::string_view second,
                                                    char* out, std::size_t capacity) noexcept {
  const std::size_t payload = first.size() + second.size();
  const std::size_t size = netstring_size(payload);
  if (size > capacity) return 0;
  const std::size_t digits = decimal_digits(payload);
  for (std::size_t n = payload, k = digits; k > 0; n /= 10)
    out[--k] = static_cast<char>('0' + n % 10);
  out[digits] = ':';
  std::size_t at = digits + 1;
  for (const char c : first) out[at++] = c;
  for (const char c : second) out[at++] = c;
  out[at] = ',';
  return size;
}

/// A request: "NAME KEY", the name up to the first space, the key after it.
enum class request_error : std::uint8_t { none, no_space, empty_name, empty_key };

[[nodiscard]] constexpr std::string_view to_string(request_error e) noexcept {
  switch (e) {
    case request_error::none:
      return "none";
    case request_error::no_space:
      return "the request is not 'NAME KEY'";
    case request_error::empty_name:
      return "the request has no map name";
    case request_error::empty_key:
      return "the request has no key";
  }
  return "unknown";
}

struct request {
  request_error error = request_error::none;
  std::string_view name;
  std::string_view key;
};

[[nodiscard]] constexpr request request_failed(request_error e) noexcept {
  request r;
  r.error = e;
  return r;
}

/// Splits a request payload at its first space.
[[nodiscard]] constexpr request split_request(std::string_view payload) noexcept {
  const std::size_t space = payload.find(' ');
  if (space == std::string_view::npos) return request_failed(request_error::no_space);
  if (space == 0) return request_failed(request_error::empty_name);
  if (space + 1 == payload.size()) return request_failed(request_error::empty_key);
  return {request_error::none, payload.substr(0, space), payload.substr(space + 1)};
}

/// The kinds of reply socketmap_table(5) defines.
enum class reply_kind : std::uint8_t { ok, notfound, temp, timeout, perm, invalid };

/// The reply's first word: "OK", "NOTFOUND", "TEMP", "TIMEOUT", "PERM".
[[nodiscard]] constexpr std::string_view reply_word(reply_kind k) noexcept {
  switch (k) {
    case reply_kind::ok:
      return "OK";
    case reply_kind::notfound:
      return "NOTFOUND";
    case reply_kind::temp:
      return "TEMP";
    case reply_kind::timeout:
      return "TIMEOUT";
    case reply_kind::perm:
      return "PERM";
    case reply_kind::invalid:
      break;
  }
  return "";
}

/// The payload of a reply, "WORD DATA" ("NOTFOUND " has no data).
struct reply {
  reply_kind kind = reply_kind::invalid;
  std::string_view data;
};

/// Reads a reply payload; kind `invalid` when it does not start with one of
/// the five words and a space, or when NOTFOUND carries data.
[[nodiscard]] constexpr reply split_reply(std::string_view payload) noexcept {
  const std::size_t space = payload.find(' ');
  if (space == std::string_view::npos) return {};
  const std::string_view word = payload.substr(0, space);
  const std::string_view data = payload.substr(space + 1);
  for (const reply_kind k : {reply_kind::ok, reply_kind::notfound, reply_kind::temp,
                             reply_kind::timeout, reply_kind::perm}) {
    if (word != reply_word(k)) continue;
    if (k == reply_kind::notfound && !data.empty()) return {};
    return {k, data};
  }
  return {};
}

/// The size of the netstring write_reply() writes.
[[nodiscard]] constexpr std::size_t reply_size(reply_kind k, std::string_view data) noexcept {
  return netstring_size(reply_word(k).size() + 1 + data.size());
}

/// Writes the reply netstring "LEN:WORD DATA," to `out`; returns its size, or
/// 0 when it does not fit in `capacity` or `k` is invalid. NOTFOUND's data is dropped.
[[nodiscard]] constexpr std::size_t write_reply(reply_kind k, std::string_view data, char* out,
                                                std::size_t capacity) noexcept {
  if (k == reply_kind::invalid) return 0;
  if (k == reply_kind::notfound) data = {};
  const std::string_view word = reply_word(k);
  // "WORD " then the data: the word and its space are one part.
  char head[10] = {};
  std::size_t n = 0;
  for (const char c : word) head[n++] = c;
  head[n++] = ' ';
  return write_netstring(std::string_view(head, n), data, out, capacity);
}

}  // namespace smtp_explain::socketmap

#endif
