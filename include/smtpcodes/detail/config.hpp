// Internal configuration macros shared by every smtpcodes header.
#ifndef SMTPCODES_DETAIL_CONFIG_HPP
#define SMTPCODES_DETAIL_CONFIG_HPP

#if defined(__GNUC__) || defined(__clang__)
#define SMTPCODES_HAS_IS_CONSTANT_EVALUATED 1
#define SMTPCODES_IS_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#else
#define SMTPCODES_HAS_IS_CONSTANT_EVALUATED 0
#define SMTPCODES_IS_CONSTANT_EVALUATED() true
#endif

// Small steps inside the scans are inlined whatever the size of the caller
// (GCC's limits can leave them as calls in a large translation unit: five per
// cent more instructions for advise() on a log line in the benchmark
// program); a scan's rarer work is kept out of its loop, so that the loop
// keeps its registers.
#if defined(__GNUC__) || defined(__clang__)
#define SMTPCODES_ALWAYS_INLINE __attribute__((always_inline))
#define SMTPCODES_NOINLINE __attribute__((noinline))
#else
#define SMTPCODES_ALWAYS_INLINE
#define SMTPCODES_NOINLINE
#endif

#endif
