// The README example: what a reply code means and what to do about it.
#include <smtpcodes/smtpcodes.hpp>

#include <cstdio>

int main() {
  using namespace smtpcodes;
  for (unsigned code : {250u, 421u, 550u, 571u}) {
    const code_explanation e = explain(code);
    const auto name = e.is_registered() ? e.registered->name : e.klass->name;
    std::printf("%u %.*s (%.*s)\n", code, static_cast<int>(name.size()), name.data(),
                static_cast<int>(e.klass->short_name.size()), e.klass->short_name.data());
  }
  static_assert(classify(reply_code::mailbox_unavailable) == reply_class::permanent_negative);
  return 0;
}
