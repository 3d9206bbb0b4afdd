// German catalogue (de). Generated from i18n/de.json by
// tools/i18n/i18n.py header: edit the JSON file, not this header. Each text
// was translated from the English source whose hash the JSON file stores.
#ifndef SMTPCODES_LOCALE_DE_HPP
#define SMTPCODES_LOCALE_DE_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
namespace de_texts {
/// Per-code texts of German, in registry order.
inline constexpr code_text codes[] = {
  {211,
   "Systemstatus",
   "Der Server meldet seinen Status oder liefert eine Hilfeantwort; der Text dient nur zur Information, und die Anfrage war erfolgreich.",
   "Sie erhalten ihn als Antwort auf HELP oder auf eine Statusanfrage, sofern der Server eine solche unterstützt.",
   "Es ist keine Korrektur nötig; lesen Sie den Text, wenn Sie Statusinformationen angefordert haben.",
   "Verwenden Sie ihn, um eine Statusanfrage oder HELP mit Informationen über den Server selbst zu beantworten.",
   "",
   "",
   ""},
  {214,
   "Hilfetext",
   "Der Server liefert Hilfetext zur Benutzung des Servers oder zu einem bestimmten Befehl, auch zu nicht standardisierten Befehlen. Der Text ist für Menschen gedacht, nicht für die Auswertung durch Programme.",
   "Er erscheint als Antwort auf einen HELP-Befehl, mit oder ohne Argument, das einen Befehl nennt.",
   "Es ist keine Korrektur nötig. Zeigen Sie den Text dem Benutzer, der ihn angefordert hat, und machen Sie keine Entscheidung eines Programms von seinem Wortlaut abhängig.",
   "Verwenden Sie ihn, um HELP mit einem Text für Menschen zu beantworten, etwa mit den Befehlen, die der Server annimmt.",
   "",
   "",
   ""},
  {220,
   "Dienst bereit",
   "Der Server ist bereit, Befehle anzunehmen. Als erste Antwort auf einer neuen Verbindung ist er die Begrüßung und beginnt mit dem Domainnamen des Servers; als Antwort auf STARTTLS bedeutet er, dass der Server für den TLS-Handshake bereit ist.",
   "Ein Client erhält ihn direkt nach dem Öffnen der Verbindung und erneut als Antwort auf STARTTLS, wenn der Server dem Start von TLS zustimmt.",
   "Es ist keine Korrektur nötig. Senden Sie nach der Begrüßung EHLO (oder HELO bei einem alten Server); führen Sie nach einer 220-Antwort auf STARTTLS zuerst den TLS-Handshake durch, bevor Sie einen anderen Befehl senden, und senden Sie dann über den verschlüsselten Kanal erneut EHLO.",
   "Verwenden Sie ihn als Begrüßung, wenn der Server für eine Sitzung bereit ist, und als Antwort auf STARTTLS, wenn der TLS-Handshake beginnen kann.",
   "",
   "",
   ""},
  {221,
   "Verbindung wird geschlossen",
   "Der Server nimmt das Ende der Sitzung an und schließt nach dem Senden dieser Antwort den Übertragungskanal.",
   "Er erscheint als Antwort auf QUIT am regulären Ende einer Sitzung.",
   "Es ist keine Korrektur nötig; die Sitzung ist beendet, schließen Sie also auch auf Ihrer Seite die Verbindung.",
   "Verwenden Sie ihn, um QUIT am regulären Ende einer Sitzung zu beantworten, unmittelbar bevor der Server die Verbindung schließt.",
   "",
   "",
   ""},
  {235,
   "Authentifizierung erfolgreich",
   "Der SASL-Authentifizierungsaustausch ist abgeschlossen, und der Server hat die Identität des Clients akzeptiert. In dieser Sitzung ist kein weiterer AUTH-Befehl zulässig.",
   "Er erscheint als abschließende Antwort auf AUTH, entweder sofort oder nach einer oder mehreren 334-Challenges.",
   "Es ist keine Korrektur nötig; fahren Sie mit der Mail-Transaktion fort. Wurde beim Austausch eine SASL-Sicherheitsschicht ausgehandelt, kehrt die Sitzung in ihren Ausgangszustand zurück; senden Sie dann vor jedem anderen Befehl erneut EHLO.",
   "Verwenden Sie ihn zum Abschluss eines erfolgreichen AUTH-Austauschs, sobald der Server die Identität des Clients akzeptiert hat.",
   "",
   "",
   ""},
  {250,
   "Angeforderte Aktion abgeschlossen",
   "Die angeforderte Aktion wurde abgeschlossen. Nach dem Ende der Nachrichtendaten bedeutet er, dass der Server die Verantwortung für die Zustellung der Nachricht übernommen hat; nach ETRN bedeutet er nur, dass ein Warteschlangenlauf gestartet wurde.",
   "Er erscheint als Antwort auf die meisten erfolgreichen Befehle, etwa EHLO, MAIL, RCPT, RSET, NOOP und das Ende der Nachrichtendaten; die Antwort auf EHLO ist meist mehrzeilig und listet die unterstützten Erweiterungen auf.",
   "Es ist keine Korrektur nötig; senden Sie den nächsten Befehl. Nach einer 250-Antwort auf das Ende der Nachrichtendaten darf der Client die Nachricht für die vom Server angenommenen Empfänger aus seiner Warteschlange entfernen.",
   "Verwenden Sie ihn immer dann, wenn ein Befehl erfolgreich war und keine spezifischere Erfolgsantwort passt; nach den Nachrichtendaten bedeutet er, dass der Server die Verantwortung für die Zustellung übernommen hat.",
   "",
   "",
   ""},
  {251,
   "Benutzer nicht lokal; wird weitergeleitet",
   "Der Server nimmt den Empfänger an, obwohl das Postfach nicht lokal ist, und leitet die Nachricht an die im Antworttext angegebene Adresse (Forward-Path) weiter. Nach ETRN bedeutet dieselbe Nummer, dass für den im Befehl genannten Knoten keine Nachrichten warten.",
   "Er erscheint als Antwort auf RCPT oder VRFY für einen Benutzer, der auf einem anderen System betreut wird, und als Antwort auf ETRN, wenn für den Knoten nichts in der Warteschlange liegt.",
   "Es ist keine Korrektur nötig, da der Server die Nachricht selbst weiterleitet. Sie können Ihre Daten auf die im Text genannte Adresse aktualisieren, verpflichtet sind Sie dazu aber nicht.",
   "Verwenden Sie ihn, wenn der Server einen nicht lokalen Empfänger annimmt und die Nachricht selbst weiterleitet.",
   "Keine wartenden Nachrichten für den Knoten",
   "Der Server hat die ETRN-Anfrage angenommen, hat für den im Befehl genannten Knoten aber keine Nachrichten in der Warteschlange.",
   "Es ist keine Korrektur nötig; es wartet nichts, daher ist es nicht sinnvoll, ETRN zu wiederholen, bevor neue E-Mails eingetroffen sein können."},
  {252,
   "Benutzer kann nicht verifiziert werden",
   "Der Server kann oder will die Adresse nicht bestätigen, oft weil VRFY und EXPN aus Datenschutzgründen deaktiviert sind, nimmt aber eine Nachricht dafür an und versucht die Zustellung. Nach ETRN bedeutet dieselbe Nummer, dass der Server wartende Nachrichten für den Knoten hat und mit ihrem Versand begonnen hat.",
   "Er erscheint als Antwort auf VRFY oder EXPN von Servern, die ihre Benutzer nicht preisgeben, und als Antwort auf ETRN, wenn E-Mails für den Knoten in der Warteschlange liegen und ihre Zustellung begonnen hat.",
   "Es ist keine Korrektur nötig. Die Antwort sagt nichts darüber aus, ob das Postfach existiert; senden Sie daher die Nachricht und verlassen Sie sich auf die Antwort auf RCPT, statt 252 als Bestätigung zu werten.",
   "Verwenden Sie ihn als Antwort auf VRFY oder EXPN, wenn der Server die Adresse nicht bestätigt, aber trotzdem E-Mails dafür annimmt.",
   "Zustellung wartender Nachrichten für den Knoten gestartet",
   "Der Server hat die ETRN-Anfrage angenommen, hat wartende Nachrichten für den Knoten und hat mit ihrem Versand begonnen.",
   "Es ist keine Korrektur nötig; der Server baut voraussichtlich eine neue Verbindung zum Knoten auf und stellt die wartenden Nachrichten zu."},
  {253,
   "Zustellung wartender Nachrichten für den Knoten gestartet",
   "Der Server hat die ETRN-Anfrage angenommen, hat wartende Nachrichten für den Knoten und hat mit ihrem Versand begonnen. Der Antworttext nennt die Zahl der wartenden Nachrichten und den Knoten.",
   "Er erscheint nur als Antwort auf ETRN, und zwar von Servern, die die Zahl der für den Knoten wartenden Nachrichten melden.",
   "Es ist keine Korrektur nötig; der Server baut voraussichtlich eine neue Verbindung zum Knoten auf und stellt die wartenden Nachrichten zu. Ein späteres erneutes ETRN zeigt, ob noch Nachrichten warten.",
   "Verwenden Sie ihn als Antwort auf ETRN, wenn Nachrichten für den Knoten in der Warteschlange liegen und ihre Zustellung begonnen hat, und nennen Sie dabei ihre Anzahl.",
   "",
   "",
   ""},
  {334,
   "Authentifizierungs-Challenge",
   "Der Server setzt den SASL-Authentifizierungsaustausch fort; der Text nach dem Code ist ausschließlich eine base64-codierte Challenge. Eine leere Challenge wird als Code mit einem einzelnen Leerzeichen gesendet, und Challenge-Zeilen können deutlich länger sein als die übliche Grenze von 512 Oktetten für Antwortzeilen.",
   "Er erscheint als Antwort auf AUTH und auf jede Antwort des Clients, solange der gewählte Mechanismus eine weitere Runde benötigt.",
   "Decodieren Sie die Challenge und senden Sie die base64-codierte Antwort des Mechanismus in einer eigenen Zeile, oder senden Sie ein einzelnes „*“, um den Austausch abzubrechen. Wenden Sie auf diese Zeilen nicht die normale Längengrenze für Antwortzeilen an.",
   "Verwenden Sie ihn während AUTH, sobald der Mechanismus eine weitere Challenge und Antwort benötigt.",
   "",
   "",
   ""},
  {354,
   "Beginn der Nachrichteneingabe",
   "Der Server ist bereit, den Nachrichteninhalt zu empfangen. Der Client sendet die Nachricht und beendet sie mit einer Zeile, die nur einen einzelnen Punkt enthält, also <CRLF>.<CRLF>.",
   "Er erscheint als Antwort auf DATA, sobald der Server mindestens einen Empfänger angenommen hat.",
   "Senden Sie Header und Body, stellen Sie jeder Zeile, die mit einem Punkt beginnt, einen zusätzlichen Punkt voran, beenden Sie die Daten mit <CRLF>.<CRLF> und warten Sie auf die abschließende Antwort. Senden Sie niemals Nachrichtendaten, bevor diese Antwort eingetroffen ist.",
   "Verwenden Sie ihn als Antwort auf DATA, wenn der Server bereit ist, den Nachrichteninhalt zu empfangen.",
   "",
   "",
   ""},
  {355,
   "Checkpoint-Transaktionsoffset",
   "Der Server hat die Transaktionskennung einer unterbrochenen Transaktion erkannt und ihren Zustand wiederhergestellt, wie es die experimentelle Erweiterung CHECKPOINT erlaubt. Das erste Wort des Textes ist der von null an gezählte Offset in Oktetten, an dem die Übertragung der Nachrichtendaten fortgesetzt werden soll.",
   "Er erscheint als Antwort auf einen MAIL-Befehl, der die TRANSID einer während der Nachrichtenübertragung abgebrochenen Transaktion wiederholt, auf einem Server, der CHECKPOINT angekündigt hat.",
   "Senden Sie erneut DATA und übertragen Sie die Nachricht ohne ihre ersten Oktette bis zum angegebenen Offset; durch Dot-Stuffing hinzugefügte Oktette zählen dabei nicht mit. Ein Offset von 0 bedeutet, dass die gesamte Nachricht erneut gesendet werden muss.",
   "Verwenden Sie ihn nur mit der Erweiterung CHECKPOINT, wenn ein MAIL-Befehl eine unterbrochene Transaktion fortsetzt und der Server angibt, an welcher Stelle die Daten fortgesetzt werden sollen.",
   "",
   "",
   ""},
  {421,
   "Dienst nicht verfügbar",
   "Der Dienst ist nicht verfügbar, und der Server schließt den Übertragungskanal, zum Beispiel weil er heruntergefahren wird oder überlastet ist. Der Zustand ist vorübergehend.",
   "Er kann als Antwort auf jeden Befehl erscheinen, unaufgefordert, wenn der Server herunterfahren muss, oder anstelle der 220-Begrüßung, wenn der Server vorübergehend keine neuen Sitzungen annimmt.",
   "Rechnen Sie damit, dass die Verbindung geschlossen wird, behalten Sie die Nachricht in der Warteschlange und versuchen Sie es später erneut, gegebenenfalls über einen anderen MX-Host der Domain. An der Nachricht selbst muss nichts geändert werden.",
   "Verwenden Sie ihn, wenn der Server die Sitzung aus einem vorübergehenden Grund wie Herunterfahren oder Überlastung schließen muss, unabhängig davon, welcher Befehl gerade ansteht.",
   "",
   "",
   ""},
  {432,
   "Passwortumstellung erforderlich",
   "Der Benutzer muss auf den vom Client gewählten Authentifizierungsmechanismus umgestellt werden; das geschieht in der Regel durch eine einmalige Authentifizierung mit dem Mechanismus PLAIN. Danach sollte der gewählte Mechanismus in späteren Sitzungen funktionieren.",
   "Er erscheint als Antwort auf AUTH, wenn das Konto noch nicht für den gewählten Mechanismus eingerichtet ist.",
   "Authentifizieren Sie sich einmal mit PLAIN über eine durch TLS geschützte Verbindung, und verwenden Sie in späteren Sitzungen den gewählten Mechanismus.",
   "Verwenden Sie ihn als Antwort auf AUTH, wenn das Konto erst durch eine einmalige Authentifizierung mit PLAIN auf den gewählten Mechanismus umgestellt werden muss.",
   "",
   "",
   ""},
  {450,
   "Postfach vorübergehend nicht verfügbar",
   "Die angeforderte Mail-Aktion wurde nicht ausgeführt, weil das Postfach derzeit nicht verfügbar ist, zum Beispiel weil es belegt, gesperrt oder durch eine Richtlinie vorübergehend blockiert ist. Auch Server mit Greylisting verwenden diesen Code häufig.",
   "Er erscheint meist als Antwort auf RCPT, manchmal auch als Antwort auf MAIL, nach dem Ende der Nachrichtendaten oder als Antwort auf ATRN, wenn der Provider die Anfrage ablehnt.",
   "Behalten Sie die Nachricht in der Warteschlange und versuchen Sie es später erneut; ein Server mit Greylisting nimmt den erneuten Versuch nach einigen Minuten an. Hält die Antwort über Tage an, senden Sie die Nachricht an den Absender zurück.",
   "Verwenden Sie ihn, wenn das Postfach vorerst nicht genutzt werden kann, zum Beispiel weil es gesperrt ist oder weil der Client wegen Greylisting später wiederkommen soll.",
   "",
   "",
   ""},
  {451,
   "Lokaler Verarbeitungsfehler",
   "Der Server hat die angeforderte Aktion wegen eines lokalen Fehlers abgebrochen, etwa einer fehlgeschlagenen DNS- oder Datenbankabfrage oder eines internen Fehlers. Ein Client, dessen Verbindung unerwartet abbricht, sollte sich so verhalten, als hätte er diese Antwort erhalten.",
   "Er erscheint als Antwort auf MAIL, RCPT, das Ende der Nachrichtendaten, BURL oder ATRN, wenn der Server auf ein vorübergehendes internes Problem stößt.",
   "Behalten Sie die Nachricht in der Warteschlange und versuchen Sie es später erneut, denn das Problem liegt auf der Serverseite. Hält es an, sollte der Betreiber des Servers dessen Logs prüfen.",
   "Verwenden Sie ihn, wenn ein vorübergehender Fehler auf dem Server, etwa eine fehlgeschlagene Abfrage, die Ausführung des Befehls verhindert.",
   "",
   "",
   ""},
  {452,
   "Unzureichender Speicherplatz",
   "Die Aktion wurde nicht ausgeführt, weil dem Server derzeit Speicherplatz fehlt, zum Beispiel für eine Nachricht der angekündigten Größe. Er ist außerdem die korrekte Antwort, wenn eine Transaktion mehr Empfänger enthält, als der Server annimmt.",
   "Er erscheint als Antwort auf MAIL, wenn die angekündigte Größe momentan nicht gespeichert werden kann, als Antwort auf RCPT, wenn die Höchstzahl an Empfängern erreicht ist, oder nach dem Ende der Nachrichtendaten.",
   "Bei zu vielen Empfängern senden Sie die abgelehnten Empfänger in einer neuen Transaktion, sobald die aktuelle abgeschlossen ist. Bei Speichermangel behalten Sie die Nachricht in der Warteschlange und versuchen es später erneut.",
   "Verwenden Sie ihn, wenn der Server vorübergehend zu wenig Speicherplatz hat oder eine Transaktion mehr Empfänger enthält, als der Server annimmt.",
   "",
   "",
   ""},
  {453,
   "Keine E-Mails in der Warteschlange",
   "Ein Provider für On-Demand Mail Relay beantwortet ATRN mit 453, wenn für keine der angefragten Domains E-Mails für den Client in der Warteschlange liegen. Das ist keine Ablehnung: Der Client ist für diese Domains berechtigt (eine Ablehnung wäre 450), es gibt lediglich nichts zuzustellen.",
   "Er erscheint nur als Antwort auf ATRN auf einer On-Demand-Mail-Relay-Verbindung, wenn die Warteschlangen für die angefragten Domains leer sind.",
   "Es ist nichts zu tun; beenden Sie die Sitzung mit QUIT und senden Sie ATRN in einer späteren Sitzung erneut, wenn E-Mails eingetroffen sein können.",
   "Verwenden Sie ihn als Antwort auf ATRN, wenn für keine der angefragten Domains E-Mails warten.",
   "",
   "",
   ""},
  {454,
   "TLS vorübergehend nicht verfügbar",
   "Als Antwort auf STARTTLS bedeutet er, dass der Server TLS vorübergehend nicht starten kann. Als Antwort auf AUTH bedeutet derselbe Code einen vorübergehenden Authentifizierungsfehler auf der Serverseite, nicht falsche Zugangsdaten.",
   "Er erscheint als Antwort auf STARTTLS, wenn die TLS-Konfiguration des Servers vorübergehend nicht nutzbar ist, und als Antwort auf AUTH, wenn der Authentifizierungsdienst des Servers zeitweise ausfällt.",
   "Nach STARTTLS überlässt RFC 3207 §4 die Entscheidung der lokalen Richtlinie: Ist TLS für das Ziel vorgeschrieben (durch Ihre Konfiguration, MTA-STS oder DANE), behalten Sie die Nachricht in der Warteschlange und versuchen es später erneut, zuerst über einen anderen MX-Host; andernfalls setzen Sie die Sitzung ohne Verschlüsselung fort. Nach AUTH versuchen Sie die Authentifizierung später erneut, ohne den Benutzer nach einem neuen Passwort zu fragen; hält der Fehler an, muss sich der Administrator um den Authentifizierungsdienst des Servers kümmern.",
   "Verwenden Sie ihn als Antwort auf STARTTLS oder AUTH, wenn TLS oder der Authentifizierungsdienst auf der Serverseite vorübergehend nicht nutzbar ist.",
   "Vorübergehender Authentifizierungsfehler",
   "Der Authentifizierungsversuch ist wegen eines vorübergehenden Problems auf dem Server gescheitert, nicht wegen falscher Zugangsdaten.",
   "Versuchen Sie die Authentifizierung später erneut und teilen Sie dem Benutzer mit, dass der Fehler beim Server liegt; fragen Sie den Benutzer nicht erneut nach dem Passwort."},
  {455,
   "Server kann Parameter nicht berücksichtigen",
   "Der Server erkennt einen bei MAIL oder RCPT angegebenen Parameter, kann ihn aber momentan nicht erfüllen. Der Zustand ist vorübergehend; die Spezifikation eines Parameters kann einen anderen Code vorsehen.",
   "Er erscheint als Antwort auf MAIL oder RCPT mit einem Erweiterungsparameter, etwa einer DELIVERBY-Zeit, die der Server gerade nicht einhalten kann.",
   "Versuchen Sie die Transaktion später erneut, oder senden Sie sie ohne den Parameter, wenn die Nachricht nicht auf ihn angewiesen ist.",
   "Verwenden Sie ihn, wenn der Server einen Parameter von MAIL oder RCPT momentan nicht erfüllen kann, später aber möglicherweise schon.",
   "",
   "",
   ""},
  {458,
   "Warteschlangenlauf für den Knoten nicht möglich",
   "Der Server unterstützt ETRN, hat aber aus einem lokalen Grund keinen Warteschlangenlauf für den im Befehl genannten Knoten gestartet.",
   "Er erscheint nur als Antwort auf ETRN, wenn der Server die Anfrage annimmt, aber keinen Warteschlangenlauf für den Knoten starten kann, etwa weil sein Warteschlangendienst ausgefallen ist oder er für diesen Knoten keine eigene Warteschlange führt. Eine Ablehnung aus Richtliniengründen, etwa weil der Client ETRN für den Knoten nicht verwenden darf, ist 459.",
   "Versuchen Sie ETRN später erneut; bis dahin folgen die für Ihren Knoten wartenden E-Mails dem normalen Wiederholungsplan des Servers. Schlägt es weiterhin fehl, bitten Sie den Betreiber des Servers, dessen Warteschlangendienst zu prüfen und ob der Server E-Mails für Ihren Knoten unter dem Namen vorhält, den Sie senden.",
   "Verwenden Sie ihn als Antwort auf ETRN, wenn der Server aus einem lokalen Grund keinen Warteschlangenlauf für den Knoten startet.",
   "",
   "",
   ""},
  {459,
   "Knoten nicht zulässig",
   "Der Server lehnt es ab, die Warteschlange für den genannten Knoten zu starten, und nennt den Grund im Antworttext, zum Beispiel dass der Name nicht aufgelöst werden kann.",
   "Er erscheint nur als Antwort auf ETRN, wenn die Richtlinie des Servers diesem Client nicht erlaubt, die Auslieferung von E-Mails für diesen Knoten anzustoßen.",
   "Lesen Sie den Grund im Text, korrigieren Sie den Knotennamen oder das Optionszeichen, falls sie falsch sind, oder bitten Sie den Betreiber des Servers, ETRN für den Knoten zu erlauben.",
   "Verwenden Sie ihn als Antwort auf ETRN, wenn die Richtlinie diesem Client nicht erlaubt, die Auslieferung für den Knoten anzustoßen, und nennen Sie den Grund im Text.",
   "",
   "",
   ""},
  {500,
   "Syntaxfehler, Befehl nicht erkannt",
   "Der Server hat den Befehl nicht erkannt, oder die Befehlszeile war zu lang. Während AUTH meldet derselbe Code eine Antwort des Clients, die länger ist als der Authentifizierungspuffer des Servers.",
   "Er kann als Antwort auf jeden Befehl erscheinen, typischerweise nach einem falsch geschriebenen oder unbekannten Befehlswort, einer überlangen Zeile oder Text, der gesendet wurde, während der Server einen Befehl erwartete.",
   "Prüfen Sie die Schreibweise des Befehls und halten Sie Befehlszeilen einschließlich CRLF innerhalb von 512 Oktetten, sofern keine Erweiterung mehr erlaubt. Erhält EHLO die Antwort 500, handelt es sich um einen alten Server; weichen Sie dann auf HELO aus.",
   "Verwenden Sie ihn, wenn der Server den Befehl überhaupt nicht erkennt oder die Befehlszeile zu lang ist.",
   "",
   "",
   ""},
  {501,
   "Syntaxfehler in Parametern",
   "Der Befehl wurde erkannt, aber seine Argumente sind fehlerhaft oder nicht zulässig, zum Beispiel eine falsch gebildete Adresse, ein Argument zu einem Befehl, der keines erwartet, oder eine AUTH-Antwort, die kein gültiges base64 ist. Der Server bleibt in dem Zustand, in dem er vor dem Befehl war.",
   "Er kann als Antwort auf jeden Befehl erscheinen, am häufigsten auf MAIL, RCPT, EHLO oder HELO mit einem fehlerhaften Argument, auf STARTTLS mit Parametern oder auf AUTH, nachdem der Client den Austausch mit „*“ abgebrochen hat.",
   "Korrigieren Sie das Argument, setzen Sie zum Beispiel Adressen in spitze Klammern und geben Sie bei EHLO eine gültige Domain an, und senden Sie den Befehl erneut. Nach einem abgebrochenen AUTH bestätigt die Antwort nur den Abbruch.",
   "Verwenden Sie ihn, wenn der Befehl erkannt wird, seine Argumente aber fehlerhaft oder nicht zulässig sind.",
   "",
   "",
   ""},
  {502,
   "Befehl nicht implementiert",
   "Der Server erkennt den Befehl, implementiert ihn aber nicht oder hat ihn deaktiviert, wie es viele Betreiber bei VRFY und EXPN tun.",
   "Er erscheint als Antwort auf einen erkannten, aber nicht unterstützten Befehl wie VRFY, EXPN, HELP oder TURN oder auf EHLO bei sehr alten Servern; ein Provider für On-Demand Mail Relay kann so auf jeden Befehl außer EHLO, AUTH, ATRN und QUIT antworten.",
   "Senden Sie diesen Befehl nicht erneut an diesen Server; lesen Sie in der EHLO-Antwort nach, welche Erweiterungen er anbietet, und weichen Sie auf HELO aus, wenn schon EHLO mit 502 beantwortet wird.",
   "Verwenden Sie ihn, wenn der Server den Befehl kennt, ihn aber nicht implementiert oder deaktiviert hat.",
   "",
   "",
   ""},
  {503,
   "Falsche Befehlsreihenfolge",
   "Der Befehl ist gültig, an dieser Stelle der Sitzung aber nicht zulässig, zum Beispiel RCPT vor MAIL, DATA ohne angenommenen Empfänger oder AUTH während einer Transaktion oder nach einem erfolgreichen AUTH. Der Server behält den Zustand bei, in dem er vor dem Befehl war.",
   "Er erscheint als Antwort auf einen Befehl in falscher Reihenfolge und als Antwort auf jeden Befehl außer QUIT, nachdem der Server die Sitzung mit einer 554-Begrüßung abgelehnt hat.",
   "Senden Sie die Befehle in der Reihenfolge, die SMTP vorschreibt: zuerst EHLO oder HELO, dann MAIL, RCPT und DATA. Folgt die Antwort auf eine 554-Begrüßung, senden Sie QUIT und versuchen Sie einen anderen Host.",
   "Verwenden Sie ihn, wenn ein gültiger Befehl an der falschen Stelle der Sitzung eintrifft, etwa RCPT vor MAIL.",
   "",
   "",
   ""},
  {504,
   "Befehlsparameter nicht implementiert",
   "Der Server implementiert einen Parameter des Befehls nicht. Als Antwort auf AUTH bedeutet er, dass der angeforderte SASL-Mechanismus nicht unterstützt wird oder momentan nicht verwendet werden kann, zum Beispiel weil er Verschlüsselung voraussetzt.",
   "Er erscheint meist als Antwort auf AUTH mit einem Mechanismus, den der Server nicht angekündigt hat, und gelegentlich als Antwort auf EHLO, HELO, VRFY, EXPN, HELP oder MAIL mit einem Argument, das der Server nicht verarbeitet.",
   "Wählen Sie einen AUTH-Mechanismus aus der Liste in der EHLO-Antwort des Servers, oder senden Sie den Befehl ohne den nicht unterstützten Parameter.",
   "Verwenden Sie ihn, wenn der Befehl unterstützt wird, einer seiner Parameter, etwa der AUTH-Mechanismus, aber nicht.",
   "",
   "",
   ""},
  {521,
   "Host nimmt keine E-Mails an",
   "Der Host nimmt unter keinen Umständen E-Mails an; er betreibt einen minimalen SMTP-Server nur, um das den Absendern mitzuteilen. Der Code ist nicht dafür gedacht, bestimmte Absender oder Nachrichten abzulehnen; dafür ist 554 vorgesehen.",
   "Er erscheint anstelle der 220-Begrüßung; spätere Befehle erhalten möglicherweise erneut 521, oder der Server schließt einfach die Verbindung.",
   "Versuchen Sie es bei diesem Host nicht erneut. Versuchen Sie den nächsten MX-Host, falls die Domain einen hat; andernfalls senden Sie die Nachricht an den Absender zurück. Der Inhaber der Domain sollte keine MX-Einträge mehr auf diesen Host zeigen lassen.",
   "Verwenden Sie ihn als Begrüßung eines Hosts, der niemals E-Mails annimmt, damit Absender aufhören, ihn anzusteuern.",
   "",
   "",
   ""},
  {530,
   "STARTTLS erforderlich",
   "Der Server verlangt eine verschlüsselte Sitzung; der Client muss daher STARTTLS ausführen, bevor der Befehl angenommen werden kann. Derselbe Code wird verwendet, wenn die Richtlinie des Servers zuerst eine Authentifizierung verlangt, zum Beispiel auf einem Submission-Port oder vor ATRN.",
   "Er erscheint als Antwort auf Befehle wie MAIL, RCPT oder AUTH, die gesendet wurden, bevor die Sitzung verschlüsselt oder authentifiziert ist, auf einem Server, dessen Richtlinie das verlangt.",
   "Senden Sie STARTTLS, schließen Sie den TLS-Handshake ab, senden Sie erneut EHLO und wiederholen Sie den Befehl. Führt die EHLO-Antwort des Servers STARTTLS nicht auf, entfernt es möglicherweise eine Firewall oder ein Proxy auf dem Weg, oder der Port bietet es nicht an: Verwenden Sie für die Einlieferung Port 587 mit STARTTLS oder Port 465 mit implizitem TLS. Verlangt der Antworttext stattdessen eine Authentifizierung, authentifizieren Sie sich mit AUTH und wiederholen Sie den Befehl.",
   "Verwenden Sie ihn, wenn die Richtlinie STARTTLS oder eine Authentifizierung verlangt, bevor der Befehl angenommen werden kann.",
   "Authentifizierung erforderlich",
   "Die Richtlinie des Servers verlangt, dass sich der Client authentifiziert, bevor der Befehl angenommen wird, wie es Submission-Server und Provider für On-Demand Mail Relay tun.",
   "Authentifizieren Sie sich mit AUTH, über TLS, falls der Server das verlangt, und wiederholen Sie dann den Befehl."},
  {534,
   "Authentifizierungsmechanismus zu schwach",
   "Der gewählte Authentifizierungsmechanismus ist schwächer, als die Richtlinie des Servers für diesen Benutzer erlaubt.",
   "Er erscheint als Antwort auf AUTH, zum Beispiel wenn ein Klartextmechanismus verwendet wird, wo die Richtlinie einen stärkeren verlangt.",
   "Wiederholen Sie AUTH mit einem stärkeren Mechanismus aus der Liste, die der Server angekündigt hat; das Problem ist der Mechanismus, nicht das Passwort.",
   "Verwenden Sie ihn als Antwort auf AUTH, wenn der gewählte Mechanismus schwächer ist, als die Richtlinie des Servers für diesen Benutzer zulässt.",
   "",
   "",
   ""},
  {535,
   "Ungültige Zugangsdaten",
   "Die Authentifizierung ist fehlgeschlagen, weil die Zugangsdaten ungültig oder unzureichend waren. Dies ist die Standardantwort, wenn ein Server den Client nicht authentifizieren kann.",
   "Er erscheint als Antwort auf AUTH, meist nach der letzten Antwort des Austauschs, wenn Benutzername oder Passwort falsch sind.",
   "Fragen Sie den Benutzer nach neuen Zugangsdaten und führen Sie AUTH erneut aus, oder versuchen Sie einen anderen Mechanismus. Wiederholen Sie nicht ständig Zugangsdaten, die bereits abgelehnt wurden, denn Server können die Verbindung nach mehreren Fehlversuchen schließen.",
   "Verwenden Sie ihn als Antwort auf AUTH, wenn die Zugangsdaten falsch oder unzureichend sind.",
   "",
   "",
   ""},
  {538,
   "Verschlüsselung für den Mechanismus erforderlich",
   "Der gewählte Authentifizierungsmechanismus darf nur über eine verschlüsselte Verbindung verwendet werden. RFC 4954 behält diesen Code nur aus historischen Gründen bei, denn aktuelle Server sollten solche Mechanismen nicht ankündigen, bevor die Verschlüsselung aktiv ist.",
   "Ältere Server senden ihn als Antwort auf AUTH über eine unverschlüsselte Verbindung.",
   "Führen Sie STARTTLS aus, senden Sie erneut EHLO und wiederholen Sie dann AUTH über die verschlüsselte Verbindung.",
   "Vermeiden Sie ihn in neuen Servern: Er lehnt einen Mechanismus, der Verschlüsselung erfordert, auf einer unverschlüsselten Verbindung ab, und aktuelle Server verhindern diesen Fall, indem sie solche Mechanismen vor STARTTLS nicht ankündigen.",
   "",
   "",
   ""},
  {550,
   "Postfach nicht verfügbar",
   "Die angeforderte Aktion wurde nicht ausgeführt, weil das Postfach nicht verfügbar ist, zum Beispiel weil es nicht existiert, der Client keinen Zugriff darauf hat oder der Befehl aufgrund einer Richtlinie abgelehnt wurde. Viele Server verwenden ihn auch für Ablehnungen wegen Spam, Reputation, SPF oder DMARC.",
   "Er erscheint am häufigsten als Antwort auf RCPT für eine unbekannte Adresse und außerdem als Antwort auf MAIL, das Ende der Nachrichtendaten, VRFY oder EXPN, wenn der Server aufgrund einer Richtlinie ablehnt.",
   "Prüfen Sie die Empfängeradresse auf Tippfehler und entfernen Sie sie aus Ihrer Liste, wenn sie nicht existiert. Weist der Text oder der erweiterte Statuscode auf eine Richtlinie oder die Reputation hin, korrigieren Sie vor einem erneuten Versand die Absendekonfiguration, etwa SPF, DKIM, DMARC, Reverse DNS oder eine auf einer Blocklist geführte IP-Adresse.",
   "Verwenden Sie ihn, wenn das Postfach nicht existiert oder die Anfrage endgültig abgelehnt wird, zum Beispiel aufgrund einer Richtlinie.",
   "",
   "",
   ""},
  {551,
   "Benutzer nicht lokal",
   "Der Empfänger ist auf diesem Server nicht lokal, und der Server leitet die Nachricht nicht weiter. Der Antworttext nennt meist die Adresse (Forward-Path), die stattdessen verwendet werden soll.",
   "Er erscheint als Antwort auf RCPT oder VRFY für einen Benutzer, der umgezogen ist, auf Servern, die neue Adressen noch mitteilen; viele Betreiber deaktivieren das aus Datenschutzgründen.",
   "Senden Sie die Nachricht an die im Antworttext genannte Adresse, nachdem Sie geprüft haben, dass sie plausibel ist, und aktualisieren Sie Ihre Daten. Ist keine Adresse angegeben, senden Sie die Nachricht an den Absender zurück.",
   "Verwenden Sie ihn, wenn der Empfänger nicht lokal ist und der Server die Nachricht nicht weiterleitet; nennen Sie idealerweise die neue Adresse im Text.",
   "",
   "",
   ""},
  {552,
   "Speicherzuteilung überschritten",
   "Die Aktion wurde abgebrochen, weil eine Speichergrenze überschritten wurde: Die Nachricht ist größer als die feste Höchstgröße des Servers, oder das Postfach des Empfängers ist voll. Bei RCPT verwenden manche Server ihn noch für zu viele Empfänger, was laut RFC 5321 wie die vorübergehende Antwort 452 zu behandeln ist.",
   "Er erscheint als Antwort auf MAIL, wenn die angekündigte Größe das Maximum des Servers überschreitet, als Antwort auf RCPT für einen Empfänger, der die Nachricht nicht aufnehmen kann, oder wenn die Höchstzahl an Empfängern erreicht ist, oder nach dem Ende der Nachrichtendaten.",
   "Eine Ablehnung wegen der Größe ist dauerhaft; senden Sie daher eine kleinere Nachricht, zum Beispiel mit Links statt großer Anhänge. Bei einem vollen Postfach muss der Empfänger Platz schaffen; bei zu vielen Empfängern senden Sie die abgelehnten Empfänger wie nach 452 in einer neuen Transaktion.",
   "Verwenden Sie ihn, wenn eine Nachricht eine feste Größengrenze oder den Speicherplatz des Empfängers endgültig überschreitet.",
   "",
   "",
   ""},
  {553,
   "Postfachname nicht zulässig",
   "Die Aktion wurde nicht ausgeführt, weil der Postfachname nicht zulässig ist, meist wegen einer falschen Syntax. SMTPUTF8-Server verwenden ihn auch für einen Empfänger, der eine ASCII-Adresse benötigt.",
   "Er erscheint als Antwort auf MAIL oder RCPT mit einer fehlerhaften oder abgelehnten Adresse und als Antwort auf VRFY für einen Namen, den der Server nicht akzeptiert.",
   "Korrigieren Sie die Adresse, entfernen Sie zum Beispiel Leerzeichen oder ungültige Zeichen und geben Sie einen vollständigen Domainnamen an, und senden Sie erneut. Manche Server lehnen damit auch Relaying ab; ist die Adresse korrekt, prüfen Sie daher, ob der Client Relaying nutzen darf oder sich authentifiziert hat.",
   "Verwenden Sie ihn, wenn der Postfachname selbst nicht akzeptabel ist, meist wegen einer falschen Syntax.",
   "",
   "",
   ""},
  {554,
   "Transaktion fehlgeschlagen",
   "Die Transaktion ist fehlgeschlagen, oder – als Begrüßung gesendet – der Server stellt diesem Client keinen SMTP-Dienst bereit. Es ist eine allgemeine dauerhafte Ablehnung, die zum Beispiel für abgelehnte Nachrichteninhalte oder für eine Sitzung mit unzureichender TLS-Sicherheit verwendet wird.",
   "Er erscheint anstelle der 220-Begrüßung, als Antwort auf DATA, wenn kein Empfänger angenommen wurde, nach dem Ende der Nachrichtendaten oder als Antwort auf jeden Befehl, sobald der Server das ausgehandelte TLS als zu schwach eingestuft hat.",
   "Nach einer 554-Begrüßung wartet der Server noch auf QUIT und beantwortet andere Befehle mit 503; senden Sie daher QUIT und versuchen Sie einen anderen Host, oder beheben Sie die im Text genannte Ursache, oft eine auf einer Blocklist geführte IP-Adresse. Ändern Sie nach den Nachrichtendaten das, was laut Text oder erweitertem Statuscode die Ablehnung verursacht hat, und senden Sie dieselbe Nachricht nicht unverändert erneut.",
   "Verwenden Sie ihn für eine dauerhafte Ablehnung, die kein spezifischerer Code beschreibt, etwa abgelehnte Inhalte oder eine abgelehnte Sitzung.",
   "",
   "",
   ""},
  {555,
   "Parameter nicht erkannt",
   "Ein bei MAIL FROM oder RCPT TO angegebener Parameter wird vom Server nicht erkannt oder nicht implementiert. Die Ablehnung ist für diesen Server dauerhaft.",
   "Er erscheint als Antwort auf MAIL oder RCPT mit einem Erweiterungsparameter, den der Server nicht angekündigt hat, etwa SIZE-, BODY- oder DSN-Parameter an einen Server ohne diese Erweiterungen.",
   "Senden Sie nur Parameter von Erweiterungen, die in der EHLO-Antwort des Servers aufgeführt sind, und stellen Sie vor dem Hinzufügen solcher Parameter sicher, dass die Sitzung mit EHLO und nicht mit HELO begonnen hat.",
   "Verwenden Sie ihn, wenn MAIL oder RCPT einen Parameter enthält, den der Server nicht erkennt oder nicht implementiert.",
   "",
   "",
   ""},
  {556,
   "Domain nimmt keine E-Mails an",
   "Ein Relay- oder Submission-Server weiß ohne Verbindungsversuch, dass die Domain des Empfängers keine E-Mails annimmt, meist weil die Domain einen Null-MX-Eintrag veröffentlicht.",
   "Er erscheint als Antwort auf RCPT oder einen anderen Befehl mit einem Forward-Path für eine Adresse in einer solchen Domain.",
   "Behandeln Sie ihn wie jeden anderen dauerhaften Fehler: Korrigieren oder entfernen Sie die Adresse, denn E-Mails an diese Domain können nicht zugestellt werden.",
   "Verwenden Sie ihn, wenn ein Relay weiß, dass die Domain des Empfängers keine E-Mails annimmt, zum Beispiel weil die Domain einen Null-MX-Eintrag veröffentlicht.",
   "",
   "",
   ""},
};
/// Enhanced-status texts of German, in registry order.
inline constexpr status_text statuses[] = {
  {0, 0,
   "Sonstiger undefinierter Status",
   "Nur die Klasse des Status ist bekannt; der Server hat keinen Bereich und kein Detail angegeben, die mehr über das Geschehene aussagen.",
   "Richten Sie sich nach der Klasse und dem Basis-Antwortcode, und lesen Sie den Text des Servers, um den eigentlichen Grund zu erfahren."},
  {1, 0,
   "Sonstiger Adressstatus",
   "Eine Adresse, die des Absenders oder die eines Empfängers, hat diesen Status verursacht, und kein spezifischerer Adressierungscode trifft zu.",
   "Prüfen Sie Absender- und Empfängeradressen auf Tippfehler, und lesen Sie den Text des Servers, um zu erfahren, welche Adresse gemeint ist."},
  {1, 1,
   "Ungültige Adresse des Zielpostfachs",
   "Das Postfach des Empfängers existiert am Ziel nicht: Der Teil der Adresse vor dem @-Zeichen ist dort unbekannt.",
   "Prüfen Sie die Empfängeradresse auf Tippfehler oder fragen Sie den Empfänger nach einer aktuellen Adresse; senden Sie nicht erneut unverändert an dieselbe Adresse."},
  {1, 2,
   "Ungültige Adresse des Zielsystems",
   "Das in der Empfängeradresse genannte Zielsystem existiert nicht oder kann keine E-Mails annehmen; der Teil der Adresse nach dem @-Zeichen ist daher für E-Mail nicht gültig.",
   "Prüfen Sie den Domainteil der Empfängeradresse auf Tippfehler und vergewissern Sie sich, dass die Domain E-Mails empfängt."},
  {1, 3,
   "Ungültige Syntax der Zielpostfachadresse",
   "Die Empfängeradresse ist syntaktisch ungültig; der Fehler kann in jedem Teil der Adresse liegen.",
   "Korrigieren Sie das Format der Empfängeradresse, zum Beispiel überzählige Leerzeichen, fehlende spitze Klammern oder ungültige Zeichen, und senden Sie erneut."},
  {1, 4,
   "Zielpostfachadresse mehrdeutig",
   "Die Empfängeradresse passt am Ziel auf mehr als ein Postfach; das kann vorkommen, wenn der Server Adressen durch ungefähre Übereinstimmung Postfächern zuordnet.",
   "Verwenden Sie die exakte und vollständige Adresse des Empfängers, sodass sie genau ein Postfach bezeichnet."},
  {1, 5,
   "Zieladresse gültig",
   "Die Empfängeradresse wurde als gültig akzeptiert; dieser Code gehört in positive Antworten und Zustellberichte.",
   "Es ist nichts zu tun."},
  {1, 6,
   "Zielpostfach umgezogen, keine Weiterleitungsadresse",
   "Die Empfängeradresse war früher gültig, aber das Ziel nimmt keine E-Mails mehr dafür an und nennt keine Weiterleitungsadresse.",
   "Entfernen Sie die Adresse aus Ihren Listen und beschaffen Sie sich die neue Adresse des Empfängers auf anderem Weg."},
  {1, 7,
   "Ungültige Syntax der Absenderpostfachadresse",
   "Die Absenderadresse ist syntaktisch ungültig; der Fehler kann in jedem Teil der Adresse liegen.",
   "Korrigieren Sie die im Mailprogramm oder im sendenden System eingestellte Absenderadresse, und senden Sie erneut."},
  {1, 8,
   "Ungültige Adresse des Absendersystems",
   "Die Domain der Absenderadresse existiert nicht oder kann keine zurückgesendeten E-Mails annehmen; der Teil der Absenderadresse nach dem @-Zeichen ist daher für E-Mail nicht gültig.",
   "Senden Sie von einer Adresse, deren Domain existiert und E-Mails empfängt, zum Beispiel indem Sie die MX- oder Adresseinträge der Domain im DNS korrigieren."},
  {1, 9,
   "Nachricht an nicht konformes Mailsystem weitergegeben",
   "Die Empfängeradresse war gültig, aber die Nachricht wurde an ein System weitergegeben, das keine Nachrichtenverfolgung unterstützt; weitere Informationen über sie sind daher nicht verfügbar.",
   "Betrachten Sie die Nachricht als weitergegeben; weitere Statusinformationen können nur die Betreiber des nächsten Systems liefern."},
  {1, 10,
   "Empfängeradresse mit Null-MX",
   "Die Domain des Empfängers veröffentlicht einen Null-MX-Eintrag, der erklärt, dass die Domain überhaupt keine E-Mails annimmt.",
   "Versuchen Sie es nicht erneut; prüfen Sie die Adresse auf eine falsch geschriebene Domain, und fragen Sie den Empfänger nach einer Adresse in einer Domain, die E-Mails empfängt."},
  {2, 0,
   "Sonstiger oder undefinierter Postfachstatus",
   "Das Postfach des Empfängers existiert, aber etwas daran hat diesen Status verursacht, und kein spezifischerer Postfachcode trifft zu.",
   "Lesen Sie den Grund im Text des Servers; hält das Problem an, kontaktieren Sie den Empfänger auf anderem Weg."},
  {2, 1,
   "Postfach deaktiviert, nimmt keine Nachrichten an",
   "Das Postfach existiert, nimmt aber keine Nachrichten an; das ist dauerhaft, wenn es nie wieder aktiviert wird, und vorübergehend, wenn es nur zeitweise gesperrt ist.",
   "Versuchen Sie es nach einem vorübergehenden Fehler später erneut; stellen Sie nach einem dauerhaften Fehler den Versand an die Adresse ein und kontaktieren Sie den Empfänger auf anderem Weg."},
  {2, 2,
   "Postfach voll",
   "Das Postfach des Empfängers ist voll, weil es sein Kontingent oder seine Speicherkapazität erreicht hat; der Empfänger kann durch Löschen von Nachrichten Platz schaffen.",
   "Versuchen Sie es später erneut, und informieren Sie den Empfänger auf anderem Weg, wenn das Postfach voll bleibt."},
  {2, 3,
   "Nachrichtengröße überschreitet administrative Grenze",
   "Die Nachricht ist größer als eine für dieses Postfach festgelegte Größengrenze, die niedriger ist als die Grenze des Gesamtsystems.",
   "Senden Sie eine kleinere Nachricht, zum Beispiel indem Sie große Anhänge über einen Link bereitstellen."},
  {2, 4,
   "Problem bei der Auflösung einer Mailingliste",
   "Die Adresse ist eine Mailingliste, und die Liste konnte nicht in die Adressen ihrer Mitglieder aufgelöst werden.",
   "Versuchen Sie es später erneut, wenn der Fehler vorübergehend ist; melden Sie das Problem andernfalls dem Inhaber der Liste."},
  {3, 0,
   "Sonstiger oder undefinierter Mailsystemstatus",
   "Der Status betrifft das Ziel-Mailsystem, das existiert und normalerweise E-Mails annimmt, und kein spezifischerer Mailsystemcode trifft zu.",
   "Versuchen Sie es nach einem vorübergehenden Fehler später erneut; ist der Fehler dauerhaft oder tritt er immer wieder auf, wenden Sie sich an den Postmaster des Ziels."},
  {3, 1,
   "Mailsystem voll",
   "Dem Ziel-Mailsystem ist der Speicherplatz ausgegangen; der Empfänger kann das nicht durch Löschen von Nachrichten beheben.",
   "Versuchen Sie es später erneut; der Administrator des Ziels muss Speicherplatz freigeben oder erweitern."},
  {3, 2,
   "System nimmt keine Nachrichten aus dem Netz an",
   "Der Host, auf dem das Postfach liegt, nimmt keine Nachrichten an, zum Beispiel wegen Herunterfahrens, hoher Last oder Wartung, oder weil er grundsätzlich keine E-Mails annimmt.",
   "Versuchen Sie es nach einem vorübergehenden Fehler später erneut; nach einem dauerhaften Fehler, etwa einer 521-Antwort, nimmt dieser Host keine E-Mails an, und es wird ein anderer Weg oder eine andere Adresse benötigt."},
  {3, 3,
   "System unterstützt die gewählten Funktionen nicht",
   "Das Zielsystem unterstützt Funktionen nicht, die für die Nachricht angefordert wurden; das kann an einem Gateway vorkommen, das eine Funktion nicht in eine andere Mailumgebung übertragen kann.",
   "Senden Sie die Nachricht erneut ohne die angeforderten optionalen Funktionen, oder fragen Sie den Administrator des Ziels, welche Funktionen unterstützt werden."},
  {3, 4,
   "Nachricht zu groß für das System",
   "Die Nachricht ist größer als die Größengrenze pro Nachricht am Ziel, unabhängig davon, ob diese Grenze technisch bedingt oder per Richtlinie festgelegt ist.",
   "Verkleinern Sie die Nachricht, zum Beispiel indem Sie große Anhänge entfernen oder als Link bereitstellen, und senden Sie erneut."},
  {3, 5,
   "System falsch konfiguriert",
   "Das Zielsystem ist nicht so konfiguriert, dass es diese Nachricht annehmen kann.",
   "Melden Sie das Problem dem Postmaster des Ziels; ein erneuter Versand hilft erst, wenn die Konfiguration korrigiert ist."},
  {3, 6,
   "Angeforderte Priorität geändert",
   "Die Nachricht wurde angenommen, aber der Server hat die mit der Erweiterung MT-PRIORITY angeforderte Übertragungspriorität geändert; der Antworttext beginnt mit der neuen Priorität.",
   "Es ist nichts zu tun; beachten Sie die neue Priorität im Antworttext, wenn der Zustellzeitpunkt wichtig ist."},
  {4, 0,
   "Sonstiger oder undefinierter Netzwerk- oder Routingstatus",
   "Im Netzwerk oder beim Routing der Nachricht ist etwas schiefgegangen, und kein spezifischerer Netzwerk- oder Routingcode trifft zu.",
   "Versuchen Sie es später erneut; hält das Problem an, prüfen Sie DNS und die Erreichbarkeit des Ziels."},
  {4, 1,
   "Keine Antwort vom Host",
   "Der ausgehende Verbindungsversuch blieb unbeantwortet, weil das entfernte System ausgelastet war oder die Verbindung nicht annehmen konnte.",
   "Versuchen Sie es später erneut; hält das Problem an, prüfen Sie, ob der Zielhost läuft und am SMTP-Port erreichbar ist."},
  {4, 2,
   "Schlechte Verbindung",
   "Eine Verbindung wurde aufgebaut, aber die Nachrichtentransaktion konnte wegen einer Zeitüberschreitung oder schlechter Verbindungsqualität nicht abgeschlossen werden.",
   "Versuchen Sie es später erneut; tritt es wieder auf, suchen Sie nach Netzwerkproblemen, Firewalls oder Zeitüberschreitungen zwischen den beiden Hosts."},
  {4, 3,
   "Ausfall des Verzeichnisservers",
   "Die Nachricht konnte nicht weitergeleitet werden, weil ein Verzeichnisserver, etwa ein DNS-Server, nicht verfügbar war.",
   "Versuchen Sie es später erneut; hält das Problem an, prüfen Sie die DNS-Server des Systems, das den Fehler gemeldet hat."},
  {4, 4,
   "Routing nicht möglich",
   "Das Mailsystem konnte den nächsten Hop für die Nachricht nicht bestimmen, weil dem Verzeichnisserver die Routinginformationen fehlten, zum Beispiel wenn DNS für die Domain nur einen SOA-Eintrag liefert.",
   "Prüfen Sie die Domain des Empfängers auf Tippfehler und vergewissern Sie sich, dass sie gültige MX- oder Adresseinträge im DNS hat."},
  {4, 5,
   "Überlastung des Mailsystems",
   "Das Mailsystem konnte die Nachricht nicht zustellen, weil es überlastet war.",
   "Versuchen Sie es später erneut, möglichst mit weniger parallelen Verbindungen oder Nachrichten."},
  {4, 6,
   "Routing-Schleife erkannt",
   "Eine Routing-Schleife, verursacht durch falsche Routingtabellen oder durch eine von einem Benutzer eingerichtete Weiterleitung, hat die Nachricht zu oft weitergereicht.",
   "Prüfen Sie die Weiterleitungsregeln sowie die MX- oder Relay-Einstellungen für die Empfängeradresse, und senden Sie dann erneut."},
  {4, 7,
   "Zustellfrist abgelaufen",
   "Die Nachricht galt als zu alt, entweder weil sie zu lange in der Warteschlange lag oder weil die von ihrem Absender gesetzte Frist abgelaufen ist.",
   "Prüfen Sie, ob das Ziel erreichbar ist, und senden Sie die Nachricht erneut; frühere Fehler im Warteschlangenprotokoll zeigen meist die eigentliche Ursache."},
  {5, 0,
   "Sonstiger oder undefinierter Protokollstatus",
   "Der Status betrifft das Mail-Zustellprotokoll, und kein spezifischerer Protokollcode trifft zu; bei einer Erfolgsantwort bestätigt er nur den Befehl.",
   "Nach einem Erfolg ist nichts zu tun; lesen Sie nach einem Fehler den Text des Servers, um zu erfahren, welchen Befehl oder Schritt er abgelehnt hat."},
  {5, 1,
   "Ungültiger Befehl",
   "Ein Protokollbefehl wurde in falscher Reihenfolge gesendet oder wird vom Server nicht unterstützt.",
   "Korrigieren Sie die Reihenfolge der SMTP-Befehle, oder verwenden Sie den Befehl nicht mehr, den der Server nicht unterstützt."},
  {5, 2,
   "Syntaxfehler",
   "Ein Protokollbefehl konnte nicht interpretiert werden, weil seine Syntax falsch ist oder der Befehl nicht erkannt wird.",
   "Korrigieren Sie die Syntax des vom Client gesendeten Befehls, oder verwenden Sie einen Befehl, den der Server erkennt."},
  {5, 3,
   "Zu viele Empfänger",
   "Die Nachricht hat mehr Empfänger, als der Server in einer Transaktion annimmt.",
   "Senden Sie die übrigen Empfänger in einer weiteren Transaktion; Mailsoftware erledigt das normalerweise selbstständig."},
  {5, 4,
   "Ungültige Befehlsargumente",
   "Ein gültiger Befehl wurde mit ungültigen Argumenten gesendet, weil ein Wert außerhalb des zulässigen Bereichs lag oder eine Funktion nannte, die der Server nicht kennt.",
   "Korrigieren Sie die Parameter des Befehls, zum Beispiel einen AUTH-Mechanismus oder den Wert einer Erweiterung bei MAIL FROM, und senden Sie ihn erneut."},
  {5, 5,
   "Falsche Protokollversion",
   "Die beiden Systeme verwenden Protokollversionen, die nicht zueinander passen, und konnten den Unterschied nicht selbst auflösen.",
   "Aktualisieren oder konfigurieren Sie die Client- oder Serversoftware so, dass beide Seiten eine gemeinsame Protokollversion verwenden."},
  {5, 6,
   "Zeile im Authentifizierungsaustausch zu lang",
   "Eine AUTH-Antwortzeile des Clients war länger als der Puffer des Servers für den gewählten Authentifizierungsmechanismus.",
   "Verwenden Sie einen Authentifizierungsmechanismus oder Zugangsdaten, die kürzere Antworten erzeugen, oder bitten Sie den Administrator des Servers, die Grenze zu erhöhen."},
  {6, 0,
   "Sonstiger oder undefinierter Medienfehler",
   "Etwas am Inhalt der Nachricht hat sie unzustellbar gemacht, und kein spezifischerer Inhalts- oder Mediencode trifft zu.",
   "Prüfen Sie Format und Anhänge der Nachricht, und lesen Sie im Text des Servers nach, welchen Teil er beanstandet hat."},
  {6, 1,
   "Medientyp nicht unterstützt",
   "Die Nachricht verwendet einen Medientyp, den das Zustellprotokoll oder das nächste System auf dem Weg nicht unterstützt.",
   "Senden Sie den Inhalt in einem weit verbreiteten Format, zum Beispiel indem Sie den nicht unterstützten Teil konvertieren oder entfernen."},
  {6, 2,
   "Konvertierung erforderlich, aber untersagt",
   "Der Nachrichteninhalt muss vor der Zustellung konvertiert werden, aber der Absender oder die Richtlinie des sendenden Hosts untersagt diese Konvertierung.",
   "Lassen Sie die Konvertierung zu, oder senden Sie den Inhalt in einer Form, die das Ziel ohne Konvertierung annimmt."},
  {6, 3,
   "Konvertierung erforderlich, aber nicht unterstützt",
   "Der Nachrichteninhalt muss für die Weiterleitung konvertiert werden, aber ein Host auf dem Weg kann das nicht, zum Beispiel ein Gateway, das 8-Bit-Inhalte nicht in 7 Bit umwandeln kann.",
   "Senden Sie die Nachricht in einer Form, die keine Konvertierung erfordert, zum Beispiel mit 7-Bit-Kodierungen von MIME."},
  {6, 4,
   "Verlustbehaftete Konvertierung durchgeführt",
   "Die Nachricht wurde zugestellt, aber bei einer Konvertierung unterwegs sind Daten verloren gegangen; als dauerhafter Fehler bedeutet der Code, dass der Absender eine verlustbehaftete Konvertierung untersagt hatte.",
   "Klären Sie mit dem Empfänger, ob der Inhalt vollständig angekommen ist, und senden Sie ihn andernfalls erneut in einem Format, das keine Konvertierung erfordert."},
  {6, 5,
   "Konvertierung fehlgeschlagen",
   "Eine erforderliche Konvertierung des Nachrichteninhalts wurde versucht und ist fehlgeschlagen.",
   "Senden Sie die Nachricht erneut in einem Format, das keine Konvertierung erfordert, oder versuchen Sie es später erneut, wenn der Fehler vorübergehend war."},
  {6, 6,
   "Nachrichteninhalt nicht verfügbar",
   "Der Server konnte den Nachrichteninhalt nicht von dem in einem BURL-Befehl genannten entfernten System abrufen, etwa von einem IMAP-Server.",
   "Prüfen Sie, ob die URL im BURL-Befehl gültig ist und der Submission-Server den Server mit dem Inhalt erreichen kann, und versuchen Sie es dann erneut."},
  {6, 7,
   "Nicht-ASCII-Adressen für diesen Absender/Empfänger nicht zulässig",
   "Der Server hat einen MAIL- oder RCPT-Befehl abgelehnt, weil die Adresse Nicht-ASCII-Zeichen enthält, die für diesen Absender oder Empfänger nicht zulässig sind.",
   "Verwenden Sie eine Adresse, die nur aus ASCII-Zeichen besteht, oder senden Sie über Server, die die Erweiterung SMTPUTF8 unterstützen."},
  {6, 8,
   "Antwort mit UTF-8-Zeichenkette erforderlich, vom SMTP-Client aber nicht erlaubt",
   "Die Antwort müsste einen Postfachnamen in UTF-8 enthalten, aber der Client hat UTF-8 in Antworten nicht erlaubt, zum Beispiel bei einem VRFY oder EXPN ohne SMTPUTF8.",
   "Wiederholen Sie den Befehl mit dem Parameter SMTPUTF8, wenn der Client ihn unterstützt."},
  {6, 9,
   "Nachricht mit UTF-8-Headern kann nicht an einen oder mehrere Empfänger übertragen werden und muss daher abgelehnt werden",
   "Nach dem Ende der Nachrichtendaten ist die Transaktion fehlgeschlagen, weil eine Nachricht mit UTF-8-Header-Feldern an einen oder mehrere ihrer Empfänger nicht zugestellt werden kann.",
   "Senden Sie die Nachricht an diese Empfänger mit Header-Feldern und Adressen nur aus ASCII-Zeichen, oder über einen Weg, der SMTPUTF8 unterstützt."},
  {6, 10,
   "Veraltetes Duplikat von X.6.8",
   "Dieser Code wurde als Duplikat von X.6.8 registriert und ist zugunsten dieses Codes, der dieselbe Bedeutung hat, veraltet.",
   "Behandeln Sie ihn wie X.6.8: Wiederholen Sie den Befehl mit dem Parameter SMTPUTF8, wenn der Client ihn unterstützt."},
  {7, 0,
   "Sonstiger oder undefinierter Sicherheitsstatus",
   "Der Status betrifft Sicherheit oder Richtlinien, und kein spezifischerer Code trifft zu, möglicherweise weil die Sicherheitsrichtlinie eine genauere Antwort verbietet; bei einer Erfolgsantwort, etwa 235 nach AUTH, bestätigt er den Sicherheitsschritt.",
   "Lesen Sie nach einem Fehler den Text des Servers: Der Server verlangt möglicherweise zuerst STARTTLS oder eine Authentifizierung, oder er lehnt die Nachricht aufgrund einer Richtlinie ab."},
  {7, 1,
   "Zustellung nicht autorisiert, Nachricht abgelehnt",
   "Der Absender ist nicht berechtigt, an dieses Ziel zu senden, weil nach sendendem Host oder nach Empfänger gefiltert wird; dazu gehört auch abgelehntes Relaying.",
   "Authentifizieren Sie sich, wenn der Server Ihr eigener Postausgangsserver ist; prüfen Sie andernfalls, ob der sendende Host oder die Adresse gesperrt ist, und wenden Sie sich an den Postmaster des Empfängers."},
  {7, 2,
   "Auflösung der Mailingliste untersagt",
   "Der Absender darf keine Nachrichten an diese Mailingliste senden.",
   "Bitten Sie den Inhaber der Liste um Schreibrechte, oder senden Sie von einer Adresse, die an die Liste schreiben darf."},
  {7, 3,
   "Sicherheitskonvertierung erforderlich, aber nicht möglich",
   "Für die Zustellung war eine Konvertierung von einem sicheren Nachrichtenprotokoll in ein anderes nötig, und diese Konvertierung war nicht möglich.",
   "Senden Sie die Nachricht in einem Sicherheitsformat, das das System des Empfängers unterstützt."},
  {7, 4,
   "Sicherheitsfunktionen nicht unterstützt",
   "Die Nachricht oder Anfrage verwendete Sicherheitsfunktionen, etwa ein sicheres Authentifizierungsverfahren, die das Zustellprotokoll nicht unterstützen kann.",
   "Senden Sie ohne die nicht unterstützte Sicherheitsfunktion, oder wählen Sie eine, die der Server anbietet."},
  {7, 5,
   "Kryptografischer Fehler",
   "Ein System auf dem Weg, das die Nachricht prüfen oder entschlüsseln darf, konnte das nicht, weil ein Schlüssel oder ähnliche Informationen fehlten oder ungültig waren.",
   "Prüfen Sie die Schlüssel und Zertifikate, mit denen die Nachricht signiert oder verschlüsselt wurde, und senden Sie sie dann erneut."},
  {7, 6,
   "Kryptografischer Algorithmus nicht unterstützt",
   "Ein System auf dem Weg, das die Nachricht prüfen oder entschlüsseln darf, konnte das nicht, weil es den verwendeten Algorithmus nicht unterstützt.",
   "Signieren oder verschlüsseln Sie die Nachricht mit einem Algorithmus, den das System des Empfängers unterstützt."},
  {7, 7,
   "Integritätsfehler der Nachricht",
   "Ein System auf dem Weg, das die Nachricht prüfen darf, konnte das nicht, weil die Nachricht beschädigt oder verändert wurde.",
   "Senden Sie die Nachricht erneut, und suchen Sie nach Software auf dem Weg, die Nachrichten nach dem Signieren verändert."},
  {7, 8,
   "Ungültige Zugangsdaten",
   "Die Authentifizierung ist fehlgeschlagen, weil die mit AUTH übermittelten Zugangsdaten ungültig oder unzureichend waren.",
   "Prüfen Sie Benutzername und Passwort oder die anderen Zugangsdaten, und authentifizieren Sie sich erneut."},
  {7, 9,
   "Authentifizierungsmechanismus zu schwach",
   "Der gewählte Authentifizierungsmechanismus ist schwächer, als die Richtlinie des Servers für diesen Benutzer erlaubt.",
   "Authentifizieren Sie sich erneut mit einem stärkeren Mechanismus, den der Server anbietet."},
  {7, 10,
   "Verschlüsselung erforderlich",
   "Bevor der angeforderte Authentifizierungsmechanismus verwendet werden kann, ist eine externe Schutzschicht wie TLS nötig, vor allem bei Mechanismen, die Passwörter im Klartext übertragen; REQUIRETLS verwendet den Code auch, wenn keine TLS-Sitzung aufgebaut werden konnte.",
   "Starten Sie vor der Authentifizierung TLS mit STARTTLS, oder verwenden Sie einen stärkeren Authentifizierungsmechanismus."},
  {7, 11,
   "Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich",
   "Der gewählte Authentifizierungsmechanismus darf nur verwendet werden, wenn die SMTP-Verbindung verschlüsselt ist.",
   "Führen Sie zuerst STARTTLS aus und wiederholen Sie dann AUTH, oder wählen Sie einen anderen Mechanismus."},
  {7, 12,
   "Passwortumstellung erforderlich",
   "Der Benutzer muss auf den gewählten Authentifizierungsmechanismus umgestellt werden; das geschieht in der Regel durch eine einmalige Authentifizierung mit dem Mechanismus PLAIN.",
   "Authentifizieren Sie sich einmal mit PLAIN über eine verschlüsselte Verbindung; danach sollte der gewählte Mechanismus in späteren Sitzungen funktionieren."},
  {7, 13,
   "Benutzerkonto deaktiviert",
   "Die Authentifizierung war erfolgreich, aber das Konto wurde deaktiviert, zum Beispiel wegen ausstehender Zahlungen oder wegen Missbrauchs, und bleibt deaktiviert, bis ein Administrator es wieder aktiviert.",
   "Wenden Sie sich an den Mailprovider oder den Systemadministrator, um das Konto wieder aktivieren zu lassen; eine erneute Eingabe des Passworts hilft nicht."},
  {7, 14,
   "Vertrauensstellung erforderlich",
   "Der Submission-Server benötigt eine eingerichtete Vertrauensstellung mit dem Drittserver, der den Nachrichteninhalt bereithält, wie bei BURL, hat aber keine.",
   "Bitten Sie die Administratoren, eine Vertrauensstellung zwischen dem Submission-Server und dem Server mit dem Inhalt einzurichten, oder liefern Sie die vollständige Nachricht statt eines Verweises ein."},
  {7, 15,
   "Prioritätsstufe zu niedrig",
   "Die Übertragungspriorität der Nachricht liegt unter der niedrigsten Priorität, die der Server derzeit annimmt; das kann vorübergehend sein, zum Beispiel solange nur E-Mails mit höherer Priorität angenommen werden.",
   "Versuchen Sie es später erneut, oder senden Sie mit einer höheren Priorität, sofern Sie dazu berechtigt sind."},
  {7, 16,
   "Nachricht zu groß für die angegebene Priorität",
   "Die Nachricht ist größer, als der Server für die angeforderte Übertragungspriorität annimmt.",
   "Senden Sie eine kleinere Nachricht, oder verwenden Sie eine Priorität, deren Größengrenze zur Nachricht passt."},
  {7, 17,
   "Inhaberwechsel des Postfachs",
   "Die Nachricht hat per RRVS verlangt, dass das Empfängerpostfach seit einem bestimmten Zeitpunkt denselben Inhaber hat, und das Postfach hat seitdem den Inhaber gewechselt.",
   "Senden Sie nicht erneut an diese Adresse; klären Sie die aktuelle Adresse des Empfängers auf anderem Weg."},
  {7, 18,
   "Inhaberwechsel der Domain",
   "Die Nachricht hat per RRVS verlangt, dass die Empfängeradresse seit einem bestimmten Zeitpunkt gültig ist, und der Inhaber der Domain des Empfängers hat seitdem gewechselt.",
   "Senden Sie nicht erneut an diese Adresse; klären Sie die aktuelle Adresse des Empfängers auf anderem Weg."},
  {7, 19,
   "RRVS-Prüfung kann nicht abgeschlossen werden",
   "Die Nachricht hat eine RRVS-Prüfung angefordert, aber der empfangende Server kann sie nicht durchführen, weil er nicht aufgezeichnet hat, seit wann das Postfach seinen aktuellen Inhaber hat.",
   "Entscheiden Sie, ob Sie die Nachricht ohne die RRVS-Anforderung erneut senden."},
  {7, 20,
   "Keine erfolgreich geprüfte DKIM-Signatur gefunden",
   "Die lokale Richtlinie hat die Nachricht abgelehnt, weil sie keine DKIM-Signatur trug, deren Prüfung erfolgreich war.",
   "Stellen Sie sicher, dass die sendende Domain ihre E-Mails mit DKIM signiert und dass nichts auf dem Weg den signierten Inhalt verändert."},
  {7, 21,
   "Keine akzeptable DKIM-Signatur gefunden",
   "Die Nachricht hat DKIM-Signaturen, deren Prüfung erfolgreich ist, aber keine davon erfüllt die lokalen Anforderungen des Empfängers.",
   "Passen Sie die DKIM-Signierung an die Anforderungen des Empfängers an, zum Beispiel die signierten Header-Felder oder die signierende Domain."},
  {7, 22,
   "Keine gültige DKIM-Signatur der Autorendomain gefunden",
   "Die Nachricht hat DKIM-Signaturen mit erfolgreicher Prüfung, aber keine davon verwendet eine Domain, die zur Autorenadresse im Header-Feld From passt.",
   "Signieren Sie die Nachricht mit DKIM unter der Domain der From-Adresse."},
  {7, 23,
   "SPF-Prüfung fehlgeschlagen",
   "Die SPF-Prüfung der Nachricht hat das Ergebnis „fail“ geliefert, das die lokale Richtlinie nicht akzeptiert.",
   "Senden Sie über einen Server, der im SPF-Eintrag der sendenden Domain aufgeführt ist, oder nehmen Sie den sendenden Server in diesen Eintrag auf."},
  {7, 24,
   "Fehler bei der SPF-Prüfung",
   "Bei der SPF-Auswertung der Nachricht ist ein Fehler aufgetreten: ein temporärer Fehler, etwa eine DNS-Zeitüberschreitung, mit einer vorübergehenden Antwort, oder ein permanenter Fehler, etwa ein fehlerhafter SPF-Eintrag, mit einer dauerhaften Antwort.",
   "Versuchen Sie es nach einem temporären Fehler später erneut; korrigieren Sie nach einem permanenten Fehler die Syntax oder die DNS-Abfragen des SPF-Eintrags der sendenden Domain."},
  {7, 25,
   "Reverse-DNS-Prüfung fehlgeschlagen",
   "Die IP-Adresse des SMTP-Clients hat eine Reverse-DNS-Prüfung, die die lokale Richtlinie verlangt, nicht bestanden.",
   "Geben Sie der sendenden IP-Adresse einen PTR-Eintrag, dessen Name wieder auf dieselbe Adresse auflöst."},
  {7, 26,
   "Mehrere Authentifizierungsprüfungen fehlgeschlagen",
   "Die Nachricht hat mehr als eine Prüfung der Nachrichtenauthentifizierung, etwa SPF und DKIM, nicht bestanden, und die lokale Richtlinie lehnt sie ab; die fehlgeschlagenen Prüfungen werden nicht genannt.",
   "Prüfen Sie die Einrichtung von SPF, DKIM und DMARC der sendenden Domain, und beheben Sie jede fehlschlagende Prüfung."},
  {7, 27,
   "Absenderadresse mit Null-MX",
   "Die Domain der Absenderadresse veröffentlicht einen Null-MX-Eintrag, kann also keine Antworten oder Bounces empfangen, und der empfangende Server lehnt E-Mails von ihr ab.",
   "Senden Sie von einer Adresse, deren Domain E-Mails annimmt."},
  {7, 28,
   "Mail-Flut erkannt",
   "Der empfangende Server betrachtet die Nachricht als Teil einer Mail-Flut, also einer ungewöhnlich großen Welle von Nachrichten an den Empfänger; der Code wurde aufgrund eines Internet-Drafts registriert, nicht aufgrund eines RFC.",
   "Senken Sie die Senderate an diesen Empfänger, und prüfen Sie, ob Ihr System missbraucht wird, zum Beispiel durch gefälschte Anmeldeanfragen."},
  {7, 29,
   "ARC-Prüfung fehlgeschlagen",
   "Die Prüfung der Authenticated Received Chain (ARC) der Nachricht ist fehlgeschlagen.",
   "Prüfen Sie die ARC-Header-Felder, die Zwischenstationen wie Mailinglisten oder Weiterleitungsdienste hinzugefügt haben, und korrigieren Sie das System, das die Kette unterbrochen hat."},
  {7, 30,
   "REQUIRETLS-Unterstützung erforderlich",
   "Die Nachricht verlangt über die Erweiterung REQUIRETLS TLS auf jedem Hop, aber es wurde kein weiterer Server gefunden, der REQUIRETLS unterstützt.",
   "Senden Sie die Nachricht ohne die REQUIRETLS-Anforderung, oder über einen Weg, dessen Server REQUIRETLS durchgehend unterstützen."},
};
}  // namespace de_texts

