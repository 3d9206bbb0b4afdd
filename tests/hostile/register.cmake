# The hostile-peer suite (tests/hostile/): smtp-probe against misbehaving
# loopback servers (drip, endless line, flood, garbage, escapes, mismatched
# codes, over-long replies, closes, refusing greetings, ...) and smtp-explain
# on hostile arguments and outputs. One test per case in cases.py; each case
# bounds every run of a tool and stops each server it starts by its pid.
# Included from tests/CMakeLists.txt; needs smtp-probe, smtp-explain and python3.
if(NOT TARGET smtp-probe OR NOT TARGET smtp-explain)
  return()
endif()

# Each build of the tests gets its own ports, so that builds may test at the
# same time: the main build 2720-2739, the sanitizer builds 2740-2759.
set(SMTPCODES_HOSTILE_PORTS "2720-2739" CACHE STRING
  "Loopback ports (LO-HI) the hostile-server tests may bind on 127.0.0.1")

find_package(Python3 COMPONENTS Interpreter QUIET)
if(NOT Python3_Interpreter_FOUND)
  add_test(NAME hostile_suite COMMAND ${CMAKE_COMMAND} -E echo
    "the hostile-server tests need python3 (apt-get install python3)")
  set_tests_properties(hostile_suite PROPERTIES WILL_FAIL TRUE LABELS hostile)
  return()
endif()

set(_hostile_dir "${CMAKE_CURRENT_LIST_DIR}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_hostile_dir}/cases.py")
execute_process(COMMAND "${Python3_EXECUTABLE}" "${_hostile_dir}/cases.py" --list
  OUTPUT_VARIABLE _hostile_cases OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _hostile_rc)
if(NOT _hostile_rc EQUAL 0 OR _hostile_cases STREQUAL "")
  message(FATAL_ERROR "tests/hostile/cases.py --list failed (${_hostile_rc})")
endif()
foreach(_case IN LISTS _hostile_cases)
  add_test(NAME hostile_${_case}
    COMMAND "${Python3_EXECUTABLE}" "${_hostile_dir}/cases.py"
      --probe $<TARGET_FILE:smtp-probe> --explain $<TARGET_FILE:smtp-explain>
      --ports ${SMTPCODES_HOSTILE_PORTS} --work "${CMAKE_CURRENT_BINARY_DIR}/hostile/${_case}"
      ${_case})
  set_tests_properties(hostile_${_case} PROPERTIES LABELS hostile TIMEOUT 180)
endforeach()
