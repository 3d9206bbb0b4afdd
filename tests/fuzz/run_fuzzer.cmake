# Runs one libFuzzer target for the fuzz_* tests (cmake -P). Fails on any
# finding, and prints the executions and exec/s from libFuzzer's final stats.
#   -DFUZZER=<binary> -DSEEDS=<seed corpus dir> -DWORK=<scratch dir>
#   -DDICT=<dictionary> -DSECONDS=<max_total_time>
# With -DMISSING=<message> it only fails with that message (no fuzzer here).
cmake_minimum_required(VERSION 3.16)

if(DEFINED MISSING)
  message(FATAL_ERROR "${MISSING}")
endif()
foreach(_var FUZZER SEEDS WORK DICT SECONDS)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "run_fuzzer.cmake: -D${_var}=... is required")
  endif()
endforeach()
if(NOT EXISTS "${FUZZER}")
  message(FATAL_ERROR "fuzzer binary ${FUZZER} not found: did the fuzz_build test pass?")
endif()
get_filename_component(_name "${FUZZER}" NAME)

# A fresh copy of the seeds: libFuzzer adds what it finds to its corpus
# directory, and the seeds in the source tree stay as they are.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
file(GLOB _seeds LIST_DIRECTORIES false "${SEEDS}/*")
list(FILTER _seeds EXCLUDE REGEX "/\\.[^/]*$")
list(LENGTH _seeds _seed_count)
if(_seed_count EQUAL 0)
  message(FATAL_ERROR "no seed files in ${SEEDS}")
endif()
file(COPY ${_seeds} DESTINATION "${WORK}/corpus")

set(_log "${WORK}/fuzz.log")
set(_args -max_total_time=${SECONDS} -timeout=25 -rss_limit_mb=2048 -error_exitcode=77
  -print_final_stats=1 -dict=${DICT} -artifact_prefix=${WORK}/artifacts/)
message(STATUS "${_name}: ${_seed_count} seeds, ${SECONDS} s, log ${_log}")
execute_process(COMMAND "${FUZZER}" ${_args} "${WORK}/corpus"
  RESULT_VARIABLE _rc OUTPUT_FILE "${_log}" ERROR_FILE "${_log}")

file(READ "${_log}" _out)
set(_executions "")
set(_rate "")
if(_out MATCHES "stat::number_of_executed_units: *([0-9]+)")
  set(_executions "${CMAKE_MATCH_1}")
endif()
if(_out MATCHES "stat::average_exec_per_sec: *([0-9]+)")
  set(_rate "${CMAKE_MATCH_1}")
endif()
file(GLOB _corpus "${WORK}/corpus/*")
list(LENGTH _corpus _corpus_count)
message(STATUS "${_name}: executions: ${_executions}, exec/s: ${_rate}, corpus: ${_corpus_count} files")

if(NOT _rc EQUAL 0)
  file(GLOB _artifacts "${WORK}/artifacts/*")
  # The report: from the first invariant failure, UBSan or sanitizer error on.
  string(LENGTH "${_out}" _len)
  set(_at ${_len})
  foreach(_marker "smtpcodes fuzz invariant failed" "runtime error:" "ERROR:")
    string(FIND "${_out}" "${_marker}" _hit)
    if(_hit GREATER_EQUAL 0 AND _hit LESS _at)
      set(_at ${_hit})
    endif()
  endforeach()
  if(_at EQUAL _len)
    math(EXPR _at "${_len} - 4000")
  else()
    math(EXPR _at "${_at} - 200")
  endif()
  if(_at LESS 0)
    set(_at 0)
  endif()
  string(SUBSTRING "${_out}" ${_at} 6000 _report)
  message(FATAL_ERROR "${_name} found a problem (exit code ${_rc}).\n${_report}\n"
    "Reproducer(s): ${_artifacts}\nRerun one with: ${FUZZER} <file>")
endif()
if(NOT _executions OR _executions EQUAL 0)
  message(FATAL_ERROR "${_name} ran no input (no stat::number_of_executed_units in ${_log})")
endif()
