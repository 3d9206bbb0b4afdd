// Turkish catalogue (tr). Generated from i18n/tr.json by
// tools/i18n/i18n.py header: edit the JSON file, not this header. Each text
// was translated from the English source whose hash the JSON file stores.
#ifndef SMTPCODES_LOCALE_TR_HPP
#define SMTPCODES_LOCALE_TR_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
namespace tr_texts {
/// Per-code texts of Turkish, in registry order.
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
/// Enhanced-status texts of Turkish, in registry order.
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
}  // namespace tr_texts

/// Turkish.
inline constexpr catalogue tr = [] {
  catalogue c{};
  c.tag = "tr";
  c.language = "Türkçe";
  c.heading_description = "Açıklama";
  c.heading_when_seen = "Gördüğünüzde";
  c.heading_how_to_fix = "Nasıl Düzeltilir";
  c.heading_key_differences = "Temel Farklar";
  c.heading_when_to_use = "Hangisini Ne Zaman Kullanmalı";
  c.heading_learn_more = "Daha Fazla Öğren";
  c.heading_explanation = "Anlamı";
  c.heading_enhanced_status = "Genişletilmiş Durum Kodu";
  c.heading_advice = "Öneri";
  c.heading_reason = "Neden";
  c.heading_other_meaning = "Diğer Anlamı";
  c.heading_server_text = "Sunucu Metni";
  c.heading_code_list = "Kayıtlı SMTP Yanıt Kodları";
  c.heading_status_list = "";
  c.heading_typical_statuses = "";
  c.heading_related_codes = "";
  c.heading_compare_with = "";
  c.heading_what_to_do = "";
  c.compare_title = "SMTP {a} {name_a} ile {b} {name_b} Karşılaştırması";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code} (hiçbir RFC'de tanımlanmamış)";
  c.status_title = "";
  c.class_names[0] = "Geçersiz";
  c.class_names[1] = "1xx Olumlu Ön";
  c.class_names[2] = "2xx Olumlu Tamamlanma";
  c.class_names[3] = "3xx Olumlu Ara";
  c.class_names[4] = "4xx Geçici Olumsuz";
  c.class_names[5] = "5xx Kalıcı Olumsuz";
  c.class_gist[0] = "{code} geçerli bir yanıt kodu değildir, bu yüzden tanımlı bir anlamı yoktur.";
  c.class_gist[1] = "{code} kodu bir ön yanıttır: sunucu isteği kabul etmiştir, ancak işleme geçmeden önce onay bekler.";
  c.class_gist[2] = "{code} kodu, istenen işlemin tamamlandığını bildirir.";
  c.class_gist[3] = "{code} kodu, sunucunun komutu kabul ettiğini ve istemciden ek bilgi beklediğini bildirir.";
  c.class_gist[4] = "{code} kodu, isteğin bu kez yerine getirilmediğini, ancak aynı isteğin daha sonra başarılı olabileceğini bildirir.";
  c.class_gist[5] = "{code} kodu, isteğin yerine getirilmediğini ve değiştirilmeden tekrarlanırsa yine başarısız olacağını bildirir.";
  c.class_gist_both[0] = "İkisi de geçerli bir yanıt kodu değildir.";
  c.class_gist_both[1] = "İkisi de ön yanıttır: sunucu isteği kabul etmiştir, ancak işleme geçmeden önce onay bekler.";
  c.class_gist_both[2] = "İkisi de istenen işlemin tamamlandığını bildirir.";
  c.class_gist_both[3] = "İkisi de sunucunun komutu kabul ettiğini ve istemciden ek bilgi beklediğini bildirir.";
  c.class_gist_both[4] = "İkisi de isteğin bu kez yerine getirilmediğini, ancak aynı isteğin daha sonra başarılı olabileceğini bildirir.";
  c.class_gist_both[5] = "İkisi de isteğin yerine getirilmediğini ve değiştirilmeden tekrarlanırsa yine başarısız olacağını bildirir.";
  c.class_remedy[0] = "Yanıtı bu işlem için ölümcül bir hata olarak kabul edin ve işlemi sonlandırın.";
  c.class_remedy[1] = "Son yanıtı bekleyin; 1xx yanıtları kullanan bir uzantı üzerinde anlaşmamış bir istemci işlemi sonlandırmalıdır.";
  c.class_remedy[2] = "Düzeltme gerekmez; oturumun bir sonraki adımıyla devam edin.";
  c.class_remedy[3] = "Komutu tamamlamak için sunucunun istediği bilgiyi gönderin.";
  c.class_remedy[4] = "İletiyi kuyrukta tutun ve daha sonra yeniden deneyin; aynı yanıt günlerce gelmeye devam ederse gecikmeyi gönderene bildirin.";
  c.class_remedy[5] = "Aynı isteği tekrarlamayın; önce komutu, adresi veya iletiyi düzeltin ya da iletiyi gönderene iade edin.";
  c.class_outcome[0] = "";
  c.class_outcome[1] = "";
  c.class_outcome[2] = "";
  c.class_outcome[3] = "";
  c.class_outcome[4] = "";
  c.class_outcome[5] = "";
  c.category_names[0] = "Sözdizimi";
  c.category_names[1] = "Bilgi";
  c.category_names[2] = "Bağlantılar";
  c.category_names[3] = "Atanmamış (x3z)";
  c.category_names[4] = "Atanmamış (x4z)";
  c.category_names[5] = "Posta Sistemi";
  c.category_names[6] = "Tanımsız";
  c.category_meaning[0] = "İkinci hanedeki 0; sözdizimi hatalarını, başka bir kategoriye girmeyen komutları ve sunucunun desteklemediği komutları kapsar.";
  c.category_meaning[1] = "İkinci hanedeki 1, durum veya yardım gibi bilgi isteklerine verilen yanıtları kapsar.";
  c.category_meaning[2] = "İkinci hanedeki 2, iletim kanalıyla, yani bağlantının kendisiyle ilgili yanıtları kapsar.";
  c.category_meaning[3] = "RFC 5321 ikinci hanedeki 3 için bir kategori tanımlamaz; uzantılar bu haneyi örneğin kimlik doğrulama yanıtları için kullanır.";
  c.category_meaning[4] = "RFC 5321 ikinci hanedeki 4 için bir kategori tanımlamaz.";
  c.category_meaning[5] = "İkinci hanedeki 5, alıcı posta sisteminin istenen aktarım veya başka bir posta sistemi işlemi karşısındaki durumunu kapsar.";
  c.category_meaning[6] = "RFC 5321, 6 ile 9 arasındaki ikinci haneler için kategori tanımlamaz ve böyle bir hane içeren yanıt satırı geçerli SMTP sözdizimi değildir.";
  c.intro_different = "SMTP {a} ({name_a}) bir {class_a} yanıtıdır, {b} ({name_b}) ise bir {class_b} yanıtıdır.";
  c.intro_same = "SMTP {a} ({name_a}) ve {b} ({name_b}) kodlarının ikisi de {class} kategorisine aittir.";
  c.in_contrast = "Buna karşılık {text}";
  c.no_differences = "SMTP {a} ve {b} aynı koddur, bu yüzden listelenecek bir fark yoktur.";
  c.diff_class = "{a} kodu bir {class_a} yanıtıdır, {b} kodu ise bir {class_b} yanıtıdır.";
  c.diff_category = "İkinci hanesine göre {a} kodu {cat_a} kategorisine, {b} kodu ise {cat_b} kategorisine girer.";
  c.diff_meaning = "";
  c.diff_retry = "{a} kodundan sonra {retry_a}; {b} kodundan sonra ise {retry_b}.";
  c.diff_connection = "{a} kodundan sonra {conn_a}; {b} kodundan sonra ise {conn_b}.";
  c.diff_commands = "{a} kodu şu komutlara yanıt olarak gelir: {cmds_a}. {b} kodu ise şunlara yanıt olarak gelir: {cmds_b}.";
  c.diff_status = "";
  c.diff_status_first_only = "";
  c.diff_status_second_only = "";
  c.diff_spec = "";
  c.retry_phrases[0] = "yeniden denemeye gerek yoktur";
  c.retry_phrases[1] = "istemci isteğin bir sonraki bölümünü gönderir";
  c.retry_phrases[2] = "istemci iletiyi saklar ve daha sonra yeniden dener";
  c.retry_phrases[3] = "istemci yeniden denemeden önce isteği değiştirmelidir";
  c.retry_phrases[4] = "aynı istek tekrarlanmamalıdır";
  c.retry_phrases[5] = "yanıt kullanılabilir bir talimat vermez";
  c.spec_names[0] = "";
  c.spec_names[1] = "";
  c.spec_names[2] = "";
  c.connection_closes = "sunucu bağlantıyı kapatır";
  c.connection_stays_open = "bağlantı bir sonraki komut için açık kalır";
  c.command_connect = "bağlantının açılması";
  c.command_end_of_data = "ileti verisinin sonu";
  c.command_any = "herhangi bir komut";
  c.list_separator = ", ";
  c.list_last_separator = " ve ";
  c.list_last_or = "";
  c.which_by_outcome = "";
  c.which_same_class = "";
  c.which_item = "";
  c.reference_item = "SMTP {code}: {text}";
  c.class_line = "{code} kodu bir {class} yanıtıdır.";
  c.category_line = "İkinci hanesine göre {code} kodu {category} kategorisine girer.";
  c.unregistered_intro = "{code} kodu hiçbir RFC'de tanımlanmamıştır; bu yüzden istemci onu ilk hanesine göre bir {class} yanıtı olarak okur.";
  c.unregistered_when_seen = "Bir sunucu, hiçbir SMTP belirtiminde tanımlanmayan {code} kodunu gönderdi.";
  c.malformed_intro = "{code} bir SMTP yanıt kodu değildir, çünkü yanıt kodları 100 ile 599 arasındaki sayılardır.";
  c.alternate_line = "{commands} sonrasında {code} kodunun başka bir anlamı vardır: {name}.";
  c.label_code = "Kod";
  c.label_class = "Sınıf";
  c.label_category = "Kategori";
  c.label_name = "Ad";
  c.label_commands = "Komutlar";
  c.label_command = "Komut";
  c.label_status = "Genişletilmiş durum";
  c.label_action = "Eylem";
  c.label_scope = "Kapsam";
  c.label_bounce = "Geri dönüş türü";
  c.label_reason = "Neden";
  c.label_delay = "Yeniden deneme süresi";
  c.label_connection = "Bağlantı";
  c.label_why = "Gerekçe";
  c.connection_close_value = "kapatın";
  c.connection_keep_value = "açık tutun";
  c.action_names[0] = "Devam edin";
  c.action_names[1] = "Sonraki bölümü gönderin";
  c.action_names[2] = "Daha sonra yeniden deneyin";
  c.action_names[3] = "Yeni bir işlemde yeniden deneyin";
  c.action_names[4] = "Sonraki sunucuyu deneyin";
  c.action_names[5] = "İsteği değiştirin";
  c.action_names[6] = "Vazgeçin";
  c.scope_names[0] = "Hiçbiri";
  c.scope_names[1] = "Bu alıcı";
  c.scope_names[2] = "Bu ileti";
  c.scope_names[3] = "Bu oturum";
  c.bounce_names[0] = "Yok";
  c.bounce_names[1] = "Yumuşak";
  c.bounce_names[2] = "Sert";
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
  c.delay_none = "bekleme yok";
  c.delay_second = "{n} saniye";
  c.delay_seconds = "{n} saniye";
  c.delay_minute = "{n} dakika";
  c.delay_minutes = "{n} dakika";
  c.delay_hour = "{n} saat";
  c.delay_hours = "{n} saat";
  c.delay_day = "{n} gün";
  c.delay_days = "{n} gün";
  c.status_line = "{status} ({subject}: {detail})";
  c.status_subject_only = "{status} ({subject}; ayrıntı kodu kayıtlı değildir, bu yüzden konunun genel anlamı geçerlidir)";
  c.status_class_only = "{status} ({class_name}; konu kodu kayıtlı değildir, bu yüzden yalnızca sınıf anlam taşır)";
  c.status_invalid = "{status} geçerli bir genişletilmiş durum kodu değildir, çünkü sınıfı 2, 4 veya 5 değildir.";
  c.status_none = "Yanıtta genişletilmiş durum kodu yok.";
  c.diagnostics[0] = "Genişletilmiş durum kodunun sınıfı temel kodla uyuşmuyor; RFC 2034 ikisinin eşleşmesini şart koşar, bu yüzden temel kod belirleyicidir.";
  c.diagnostics[1] = "IANA kayıt defteri bu genişletilmiş durum kodunu birebir listelemez.";
  c.diagnostics[2] = "IANA kayıt defteri bu genişletilmiş durum kodunu bu temel kodla ilişkilendirmez; bu eşleşmeye izin verilir, ancak alışılmadıktır.";
  c.diagnostics[3] = "Kayıt defteri bu genişletilmiş durum kodunu başka sınıflarla sınırlar.";
  c.diagnostics[4] = "RFC 2034'e göre 3xx yanıtları genişletilmiş durum kodu taşımaz, bu yüzden bu durum kodu yok sayılır.";
  c.diagnostics[5] = "Kayıt defteri bu genişletilmiş durum kodunu kullanımdan kaldırılmış olarak işaretler.";
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
  c.code_texts = tr_texts::codes;
  c.code_text_count = sizeof(tr_texts::codes) / sizeof(code_text);
  c.status_texts = tr_texts::statuses;
  c.status_text_count = sizeof(tr_texts::statuses) / sizeof(status_text);
  return c;
}();
// clang-format on

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
