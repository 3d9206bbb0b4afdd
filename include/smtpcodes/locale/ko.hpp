// Korean catalogue (ko). Generated from i18n/ko.json by
// tools/i18n/i18n.py header: edit the JSON file, not this header. Each text
// was translated from the English source whose hash the JSON file stores.
#ifndef SMTPCODES_LOCALE_KO_HPP
#define SMTPCODES_LOCALE_KO_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
namespace ko_texts {
/// Per-code texts of Korean, in registry order.
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
/// Enhanced-status texts of Korean, in registry order.
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
}  // namespace ko_texts

/// Korean.
inline constexpr catalogue ko = [] {
  catalogue c{};
  c.tag = "ko";
  c.language = "한국어";
  c.heading_description = "설명";
  c.heading_when_seen = "이 코드를 보게 되는 경우";
  c.heading_how_to_fix = "해결 방법";
  c.heading_key_differences = "주요 차이점";
  c.heading_when_to_use = "언제 어떤 것을 사용할지";
  c.heading_learn_more = "더 알아보기";
  c.heading_explanation = "의미";
  c.heading_enhanced_status = "확장 상태 코드";
  c.heading_advice = "권장 조치";
  c.heading_reason = "사유";
  c.heading_other_meaning = "다른 의미";
  c.heading_server_text = "서버 응답 텍스트";
  c.heading_code_list = "등록된 SMTP 응답 코드";
  c.heading_status_list = "";
  c.heading_typical_statuses = "";
  c.heading_related_codes = "";
  c.heading_compare_with = "";
  c.heading_what_to_do = "";
  c.compare_title = "SMTP {a} {name_a} 대 {b} {name_b} 비교";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code} (어떤 RFC에도 정의되지 않음)";
  c.status_title = "";
  c.class_names[0] = "잘못된 형식";
  c.class_names[1] = "1xx 긍정 예비 응답";
  c.class_names[2] = "2xx 긍정 완료 응답";
  c.class_names[3] = "3xx 긍정 중간 응답";
  c.class_names[4] = "4xx 일시적 부정 응답";
  c.class_names[5] = "5xx 영구적 부정 응답";
  c.class_gist[0] = "{code} 값은 유효한 응답 코드가 아니므로 정의된 의미가 없습니다.";
  c.class_gist[1] = "{code} 코드는 예비 응답입니다. 서버가 요청을 받아들였지만 실행하기 전에 확인을 기다립니다.";
  c.class_gist[2] = "{code} 코드는 요청한 작업이 완료되었음을 알립니다.";
  c.class_gist[3] = "{code} 코드는 서버가 명령을 받아들였고 클라이언트의 추가 정보를 기다리고 있음을 알립니다.";
  c.class_gist[4] = "{code} 코드는 이번에는 요청이 처리되지 않았지만 같은 요청이 나중에는 성공할 수 있음을 알립니다.";
  c.class_gist[5] = "{code} 코드는 요청이 처리되지 않았으며 바꾸지 않고 반복하면 다시 실패한다는 것을 알립니다.";
  c.class_gist_both[0] = "둘 다 유효한 응답 코드가 아닙니다.";
  c.class_gist_both[1] = "둘 다 예비 응답입니다. 서버가 요청을 받아들였지만 실행하기 전에 확인을 기다립니다.";
  c.class_gist_both[2] = "둘 다 요청한 작업이 완료되었음을 알립니다.";
  c.class_gist_both[3] = "둘 다 서버가 명령을 받아들였고 클라이언트의 추가 정보를 기다리고 있음을 알립니다.";
  c.class_gist_both[4] = "둘 다 이번에는 요청이 처리되지 않았지만 같은 요청이 나중에는 성공할 수 있음을 알립니다.";
  c.class_gist_both[5] = "둘 다 요청이 처리되지 않았으며 바꾸지 않고 반복하면 다시 실패한다는 것을 알립니다.";
  c.class_remedy[0] = "이 응답을 트랜잭션의 치명적인 오류로 처리하고 트랜잭션을 종료하십시오.";
  c.class_remedy[1] = "최종 응답을 기다리십시오. 1xx 응답을 사용하는 확장을 협상하지 않은 클라이언트는 트랜잭션을 종료해야 합니다.";
  c.class_remedy[2] = "조치할 필요가 없습니다. 세션의 다음 단계를 진행하십시오.";
  c.class_remedy[3] = "명령을 완료하려면 서버가 요청한 정보를 보내십시오.";
  c.class_remedy[4] = "메시지를 대기열에 두고 나중에 다시 시도하십시오. 같은 응답이 며칠 동안 계속되면 발신자에게 지연을 알리십시오.";
  c.class_remedy[5] = "같은 요청을 반복하지 마십시오. 먼저 명령, 주소 또는 메시지를 수정하거나 메시지를 발신자에게 반송하십시오.";
  c.class_outcome[0] = "";
  c.class_outcome[1] = "";
  c.class_outcome[2] = "";
  c.class_outcome[3] = "";
  c.class_outcome[4] = "";
  c.class_outcome[5] = "";
  c.category_names[0] = "구문";
  c.category_names[1] = "정보";
  c.category_names[2] = "연결";
  c.category_names[3] = "미지정 (x3z)";
  c.category_names[4] = "미지정 (x4z)";
  c.category_names[5] = "메일 시스템";
  c.category_names[6] = "정의되지 않음";
  c.category_meaning[0] = "두 번째 자리의 0은 구문 오류, 다른 범주에 속하지 않는 명령, 서버가 구현하지 않은 명령을 나타냅니다.";
  c.category_meaning[1] = "두 번째 자리의 1은 상태나 도움말 같은 정보 요청에 대한 응답을 나타냅니다.";
  c.category_meaning[2] = "두 번째 자리의 2는 전송 채널, 즉 연결 자체에 관한 응답을 나타냅니다.";
  c.category_meaning[3] = "RFC 5321은 두 번째 자리의 3에 범주를 지정하지 않으며, 확장 기능이 이를 예컨대 인증 응답에 사용합니다.";
  c.category_meaning[4] = "RFC 5321은 두 번째 자리의 4에 범주를 지정하지 않습니다.";
  c.category_meaning[5] = "두 번째 자리의 5는 요청된 전송이나 기타 메일 시스템 작업에 대한 수신 메일 시스템의 상태를 나타냅니다.";
  c.category_meaning[6] = "RFC 5321은 두 번째 자리가 6에서 9 사이인 경우의 범주를 정의하지 않으며, 그런 숫자가 있는 응답 줄은 올바른 SMTP 구문이 아닙니다.";
  c.intro_different = "SMTP {a} 코드({name_a})는 {class_a}이고, {b} 코드({name_b})는 {class_b}입니다.";
  c.intro_same = "SMTP {a} 코드({name_a})와 {b} 코드({name_b})는 모두 '{class}' 범주에 속합니다.";
  c.in_contrast = "반면 {text}";
  c.no_differences = "SMTP {a} 코드와 {b} 코드는 같은 코드이므로 차이점이 없습니다.";
  c.diff_class = "{a} 코드는 {class_a}이고, {b} 코드는 {class_b}입니다.";
  c.diff_category = "두 번째 자리로 보면 {a} 코드는 '{cat_a}' 범주에, {b} 코드는 '{cat_b}' 범주에 속합니다.";
  c.diff_meaning = "";
  c.diff_retry = "{a} 코드 이후에는 {retry_a}. {b} 코드 이후에는 {retry_b}.";
  c.diff_connection = "{a} 코드 이후에는 {conn_a}. {b} 코드 이후에는 {conn_b}.";
  c.diff_commands = "{a} 코드는 다음에 대한 응답입니다: {cmds_a}. {b} 코드는 다음에 대한 응답입니다: {cmds_b}.";
  c.diff_status = "";
  c.diff_status_first_only = "";
  c.diff_status_second_only = "";
  c.diff_spec = "";
  c.retry_phrases[0] = "다시 시도할 필요가 없습니다";
  c.retry_phrases[1] = "클라이언트가 요청의 다음 부분을 보냅니다";
  c.retry_phrases[2] = "클라이언트가 메시지를 보관했다가 나중에 다시 시도합니다";
  c.retry_phrases[3] = "클라이언트가 요청을 바꾼 뒤에 다시 시도해야 합니다";
  c.retry_phrases[4] = "같은 요청을 반복해서는 안 됩니다";
  c.retry_phrases[5] = "응답에서 쓸 수 있는 지시를 얻을 수 없습니다";
  c.spec_names[0] = "";
  c.spec_names[1] = "";
  c.spec_names[2] = "";
  c.connection_closes = "서버가 연결을 닫습니다";
  c.connection_stays_open = "다음 명령을 위해 연결이 유지됩니다";
  c.command_connect = "연결 수립";
  c.command_end_of_data = "메시지 데이터의 끝";
  c.command_any = "모든 명령";
  c.list_separator = ", ";
  c.list_last_separator = ", ";
  c.list_last_or = "";
  c.which_by_outcome = "";
  c.which_same_class = "";
  c.which_item = "";
  c.reference_item = "SMTP {code}: {text}";
  c.class_line = "{code} 코드는 {class}입니다.";
  c.category_line = "두 번째 자리로 보면 {code} 코드는 '{category}' 범주에 속합니다.";
  c.unregistered_intro = "{code} 코드는 어떤 RFC에도 정의되어 있지 않으므로, 클라이언트는 첫 번째 자리에 따라 {class}으로 해석합니다.";
  c.unregistered_when_seen = "서버가 어떤 SMTP 사양에도 정의되지 않은 {code} 코드를 보냈습니다.";
  c.malformed_intro = "{code} 값은 SMTP 응답 코드가 아닙니다. 응답 코드는 100에서 599 사이의 숫자입니다.";
  c.alternate_line = "{commands} 다음에는 {code} 코드가 다른 의미를 가집니다: {name}.";
  c.label_code = "코드";
  c.label_class = "클래스";
  c.label_category = "범주";
  c.label_name = "이름";
  c.label_commands = "해당 명령";
  c.label_command = "명령";
  c.label_status = "확장 상태";
  c.label_action = "조치";
  c.label_scope = "대상";
  c.label_bounce = "반송 유형";
  c.label_reason = "사유";
  c.label_delay = "재시도 대기 시간";
  c.label_connection = "연결";
  c.label_why = "근거";
  c.connection_close_value = "닫기";
  c.connection_keep_value = "유지";
  c.action_names[0] = "계속 진행";
  c.action_names[1] = "다음 부분 보내기";
  c.action_names[2] = "나중에 다시 시도";
  c.action_names[3] = "새 트랜잭션으로 다시 시도";
  c.action_names[4] = "다음 호스트 시도";
  c.action_names[5] = "요청 변경";
  c.action_names[6] = "포기";
  c.scope_names[0] = "없음";
  c.scope_names[1] = "이 수신자";
  c.scope_names[2] = "이 메시지";
  c.scope_names[3] = "이 세션";
  c.bounce_names[0] = "없음";
  c.bounce_names[1] = "소프트 바운스";
  c.bounce_names[2] = "하드 바운스";
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
  c.delay_none = "대기 없음";
  c.delay_second = "{n}초";
  c.delay_seconds = "{n}초";
  c.delay_minute = "{n}분";
  c.delay_minutes = "{n}분";
  c.delay_hour = "{n}시간";
  c.delay_hours = "{n}시간";
  c.delay_day = "{n}일";
  c.delay_days = "{n}일";
  c.status_line = "{status} ({subject}: {detail})";
  c.status_subject_only = "{status} ({subject}. 세부 코드가 등록되지 않았으므로 주제의 일반적인 의미가 적용됩니다)";
  c.status_class_only = "{status} ({class_name}. 주제 코드가 등록되지 않았으므로 클래스만 의미를 가집니다)";
  c.status_invalid = "{status} 값은 유효한 확장 상태 코드가 아닙니다. 클래스가 2, 4, 5 중 하나가 아니기 때문입니다.";
  c.status_none = "이 응답에는 확장 상태 코드가 없습니다.";
  c.diagnostics[0] = "확장 상태 코드의 클래스가 기본 코드와 일치하지 않습니다. RFC 2034는 둘이 일치하도록 요구하므로 기본 코드를 따릅니다.";
  c.diagnostics[1] = "IANA 레지스트리에는 이 확장 상태 코드 자체가 등록되어 있지 않습니다.";
  c.diagnostics[2] = "IANA 레지스트리는 이 확장 상태 코드를 이 기본 코드와 연결하지 않습니다. 이 조합은 허용되지만 흔하지 않습니다.";
  c.diagnostics[3] = "레지스트리는 이 확장 상태 코드의 사용을 다른 클래스로 제한합니다.";
  c.diagnostics[4] = "RFC 2034에 따르면 3xx 응답에는 확장 상태 코드가 없어야 하므로 이 상태 코드는 무시됩니다.";
  c.diagnostics[5] = "레지스트리는 이 확장 상태 코드를 더 이상 사용하지 않도록 표시합니다.";
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
  c.code_texts = ko_texts::codes;
  c.code_text_count = sizeof(ko_texts::codes) / sizeof(code_text);
  c.status_texts = ko_texts::statuses;
  c.status_text_count = sizeof(ko_texts::statuses) / sizeof(status_text);
  return c;
}();
// clang-format on

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
