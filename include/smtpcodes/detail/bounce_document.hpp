// The allocating convenience of bounce.hpp: parse_bounce(message) without a
// buffer to manage. The result owns a copy of the message, the decoded text
// and every record (no capacity limit), so its views stay valid on their own.
#ifndef SMTPCODES_DETAIL_BOUNCE_DOCUMENT_HPP
#define SMTPCODES_DETAIL_BOUNCE_DOCUMENT_HPP

#include <cstddef>
#include <cstring>
#include <new>
#include <string_view>

#include "../bounce.hpp"

namespace smtpcodes {
inline namespace v1 {

/// A parsed bounce that owns its storage: a copy of the message, its decoded
/// text and all its records. Move-only; moving keeps every view valid.
class bounce_document : public bounce_summary {
 public:
  bounce_document() noexcept = default;
  bounce_document(const bounce_document&) = delete;
  bounce_document& operator=(const bounce_document&) = delete;
  bounce_document(bounce_document&& o) noexcept { take(o); }
  bounce_document& operator=(bounce_document&& o) noexcept {
    if (this != &o) {
      release();
      take(o);
    }
    return *this;
  }
  ~bounce_document() { release(); }

  [[nodiscard]] const bounce_record* begin() const noexcept { return records_; }
  [[nodiscard]] const bounce_record* end() const noexcept { return records_ + stored; }
  [[nodiscard]] std::size_t size() const noexcept { return stored; }
  [[nodiscard]] bool empty() const noexcept { return stored == 0; }
  [[nodiscard]] const bounce_record& operator[](std::size_t i) const noexcept {
    return records_[i];
  }
  /// The message as copied.
  [[nodiscard]] std::string_view message() const noexcept { return {bytes_, message_size_}; }

 private:
  friend bounce_document parse_bounce(std::string_view message);
  void take(bounce_document& o) noexcept {
    static_cast<bounce_summary&>(*this) = o;
    bytes_ = o.bytes_;
    records_ = o.records_;
    message_size_ = o.message_size_;
    o.bytes_ = nullptr;
    o.records_ = nullptr;
    o.stored = 0;
  }
  void release() noexcept {
    delete[] bytes_;
    delete[] records_;
    bytes_ = nullptr;
    records_ = nullptr;
  }

  char* bytes_ = nullptr;
  bounce_record* records_ = nullptr;
  std::size_t message_size_ = 0;
};

/// Reads one message and keeps everything (allocates; see parse_bounce(message, text)
/// for the core that does not). Records are never dropped.
[[nodiscard]] inline bounce_document parse_bounce(std::string_view message) {
  bounce_document doc;
  const std::size_t text_size = bounce_buffer_size(message);
  doc.message_size_ = message.size();
  doc.bytes_ = new char[message.size() + text_size];
  if (!message.empty()) std::memcpy(doc.bytes_, message.data(), message.size());
  const std::string_view copy(doc.bytes_, message.size());
  const text_buffer text(doc.bytes_ + message.size(), text_size);
  // First with room for a few records; again with room for all when more were found.
  std::size_t capacity = 8;
  for (;;) {
    delete[] doc.records_;
    doc.records_ = new bounce_record[capacity];
    static_cast<bounce_summary&>(doc) = parse_bounce(copy, text, doc.records_, capacity);
    if (doc.recipient_count <= capacity) break;
    capacity = doc.recipient_count;
  }
  return doc;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
