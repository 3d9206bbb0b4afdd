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
   "Sistem Durumu",
   "Sunucu kendi durumunu bildirir veya bir yardım yanıtı verir; metin bilgi amaçlıdır ve istek başarılı olmuştur.",
   "HELP komutuna veya bunu destekleyen sunucularda bir durum isteğine yanıt olarak gelir.",
   "Düzeltme gerekmez; durum bilgisi istediyseniz metni okuyun.",
   "Bir durum isteğini veya HELP komutunu sunucunun kendisiyle ilgili bilgilerle yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {214,
   "Yardım İletisi",
   "Sunucu, sunucunun kullanımı veya standart dışı olanlar dahil belirli bir komut hakkında yardım metni döndürür. Metin bir programın ayrıştırması için değil, bir kişinin okuması için yazılmıştır.",
   "Bir komut adı belirten argümanla veya argümansız gönderilen HELP komutuna yanıt olarak gelir.",
   "Düzeltme gerekmez. Metni, onu isteyen kullanıcıya gösterin ve hiçbir program kararını metnin ifadesine dayandırmayın.",
   "HELP komutunu, sunucunun kabul ettiği komutlar gibi bir kişinin okuyacağı bir metinle yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {220,
   "Hizmet Hazır",
   "Sunucu komut kabul etmeye hazırdır. Yeni bir bağlantıdaki ilk yanıt olarak karşılama yanıtıdır ve sunucunun alan adıyla başlar; STARTTLS komutuna yanıt olarak ise sunucunun TLS el sıkışmasına hazır olduğunu belirtir.",
   "İstemci bu yanıtı bağlantı açıldıktan hemen sonra alır; sunucu TLS başlatmayı kabul ettiğinde STARTTLS komutuna yanıt olarak yeniden alır.",
   "Düzeltme gerekmez. Karşılama yanıtından sonra EHLO gönderin (eski bir sunucuya HELO). STARTTLS komutuna gelen 220 yanıtından sonra başka bir komut göndermeden önce TLS el sıkışmasını başlatın, ardından şifreli kanal üzerinden EHLO komutunu yeniden gönderin.",
   "Sunucu bir oturuma hazır olduğunda karşılama yanıtı olarak ve TLS el sıkışması başlayabileceğinde STARTTLS komutuna yanıt olarak kullanılır.",
   "",
   "",
   ""},
  {221,
   "Bağlantı Kapatılıyor",
   "Sunucu oturumun sona ermesini kabul eder ve bu yanıtı gönderdikten sonra iletim kanalını kapatır.",
   "Oturumun normal sonunda QUIT komutuna yanıt olarak gelir.",
   "Düzeltme gerekmez; oturum sona ermiştir, bu yüzden bağlantıyı kendi tarafınızda da kapatın.",
   "Oturumun normal sonunda, sunucu bağlantıyı kapatmadan hemen önce QUIT komutunu yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {235,
   "Kimlik Doğrulama Başarılı",
   "SASL kimlik doğrulama alışverişi tamamlanmıştır ve sunucu istemcinin kimliğini kabul etmiştir. Bu oturumda başka bir AUTH komutuna izin verilmez.",
   "AUTH komutuna son yanıt olarak, ya hemen ya da bir veya daha fazla 334 sınamasından (challenge) sonra gelir.",
   "Düzeltme gerekmez; posta işlemine devam edin. Alışverişte bir SASL güvenlik katmanı üzerinde anlaşıldıysa oturum başlangıç durumuna döner; bu yüzden başka bir komuttan önce EHLO komutunu yeniden gönderin.",
   "Sunucu istemcinin kimliğini kabul ettiğinde, başarılı bir AUTH alışverişini sonlandırmak için kullanılır.",
   "",
   "",
   ""},
  {250,
   "İstenen İşlem Tamamlandı",
   "İstenen işlem tamamlanmıştır. İleti verisinin sonundan sonra, sunucunun iletiyi teslim etme sorumluluğunu üstlendiği anlamına gelir; ETRN komutundan sonra ise yalnızca kuyruğun işlenmeye başlandığını belirtir.",
   "EHLO, MAIL, RCPT, RSET, NOOP ve ileti verisinin sonu gibi başarılı komutların çoğuna yanıt olarak gelir; EHLO yanıtı genellikle çok satırlıdır ve desteklenen uzantıları listeler.",
   "Düzeltme gerekmez; sonraki komutu gönderin. İleti verisinin sonuna 250 yanıtı geldiyse istemci, sunucunun kabul ettiği alıcılar için iletiyi kuyruğundan kaldırabilir.",
   "Bir komut başarılı olduğunda ve daha özel bir başarı yanıtı uygun düşmediğinde kullanılır; ileti verisinden sonra, sunucunun teslim sorumluluğunu üstlendiği anlamına gelir.",
   "",
   "",
   ""},
  {251,
   "Kullanıcı Yerel Değil; İleti Yönlendirilecek",
   "Posta kutusu yerel olmasa da sunucu alıcıyı kabul eder ve iletiyi yanıt metninde belirtilen yönlendirme adresine (forward-path) yönlendirir. ETRN komutundan sonra aynı numara, komutta adı geçen düğüm için bekleyen ileti olmadığı anlamına gelir.",
   "Postası başka bir yerde tutulan bir kullanıcı için RCPT veya VRFY komutuna, düğüm için kuyrukta bir şey olmadığında da ETRN komutuna yanıt olarak gelir.",
   "Sunucu iletiyi kendisi yönlendirdiği için düzeltme gerekmez. Kayıtlarınızı metinde gösterilen adrese göre güncelleyebilirsiniz, ancak bu zorunlu değildir.",
   "Sunucu yerel olmayan bir alıcıyı kabul ettiğinde ve iletiyi kendisi yönlendireceğinde kullanılır.",
   "Düğüm İçin Bekleyen İleti Yok",
   "Sunucu ETRN isteğini kabul etmiştir, ancak komutta adı geçen düğüm için kuyrukta ileti yoktur.",
   "Düzeltme gerekmez; bekleyen ileti yoktur, bu yüzden yeni posta gelmiş olabileceği zamana kadar ETRN komutunu tekrarlamanın anlamı yoktur."},
  {252,
   "Kullanıcı Doğrulanamıyor",
   "Sunucu adresi doğrulayamaz veya doğrulamak istemez; bunun nedeni çoğu zaman gizlilik için VRFY ve EXPN komutlarının devre dışı bırakılmış olmasıdır. Yine de bu adrese gelen iletiyi kabul eder ve teslim etmeye çalışır. ETRN komutundan sonra aynı numara, sunucuda düğüm için bekleyen iletiler olduğu ve bunların gönderilmeye başlandığı anlamına gelir.",
   "Kullanıcılarını açıklamayan sunucularda VRFY veya EXPN komutuna, düğüm için kuyrukta posta bulunup teslimine başlandığında da ETRN komutuna yanıt olarak gelir.",
   "Düzeltme gerekmez. Yanıt, posta kutusunun var olup olmadığını söylemez; bu yüzden 252 yanıtını bir doğrulama saymayın, iletiyi gönderin ve RCPT komutuna gelen yanıta güvenin.",
   "Sunucu adresi doğrulamayacak, ancak bu adres için yine de posta kabul edecekse VRFY veya EXPN komutunu yanıtlamak için kullanılır.",
   "Düğüm İçin Bekleyen İletilerin Gönderimi Başladı",
   "Sunucu ETRN isteğini kabul etmiştir, düğüm için bekleyen iletileri vardır ve bunları göndermeye başlamıştır.",
   "Düzeltme gerekmez; sunucunun düğüme yeni bir bağlantı açıp kuyruktaki iletileri teslim etmesini bekleyin."},
  {253,
   "Düğüm İçin Bekleyen İletilerin Gönderimi Başladı",
   "Sunucu ETRN isteğini kabul etmiştir, düğüm için bekleyen iletileri vardır ve bunları göndermeye başlamıştır. Yanıt metni kaç iletinin beklediğini belirtir ve düğümün adını verir.",
   "Yalnızca ETRN komutuna yanıt olarak, düğüm için kuyrukta bekleyen ileti sayısını bildiren sunuculardan gelir.",
   "Düzeltme gerekmez; sunucunun düğüme yeni bir bağlantı açıp kuyruktaki iletileri teslim etmesini bekleyin. Daha sonra yeniden ETRN göndermek, hâlâ bekleyen ileti olup olmadığını gösterir.",
   "Düğüm için kuyrukta ileti bulunduğunda ve teslimleri başladığında, kaç ileti olduğunu belirterek ETRN komutunu yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {334,
   "Kimlik Doğrulama Sınaması",
   "Sunucu SASL kimlik doğrulama alışverişini sürdürür ve koddan sonraki metin yalnızca base64 ile kodlanmış bir sınamadır (challenge). Boş bir sınama, kodun ardından tek bir boşlukla gönderilir; sınama satırları olağan 512 baytlık yanıt sınırından çok daha uzun olabilir.",
   "Seçilen mekanizma bir tur daha gerektirdiği sürece AUTH komutuna ve istemcinin her yanıtına karşılık olarak gelir.",
   "Sınamanın kodunu çözün ve mekanizmanın base64 ile kodlanmış yanıtını ayrı bir satırda gönderin ya da alışverişi iptal etmek için tek bir '*' gönderin. Bu satırlara normal yanıt satırı sınırını uygulamayın.",
   "AUTH sırasında mekanizma bir sınama ve yanıt turu daha gerektirdiğinde kullanılır.",
   "",
   "",
   ""},
  {354,
   "Posta Girişini Başlatın",
   "Sunucu ileti içeriğini almaya hazırdır. İstemci iletiyi gönderir ve yalnızca tek bir nokta içeren bir satırla, yani <CRLF>.<CRLF> ile bitirir.",
   "Sunucu en az bir alıcıyı kabul ettikten sonra DATA komutuna yanıt olarak gelir.",
   "Başlığı ve gövdeyi gönderin, nokta ile başlayan her satırın başına bir nokta daha ekleyin, ardından <CRLF>.<CRLF> ile bitirin ve son yanıtı bekleyin. Bu yanıt gelmeden asla ileti verisi göndermeyin.",
   "Sunucu ileti içeriğini almaya hazır olduğunda DATA komutunu yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {355,
   "Kontrol Noktası İşlem Ofseti",
   "Sunucu, deneysel CHECKPOINT uzantısının izin verdiği şekilde, kesintiye uğramış bir işlemin işlem tanımlayıcısını tanımış ve işlemin durumunu geri yüklemiştir. Metnin ilk sözcüğü, ileti verisinin kaldığı yerden devam etmesi gereken ve sıfırdan sayılan bayt ofsetidir.",
   "CHECKPOINT uzantısını duyuran bir sunucuda, ileti aktarımı sırasında kesilen bir işlemin TRANSID değerini yineleyen MAIL komutuna yanıt olarak gelir.",
   "DATA komutunu yeniden gönderin ve iletiyi, verilen ofsete kadarki ilk baytları çıkararak iletin; nokta doldurma (dot-stuffing) ile eklenen baytlar sayılmaz. 0 ofseti, iletinin tamamının yeniden gönderilmesi gerektiği anlamına gelir.",
   "Yalnızca CHECKPOINT uzantısıyla, bir MAIL komutu kesintiye uğramış bir işlemi sürdürdüğünde ve sunucu verinin nereden devam etmesi gerektiğini bildirdiğinde kullanılır.",
   "",
   "",
   ""},
  {421,
   "Hizmet Kullanılamıyor",
   "Hizmet kullanılamıyor ve sunucu iletim kanalını kapatıyor; örneğin sunucu kapanıyor veya aşırı yüklü. Durum geçicidir.",
   "Herhangi bir komuta yanıt olarak gelebilir; sunucunun kapanması gerektiğinde istenmeden de gönderilebilir veya sunucu yeni oturumları bir süreliğine reddettiğinde 220 karşılama yanıtı yerine gelebilir.",
   "Bağlantının kapanmasını bekleyin, iletiyi kuyrukta tutun ve daha sonra yeniden deneyin; alan adının başka bir MX sunucusu varsa onu deneyin. İletide değiştirilmesi gereken bir şey yoktur.",
   "Bekleyen komut ne olursa olsun, sunucunun kapanma veya aşırı yük gibi geçici bir nedenle oturumu kapatması gerektiğinde kullanılır.",
   "",
   "",
   ""},
  {432,
   "Parola Geçişi Gerekli",
   "Kullanıcının, istemcinin seçtiği kimlik doğrulama mekanizmasına geçmesi gerekir; bu genellikle PLAIN mekanizmasıyla bir kez kimlik doğrulaması yapılarak sağlanır. Bundan sonra seçilen mekanizma sonraki oturumlarda çalışacaktır.",
   "Hesap henüz seçilen mekanizma için ayarlanmamışken AUTH komutuna yanıt olarak gelir.",
   "TLS ile korunan bir bağlantı üzerinden PLAIN ile bir kez kimlik doğrulaması yapın, ardından sonraki oturumlarda seçilen mekanizmayı kullanın.",
   "Hesabın önce PLAIN ile bir kez kimlik doğrulaması yaparak seçilen mekanizmaya geçmesi gerektiğinde AUTH komutunu yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {450,
   "Posta Kutusu Geçici Olarak Kullanılamıyor",
   "Posta kutusu şu anda kullanılamadığı için (örneğin meşgul, kilitli veya politika gereği geçici olarak engellenmiş) istenen posta işlemi gerçekleştirilmedi. Gri liste (greylisting) uygulayan sunucular da bu kodu sıkça kullanır.",
   "Genellikle RCPT komutuna yanıt olarak gelir; bazen MAIL komutuna, ileti verisinin sonuna veya sağlayıcı isteği reddettiğinde ATRN komutuna yanıt olarak da gelir.",
   "İletiyi kuyrukta tutun ve daha sonra yeniden deneyin; gri liste uygulayan bir sunucu birkaç dakika sonraki yeniden denemeyi kabul eder. Yanıt günlerce sürerse iletiyi gönderene iade edin.",
   "Posta kutusu, örneğin kilitli olduğu için veya gri liste istemciden daha sonra yeniden gelmesini istediği için şimdilik kullanılamadığında kullanılır.",
   "",
   "",
   ""},
  {451,
   "İşlem Sırasında Yerel Hata",
   "Sunucu, başarısız bir DNS veya veritabanı sorgusu ya da dahili bir arıza gibi yerel bir hata nedeniyle istenen işlemi iptal etti. Bağlantısı beklenmedik şekilde kopan bir istemci, bu yanıtı almış gibi davranmalıdır.",
   "Sunucu geçici bir dahili sorunla karşılaştığında MAIL, RCPT, BURL veya ATRN komutlarına ya da ileti verisinin sonuna yanıt olarak gelir.",
   "Sorun sunucu tarafında olduğu için iletiyi kuyrukta tutun ve daha sonra yeniden deneyin. Sorun sürerse sunucu yöneticisi sunucunun günlüklerini incelemelidir.",
   "Başarısız bir sorgu gibi sunucudaki geçici bir arıza komutun işlenmesini engellediğinde kullanılır.",
   "",
   "",
   ""},
  {452,
   "Yetersiz Depolama Alanı",
   "Sunucunun şu anda yeterli depolama alanı olmadığından (örneğin bildirilen boyuttaki bir ileti için) işlem gerçekleştirilmedi. Bir işlemde sunucunun kabul edeceğinden fazla alıcı olduğunda da doğru yanıt budur.",
   "Bildirilen boyut o anda depolanamıyorsa MAIL komutuna, alıcı sınırına ulaşıldığında RCPT komutuna veya ileti verisinin sonuna yanıt olarak gelir.",
   "Alıcı sayısı çok fazlaysa bu işlem tamamlandıktan sonra reddedilen alıcıları yeni bir işlemde gönderin. Depolama alanı yetersizse iletiyi kuyrukta tutun ve daha sonra yeniden deneyin.",
   "Sunucunun depolama alanı şimdilik yetersiz olduğunda veya bir işlemde sunucunun kabul edeceğinden fazla alıcı olduğunda kullanılır.",
   "",
   "",
   ""},
  {453,
   "Kuyrukta Posta Yok",
   "İsteğe Bağlı Posta Aktarımı (On-Demand Mail Relay) sağlayıcısı, istenen alan adlarının hiçbiri için istemciye ait kuyrukta bekleyen posta olmadığında ATRN komutuna 453 ile yanıt verir. Bu bir ret değildir: İstemcinin bu alan adları için yetkisi vardır (ret 450 olurdu); yalnızca teslim edilecek bir şey yoktur.",
   "Yalnızca On-Demand Mail Relay bağlantısında, istenen alan adlarının kuyrukları boşken ATRN komutuna yanıt olarak gelir.",
   "Herhangi bir işlem gerekmez; oturumu QUIT ile sonlandırın ve posta gelmiş olabileceği sonraki bir oturumda ATRN komutunu yeniden gönderin.",
   "İstenen alan adlarının hiçbiri için bekleyen posta olmadığında ATRN komutunu yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {454,
   "TLS Geçici Olarak Kullanılamıyor",
   "STARTTLS komutuna yanıt olarak, sunucunun geçici bir nedenle şu anda TLS başlatamayacağı anlamına gelir. AUTH komutuna yanıt olarak ise aynı kod, yanlış kimlik bilgilerini değil, sunucu tarafında geçici bir kimlik doğrulama hatasını belirtir.",
   "Sunucunun TLS yapılandırması geçici olarak kullanılamadığında STARTTLS komutuna, sunucunun kimlik doğrulama hizmeti bir süre çalışmadığında AUTH komutuna yanıt olarak gelir.",
   "STARTTLS sonrasında RFC 3207 §4 kararı yerel politikaya bırakır: Hedef için TLS zorunluysa (yapılandırmanız, MTA-STS veya DANE gereği) iletiyi kuyrukta tutun ve önce başka bir MX sunucusunu deneyerek daha sonra yeniden deneyin; zorunlu değilse oturuma şifrelemesiz devam edin. AUTH sonrasında kullanıcıdan yeni parola istemeden kimlik doğrulamayı daha sonra yeniden deneyin; sorun sürerse sunucunun kimlik doğrulama hizmetini yöneticisinin incelemesi gerekir.",
   "Sunucu tarafında TLS veya kimlik doğrulama hizmeti geçici olarak kullanılamadığında STARTTLS veya AUTH komutunu yanıtlamak için kullanılır.",
   "Geçici Kimlik Doğrulama Hatası",
   "Kimlik doğrulama girişimi, kimlik bilgileri yanlış olduğu için değil, sunucudaki geçici bir sorun nedeniyle başarısız oldu.",
   "Kimlik doğrulamayı daha sonra yeniden deneyin ve kullanıcıya sunucu tarafında bir hata olduğunu bildirin; kullanıcıdan parolayı yeniden istemeyin."},
  {455,
   "Sunucu İsteği Karşılayamıyor",
   "Sunucu, MAIL veya RCPT komutunda verilen bir parametreyi tanır, ancak şu anda bu parametrenin gereğini yerine getiremez. Durum geçicidir; bir parametrenin kendi belirtimi farklı bir kod öngörebilir.",
   "Sunucunun şu anda karşılayamayacağı bir DELIVERBY süresi gibi bir uzantı parametresi taşıyan MAIL veya RCPT komutuna yanıt olarak gelir.",
   "İşlemi daha sonra yeniden deneyin veya ileti bu parametreye bağlı değilse parametre olmadan gönderin.",
   "Sunucu bir MAIL veya RCPT parametresinin gereğini şu anda yerine getiremediğinde, ancak daha sonra getirebilecek durumdaysa kullanılır.",
   "",
   "",
   ""},
  {458,
   "Düğüm İçin İletiler Kuyruğa Alınamıyor",
   "Sunucu ETRN komutunu destekler, ancak komutta adı geçen düğüm için yerel bir nedenle kuyruğu işlemeye başlamamıştır.",
   "Yalnızca ETRN komutuna yanıt olarak gelir: Sunucu isteği kabul etmiş ancak düğüm için kuyruk işlemeyi başlatamamıştır; örneğin kuyruk hizmeti başarısız olmuştur ya da o düğüm için ayrı bir kuyruk tutmamaktadır. İstemcinin o düğüm için ETRN kullanmasına izin verilmemesi gibi politika kaynaklı bir ret 459 ile bildirilir.",
   "ETRN komutunu daha sonra yeniden deneyin; bu arada düğümünüz için kuyrukta bekleyen postalar sunucunun olağan yeniden deneme takvimine göre işlenir. Başarısız olmaya devam ederse sunucu yöneticisinden kuyruk hizmetini ve postalarınızın gönderdiğiniz düğüm adıyla tutulup tutulmadığını denetlemesini isteyin.",
   "Sunucu yerel bir nedenle düğüm için kuyruğu işlemeye başlamayacaksa ETRN komutunu yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {459,
   "Düğüme İzin Verilmiyor",
   "Sunucu, adı verilen düğüm için kuyruğu başlatmayı reddeder ve yanıt metni nedenini belirtir; örneğin adın çözümlenemediğini.",
   "Yalnızca, sunucunun politikası bu istemcinin o düğüm için postaları serbest bırakmasına izin vermediğinde ETRN komutuna yanıt olarak gelir.",
   "Metindeki nedeni okuyun; düğüm adı veya seçenek karakteri yanlışsa düzeltin ya da sunucu yöneticisinden düğüm için ETRN izni isteyin.",
   "Politika bu istemcinin düğüm için postaları serbest bırakmasına izin vermediğinde, nedeni metinde belirtilerek ETRN komutunu yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {500,
   "Sözdizimi Hatası, Komut Tanınmadı",
   "Sunucu komutu tanımadı veya komut satırı çok uzundu. AUTH sırasında aynı kod, istemci yanıtının sunucunun kimlik doğrulama arabelleğinden uzun olduğunu bildirir.",
   "Herhangi bir komuta yanıt olarak gelebilir; genellikle yanlış yazılmış veya bilinmeyen bir komuttan, çok uzun bir satırdan ya da sunucu komut beklerken gönderilen metinden sonra görülür.",
   "Komutun yazımını denetleyin ve bir uzantı daha fazlasına izin vermedikçe komut satırlarını CRLF dahil en fazla 512 bayt olacak şekilde tutun. EHLO komutuna 500 yanıtı gelirse sunucu eskidir; bunun yerine HELO komutunu kullanın.",
   "Sunucu komutu hiç tanımadığında veya komut satırı çok uzun olduğunda kullanılır.",
   "",
   "",
   ""},
  {501,
   "Parametrelerde Sözdizimi Hatası",
   "Komut tanındı, ancak argümanları hatalı biçimlendirilmiş veya izin verilmeyen türde; örneğin hatalı biçimlendirilmiş bir adres, argüman almayan bir komuta verilen argüman veya geçerli base64 olmayan bir AUTH yanıtı. Sunucu, komuttan önceki durumunda kalır.",
   "Herhangi bir komuta yanıt olarak gelebilir; en sık, hatalı argümanlı MAIL, RCPT, EHLO veya HELO komutlarına, parametreli STARTTLS komutuna ya da istemci '*' ile iptal ettikten sonra AUTH komutuna yanıt olarak görülür.",
   "Argümanı düzeltin, örneğin adresleri açılı ayraç içine alın ve EHLO komutunda geçerli bir alan adı verin, ardından komutu yeniden gönderin. İptal edilmiş bir AUTH sonrasında bu yanıt yalnızca iptali onaylar.",
   "Komut tanındığında, ancak argümanları hatalı biçimlendirilmiş veya izin verilmeyen türde olduğunda kullanılır.",
   "",
   "",
   ""},
  {502,
   "Komut Uygulanmadı",
   "Sunucu komutu tanır, ancak uygulamaz ya da birçok sitenin VRFY ve EXPN için yaptığı gibi devre dışı bırakmıştır.",
   "VRFY, EXPN, HELP veya TURN gibi tanınan ancak desteklenmeyen bir komuta ya da çok eski sunucularda EHLO komutuna yanıt olarak gelir; bir On-Demand Mail Relay sağlayıcısı EHLO, AUTH, ATRN ve QUIT dışındaki her komutu bu şekilde yanıtlayabilir.",
   "Bu komutu bu sunucuya yeniden göndermeyin; sunduğu uzantıları görmek için EHLO yanıtını okuyun ve EHLO komutunun kendisine 502 gelirse bunun yerine HELO komutunu kullanın.",
   "Sunucu komutu bildiğinde, ancak uygulamadığında veya devre dışı bıraktığında kullanılır.",
   "",
   "",
   ""},
  {503,
   "Hatalı Komut Sırası",
   "Komut geçerlidir, ancak oturumun bu noktasında izin verilmez; örneğin MAIL komutundan önce RCPT, kabul edilmiş bir alıcı olmadan DATA veya bir işlem sırasında ya da başarılı bir AUTH sonrasında AUTH. Sunucu, komuttan önceki durumunu korur.",
   "Sırası dışında gönderilen bir komuta ve sunucu oturumu 554 karşılama yanıtıyla reddettikten sonra QUIT dışındaki her komuta yanıt olarak gelir.",
   "Komutları SMTP protokolünün gerektirdiği sırayla gönderin: önce EHLO veya HELO, ardından MAIL, RCPT ve DATA. 554 karşılama yanıtından sonra geliyorsa QUIT gönderin ve başka bir sunucuyu deneyin.",
   "MAIL komutundan önce gelen RCPT gibi, geçerli bir komut oturumun yanlış noktasında geldiğinde kullanılır.",
   "",
   "",
   ""},
  {504,
   "Komut Parametresi Uygulanmadı",
   "Sunucu, komutun bir parametresini uygulamaz. AUTH komutuna yanıt olarak, istenen SASL mekanizmasının desteklenmediği veya örneğin şifreleme gerektirdiği için şu anda kullanılamadığı anlamına gelir.",
   "En sık, sunucunun duyurmadığı bir mekanizmayı belirten AUTH komutuna yanıt olarak gelir; bazen de sunucunun işlemediği bir argümanla gönderilen EHLO, HELO, VRFY, EXPN, HELP veya MAIL komutuna yanıt olarak gelir.",
   "Sunucunun EHLO yanıtındaki listeden bir AUTH mekanizması seçin veya komutu desteklenmeyen parametre olmadan gönderin.",
   "Komut desteklendiğinde, ancak AUTH mekanizması gibi parametrelerinden biri desteklenmediğinde kullanılır.",
   "",
   "",
   ""},
  {521,
   "Sunucu Posta Kabul Etmiyor",
   "Bu sunucu hiçbir koşulda posta kabul etmez; yalnızca bunu gönderenlere bildirmek için asgari bir SMTP sunucusu çalıştırır. Belirli gönderenleri veya iletileri reddetmek için tasarlanmamıştır; bunun için 554 kullanılır.",
   "220 karşılama yanıtı yerine gelir; sonraki komutlar yeniden 521 alabilir veya sunucu bağlantıyı doğrudan kapatabilir.",
   "Bu sunucuyu yeniden denemeyin. Alan adının bir sonraki MX sunucusu varsa onu deneyin; yoksa iletiyi gönderene iade edin. Alan adı sahibi de MX kayıtlarını bu sunucuya yönlendirmeyi bırakmalıdır.",
   "Hiç posta kabul etmeyen bir sunucunun karşılama yanıtı olarak, gönderenlerin bu sunucuyu denemeyi bırakması için kullanılır.",
   "",
   "",
   ""},
  {530,
   "STARTTLS Gerekli",
   "Sunucu şifreli bir oturum gerektirir; bu yüzden komutun kabul edilebilmesi için istemcinin önce STARTTLS göndermesi gerekir. Aynı kod, sunucu politikası önce kimlik doğrulamayı gerektirdiğinde de kullanılır; örneğin bir gönderim (submission) portunda veya ATRN öncesinde.",
   "Politikası bunu gerektiren bir sunucuda, oturum şifrelenmeden veya kimlik doğrulaması yapılmadan önce gönderilen MAIL, RCPT veya AUTH gibi komutlara yanıt olarak gelir.",
   "STARTTLS gönderin, TLS el sıkışmasını tamamlayın, EHLO komutunu yeniden gönderin ve komutu tekrarlayın. Sunucunun EHLO yanıtında STARTTLS yoksa yoldaki bir güvenlik duvarı veya proxy onu kaldırıyor olabilir ya da bağlantı noktası şifreleme sunmuyordur: Posta gönderimi (submission) için STARTTLS ile 587 ya da örtük TLS ile 465 numaralı bağlantı noktasını kullanın. Yanıt metni bunun yerine kimlik doğrulama istiyorsa AUTH ile kimlik doğrulaması yapıp komutu tekrarlayın.",
   "Politika, komutun kabul edilmesinden önce STARTTLS veya kimlik doğrulama gerektirdiğinde kullanılır.",
   "Kimlik Doğrulama Gerekli",
   "İleti gönderim sunucularında ve On-Demand Mail Relay sağlayıcılarında olduğu gibi, sunucu politikası komut kabul edilmeden önce istemcinin kimlik doğrulaması yapmasını gerektirir.",
   "AUTH ile kimlik doğrulaması yapın (sunucu gerektiriyorsa TLS üzerinden), ardından komutu tekrarlayın."},
  {534,
   "Kimlik Doğrulama Mekanizması Çok Zayıf",
   "Seçilen kimlik doğrulama mekanizması, sunucu politikasının bu kullanıcı için izin verdiğinden daha zayıftır.",
   "AUTH komutuna yanıt olarak gelir; örneğin politikanın daha güçlü bir mekanizma istediği yerde düz metin bir mekanizma kullanıldığında.",
   "Sunucunun duyurduğu listeden daha güçlü bir mekanizmayla AUTH komutunu yeniden deneyin; sorun parolada değil, mekanizmadadır.",
   "Seçilen mekanizma, sunucu politikasının bu kullanıcı için izin verdiğinden daha zayıf olduğunda AUTH komutunu yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {535,
   "Kimlik Bilgileri Geçersiz",
   "Kimlik bilgileri geçersiz veya yetersiz olduğu için kimlik doğrulama başarısız oldu. Bir sunucunun istemcinin kimliğini doğrulayamadığında verdiği varsayılan yanıttır.",
   "Kullanıcı adı veya parola yanlış olduğunda, genellikle alışverişin son yanıtından sonra AUTH komutuna yanıt olarak gelir.",
   "Kullanıcıdan yeni kimlik bilgileri isteyip AUTH komutunu yeniden gönderin veya başka bir mekanizma deneyin. Başarısız olmuş kimlik bilgilerini yeniden göndermeyi sürdürmeyin; sunucular birkaç başarısız denemeden sonra bağlantıyı kapatabilir.",
   "Kimlik bilgileri yanlış veya yetersiz olduğunda AUTH komutunu yanıtlamak için kullanılır.",
   "",
   "",
   ""},
  {538,
   "Mekanizma İçin Şifreleme Gerekli",
   "Seçilen kimlik doğrulama mekanizması yalnızca şifreli bir bağlantıda kullanılabilir. Güncel sunucuların bu tür mekanizmaları şifreleme etkinleşmeden duyurmaması gerektiğinden, RFC 4954 bu kodu yalnızca tarihsel amaçlarla korur.",
   "Eski sunuculardan, şifrelenmemiş bir bağlantı üzerinden gönderilen AUTH komutuna yanıt olarak gelir.",
   "STARTTLS gönderin, EHLO komutunu yeniden gönderin ve ardından şifreli bağlantı üzerinden AUTH komutunu tekrarlayın.",
   "Yeni sunucularda kullanılmamalıdır: Bu kod, şifreleme gerektiren bir mekanizmayı şifrelenmemiş bir bağlantıda reddeder; güncel sunucular bu tür mekanizmaları STARTTLS öncesinde duyurmayarak bu durumun oluşmasını önler.",
   "",
   "",
   ""},
  {550,
   "Posta Kutusu Kullanılamıyor",
   "Posta kutusu kullanılamadığı için istenen işlem gerçekleştirilmedi; örneğin posta kutusu yoktur, istemcinin ona erişimi yoktur veya komut politika gereği reddedilmiştir. Birçok sunucu bu kodu istenmeyen posta, itibar ve SPF ya da DMARC kaynaklı retler için de kullanır.",
   "En sık, bilinmeyen bir adres için RCPT komutuna yanıt olarak gelir; sunucu politika gereği reddettiğinde MAIL, VRFY veya EXPN komutlarına ya da ileti verisinin sonuna yanıt olarak da gelir.",
   "Alıcı adresinde yazım hatası olup olmadığını denetleyin ve adres yoksa listenizden çıkarın. Metin veya genişletilmiş durum kodu politikaya ya da itibara işaret ediyorsa, yeniden göndermeden önce SPF, DKIM, DMARC, ters DNS veya kara listeye alınmış bir IP adresi gibi gönderim yapılandırmanızdaki sorunu düzeltin.",
   "Posta kutusu olmadığında veya istek, örneğin politika gereği, kesin olarak reddedildiğinde kullanılır.",
   "",
   "",
   ""},
  {551,
   "Kullanıcı Yerel Değil",
   "Alıcı bu sunucuda yerel değildir ve sunucu iletiyi yönlendirmez. Yanıt metni genellikle bunun yerine denenecek yönlendirme adresini (forward-path) verir.",
   "Yeni adresleri hâlâ bildiren sunucularda, taşınmış bir kullanıcı için RCPT veya VRFY komutuna yanıt olarak gelir; birçok site gizlilik için bu bildirimi devre dışı bırakır.",
   "Yanıt metnindeki adresin makul olduğunu denetledikten sonra iletiyi o adrese yeniden gönderin ve kayıtlarınızı güncelleyin. Adres verilmemişse iletiyi gönderene iade edin.",
   "Alıcı yerel olmadığında ve sunucu iletiyi yönlendirmeyecekse kullanılır; tercihen metinde yeni adres belirtilir.",
   "",
   "",
   ""},
  {552,
   "Depolama Kotası Aşıldı",
   "Bir depolama sınırı aşıldığı için işlem iptal edildi: ileti, sunucunun sabit azami boyutundan büyüktür veya alıcının posta kutusu doludur. Bazı sunucular RCPT aşamasında çok fazla alıcı için hâlâ bu kodu kullanır; RFC 5321 ise bu durumun geçici 452 olarak ele alınmasını söyler.",
   "Bildirilen boyut sunucunun azami boyutunu aştığında MAIL komutuna, iletiyi alamayan bir alıcı için veya alıcı sınırına ulaşıldığında RCPT komutuna ya da ileti verisinin sonuna yanıt olarak gelir.",
   "Boyut nedeniyle ret kalıcıdır; bu yüzden daha küçük bir ileti gönderin, örneğin büyük ekler yerine bağlantılar kullanın. Posta kutusu doluysa alıcının yer açması gerekir; alıcı sayısı çok fazlaysa, 452 yanıtından sonra olduğu gibi reddedilen alıcıları yeni bir işlemde gönderin.",
   "Bir ileti sabit bir boyut sınırını veya alıcının depolama alanını kalıcı olarak aştığında kullanılır.",
   "",
   "",
   ""},
  {553,
   "Posta Kutusu Adına İzin Verilmiyor",
   "Posta kutusu adına izin verilmediği için işlem gerçekleştirilmedi; bunun nedeni genellikle sözdiziminin yanlış olmasıdır. SMTPUTF8 sunucuları bu kodu ASCII adres gerektiren bir alıcı için de kullanır.",
   "Hatalı biçimlendirilmiş veya reddedilen bir adres içeren MAIL ya da RCPT komutuna ve sunucunun kabul etmediği bir ad için VRFY komutuna yanıt olarak gelir.",
   "Adresi düzeltin, örneğin boşlukları veya geçersiz karakterleri kaldırın ve tam bir alan adı verin, ardından yeniden gönderin. Bazı sunucular aktarmayı (relay) reddetmek için de bu kodu kullanır; adres doğruysa istemcinin aktarma izni olup olmadığını veya kimlik doğrulaması yapıp yapmadığını denetleyin.",
   "Posta kutusu adının kendisi kabul edilebilir olmadığında, genellikle sözdizimi yanlış olduğunda kullanılır.",
   "",
   "",
   ""},
  {554,
   "İşlem Başarısız",
   "İşlem başarısız oldu; karşılama yanıtı olarak gönderildiğinde ise sunucunun bu istemciye SMTP hizmeti vermeyeceğini bildirir. Genel bir kalıcı rettir; örneğin reddedilen ileti içeriği veya TLS güvenliği yetersiz bir oturum için kullanılır.",
   "220 karşılama yanıtı yerine, hiçbir alıcı kabul edilmediğinde DATA komutuna yanıt olarak, ileti verisinin sonundan sonra veya sunucu üzerinde anlaşılan TLS düzeyini fazla zayıf bulduktan sonra herhangi bir komuta yanıt olarak gelir.",
   "554 karşılama yanıtından sonra sunucu yine de QUIT bekler ve diğer komutlara 503 ile yanıt verir; bu yüzden QUIT gönderip başka bir sunucuyu deneyin veya metinde belirtilen nedeni (çoğu zaman kara listeye alınmış bir IP adresi) giderin. İleti verisinden sonra gelmişse metnin veya genişletilmiş durum kodunun reddin nedeni olarak gösterdiği şeyi değiştirin ve aynı iletiyi değiştirmeden yeniden göndermeyin.",
   "Reddedilen içerik veya reddedilen bir oturum gibi, daha özel bir kodun tanımlamadığı kalıcı bir ret için kullanılır.",
   "",
   "",
   ""},
  {555,
   "Parametreler Tanınmadı",
   "MAIL FROM veya RCPT TO komutunda verilen bir parametre sunucu tarafından tanınmıyor veya uygulanmıyor. Ret bu sunucu için kalıcıdır.",
   "Sunucunun duyurmadığı bir uzantı parametresi taşıyan MAIL veya RCPT komutuna yanıt olarak gelir; örneğin bu uzantıları desteklemeyen bir sunucuya gönderilen SIZE, BODY veya DSN parametreleri.",
   "Yalnızca sunucunun EHLO yanıtında listelenen uzantıların parametrelerini gönderin ve parametre eklemeden önce oturumun HELO ile değil, EHLO ile başladığından emin olun.",
   "MAIL veya RCPT komutu, sunucunun tanımadığı veya uygulamadığı bir parametre taşıdığında kullanılır.",
   "",
   "",
   ""},
  {556,
   "Alan Adı Posta Kabul Etmiyor",
   "Bir aktarma (relay) veya gönderim sunucusu, bağlanmayı denemeden, alıcının alan adının posta kabul etmediğini bilir; bunun nedeni genellikle alan adının bir null MX kaydı yayımlamasıdır.",
   "Böyle bir alan adındaki bir adres için RCPT komutuna veya yönlendirme adresi (forward-path) taşıyan başka bir komuta yanıt olarak gelir.",
   "Diğer kalıcı hatalar gibi ele alın: adresi düzeltin veya kaldırın, çünkü o alan adına posta teslim edilemez.",
   "Bir aktarma sunucusu, alıcının alan adının posta kabul etmediğini bildiğinde kullanılır; örneğin alan adı bir null MX kaydı yayımladığında.",
   "",
   "",
   ""},
};
/// Enhanced-status texts of Turkish, in registry order.
inline constexpr status_text statuses[] = {
  {0, 0,
   "Diğer Tanımsız Durum",
   "Yalnızca durumun sınıfı bilinmektedir; sunucu ne olduğu hakkında daha fazla bilgi veren bir konu veya ayrıntı kodu vermemiştir.",
   "Sınıfa ve temel yanıt koduna göre hareket edin; asıl nedeni öğrenmek için sunucunun metnini okuyun."},
  {1, 0,
   "Diğer Adres Durumu",
   "Gönderenin veya bir alıcının adresiyle ilgili bir şey bu duruma neden olmuştur ve daha özel bir adresleme kodu uygun düşmez.",
   "Gönderen ve alıcı adreslerinde yazım hatası olup olmadığını denetleyin ve hangi adresten söz edildiğini görmek için sunucunun metnini okuyun."},
  {1, 1,
   "Hatalı Hedef Posta Kutusu Adresi",
   "Alıcının posta kutusu hedefte yoktur: adresin @ işaretinden önceki kısmı orada bilinmiyor.",
   "Alıcı adresinde yazım hatası olup olmadığını denetleyin veya alıcıdan güncel adresini isteyin; aynı adrese değiştirmeden yeniden göndermeyin."},
  {1, 2,
   "Hatalı Hedef Sistem Adresi",
   "Alıcı adresinde adı geçen hedef sistem yoktur veya posta kabul edemez; bu yüzden adresin @ işaretinden sonraki kısmı posta için geçerli değildir.",
   "Alıcı adresinin alan adı kısmında yazım hatası olup olmadığını denetleyin ve alan adının posta aldığını doğrulayın."},
  {1, 3,
   "Hatalı Hedef Posta Kutusu Adresi Sözdizimi",
   "Alıcı adresi sözdizimsel olarak geçerli değildir; hata adresin herhangi bir kısmında olabilir.",
   "Alıcı adresinin biçimini düzeltin (örneğin fazladan boşluklar, eksik açılı ayraçlar veya geçersiz karakterler) ve yeniden gönderin."},
  {1, 4,
   "Hedef Posta Kutusu Adresi Belirsiz",
   "Alıcı adresi hedefte birden fazla posta kutusuyla eşleşiyor; bu, sunucu adresleri posta kutularına yaklaşık eşleştirmeyle bağladığında olabilir.",
   "Tek bir posta kutusunu gösterecek şekilde alıcının tam ve eksiksiz adresini kullanın."},
  {1, 5,
   "Hedef Adres Geçerli",
   "Alıcı adresi geçerli olarak kabul edildi; bu kod olumlu yanıtlarda ve teslim raporlarında kullanılır.",
   "Herhangi bir işlem yapmanız gerekmez."},
  {1, 6,
   "Hedef Posta Kutusu Taşınmış, Yönlendirme Adresi Yok",
   "Alıcı adresi bir zamanlar geçerliydi, ancak hedef artık bu adres için posta kabul etmiyor ve bir yönlendirme adresi de vermiyor.",
   "Adresi listelerinizden çıkarın ve alıcının yeni adresini başka yollarla edinin."},
  {1, 7,
   "Hatalı Gönderen Posta Kutusu Adresi Sözdizimi",
   "Gönderen adresi sözdizimsel olarak geçerli değildir; hata adresin herhangi bir kısmında olabilir.",
   "E-posta istemcisinde veya gönderim sisteminde yapılandırılmış gönderen adresini düzeltin ve yeniden gönderin."},
  {1, 8,
   "Hatalı Gönderen Sistem Adresi",
   "Gönderen adresinin alan adı yoktur veya geri dönen postaları kabul edemez; bu yüzden gönderen adresinin @ işaretinden sonraki kısmı posta için geçerli değildir.",
   "Alan adı var olan ve posta alan bir adresten gönderin; örneğin alan adının DNS içindeki MX veya adres kayıtlarını düzeltin."},
  {1, 9,
   "İleti Uyumsuz Bir Posta Sunucusuna Aktarıldı",
   "Alıcı adresi geçerliydi, ancak ileti, ileti izlemeyi desteklemeyen bir sisteme aktarıldı; bu yüzden ileti hakkında başka bilgi alınamaz.",
   "İletiyi bir sonraki sisteme devredilmiş sayın; bundan sonraki durum bilgisi yalnızca bir sonraki sistemin yöneticilerinden gelebilir."},
  {1, 10,
   "Alıcı Adresinde Null MX Var",
   "Alıcının alan adı, alan adının hiç posta kabul etmediğini bildiren bir null MX kaydı yayımlar.",
   "Yeniden denemeyin; adreste yanlış yazılmış bir alan adı olup olmadığını denetleyin ve alıcıdan posta alan bir alan adındaki adresini isteyin."},
  {2, 0,
   "Diğer veya Tanımsız Posta Kutusu Durumu",
   "Alıcının posta kutusu vardır, ancak onunla ilgili bir şey bu duruma neden olmuştur ve daha özel bir posta kutusu kodu uygun düşmez.",
   "Nedeni öğrenmek için sunucunun metnini okuyun; sorun sürerse alıcıyla başka yollarla iletişim kurun."},
  {2, 1,
   "Posta Kutusu Devre Dışı, İleti Kabul Etmiyor",
   "Posta kutusu vardır, ancak ileti kabul etmemektedir; bir daha etkinleştirilmeyecekse bu durum kalıcı, yalnızca şimdilik askıya alınmışsa geçicidir.",
   "Hata geçiciyse daha sonra yeniden deneyin; kalıcıysa bu adrese göndermeyi bırakın ve alıcıyla başka yollarla iletişim kurun."},
  {2, 2,
   "Posta Kutusu Dolu",
   "Alıcının posta kutusu kotasına veya depolama kapasitesine ulaştığı için doludur; alıcı iletileri silerek yer açabilir.",
   "Daha sonra yeniden deneyin; posta kutusu dolu kalırsa alıcıya başka yollarla haber verin."},
  {2, 3,
   "İleti Boyutu Yönetimsel Sınırı Aşıyor",
   "İleti, bu posta kutusu için belirlenmiş ve sistemin genel sınırından daha düşük olan boyut sınırından büyüktür.",
   "Daha küçük bir ileti gönderin; örneğin büyük ekleri bir bağlantı aracılığıyla paylaşın."},
  {2, 4,
   "E-posta Listesi Genişletme Sorunu",
   "Adres bir e-posta listesidir ve liste, üye adreslerine genişletilemedi.",
   "Hata geçiciyse daha sonra yeniden deneyin; değilse sorunu listenin sahibine bildirin."},
  {3, 0,
   "Diğer veya Tanımsız Posta Sistemi Durumu",
   "Durum, var olan ve normalde posta kabul eden hedef posta sistemiyle ilgilidir ve daha özel bir posta sistemi kodu uygun düşmez.",
   "Hata geçiciyse daha sonra yeniden deneyin; hata kalıcıysa veya sürekli yineleniyorsa hedefin posta yöneticisine (postmaster) başvurun."},
  {3, 1,
   "Posta Sistemi Dolu",
   "Hedef posta sisteminin depolama alanı tükenmiştir; alıcı bu sorunu iletileri silerek gideremez.",
   "Daha sonra yeniden deneyin; hedefin yöneticisinin depolama alanı boşaltması veya eklemesi gerekir."},
  {3, 2,
   "Sistem Ağ İletilerini Kabul Etmiyor",
   "Posta kutusunu barındıran sunucu ileti kabul etmiyor; örneğin kapanma, yoğun yük veya bakım nedeniyle ya da hiçbir zaman posta kabul etmediği için.",
   "Hata geçiciyse daha sonra yeniden deneyin; 521 yanıtı gibi kalıcı bir hatadan sonra bu sunucu posta kabul etmez ve başka bir yol veya adres gerekir."},
  {3, 3,
   "Sistem Seçilen Özellikleri Desteklemiyor",
   "Hedef sistem ileti için istenen özellikleri desteklemiyor; bu, bir özelliği başka bir posta ortamına aktaramayan bir ağ geçidinde olabilir.",
   "İletiyi, istediği isteğe bağlı özellikler olmadan yeniden gönderin veya hedefin yöneticisine hangi özelliklerin desteklendiğini sorun."},
  {3, 4,
   "İleti Sistem İçin Çok Büyük",
   "İleti, hedefin ileti başına boyut sınırından büyüktür; bu sınırın fiziksel olması veya politika gereği konmuş olması fark etmez.",
   "İletinin boyutunu küçültün, örneğin büyük ekleri kaldırın veya bağlantıyla paylaşın, ardından yeniden gönderin."},
  {3, 5,
   "Sistem Yanlış Yapılandırılmış",
   "Hedef sistem bu iletiyi kabul edebilecek şekilde yapılandırılmamıştır.",
   "Sorunu hedefin posta yöneticisine (postmaster) bildirin; yapılandırma düzeltilene kadar yeniden göndermek işe yaramaz."},
  {3, 6,
   "İstenen Öncelik Değiştirildi",
   "İleti kabul edildi, ancak sunucu MT-PRIORITY uzantısıyla istenen aktarım önceliğini değiştirdi; yanıt metni yeni öncelikle başlar.",
   "Herhangi bir işlem yapmanız gerekmez; teslim süresi önemliyse yanıt metnindeki yeni önceliği not edin."},
  {4, 0,
   "Diğer veya Tanımsız Ağ ya da Yönlendirme Durumu",
   "Ağda veya iletinin yönlendirilmesinde bir sorun oluştu ve daha özel bir ağ ya da yönlendirme kodu uygun düşmez.",
   "Daha sonra yeniden deneyin; sorun sürerse DNS kayıtlarını ve hedefe olan ağ bağlantısını denetleyin."},
  {4, 1,
   "Sunucudan Yanıt Yok",
   "Giden bağlantı denemesi yanıtsız kaldı; çünkü uzak sistem meşguldü veya bağlantıyı kabul edemedi.",
   "Daha sonra yeniden deneyin; sürerse hedef sunucunun çalıştığını ve SMTP portundan erişilebilir olduğunu denetleyin."},
  {4, 2,
   "Kötü Bağlantı",
   "Bağlantı kuruldu, ancak zaman aşımı veya düşük bağlantı kalitesi nedeniyle ileti işlemi tamamlanamadı.",
   "Daha sonra yeniden deneyin; yeniden olursa iki sunucu arasındaki ağ sorunlarını, güvenlik duvarlarını veya zaman aşımlarını inceleyin."},
  {4, 3,
   "Dizin Sunucusu Hatası",
   "DNS sunucusu gibi bir dizin sunucusu kullanılamadığı için ileti bir sonraki sunucuya aktarılamadı.",
   "Daha sonra yeniden deneyin; sürerse hatayı bildiren sistemin kullandığı DNS sunucularını denetleyin."},
  {4, 4,
   "Yönlendirilemiyor",
   "Dizin sunucusunda yönlendirme bilgisi bulunmadığı için posta sistemi iletinin bir sonraki durağını belirleyemedi; örneğin DNS alan adı için yalnızca bir SOA kaydı döndürdüğünde.",
   "Alıcının alan adında yazım hatası olup olmadığını denetleyin ve alan adının DNS içinde geçerli MX veya adres kayıtları olduğunu doğrulayın."},
  {4, 5,
   "Posta Sistemi Tıkanıklığı",
   "Posta sistemi tıkanık olduğu için iletiyi teslim edemedi.",
   "Daha sonra, tercihen daha az paralel bağlantı veya ileti ile yeniden deneyin."},
  {4, 6,
   "Yönlendirme Döngüsü Algılandı",
   "Hatalı yönlendirme tabloları veya bir kullanıcının ayarladığı posta iletme kuralları yüzünden oluşan bir döngü, iletiyi çok fazla kez aktardı.",
   "Alıcının adresi için iletme kurallarını ve MX ya da aktarma ayarlarını denetleyin, ardından yeniden gönderin."},
  {4, 7,
   "Teslim Süresi Doldu",
   "İleti çok eski kabul edildi; ya kuyrukta çok uzun süre kaldı ya da göndereninin belirlediği süre sınırı doldu.",
   "Hedefe erişilebildiğini denetleyin ve iletiyi yeniden gönderin; kuyruk günlüğündeki önceki hatalar genellikle asıl nedeni gösterir."},
  {5, 0,
   "Diğer veya Tanımsız Protokol Durumu",
   "Durum posta teslim protokolüyle ilgilidir ve daha özel bir protokol kodu uygun düşmez; bir başarı yanıtıyla birlikte geldiğinde yalnızca komutu onaylar.",
   "Başarıdan sonra herhangi bir işlem gerekmez; bir hatadan sonra hangi komutun veya adımın reddedildiğini görmek için sunucunun metnini okuyun."},
  {5, 1,
   "Geçersiz Komut",
   "Bir protokol komutu sırası dışında gönderildi veya sunucu tarafından desteklenmiyor.",
   "SMTP komutlarının sırasını düzeltin veya sunucunun desteklemediği komutu kullanmayı bırakın."},
  {5, 2,
   "Sözdizimi Hatası",
   "Bir protokol komutu, sözdizimi yanlış olduğu veya komut tanınmadığı için yorumlanamadı.",
   "İstemcinin gönderdiği komutun sözdizimini düzeltin veya sunucunun tanıdığı bir komut kullanın."},
  {5, 3,
   "Çok Fazla Alıcı",
   "İletinin, sunucunun tek bir işlemde kabul ettiğinden daha fazla alıcısı var.",
   "Kalan alıcıları ek bir işlemde gönderin; posta yazılımları bunu normalde kendiliğinden yapar."},
  {5, 4,
   "Geçersiz Komut Argümanları",
   "Geçerli bir komut geçersiz argümanlarla gönderildi; bir değer aralık dışındaydı veya sunucunun tanımadığı bir özelliği belirtiyordu.",
   "Komutun parametrelerini, örneğin bir AUTH mekanizmasını veya bir MAIL FROM uzantı değerini düzeltin ve komutu yeniden gönderin."},
  {5, 5,
   "Yanlış Protokol Sürümü",
   "İki sistem birbiriyle uyuşmayan protokol sürümleri kullanıyor ve bu farkı kendi başlarına çözemediler.",
   "İki tarafın ortak bir protokol sürümü kullanması için istemci veya sunucu yazılımını güncelleyin ya da yeniden yapılandırın."},
  {5, 6,
   "Kimlik Doğrulama Alışverişi Satırı Çok Uzun",
   "İstemciden gelen bir AUTH yanıt satırı, sunucunun seçilen kimlik doğrulama mekanizması için ayırdığı arabellekten uzundu.",
   "Daha kısa yanıtlar üreten bir kimlik doğrulama mekanizması veya kimlik bilgileri kullanın ya da sunucunun yöneticisinden sınırı yükseltmesini isteyin."},
  {6, 0,
   "Diğer veya Tanımsız Ortam Hatası",
   "İletinin içeriğiyle ilgili bir şey iletiyi teslim edilemez hale getirdi ve daha özel bir içerik veya ortam kodu uygun düşmez.",
   "İletinin biçimini ve eklerini denetleyin; sunucunun hangi kısma itiraz ettiğini görmek için sunucunun metnini okuyun."},
  {6, 1,
   "Ortam Desteklenmiyor",
   "İleti, teslim protokolünün veya yol üzerindeki bir sonraki sistemin desteklemediği bir ortam türü (media type) kullanıyor.",
   "İçeriği yaygın olarak desteklenen bir biçimde gönderin; örneğin desteklenmeyen kısmı dönüştürün veya kaldırın."},
  {6, 2,
   "Dönüştürme Gerekli ve Yasak",
   "İleti içeriğinin teslim edilebilmesi için dönüştürülmesi gerekir, ancak gönderen veya gönderen sunucunun politikası bu dönüştürmeyi yasaklıyor.",
   "Dönüştürmeye izin verin veya içeriği, hedefin dönüştürme olmadan kabul ettiği bir biçimde gönderin."},
  {6, 3,
   "Dönüştürme Gerekli Ancak Desteklenmiyor",
   "İleti içeriğinin aktarılabilmesi için dönüştürülmesi gerekir, ancak yol üzerindeki bir sunucu bunu yapamıyor; örneğin 8 bitlik içeriği 7 bite çeviremeyen bir ağ geçidi.",
   "İletiyi dönüştürme gerektirmeyen bir biçimde, örneğin 7 bitlik MIME kodlamalarıyla gönderin."},
  {6, 4,
   "Kayıplı Dönüştürme Yapıldı",
   "İleti teslim edildi, ancak yol üzerindeki bir dönüştürme sırasında verilerinin bir kısmı kayboldu; kalıcı hata olarak ise gönderenin kayıplı dönüştürmeyi yasakladığı anlamına gelir.",
   "İçeriğin eksiksiz ulaşıp ulaşmadığını alıcıyla teyit edin; ulaşmadıysa dönüştürme gerektirmeyen bir biçimde yeniden gönderin."},
  {6, 5,
   "Dönüştürme Başarısız",
   "İleti içeriğinin gerekli dönüştürmesi denendi ve başarısız oldu.",
   "İletiyi dönüştürme gerektirmeyen bir biçimde yeniden gönderin veya hata geçiciyse daha sonra yeniden deneyin."},
  {6, 6,
   "İleti İçeriği Kullanılamıyor",
   "Sunucu, ileti içeriğini bir BURL komutunda adı geçen uzak sistemden (örneğin bir IMAP sunucusundan) alamadı.",
   "BURL komutundaki URL adresinin geçerli olduğunu ve gönderim sunucusunun içerik sunucusuna erişebildiğini denetleyin, ardından yeniden deneyin."},
  {6, 7,
   "Bu Gönderen/Alıcı İçin ASCII Dışı Adreslere İzin Verilmiyor",
   "Adres, o gönderen veya alıcı için izin verilmeyen ASCII dışı karakterler içerdiğinden sunucu bir MAIL veya RCPT komutunu reddetti.",
   "Yalnızca ASCII karakterlerden oluşan bir adres kullanın veya SMTPUTF8 uzantısını destekleyen sunucular üzerinden gönderin."},
  {6, 8,
   "UTF-8 Dizesi İçeren Yanıt Gerekli, Ancak SMTP İstemcisi İzin Vermiyor",
   "Yanıtın bir UTF-8 posta kutusu adı içermesi gerekirdi, ancak istemci yanıtlarda UTF-8 kullanımına izin vermedi; örneğin SMTPUTF8 olmadan gönderilen bir VRFY veya EXPN komutunda.",
   "İstemci destekliyorsa komutu SMTPUTF8 parametresiyle tekrarlayın."},
  {6, 9,
   "UTF-8 Başlıklı İleti Bir veya Daha Fazla Alıcıya Aktarılamıyor, Bu Yüzden İleti Reddedilmeli",
   "İleti verisinin sonundan sonra, UTF-8 başlık alanları içeren bir ileti bir veya daha fazla alıcısına teslim edilemediği için işlem başarısız oldu.",
   "İletiyi bu alıcılara yalnızca ASCII içeren başlık alanları ve adreslerle ya da SMTPUTF8 destekleyen bir yol üzerinden gönderin."},
  {6, 10,
   "X.6.8 Kodunun Kullanımdan Kaldırılmış Kopyası",
   "Bu kod, X.6.8 kodunun bir kopyası olarak kaydedilmiş ve aynı anlama gelen o kod lehine kullanımdan kaldırılmıştır.",
   "Bu kodu X.6.8 gibi ele alın: istemci destekliyorsa komutu SMTPUTF8 parametresiyle tekrarlayın."},
  {7, 0,
   "Diğer veya Tanımsız Güvenlik Durumu",
   "Durum güvenlik veya politikayla ilgilidir ve daha özel bir kod uygun düşmez; bunun nedeni, güvenlik politikasının daha ayrıntılı bir yanıtı yasaklaması olabilir. AUTH sonrasındaki 235 gibi bir başarı yanıtıyla birlikte geldiğinde güvenlik adımını onaylar.",
   "Bir hatadan sonra sunucunun metnini okuyun: sunucu önce STARTTLS veya kimlik doğrulama istiyor ya da iletiyi politika gereği reddediyor olabilir."},
  {7, 1,
   "Teslim Yetkisi Yok, İleti Reddedildi",
   "Gönderenin bu hedefe gönderme yetkisi yoktur; bunun nedeni gönderen sunucuya veya alıcıya göre yapılan filtrelemedir ve reddedilen aktarma (relay) da buna dahildir.",
   "Sunucu kendi giden posta sunucunuzsa kimlik doğrulaması yapın; değilse gönderen sunucunun veya adresin engellenip engellenmediğini denetleyin ve alıcı tarafın posta yöneticisine (postmaster) başvurun."},
  {7, 2,
   "E-posta Listesi Genişletme Yasak",
   "Gönderenin bu e-posta listesine ileti göndermesine izin verilmiyor.",
   "Listenin sahibinden gönderim izni isteyin veya listeye gönderim yapmasına izin verilen bir adresten gönderin."},
  {7, 3,
   "Güvenlik Dönüştürmesi Gerekli Ancak Mümkün Değil",
   "Teslim için bir güvenli ileti protokolünden diğerine dönüştürme gerekiyordu ve bu dönüştürme mümkün olmadı.",
   "İletiyi alıcının sisteminin desteklediği bir güvenlik biçimiyle gönderin."},
  {7, 4,
   "Güvenlik Özellikleri Desteklenmiyor",
   "İleti veya istek, güvenli bir kimlik doğrulama yöntemi gibi teslim protokolünün destekleyemediği güvenlik özellikleri kullandı.",
   "Desteklenmeyen güvenlik özelliği olmadan gönderin veya sunucunun sunduğu bir özelliği seçin."},
  {7, 5,
   "Kriptografik Hata",
   "Yol üzerinde iletiyi doğrulama veya şifresini çözme yetkisi olan bir sistem, bir anahtar veya benzeri bir bilgi eksik ya da geçersiz olduğu için bunu yapamadı.",
   "İletiyi imzalamak veya şifrelemek için kullanılan anahtarları ve sertifikaları denetleyin, ardından iletiyi yeniden gönderin."},
  {7, 6,
   "Kriptografik Algoritma Desteklenmiyor",
   "Yol üzerinde iletiyi doğrulama veya şifresini çözme yetkisi olan bir sistem, kullanılan algoritmayı desteklemediği için bunu yapamadı.",
   "İletiyi alıcının sisteminin desteklediği bir algoritmayla imzalayın veya şifreleyin."},
  {7, 7,
   "İleti Bütünlüğü Hatası",
   "Yol üzerinde iletiyi doğrulama yetkisi olan bir sistem, ileti bozulduğu veya değiştirildiği için doğrulamayı yapamadı.",
   "İletiyi yeniden gönderin ve yol üzerinde iletileri imzalandıktan sonra değiştiren bir yazılım olup olmadığını araştırın."},
  {7, 8,
   "Kimlik Bilgileri Geçersiz",
   "AUTH ile verilen kimlik bilgileri geçersiz veya yetersiz olduğu için kimlik doğrulama başarısız oldu.",
   "Kullanıcı adını ve parolayı veya diğer kimlik bilgilerini denetleyin ve yeniden kimlik doğrulaması yapın."},
  {7, 9,
   "Kimlik Doğrulama Mekanizması Çok Zayıf",
   "Seçilen kimlik doğrulama mekanizması, sunucu politikasının bu kullanıcı için izin verdiğinden daha zayıftır.",
   "Sunucunun sunduğu daha güçlü bir mekanizmayla yeniden kimlik doğrulaması yapın."},
  {7, 10,
   "Şifreleme Gerekli",
   "İstenen kimlik doğrulama mekanizmasının kullanılabilmesi için önce TLS gibi harici bir gizlilik katmanı gerekir; bu özellikle parolaları düz metin olarak gönderen mekanizmalar için geçerlidir. REQUIRETLS de hiçbir TLS oturumu kurulamadığında bu kodu kullanır.",
   "Kimlik doğrulamadan önce STARTTLS ile TLS başlatın veya daha güçlü bir kimlik doğrulama mekanizması kullanın."},
  {7, 11,
   "İstenen Kimlik Doğrulama Mekanizması İçin Şifreleme Gerekli",
   "Seçilen kimlik doğrulama mekanizması yalnızca SMTP bağlantısı şifreli olduğunda kullanılabilir.",
   "Önce STARTTLS gönderin, ardından AUTH komutunu tekrarlayın veya başka bir mekanizma seçin."},
  {7, 12,
   "Parola Geçişi Gerekli",
   "Kullanıcının seçilen kimlik doğrulama mekanizmasına geçmesi gerekir; bu genellikle PLAIN mekanizmasıyla bir kez kimlik doğrulaması yapılarak sağlanır.",
   "Şifreli bir bağlantı üzerinden PLAIN ile bir kez kimlik doğrulaması yapın; bundan sonra seçilen mekanizma sonraki oturumlarda çalışmalıdır."},
  {7, 13,
   "Kullanıcı Hesabı Devre Dışı",
   "Kimlik doğrulama başarılı oldu, ancak hesap örneğin ödeme yapılmaması veya kötüye kullanım nedeniyle devre dışı bırakılmıştır ve bir yönetici yeniden etkinleştirene kadar devre dışı kalır.",
   "Hesabın yeniden etkinleştirilmesi için posta sağlayıcısına veya sistem yöneticisine başvurun; parolayı yeniden girmek işe yaramaz."},
  {7, 14,
   "Güven İlişkisi Gerekli",
   "Gönderim sunucusu, BURL kullanımında olduğu gibi, ileti içeriğini tutan üçüncü taraf sunucuyla yapılandırılmış bir güven ilişkisine ihtiyaç duyar, ancak böyle bir ilişki yoktur.",
   "Yöneticilerden gönderim sunucusu ile içerik sunucusu arasında güven ilişkisi kurmalarını isteyin veya başvuru yerine iletinin tamamını gönderin."},
  {7, 15,
   "Öncelik Düzeyi Çok Düşük",
   "İletinin aktarım önceliği, sunucunun şu anda kabul ettiği en düşük önceliğin altındadır; bu durum geçici olabilir, örneğin yalnızca daha yüksek öncelikli postaların kabul edildiği bir dönemde.",
   "Daha sonra yeniden deneyin veya izniniz varsa daha yüksek bir öncelikle gönderin."},
  {7, 16,
   "İleti Belirtilen Öncelik İçin Çok Büyük",
   "İleti, sunucunun istenen aktarım önceliği için kabul ettiği boyuttan büyüktür.",
   "Daha küçük bir ileti gönderin veya boyut sınırı iletiye uyan bir öncelik kullanın."},
  {7, 17,
   "Posta Kutusu Sahibi Değişti",
   "İleti, RRVS ile alıcı posta kutusunun belirli bir zamandan beri aynı sahipte olmasını şart koştu ve posta kutusunun sahibi o zamandan beri değişti.",
   "Bu adrese yeniden göndermeyin; alıcının güncel adresini başka yollarla doğrulayın."},
  {7, 18,
   "Alan Adı Sahibi Değişti",
   "İleti, RRVS ile alıcı adresinin belirli bir zamandan beri geçerli olmasını şart koştu ve alıcının alan adının sahibi o zamandan beri değişti.",
   "Bu adrese yeniden göndermeyin; alıcının güncel adresini başka yollarla doğrulayın."},
  {7, 19,
   "RRVS Denetimi Tamamlanamıyor",
   "İleti bir RRVS denetimi istedi, ancak alıcı sunucu, posta kutusunun mevcut sahibine ne zaman geçtiğini kaydetmediği için denetimi yapamıyor.",
   "İletiyi RRVS koşulu olmadan yeniden gönderip göndermeyeceğinize karar verin."},
  {7, 20,
   "Doğrulamadan Geçen DKIM İmzası Bulunamadı",
   "İleti, doğrulamadan geçen bir DKIM imzası taşımadığı için yerel politika tarafından reddedildi.",
   "Gönderen alan adının postalarını DKIM ile imzaladığından ve yol üzerinde hiçbir şeyin imzalanmış içeriği değiştirmediğinden emin olun."},
  {7, 21,
   "Kabul Edilebilir DKIM İmzası Bulunamadı",
   "İletinin doğrulamadan geçen DKIM imzaları var, ancak hiçbiri alıcı sunucunun yerel gereksinimlerini karşılamıyor.",
   "Alıcı sunucunun gereksinimlerini karşılamak için DKIM imzalamayı, örneğin imzalanan başlık alanlarını veya imzalayan alan adını, ayarlayın."},
  {7, 22,
   "Yazarla Eşleşen Geçerli DKIM İmzası Bulunamadı",
   "İletinin doğrulamadan geçen DKIM imzaları var, ancak hiçbiri From başlık alanındaki yazar adresiyle eşleşen bir alan adı kullanmıyor.",
   "İletiyi From adresindeki alan adını kullanarak DKIM ile imzalayın."},
  {7, 23,
   "SPF Doğrulaması Başarısız",
   "İletinin SPF denetimi fail sonucu verdi ve yerel politika bu sonucu kabul etmiyor.",
   "Gönderen alan adının SPF kaydında listelenen bir sunucu üzerinden gönderin veya gönderen sunucuyu bu kayda ekleyin."},
  {7, 24,
   "SPF Doğrulama Hatası",
   "İleti için SPF değerlendirmesi bir hata üretti: DNS zaman aşımı gibi geçici bir hata geçici bir yanıtla, bozuk bir SPF kaydı gibi kalıcı bir hata ise kalıcı bir yanıtla bildirilir.",
   "Hata geçiciyse daha sonra yeniden deneyin; kalıcıysa gönderen alan adının SPF kaydındaki sözdizimini veya DNS sorgularını düzeltin."},
  {7, 25,
   "Ters DNS Doğrulaması Başarısız",
   "SMTP istemcisinin IP adresi, yerel politikanın gerektirdiği ters DNS denetiminden geçemedi.",
   "Gönderen IP adresine, adı yeniden aynı adrese çözümlenen bir PTR kaydı tanımlayın."},
  {7, 26,
   "Birden Fazla Kimlik Doğrulama Denetimi Başarısız",
   "İleti, SPF ve DKIM gibi birden fazla ileti kimlik doğrulama denetiminden geçemedi ve yerel politika iletiyi reddediyor; başarısız denetimlerin adı belirtilmez.",
   "Gönderen alan adının SPF, DKIM ve DMARC yapılandırmasını denetleyin ve başarısız olan her denetimi düzeltin."},
  {7, 27,
   "Gönderen Adresinde Null MX Var",
   "Gönderen adresinin alan adı bir null MX kaydı yayımlar; bu yüzden yanıt veya geri dönen ileti alamaz ve alıcı sunucu bu alan adından gelen postayı reddeder.",
   "Alan adı posta kabul eden bir adresten gönderin."},
  {7, 28,
   "Posta Seli Algılandı",
   "Alıcı sunucu, iletiyi bir posta selinin, yani alıcıyı hedef alan olağandışı büyüklükte bir ileti akınının parçası olarak değerlendiriyor; bu kod bir RFC'den değil, bir Internet-Draft belgesinden kaydedilmiştir.",
   "Bu alıcıya gönderim hızını düşürün ve sisteminizin, örneğin sahte kayıt istekleri aracılığıyla kötüye kullanılıp kullanılmadığını denetleyin."},
  {7, 29,
   "ARC Doğrulama Hatası",
   "İletinin Authenticated Received Chain (ARC) zinciri doğrulamadan geçemedi.",
   "E-posta listeleri veya postayı ileten sunucular gibi aracıların eklediği ARC başlık alanlarını denetleyin ve zinciri bozan sistemi düzeltin."},
  {7, 30,
   "REQUIRETLS Desteği Gerekli",
   "İleti, REQUIRETLS uzantısı aracılığıyla her aktarım adımında TLS gerektiriyor, ancak REQUIRETLS destekleyen bir sonraki sunucu bulunamadı.",
   "İletiyi REQUIRETLS koşulu olmadan veya tüm sunucuları bunu destekleyen bir yol üzerinden gönderin."},
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
  c.heading_status_list = "Genişletilmiş Durum Kodları";
  c.heading_typical_statuses = "Sık Kullanılan Genişletilmiş Durum Kodları";
  c.heading_related_codes = "Birlikte Kullanıldığı Yanıt Kodları";
  c.heading_compare_with = "{code} Kodunun Diğer Kodlarla Karşılaştırması";
  c.heading_what_to_do = "Yapılması Gerekenler";
  c.compare_title = "SMTP {a} {name_a} ile {b} {name_b} Karşılaştırması";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code} (hiçbir RFC'de tanımlanmamış)";
  c.status_title = "Genişletilmiş Durum Kodu {status} {name}";
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
  c.class_outcome[0] = "yanıt geçerli bir SMTP yanıtı değildir ve herhangi bir sonuç bildirmez";
  c.class_outcome[1] = "istek kabul edilmiştir, ancak bir onay beklenmektedir";
  c.class_outcome[2] = "istek başarılı olmuştur";
  c.class_outcome[3] = "sunucu, komutu tamamlayabilmek için ek girdi bekler";
  c.class_outcome[4] = "istek şimdilik başarısız olmuştur ve daha sonra yeniden denenirse başarılı olabilir";
  c.class_outcome[5] = "istek başarısız olmuştur ve değiştirilmeden tekrarlanırsa yine başarısız olur";
  c.category_names[0] = "Sözdizimi";
  c.category_names[1] = "Bilgi";
  c.category_names[2] = "Bağlantılar";
  c.category_names[3] = "Atanmamış (x3z)";
  c.category_names[4] = "Atanmamış (x4z)";
  c.category_names[5] = "Posta Sistemi";
  c.category_names[6] = "Tanımsız";
  c.category_meaning[0] = "İkinci hanedeki 0, sözdizimi hatalarını, başka bir kategoriye girmeyen komutları ve sunucunun uygulamadığı komutları belirtir.";
  c.category_meaning[1] = "İkinci hanedeki 1, durum veya yardım gibi bilgi isteklerine verilen yanıtları belirtir.";
  c.category_meaning[2] = "İkinci hanedeki 2, iletim kanalıyla, yani bağlantının kendisiyle ilgili yanıtları belirtir.";
  c.category_meaning[3] = "RFC 5321 ikinci hanedeki 3 için bir kategori tanımlamaz; uzantılar bu haneyi örneğin kimlik doğrulama yanıtları için kullanır.";
  c.category_meaning[4] = "RFC 5321 ikinci hanedeki 4 için bir kategori tanımlamaz.";
  c.category_meaning[5] = "İkinci hanedeki 5, iletiyi alan posta sisteminin istenen aktarım veya başka bir posta sistemi işlemi karşısındaki durumunu belirtir.";
  c.category_meaning[6] = "RFC 5321, 6 ile 9 arasındaki ikinci haneler için kategori tanımlamaz ve böyle bir hane içeren yanıt satırı geçerli SMTP sözdizimi değildir.";
  c.intro_different = "SMTP {a} ({name_a}) bir {class_a} yanıtıdır, {b} ({name_b}) ise bir {class_b} yanıtıdır.";
  c.intro_same = "SMTP {a} ({name_a}) ve {b} ({name_b}) kodlarının ikisi de {class} sınıfına aittir.";
  c.in_contrast = "Buna karşılık {text}";
  c.no_differences = "SMTP {a} ve {b} aynı koddur, bu yüzden listelenecek bir fark yoktur.";
  c.diff_class = "{a} kodu bir {class_a} yanıtıdır, {b} kodu ise bir {class_b} yanıtıdır.";
  c.diff_category = "İkinci hanesine göre {a} kodu {cat_a} kategorisine, {b} kodu ise {cat_b} kategorisine girer.";
  c.diff_meaning = "{a} kodu “{name_a}”, {b} kodu ise “{name_b}” anlamına gelir.";
  c.diff_retry = "{a} kodundan sonra {retry_a}; {b} kodundan sonra ise {retry_b}.";
  c.diff_connection = "{a} kodundan sonra {conn_a}; {b} kodundan sonra ise {conn_b}.";
  c.diff_commands = "{a} kodu {cmds_a} için, {b} kodu ise {cmds_b} için yanıt olarak gönderilir.";
  c.diff_status = "{a} kodu genellikle {status_a} genişletilmiş durum koduyla gelir; {b} kodu ise genellikle {status_b} koduyla gelir.";
  c.diff_status_first_only = "{a} kodu genellikle {status_a} genişletilmiş durum koduyla gelir; {b} kodu ise genellikle genişletilmiş durum kodu içermez.";
  c.diff_status_second_only = "{a} kodu genellikle genişletilmiş durum kodu içermez; {b} kodu ise genellikle {status_b} genişletilmiş durum koduyla gelir.";
  c.diff_spec = "{a} kodu {spec_a}; {b} kodu ise {spec_b}.";
  c.retry_phrases[0] = "yeniden denemeye gerek yoktur";
  c.retry_phrases[1] = "istemci isteğin bir sonraki bölümünü gönderir";
  c.retry_phrases[2] = "istemci iletiyi saklar ve daha sonra yeniden dener";
  c.retry_phrases[3] = "istemci yeniden denemeden önce isteği değiştirmelidir";
  c.retry_phrases[4] = "aynı istek tekrarlanmamalıdır";
  c.retry_phrases[5] = "yanıt kullanılabilir bir talimat vermez";
  c.spec_names[0] = "güncel standardın bir parçasıdır";
  c.spec_names[1] = "deneysel bir RFC ile tanımlanmıştır";
  c.spec_names[2] = "kullanımdan kaldırılmıştır ve yalnızca tarihsel nedenlerle korunmaktadır";
  c.connection_closes = "sunucu bağlantıyı kapatır";
  c.connection_stays_open = "bağlantı bir sonraki komut için açık kalır";
  c.command_connect = "bağlantının açılması";
  c.command_end_of_data = "ileti verisinin sonu";
  c.command_any = "herhangi bir komut";
  c.list_separator = ", ";
  c.list_last_separator = " ve ";
  c.list_last_or = " veya ";
  c.which_by_outcome = "İlk bakılacak nokta sonuçtur: {a} kodunda {outcome_a}; {b} kodunda ise {outcome_b}.";
  c.which_same_class = "İkisi de {class} yanıtı olduğundan sonuç aralarında bir ayrım yapmaz; seçimi durum belirler.";
  c.which_item = "{code} ({name}): {text}";
  c.reference_item = "SMTP {code}: {text}";
  c.class_line = "{code} kodu bir {class} yanıtıdır.";
  c.category_line = "İkinci hanesine göre {code} kodu {category} kategorisine girer.";
  c.unregistered_intro = "{code} kodu hiçbir RFC'de tanımlanmamıştır; bu yüzden istemci onu ilk hanesine göre bir {class} yanıtı olarak yorumlar.";
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
  c.label_delay = "Bekleme süresi";
  c.label_connection = "Bağlantı";
  c.label_why = "Gerekçe";
  c.label_rule = "Kural";
  c.label_throttle = "Gönderim kısıtlaması";
  c.label_next_retry = "Sonraki deneme";
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
  c.reason_line = "{name} ({token})";
  c.reason_names[0] = "Hata yok";
  c.reason_names[1] = "Bilinmeyen alıcı";
  c.reason_names[2] = "Bilinmeyen sunucu veya alan adı";
  c.reason_names[3] = "Alıcının adresi değişmiş";
  c.reason_names[4] = "Alan adı posta kabul etmiyor";
  c.reason_names[5] = "Posta kutusu devre dışı";
  c.reason_names[6] = "Posta kutusu dolu";
  c.reason_names[7] = "İleti çok büyük";
  c.reason_names[8] = "Aktarma (relay) reddedildi";
  c.reason_names[9] = "Gönderen sunucu engellendi";
  c.reason_names[10] = "Gönderen itibarı düşük";
  c.reason_names[11] = "Ters DNS (PTR) kaydı gerekli";
  c.reason_names[12] = "Gönderim hızı sınırlandı";
  c.reason_names[13] = "Çok fazla alıcı";
  c.reason_names[14] = "Gri listeye alındı (greylisting)";
  c.reason_names[15] = "İstenmeyen posta (spam) olarak algılandı";
  c.reason_names[16] = "Virüs algılandı";
  c.reason_names[17] = "İçerik kabul edilmedi";
  c.reason_names[18] = "Politika ihlali";
  c.reason_names[19] = "Gönderen kimlik doğrulaması başarısız (SPF, DKIM veya DMARC)";
  c.reason_names[20] = "TLS veya SMTP AUTH sorunu";
  c.reason_names[21] = "STARTTLS başarısız oldu";
  c.reason_names[22] = "Gönderen adresi reddedildi";
  c.reason_names[23] = "Alıcının kurallarınca filtrelendi";
  c.reason_names[24] = "İstemcinin protokol hatası";
  c.reason_names[25] = "İleti RFC'lere uymuyor";
  c.reason_names[26] = "Teslim süresi doldu";
  c.reason_names[27] = "Ağ hatası";
  c.reason_names[28] = "Sunucu hatası";
  c.reason_names[29] = "Sunucu depolama alanı dolu";
  c.reason_names[30] = "Posta programı hatası";
  c.reason_names[31] = "Kuyrukta bekletiliyor";
  c.reason_names[32] = "Belirlenemedi";
  c.why_texts[0] = "RFC 5321 §4.2.1: 2yz yanıtı, adımın başarılı olduğunu gösterir.";
  c.why_texts[1] = "RFC 5321 §3.8: 221 yanıtı oturumu sonlandırır ve sunucu bağlantıyı kapatır.";
  c.why_texts[2] = "RFC 5321 §4.2.1: 3yz yanıtı bir sonraki bölümü (ileti gövdesini veya AUTH yanıtını) ister.";
  c.why_texts[3] = "RFC 5321 §4.2: ilk hanesi 2-5 aralığının dışında olan bir yanıt ölümcül hata sayılır ve işlem sonlandırılır.";
  c.why_texts[4] = "RFC 5321 §3.8: 421 yanıtı bağlantıyı kapatır; bu sunucu oturumu reddettiği için sonraki MX sunucusunu deneyin.";
  c.why_texts[5] = "RFC 5321 §3.8: 421 yanıtı bağlantıyı kapatır; henüz kabul edilmemiş her şey daha sonra yeniden denenir.";
  c.why_texts[6] = "RFC 5321 §4.5.3.1.10: alıcı sayısı çok fazla; kalan alıcıları yeni bir işlemde gönderin.";
  c.why_texts[7] = "Sunucu oturumu geçici bir yanıtla reddetti; sonraki MX sunucusunu deneyin, bu sunucuyu ise daha sonra yeniden deneyin.";
  c.why_texts[8] = "RFC 4954 §6: 432 yanıtı, parola geçişi için kullanıcının TLS üzerinden PLAIN ile bir kez kimlik doğrulaması yapmasını ister.";
  c.why_texts[9] = "RFC 5321 §4.2.1: 4yz yanıtı geçicidir; iletiyi kuyrukta tutun ve daha sonra yeniden deneyin.";
  c.why_texts[10] = "RFC 3463 §3.3: Dolu posta kutusu (X.2.2) süregelen geçici bir hatadır; bu yüzden RCPT komutuna verilen bu 552 yanıtından sonra teslim daha sonra yeniden denenir. RFC 5321 §4.5.3.1.10, 552 yanıtını yalnızca alıcı sayısı fazla olduğunda 452 gibi değerlendirir.";
  c.why_texts[11] = "RFC 5321 §4.5.3.1.10: RCPT komutuna verilen 552 yanıtı 452 gibi değerlendirilir; kalan alıcıları yeni bir işlemde gönderin.";
  c.why_texts[12] = "RFC 5321 §3.1: 5yz karşılama yanıtı oturumu reddeder; QUIT gönderin ve sonraki MX sunucusunu deneyin.";
  c.why_texts[13] = "RFC 5321 §3.2: sunucu EHLO komutunu desteklemiyor; bunun yerine HELO komutunu kullanın.";
  c.why_texts[14] = "RFC 3207 §4, RFC 4954 §6: 530 yanıtı, bu komuttan önce STARTTLS veya kimlik doğrulama ister.";
  c.why_texts[15] = "RFC 4954 §6: 534 yanıtı daha güçlü bir kimlik doğrulama mekanizması ister.";
  c.why_texts[16] = "RFC 4954 §6: 535 yanıtı kimlik bilgilerini reddeder; kullanıcıdan yeni kimlik bilgileri isteyin.";
  c.why_texts[17] = "RFC 4954 §6: 538 yanıtı, bu mekanizma kullanılmadan önce şifreli bir bağlantı ister.";
  c.why_texts[18] = "Bu sunucu karşılama yanıtından sonra oturumu reddetti; sonraki MX sunucusunu deneyin.";
  c.why_texts[19] = "RFC 5321 §4.2.4, §4.3.2: sunucu isteğin biçimini reddetti; komutu düzeltip yeniden gönderin.";
  c.why_texts[20] = "RFC 5321 §4.2.1: 5yz yanıtı kalıcıdır; isteği değiştirmeden tekrarlamayın.";
  c.why_texts[21] = "RFC 5321 §3.8: bağlantının beklenmedik şekilde kopması 451 yanıtı gibi değerlendirilir.";
  c.why_texts[22] = "RFC 3463 §2: 2.X.X durumu başarıyı bildirir.";
  c.why_texts[23] = "RFC 3463 §2: 5.X.X durumu, bu teslimin kalıcı olarak başarısız olduğunu bildirir.";
  c.why_texts[24] = "RFC 3463 §2: 4.X.X durumu geçici bir hatadır; daha sonra yeniden deneyin.";
  c.why_texts[25] = "İleti, izin verilen azami süreden daha uzun süre kuyrukta kaldı.";
  c.why_texts[26] = "Metinde SMTP yanıt kodu bulunamadı; iletiyi kuyrukta tutun.";
  c.why_texts[27] = "Yumuşak geri dönüş (soft bounce) modu: kalıcı hata da kuyrukta tutulur ve yeniden denenir.";
  c.why_texts[28] = "SMTP yanıt kodu bulunamadı, ancak metin kalıcı bir hatayı ya da posta alamayan bir adresi bildiriyor; değiştirmeden yeniden denemeyin.";
  c.why_texts[29] = "Bir operatör kuralı yerleşik değerlendirmeyi geçersiz kıldı; öneri kuralın adını veriyor.";
  c.provider_why_texts[0] = "Gmail bu IP adresinden, ağ bloğundan, DKIM veya SPF alan adından ya da URL alan adından olağandışı bir hızda posta geldiğini gördü ve şimdilik bu gönderimi sınırlıyor; gönderim hızınızı düşürün ve Google'ın gönderen yönergelerine uyun.";
  c.provider_why_texts[1] = "Gmail, bu IP adresinden olağandışı hızda istenmeyen posta geldiği için adresten gelen postayı engelledi; sorun alıcı adresinde değil.";
  c.provider_why_texts[2] = "Gmail, ne SPF ne de DKIM denetiminden geçen postanın hızını sınırlıyor; gönderen alan adının kimliğini doğrulayın.";
  c.provider_why_texts[3] = "Gmail iletiyi reddetti: ileti SPF ve DKIM denetimlerinden ya da gönderen alan adının DMARC ilkesinden geçemedi; kimlik doğrulamasını düzeltin, sorun alıcı adresinde değil.";
  c.provider_why_texts[4] = "Gmail, gönderen IP adresinin, adı yeniden bu adrese çözümlenen bir PTR kaydına sahip olmasını şart koşuyor.";
  c.provider_why_texts[5] = "Gmail bu alıcı alan adı için TLS şartı koşuyor: önce STARTTLS komutunu gönderin.";
  c.provider_why_texts[6] = "Gmail'e göre alıcıya, kabul edebileceğinden daha hızlı posta geliyor; 5yz koduna rağmen bu durum geçicidir, bu nedenle daha sonra yeniden deneyin.";
  c.provider_why_texts[7] = "Gmail'e göre alıcının hesabı etkin değil.";
  c.provider_why_texts[8] = "Gmail'e göre alıcıya (veya SMTP geçiş hizmeti müşterisine) çok hızlı posta geliyor; daha sonra yeniden deneyin.";
  c.provider_why_texts[9] = "Gmail'e göre alıcının gelen kutusunda depolama alanı kalmadı.";
  c.provider_why_texts[10] = "Gmail iletiyi büyük olasılıkla istenmeyen posta olarak değerlendirdi ve engelledi.";
  c.provider_why_texts[11] = "Microsoft gönderen IP adresini yasaklı olarak listeliyor; https://sender.office.com adresinden listeden çıkarılmasını isteyin.";
  c.provider_why_texts[12] = "Microsoft bu IP adresinden gelen trafiği kabul etmiyor (itibarı düşük, çoğu zaman yeni bir adres olduğu için); gönderim geçmişi olan bir IP adresi üzerinden gönderin.";
  c.provider_why_texts[13] = "Microsoft bu IP adresinin gönderim hızını itibarı nedeniyle sınırlıyor; gönderim hızınızı düşürün ve daha sonra yeniden deneyin.";
  c.provider_why_texts[14] = "Outlook.com bu IP adresinden gelen postayı reddediyor, çünkü adresin bulunduğu ağın bir bölümü Microsoft'un kara listesinde (S3150); listeden çıkarılma talebini ağın işletmecisinin Microsoft'a iletmesi gerekir.";
  c.provider_why_texts[15] = "Yahoo, beklenmedik hacim veya kullanıcı şikâyetleri nedeniyle bu IP adresinden gelen postayı erteliyor; gönderim hızınızı düşürün.";
  c.provider_why_texts[16] = "Yahoo bu IP adresinden gelen postayı geçici olarak erteliyor (bir TS kodu: kullanıcı şikâyetleri, istenmeyen postaya benzeyen içerik, IP adresinin veya alt ağının düşük itibarı ya da olağandışı trafik); daha sonra yeniden deneyin ve gönderdiklerinizi gözden geçirin.";
  c.provider_why_texts[17] = "Yahoo bu IP adresinden gelen postayı geçici olarak erteliyor (bir TS kodu: kullanıcı şikâyetleri, istenmeyen postaya benzeyen içerik, IP adresinin veya alt ağının düşük itibarı ya da olağandışı trafik); daha sonra yeniden deneyin ve gönderdiklerinizi gözden geçirin.";
  c.provider_why_texts[18] = "Yahoo, trafiği istenmeyen toplu postaya benzediği için bu IP adresinden gelen tüm postayı kalıcı olarak erteliyor ve listeler ile gönderim uygulamaları düzeltilmeden yeniden gönderilmemesini öneriyor.";
  c.provider_why_texts[19] = "Yahoo iletiyi, ilkeleri gereği içeriği nedeniyle reddetti (bir PH kodu: virüs, kimlik avı, fidye yazılımı veya başka kötü amaçlı yazılım ya da bunlara bağlantılar); iletinin ne taşıdığını denetleyin.";
  c.provider_why_texts[20] = "Yahoo, Spamhaus bu IP adresini listelediği için adresten gelen bağlantıları reddediyor; adresin listeden çıkarılmasını Spamhaus'tan isteyin.";
  c.provider_why_texts[21] = "iCloud iletiyi yerel ilkesi gereği reddetti; Apple'ın posta yöneticisi ekibi (icloudadmin@apple.com), Apple'ın gereksinimlerine uyan gönderenlere yanıt veriyor.";
  c.provider_why_texts[22] = "iCloud iletiyi yerel ilkesi gereği reddetti (HM08); Apple ayrıntı yayımlamıyor, posta yöneticisi ekibi (icloudadmin@apple.com) Apple'ın gereksinimlerine uyan gönderenlere yanıt veriyor.";
  c.provider_why_texts[23] = "iCloud aşırı hacim nedeniyle bu alıcıya gelen postayı erteliyor; daha sonra yeniden deneyin.";
  c.provider_why_texts[24] = "Comcast bu IP adresini, istenmeyen postaya özgü örüntülerle posta gönderdiği için engelliyor (BL000000).";
  c.provider_why_texts[25] = "Comcast bu IP adresini, dış kara listelerde yer aldığı için engelliyor: Spamhaus ZEN (BL000001), Cloudmark CSI (BL000010), SenderScore (BL000100); birden çok listede yer alıyorsa rakamlar toplanır; adresin bu listelerden çıkarılmasını isteyin.";
  c.provider_why_texts[26] = "Comcast, dinamik veya ev kullanıcılarına ayrılmış IP aralıklarından doğrudan gönderilen postayı reddediyor (ES000001: Comcast'in kendi aralıkları, ES000010: başka bir ağın aralıkları; çoğu zaman genel bir ters DNS adından anlaşılır); bir posta hizmeti sağlayıcısı üzerinden ya da düzgün bir ada sahip sabit bir adresten gönderin.";
  c.provider_why_texts[27] = "Comcast gönderen IP adresi başına 25 eşzamanlı bağlantıya izin veriyor ve bu adres daha fazlasını açtı; daha az paralel bağlantı kullanın.";
  c.provider_why_texts[28] = "Comcast gönderen IP adresi için geçerli bir ters DNS kaydı istiyor ve sorgu başarısız oldu; Comcast bunu geçici sayıyor, bu nedenle yeniden deneyin.";
  c.provider_why_texts[29] = "Comcast, gönderen her posta sunucusunun geçerli ters DNS içeren bir PTR kaydı olmasını şart koşuyor; bu sunucunun ise böyle bir kaydı yok.";
  c.provider_why_texts[30] = "Comcast bu IP adresinin hızını şimdilik kısıyor (bir RL kodu); daha sonra daha düşük bir hızla yeniden deneyin.";
  c.provider_why_texts[31] = "GMX ve WEB.DE bu IP adresinden gelen bağlantıları, adres bir kara listede olduğu için reddediyor; yanıttaki bağlantı, vakanın sayfasına ve bir iletişim formuna götürür.";
  c.provider_why_texts[32] = "WEB.DE ve GMX kısa sürede bu gönderenden çok fazla ileti aldı; birkaç saat sonra yeniden deneyin (kesin bir bekleme süresi yayımlanmıyor) ve daha yavaş gönderin.";
  c.provider_why_texts[33] = "WEB.DE ve GMX iletiyi, gönderen sunucu gönderen alan adının SPF kaydında yer almadığı için reddetti; iletileri yönlendiren sunucular zarf göndericisini yeniden yazmalıdır (SRS).";
  c.provider_why_texts[34] = "Orange bu IP adresine şimdilik hizmet vermiyor: adres, önceki sınır aşımları veya şikâyetler nedeniyle geçici olarak askıya alındı; Orange'a gönderimi durdurun ve daha sonra yeniden deneyin.";
  c.provider_why_texts[35] = "Orange bu IP adresinden izin verdiğinden fazla eşzamanlı bağlantı aldı; daha az paralel bağlantı kullanın.";
  c.provider_why_texts[36] = "Mail.ru filtreleri iletiyi istenmeyen posta olarak değerlendirdi; yanıttaki, hata kodunu ve ileti kimliğini (ID) içeren bağlantı üzerinden Mail.ru destek ekibinden iletiyi incelemesini isteyin.";
  c.provider_why_texts[37] = "Mail.ru iletiyi, From alan adının DMARC ilkesi gereği reddetti (RFC 7489); kendi alan adınızdan, hizalı SPF veya DKIM ile kimliği doğrulanmış olarak gönderin.";
  c.provider_why_texts[38] = "Yandex bu gönderenden yalnızca istenmeyen posta geldiği için postasını 24 saat engelliyor; Yandex'e gidecek postayı bir gün bekletin ve nedeni giderin.";
  c.provider_why_texts[39] = "Yandex iletinin içeriğini istenmeyen posta olarak tanıdı.";
  c.provider_why_texts[40] = "Yandex, kullanıcı sözleşmesinin ihlali nedeniyle alıcının hesabını engelledi; alıcıya başka bir yoldan ulaşın.";
  c.provider_why_texts[41] = "Yandex'teki alıcı, hız sınırının izin verdiğinden fazla ileti aldı; daha sonra yeniden deneyin.";
  c.provider_why_texts[42] = "QQ Mail içeriği reddetti: benzer postalar toplu olarak gönderildi ve birçok kullanıcı bunları istenmeyen posta olarak bildirdi.";
  c.provider_why_texts[43] = "QQ Mail bir IP adresinden, gönderen alan adından veya gönderenden dakikada, saatte ve günde kabul ettiği posta miktarını sınırlıyor (sınırlar yayımlanmıyor) ve fazlasını dakikalarca, saatlerce ya da günün geri kalanında reddediyor; 5yz koduna rağmen gönderime ara verin ve daha sonra daha düşük bir hızla yeniden deneyin.";
  c.provider_why_texts[44] = "QQ Mail, bu alıcıya kısa sürede çok miktarda posta geldiği için alıcıya gelen postayı bir süre durduruyor; 5yz koduna rağmen gönderime ara verin ve daha sonra yeniden deneyin.";
  c.provider_why_texts[45] = "QQ Mail, gönderenin alan adının veya posta işletmecisinin istenmeyen posta gönderdiğinden şüpheleniyor: buradan çok miktarda istenmeyen posta geldi.";
  c.provider_why_texts[46] = "QQ Mail'deki alıcı bu gönderenden gelen postayı reddediyor (kişisel bir kara liste veya filtre).";
  c.provider_why_texts[47] = "NetEase iletiyi şimdilik reddediyor: gövdesi istenmeyen postaya benziyor ya da gönderim yapılandırması standart değil. NetEase iletinin kuyrukta tutulup iki dakika sonra yeniden denenmesini, sorun sürerse içeriğin veya yapılandırmanın değiştirilmesini öneriyor.";
  c.provider_why_texts[48] = "NetEase bu IP adresinden gelen bağlantıları şimdilik reddediyor: adres, NetEase'in izin verdiğinden fazla eşzamanlı bağlantı açtı; daha az bağlantı kullanın.";
  c.provider_why_texts[49] = "NetEase bu IP adresinden gelen bağlantıları şimdilik reddediyor: adres kısa sürede çok fazla posta gönderdi; daha yavaş gönderin.";
  c.provider_why_texts[50] = "NetEase bu IP adresinden gelen bağlantıları olağandışı gönderim nedeniyle şimdilik reddediyor: alıcılarının çoğu mevcut değil; listeyi temizleyin.";
  c.provider_why_texts[51] = "NetEase bu IP adresinden gelen bağlantıları olağandışı gönderim nedeniyle şimdilik reddediyor: postalarının önemli bir kısmında gönderen alan adı sahte.";
  c.provider_why_texts[52] = "NetEase bu IP adresinden gelen postayı, adres bir veya daha fazla DNS kara listesinde yer aldığı için reddediyor.";
  c.provider_why_texts[53] = "NetEase: bu gönderen 15 dakika içinde NetEase'in izin verdiğinden fazla ileti gönderdi; daha sonra yeniden deneyin.";
  c.provider_why_texts[54] = "Zoho Mail iletide virüs buldu ve iletiyi reddetti.";
  c.provider_why_texts[55] = "Zoho Mail iletiyi, From alan adının reddetme (reject) yönündeki DMARC ilkesi gereği reddetti; iletinin kimliğini hizalı SPF veya DKIM ile doğrulayın.";
  c.provider_why_texts[56] = "Zoho'daki alıcı alan adında bu iletiyi reddeden filtreler var; alan adının yöneticisinden, başka bir yoldan, iletiye izin vermesini isteyin.";
  c.provider_why_texts[57] = "Proofpoint Dynamic Reputation bu IP adresinden istenmeyen posta geldiği için adresi engelliyor; engel, istenmeyen posta bir süre kesilene kadar sürer. Adresi ipcheck.proofpoint.com üzerinde sorgulayın ve gönderilen postaların ayrıntılarıyla birlikte adresin listeden çıkarılmasını orada isteyin.";
  c.provider_why_texts[58] = "Mimecast bu gönderene gri liste (greylisting) uyguluyor (ya da IP adresine düşük puan veriyor): aynı sunucudan bir dakika ile 12 saat arasında bir süre sonra yeniden deneyin.";
  c.provider_why_texts[59] = "Alıcının Mimecast hesabındaki bir Blocked Senders ilkesi bu gönderenin IP adresini reddediyor; kaydı yalnızca alıcı tarafın yöneticisi kaldırabilir.";
  c.provider_why_texts[60] = "Mimecast sunucusu azami yük sınırına ulaştı; daha sonra yeniden deneyin.";
  c.provider_why_texts[61] = "Mimecast bu gönderenin IP adresini düşük itibarı nedeniyle reddediyor.";
  c.provider_why_texts[62] = "Alıcının Mimecast hesabındaki bir engelleme ilkesi (kuruluşun ya da kullanıcının kendi ilkesi: “User Entry”) bu göndereni reddediyor; engeli yalnızca alıcı taraf kaldırabilir.";
  c.provider_why_texts[63] = "Bir Mimecast Anti-Spoofing ilkesi iletiyi reddetti: ileti, alıcının kuruluşuna ait bir alan adından geldiğini iddia ediyor ancak ilkenin güvenmediği bir kaynaktan gönderilmiş; alıcı tarafın yöneticisi gönderene veya IP adresine izin vermelidir.";
  c.provider_why_texts[64] = "Barracuda Reputation Block List bu IP adresini istenmeyen posta kaynağı olarak listeliyor; nedeni giderin, ardından adresin listeden çıkarılmasını Barracuda Central'dan isteyin.";
  c.provider_why_texts[65] = "Barracuda Email Security iletiyi, alıcı kuruluşun istenmeyen posta, virüs veya gönderen engelleme ilkeleri gereği engelledi; kuruluşun yöneticisi iletiyi ileti günlüğünde (Message Log) bulabilir.";
  c.provider_why_texts[66] = "Cisco Secure Email bağlantıyı reddetti, çünkü gönderen IP adresinin Talos itibarı düşük; adresi Talos'ta denetleyin ve alıcıya başka bir yoldan ulaşın.";
  c.delay_none = "bekleme yok";
  c.delay_second = "{n} saniye";
  c.delay_seconds = "{n} saniye";
  c.delay_minute = "{n} dakika";
  c.delay_minutes = "{n} dakika";
  c.delay_hour = "{n} saat";
  c.delay_hours = "{n} saat";
  c.delay_day = "{n} gün";
  c.delay_days = "{n} gün";
  c.throttle_host = "bu sunucuya gönderimi {duration} süreyle bekletin";
  c.throttle_domain = "bu alan adına gönderimi {duration} süreyle bekletin";
  c.next_retry_in = "{duration} sonra";
  c.next_retry_permanent = "yok, hata kalıcı";
  c.next_retry_expired = "yok, yeniden deneme takvimi doldu";
  c.status_line = "{status} ({subject}: {detail})";
  c.status_subject_only = "{status} ({subject}; ayrıntı kodu kayıtlı değildir, bu yüzden konunun genel anlamı geçerlidir)";
  c.status_class_only = "{status} ({class_name}; konu kodu kayıtlı değildir, bu yüzden yalnızca sınıf anlam taşır)";
  c.status_invalid = "{status} geçerli bir genişletilmiş durum kodu değildir, çünkü sınıfı 2, 4 veya 5 değildir.";
  c.status_none = "Yanıtta genişletilmiş durum kodu bulunmuyor.";
  c.diagnostics[0] = "Genişletilmiş durum kodunun sınıfı temel kodla uyuşmuyor; RFC 2034 ikisinin eşleşmesini şart koşar, bu yüzden temel kod belirleyicidir.";
  c.diagnostics[1] = "Bu genişletilmiş durum kodu, tam bu haliyle IANA kayıt defterinde yer almıyor.";
  c.diagnostics[2] = "IANA kayıt defteri bu genişletilmiş durum kodunu bu temel kodla ilişkilendirmez; bu eşleşmeye izin verilir, ancak alışılmadıktır.";
  c.diagnostics[3] = "Kayıt defteri bu genişletilmiş durum kodunun kullanımını başka sınıflarla sınırlar.";
  c.diagnostics[4] = "RFC 2034'e göre 3xx yanıtları genişletilmiş durum kodu taşımaz, bu yüzden bu durum kodu yok sayılır.";
  c.diagnostics[5] = "Kayıt defteri bu genişletilmiş durum kodunu kullanımdan kaldırılmış olarak işaretler.";
  c.status_subject_names[0] = "Diğer veya Tanımsız Durum";
  c.status_subject_names[1] = "Adresleme Durumu";
  c.status_subject_names[2] = "Posta Kutusu Durumu";
  c.status_subject_names[3] = "Posta Sistemi Durumu";
  c.status_subject_names[4] = "Ağ ve Yönlendirme Durumu";
  c.status_subject_names[5] = "Posta Teslim Protokolü Durumu";
  c.status_subject_names[6] = "İleti İçeriği veya Ortam Durumu";
  c.status_subject_names[7] = "Güvenlik veya Politika Durumu";
  c.status_class_names[0] = "Başarı";
  c.status_class_names[1] = "Süregelen Geçici Hata";
  c.status_class_names[2] = "Kalıcı Hata";
  c.status_class_descriptions[0] = "Teslim işlemi veya komut başarılı oldu; konu ve ayrıntı, yol üzerinde gereken bir dönüştürme gibi ek bilgiler verebilir.";
  c.status_class_descriptions[1] = "Gönderilen ileti geçerlidir, ancak süregelen geçici bir durum iletiyi durdurdu veya geciktirdi; bu yüzden daha sonra yeniden göndermek başarılı olabilir.";
  c.status_class_descriptions[2] = "İletiyi mevcut haliyle yeniden göndermenin başarılı olması pek olası değildir; önce iletinin veya hedefin değişmesi gerekir.";
  c.status_class_what_to_do[0] = "Herhangi bir işlem yapmanız gerekmez.";
  c.status_class_what_to_do[1] = "İletiyi saklayın ve daha sonra yeniden deneyin; hata uzun süre devam ederse durumu gönderene bildirin.";
  c.status_class_what_to_do[2] = "İletiyi değiştirmeden yeniden göndermeyin; önce iletiyi veya adresi düzeltin ya da iletiyi gönderene iade edin.";
  c.status_intro = "{status}, “{subject}” konusuna ait bir genişletilmiş durum kodudur. X, sınıfı gösterir: 2 başarıyı, 4 süregelen geçici hatayı, 5 kalıcı hatayı bildirir.";
  c.label_usage = "Kullanım";
  c.usage_names[0] = "başarı, geçici hata veya kalıcı hata; kayıt defteri bir kısıtlama koymaz";
  c.usage_names[1] = "yalnızca kalıcı hata (5.X.X)";
  c.usage_names[2] = "yalnızca süregelen geçici hata (4.X.X)";
  c.usage_names[3] = "kalıcı (5.X.X) veya süregelen geçici (4.X.X) hata";
  c.usage_names[4] = "başarı (2.X.X) veya hata (4.X.X ya da 5.X.X)";
  c.usage_names[5] = "yalnızca başarı (2.X.X)";
  c.usage_names[6] = "uyarılı başarı (2.X.X) veya kalıcı hata (5.X.X)";
  c.label_subject = "Konu";
  c.status_deprecated = "Kayıt defteri bu kodu kullanımdan kaldırılmış olarak işaretler; bu yüzden sunucular artık bu kodu göndermemelidir.";
  c.status_codes_any = "Kayıt defteri bu kodun herhangi bir yanıt koduyla kullanılmasına izin verir.";
  c.status_codes_none = "Kayıt defteri bu kodu belirli bir yanıt koduyla ilişkilendirmez.";
  c.status_codes_class = "Herhangi bir {digit}xx yanıt kodu.";
  c.status_list_intro = "Genişletilmiş durum kodu (RFC 3463) sınıf.konu.ayrıntı (class.subject.detail) biçimindedir, örneğin 5.1.1. Sınıf, başarı için 2, süregelen geçici hata için 4, kalıcı hata için 5'tir; konu ve ayrıntı ise durumun neyle ilgili olduğunu belirtir.";
  c.site_title = "SMTP Yanıt Kodları";
  c.site_intro = "Bu sitede, RFC'lerde tanımlanan her SMTP yanıt kodunun ne anlama geldiği, istemcinin onu hangi durumda gördüğü ve ne yapılması gerektiği açıklanır; ayrıca IANA kayıt defterindeki genişletilmiş durum kodları ve herhangi iki yanıt kodunun yan yana karşılaştırması da yer alır.";
  c.index_compare_note = "Her kodun sayfası, o kodun diğer tüm kayıtlı kodlarla karşılaştırmalarına bağlantı verir.";
  c.compare_link = "{a} ile {b} ({name_b})";
  c.nav_home = "Ana sayfa";
  c.nav_codes = "Yanıt kodları";
  c.nav_statuses = "Genişletilmiş durum kodları";
  c.nav_language = "Dil";
  c.nav_previous = "Önceki";
  c.nav_next = "Sonraki";
  c.skip_link = "İçeriğe geç";
  c.footer_note = "smtpcodes {version} ile oluşturulmuştur. Açıklamalar, her sayfada adı geçen RFC'lere dayanır.";
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
