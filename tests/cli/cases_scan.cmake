# smtp-explain scan: records and summaries of Postfix, Exim and Sendmail logs.
set(_logs "${PROJECT_SOURCE_DIR}/tests/fixtures/logs")

# One record per delivery or rejection, with every key of the contract.
smtpcodes_cli_test(scan_json RC 0 ARGS scan "${_logs}/mixed.log" --format json
  OUT "^\\{\"file\":\"[^\"]*mixed\\.log\",\"line\":1,\"time\":\"Nov 22 06:05:01\",\"host\":\"out\",\"program\":\"postfix/smtp\",\"queue_id\":\"4Xb2c15Z8Kz9\",\"recipient\":\"u@example\\.com\",\"relay\":\"mx\\.example\\.com\\[192\\.0\\.2\\.1\\]:25\",\"delay\":0\\.21,\"dsn\":\"5\\.1\\.1\",\"status\":\"bounced\",\"code\":550,\"enhanced\":\"5\\.1\\.1\",\"command\":\"rcpt\",\"action\":\"give_up\",\"reason\":\"user_unknown\",\"bounce\":\"hard\",\"text\":\"<u@example\\.com>: Recipient address rejected: User unknown in virtual mailbox table\",\"rule\":null,\"throttle\":null\\}\n"
      "\n\\{[^\n]*\"line\":3,\"time\":\"2026-11-22 06:05:03\",\"host\":null,\"program\":null,\"queue_id\":\"1rX2ab-000Abc-Cd\",\"recipient\":\"v@example\\.net\",\"relay\":\"mx\\.example\\.net \\[198\\.51\\.100\\.7\\]\",\"delay\":null,\"dsn\":null,\"status\":\"bounced\",\"code\":452,\"enhanced\":\"4\\.5\\.3\",\"command\":\"rcpt\",\"action\":\"retry_new_transaction\",\"reason\":\"too_many_recipients\",\"bounce\":\"soft\","
      "\n\\{[^\n]*\"line\":5,[^\n]*\"program\":\"sm-mta\",[^\n]*\"delay\":1,\"dsn\":\"4\\.2\\.2\",\"status\":\"deferred\",\"code\":452,\"enhanced\":\"4\\.2\\.2\",\"command\":null,\"action\":\"retry_later\",\"reason\":\"mailbox_full\",\"bounce\":\"soft\","
      "\n\\{[^\n]*\"line\":6,[^\n]*\"queue_id\":null,\"recipient\":\"y@other\\.test\",\"relay\":null,[^\n]*\"status\":\"rejected\",\"code\":554,\"enhanced\":\"5\\.7\\.1\",\"command\":\"rcpt\",\"action\":\"give_up\",\"reason\":\"relay_denied\",\"bounce\":\"soft\","
      "\n\\{\"summary\":\\{\"files\":1,\"unreadable_files\":0,\"bytes\":1214,\"lines\":6,\"records\":5,\"replies\":5,[^\n]*,\"rules\":\\{\"\\(built-in\\)\":5\\},\"counts_exact\":true\\}\\}\n$")
smtpcodes_cli_test(scan_text RC 0 ARGS scan "${_logs}/mixed.log"
  OUT "mixed\\.log:1: bounced to u@example\\.com via mx\\.example\\.com\\[192\\.0\\.2\\.1\\]:25: 550 5\\.1\\.1 after RCPT -> give_up, user_unknown \\(hard\\)\n    <u@example\\.com>: Recipient address rejected"
      "\n5 records \\(5 with an SMTP reply\\) in 6 lines, 1214 bytes, 1 file\n"
      "\n  user_unknown +1 +1 +0\n" "\n  relay_denied +1 +0 +1\n" "\n  example\\.org +2 +1\n"
      "\n  +1  550 5\\.1\\.1 <>: Recipient address rejected: User unknown in virtual mailbox table\n")
smtpcodes_cli_test(scan_summary_text RC 0 ARGS scan --summary "${_logs}/mixed.log"
  OUT "^5 records \\(5 with an SMTP reply\\) in 6 lines, 1214 bytes, 1 file\n\nstatus")
smtpcodes_cli_test(scan_missing_file RC 1 ARGS scan /nonexistent/mail.log EMPTY_OUT
  ERR "^smtp-explain: cannot read '/nonexistent/mail\\.log': No such file or directory\n$")
smtpcodes_cli_test(scan_directory RC 1 ARGS scan "${_logs}" EMPTY_OUT ERR "is a directory")
smtpcodes_cli_test(scan_markdown RC 2 ARGS scan --format markdown EMPTY_OUT
  ERR "scan writes text or json")
smtpcodes_cli_test(scan_bad_top RC 2 ARGS scan --top x "${_logs}/mixed.log" EMPTY_OUT
  ERR "--top must be a number")
smtpcodes_cli_test(scan_help RC 0 ARGS scan --help
  OUT "^usage: smtp-explain scan " "\nexamples:\n" "\nexit status: 0 scanned, 1 " "--max-line-length N"
  "\n  --threads N +threads that judge")

# The checks that need files made on the fly, standard input, a terminal or a
# closed pipe (tests/cli/scan_checks.py, Python standard library only).
# Their flags (no zlib, the resident-set bound under ASan): register.cmake.
if(Python3_Interpreter_FOUND)
  set(_checks schema formats escapes gzip stdin paths binary long_lines sigpipe progress
              top_lists odd_fields marks blocks threads statuses)
  if(SMTPCODES_HAVE_TOML)  # --rules needs toml++
    list(APPEND _checks threads_rules)
  endif()
  foreach(_check IN LISTS _checks)
    add_test(NAME cli_scan_${_check}
      COMMAND "${Python3_EXECUTABLE}" "${CMAKE_CURRENT_LIST_DIR}/scan_checks.py"
        --explain "$<TARGET_FILE:smtp-explain>" --source "${PROJECT_SOURCE_DIR}"
        --work "${CMAKE_CURRENT_BINARY_DIR}/cli/scan_${_check}" ${_zlib_flag} ${_rss_flag}
        ${_check})
    set_tests_properties(cli_scan_${_check} PROPERTIES LABELS "unit;cli" TIMEOUT 300)
  endforeach()
endif()
