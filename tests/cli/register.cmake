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

# The cases: one cases_<topic>.cmake file per subcommand or concern.
file(GLOB _smtpcodes_cli_cases CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/cases_*.cmake")
foreach(_cases IN LISTS _smtpcodes_cli_cases)
  include("${_cases}")
endforeach()
