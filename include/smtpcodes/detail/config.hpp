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

#endif
