// Text for enhanced status codes that needs std::string: to_string() of a
// status and describe(), the paragraph a mail client shows for a basic code
// with its enhanced status (RFC 3463 §2, RFC 2034 §4). Allocates; opt-in.
#ifndef SMTPCODES_ENHANCED_STATUS_FORMAT_HPP
#define SMTPCODES_ENHANCED_STATUS_FORMAT_HPP

#include <string>
#include <string_view>

#include "enhanced_status.hpp"

namespace smtpcodes {
inline namespace v1 {

/// "5.7.133".
inline std::string to_string(enhanced_status s) { return std::string(to_chars(s).view()); }

namespace detail {

inline void append_number(std::string& out, unsigned n) { out += std::to_string(n); }

// "X.1.1"
inline void append_generic_code(std::string& out, const enhanced_status_info& row) {
  out += "X.";
  append_number(out, row.subject);
  out += '.';
  append_number(out, row.detail);
}

// "451", "535 and 554", "450, 550 and any other 4xx or 5xx code", "any 5xx code".
inline void append_associated_codes(std::string& out, const enhanced_status_info& row) {
  const std::size_t n = row.basic_code_count;
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) out += (i + 1 == n && row.basic_class_mask == 0) ? " and " : ", ";
    append_number(out, row.basic_codes[i]);
  }
  if (row.basic_class_mask == 0) return;
  out += row.basic_code_count > 0 ? " and any other " : "any ";
  bool first = true;
  for (unsigned c = 2; c <= 5; ++c) {
    if (((row.basic_class_mask >> c) & 1u) == 0) continue;
    if (!first) out += " or ";
    append_number(out, c);
    out += "xx";
    first = false;
  }
  out += " code";
}

inline std::string_view usage_phrase(status_usage u) {
  switch (u) {
    case status_usage::permanent_only:
      return "permanent failures (class 5)";
    case status_usage::transient_only:
      return "persistent transient failures (class 4)";
    case status_usage::permanent_or_transient:
      return "permanent or persistent transient failures (class 5 or 4)";
    case status_usage::success_only:
      return "success reports (class 2)";
    case status_usage::success_or_permanent:
      return "success reports or permanent failures (class 2 or 5)";
    case status_usage::any:
    case status_usage::success_or_failure:
      break;
  }
  return "classes 2, 4 and 5";
}

inline void append_sentence(std::string& out, std::string_view text) {
  if (!out.empty()) out += ' ';
  out += text;
}

}  // namespace detail

/// A readable paragraph for a mail client: the basic code's meaning, the
/// status's meaning (or its subject's or class's, RFC 3463 §2), and one
/// sentence per diagnostic. English; for other languages use render.hpp.
inline std::string describe(const combined_explanation& e) {
  std::string out;
  detail::append_number(out, e.basic);
  out += ' ';
  out += to_chars(e.status).view();
  out += ':';
  if (e.basic_info != nullptr) {
    detail::append_sentence(out, e.basic_info->name);
    out += '.';
    detail::append_sentence(out, e.basic_info->description);
  } else if (e.basic_generic.is_well_formed()) {
    detail::append_sentence(out, "Unregistered code, read by its first digit as ");
    out += e.basic_generic.klass->short_name;
    out += '.';
    detail::append_sentence(out, e.basic_generic.klass->description);
  } else {
    detail::append_sentence(out, "Not a valid SMTP reply code.");
  }

  const status_lookup& found = e.status_info;
  const std::string code(to_chars(e.status).view());
  switch (found.level) {
    case match_level::exact:
    case match_level::subject:
      detail::append_sentence(out, "Enhanced status " + code + " (");
      out += found.info->subject_name;
      out += found.level == match_level::exact ? ": " : ", detail not registered";
      if (found.level == match_level::exact) out += found.info->detail_name;
      out += "):";
      detail::append_sentence(out, found.info->description);
      detail::append_sentence(out, found.info->what_to_do);
      break;
    case match_level::class_only: {
      const class_status_info& c = class_meaning(e.status);
      detail::append_sentence(out, "Enhanced status " + code + " (");
      out += c.name;
      out += ", subject not registered):";
      detail::append_sentence(out, c.description);
      detail::append_sentence(out, c.what_to_do);
      break;
    }
    case match_level::none:
      detail::append_sentence(
          out, "Enhanced status " + code + " is not valid, because its class is not 2, 4 or 5.");
      break;
  }

  const status_diagnostics d = e.diagnostics;
  const std::string basic = std::to_string(e.basic);
  if (d.has(status_diagnostic::class_mismatch)) {
    detail::append_sentence(out, "The enhanced status class ");
    detail::append_number(out, e.status.cls);
    out += " disagrees with the basic code " + basic +
           "; RFC 2034 section 4 requires them to match, so the basic code decides.";
  }
  if (d.has(status_diagnostic::on_intermediate_reply)) {
    detail::append_sentence(out,
                            "RFC 2034 says 3xx replies never carry an enhanced status "
                            "code, so the status on this " +
                                basic + " reply should be ignored.");
  }
  if (d.has(status_diagnostic::not_registered) && found.level != match_level::none) {
    detail::append_sentence(out, code +
                                     " is not in the IANA registry, so RFC 3463 section 2 "
                                     "has the client report the general meaning of its ");
    out += found.level == match_level::subject ? "subject" : "class";
    out += ", as above.";
  }
  if (d.has(status_diagnostic::not_associated)) {
    detail::append_sentence(out, "The IANA registry lists ");
    detail::append_associated_codes(out, *found.info);
    out += " for ";
    detail::append_generic_code(out, *found.info);
    out += ", not " + basic +
           "; the list is not exclusive, so this pairing is allowed but not the registered one.";
  }
  if (d.has(status_diagnostic::usage_restricted)) {
    detail::append_sentence(out, "The registry entry for ");
    detail::append_generic_code(out, *found.info);
    out += " restricts it to ";
    out += detail::usage_phrase(found.info->usage);
    out += ", but this reply uses class ";
    detail::append_number(out, e.status.cls);
    out += '.';
  }
  if (d.has(status_diagnostic::deprecated_code)) {
    detail::append_sentence(out, "The registry marks ");
    detail::append_generic_code(out, *found.info);
    out += " as deprecated, so servers should not send it.";
  }
  return out;
}

}  // namespace v1
}  // namespace smtpcodes

#endif
