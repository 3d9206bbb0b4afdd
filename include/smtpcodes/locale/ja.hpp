// Japanese catalogue (日本語). Headings follow the existing Japanese
// comparison pages; per-code texts stay in English unless a code_text table
// is added.
#ifndef SMTPCODES_LOCALE_JA_HPP
#define SMTPCODES_LOCALE_JA_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
/// Japanese.
inline constexpr catalogue ja = [] {
  catalogue c{};
  c.tag = "ja";
  c.language = "日本語";

  c.heading_description = "説明";
  c.heading_when_seen = "このコードが表示される場合";
  c.heading_how_to_fix = "解決方法";
  c.heading_key_differences = "主な違い";
  c.heading_when_to_use = "どちらをいつ使うか";
  c.heading_learn_more = "詳しく見る";
  c.heading_explanation = "解説";
  c.heading_enhanced_status = "拡張ステータスコード";
  c.heading_advice = "推奨される対応";
  c.heading_reason = "理由";
  c.heading_other_meaning = "別の意味";
  c.heading_server_text = "サーバーの応答テキスト";
  c.heading_code_list = "登録済みの SMTP 応答コード";

  c.compare_title = "SMTP {a} {name_a} と {b} {name_b} の比較";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code}（どの RFC でも未定義）";

  c.class_names[0] = "不正な形式";
  c.class_names[1] = "1xx 肯定予備";
  c.class_names[2] = "2xx 肯定完了";
  c.class_names[3] = "3xx 肯定中間";
  c.class_names[4] = "4xx 一時的否定";
  c.class_names[5] = "5xx 永続的否定";

  c.class_gist[0] = "{code} は有効な応答コードではないため、定義された意味を持ちません。";
  c.class_gist[1] = "{code} は予備応答です。サーバーは要求を受け付けましたが、実行する前に確認を待っています。";
  c.class_gist[2] = "{code} は、要求された操作が完了したことを示します。";
  c.class_gist[3] = "{code} は、サーバーがコマンドを受け付け、クライアントからの追加情報を待っていることを示します。";
  c.class_gist[4] = "{code} は、今回は要求が実行されなかったものの、同じ要求が後で成功する可能性があることを示します。";
  c.class_gist[5] = "{code} は、要求が実行されず、変更せずに繰り返しても再び失敗することを示します。";

  c.class_gist_both[0] = "どちらも有効な応答コードではありません。";
  c.class_gist_both[1] = "どちらも予備応答です。サーバーは要求を受け付けましたが、実行する前に確認を待っています。";
  c.class_gist_both[2] = "どちらも、要求された操作が完了したことを示します。";
  c.class_gist_both[3] = "どちらも、サーバーがコマンドを受け付け、クライアントからの追加情報を待っていることを示します。";
  c.class_gist_both[4] = "どちらも、今回は要求が実行されなかったものの、同じ要求が後で成功する可能性があることを示します。";
  c.class_gist_both[5] = "どちらも、要求が実行されず、変更せずに繰り返しても再び失敗することを示します。";

  c.class_remedy[0] = "この応答をトランザクションの致命的なエラーとして扱い、トランザクションを終了してください。";
  c.class_remedy[1] = "最終応答を待ってください。1xx 応答を使う拡張をネゴシエートしていないクライアントは、トランザクションを終了すべきです。";
  c.class_remedy[2] = "対応は不要です。セッションの次の手順に進んでください。";
  c.class_remedy[3] = "コマンドを完了するために、サーバーが求めている情報を送信してください。";
  c.class_remedy[4] = "メッセージをキューに残して後で再試行してください。同じ応答が何日も続く場合は、遅延を送信者に知らせてください。";
  c.class_remedy[5] = "同じ要求を繰り返さないでください。先にコマンド、アドレス、またはメッセージを修正するか、メッセージを送信者に返送してください。";

  c.category_names[0] = "構文";
  c.category_names[1] = "情報";
  c.category_names[2] = "接続";
  c.category_names[3] = "未割り当て (x3z)";
  c.category_names[4] = "未割り当て (x4z)";
  c.category_names[5] = "メールシステム";
  c.category_names[6] = "未定義";

  c.category_meaning[0] = "2 桁目の 0 は、構文エラー、他のカテゴリに当てはまらないコマンド、およびサーバーが実装していないコマンドを表します。";
  c.category_meaning[1] = "2 桁目の 1 は、ステータスやヘルプなど、情報の要求に対する応答を表します。";
  c.category_meaning[2] = "2 桁目の 2 は、伝送チャネル、つまり接続そのものに関する応答を表します。";
  c.category_meaning[3] = "RFC 5321 は 2 桁目の 3 にカテゴリを割り当てていません。拡張機能がこれを、たとえば認証の応答に使っています。";
  c.category_meaning[4] = "RFC 5321 は 2 桁目の 4 にカテゴリを割り当てていません。";
  c.category_meaning[5] = "2 桁目の 5 は、要求された転送やその他のメールシステム操作に関する、受信側メールシステムの状態を表します。";
  c.category_meaning[6] = "RFC 5321 は 2 桁目が 6 から 9 の場合のカテゴリを定義しておらず、そのような桁を含む応答行は有効な SMTP 構文ではありません。";

  c.intro_different = "SMTP {a}（{name_a}）は{class_a}の応答であり、{b}（{name_b}）は{class_b}の応答です。";
  c.intro_same = "SMTP {a}（{name_a}）と {b}（{name_b}）は、どちらも「{class}」カテゴリに属します。";
  c.in_contrast = "一方、{text}";
  c.no_differences = "SMTP {a} と {b} は同じコードなので、違いはありません。";

  c.diff_class = "{a} は{class_a}の応答であり、{b} は{class_b}の応答です。";
  c.diff_category = "2 桁目で見ると、{a} は「{cat_a}」カテゴリに、{b} は「{cat_b}」カテゴリに属します。";
  c.diff_meaning = "SMTP {code}: {text}";
  c.diff_when_seen = "{code} が返される場面: {text}";
  c.diff_retry = "{a} の後は、{retry_a}。{b} の後は、{retry_b}。";
  c.diff_connection = "{a} の後は、{conn_a}。{b} の後は、{conn_b}。";
  c.diff_commands = "{a} は {cmds_a} に対する応答で、{b} は {cmds_b} に対する応答です。";
  c.retry_phrases[0] = "再試行は不要です";
  c.retry_phrases[1] = "クライアントは要求の次の部分を送信します";
  c.retry_phrases[2] = "クライアントはメッセージを保持して後で再試行します";
  c.retry_phrases[3] = "クライアントは要求を変更してから再試行する必要があります";
  c.retry_phrases[4] = "同じ要求を繰り返してはいけません";
  c.retry_phrases[5] = "応答から使える指示は得られません";
  c.connection_closes = "サーバーが接続を閉じます";
  c.connection_stays_open = "接続は次のコマンドのために開いたままです";
  c.command_connect = "接続の確立";
  c.command_end_of_data = "メッセージデータの終わり";
  c.command_any = "任意のコマンド";
  c.list_separator = "、";
  c.list_last_separator = "、";

  c.which_item = "{code}（{name}）の場合: {text}";
  c.reference_item = "SMTP {code}: {text}";

  c.class_line = "{code} は{class}の応答です。";
  c.category_line = "2 桁目で見ると、{code} は「{category}」カテゴリに属します。";
  c.unregistered_intro = "{code} はどの RFC でも定義されていないため、クライアントは 1 桁目に従って{class}の応答として扱います。";
  c.unregistered_when_seen = "サーバーが、どの SMTP 仕様にも定義されていない {code} を送信しました。";
  c.malformed_intro = "{code} は SMTP の応答コードではありません。応答コードは 100 から 599 までの数値です。";
  c.alternate_line = "{commands} の後では、{code} は別の意味になります: {name}。";

  c.label_code = "コード";
  c.label_class = "クラス";
  c.label_category = "カテゴリ";
  c.label_name = "名前";
  c.label_commands = "対象コマンド";
  c.label_command = "コマンド";
  c.label_status = "拡張ステータス";
  c.label_action = "対応";
  c.label_scope = "対象";
  c.label_bounce = "バウンスの種類";
  c.label_reason = "理由";
  c.label_delay = "再試行までの時間";
  c.label_connection = "接続";
  c.label_why = "根拠";
  c.connection_close_value = "閉じる";
  c.connection_keep_value = "維持する";
  c.action_names[0] = "続行する";
  c.action_names[1] = "次の部分を送信する";
  c.action_names[2] = "後で再試行する";
  c.action_names[3] = "新しいトランザクションで再試行する";
  c.action_names[4] = "次のホストを試す";
  c.action_names[5] = "要求を変更する";
  c.action_names[6] = "断念する";
  c.scope_names[0] = "なし";
  c.scope_names[1] = "この受信者";
  c.scope_names[2] = "このメッセージ";
  c.scope_names[3] = "このセッション";
  c.bounce_names[0] = "なし";
  c.bounce_names[1] = "ソフトバウンス";
  c.bounce_names[2] = "ハードバウンス";
  c.delay_none = "待機なし";
  c.delay_second = "{n} 秒";
  c.delay_seconds = "{n} 秒";
  c.delay_minute = "{n} 分";
  c.delay_minutes = "{n} 分";
  c.delay_hour = "{n} 時間";
  c.delay_hours = "{n} 時間";
  c.delay_day = "{n} 日";
  c.delay_days = "{n} 日";

  c.status_line = "{status}（{subject}: {detail}）";
  c.status_subject_only = "{status}（{subject}。詳細コードが未登録のため、サブジェクトの一般的な意味が適用されます）";
  c.status_class_only = "{status}（{class_name}。サブジェクトが未登録のため、クラスだけが意味を持ちます）";
  c.status_invalid = "{status} は有効な拡張ステータスコードではありません。クラスが 2、4、5 のいずれでもないためです。";
  c.status_none = "この応答には拡張ステータスコードが含まれていません。";
  c.diagnostics[0] = "拡張ステータスのクラスが基本コードと一致しません。RFC 2034 は両者の一致を求めているため、基本コードが優先されます。";
  c.diagnostics[1] = "IANA レジストリには、この拡張ステータスそのものは登録されていません。";
  c.diagnostics[2] = "IANA レジストリは、この拡張ステータスをこの基本コードと関連付けていません。この組み合わせは許されていますが、一般的ではありません。";
  c.diagnostics[3] = "レジストリでは、この拡張ステータスの使用は別のクラスに限られています。";
  c.diagnostics[4] = "RFC 2034 によれば 3xx 応答は拡張ステータスを持たないため、このステータスは無視されます。";
  c.diagnostics[5] = "レジストリは、この拡張ステータスを非推奨としています。";
  return c;
}();
// clang-format on

static_assert(is_complete(ja), "locale::ja must set every phrase");

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
