# Checks examples/systemd/smtpcodes-postfix-filter.service with
# `systemd-analyze verify` (cmake -P): a copy whose ExecStart names the
# smtp-explain just built must verify with exit status 0 and no message.
#   -DANALYZE=<systemd-analyze> -DUNIT=<unit file> -DEXE=<smtp-explain> -DWORK=<dir>
file(READ "${UNIT}" _unit)
string(FIND "${_unit}" "/usr/local/bin/smtp-explain " _at)
if(_at LESS 0)
  message(FATAL_ERROR "${UNIT}: no ExecStart=/usr/local/bin/smtp-explain ...")
endif()
string(REPLACE "/usr/local/bin/smtp-explain " "${EXE} " _unit "${_unit}")
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(_name "${UNIT}" NAME)
file(WRITE "${WORK}/${_name}" "${_unit}")
execute_process(COMMAND "${ANALYZE}" verify "${WORK}/${_name}"
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0 OR NOT "${_out}${_err}" STREQUAL "")
  message(FATAL_ERROR "systemd-analyze verify ${_name}: exit ${_rc}\n${_out}${_err}")
endif()
message(STATUS "systemd-analyze verify ${_name}: clean")
