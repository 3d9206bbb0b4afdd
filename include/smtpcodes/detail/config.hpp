// Every compiler and instruction-set macro of smtpcodes, in one place: how a
// function asks whether it runs in a constant expression, the inlining
// attributes of the scans, whether the target counts bits in one instruction,
// the builtins that copy and search bytes, and which kernel set of
// detail/simd.hpp the run-time fast paths use. Algorithm code tests only
// SMTPCODES_RUN_FAST().
#ifndef SMTPCODES_DETAIL_CONFIG_HPP
#define SMTPCODES_DETAIL_CONFIG_HPP

#if defined(__GNUC__) || defined(__clang__)
#define SMTPCODES_GNU_COMPATIBLE 1
#else
#define SMTPCODES_GNU_COMPATIBLE 0
#endif

// Without the builtin every call is treated as constant evaluation: the plain
// paths, which are correct everywhere.
#if SMTPCODES_GNU_COMPATIBLE
#define SMTPCODES_IS_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#else
#define SMTPCODES_IS_CONSTANT_EVALUATED() true
#endif

// Small steps inside the scans are inlined whatever the size of the caller
// (GCC's limits can leave them as calls in a large translation unit); a
// scan's rarer work is kept out of its loop, so that the loop keeps its
// registers.
#if SMTPCODES_GNU_COMPATIBLE
#define SMTPCODES_ALWAYS_INLINE __attribute__((always_inline))
#define SMTPCODES_NOINLINE __attribute__((noinline))
#else
#define SMTPCODES_ALWAYS_INLINE
#define SMTPCODES_NOINLINE
#endif

// The popcnt instruction (x86 with -mpopcnt or -march=x86-64-v2 and later;
// AArch64 always). Without it GCC compiles __builtin_popcount into a call to
// libgcc, slower than the few word operations simd::popcount() uses instead.
#if SMTPCODES_GNU_COMPATIBLE && (defined(__POPCNT__) || defined(__aarch64__))
#define SMTPCODES_HAS_POPCNT 1
#else
#define SMTPCODES_HAS_POPCNT 0
#endif

// The byte copies and the byte search of the run-time paths: the compiler's
// builtins where it has them, so that the headers need not include
// <cstring>, whose declarations are some 3,600 tokens every including file
// lexes (g++ holds a file's tokens in one array, which doubles past 131,072
// of them); std::memcpy and friends otherwise.
#if SMTPCODES_GNU_COMPATIBLE
#define SMTPCODES_MEMCPY __builtin_memcpy
#define SMTPCODES_MEMMOVE __builtin_memmove
#define SMTPCODES_MEMCHR __builtin_memchr
#else
#include <cstring>
#define SMTPCODES_MEMCPY std::memcpy
#define SMTPCODES_MEMMOVE std::memmove
#define SMTPCODES_MEMCHR std::memchr
#endif

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SMTPCODES_LITTLE_ENDIAN 1
#else
#define SMTPCODES_LITTLE_ENDIAN 0
#endif

// SMTPCODES_FORCE_SCALAR (define it before including smtpcodes): the run-time
// fast paths are off, and every function takes the byte-at-a-time path that
// constant evaluation takes. The differential fuzz build compares the two.
#if defined(SMTPCODES_FORCE_SCALAR)
#define SMTPCODES_FAST_PATHS 0
#else
#define SMTPCODES_FAST_PATHS 1
#endif

// The kernel set of detail/simd.hpp that the fast paths use: SSE2 (x86-64
// has it always), else SWAR on 64-bit words (little-endian GCC and Clang),
// else the plain byte loops.
#if SMTPCODES_GNU_COMPATIBLE && defined(__SSE2__)
#define SMTPCODES_SIMD_SSE2 1
#else
#define SMTPCODES_SIMD_SSE2 0
#endif
#if SMTPCODES_GNU_COMPATIBLE && SMTPCODES_LITTLE_ENDIAN
#define SMTPCODES_SIMD_SWAR 1
#else
#define SMTPCODES_SIMD_SWAR 0
#endif

// The kernel sets detail/simd.hpp compiles: by default only the one the fast
// paths use (every set is code each including file pays for); with
// SMTPCODES_SIMD_ALL_SETS defined before including smtpcodes, every set this
// compiler can build, so that tests/test_simd.cpp can compare them.
#if defined(SMTPCODES_SIMD_ALL_SETS)
#define SMTPCODES_SIMD_BUILD_SSE2 SMTPCODES_SIMD_SSE2
#define SMTPCODES_SIMD_BUILD_SWAR SMTPCODES_SIMD_SWAR
#define SMTPCODES_SIMD_BUILD_PLAIN 1
#else
#define SMTPCODES_SIMD_BUILD_SSE2 SMTPCODES_SIMD_SSE2
#define SMTPCODES_SIMD_BUILD_SWAR (SMTPCODES_SIMD_SWAR && !SMTPCODES_SIMD_SSE2)
#define SMTPCODES_SIMD_BUILD_PLAIN (!SMTPCODES_SIMD_SSE2 && !SMTPCODES_SIMD_SWAR)
#endif

/// True where a function may take its run-time fast path: not in a constant
/// expression, and fast paths not switched off.
#define SMTPCODES_RUN_FAST() (SMTPCODES_FAST_PATHS && !SMTPCODES_IS_CONSTANT_EVALUATED())

#endif
