# smtp-explain compare, explain, list, scan and usage errors.
# compare: the seed headings in each language, exit 0.
smtpcodes_cli_test(compare_en RC 0 ARGS compare 211 455
  OUT "^SMTP 211 System Status vs 455 Server Unable to Accommodate\n" "\nKey Differences\n"
      "\n1\\. 211 is a 2xx Positive Completion response, while 455 is a 4xx Transient Negative response\\.\n")
smtpcodes_cli_test(compare_ja RC 0 ARGS compare 211 455 --lang ja
  OUT "\n説明\n" "\nこのコードが表示される場合\n" "\n解決方法\n" "\n主な違い\n" "\nどちらをいつ使うか\n"
      "\n詳しく見る\n")
smtpcodes_cli_test(compare_tr RC 0 ARGS compare 211 452 --lang=tr
  OUT "\nAçıklama\n" "\nGördüğünüzde\n" "\nNasıl Düzeltilir\n" "\nTemel Farklar\n"
      "\nHangisini Ne Zaman Kullanmalı\n" "\nDaha Fazla Öğren\n")
smtpcodes_cli_test(compare_ko RC 0 ARGS compare 421 455 --lang ko
  OUT "\n설명\n" "\n이 코드를 보게 되는 경우\n" "\n해결 방법\n" "\n주요 차이점\n"
      "\n언제 어떤 것을 사용할지\n" "\n더 알아보기\n")
smtpcodes_cli_test(compare_json RC 0 ARGS compare 211 455 --format json JSON
  OUT "\"same_class\": false")
smtpcodes_cli_test(compare_html RC 0 ARGS compare 220 455 --format html --lang ja
  OUT "^<!DOCTYPE html>\n" "<h2>主な違い</h2>" "<html lang=\"ja\">")
smtpcodes_cli_test(compare_markdown RC 0 ARGS compare 421 455 --format markdown
  OUT "^# SMTP 421 Service Not Available vs 455 Server Unable to Accommodate\n" "\n## Key Differences\n")

# explain: codes, whole replies, log lines; JSON in every language.
smtpcodes_cli_test(explain_code RC 0 ARGS explain 550 OUT "^SMTP 550 Mailbox Unavailable\n" "\nAdvice\n")
smtpcodes_cli_test(explain_reply RC 0 ARGS explain --command RCPT 550 5.1.1 User unknown
  OUT "\nServer Text\n\n550 5.1.1 User unknown\n" "5\\.1\\.1 \\(Addressing Status: " "Bounce: +Hard\n"
      "Reason: +Unknown recipient \\(user_unknown\\)\n")
smtpcodes_cli_test(explain_log_line RC 0
  ARGS explain "host mx.example.com[192.0.2.1] said: 452 4.5.3 Too many recipients (in reply to RCPT TO command)"
  OUT "^SMTP 452 Insufficient Storage\n" "Command: +RCPT\n")
smtpcodes_cli_test(explain_unregistered RC 0 ARGS explain 571 OUT "571 is not defined by any RFC")
smtpcodes_cli_test(explain_json_ko RC 0 ARGS explain 421 4.3.2 Try again later --lang ko --format json JSON
  OUT "\"close_connection\": true")
smtpcodes_cli_test(explain_hostile RC 0 ARGS explain "550 5.7.1 <script>alert(1)</script>" --format html
  OUT "&lt;script&gt;alert\\(1\\)&lt;/script&gt;")
smtpcodes_cli_test(explain_999 RC 1 ARGS explain 999 EMPTY_OUT
  ERR "^smtp-explain: '999' is not an SMTP reply code \\(must be 100-599\\)\n$")
smtpcodes_cli_test(explain_999_text RC 1 ARGS explain 999 Something EMPTY_OUT
  ERR "'999' is not an SMTP reply code")
# A text without a reply code is explained from its wording; standard error says no code was found.
smtpcodes_cli_test(explain_no_code RC 0 ARGS explain hello world
  OUT "^Advice: Not determined \\(undefined\\)\n" "\nServer Text\n\nhello world\n"
      "Reason: +Not determined \\(undefined\\)\n"
      "No SMTP reply code was found in the text"
  ERR "no SMTP reply code found in 'hello world'")

# list.
smtpcodes_cli_test(list_text RC 0 ARGS list OUT "\n211 +2xx +System Status +HELP\n" "\n556 +5xx ")
smtpcodes_cli_test(list_json RC 0 ARGS list --format json JSON OUT "^\\[\n")

# Bad input: exit 1 with a message, nothing on stdout.
smtpcodes_cli_test(compare_unregistered RC 1 ARGS compare 571 455 EMPTY_OUT
  ERR "compare needs codes that an RFC defines" "smtp-explain list")
smtpcodes_cli_test(compare_not_a_code RC 1 ARGS compare abc 455 EMPTY_OUT
  ERR "'abc' is not an SMTP reply code")

# Usage errors: exit 2, message and usage on stderr, nothing on stdout.
smtpcodes_cli_test(usage_no_subcommand RC 2 ARGS "" EMPTY_OUT ERR "usage:")
smtpcodes_cli_test(usage_unknown_subcommand RC 2 ARGS frobnicate EMPTY_OUT
  ERR "unknown subcommand 'frobnicate'" "usage:")
smtpcodes_cli_test(usage_compare_one_code RC 2 ARGS compare 211 EMPTY_OUT ERR "exactly two")
smtpcodes_cli_test(usage_explain_nothing RC 2 ARGS explain EMPTY_OUT ERR "explain needs")
smtpcodes_cli_test(usage_unknown_lang RC 2 ARGS compare 211 455 --lang xx EMPTY_OUT
  ERR "unknown language 'xx'")
smtpcodes_cli_test(usage_unknown_format RC 2 ARGS compare 211 455 --format pdf EMPTY_OUT
  ERR "unknown format 'pdf'")
smtpcodes_cli_test(usage_unknown_option RC 2 ARGS compare 211 455 --colour EMPTY_OUT
  ERR "unknown option '--colour'")
smtpcodes_cli_test(usage_option_not_for_list RC 2 ARGS list --command RCPT EMPTY_OUT
  ERR "unknown option '--command' for list")
smtpcodes_cli_test(usage_missing_value RC 2 ARGS compare 211 455 --lang EMPTY_OUT
  ERR "--lang needs a value")
smtpcodes_cli_test(usage_unknown_command RC 2 ARGS explain --command FROB 550 EMPTY_OUT
  ERR "unknown SMTP command 'FROB'")
smtpcodes_cli_test(usage_list_argument RC 2 ARGS list 250 EMPTY_OUT ERR "list takes no arguments")
smtpcodes_cli_test(help RC 0 ARGS --help OUT "usage:")