/// German.
inline constexpr catalogue de = [] {
  catalogue c{};
  c.tag = "de";
  c.language = "Deutsch";
  c.heading_description = "Beschreibung";
  c.heading_when_seen = "Wann der Code auftritt";
  c.heading_how_to_fix = "Abhilfe";
  c.heading_key_differences = "Wichtigste Unterschiede";
  c.heading_when_to_use = "Wann welcher Code verwendet wird";
  c.heading_learn_more = "Weitere Informationen";
  c.heading_explanation = "Erläuterung";
  c.heading_enhanced_status = "Erweiterter Statuscode";
  c.heading_advice = "Empfehlung";
  c.heading_reason = "Grund";
  c.heading_other_meaning = "Weitere Bedeutung";
  c.heading_server_text = "Antworttext des Servers";
  c.heading_code_list = "Registrierte SMTP-Antwortcodes";
  c.heading_status_list = "Erweiterte Statuscodes";
  c.heading_typical_statuses = "Typische erweiterte Statuscodes";
  c.heading_related_codes = "Zugehörige Antwortcodes";
  c.heading_compare_with = "{code} mit einem anderen Code vergleichen";
  c.heading_what_to_do = "Was zu tun ist";
  c.compare_title = "SMTP {a} {name_a} im Vergleich zu {b} {name_b}";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code} (in keinem RFC definiert)";
  c.status_title = "Erweiterter Statuscode {status} {name}";
  c.class_names[0] = "Ungültiger Code";
  c.class_names[1] = "1xx Positive vorläufige Antwort";
  c.class_names[2] = "2xx Positive Abschlussantwort";
  c.class_names[3] = "3xx Positive Zwischenantwort";
  c.class_names[4] = "4xx Vorübergehend negative Antwort";
  c.class_names[5] = "5xx Dauerhaft negative Antwort";
  c.class_gist[0] = "{code} ist kein gültiger Antwortcode und hat daher keine festgelegte Bedeutung.";
  c.class_gist[1] = "{code} ist eine vorläufige Antwort: Der Server hat die Anfrage angenommen, wartet aber auf eine Bestätigung, bevor er sie ausführt.";
  c.class_gist[2] = "{code} bestätigt, dass die angeforderte Aktion abgeschlossen wurde.";
  c.class_gist[3] = "{code} bedeutet, dass der Server den Befehl angenommen hat und weitere Angaben vom Client erwartet.";
  c.class_gist[4] = "{code} meldet, dass die Anfrage diesmal nicht ausgeführt wurde, dieselbe Anfrage später aber gelingen kann.";
  c.class_gist[5] = "{code} meldet, dass die Anfrage nicht ausgeführt wurde und bei unveränderter Wiederholung erneut scheitern wird.";
  c.class_gist_both[0] = "Keiner der beiden ist ein gültiger Antwortcode.";
  c.class_gist_both[1] = "Beide sind vorläufige Antworten: Der Server hat die Anfrage angenommen, wartet aber auf eine Bestätigung, bevor er sie ausführt.";
  c.class_gist_both[2] = "Beide bestätigen, dass die angeforderte Aktion abgeschlossen wurde.";
  c.class_gist_both[3] = "Beide bedeuten, dass der Server den Befehl angenommen hat und weitere Angaben vom Client erwartet.";
  c.class_gist_both[4] = "Beide melden, dass die Anfrage diesmal nicht ausgeführt wurde, dieselbe Anfrage später aber gelingen kann.";
  c.class_gist_both[5] = "Beide melden, dass die Anfrage nicht ausgeführt wurde und bei unveränderter Wiederholung erneut scheitern wird.";
  c.class_remedy[0] = "Behandeln Sie die Antwort als schwerwiegenden Fehler dieser Transaktion und beenden Sie die Transaktion.";
  c.class_remedy[1] = "Warten Sie auf die endgültige Antwort; ein Client, der keine Erweiterung mit 1xx-Antworten ausgehandelt hat, sollte die Transaktion beenden.";
  c.class_remedy[2] = "Es ist keine Korrektur nötig; fahren Sie mit dem nächsten Schritt der Sitzung fort.";
  c.class_remedy[3] = "Senden Sie die Angaben, die der Server angefordert hat, damit der Befehl abgeschlossen werden kann.";
  c.class_remedy[4] = "Behalten Sie die Nachricht in der Warteschlange und versuchen Sie es später erneut; erhalten Sie über Tage hinweg immer wieder dieselbe Antwort, informieren Sie den Absender über die Verzögerung.";
  c.class_remedy[5] = "Wiederholen Sie nicht dieselbe Anfrage; korrigieren Sie zuerst den Befehl, die Adresse oder die Nachricht, oder senden Sie die Nachricht an den Absender zurück.";
  c.class_outcome[0] = "ist die Antwort kein gültiges SMTP und liefert kein Ergebnis";
  c.class_outcome[1] = "ist die Anfrage angenommen, wartet aber noch auf eine Bestätigung";
  c.class_outcome[2] = "war die Anfrage erfolgreich";
  c.class_outcome[3] = "wartet der Server auf weitere Eingaben, bevor er den Befehl abschließen kann";
  c.class_outcome[4] = "ist die Anfrage vorerst gescheitert und kann bei einem späteren Versuch gelingen";
  c.class_outcome[5] = "ist die Anfrage gescheitert und scheitert erneut, wenn sie unverändert wiederholt wird";
  c.category_names[0] = "Syntax";
  c.category_names[1] = "Information";
  c.category_names[2] = "Verbindungen";
  c.category_names[3] = "Nicht zugewiesen (x3z)";
  c.category_names[4] = "Nicht zugewiesen (x4z)";
  c.category_names[5] = "Mailsystem";
  c.category_names[6] = "Nicht definiert";
  c.category_meaning[0] = "Die zweite Ziffer 0 kennzeichnet Syntaxfehler, Befehle, die in keine andere Kategorie passen, und Befehle, die der Server nicht implementiert.";
  c.category_meaning[1] = "Die zweite Ziffer 1 kennzeichnet Antworten auf Informationsanfragen, etwa nach dem Status oder nach Hilfe.";
  c.category_meaning[2] = "Die zweite Ziffer 2 kennzeichnet Antworten zum Übertragungskanal, also zur Verbindung selbst.";
  c.category_meaning[3] = "RFC 5321 weist der zweiten Ziffer 3 keine Kategorie zu; Erweiterungen verwenden sie, zum Beispiel für Antworten bei der Authentifizierung.";
  c.category_meaning[4] = "RFC 5321 weist der zweiten Ziffer 4 keine Kategorie zu.";
  c.category_meaning[5] = "Die zweite Ziffer 5 kennzeichnet den Zustand des empfangenden Mailsystems in Bezug auf die angeforderte Übertragung oder eine andere Aktion des Mailsystems.";
  c.category_meaning[6] = "RFC 5321 definiert keine Kategorie für eine zweite Ziffer von 6 bis 9, und eine Antwortzeile mit einer solchen Ziffer entspricht nicht der SMTP-Syntax.";
  c.intro_different = "SMTP {a} ({name_a}) gehört zur Klasse „{class_a}“, {b} ({name_b}) dagegen zur Klasse „{class_b}“.";
  c.intro_same = "SMTP {a} ({name_a}) und {b} ({name_b}) gehören beide zur Klasse „{class}“.";
  c.in_contrast = "Im Unterschied dazu gilt: {text}";
  c.no_differences = "SMTP {a} und {b} sind derselbe Code; es gibt daher keine Unterschiede.";
  c.diff_class = "{a} gehört zur Klasse „{class_a}“, {b} dagegen zur Klasse „{class_b}“.";
  c.diff_category = "Nach der zweiten Ziffer gehört {a} zur Kategorie „{cat_a}“, {b} dagegen zur Kategorie „{cat_b}“.";
  c.diff_meaning = "{a} bedeutet „{name_a}“, {b} dagegen „{name_b}“.";
  c.diff_retry = "Nach {a} {retry_a}; nach {b} {retry_b}.";
  c.diff_connection = "Nach {a} {conn_a}; nach {b} {conn_b}.";
  c.diff_commands = "{a} ist eine Antwort auf {cmds_a}, {b} dagegen auf {cmds_b}.";
  c.diff_status = "{a} wird meist mit dem erweiterten Statuscode {status_a} gesendet, {b} dagegen mit {status_b}.";
  c.diff_status_first_only = "{a} wird meist mit dem erweiterten Statuscode {status_a} gesendet, {b} dagegen meist ohne erweiterten Statuscode.";
  c.diff_status_second_only = "{a} wird meist ohne erweiterten Statuscode gesendet, {b} dagegen meist mit {status_b}.";
  c.diff_spec = "{a} ist {spec_a}, {b} dagegen {spec_b}.";
  c.retry_phrases[0] = "muss nichts wiederholt werden";
  c.retry_phrases[1] = "sendet der Client den nächsten Teil der Anfrage";
  c.retry_phrases[2] = "behält der Client die Nachricht und versucht es später erneut";
  c.retry_phrases[3] = "muss der Client die Anfrage ändern, bevor er es erneut versucht";
  c.retry_phrases[4] = "darf dieselbe Anfrage nicht wiederholt werden";
  c.retry_phrases[5] = "liefert die Antwort keine verwertbare Anweisung";
  c.spec_names[0] = "Teil des aktuellen Standards";
  c.spec_names[1] = "durch ein experimentelles RFC definiert";
  c.spec_names[2] = "veraltet und nur aus historischen Gründen erhalten";
  c.connection_closes = "schließt der Server die Verbindung";
  c.connection_stays_open = "bleibt die Verbindung für den nächsten Befehl offen";
  c.command_connect = "das Öffnen der Verbindung";
  c.command_end_of_data = "das Ende der Nachrichtendaten";
  c.command_any = "beliebige Befehle";
  c.list_separator = ", ";
  c.list_last_separator = " und ";
  c.list_last_or = " oder ";
  c.which_by_outcome = "Entscheidend ist zuerst das Ergebnis: Bei {a} {outcome_a}; bei {b} {outcome_b}.";
  c.which_same_class = "Beide gehören zur Klasse „{class}“; nicht das Ergebnis entscheidet also zwischen ihnen, sondern die Situation.";
  c.which_item = "{code} ({name}): {text}";
  c.reference_item = "SMTP {code}: {text}";
  c.class_line = "{code} gehört zur Klasse „{class}“.";
  c.category_line = "Nach der zweiten Ziffer gehört {code} zur Kategorie „{category}“.";
  c.unregistered_intro = "{code} ist in keinem RFC definiert; ein Client wertet den Code daher anhand der ersten Ziffer als Antwort der Klasse „{class}“.";
  c.unregistered_when_seen = "Ein Server hat {code} gesendet, eine Zahl, die in keiner SMTP-Spezifikation definiert ist.";
  c.malformed_intro = "{code} ist kein SMTP-Antwortcode, denn ein Antwortcode ist eine Zahl von 100 bis 599.";
  c.alternate_line = "Als Antwort auf {commands} hat {code} eine andere Bedeutung: {name}.";
  c.label_code = "Code";
  c.label_class = "Klasse";
  c.label_category = "Kategorie";
  c.label_name = "Name";
  c.label_commands = "Befehle";
  c.label_command = "Befehl";
  c.label_status = "Erweiterter Statuscode";
  c.label_action = "Maßnahme";
  c.label_scope = "Geltungsbereich";
  c.label_bounce = "Bounce-Typ";
  c.label_reason = "Grund";
  c.label_delay = "Wartezeit bis zum nächsten Versuch";
  c.label_connection = "Verbindung";
  c.label_why = "Begründung";
  c.label_rule = "Regel";
  c.label_throttle = "Drosselung";
  c.label_next_retry = "Nächster Versuch";
  c.connection_close_value = "schließen";
  c.connection_keep_value = "offen halten";
  c.action_names[0] = "Fortfahren";
  c.action_names[1] = "Nächsten Teil senden";
  c.action_names[2] = "Später erneut versuchen";
  c.action_names[3] = "In einer neuen Transaktion erneut versuchen";
  c.action_names[4] = "Nächsten Host versuchen";
  c.action_names[5] = "Anfrage ändern";
  c.action_names[6] = "Aufgeben";
  c.scope_names[0] = "Keiner";
  c.scope_names[1] = "Dieser Empfänger";
  c.scope_names[2] = "Diese Nachricht";
  c.scope_names[3] = "Diese Sitzung";
  c.bounce_names[0] = "Keiner";
  c.bounce_names[1] = "Soft Bounce";
  c.bounce_names[2] = "Hard Bounce";
  c.reason_line = "{name} ({token})";
  c.reason_names[0] = "Kein Fehler";
  c.reason_names[1] = "Unbekannter Empfänger";
  c.reason_names[2] = "Unbekannter Host oder unbekannte Domain";
  c.reason_names[3] = "Empfänger verzogen";
  c.reason_names[4] = "Domain nimmt keine E-Mails an";
  c.reason_names[5] = "Postfach deaktiviert";
  c.reason_names[6] = "Postfach voll";
  c.reason_names[7] = "Nachricht zu groß";
  c.reason_names[8] = "Relaying verweigert";
  c.reason_names[9] = "Sendender Host gesperrt";
  c.reason_names[10] = "Schlechte Absenderreputation";
  c.reason_names[11] = "Reverse-DNS-Eintrag (PTR) erforderlich";
  c.reason_names[12] = "Senderate begrenzt";
  c.reason_names[13] = "Zu viele Empfänger";
  c.reason_names[14] = "Durch Greylisting verzögert";
  c.reason_names[15] = "Als Spam erkannt";
  c.reason_names[16] = "Virus erkannt";
  c.reason_names[17] = "Inhalt nicht akzeptiert";
  c.reason_names[18] = "Verstoß gegen Richtlinien";
  c.reason_names[19] = "Absenderauthentifizierung fehlgeschlagen (SPF, DKIM oder DMARC)";
  c.reason_names[20] = "Problem mit TLS oder SMTP AUTH";
  c.reason_names[21] = "STARTTLS fehlgeschlagen";
  c.reason_names[22] = "Absenderadresse abgelehnt";
  c.reason_names[23] = "Durch Regeln des Empfängers gefiltert";
  c.reason_names[24] = "Protokollfehler des Clients";
  c.reason_names[25] = "Nachricht entspricht nicht den RFCs";
  c.reason_names[26] = "Zustellfrist abgelaufen";
  c.reason_names[27] = "Netzwerkfehler";
  c.reason_names[28] = "Serverfehler";
  c.reason_names[29] = "Serverspeicher voll";
  c.reason_names[30] = "Fehler im Mailprogramm";
  c.reason_names[31] = "In der Warteschlange zurückgehalten";
  c.reason_names[32] = "Nicht ermittelt";
  c.why_texts[0] = "RFC 5321 §4.2.1: Eine 2yz-Antwort bedeutet, dass der Schritt erfolgreich war.";
  c.why_texts[1] = "RFC 5321 §3.8: 221 beendet die Sitzung, und der Server schließt die Verbindung.";
  c.why_texts[2] = "RFC 5321 §4.2.1: Eine 3yz-Antwort fordert den nächsten Teil an (Nachrichteninhalt oder AUTH-Antwort).";
  c.why_texts[3] = "RFC 5321 §4.2: Eine erste Ziffer außerhalb von 2–5 gilt als schwerwiegender Fehler, und die Transaktion wird beendet.";
  c.why_texts[4] = "RFC 5321 §3.8: 421 schließt die Verbindung; dieser Host hat die Sitzung abgelehnt, versuchen Sie daher den nächsten MX.";
  c.why_texts[5] = "RFC 5321 §3.8: 421 schließt die Verbindung; alles, was noch nicht angenommen wurde, wird später erneut versucht.";
  c.why_texts[6] = "RFC 5321 §4.5.3.1.10: Zu viele Empfänger; senden Sie die übrigen Empfänger in einer neuen Transaktion.";
  c.why_texts[7] = "Der Host hat die Sitzung mit einer vorübergehenden Antwort abgelehnt; versuchen Sie den nächsten MX und später erneut diesen Host.";
  c.why_texts[8] = "RFC 4954 §6: 432 fordert den Benutzer auf, sich einmal mit PLAIN über TLS zu authentifizieren, damit das Passwort umgestellt wird.";
  c.why_texts[9] = "RFC 5321 §4.2.1: Eine 4yz-Antwort ist vorübergehend; behalten Sie die Nachricht in der Warteschlange und versuchen Sie es später erneut.";
  c.why_texts[10] = "RFC 3463 §3.3: Ein volles Postfach (X.2.2) ist ein anhaltender vorübergehender Fehler; die Zustellung nach dieser 552 auf RCPT wird daher später erneut versucht. RFC 5321 §4.5.3.1.10 wertet 552 nur bei zu vielen Empfängern als 452.";
  c.why_texts[11] = "RFC 5321 §4.5.3.1.10: 552 auf RCPT wird wie 452 behandelt; senden Sie die übrigen Empfänger in einer neuen Transaktion.";
  c.why_texts[12] = "RFC 5321 §3.1: Eine 5yz-Begrüßung lehnt die Sitzung ab; senden Sie QUIT und versuchen Sie den nächsten MX.";
  c.why_texts[13] = "RFC 5321 §3.2: Der Server unterstützt EHLO nicht; weichen Sie auf HELO aus.";
  c.why_texts[14] = "RFC 3207 §4, RFC 4954 §6: 530 verlangt vor diesem Befehl STARTTLS oder eine Authentifizierung.";
  c.why_texts[15] = "RFC 4954 §6: 534 verlangt einen stärkeren Authentifizierungsmechanismus.";
  c.why_texts[16] = "RFC 4954 §6: 535 weist die Zugangsdaten zurück; fragen Sie den Benutzer nach neuen.";
  c.why_texts[17] = "RFC 4954 §6: 538 verlangt für diesen Mechanismus zuerst eine verschlüsselte Verbindung.";
  c.why_texts[18] = "Dieser Host hat die Sitzung nach der Begrüßung abgelehnt; versuchen Sie den nächsten MX.";
  c.why_texts[19] = "RFC 5321 §4.2.4, §4.3.2: Der Server hat die Form der Anfrage abgelehnt; korrigieren Sie den Befehl und senden Sie ihn erneut.";
  c.why_texts[20] = "RFC 5321 §4.2.1: Eine 5yz-Antwort ist dauerhaft; wiederholen Sie die Anfrage nicht unverändert.";
  c.why_texts[21] = "RFC 5321 §3.8: Ein unerwarteter Verbindungsabbruch wird wie eine 451-Antwort behandelt.";
  c.why_texts[22] = "RFC 3463 §2: Ein Status 2.X.X meldet Erfolg.";
  c.why_texts[23] = "RFC 3463 §2: Ein Status 5.X.X ist ein dauerhafter Fehler dieser Zustellung.";
  c.why_texts[24] = "RFC 3463 §2: Ein Status 4.X.X ist ein vorübergehender Fehler; versuchen Sie es später erneut.";
  c.why_texts[25] = "Die Nachricht lag länger in der Warteschlange, als ihre Lebensdauer erlaubt.";
  c.why_texts[26] = "Im Text wurde kein SMTP-Antwortcode gefunden; behalten Sie die Nachricht in der Warteschlange.";
  c.why_texts[27] = "Soft-Bounce-Modus: Der dauerhafte Fehler wird in der Warteschlange behalten und erneut versucht.";
  c.why_texts[28] = "Es wurde kein SMTP-Antwortcode gefunden, aber der Text meldet einen dauerhaften Fehler oder eine Adresse, die keine E-Mails empfangen kann; wiederholen Sie den Versuch nicht unverändert.";
  c.why_texts[29] = "Eine Regel des Betreibers hat die eingebaute Beurteilung ersetzt; die Empfehlung nennt die Regel.";
  c.provider_why_texts[0] = "Gmail hat von dieser IP-Adresse, diesem Netzblock, dieser DKIM- oder SPF-Domain oder dieser URL-Domain eine ungewöhnlich hohe E-Mail-Rate festgestellt und begrenzt sie vorerst; senden Sie langsamer und befolgen Sie die Absenderrichtlinien von Google.";
  c.provider_why_texts[1] = "Gmail hat E-Mails von dieser IP-Adresse wegen einer ungewöhnlich hohen Rate unerwünschter E-Mails gesperrt; an der Empfängeradresse liegt es nicht.";
  c.provider_why_texts[2] = "Gmail begrenzt die Rate von E-Mails, die weder SPF noch DKIM bestehen; authentifizieren Sie die Absenderdomain.";
  c.provider_why_texts[3] = "Gmail hat die Nachricht abgelehnt, weil sie weder SPF noch DKIM bestanden hat oder gegen die DMARC-Richtlinie der Absenderdomain verstößt; korrigieren Sie die Authentifizierung, an der Empfängeradresse liegt es nicht.";
  c.provider_why_texts[4] = "Gmail verlangt für die sendende IP-Adresse einen PTR-Eintrag, dessen Name wieder auf diese Adresse auflöst.";
  c.provider_why_texts[5] = "Gmail verlangt TLS für diese Empfängerdomain: Senden Sie zuerst STARTTLS.";
  c.provider_why_texts[6] = "Laut Gmail erhält der Empfänger E-Mails schneller, als er weitere annehmen kann; trotz des 5yz-Codes ist das vorübergehend, versuchen Sie es also später erneut.";
  c.provider_why_texts[7] = "Laut Gmail ist das Konto des Empfängers inaktiv.";
  c.provider_why_texts[8] = "Laut Gmail erhält der Empfänger (oder der Kunde des SMTP-Relay-Dienstes) zu schnell E-Mails; versuchen Sie es später erneut.";
  c.provider_why_texts[9] = "Laut Gmail ist der Speicherplatz im Postfach des Empfängers erschöpft.";
  c.provider_why_texts[10] = "Gmail hat die Nachricht als wahrscheinlich unerwünscht eingestuft und blockiert.";
  c.provider_why_texts[11] = "Microsoft führt die sendende IP-Adresse als gesperrt; beantragen Sie die Entfernung unter https://sender.office.com.";
  c.provider_why_texts[12] = "Microsoft nimmt keinen Datenverkehr von dieser IP-Adresse an (ihre Reputation ist gering, oft weil sie neu ist); senden Sie über eine IP-Adresse mit Versandhistorie.";
  c.provider_why_texts[13] = "Microsoft begrenzt die Rate dieser IP-Adresse wegen ihrer Reputation; senden Sie langsamer und versuchen Sie es später erneut.";
  c.provider_why_texts[14] = "Outlook.com lehnt E-Mails von dieser IP-Adresse ab, weil ein Teil ihres Netzes auf der Sperrliste von Microsoft steht (S3150); der Betreiber des Netzes muss die Entfernung bei Microsoft beantragen.";
  c.provider_why_texts[15] = "Yahoo weist E-Mails von dieser IP-Adresse wegen unerwartet hohen Volumens oder Beschwerden von Nutzern vorübergehend ab; senden Sie langsamer.";
  c.provider_why_texts[16] = "Yahoo weist E-Mails von dieser IP-Adresse vorübergehend ab (ein TS-Code: Beschwerden von Nutzern, Inhalte, die wie Spam aussehen, eine schlechte Reputation der IP-Adresse oder ihres Subnetzes oder ungewöhnlicher Datenverkehr); versuchen Sie es später erneut und prüfen Sie, was Sie versenden.";
  c.provider_why_texts[17] = "Yahoo weist E-Mails von dieser IP-Adresse vorübergehend ab (ein TS-Code: Beschwerden von Nutzern, Inhalte, die wie Spam aussehen, eine schlechte Reputation der IP-Adresse oder ihres Subnetzes oder ungewöhnlicher Datenverkehr); versuchen Sie es später erneut und prüfen Sie, was Sie versenden.";
  c.provider_why_texts[18] = "Yahoo weist alle E-Mails von dieser IP-Adresse dauerhaft ab, weil der Datenverkehr nach unerwünschten Massen-E-Mails aussieht, und rät davon ab, erneut zu senden, bevor Verteilerlisten und Versandpraxis in Ordnung gebracht sind.";
  c.provider_why_texts[19] = "Yahoo hat die Nachricht wegen ihres Inhalts nach seinen Richtlinien abgelehnt (ein PH-Code: Viren, Phishing, Ransomware oder andere Schadsoftware oder Links darauf); prüfen Sie, was die Nachricht enthält.";
  c.provider_why_texts[20] = "Yahoo lehnt Verbindungen von dieser IP-Adresse ab, weil sie bei Spamhaus gelistet ist; beantragen Sie die Entfernung bei Spamhaus.";
  c.provider_why_texts[21] = "iCloud hat die Nachricht nach seiner lokalen Richtlinie abgelehnt; das Postmaster-Team von Apple (icloudadmin@apple.com) antwortet Absendern, die die Anforderungen von Apple erfüllen.";
  c.provider_why_texts[22] = "iCloud hat die Nachricht nach seiner lokalen Richtlinie abgelehnt (HM08); Apple veröffentlicht keine Einzelheiten, das Postmaster-Team (icloudadmin@apple.com) antwortet Absendern, die die Anforderungen von Apple erfüllen.";
  c.provider_why_texts[23] = "iCloud weist E-Mails an diesen Empfänger wegen übermäßigen Volumens vorübergehend ab; versuchen Sie es später erneut.";
  c.provider_why_texts[24] = "Comcast sperrt diese IP-Adresse, weil sie E-Mails in spamtypischen Mustern versendet hat (BL000000).";
  c.provider_why_texts[25] = "Comcast sperrt diese IP-Adresse, weil externe Sperrlisten sie führen: Spamhaus ZEN (BL000001), Cloudmark CSI (BL000010), SenderScore (BL000100), bei mehreren addieren sich die Ziffern; beantragen Sie die Entfernung bei diesen Listen.";
  c.provider_why_texts[26] = "Comcast lehnt E-Mails ab, die direkt aus dynamischen IP-Adressbereichen oder solchen für Privatanschlüsse kommen (ES000001: aus denen von Comcast, ES000010: aus denen eines anderen Netzes, oft an einem generischen Reverse-DNS-Namen erkannt); senden Sie über einen Mail-Provider oder von einer statischen Adresse mit passendem Namen.";
  c.provider_why_texts[27] = "Comcast erlaubt 25 gleichzeitige Verbindungen je sendender IP-Adresse, und diese hat mehr geöffnet; verwenden Sie weniger parallele Verbindungen.";
  c.provider_why_texts[28] = "Comcast verlangt gültiges Reverse-DNS für die sendende IP-Adresse, und die Abfrage ist fehlgeschlagen; Comcast behandelt das als vorübergehend, versuchen Sie es also erneut.";
  c.provider_why_texts[29] = "Comcast verlangt für jeden sendenden Mailserver einen PTR-Eintrag mit gültigem Reverse-DNS; dieser hat keinen.";
  c.provider_why_texts[30] = "Comcast drosselt diese IP-Adresse vorerst (ein RL-Code); versuchen Sie es später mit geringerer Rate erneut.";
  c.provider_why_texts[31] = "GMX und WEB.DE lehnen Verbindungen von dieser IP-Adresse ab, weil sie auf einer Sperrliste steht; der Link in der Antwort führt zur Seite des Falls und zu einem Kontaktformular.";
  c.provider_why_texts[32] = "WEB.DE und GMX haben in kurzer Zeit zu viele Nachrichten von diesem Absender erhalten; versuchen Sie es in einigen Stunden erneut (eine genaue Wartezeit ist nicht veröffentlicht) und senden Sie langsamer.";
  c.provider_why_texts[33] = "WEB.DE und GMX haben die Nachricht abgelehnt, weil der sendende Server nicht im SPF-Eintrag der Absenderdomain steht; weiterleitende Server sollten den Envelope-Absender umschreiben (SRS).";
  c.provider_why_texts[34] = "Orange verweigert dieser IP-Adresse vorerst den Dienst, eine vorübergehende Sperre nach zuvor überschrittenen Limits oder Beschwerden; unterbrechen Sie den Versand an Orange und versuchen Sie es später erneut.";
  c.provider_why_texts[35] = "Orange hat von dieser IP-Adresse mehr gleichzeitige Verbindungen erhalten, als es zulässt; verwenden Sie weniger parallele Verbindungen.";
  c.provider_why_texts[36] = "Die Filter von Mail.ru haben die Nachricht als Spam eingestuft; bitten Sie den Support von Mail.ru über den Link in der Antwort, der den Fehlercode und die Nachrichten-ID enthält, um eine Prüfung.";
  c.provider_why_texts[37] = "Mail.ru hat die Nachricht nach der DMARC-Richtlinie ihrer From-Domain abgelehnt (RFC 7489); senden Sie von Ihrer eigenen Domain, authentifiziert per SPF oder DKIM mit Alignment.";
  c.provider_why_texts[38] = "Yandex sperrt E-Mails dieses Absenders für 24 Stunden, weil von ihm nur Spam kam; halten Sie E-Mails an Yandex einen Tag lang zurück und beheben Sie die Ursache.";
  c.provider_why_texts[39] = "Yandex hat den Inhalt der Nachricht als Spam erkannt.";
  c.provider_why_texts[40] = "Yandex hat das Konto des Empfängers wegen Verstoßes gegen die Nutzungsvereinbarung gesperrt; kontaktieren Sie den Empfänger auf anderem Weg.";
  c.provider_why_texts[41] = "Der Empfänger bei Yandex hat mehr Nachrichten erhalten, als sein Ratenlimit erlaubt; versuchen Sie es später erneut.";
  c.provider_why_texts[42] = "QQ Mail hat den Inhalt abgelehnt: Ähnliche E-Mails wurden massenhaft versendet, und viele Nutzer haben sie als Spam gemeldet.";
  c.provider_why_texts[43] = "QQ Mail begrenzt, wie viele E-Mails es pro Minute, Stunde und Tag von einer IP-Adresse, einer Absenderdomain oder einem Absender annimmt (die Grenzen sind nicht veröffentlicht), und lehnt weitere für Minuten, Stunden oder den Rest des Tages ab; unterbrechen Sie trotz des 5yz-Codes den Versand und versuchen Sie es später mit geringerer Rate erneut.";
  c.provider_why_texts[44] = "QQ Mail nimmt für diesen Empfänger eine Zeit lang keine E-Mails an, weil er in kurzer Zeit sehr viele erhält; unterbrechen Sie trotz des 5yz-Codes den Versand und versuchen Sie es später erneut.";
  c.provider_why_texts[45] = "QQ Mail verdächtigt die Domain oder den Mailbetreiber des Absenders des Spamversands: Von dort kam viel Spam.";
  c.provider_why_texts[46] = "Der Empfänger bei QQ Mail lehnt E-Mails dieses Absenders ab (eine persönliche Sperrliste oder ein Filter).";
  c.provider_why_texts[47] = "NetEase lehnt die Nachricht vorerst ab, weil ihr Text nach Spam aussieht oder die Versandkonfiguration nicht dem Standard entspricht. Laut NetEase soll sie in der Warteschlange bleiben und nach zwei Minuten erneut versucht werden; hält der Fehler an, ändern Sie Inhalt oder Konfiguration.";
  c.provider_why_texts[48] = "NetEase lehnt Verbindungen von dieser IP-Adresse vorerst ab, weil sie mehr gleichzeitige Verbindungen geöffnet hat, als NetEase zulässt; verwenden Sie weniger.";
  c.provider_why_texts[49] = "NetEase lehnt Verbindungen von dieser IP-Adresse vorerst ab, weil sie in kurzer Zeit viele E-Mails gesendet hat; senden Sie langsamer.";
  c.provider_why_texts[50] = "NetEase lehnt Verbindungen von dieser IP-Adresse wegen auffälligen Versands vorerst ab: Viele ihrer Empfänger existieren nicht; bereinigen Sie die Liste.";
  c.provider_why_texts[51] = "NetEase lehnt Verbindungen von dieser IP-Adresse wegen auffälligen Versands vorerst ab: Bei vielen ihrer E-Mails ist die Absenderdomain gefälscht.";
  c.provider_why_texts[52] = "NetEase lehnt E-Mails von dieser IP-Adresse ab, weil sie auf einer oder mehreren DNS-Sperrlisten steht.";
  c.provider_why_texts[53] = "NetEase: Dieser Absender hat innerhalb von 15 Minuten mehr Nachrichten gesendet, als NetEase zulässt; versuchen Sie es später erneut.";
  c.provider_why_texts[54] = "Zoho Mail hat in der Nachricht einen Virus gefunden und sie abgelehnt.";
  c.provider_why_texts[55] = "Zoho Mail hat die Nachricht nach der DMARC-Richtlinie „reject“ der From-Domain abgelehnt; authentifizieren Sie sie per SPF oder DKIM mit Alignment.";
  c.provider_why_texts[56] = "Die Empfängerdomain bei Zoho hat Filter, die diese Nachricht ablehnen; bitten Sie deren Administrator auf anderem Weg, sie zuzulassen.";
  c.provider_why_texts[57] = "Proofpoint Dynamic Reputation sperrt diese IP-Adresse, weil von ihr Spam kam; die Sperre bleibt bestehen, bis eine Zeit lang kein Spam mehr kommt. Prüfen Sie die Adresse unter ipcheck.proofpoint.com und beantragen Sie dort die Entfernung mit Angaben zu den gesendeten E-Mails.";
  c.provider_why_texts[58] = "Mimecast wendet Greylisting auf diesen Absender an (oder bewertet seine IP-Adresse schlecht): Versuchen Sie es vom selben Server aus zwischen einer Minute und 12 Stunden später erneut.";
  c.provider_why_texts[59] = "Eine Blocked-Senders-Richtlinie im Mimecast-Konto des Empfängers lehnt die IP-Adresse dieses Absenders ab; nur der Administrator des Empfängers kann den Eintrag entfernen.";
  c.provider_why_texts[60] = "Der Server von Mimecast ist maximal ausgelastet; versuchen Sie es später erneut.";
  c.provider_why_texts[61] = "Mimecast lehnt die IP-Adresse dieses Absenders wegen ihrer schlechten Reputation ab.";
  c.provider_why_texts[62] = "Eine Sperrrichtlinie im Mimecast-Konto des Empfängers (die der Organisation oder die eigene des Nutzers: „User Entry“) lehnt diesen Absender ab; nur die Empfängerseite kann sie aufheben.";
  c.provider_why_texts[63] = "Eine Anti-Spoofing-Richtlinie von Mimecast hat die Nachricht abgelehnt, weil sie als Absender eine Domain der Organisation des Empfängers angibt, aber aus einer Quelle stammt, der die Richtlinie nicht vertraut; der Administrator des Empfängers muss den Absender oder dessen IP-Adresse zulassen.";
  c.provider_why_texts[64] = "Die Barracuda Reputation Block List führt diese IP-Adresse als Spamquelle; beheben Sie die Ursache und beantragen Sie dann die Entfernung bei Barracuda Central.";
  c.provider_why_texts[65] = "Barracuda Email Security hat die Nachricht nach den Spam-, Viren- oder Absendersperr-Richtlinien der Organisation des Empfängers blockiert; deren Administrator findet sie im Nachrichtenprotokoll (Message Log).";
  c.provider_why_texts[66] = "Cisco Secure Email hat die Verbindung abgelehnt, weil die sendende IP-Adresse eine schlechte Talos-Reputation hat; prüfen Sie die Adresse bei Talos und kontaktieren Sie den Empfänger auf anderem Weg.";
  c.delay_none = "keine";
  c.delay_second = "{n} Sekunde";
  c.delay_seconds = "{n} Sekunden";
  c.delay_minute = "{n} Minute";
  c.delay_minutes = "{n} Minuten";
  c.delay_hour = "{n} Stunde";
  c.delay_hours = "{n} Stunden";
  c.delay_day = "{n} Tag";
  c.delay_days = "{n} Tage";
  c.throttle_host = "Versand an diesen Host für {duration} zurückhalten";
  c.throttle_domain = "Versand an diese Domain für {duration} zurückhalten";
  c.next_retry_in = "in {duration}";
  c.next_retry_permanent = "keiner, der Fehler ist dauerhaft";
  c.next_retry_expired = "keiner, der Zeitplan ist ausgeschöpft";
  c.status_line = "{status} ({subject}: {detail})";
  c.status_subject_only = "{status} ({subject}; das Detail ist nicht registriert, daher gilt die allgemeine Bedeutung des Bereichs)";
  c.status_class_only = "{status} ({class_name}; der Bereich ist nicht registriert, daher ist nur die Klasse aussagekräftig)";
  c.status_invalid = "{status} ist kein gültiger erweiterter Statuscode, denn seine Klasse ist nicht 2, 4 oder 5.";
  c.status_none = "Die Antwort enthält keinen erweiterten Statuscode.";
  c.diagnostics[0] = "Die Klasse des erweiterten Statuscodes passt nicht zum Basiscode; RFC 2034 verlangt, dass beide übereinstimmen, daher ist der Basiscode maßgeblich.";
  c.diagnostics[1] = "Die IANA-Registry führt genau diesen erweiterten Statuscode nicht.";
  c.diagnostics[2] = "Die IANA-Registry ordnet diesen erweiterten Statuscode nicht diesem Basiscode zu; die Kombination ist zulässig, aber ungewöhnlich.";
  c.diagnostics[3] = "Die Registry lässt diesen erweiterten Statuscode nur für andere Klassen zu.";
  c.diagnostics[4] = "Eine 3xx-Antwort trägt laut RFC 2034 keinen erweiterten Statuscode, daher wird der Statuscode ignoriert.";
  c.diagnostics[5] = "Die Registry kennzeichnet diesen erweiterten Statuscode als veraltet.";
  c.status_subject_names[0] = "Sonstiger oder undefinierter Status";
  c.status_subject_names[1] = "Adressierungsstatus";
  c.status_subject_names[2] = "Postfachstatus";
  c.status_subject_names[3] = "Mailsystemstatus";
  c.status_subject_names[4] = "Netzwerk- und Routingstatus";
  c.status_subject_names[5] = "Status des Zustellprotokolls";
  c.status_subject_names[6] = "Status von Nachrichteninhalt oder Medientyp";
  c.status_subject_names[7] = "Sicherheits- oder Richtlinienstatus";
  c.status_class_names[0] = "Erfolg";
  c.status_class_names[1] = "Anhaltender vorübergehender Fehler";
  c.status_class_names[2] = "Dauerhafter Fehler";
  c.status_class_descriptions[0] = "Die Zustellaktion oder der Befehl war erfolgreich; Bereich und Detail können weitere Informationen liefern, etwa über eine unterwegs nötige Konvertierung.";
  c.status_class_descriptions[1] = "Die Nachricht ist in der gesendeten Form gültig, aber ein anhaltender vorübergehender Zustand hat sie aufgehalten oder verzögert; ein späterer erneuter Versand kann daher gelingen.";
  c.status_class_descriptions[2] = "Ein erneuter Versand der Nachricht in der jetzigen Form wird voraussichtlich nicht gelingen; zuerst muss sich die Nachricht oder das Ziel ändern.";
  c.status_class_what_to_do[0] = "Es ist nichts zu tun.";
  c.status_class_what_to_do[1] = "Behalten Sie die Nachricht und versuchen Sie es später erneut; informieren Sie den Absender, wenn der Fehler lange anhält.";
  c.status_class_what_to_do[2] = "Senden Sie die Nachricht nicht unverändert erneut; korrigieren Sie zuerst die Nachricht oder die Adresse, oder senden Sie die Nachricht an den Absender zurück.";
  c.status_intro = "{status} ist ein erweiterter Statuscode aus dem Bereich „{subject}“. Das X steht für die Klasse: 2 meldet Erfolg, 4 einen anhaltenden vorübergehenden Fehler und 5 einen dauerhaften Fehler.";
  c.label_usage = "Verwendet als";
  c.usage_names[0] = "Erfolg, vorübergehender oder dauerhafter Fehler; die Registry setzt keine Einschränkung";
  c.usage_names[1] = "nur dauerhafter Fehler (5.X.X)";
  c.usage_names[2] = "nur anhaltender vorübergehender Fehler (4.X.X)";
  c.usage_names[3] = "dauerhafter (5.X.X) oder anhaltender vorübergehender (4.X.X) Fehler";
  c.usage_names[4] = "Erfolg (2.X.X) oder Fehler (4.X.X oder 5.X.X)";
  c.usage_names[5] = "nur Erfolg (2.X.X)";
  c.usage_names[6] = "Erfolg mit Warnung (2.X.X) oder dauerhafter Fehler (5.X.X)";
  c.label_subject = "Bereich";
  c.status_deprecated = "Die Registry kennzeichnet diesen Code als veraltet; Server sollten ihn daher nicht mehr senden.";
  c.status_codes_any = "Die Registry erlaubt ihn mit jedem Antwortcode.";
  c.status_codes_none = "Die Registry ordnet ihm keinen bestimmten Antwortcode zu.";
  c.status_codes_class = "Jeder Antwortcode der Form {digit}xx.";
  c.status_list_intro = "Ein erweiterter Statuscode (RFC 3463) hat die Form Klasse.Bereich.Detail, zum Beispiel 5.1.1. Die Klasse ist 2 für Erfolg, 4 für einen anhaltenden vorübergehenden Fehler und 5 für einen dauerhaften Fehler; Bereich und Detail geben an, worauf sich der Status bezieht.";
  c.site_title = "SMTP-Antwortcodes";
  c.site_intro = "Was jeder in einem RFC definierte SMTP-Antwortcode bedeutet, wann ein Client ihn erhält und was dann zu tun ist, dazu die erweiterten Statuscodes der IANA-Registry und ein direkter Vergleich zweier beliebiger Antwortcodes.";
  c.index_compare_note = "Die Seite jedes Codes verweist auf seinen Vergleich mit jedem anderen registrierten Code.";
  c.compare_link = "{a} vs. {b} ({name_b})";
  c.nav_home = "Startseite";
  c.nav_codes = "Antwortcodes";
  c.nav_statuses = "Erweiterte Statuscodes";
  c.nav_language = "Sprache";
  c.nav_previous = "Zurück";
  c.nav_next = "Weiter";
  c.skip_link = "Zum Inhalt springen";
  c.footer_note = "Erstellt mit smtpcodes {version}. Die Erläuterungen folgen den auf jeder Seite genannten RFCs.";
  c.code_texts = de_texts::codes;
  c.code_text_count = sizeof(de_texts::codes) / sizeof(code_text);
  c.status_texts = de_texts::statuses;
  c.status_text_count = sizeof(de_texts::statuses) / sizeof(status_text);
  return c;
}();
// clang-format on

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
