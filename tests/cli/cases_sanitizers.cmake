# scan of an ordinary log (the maillog the project's Postfix wrote), checked
# by its records. These cases run in the sanitizer build too
# (sanitize_asan_ubsan in tests/CMakeLists.txt), where they prove that the log
# scan has no undefined behaviour and no memory error on everyday lines.
smtpcodes_cli_test(scan_postfix_maillog RC 0
  ARGS scan "${PROJECT_SOURCE_DIR}/tests/fixtures/postfix/maillog.txt" --format json
  OUT "\"line\": *14,[^\n]*\"code\": *554,[^\n]*\"reason\": *\"blocked\""
      "\"line\": *30,[^\n]*\"code\": *550,[^\n]*\"enhanced\": *\"5\\.1\\.1\",[^\n]*\"reason\": *\"user_unknown\""
      "\"line\": *31,[^\n]*\"code\": *554,[^\n]*\"reason\": *\"relay_denied\"")
