// Turkish catalogue (Türkçe). Headings follow the existing Turkish comparison
// pages; per-code texts stay in English unless a code_text table is added.
#ifndef SMTPCODES_LOCALE_TR_HPP
#define SMTPCODES_LOCALE_TR_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
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

  c.compare_title = "SMTP {a} {name_a} ile {b} {name_b} Karşılaştırması";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code} (hiçbir RFC'de tanımlanmamış)";

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
  c.diff_meaning = "SMTP {code}: {text}";
  c.diff_when_seen = "{code} kodunun görüldüğü durum: {text}";
  c.diff_retry = "{a} kodundan sonra {retry_a}; {b} kodundan sonra ise {retry_b}.";
  c.diff_connection = "{a} kodundan sonra {conn_a}; {b} kodundan sonra ise {conn_b}.";
  c.diff_commands = "{a} kodu şu komutlara yanıt olarak gelir: {cmds_a}. {b} kodu ise şunlara yanıt olarak gelir: {cmds_b}.";
  c.retry_phrases[0] = "yeniden denemeye gerek yoktur";
  c.retry_phrases[1] = "istemci isteğin bir sonraki bölümünü gönderir";
  c.retry_phrases[2] = "istemci iletiyi saklar ve daha sonra yeniden dener";
  c.retry_phrases[3] = "istemci yeniden denemeden önce isteği değiştirmelidir";
  c.retry_phrases[4] = "aynı istek tekrarlanmamalıdır";
  c.retry_phrases[5] = "yanıt kullanılabilir bir talimat vermez";
  c.connection_closes = "sunucu bağlantıyı kapatır";
  c.connection_stays_open = "bağlantı bir sonraki komut için açık kalır";
  c.command_connect = "bağlantının açılması";
  c.command_end_of_data = "ileti verisinin sonu";
  c.command_any = "herhangi bir komut";
  c.list_separator = ", ";
  c.list_last_separator = " ve ";

  c.which_item = "{code} ({name}) için: {text}";
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
  return c;
}();
// clang-format on

static_assert(is_complete(tr), "locale::tr must set every phrase");

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
