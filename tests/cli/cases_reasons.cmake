# smtp-explain explain on bounce texts without a reply code (issue 16), and the
# reason-accuracy report: its self-test always, the corpus run when the corpus
# is there (a measurement that prints figures and never fails on them).

# A status before the code: the reply they make.
smtpcodes_cli_test(explain_status_then_code RC 0
  ARGS explain "5.1.1 550 <ann@example.org>: User unknown"
  OUT "^SMTP 550 Mailbox Unavailable\n" "Bounce: +Hard\n"
      "Reason: +Unknown recipient \\(user_unknown\\)\n")
# A status alone: advice from it and the wording; standard error says no code was found.
smtpcodes_cli_test(explain_status_only RC 0 ARGS explain "5.2.2 Mailbox of bob is over quota"
  OUT "^Advice: Mailbox full \\(mailbox_full\\)\n" "5\\.2\\.2 \\(Mailbox Status: Mailbox full\\)"
      "Action: +Give up\n"
      "Bounce: +Soft\n"
  ERR "no SMTP reply code found in '5\\.2\\.2 Mailbox of bob is over quota'")
# Wording alone, in JSON: "code" is null, the advice is there.
smtpcodes_cli_test(explain_wording_only_json RC 0
  ARGS explain --format json "Sorry, this person doesn't have an account at example.net" JSON
  OUT "\"code\": null" "\"explanation\": null" "\"reason\": \"user_unknown\"" "\"bounce\": \"hard\""
      "\"action\": \"give_up\""
  ERR "no SMTP reply code found")
# In another language: the catalogue's headings.
smtpcodes_cli_test(explain_no_code_ja RC 0 ARGS explain --lang ja "Message expired after 5 days"
  OUT "^推奨される対応: 配送期限切れ（expired）\n" "\n理由: 配送期限切れ（expired）\n" "\n根拠: ")
# A number that is no reply code is still refused.
smtpcodes_cli_test(explain_999_still_refused RC 1 ARGS explain 999 User unknown EMPTY_OUT
  ERR "'999' is not an SMTP reply code")

if(Python3_Interpreter_FOUND)
  set(SMTPCODES_BOUNCE_CORPUS "${PROJECT_SOURCE_DIR}/../shared/bounce-corpus" CACHE PATH
    "A labelled bounce corpus (labels.jsonl) for tools/reason_accuracy.py; skipped when absent")
  add_test(NAME reason_accuracy_selftest
    COMMAND "${Python3_EXECUTABLE}" "${PROJECT_SOURCE_DIR}/tools/reason_accuracy.py" --self-test
      "$<TARGET_FILE:smtp-explain>")
  add_test(NAME reason_accuracy
    COMMAND "${Python3_EXECUTABLE}" "${PROJECT_SOURCE_DIR}/tools/reason_accuracy.py"
      --corpus "${SMTPCODES_BOUNCE_CORPUS}" "$<TARGET_FILE:smtp-explain>")
  set_tests_properties(reason_accuracy_selftest PROPERTIES LABELS "unit;cli")
  set_tests_properties(reason_accuracy PROPERTIES LABELS "unit;cli;accuracy")
endif()
