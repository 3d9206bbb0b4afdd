# The optional libraries of the opt-in headers, found once for the examples,
# tests and benchmarks: toml++ for rules_toml.hpp (Debian libtomlplusplus-dev)
# and PCRE2 for rules_pcre2.hpp (Debian libpcre2-dev). Sets SMTPCODES_HAVE_TOML
# and SMTPCODES_HAVE_PCRE2; the imported targets are tomlplusplus::tomlplusplus
# and PkgConfig::SMTPCODES_PCRE2. Included once, by the top-level CMakeLists.txt.

find_package(tomlplusplus CONFIG QUIET)
if(TARGET tomlplusplus::tomlplusplus)
  set(SMTPCODES_HAVE_TOML ON)
else()
  set(SMTPCODES_HAVE_TOML OFF)
  message(STATUS "smtpcodes: toml++ not found; rules files (rules_toml.hpp) are not built or "
                 "tested. On Debian install 'libtomlplusplus-dev'.")
endif()

set(SMTPCODES_HAVE_PCRE2 OFF)
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(SMTPCODES_PCRE2 QUIET IMPORTED_TARGET GLOBAL libpcre2-8)
  if(TARGET PkgConfig::SMTPCODES_PCRE2)
    set(SMTPCODES_HAVE_PCRE2 ON)
  endif()
endif()
if(NOT SMTPCODES_HAVE_PCRE2)
  message(STATUS "smtpcodes: PCRE2 not found; regex rule conditions (rules_pcre2.hpp) are not "
                 "built or tested. On Debian install 'libpcre2-dev'.")
endif()

# Links `target` with toml++ and PCRE2 where found and defines
# SMTPCODES_HAVE_TOML / SMTPCODES_HAVE_PCRE2 for it.
function(smtpcodes_link_optional target)
  if(SMTPCODES_HAVE_TOML)
    target_link_libraries(${target} PRIVATE tomlplusplus::tomlplusplus)
    target_compile_definitions(${target} PRIVATE SMTPCODES_HAVE_TOML=1)
  endif()
  if(SMTPCODES_HAVE_PCRE2)
    target_link_libraries(${target} PRIVATE PkgConfig::SMTPCODES_PCRE2)
    target_compile_definitions(${target} PRIVATE SMTPCODES_HAVE_PCRE2=1)
  endif()
endfunction()
