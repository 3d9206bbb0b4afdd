// Japanese catalogue (ja). Generated from i18n/ja.json by
// tools/i18n/i18n.py header: edit the JSON file, not this header. Each text
// was translated from the English source whose hash the JSON file stores.
#ifndef SMTPCODES_LOCALE_JA_HPP
#define SMTPCODES_LOCALE_JA_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
namespace ja_texts {
/// Per-code texts of Japanese, in registry order.
inline constexpr code_text codes[] = {
  {211,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {214,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {220,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {221,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {235,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {250,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {251,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {252,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {253,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {334,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {354,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {355,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {421,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {432,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {450,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {451,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {452,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {453,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {454,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {455,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {458,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {459,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {500,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {501,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {502,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {503,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {504,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {521,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {530,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {534,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {535,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {538,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {550,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {551,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {552,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {553,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {554,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {555,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
  {556,
   "",
   "",
   "",
   "",
   "",
   "",
   "",
   ""},
};
/// Enhanced-status texts of Japanese, in registry order.
inline constexpr status_text statuses[] = {
  {0, 0,
   "",
   "",
   ""},
  {1, 0,
   "",
   "",
   ""},
  {1, 1,
   "",
   "",
   ""},
  {1, 2,
   "",
   "",
   ""},
  {1, 3,
   "",
   "",
   ""},
  {1, 4,
   "",
   "",
   ""},
  {1, 5,
   "",
   "",
   ""},
  {1, 6,
   "",
   "",
   ""},
  {1, 7,
   "",
   "",
   ""},
  {1, 8,
   "",
   "",
   ""},
  {1, 9,
   "",
   "",
   ""},
  {1, 10,
   "",
   "",
   ""},
  {2, 0,
   "",
   "",
   ""},
  {2, 1,
   "",
   "",
   ""},
  {2, 2,
   "",
   "",
   ""},
  {2, 3,
   "",
   "",
   ""},
  {2, 4,
   "",
   "",
   ""},
  {3, 0,
   "",
   "",
   ""},
  {3, 1,
   "",
   "",
   ""},
  {3, 2,
   "",
   "",
   ""},
  {3, 3,
   "",
   "",
   ""},
  {3, 4,
   "",
   "",
   ""},
  {3, 5,
   "",
   "",
   ""},
  {3, 6,
   "",
   "",
   ""},
  {4, 0,
   "",
   "",
   ""},
  {4, 1,
   "",
   "",
   ""},
  {4, 2,
   "",
   "",
   ""},
  {4, 3,
   "",
   "",
   ""},
  {4, 4,
   "",
   "",
   ""},
  {4, 5,
   "",
   "",
   ""},
  {4, 6,
   "",
   "",
   ""},
  {4, 7,
   "",
   "",
   ""},
  {5, 0,
   "",
   "",
   ""},
  {5, 1,
   "",
   "",
   ""},
  {5, 2,
   "",
   "",
   ""},
  {5, 3,
   "",
   "",
   ""},
  {5, 4,
   "",
   "",
   ""},
  {5, 5,
   "",
   "",
   ""},
  {5, 6,
   "",
   "",
   ""},
  {6, 0,
   "",
   "",
   ""},
  {6, 1,
   "",
   "",
   ""},
  {6, 2,
   "",
   "",
   ""},
  {6, 3,
   "",
   "",
   ""},
  {6, 4,
   "",
   "",
   ""},
  {6, 5,
   "",
   "",
   ""},
  {6, 6,
   "",
   "",
   ""},
  {6, 7,
   "",
   "",
   ""},
  {6, 8,
   "",
   "",
   ""},
  {6, 9,
   "",
   "",
   ""},
  {6, 10,
   "",
   "",
   ""},
  {7, 0,
   "",
   "",
   ""},
  {7, 1,
   "",
   "",
   ""},
  {7, 2,
   "",
   "",
   ""},
  {7, 3,
   "",
   "",
   ""},
  {7, 4,
   "",
   "",
   ""},
  {7, 5,
   "",
   "",
   ""},
  {7, 6,
   "",
   "",
   ""},
  {7, 7,
   "",
   "",
   ""},
  {7, 8,
   "",
   "",
   ""},
  {7, 9,
   "",
   "",
   ""},
  {7, 10,
   "",
   "",
   ""},
  {7, 11,
   "",
   "",
   ""},
  {7, 12,
   "",
   "",
   ""},
  {7, 13,
   "",
   "",
   ""},
  {7, 14,
   "",
   "",
   ""},
  {7, 15,
   "",
   "",
   ""},
  {7, 16,
   "",
   "",
   ""},
  {7, 17,
   "",
   "",
   ""},
  {7, 18,
   "",
   "",
   ""},
  {7, 19,
   "",
   "",
   ""},
  {7, 20,
   "",
   "",
   ""},
  {7, 21,
   "",
   "",
   ""},
  {7, 22,
   "",
   "",
   ""},
  {7, 23,
   "",
   "",
   ""},
  {7, 24,
   "",
   "",
   ""},
  {7, 25,
   "",
   "",
   ""},
  {7, 26,
   "",
   "",
   ""},
  {7, 27,
   "",
   "",
   ""},
  {7, 28,
   "",
   "",
   ""},
  {7, 29,
   "",
   "",
   ""},
  {7, 30,
   "",
   "",
   ""},
};
}  // namespace ja_texts

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
  c.heading_status_list = "";
  c.heading_typical_statuses = "";
  c.heading_related_codes = "";
  c.heading_compare_with = "";
  c.heading_what_to_do = "";
  c.compare_title = "SMTP {a} {name_a} と {b} {name_b} の比較";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code}（どの RFC でも未定義）";
  c.status_title = "";
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
  c.class_outcome[0] = "";
  c.class_outcome[1] = "";
  c.class_outcome[2] = "";
  c.class_outcome[3] = "";
  c.class_outcome[4] = "";
  c.class_outcome[5] = "";
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
  c.diff_meaning = "";
  c.diff_retry = "{a} の後は、{retry_a}。{b} の後は、{retry_b}。";
  c.diff_connection = "{a} の後は、{conn_a}。{b} の後は、{conn_b}。";
  c.diff_commands = "{a} は {cmds_a} に対する応答で、{b} は {cmds_b} に対する応答です。";
  c.diff_status = "";
  c.diff_status_first_only = "";
  c.diff_status_second_only = "";
  c.diff_spec = "";
  c.retry_phrases[0] = "再試行は不要です";
  c.retry_phrases[1] = "クライアントは要求の次の部分を送信します";
  c.retry_phrases[2] = "クライアントはメッセージを保持して後で再試行します";
  c.retry_phrases[3] = "クライアントは要求を変更してから再試行する必要があります";
  c.retry_phrases[4] = "同じ要求を繰り返してはいけません";
  c.retry_phrases[5] = "応答から使える指示は得られません";
  c.spec_names[0] = "";
  c.spec_names[1] = "";
  c.spec_names[2] = "";
  c.connection_closes = "サーバーが接続を閉じます";
  c.connection_stays_open = "接続は次のコマンドのために開いたままです";
  c.command_connect = "接続の確立";
  c.command_end_of_data = "メッセージデータの終わり";
  c.command_any = "任意のコマンド";
  c.list_separator = "、";
  c.list_last_separator = "、";
  c.list_last_or = "";
  c.which_by_outcome = "";
  c.which_same_class = "";
  c.which_item = "";
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
  c.reason_line = "";
  c.reason_names[0] = "";
  c.reason_names[1] = "";
  c.reason_names[2] = "";
  c.reason_names[3] = "";
  c.reason_names[4] = "";
  c.reason_names[5] = "";
  c.reason_names[6] = "";
  c.reason_names[7] = "";
  c.reason_names[8] = "";
  c.reason_names[9] = "";
  c.reason_names[10] = "";
  c.reason_names[11] = "";
  c.reason_names[12] = "";
  c.reason_names[13] = "";
  c.reason_names[14] = "";
  c.reason_names[15] = "";
  c.reason_names[16] = "";
  c.reason_names[17] = "";
  c.reason_names[18] = "";
  c.reason_names[19] = "";
  c.reason_names[20] = "";
  c.reason_names[21] = "";
  c.reason_names[22] = "";
  c.reason_names[23] = "";
  c.reason_names[24] = "";
  c.reason_names[25] = "";
  c.reason_names[26] = "";
  c.reason_names[27] = "";
  c.reason_names[28] = "";
  c.reason_names[29] = "";
  c.reason_names[30] = "";
  c.reason_names[31] = "";
  c.reason_names[32] = "";
  c.why_texts[0] = "";
  c.why_texts[1] = "";
  c.why_texts[2] = "";
  c.why_texts[3] = "";
  c.why_texts[4] = "";
  c.why_texts[5] = "";
  c.why_texts[6] = "";
  c.why_texts[7] = "";
  c.why_texts[8] = "";
  c.why_texts[9] = "";
  c.why_texts[10] = "";
  c.why_texts[11] = "";
  c.why_texts[12] = "";
  c.why_texts[13] = "";
  c.why_texts[14] = "";
  c.why_texts[15] = "";
  c.why_texts[16] = "";
  c.why_texts[17] = "";
  c.why_texts[18] = "";
  c.why_texts[19] = "";
  c.why_texts[20] = "";
  c.why_texts[21] = "";
  c.why_texts[22] = "";
  c.why_texts[23] = "";
  c.why_texts[24] = "";
  c.why_texts[25] = "";
  c.why_texts[26] = "";
  c.why_texts[27] = "";
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
  c.status_subject_names[0] = "";
  c.status_subject_names[1] = "";
  c.status_subject_names[2] = "";
  c.status_subject_names[3] = "";
  c.status_subject_names[4] = "";
  c.status_subject_names[5] = "";
  c.status_subject_names[6] = "";
  c.status_subject_names[7] = "";
  c.status_class_names[0] = "";
  c.status_class_names[1] = "";
  c.status_class_names[2] = "";
  c.status_class_descriptions[0] = "";
  c.status_class_descriptions[1] = "";
  c.status_class_descriptions[2] = "";
  c.status_class_what_to_do[0] = "";
  c.status_class_what_to_do[1] = "";
  c.status_class_what_to_do[2] = "";
  c.status_intro = "";
  c.label_usage = "";
  c.usage_names[0] = "";
  c.usage_names[1] = "";
  c.usage_names[2] = "";
  c.usage_names[3] = "";
  c.usage_names[4] = "";
  c.usage_names[5] = "";
  c.usage_names[6] = "";
  c.label_subject = "";
  c.status_deprecated = "";
  c.status_codes_any = "";
  c.status_codes_none = "";
  c.status_codes_class = "";
  c.status_list_intro = "";
  c.site_title = "";
  c.site_intro = "";
  c.index_compare_note = "";
  c.compare_link = "";
  c.nav_home = "";
  c.nav_codes = "";
  c.nav_statuses = "";
  c.nav_language = "";
  c.nav_previous = "";
  c.nav_next = "";
  c.skip_link = "";
  c.footer_note = "";
  c.code_texts = ja_texts::codes;
  c.code_text_count = sizeof(ja_texts::codes) / sizeof(code_text);
  c.status_texts = ja_texts::statuses;
  c.status_text_count = sizeof(ja_texts::statuses) / sizeof(status_text);
  return c;
}();
// clang-format on

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
