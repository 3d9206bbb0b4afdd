# smtp-explain bounce: .eml files, mbox files, Maildir directories and standard
# input; JSON lines with the contract's keys and a summary; exit statuses.
set(_bounces "${CMAKE_CURRENT_LIST_DIR}/../fixtures/bounces")

# One JSON object per recipient, with the keys of DESIGN.md, then the summary.
smtpcodes_cli_test(bounce_json RC 0
  ARGS bounce --format json "${_bounces}/postfix_two_recipients.eml"
  OUT "^\\{\"file\":\"[^\"]*postfix_two_recipients.eml\",\"kind\":\"delivery_status\",\"generator\":\"postfix\",\"recipient\":\"bob@example.com\","
      "\"action\":\"failed\",\"status\":\"5.1.1\",\"code\":550,\"diagnostic\":\"550 5.1.1 \\\\u003cbob@example.com\\\\u003e: Recipient address rejected: no such mailbox here\""
      "\"command\":\"rcpt\",\"remote_mta\":\"mx.example.com\",\"reason\":\"user_unknown\",\"bounce\":\"hard\""
      "\n\\{\"file\":[^\n]*\"recipient\":\"carol@nowhere.example\",[^\n]*\"status\":\"5.4.4\",\"code\":null,"
      "\n\\{\"summary\":\\{\"files\":1,\"messages\":1,\"records\":2,\"hard\":2,\"soft\":0,\"unreadable\":0,")
# A message without recipient records: file and kind only.
smtpcodes_cli_test(bounce_json_auto_reply RC 0
  ARGS bounce --format json "${_bounces}/auto_reply_rfc3834.eml"
  OUT "^\\{\"file\":\"[^\"]*auto_reply_rfc3834.eml\",\"kind\":\"auto_reply\"\\}\n\\{\"summary\":")
smtpcodes_cli_test(bounce_json_delayed RC 0
  ARGS bounce --format json "${_bounces}/postfix_delayed.eml"
  OUT "\"action\":\"delayed\",\"status\":\"4.4.1\"" "\"advice\":\"retry_later\"")
smtpcodes_cli_test(bounce_json_feedback RC 0
  ARGS bounce --format json "${_bounces}/arf_abuse.eml"
  OUT "\"kind\":\"feedback\"" "\"recipient\":\"nina@isp.example\"" "\"feedback_type\":\"abuse\""
      "\"bounce\":\"none\"")
# The charset the library names is converted with iconv: ISO-2022-JP to UTF-8,
# and the converted text is judged (the library saw only the ISO-2022-JP bytes).
smtpcodes_cli_test(bounce_json_iconv RC 0
  ARGS bounce --format json "${_bounces}/domino_iso2022jp.eml"
  OUT "\"diagnostic\":\"宛先が見つかりません\"" "\"reason\":\"user_unknown\",\"bounce\":\"hard\"")
# An mbox file: each message, numbered.
smtpcodes_cli_test(bounce_mbox RC 0
  ARGS bounce --format json "${_bounces}/two_messages.mbox"
  OUT "^\\{\"file\":\"[^\"]*two_messages.mbox\",\"message\":1,\"kind\":\"delivery_status\",\"generator\":\"qmail\",\"recipient\":\"ben@example.com\""
      "\n\\{\"file\":\"[^\"]*two_messages.mbox\",\"kind\":\"not_a_report\"\\}\n"
      "\"messages\":2,\"records\":1,")
# A Maildir: cur/ and new/.
smtpcodes_cli_test(bounce_maildir RC 0
  ARGS bounce --format json "${_bounces}/maildir"
  OUT "cur/1710150000.M1P1.host\",\"kind\":\"delivery_status\",\"generator\":\"yahoo\",\"recipient\":\"jon@example.com\""
      "new/1710150100.M2P2.host\",\"kind\":\"auto_reply\"\\}"
      "\"summary\":\\{\"files\":2,\"messages\":2,")
# Text output: a line per message, then per recipient, then the summary.
smtpcodes_cli_test(bounce_text RC 0
  ARGS bounce "${_bounces}/qmail_two_recipients.eml"
  OUT "qmail_two_recipients.eml: delivery_status \\(qmail\\), 2 recipients\n"
      "\n  zack@example.com  failed  5.1.1  550  after rcpt  -> user_unknown \\(hard\\)\n"
      "\n  abe@gone.example  failed  5.1.2  -> host_unknown \\(hard\\)\n"
      "\n1 message in 1 file, 2 recipient records \\(2 hard, 0 soft\\)\n")
# Unreadable input is an error, never "0 messages"; the other paths are still read.
smtpcodes_cli_test(bounce_missing_file RC 1
  ARGS bounce --format json "${_bounces}/no-such-file.eml" EMPTY_OUT
  ERR "^smtp-explain: cannot read '[^']*no-such-file.eml': No such file or directory\n$")
smtpcodes_cli_test(bounce_missing_and_present RC 1
  ARGS bounce --format json "${_bounces}/no-such-file.eml" "${_bounces}/yahoo_style.eml"
  OUT "\"recipient\":\"jon@example.com\"" "\"unreadable\":1"
  ERR "cannot read '[^']*no-such-file.eml'")
