# smtp-explain postfix-filter: usage errors and --help here; the running
# server (answers, bad input, concurrency, signals) in postfix_filter_service.py
# on 127.0.0.1 ports 2672-2677.
smtpcodes_cli_test(postfix_filter_help RC 0 ARGS postfix-filter --help
  OUT "usage: smtp-explain postfix-filter --listen HOST:PORT"
      "smtp_delivery_status_filter = socketmap:inet:127.0.0.1:2670:smtpcodes"
      "dead-address" "recipient-limit-552" "temporary-5xx")
smtpcodes_cli_test(postfix_filter_no_listen RC 2 ARGS postfix-filter EMPTY_OUT
  ERR "postfix-filter needs --listen HOST:PORT")
smtpcodes_cli_test(postfix_filter_bad_listen RC 2 ARGS postfix-filter --listen 2670 EMPTY_OUT
  ERR "--listen needs HOST:PORT")
smtpcodes_cli_test(postfix_filter_bad_port RC 2 ARGS postfix-filter --listen 127.0.0.1:99999
  EMPTY_OUT ERR "with a port 1-65535")
smtpcodes_cli_test(postfix_filter_bad_max_clients RC 2
  ARGS postfix-filter --listen 127.0.0.1:2677 --max-clients 0 EMPTY_OUT
  ERR "--max-clients needs a number from 1 to 10000")
smtpcodes_cli_test(postfix_filter_bad_name RC 2
  ARGS postfix-filter --listen 127.0.0.1:2677 --name a:b EMPTY_OUT
  ERR "--name needs a map name without spaces")
smtpcodes_cli_test(postfix_filter_arguments RC 2 ARGS postfix-filter --listen 127.0.0.1:2677 extra
  EMPTY_OUT ERR "postfix-filter takes no arguments")

if(Python3_Interpreter_FOUND)
  if(SMTPCODES_HAVE_TOML)
    set(_toml --toml)
  else()
    set(_toml "")
  endif()
  add_test(NAME postfix_filter_service
    COMMAND "${Python3_EXECUTABLE}" "${CMAKE_CURRENT_LIST_DIR}/postfix_filter_service.py"
      --explain "$<TARGET_FILE:smtp-explain>" ${_toml})
  set_tests_properties(postfix_filter_service PROPERTIES LABELS "unit;cli" TIMEOUT 300)
endif()

# The systemd unit docs/postfix.md gives, checked where systemd-analyze is
# installed (Debian's systemd package); not registered elsewhere.
find_program(SMTPCODES_SYSTEMD_ANALYZE NAMES systemd-analyze)
if(SMTPCODES_SYSTEMD_ANALYZE)
  add_test(NAME postfix_filter_systemd_unit
    COMMAND ${CMAKE_COMMAND} "-DANALYZE=${SMTPCODES_SYSTEMD_ANALYZE}"
      "-DUNIT=${PROJECT_SOURCE_DIR}/examples/systemd/smtpcodes-postfix-filter.service"
      "-DEXE=$<TARGET_FILE:smtp-explain>" "-DWORK=${CMAKE_CURRENT_BINARY_DIR}/systemd"
      -P "${CMAKE_CURRENT_LIST_DIR}/check_systemd_unit.cmake")
  set_tests_properties(postfix_filter_systemd_unit PROPERTIES LABELS "unit;cli")
else()
  message(STATUS "smtpcodes: systemd-analyze not found, the postfix-filter unit file is not checked")
endif()

# smtp-explain scan counts the statuses postfix-filter rewrote, per decider, from
# the tag that ends Postfix's text; a tag inside the text, not at its end, is not one.
set(_pf_log "${PROJECT_SOURCE_DIR}/tests/fixtures/logs/postfix_filter.log")
smtpcodes_cli_test(scan_postfix_filter_json RC 0 ARGS scan --summary --format json "${_pf_log}"
  OUT "^\\{\"summary\":\\{\"files\":1,[^\n]*\"records\":8,\"replies\":8,[^\n]*\"status\":\\{\"bounced\":4,\"deferred\":3,\"sent\":1\\},[^\n]*,\"rewritten\":\\{\"built-in dead-address\":2,\"built-in temporary-5xx\":1,\"built-in recipient-limit-552\":1,\"rule \\\\\"hold\\\\\"\":1\\},\"rules\":\\{\"\\(built-in\\)\":8\\},\"counts_exact\":true\\}\\}\n$"
  JSON)
smtpcodes_cli_test(scan_postfix_filter_text RC 0 ARGS scan --summary "${_pf_log}"
  OUT "\nrewritten by postfix-filter    records\n  built-in dead-address +2\n  built-in temporary-5xx +1\n  built-in recipient-limit-552 +1\n  rule \"hold\" +1\n\nrule ")
smtpcodes_cli_test(scan_postfix_filter_none RC 0 ARGS scan --summary --format json
  "${PROJECT_SOURCE_DIR}/tests/fixtures/logs/mixed.log" OUT ",\"rewritten\":\\{\\},\"rules\":")
smtpcodes_cli_test(scan_postfix_filter_none_text RC 0 ARGS scan --summary
  "${PROJECT_SOURCE_DIR}/tests/fixtures/logs/mixed.log"
  OUT "^5 records " "\n        1  554 5\\.7\\.1 <>: Relay access denied\n\nrule +replies\n")
