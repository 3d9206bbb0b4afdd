# Writes the whole site afresh (a page left from an earlier run would hide a
# page the generator no longer writes) and reports how long it took.
file(REMOVE_RECURSE "${OUT}")
string(TIMESTAMP _start "%s%f")
execute_process(COMMAND "${EXE}" site --out "${OUT}" --base-url "${BASE}" RESULT_VARIABLE _rc)
string(TIMESTAMP _end "%s%f")
math(EXPR _ms "(${_end} - ${_start}) / 1000")
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "smtp-explain site failed with exit status ${_rc}")
endif()
message(STATUS "site written in ${_ms} ms")