smtpcodes_cli_test(bounce_not_a_maildir RC 1
  ARGS bounce "${_bounces}/maildir/cur" EMPTY_OUT
  ERR "is a directory but not a Maildir \\(no cur/ or new/ inside\\)")
# Usage errors.
smtpcodes_cli_test(bounce_no_path RC 2 ARGS bounce EMPTY_OUT ERR "bounce needs at least one PATH")
smtpcodes_cli_test(bounce_bad_format RC 2
  ARGS bounce --format html "${_bounces}/yahoo_style.eml" EMPTY_OUT ERR "bounce writes text or json")

# Standard input ("-").
if(NOT CMAKE_HOST_WIN32)
  add_test(NAME cli_bounce_stdin
    COMMAND sh -c "\"$0\" bounce --format json - < \"$1\""
      $<TARGET_FILE:smtp-explain> "${_bounces}/exim_failed.eml")
  set_tests_properties(cli_bounce_stdin PROPERTIES LABELS "unit;cli"
    PASS_REGULAR_EXPRESSION "\"file\":\"-\",\"kind\":\"delivery_status\",\"generator\":\"exim\",\"recipient\":\"cal@example.com\"")
endif()

# Operator rules: each recipient judged for its Remote-MTA; the deciding rule named.
if(SMTPCODES_HAVE_TOML)
  smtpcodes_cli_test(bounce_rules RC 0
    ARGS bounce --format json --rules "${_bounces}/rules.toml" "${_bounces}/postfix_two_recipients.eml"
    OUT "\"recipient\":\"bob@example.com\",[^\n]*\"reason\":\"has_moved\",[^\n]*\"rule\":\"example.com: this wording means the address moved\",\"throttle\":\\{\"target\":\"domain\",\"seconds\":3600\\}"
        "\"recipient\":\"carol@nowhere.example\",[^\n]*\"rule\":null"
        "\"rules\":\\{")
endif()

# The retry question: with --attempts and --since each record says when to try
# again (F,2h,15m; G,16h,1h,1.5; ...: after 3 attempts in 2h the next is 1h away).
smtpcodes_cli_test(bounce_attempts_json RC 0
  ARGS bounce --format json --attempts 3 --since 2h "${_bounces}/postfix_delayed.eml"
  OUT "\"recipient\":\"erin@slow.example\",[^\n]*\"advice\":\"retry_later\",[^\n]*\"rule\":null,\"throttle\":null,\"next_retry\":\\{\"expired\":false,\"wait_seconds\":3600\\}\\}\n")
smtpcodes_cli_test(bounce_attempts_text RC 0
  ARGS bounce --attempts 1 --since 0s --schedule "F,1d,20m" "${_bounces}/postfix_delayed.eml"
  OUT "  erin@slow.example  delayed  4.4.1  -> network_error \\(soft\\)\n    connect to [^\n]*\n    Next retry: in 20m\n")
smtpcodes_cli_test(bounce_attempts_without_since RC 2
  ARGS bounce --attempts 3 "${_bounces}/postfix_delayed.eml" EMPTY_OUT
  ERR "--attempts and --since go together")
# --remote-host names the host for every record: the rule for example.com no longer applies.
if(SMTPCODES_HAVE_TOML)
  smtpcodes_cli_test(bounce_remote_host RC 0
    ARGS bounce --format json --rules "${_bounces}/rules.toml" --remote-host mx.other.test
         "${_bounces}/postfix_two_recipients.eml"
    OUT "\"recipient\":\"bob@example.com\",[^\n]*\"reason\":\"user_unknown\",[^\n]*\"rule\":null"
        "\"rules\":\\{\"\\(built-in\\)\":2\\}")
  smtpcodes_cli_test(bounce_rules_text RC 0
    ARGS bounce --rules "${_bounces}/rules.toml" "${_bounces}/postfix_two_recipients.eml"
    OUT "  bob@example.com  failed  5.1.1  550  after rcpt  -> has_moved \\(hard\\)\n    550 5.1.1 [^\n]*\n    Rule: example.com: this wording means the address moved\n    Throttle: hold back sending to this domain for 1h\n"
        "\nrule +replies\nexample.com: this wording means the address moved +1\n\\(built-in\\) +1\n")
endif()

# Memory bounded whatever the input (tests/cli/bounce_checks.py, Python standard
# library only): a 64 MiB line and a 64 MiB message on a pipe and in a file,
# the exact edges of --max-line-length and --max-message-size, mbox separators
# (CRLF, across reads), gzip, and a write error. Their flags: register.cmake.
if(Python3_Interpreter_FOUND)
  foreach(_check long_line big_message limit_edges mbox_separators gzip write_errors)
    add_test(NAME cli_bounce_${_check}
      COMMAND "${Python3_EXECUTABLE}" "${CMAKE_CURRENT_LIST_DIR}/bounce_checks.py"
        --explain "$<TARGET_FILE:smtp-explain>" --source "${PROJECT_SOURCE_DIR}"
        --work "${CMAKE_CURRENT_BINARY_DIR}/cli/bounce_${_check}" ${_zlib_flag}
        ${_rss_flag} ${_check})
    set_tests_properties(cli_bounce_${_check} PROPERTIES LABELS "unit;cli" TIMEOUT 300)
  endforeach()
endif()
