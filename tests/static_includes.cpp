// What the umbrella header brings in: building this file is the test.
//
// smtpcodes.hpp leaves out <cstring>: the library copies and searches bytes
// through the compiler's builtins (SMTPCODES_MEMCPY and friends in
// detail/config.hpp). With <cstring>'s declarations, a file that includes the
// umbrella holds more than 131,072 tokens, and g++ doubles the array it lexes
// them into: 4 % more memory and 3-6 % more compile time for the same
// instructions (bench/RESULTS.md, include cost).
#include <smtpcodes/smtpcodes.hpp>

#if defined(__GLIBCXX__) && defined(_GLIBCXX_CSTRING)
#error "smtpcodes.hpp includes <cstring>"
#endif

int main() { return 0; }
