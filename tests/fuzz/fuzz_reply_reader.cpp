// libFuzzer target for basic_reply_reader<N> (reply_reader.hpp): the input is
// fed in chunks whose sizes come from the input, to a small reader (256 bytes,
// to reach reply_too_large) and to the default reply_reader. What each reader
// yields must equal a model built from parse_reply() on the whole input.
//
// Input: byte 0 picks the chunking (bits 0-2) and small parse_options (bit 3,
// limits from bits 4-7); the rest is the byte stream.
#include <smtpcodes/reply_reader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"

namespace {

using smtpcodes::parse_error;
using smtpcodes::parse_options;
using smtpcodes::parse_result;

/// One result of next(), copied out of the reader's buffer.
struct event {
  parse_error error;
  std::size_t consumed;
  unsigned code;
  std::optional<smtpcodes::enhanced_status> status;
  std::string raw;
  std::uint16_t line_count;
  std::uint16_t warnings;

  friend bool operator==(const event& a, const event& b) {
    return a.error == b.error && a.consumed == b.consumed && a.code == b.code &&
           a.status == b.status && a.raw == b.raw && a.line_count == b.line_count &&
           a.warnings == b.warnings;
  }
};

event to_event(const parse_result& r) {
  return {r.error,
          r.consumed,
          r.value.code,
          r.value.status,
          std::string(r.value.raw),
          r.value.line_count,
          r.value.warnings.bits()};
}

void print(std::FILE* out, const char* who, const event& e) {
  std::fprintf(out, "  %s: %.*s consumed=%zu code=%u lines=%u warnings=%#x raw=%zu bytes\n", who,
               static_cast<int>(smtpcodes::to_string(e.error).size()),
               smtpcodes::to_string(e.error).data(), e.consumed, e.code, e.line_count,
               static_cast<unsigned>(e.warnings), e.raw.size());
}

/// Whether `line` (without its LF) is a continuation line: three digits and "-".
bool continues(std::string_view line) {
  return line.size() >= 4 && line[0] >= '0' && line[0] <= '9' && line[1] >= '0' && line[1] <= '9' &&
         line[2] >= '0' && line[2] <= '9' && line[3] == '-';
}

/// Where reading goes on after an error whose bytes end at `cut`: the reader
/// drops the line holding byte cut - 1 and, while the dropped line was a
/// continuation line, the lines after it (the rest of the broken reply).
std::size_t after_broken_reply(std::string_view in, std::size_t reply_start, std::size_t cut) {
  std::size_t p = cut - 1;
  while (p > reply_start && in[p - 1] != '\n') --p;
  for (;;) {
    const std::size_t lf = in.find('\n', p);
    if (lf == std::string_view::npos) return in.size();
    const bool more = continues(in.substr(p, lf - p));
    p = lf + 1;
    if (!more) return p;
  }
}

/// What a reader of `Capacity` bytes must yield for `in`, whatever the chunking:
/// parse_reply() on at most `Capacity` bytes from each reply start.
template <std::size_t Capacity>
std::vector<event> model(std::string_view in, const parse_options& options) {
  std::vector<event> out;
  std::size_t p = 0;
  while (p < in.size()) {
    const std::string_view window = in.substr(p, Capacity);
    const parse_result r = smtpcodes::parse_reply(window, options);
    if (r.error == parse_error::incomplete) {
      if (window.size() < Capacity) break;  // waits for bytes that never come
      out.push_back({parse_error::reply_too_large, Capacity, 0, std::nullopt, {}, 0, 0});
      p = after_broken_reply(in, p, p + Capacity);
      continue;
    }
    out.push_back(to_event(r));
    p = r.ok() ? p + r.consumed : after_broken_reply(in, p, p + r.consumed);
  }
  return out;
}

/// Size of the chunk starting at `pos`, by chunking mode.
std::size_t chunk_size(unsigned mode, std::string_view in, std::size_t pos, std::size_t index) {
  const unsigned byte = static_cast<unsigned char>(in[pos]);
  switch (mode) {
    case 0:
      return in.size();
    case 1:
      return 1;
    case 2:
      return 2;
    case 3:
      return 1 + byte % 7;
    case 4:
      return 1 + (byte * 37u) % 300;
    case 5:
      return index % 2 == 0 ? 1 : 255;
    case 6:
      return index % 3 == 0 ? 256 : (index % 3 == 1 ? 257 : 1);
    default:
      return 1 + (byte * 131u + index * 17u) % 600;
  }
}

template <std::size_t Capacity>
std::vector<event> stream(smtpcodes::basic_reply_reader<Capacity>& reader, std::string_view in,
                          unsigned mode) {
  std::vector<event> out;
  std::size_t pos = 0;
  std::size_t index = 0;
  while (pos < in.size()) {
    const std::size_t size = chunk_size(mode, in, pos, index++);
    std::string_view chunk = in.substr(pos, size);
    pos += chunk.size();
    while (!chunk.empty()) {
      const std::size_t taken = reader.feed(chunk);
      SMTPCODES_FUZZ_CHECK(taken > 0);  // after draining there is always room
      SMTPCODES_FUZZ_CHECK(taken <= chunk.size());
      chunk.remove_prefix(taken);
      SMTPCODES_FUZZ_CHECK(reader.buffered() <= reader.capacity());
      for (;;) {
        const parse_result r = reader.next();
        SMTPCODES_FUZZ_CHECK(reader.buffered() <= reader.capacity());
        SMTPCODES_FUZZ_CHECK(reader.available() == reader.capacity() - reader.buffered());
        if (r.error == parse_error::incomplete) {
          SMTPCODES_FUZZ_CHECK(r.consumed == 0);
          break;
        }
        if (r.ok()) {
          SMTPCODES_FUZZ_CHECK(r.value.raw.size() == r.consumed);
          smtpcodes_fuzz::check_warnings(r.value);
          smtpcodes_fuzz::check_lines(r.value);
        }
        out.push_back(to_event(r));
        SMTPCODES_FUZZ_CHECK(out.size() <= in.size());
      }
    }
  }
  return out;
}

template <std::size_t Capacity>
void check_reader(smtpcodes::basic_reply_reader<Capacity>& reader, std::string_view in,
                  unsigned mode, const parse_options& options) {
  const std::vector<event> got = stream(reader, in, mode);
  const std::vector<event> want = model<Capacity>(in, options);
  const std::size_t n = got.size() < want.size() ? got.size() : want.size();
  std::size_t i = 0;
  while (i < n && got[i] == want[i]) ++i;
  if (i == n && got.size() == want.size()) return;
  std::fprintf(stderr, "reader<%zu>, chunking %u: reply %zu of %zu (model: %zu) differs\n",
               Capacity, mode, i, got.size(), want.size());
  if (i < got.size()) print(stderr, "reader", got[i]);
  if (i < want.size()) print(stderr, "model ", want[i]);
  smtpcodes_fuzz::fail("the reader yields what parse_reply() on the whole input yields", __FILE__,
                       __LINE__);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const unsigned control = data[0];
  const unsigned mode = control & 7u;
  parse_options options;
  if ((control & 8u) != 0) {
    options.max_line_length = 8 + (control >> 4) * 24;  // 8-368, around the small reader's size
    options.max_lines = 2 + (control >> 5);             // 2-9
  }
  const std::string_view in(reinterpret_cast<const char*>(data) + 1, size - 1);

  smtpcodes::basic_reply_reader<256> small(options);
  check_reader(small, in, mode, options);

  // The 64 KiB reader is built in place in static storage: a fresh heap block
  // per input costs more than the checks.
  static std::optional<smtpcodes::reply_reader> large;
  large.emplace(options);
  check_reader(*large, in, mode, options);

  // reset() forgets everything: the same bytes give the same replies again,
  // here fed in one chunk (or in mode 4's chunks when that was the first run).
  small.reset();
  SMTPCODES_FUZZ_CHECK(small.buffered() == 0 && small.available() == small.capacity());
  check_reader(small, in, mode == 0 ? 4u : 0u, options);
  return 0;
}
