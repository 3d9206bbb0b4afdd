# smtp-explain with operator rules, provider profiles and retry decisions;
# `rules check`. The rules files are in tests/fixtures/rules and examples/.
set(_rules "${PROJECT_SOURCE_DIR}/tests/fixtures/rules")
if(SMTPCODES_HAVE_TOML)
  smtpcodes_cli_test(rules_check_example RC 0
    ARGS rules check "${PROJECT_SOURCE_DIR}/examples/rules.toml"
    OUT "rules.toml: 5 rules, valid\n$")
  smtpcodes_cli_test(rules_check_bad_key RC 1 ARGS rules check "${_rules}/bad_key.toml" EMPTY_OUT
    ERR "^[^\n]*bad_key.toml:7: unknown key 'colour'")
  smtpcodes_cli_test(rules_check_bad_value RC 1 ARGS rules check "${_rules}/bad_value.toml" EMPTY_OUT
    ERR "^[^\n]*bad_value.toml:4: bad reason 'dead'")
  smtpcodes_cli_test(rules_check_missing RC 1 ARGS rules check "${_rules}/nonexistent.toml" EMPTY_OUT
    ERR "nonexistent.toml: cannot read the file")
  smtpcodes_cli_test(explain_rules_rewrite RC 0
    ARGS explain --rules "${PROJECT_SOURCE_DIR}/examples/rules.toml" --command RCPT
      450 4.1.1 "<x@y>: Recipient address rejected: User unknown in local recipient table"
    OUT "Bounce: +Hard\n" "Rule: local-table-user-unknown\n")
  smtpcodes_cli_test(explain_rules_json RC 0
    ARGS explain --rules "${PROJECT_SOURCE_DIR}/examples/rules.toml" --remote-host mx.bulk.example
      --attempts 2 --since 20m --format json 421 4.7.0 Too many messages from your host JSON
    OUT "\"rule\": \"bulk-rate-limit\"" "\"throttle\": {\n +\"target\": \"domain\",\n +\"seconds\": 7200"
        "\"next_retry\": {\n +\"expired\": false,\n +\"wait_seconds\": 7200")
  smtpcodes_cli_test(explain_rules_bad_file RC 1
    ARGS explain --rules "${_rules}/bad_value.toml" 550 EMPTY_OUT ERR "bad_value.toml:4: ")
  smtpcodes_cli_test(scan_rules_summary RC 0
    ARGS scan --rules "${PROJECT_SOURCE_DIR}/examples/rules.toml" --summary --format json
      "${_rules}/hits.log" JSON
    OUT "^{\"summary\":{\"files\":1,[^\n]*\"lines\":3,\"records\":3,\"replies\":3,[^\n]*\"rules\":{\"local-table-user-unknown\":1,\"reputation-blocks-are-temporary\":1,\"\\(built-in\\)\":1},\"counts_exact\":true}}\n$")
endif()
smtpcodes_cli_test(explain_json_builtin_rule_null RC 0 ARGS explain --format json 550 5.1.1 User unknown JSON
  OUT "\"rule\": null" "\"throttle\": null")
smtpcodes_cli_test(explain_provider_gmail RC 0
  ARGS explain --remote-host gmail-smtp-in.l.google.com 421 4.7.28 Gmail has detected an unusual rate of email
  OUT "Reason: +Sending rate limited \\(rate_limited\\)\n" "Rule: gmail:4.7.28-rate-limited\n")
smtpcodes_cli_test(explain_next_retry_expired RC 0
  ARGS explain --attempts 30 --since 4d --format json 451 4.3.0 Try again later JSON
  OUT "\"next_retry\": {\n +\"expired\": true,\n +\"wait_seconds\": 0")
smtpcodes_cli_test(explain_next_retry_schedule RC 0
  ARGS explain --attempts 1 --since 0s --schedule "F,1d,20m" 451 4.3.0 Try again later
  OUT "Next retry: in 20m\n")
smtpcodes_cli_test(usage_attempts_without_since RC 2 ARGS explain --attempts 3 451 EMPTY_OUT
  ERR "--attempts and --since go together")
smtpcodes_cli_test(usage_bad_schedule RC 2
  ARGS explain --attempts 3 --since 1h --schedule "Q,1h" 451 EMPTY_OUT ERR "is not a retry schedule")
smtpcodes_cli_test(usage_rules_no_file RC 2 ARGS rules check EMPTY_OUT ERR "use: rules check FILE")
