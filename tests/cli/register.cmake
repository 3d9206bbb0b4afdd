# Command-line tests of smtp-explain: exit statuses, headings in each
# language, JSON that parses. Included from tests/CMakeLists.txt; registers
# nothing when the examples (and so smtp-explain) are not built.
if(NOT TARGET smtp-explain)
  return()
endif()

find_package(Python3 COMPONENTS Interpreter QUIET)

# smtpcodes_cli_test(<name> RC <n> ARGS <a>... [OUT <regex>...] [ERR <regex>...] [EMPTY_OUT] [JSON])
function(smtpcodes_cli_test name)
  cmake_parse_arguments(PARSE_ARGV 1 T "EMPTY_OUT;JSON" "RC" "ARGS;OUT;ERR")
  if(T_JSON AND NOT Python3_Interpreter_FOUND)
    return()
  endif()
  string(REPLACE ";" "|" _args "${T_ARGS}")
  string(REPLACE ";" "|" _out "${T_OUT}")
  string(REPLACE ";" "|" _err "${T_ERR}")
  add_test(NAME cli_${name}
    COMMAND ${CMAKE_COMMAND} "-DEXE=$<TARGET_FILE:smtp-explain>" "-DARGS=${_args}"
      "-DEXPECT_RC=${T_RC}" "-DEXPECT_OUT=${_out}" "-DEXPECT_ERR=${_err}"
      "-DEXPECT_EMPTY_OUT=${T_EMPTY_OUT}" "-DJSON=${T_JSON}" "-DPYTHON=${Python3_EXECUTABLE}"
      "-DWORK=${CMAKE_CURRENT_BINARY_DIR}/cli"
      -P "${CMAKE_CURRENT_LIST_DIR}/run_cli.cmake")
  set_tests_properties(cli_${name} PROPERTIES LABELS "unit;cli")
endfunction()

# Flags of the Python check scripts (scan_checks.py, bounce_checks.py):
# without zlib (zlib1g-dev) the gzip checks expect a clear refusal instead;
# under ASan the bound on the resident set for 64 MiB of input is 60 MiB
# instead of 32 MiB (ASan's shadow memory and quarantine: 52 MiB measured for
# scan with its reading thread and a worker per core), still below the 64 MiB
# read, so the checks still show that the input is not held whole.
get_property(_zlib GLOBAL PROPERTY SMTP_EXPLAIN_HAVE_ZLIB)
set(_zlib_flag "")
if(NOT _zlib)
  set(_zlib_flag --no-zlib)
endif()
set(_rss_flag "")
if(CMAKE_CXX_FLAGS MATCHES "-fsanitize=[a-z,]*address")
  set(_rss_flag --rss-limit-kib 61440)
endif()

# The cases: one cases_<topic>.cmake file per subcommand or concern.
file(GLOB _smtpcodes_cli_cases CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/cases_*.cmake")
foreach(_cases IN LISTS _smtpcodes_cli_cases)
  include("${_cases}")
endforeach()
