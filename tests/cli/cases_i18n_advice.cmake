# smtp-explain explain in the page's language down to the last line: a provider
# profile's why sentence and the Rule, Throttle and Next retry lines after the
# advice (Yandex's 24-hour block: a throttle hint and a retry decision).
set(_yandex_block --remote-host mx.yandex.ru --attempts 1 --since 0s
  550 5.7.1 Blocked by spam statistics)
smtpcodes_cli_test(explain_provider_lines_ja RC 0 ARGS explain --lang ja ${_yandex_block}
  OUT "\n根拠: Yandex は、この送信者から迷惑メールしか届いていないため、24 時間メールをブロックしています。Yandex 宛てのメールを 1 日保留し、原因を解消してください。\nルール: yandex:spam-block-24h\n送信抑制: このドメインへの送信を 1d 控える\n次回の再試行: 1d 後\n$")
smtpcodes_cli_test(explain_provider_lines_de RC 0 ARGS explain --lang de ${_yandex_block}
  OUT "\nBegründung: Yandex sperrt E-Mails dieses Absenders für 24 Stunden, weil von ihm nur Spam kam; halten Sie E-Mails an Yandex einen Tag lang zurück und beheben Sie die Ursache.\nRegel: yandex:spam-block-24h\nDrosselung: Versand an diese Domain für 1d zurückhalten\nNächster Versuch: in 1d\n$")
smtpcodes_cli_test(explain_provider_lines_en RC 0 ARGS explain ${_yandex_block}
  OUT "\nWhy: +Yandex blocks mail from this sender for 24 hours because only spam has been coming from it; hold mail to Yandex for a day and fix the cause.\nRule: yandex:spam-block-24h\nThrottle: hold back sending to this domain for 1d\nNext retry: in 1d\n$")
smtpcodes_cli_test(explain_next_retry_permanent_ko RC 0
  ARGS explain --lang ko --attempts 1 --since 0s 550 5.1.1 User unknown
  OUT "\n다음 재시도: 없음\\(영구적인 실패\\)\n$")
