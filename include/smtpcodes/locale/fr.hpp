// French catalogue (fr). Generated from i18n/fr.json by
// tools/i18n/i18n.py header: edit the JSON file, not this header. Each text
// was translated from the English source whose hash the JSON file stores.
#ifndef SMTPCODES_LOCALE_FR_HPP
#define SMTPCODES_LOCALE_FR_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
namespace fr_texts {
/// Per-code texts of French, in registry order.
inline constexpr code_text codes[] = {
  {211,
   "État du système",
   "Le serveur indique son état ou fournit une réponse d'aide ; le texte est purement informatif et la requête a abouti.",
   "Vous le recevez en réponse à HELP, ou à une demande d'état sur les serveurs qui en prennent une en charge.",
   "Aucune correction n'est nécessaire ; lisez le texte si vous avez demandé des informations d'état.",
   "Utilisez-le pour répondre à une demande d'état ou à HELP par des informations sur le serveur lui-même.",
   "",
   "",
   ""},
  {214,
   "Message d'aide",
   "Le serveur renvoie un texte d'aide sur l'utilisation du serveur ou sur une commande particulière, y compris les commandes non standard. Ce texte est destiné à être lu par une personne, pas à être analysé par un programme.",
   "Il est renvoyé en réponse à une commande HELP, avec ou sans argument désignant une commande.",
   "Aucune correction n'est nécessaire. Affichez le texte à l'utilisateur qui l'a demandé, et ne fondez aucune décision d'un programme sur sa formulation.",
   "Utilisez-le pour répondre à HELP par un texte destiné à une personne, par exemple la liste des commandes acceptées par le serveur.",
   "",
   "",
   ""},
  {220,
   "Service prêt",
   "Le serveur est prêt à accepter des commandes. En tant que première réponse sur une nouvelle connexion, c'est le message d'accueil, qui commence par le nom de domaine du serveur ; en réponse à STARTTLS, il signifie que le serveur est prêt pour la négociation TLS.",
   "Un client le reçoit juste après l'ouverture de la connexion, puis de nouveau en réponse à STARTTLS lorsque le serveur accepte de démarrer TLS.",
   "Aucune correction n'est nécessaire. Après le message d'accueil, envoyez EHLO (ou HELO pour un ancien serveur) ; après un 220 en réponse à STARTTLS, effectuez la négociation TLS avant d'envoyer toute autre commande, puis envoyez de nouveau EHLO sur le canal chiffré.",
   "Utilisez-le comme message d'accueil lorsque le serveur est prêt pour une session, et pour répondre à STARTTLS lorsque la négociation TLS peut commencer.",
   "",
   "",
   ""},
  {221,
   "Fermeture de la connexion",
   "Le serveur accepte la fin de la session et ferme le canal de transmission après avoir envoyé cette réponse.",
   "Il est renvoyé en réponse à QUIT, à la fin normale d'une session.",
   "Aucune correction n'est nécessaire ; la session est terminée, fermez donc également la connexion de votre côté.",
   "Utilisez-le pour répondre à QUIT à la fin normale d'une session, juste avant que le serveur ne ferme la connexion.",
   "",
   "",
   ""},
  {235,
   "Authentification réussie",
   "L'échange d'authentification SASL est terminé et le serveur a accepté l'identité du client. Aucune autre commande AUTH n'est autorisée dans cette session.",
   "Il est renvoyé comme réponse finale à AUTH, soit immédiatement, soit après un ou plusieurs défis 334.",
   "Aucune correction n'est nécessaire ; poursuivez la transaction de messagerie. Si l'échange a négocié une couche de sécurité SASL, la session revient à son état initial : envoyez alors de nouveau EHLO avant toute autre commande.",
   "Utilisez-le pour conclure un échange AUTH réussi, une fois que le serveur a accepté l'identité du client.",
   "",
   "",
   ""},
  {250,
   "Action demandée effectuée",
   "L'action demandée a été effectuée. Après la fin des données du message, il signifie que le serveur a pris en charge la responsabilité de la remise du message ; après ETRN, il signifie seulement que le traitement d'une file d'attente a été lancé.",
   "Il est renvoyé en réponse à la plupart des commandes réussies, comme EHLO, MAIL, RCPT, RSET, NOOP et la fin des données du message ; la réponse à EHLO comporte généralement plusieurs lignes et énumère les extensions prises en charge.",
   "Aucune correction n'est nécessaire ; envoyez la commande suivante. Après un 250 en réponse à la fin des données du message, le client peut retirer le message de sa file d'attente pour les destinataires acceptés par le serveur.",
   "Utilisez-le chaque fois qu'une commande a réussi et qu'aucune réponse de succès plus spécifique ne s'applique ; après les données du message, il signifie que le serveur a pris en charge la responsabilité de la remise.",
   "",
   "",
   ""},
  {251,
   "Utilisateur non local ; message transféré",
   "Le serveur accepte le destinataire bien que la boîte aux lettres ne soit pas locale, et transférera le message vers l'adresse (forward-path) indiquée dans le texte de la réponse. Après ETRN, le même numéro signifie qu'aucun message n'est en attente pour le nœud désigné dans la commande.",
   "Il est renvoyé en réponse à RCPT ou VRFY pour un utilisateur hébergé ailleurs, et en réponse à ETRN lorsque rien n'est en file d'attente pour le nœud.",
   "Aucune correction n'est nécessaire, car le serveur transfère lui-même le message. Vous pouvez mettre à jour vos données avec l'adresse indiquée dans le texte, mais rien ne vous y oblige.",
   "Utilisez-le lorsque le serveur accepte un destinataire non local et transférera lui-même le message.",
   "Aucun message en attente pour le nœud",
   "Le serveur a accepté la requête ETRN, mais n'a aucun message en file d'attente pour le nœud désigné dans la commande.",
   "Aucune correction n'est nécessaire ; rien n'est en attente, il est donc inutile de répéter ETRN tant que de nouveaux messages n'ont pas pu arriver."},
  {252,
   "Impossible de vérifier l'utilisateur",
   "Le serveur ne peut pas ou ne veut pas confirmer l'adresse, souvent parce que VRFY et EXPN sont désactivés pour protéger la vie privée, mais il acceptera un message pour celle-ci et tentera de le remettre. Après ETRN, le même numéro signifie que le serveur a des messages en attente pour le nœud et a commencé à les envoyer.",
   "Il est renvoyé en réponse à VRFY ou EXPN par les serveurs qui ne divulguent pas leurs utilisateurs, et en réponse à ETRN lorsque du courrier est en file d'attente pour le nœud et que sa remise a commencé.",
   "Aucune correction n'est nécessaire. La réponse n'indique pas si la boîte aux lettres existe : envoyez donc le message et fiez-vous à la réponse à RCPT au lieu de considérer 252 comme une confirmation.",
   "Utilisez-le pour répondre à VRFY ou EXPN lorsque le serveur ne confirme pas l'adresse, mais accepte tout de même du courrier pour celle-ci.",
   "Remise des messages en attente pour le nœud lancée",
   "Le serveur a accepté la requête ETRN, a des messages en attente pour le nœud et a commencé à les envoyer.",
   "Aucune correction n'est nécessaire ; le serveur va normalement ouvrir une nouvelle connexion vers le nœud et remettre les messages en attente."},
  {253,
   "Remise des messages en attente pour le nœud lancée",
   "Le serveur a accepté la requête ETRN, a des messages en attente pour le nœud et a commencé à les envoyer. Le texte de la réponse indique le nombre de messages en attente et désigne le nœud.",
   "Il est renvoyé uniquement en réponse à ETRN, par les serveurs qui indiquent le nombre de messages en file d'attente pour le nœud.",
   "Aucune correction n'est nécessaire ; le serveur va normalement ouvrir une nouvelle connexion vers le nœud et remettre les messages en attente. Un nouvel ETRN envoyé plus tard indique si des messages sont encore en attente.",
   "Utilisez-le pour répondre à ETRN lorsque des messages sont en file d'attente pour le nœud et que leur remise a commencé, en indiquant leur nombre.",
   "",
   "",
   ""},
  {334,
   "Défi d'authentification",
   "Le serveur poursuit l'échange d'authentification SASL, et le texte qui suit le code est uniquement un défi (challenge) encodé en base64. Un défi vide est envoyé sous la forme du code suivi d'une seule espace, et les lignes de défi peuvent être bien plus longues que la limite habituelle de 512 octets d'une ligne de réponse.",
   "Il est renvoyé en réponse à AUTH, puis à chaque réponse du client, tant que le mécanisme choisi nécessite un échange supplémentaire.",
   "Décodez le défi et envoyez la réponse du mécanisme, encodée en base64, sur une ligne distincte, ou envoyez un seul « * » pour annuler l'échange. N'appliquez pas à ces lignes la limite de longueur normale des lignes de réponse.",
   "Utilisez-le pendant AUTH chaque fois que le mécanisme nécessite un nouvel échange de défi et de réponse.",
   "",
   "",
   ""},
  {354,
   "Début de la saisie du message",
   "Le serveur est prêt à recevoir le contenu du message. Le client envoie le message et le termine par une ligne ne contenant qu'un point, c'est-à-dire <CRLF>.<CRLF>.",
   "Il est renvoyé en réponse à DATA, dès que le serveur a accepté au moins un destinataire.",
   "Envoyez l'en-tête et le corps en ajoutant un point supplémentaire au début de toute ligne qui commence par un point, terminez par <CRLF>.<CRLF> et attendez la réponse finale. N'envoyez jamais de données de message avant d'avoir reçu cette réponse.",
   "Utilisez-le pour répondre à DATA lorsque le serveur est prêt à recevoir le contenu du message.",
   "",
   "",
   ""},
  {355,
   "Décalage de reprise de la transaction",
   "Le serveur a reconnu l'identifiant d'une transaction interrompue et restauré son état, comme le permet l'extension expérimentale CHECKPOINT. Le premier mot du texte est le décalage en octets, compté à partir de zéro, auquel la transmission des données du message doit reprendre.",
   "Il est renvoyé en réponse à une commande MAIL qui répète le TRANSID d'une transaction interrompue pendant le transfert du message, sur un serveur qui a annoncé CHECKPOINT.",
   "Envoyez de nouveau DATA et transmettez le message sans ses premiers octets jusqu'au décalage indiqué, sans compter les octets ajoutés par le doublement des points (dot-stuffing). Un décalage de 0 signifie que le message entier doit être renvoyé.",
   "Utilisez-le uniquement avec l'extension CHECKPOINT, lorsqu'une commande MAIL reprend une transaction interrompue et que le serveur indique où les données doivent reprendre.",
   "",
   "",
   ""},
  {421,
   "Service indisponible",
   "Le service n'est pas disponible et le serveur ferme le canal de transmission, par exemple parce qu'il est en cours d'arrêt ou surchargé. La situation est temporaire.",
   "Il peut être renvoyé en réponse à n'importe quelle commande, spontanément lorsque le serveur doit s'arrêter, ou à la place du message d'accueil 220 lorsque le serveur refuse momentanément les nouvelles sessions.",
   "Attendez-vous à la fermeture de la connexion, conservez le message en file d'attente et réessayez plus tard, en essayant un autre hôte MX si le domaine en a un. Le message lui-même n'a pas besoin d'être modifié.",
   "Utilisez-le lorsque le serveur doit fermer la session pour une raison temporaire, comme un arrêt ou une surcharge, quelle que soit la commande en cours.",
   "",
   "",
   ""},
  {432,
   "Migration du mot de passe requise",
   "L'utilisateur doit passer au mécanisme d'authentification choisi par le client, ce qui se fait généralement en s'authentifiant une fois avec le mécanisme PLAIN. Ensuite, le mécanisme choisi devrait fonctionner lors des sessions suivantes.",
   "Il est renvoyé en réponse à AUTH lorsque le compte n'est pas encore configuré pour le mécanisme choisi.",
   "Authentifiez-vous une fois avec PLAIN sur une connexion protégée par TLS, puis utilisez le mécanisme choisi lors des sessions suivantes.",
   "Utilisez-le pour répondre à AUTH lorsque le compte doit d'abord passer au mécanisme choisi au moyen d'une authentification unique avec PLAIN.",
   "",
   "",
   ""},
  {450,
   "Boîte aux lettres temporairement indisponible",
   "L'action de messagerie demandée n'a pas été effectuée, car la boîte aux lettres est indisponible pour le moment, par exemple occupée, verrouillée ou temporairement bloquée par une politique. Les serveurs pratiquant le greylisting l'utilisent aussi couramment.",
   "Il est généralement renvoyé en réponse à RCPT, et parfois en réponse à MAIL, après la fin des données du message, ou en réponse à ATRN lorsque le fournisseur refuse la requête.",
   "Conservez le message en file d'attente et réessayez plus tard ; un serveur pratiquant le greylisting accepte la nouvelle tentative au bout de quelques minutes. Si la réponse persiste pendant plusieurs jours, retournez le message à l'expéditeur.",
   "Utilisez-le lorsque la boîte aux lettres ne peut pas être utilisée pour le moment, par exemple parce qu'elle est verrouillée ou parce que le greylisting demande au client de revenir plus tard.",
   "",
   "",
   ""},
  {451,
   "Erreur locale de traitement",
   "Le serveur a abandonné l'action demandée en raison d'une erreur locale, comme l'échec d'une requête DNS ou d'une consultation de base de données, ou une panne interne. Un client dont la connexion est coupée de manière inattendue devrait agir comme s'il avait reçu cette réponse.",
   "Il est renvoyé en réponse à MAIL, à RCPT, à la fin des données du message, à BURL ou à ATRN lorsque le serveur rencontre un problème interne temporaire.",
   "Conservez le message en file d'attente et réessayez plus tard, car le problème se situe du côté du serveur. S'il persiste, l'exploitant du serveur doit consulter les journaux du serveur.",
   "Utilisez-le lorsqu'une panne temporaire sur le serveur, comme l'échec d'une consultation, empêche l'exécution de la commande.",
   "",
   "",
   ""},
  {452,
   "Espace de stockage insuffisant",
   "L'action n'a pas été effectuée, car le serveur manque d'espace de stockage pour le moment, par exemple pour un message de la taille annoncée. C'est aussi la réponse correcte lorsqu'une transaction comporte plus de destinataires que le serveur n'en accepte.",
   "Il est renvoyé en réponse à MAIL lorsque la taille annoncée ne peut pas être stockée pour le moment, en réponse à RCPT lorsque la limite de destinataires est atteinte, ou après la fin des données du message.",
   "En cas de destinataires trop nombreux, envoyez les destinataires refusés dans une nouvelle transaction une fois celle-ci terminée. En cas de manque d'espace de stockage, conservez le message en file d'attente et réessayez plus tard.",
   "Utilisez-le lorsque le serveur manque momentanément d'espace de stockage, ou lorsqu'une transaction comporte plus de destinataires que le serveur n'en accepte.",
   "",
   "",
   ""},
  {453,
   "Aucun courrier en attente",
   "Un fournisseur On-Demand Mail Relay répond 453 à ATRN lorsqu'aucun des domaines demandés n'a de courrier en attente pour le client. Ce n'est pas un refus : le client est bien autorisé pour ces domaines (un refus serait un 450) ; il n'y a simplement rien à remettre.",
   "Il est renvoyé uniquement en réponse à ATRN sur une connexion On-Demand Mail Relay, lorsque les files d'attente des domaines demandés sont vides.",
   "Aucune action n'est nécessaire ; terminez la session par QUIT et renvoyez ATRN lors d'une session ultérieure, lorsque du courrier a pu arriver.",
   "Utilisez-le pour répondre à ATRN lorsqu'aucun des domaines demandés n'a de courrier en attente.",
   "",
   "",
   ""},
  {454,
   "TLS temporairement indisponible",
   "En réponse à STARTTLS, il signifie que le serveur ne peut pas démarrer TLS pour le moment, pour une raison temporaire. En réponse à AUTH, le même code signifie un échec temporaire de l'authentification du côté du serveur, et non des identifiants erronés.",
   "Il est renvoyé en réponse à STARTTLS lorsque la configuration TLS du serveur est temporairement inutilisable, et en réponse à AUTH lorsque le service d'authentification du serveur est momentanément défaillant.",
   "Après STARTTLS, la RFC 3207 §4 laisse le choix à la politique locale : si TLS est exigé pour la destination (par votre configuration, MTA-STS ou DANE), gardez le message en file d'attente et réessayez plus tard, en essayant d'abord un autre hôte MX ; sinon, poursuivez la session sans chiffrement. Après AUTH, réessayez l'authentification plus tard sans redemander de mot de passe à l'utilisateur ; si l'échec persiste, l'administrateur du serveur doit examiner son service d'authentification.",
   "Utilisez-le pour répondre à STARTTLS ou à AUTH lorsque TLS ou le service d'authentification est temporairement inutilisable du côté du serveur.",
   "Échec temporaire de l'authentification",
   "La tentative d'authentification a échoué en raison d'un problème temporaire sur le serveur, et non parce que les identifiants sont erronés.",
   "Réessayez l'authentification plus tard et informez l'utilisateur que l'échec vient du serveur ; ne lui redemandez pas son mot de passe."},
  {455,
   "Paramètres impossibles à satisfaire",
   "Le serveur reconnaît un paramètre fourni avec MAIL ou RCPT, mais ne peut pas le satisfaire pour le moment. La situation est temporaire ; la spécification d'un paramètre peut prévoir un autre code.",
   "Il est renvoyé en réponse à MAIL ou RCPT comportant un paramètre d'extension, comme un délai DELIVERBY que le serveur ne peut pas respecter pour l'instant.",
   "Réessayez la transaction plus tard, ou envoyez-la sans ce paramètre si le message n'en dépend pas.",
   "Utilisez-le lorsque le serveur ne peut pas satisfaire pour le moment un paramètre de MAIL ou RCPT, mais pourrait le faire plus tard.",
   "",
   "",
   ""},
  {458,
   "Impossible de lancer la file d'attente du nœud",
   "Le serveur prend en charge ETRN, mais n'a pas lancé le traitement de la file d'attente pour le nœud désigné dans la commande, pour une raison locale.",
   "Il est renvoyé uniquement en réponse à ETRN, lorsque le serveur accepte la demande mais ne peut pas lancer le traitement de la file d'attente pour le nœud, par exemple parce que son service de file d'attente a échoué ou qu'il ne tient pas de file séparée pour ce nœud. Un refus par politique, par exemple un client qui n'a pas le droit d'utiliser ETRN pour ce nœud, relève du code 459.",
   "Réessayez ETRN plus tard ; entre-temps, le courrier en attente pour votre nœud suit le calendrier normal de nouvelles tentatives du serveur. Si l'échec persiste, demandez à l'exploitant du serveur de vérifier son service de file d'attente et que le courrier de votre nœud est bien conservé sous le nom que vous envoyez.",
   "Utilisez-le pour répondre à ETRN lorsque le serveur ne lance pas le traitement de la file d'attente du nœud pour une raison locale.",
   "",
   "",
   ""},
  {459,
   "Nœud non autorisé",
   "Le serveur refuse de lancer la file d'attente du nœud désigné, et le texte de la réponse en donne la raison, par exemple que le nom ne peut pas être résolu.",
   "Il est renvoyé uniquement en réponse à ETRN, lorsque la politique du serveur n'autorise pas ce client à déclencher la remise du courrier de ce nœud.",
   "Lisez la raison indiquée dans le texte, corrigez le nom du nœud ou le caractère d'option s'ils sont erronés, ou demandez à l'exploitant du serveur d'autoriser ETRN pour ce nœud.",
   "Utilisez-le pour répondre à ETRN lorsque la politique n'autorise pas ce client à déclencher la remise du courrier du nœud, en donnant la raison dans le texte.",
   "",
   "",
   ""},
  {500,
   "Erreur de syntaxe, commande non reconnue",
   "Le serveur n'a pas reconnu la commande, ou la ligne de commande était trop longue. Pendant AUTH, le même code signale une réponse du client plus longue que le tampon d'authentification du serveur.",
   "Il peut être renvoyé en réponse à n'importe quelle commande, typiquement après un verbe mal orthographié ou inconnu, une ligne trop longue, ou du texte envoyé alors que le serveur attendait une commande.",
   "Vérifiez l'orthographe de la commande et limitez les lignes de commande à 512 octets, CRLF compris, sauf si une extension en autorise davantage. Si EHLO reçoit 500, le serveur est ancien : revenez alors à HELO.",
   "Utilisez-le lorsque le serveur ne reconnaît pas du tout la commande, ou que la ligne de commande est trop longue.",
   "",
   "",
   ""},
  {501,
   "Erreur de syntaxe dans les paramètres",
   "La commande a été reconnue, mais ses arguments sont mal formés ou non autorisés, par exemple une adresse mal formée, un argument fourni à une commande qui n'en accepte pas, ou une réponse AUTH qui n'est pas du base64 valide. Le serveur reste dans l'état où il se trouvait avant la commande.",
   "Il peut être renvoyé en réponse à n'importe quelle commande, le plus souvent à MAIL, RCPT, EHLO ou HELO avec un argument mal formé, à STARTTLS avec des paramètres, ou à AUTH après que le client l'a annulé avec « * ».",
   "Corrigez l'argument, par exemple en plaçant les adresses entre chevrons et en indiquant un domaine valide dans EHLO, puis renvoyez la commande. Après un AUTH annulé, la réponse ne fait que confirmer l'annulation.",
   "Utilisez-le lorsque la commande est reconnue, mais que ses arguments sont mal formés ou non autorisés.",
   "",
   "",
   ""},
  {502,
   "Commande non implémentée",
   "Le serveur reconnaît la commande, mais ne l'implémente pas ou l'a désactivée, comme le font de nombreux sites pour VRFY et EXPN.",
   "Il est renvoyé en réponse à une commande reconnue mais non prise en charge, comme VRFY, EXPN, HELP ou TURN, ou à EHLO sur de très anciens serveurs ; un fournisseur On-Demand Mail Relay peut répondre ainsi à toute commande autre que EHLO, AUTH, ATRN et QUIT.",
   "N'envoyez plus cette commande à ce serveur ; consultez la réponse à EHLO pour savoir quelles extensions il propose, et revenez à HELO si EHLO lui-même reçoit 502.",
   "Utilisez-le lorsque le serveur connaît la commande, mais ne l'implémente pas ou l'a désactivée.",
   "",
   "",
   ""},
  {503,
   "Mauvaise séquence de commandes",
   "La commande est valide, mais n'est pas autorisée à ce stade de la session, par exemple RCPT avant MAIL, DATA sans destinataire accepté, ou AUTH pendant une transaction ou après un AUTH réussi. Le serveur conserve l'état dans lequel il se trouvait avant la commande.",
   "Il est renvoyé en réponse à une commande envoyée dans le mauvais ordre, ainsi qu'en réponse à toute commande autre que QUIT après que le serveur a refusé la session par un message d'accueil 554.",
   "Envoyez les commandes dans l'ordre exigé par SMTP : d'abord EHLO ou HELO, puis MAIL, RCPT et DATA. Si la réponse suit un message d'accueil 554, envoyez QUIT et essayez un autre hôte.",
   "Utilisez-le lorsqu'une commande valide arrive au mauvais moment de la session, par exemple RCPT avant MAIL.",
   "",
   "",
   ""},
  {504,
   "Paramètre de commande non implémenté",
   "Le serveur n'implémente pas un paramètre de la commande. En réponse à AUTH, il signifie que le mécanisme SASL demandé n'est pas pris en charge ou ne peut pas être utilisé pour le moment, par exemple parce qu'il nécessite le chiffrement.",
   "Il est le plus souvent renvoyé en réponse à AUTH avec un mécanisme que le serveur n'a pas annoncé, et parfois en réponse à EHLO, HELO, VRFY, EXPN, HELP ou MAIL avec un argument que le serveur ne traite pas.",
   "Choisissez un mécanisme AUTH dans la liste figurant dans la réponse EHLO du serveur, ou envoyez la commande sans le paramètre non pris en charge.",
   "Utilisez-le lorsque la commande est prise en charge, mais que l'un de ses paramètres, comme le mécanisme AUTH, ne l'est pas.",
   "",
   "",
   ""},
  {521,
   "Hôte n'acceptant aucun courrier",
   "L'hôte n'accepte jamais de courrier, en aucune circonstance ; il fait tourner un serveur SMTP minimal uniquement pour en informer les expéditeurs. Ce code n'est pas destiné à refuser des expéditeurs ou des messages particuliers : c'est le rôle de 554.",
   "Il est renvoyé à la place du message d'accueil 220 ; les commandes suivantes peuvent de nouveau recevoir 521, ou le serveur peut simplement fermer la connexion.",
   "Ne réessayez pas cet hôte. Essayez l'hôte MX suivant si le domaine en a un ; sinon, retournez le message à l'expéditeur. Le propriétaire du domaine devrait cesser de faire pointer des enregistrements MX vers cet hôte.",
   "Utilisez-le comme message d'accueil d'un hôte qui n'accepte jamais de courrier, afin que les expéditeurs cessent de le solliciter.",
   "",
   "",
   ""},
  {530,
   "STARTTLS requis",
   "Le serveur exige une session chiffrée : le client doit donc envoyer STARTTLS avant que la commande puisse être acceptée. Le même code est utilisé lorsque la politique du serveur exige d'abord une authentification, par exemple sur un port de soumission ou avant ATRN.",
   "Il est renvoyé en réponse à des commandes comme MAIL, RCPT ou AUTH envoyées avant que la session soit chiffrée, ou avant qu'elle soit authentifiée, sur un serveur dont la politique l'exige.",
   "Envoyez STARTTLS, terminez la négociation TLS, envoyez de nouveau EHLO et répétez la commande. Si la réponse du serveur à EHLO n'annonce pas STARTTLS, un pare-feu ou un proxy sur le trajet le supprime peut-être, ou le port ne le propose pas : pour la soumission, utilisez le port 587 avec STARTTLS ou le port 465 avec TLS implicite. Si le texte de la réponse demande plutôt une authentification, authentifiez-vous avec AUTH et répétez la commande.",
   "Utilisez-le lorsque la politique exige STARTTLS, ou une authentification, avant que la commande puisse être acceptée.",
   "Authentification requise",
   "La politique du serveur exige que le client s'authentifie avant que la commande soit acceptée, comme le font les serveurs de soumission et les fournisseurs On-Demand Mail Relay.",
   "Authentifiez-vous avec AUTH, via TLS si le serveur l'exige, puis répétez la commande."},
  {534,
   "Mécanisme d'authentification trop faible",
   "Le mécanisme d'authentification choisi est plus faible que ce que la politique du serveur autorise pour cet utilisateur.",
   "Il est renvoyé en réponse à AUTH, par exemple lorsqu'un mécanisme en clair est utilisé alors que la politique en exige un plus robuste.",
   "Relancez AUTH avec un mécanisme plus robuste choisi dans la liste annoncée par le serveur ; le problème vient du mécanisme, pas du mot de passe.",
   "Utilisez-le pour répondre à AUTH lorsque le mécanisme choisi est plus faible que ce que la politique du serveur autorise pour cet utilisateur.",
   "",
   "",
   ""},
  {535,
   "Identifiants d'authentification non valides",
   "L'authentification a échoué, car les identifiants étaient non valides ou insuffisants. C'est la réponse par défaut lorsqu'un serveur ne peut pas authentifier le client.",
   "Il est renvoyé en réponse à AUTH, généralement après la dernière réponse de l'échange, lorsque le nom d'utilisateur ou le mot de passe est erroné.",
   "Demandez de nouveaux identifiants à l'utilisateur et relancez AUTH, ou essayez un autre mécanisme. Ne répétez pas indéfiniment des identifiants déjà refusés, car les serveurs peuvent fermer la connexion après plusieurs échecs.",
   "Utilisez-le pour répondre à AUTH lorsque les identifiants sont erronés ou insuffisants.",
   "",
   "",
   ""},
  {538,
   "Chiffrement requis pour le mécanisme",
   "Le mécanisme d'authentification choisi ne peut être utilisé que sur une connexion chiffrée. La RFC 4954 ne conserve ce code que pour des raisons historiques, car les serveurs actuels ne devraient pas annoncer de tels mécanismes avant que le chiffrement soit actif.",
   "Il est renvoyé par d'anciens serveurs en réponse à AUTH envoyé sur une connexion non chiffrée.",
   "Envoyez STARTTLS, envoyez de nouveau EHLO, puis répétez AUTH sur la connexion chiffrée.",
   "Évitez-le dans les nouveaux serveurs : il refuse, sur une connexion non chiffrée, un mécanisme qui nécessite le chiffrement, et les serveurs actuels évitent cette situation en n'annonçant pas de tels mécanismes avant STARTTLS.",
   "",
   "",
   ""},
  {550,
   "Boîte aux lettres indisponible",
   "L'action demandée n'a pas été effectuée, car la boîte aux lettres est indisponible, par exemple parce qu'elle n'existe pas, que le client n'y a pas accès ou que la commande a été refusée en vertu d'une politique. De nombreux serveurs l'utilisent aussi pour les refus liés au spam, à la réputation, à SPF ou à DMARC.",
   "Il est le plus souvent renvoyé en réponse à RCPT pour une adresse inconnue, mais aussi en réponse à MAIL, à la fin des données du message, à VRFY ou à EXPN lorsque le serveur refuse en vertu d'une politique.",
   "Vérifiez que l'adresse du destinataire ne comporte pas de faute de frappe, et retirez-la de votre liste si elle n'existe pas. Si le texte ou le code étendu évoque une politique ou la réputation, corrigez la configuration d'envoi, par exemple SPF, DKIM, DMARC, le DNS inverse ou une adresse IP inscrite sur une liste de blocage, avant de renvoyer le message.",
   "Utilisez-le lorsque la boîte aux lettres n'existe pas ou que la requête est refusée définitivement, par exemple en vertu d'une politique.",
   "",
   "",
   ""},
  {551,
   "Utilisateur non local",
   "Le destinataire n'est pas local à ce serveur et le serveur ne transférera pas le message. Le texte de la réponse indique généralement l'adresse (forward-path) à essayer à la place.",
   "Il est renvoyé en réponse à RCPT ou VRFY pour un utilisateur qui a changé d'adresse, sur les serveurs qui communiquent encore les nouvelles adresses ; de nombreux sites désactivent cette fonction pour protéger la vie privée.",
   "Renvoyez le message à l'adresse indiquée dans le texte de la réponse, après avoir vérifié qu'elle est plausible, et mettez à jour vos données. Si aucune adresse n'est indiquée, retournez le message à l'expéditeur.",
   "Utilisez-le lorsque le destinataire n'est pas local et que le serveur ne transférera pas le message, en indiquant idéalement la nouvelle adresse dans le texte.",
   "",
   "",
   ""},
  {552,
   "Allocation de stockage dépassée",
   "L'action a été abandonnée, car une limite de stockage a été dépassée : le message est plus volumineux que la taille maximale fixée par le serveur, ou la boîte aux lettres du destinataire est pleine. En réponse à RCPT, certains serveurs l'utilisent encore en cas de destinataires trop nombreux, ce que la RFC 5321 demande de traiter comme la réponse temporaire 452.",
   "Il est renvoyé en réponse à MAIL lorsque la taille annoncée dépasse le maximum du serveur, en réponse à RCPT pour un destinataire qui ne peut pas recevoir le message ou lorsque la limite de destinataires est atteinte, ou après la fin des données du message.",
   "Un refus lié à la taille est définitif : envoyez donc un message plus petit, par exemple avec des liens à la place des pièces jointes volumineuses. Si la boîte aux lettres est pleine, le destinataire doit libérer de l'espace ; en cas de destinataires trop nombreux, envoyez les destinataires refusés dans une nouvelle transaction, comme après un 452.",
   "Utilisez-le lorsqu'un message dépasse définitivement une limite de taille fixe ou l'espace de stockage du destinataire.",
   "",
   "",
   ""},
  {553,
   "Nom de boîte aux lettres non autorisé",
   "L'action n'a pas été effectuée, car le nom de la boîte aux lettres n'est pas autorisé, généralement parce que sa syntaxe est incorrecte. Les serveurs SMTPUTF8 l'utilisent aussi pour un destinataire qui nécessite une adresse ASCII.",
   "Il est renvoyé en réponse à MAIL ou RCPT avec une adresse mal formée ou refusée, et en réponse à VRFY pour un nom que le serveur n'accepte pas.",
   "Corrigez l'adresse, par exemple en supprimant les espaces ou les caractères non valides et en indiquant un nom de domaine complet, puis renvoyez le message. Certains serveurs l'utilisent aussi pour refuser le relayage : si l'adresse est correcte, vérifiez donc que le client est autorisé à relayer ou qu'il s'est authentifié.",
   "Utilisez-le lorsque le nom de la boîte aux lettres lui-même n'est pas acceptable, généralement parce que sa syntaxe est incorrecte.",
   "",
   "",
   ""},
  {554,
   "Échec de la transaction",
   "La transaction a échoué ou, lorsqu'il est envoyé comme message d'accueil, le serveur ne fournira pas de service SMTP à ce client. C'est un refus permanent général, utilisé par exemple pour un contenu de message refusé ou pour une session dont la sécurité TLS est insuffisante.",
   "Il est renvoyé à la place du message d'accueil 220, en réponse à DATA lorsqu'aucun destinataire n'a été accepté, après la fin des données du message, ou en réponse à n'importe quelle commande dès que le serveur a jugé trop faible le TLS négocié.",
   "Après un message d'accueil 554, le serveur attend encore QUIT et répond aux autres commandes par 503 : envoyez donc QUIT et essayez un autre hôte, ou corrigez la cause indiquée dans le texte, souvent une adresse IP inscrite sur une liste de blocage. Après les données du message, corrigez ce qui, selon le texte ou le code étendu, a provoqué le refus, et ne renvoyez pas le même message tel quel.",
   "Utilisez-le pour un refus permanent qu'aucun code plus spécifique ne décrit, comme un contenu refusé ou une session refusée.",
   "",
   "",
   ""},
  {555,
   "Paramètres non reconnus",
   "Un paramètre fourni avec MAIL FROM ou RCPT TO n'est pas reconnu ou n'est pas implémenté par le serveur. Le refus est définitif pour ce serveur.",
   "Il est renvoyé en réponse à MAIL ou RCPT comportant un paramètre d'extension que le serveur n'a pas annoncé, comme des paramètres SIZE, BODY ou DSN envoyés à un serveur qui ne prend pas en charge ces extensions.",
   "N'envoyez que des paramètres d'extensions figurant dans la réponse EHLO du serveur, et assurez-vous que la session a commencé par EHLO et non par HELO avant d'en ajouter.",
   "Utilisez-le lorsque MAIL ou RCPT comporte un paramètre que le serveur ne reconnaît pas ou n'implémente pas.",
   "",
   "",
   ""},
  {556,
   "Domaine n'acceptant aucun courrier",
   "Un serveur relais ou de soumission sait, sans tenter de connexion, que le domaine du destinataire n'accepte aucun courrier, généralement parce que le domaine publie un enregistrement MX nul.",
   "Il est renvoyé en réponse à RCPT, ou à une autre commande comportant un forward-path, pour une adresse d'un tel domaine.",
   "Traitez-le comme tout autre échec permanent : corrigez ou supprimez l'adresse, car le courrier destiné à ce domaine ne peut pas être remis.",
   "Utilisez-le lorsqu'un relais sait que le domaine du destinataire n'accepte aucun courrier, par exemple parce que le domaine publie un enregistrement MX nul.",
   "",
   "",
   ""},
};
/// Enhanced-status texts of French, in registry order.
inline constexpr status_text statuses[] = {
  {0, 0,
   "Autre état non défini",
   "Seule la classe de l'état est connue ; le serveur n'a fourni aucun sujet ni détail qui en dise plus sur ce qui s'est passé.",
   "Fondez-vous sur la classe et sur le code de réponse de base, et lisez le texte du serveur pour connaître la véritable raison."},
  {1, 0,
   "Autre état d'adresse",
   "Une adresse, celle de l'expéditeur ou celle d'un destinataire, est à l'origine de cet état, et aucun code d'adressage plus spécifique ne s'applique.",
   "Vérifiez que les adresses de l'expéditeur et des destinataires ne comportent pas de faute de frappe, et lisez le texte du serveur pour savoir de quelle adresse il s'agit."},
  {1, 1,
   "Adresse de boîte aux lettres de destination incorrecte",
   "La boîte aux lettres du destinataire n'existe pas à destination : la partie de l'adresse située avant le signe @ y est inconnue.",
   "Vérifiez que l'adresse du destinataire ne comporte pas de faute de frappe, ou demandez au destinataire une adresse à jour ; n'envoyez pas de nouveau à la même adresse sans la modifier."},
  {1, 2,
   "Adresse du système de destination incorrecte",
   "Le système de destination désigné dans l'adresse du destinataire n'existe pas ou ne peut pas accepter de courrier : la partie de l'adresse située après le signe @ n'est donc pas valide pour la messagerie.",
   "Vérifiez que la partie domaine de l'adresse du destinataire ne comporte pas de faute de frappe, et assurez-vous que le domaine reçoit du courrier."},
  {1, 3,
   "Syntaxe incorrecte de l'adresse de boîte aux lettres de destination",
   "L'adresse du destinataire n'est pas syntaxiquement valide ; l'erreur peut se trouver dans n'importe quelle partie de l'adresse.",
   "Corrigez le format de l'adresse du destinataire, par exemple des espaces parasites, des chevrons manquants ou des caractères non valides, puis renvoyez le message."},
  {1, 4,
   "Adresse de boîte aux lettres de destination ambiguë",
   "L'adresse du destinataire correspond à plusieurs boîtes aux lettres à destination, ce qui peut arriver lorsque le serveur associe les adresses aux boîtes aux lettres par correspondance approximative.",
   "Utilisez l'adresse exacte et complète du destinataire, afin qu'elle désigne une seule boîte aux lettres."},
  {1, 5,
   "Adresse de destination valide",
   "L'adresse du destinataire a été acceptée comme valide ; ce code a sa place dans les réponses positives et les rapports de remise.",
   "Aucune action n'est nécessaire."},
  {1, 6,
   "Boîte aux lettres de destination déplacée, pas d'adresse de réexpédition",
   "L'adresse du destinataire a été valide par le passé, mais la destination n'accepte plus de courrier pour elle et n'indique aucune adresse de réexpédition.",
   "Retirez l'adresse de vos listes et obtenez la nouvelle adresse du destinataire par un autre moyen."},
  {1, 7,
   "Syntaxe incorrecte de l'adresse de boîte aux lettres de l'expéditeur",
   "L'adresse de l'expéditeur n'est pas syntaxiquement valide ; l'erreur peut se trouver dans n'importe quelle partie de l'adresse.",
   "Corrigez l'adresse d'expéditeur configurée dans le client de messagerie ou le système d'envoi, puis renvoyez le message."},
  {1, 8,
   "Adresse du système de l'expéditeur incorrecte",
   "Le domaine de l'adresse de l'expéditeur n'existe pas ou ne peut pas accepter le courrier retourné : la partie de l'adresse de l'expéditeur située après le signe @ n'est donc pas valide pour la messagerie.",
   "Envoyez depuis une adresse dont le domaine existe et reçoit du courrier, par exemple en corrigeant les enregistrements MX ou d'adresse du domaine dans le DNS."},
  {1, 9,
   "Message relayé vers un système de messagerie non conforme",
   "L'adresse du destinataire était valide, mais le message a été transmis à un système qui ne prend pas en charge le suivi des messages ; aucune autre information à son sujet n'est donc disponible.",
   "Considérez le message comme transmis ; un état plus précis ne peut venir que des exploitants du système suivant."},
  {1, 10,
   "Adresse du destinataire avec MX nul",
   "Le domaine du destinataire publie un enregistrement MX nul, qui déclare que le domaine n'accepte aucun courrier.",
   "Ne réessayez pas ; vérifiez que le domaine de l'adresse n'est pas mal orthographié, et demandez au destinataire une adresse dans un domaine qui reçoit du courrier."},
  {2, 0,
   "Autre état de boîte aux lettres ou état non défini",
   "La boîte aux lettres du destinataire existe, mais un élément qui la concerne est à l'origine de cet état, et aucun code de boîte aux lettres plus spécifique ne s'applique.",
   "Lisez la raison dans le texte du serveur ; si le problème persiste, contactez le destinataire par un autre moyen."},
  {2, 1,
   "Boîte aux lettres désactivée, messages non acceptés",
   "La boîte aux lettres existe mais n'accepte pas de messages ; c'est permanent si elle ne doit jamais être réactivée, et temporaire si elle est seulement suspendue pour le moment.",
   "Après un échec temporaire, réessayez plus tard ; après un échec permanent, cessez d'envoyer à cette adresse et contactez le destinataire par un autre moyen."},
  {2, 2,
   "Boîte aux lettres pleine",
   "La boîte aux lettres du destinataire est pleine, car elle a atteint son quota ou sa capacité de stockage ; le destinataire peut libérer de la place en supprimant des messages.",
   "Réessayez plus tard, et prévenez le destinataire par un autre moyen si la boîte aux lettres reste pleine."},
  {2, 3,
   "Taille du message supérieure à la limite administrative",
   "Le message dépasse une limite de taille fixée pour cette boîte aux lettres en particulier, inférieure à la limite du système dans son ensemble.",
   "Envoyez un message plus petit, par exemple en partageant les pièces jointes volumineuses au moyen d'un lien."},
  {2, 4,
   "Problème d'expansion de la liste de diffusion",
   "L'adresse est celle d'une liste de diffusion, et la liste n'a pas pu être développée en adresses de ses membres.",
   "Réessayez plus tard si l'échec est temporaire ; sinon, signalez le problème au propriétaire de la liste."},
  {3, 0,
   "Autre état du système de messagerie ou état non défini",
   "L'état concerne le système de messagerie de destination, qui existe et accepte normalement du courrier, et aucun code de système de messagerie plus spécifique ne s'applique.",
   "Après un échec temporaire, réessayez plus tard ; si l'échec est permanent ou se reproduit, contactez le postmaster de la destination."},
  {3, 1,
   "Système de messagerie saturé",
   "Le système de messagerie de destination n'a plus d'espace de stockage, ce que le destinataire ne peut pas corriger en supprimant des messages.",
   "Réessayez plus tard ; l'administrateur de la destination doit libérer ou ajouter de l'espace de stockage."},
  {3, 2,
   "Système n'acceptant pas les messages du réseau",
   "L'hôte qui héberge la boîte aux lettres n'accepte pas de messages, par exemple en raison d'un arrêt, d'une forte charge ou d'une maintenance, ou parce qu'il n'accepte jamais de courrier.",
   "Après un échec temporaire, réessayez plus tard ; après un échec permanent, comme une réponse 521, cet hôte n'accepte aucun courrier et il faut un autre chemin ou une autre adresse."},
  {3, 3,
   "Système ne prenant pas en charge les fonctions choisies",
   "Le système de destination ne prend pas en charge des fonctions demandées pour le message, ce qui peut arriver sur une passerelle incapable de transposer une fonction dans un autre environnement de messagerie.",
   "Renvoyez le message sans les fonctions facultatives qu'il demandait, ou demandez à l'administrateur de la destination quelles fonctions sont prises en charge."},
  {3, 4,
   "Message trop volumineux pour le système",
   "Le message dépasse la limite de taille par message de la destination, que cette limite soit physique ou fixée par une politique.",
   "Réduisez la taille du message, par exemple en supprimant les pièces jointes volumineuses ou en les remplaçant par des liens, puis renvoyez-le."},
  {3, 5,
   "Système mal configuré",
   "Le système de destination n'est pas configuré de manière à pouvoir accepter ce message.",
   "Signalez le problème au postmaster de la destination ; renvoyer le message ne servira à rien tant que la configuration n'aura pas été corrigée."},
  {3, 6,
   "Priorité demandée modifiée",
   "Le message a été accepté, mais le serveur a modifié la priorité de transfert demandée avec l'extension MT-PRIORITY ; le texte de la réponse commence par la nouvelle priorité.",
   "Aucune action n'est nécessaire ; notez la nouvelle priorité indiquée dans le texte de la réponse si le délai de remise est important."},
  {4, 0,
   "Autre état de réseau ou de routage, ou état non défini",
   "Un problème est survenu dans le réseau ou lors du routage du message, et aucun code de réseau ou de routage plus spécifique ne s'applique.",
   "Réessayez plus tard ; si le problème persiste, vérifiez le DNS et la connectivité vers la destination."},
  {4, 1,
   "Aucune réponse de l'hôte",
   "La tentative de connexion sortante n'a reçu aucune réponse, car le système distant était occupé ou incapable d'accepter la connexion.",
   "Réessayez plus tard ; si cela persiste, vérifiez que l'hôte de destination est en service et joignable sur le port SMTP."},
  {4, 2,
   "Mauvaise connexion",
   "Une connexion a été établie, mais la transaction n'a pas pu être menée à bien en raison d'un dépassement de délai ou d'une mauvaise qualité de connexion.",
   "Réessayez plus tard ; si cela se reproduit, recherchez des problèmes de réseau, des pare-feu ou des dépassements de délai entre les deux hôtes."},
  {4, 3,
   "Défaillance du serveur d'annuaire",
   "Le message n'a pas pu être acheminé, car un serveur d'annuaire, comme un serveur DNS, était indisponible.",
   "Réessayez plus tard ; si cela persiste, vérifiez les serveurs DNS utilisés par le système qui a signalé l'échec."},
  {4, 4,
   "Routage impossible",
   "Le système de messagerie n'a pas pu déterminer le saut suivant du message, car le serveur d'annuaire ne disposait pas des informations de routage, par exemple lorsque le DNS ne renvoie qu'un enregistrement SOA pour le domaine.",
   "Vérifiez que le domaine du destinataire ne comporte pas de faute de frappe et qu'il possède des enregistrements MX ou d'adresse valides dans le DNS."},
  {4, 5,
   "Congestion du système de messagerie",
   "Le système de messagerie n'a pas pu remettre le message, car il était encombré.",
   "Réessayez plus tard, de préférence avec moins de connexions ou de messages en parallèle."},
  {4, 6,
   "Boucle de routage détectée",
   "Une boucle de routage, causée par des tables de routage erronées ou par un transfert configuré par un utilisateur, a fait transiter le message un trop grand nombre de fois.",
   "Vérifiez les règles de transfert et les paramètres MX ou de relais de l'adresse du destinataire, puis renvoyez le message."},
  {4, 7,
   "Délai de remise expiré",
   "Le message a été jugé trop ancien, soit parce qu'il est resté trop longtemps en file d'attente, soit parce que le délai fixé par son expéditeur a expiré.",
   "Vérifiez que la destination est joignable et renvoyez le message ; les erreurs antérieures consignées dans le journal de la file d'attente indiquent généralement la véritable cause."},
  {5, 0,
   "Autre état de protocole ou état non défini",
   "L'état concerne le protocole de remise du courrier, et aucun code de protocole plus spécifique ne s'applique ; avec une réponse de succès, il ne fait que confirmer la commande.",
   "Aucune action n'est nécessaire après un succès ; après un échec, lisez le texte du serveur pour savoir quelle commande ou quelle étape il a refusée."},
  {5, 1,
   "Commande non valide",
   "Une commande du protocole a été envoyée hors séquence ou n'est pas prise en charge par le serveur.",
   "Corrigez l'ordre des commandes SMTP, ou cessez d'utiliser la commande que le serveur ne prend pas en charge."},
  {5, 2,
   "Erreur de syntaxe",
   "Une commande du protocole n'a pas pu être interprétée, car sa syntaxe est incorrecte ou la commande n'est pas reconnue.",
   "Corrigez la syntaxe de la commande envoyée par le client, ou utilisez une commande que le serveur reconnaît."},
  {5, 3,
   "Trop de destinataires",
   "Le message comporte plus de destinataires que le serveur n'en accepte dans une même transaction.",
   "Envoyez les destinataires restants dans une autre transaction ; les logiciels de messagerie le font normalement d'eux-mêmes."},
  {5, 4,
   "Arguments de commande non valides",
   "Une commande valide a été envoyée avec des arguments non valides, parce qu'une valeur était hors limites ou désignait une fonction que le serveur ne reconnaît pas.",
   "Corrigez les paramètres de la commande, par exemple un mécanisme AUTH ou la valeur d'une extension de MAIL FROM, puis renvoyez-la."},
  {5, 5,
   "Version de protocole incorrecte",
   "Les deux systèmes utilisent des versions de protocole qui ne correspondent pas, et ils n'ont pas pu résoudre cette différence d'eux-mêmes.",
   "Mettez à jour ou reconfigurez le logiciel client ou serveur afin que les deux parties utilisent une version de protocole commune."},
  {5, 6,
   "Ligne d'échange d'authentification trop longue",
   "Une ligne de réponse AUTH envoyée par le client était plus longue que le tampon du serveur pour le mécanisme d'authentification choisi.",
   "Utilisez un mécanisme d'authentification ou des identifiants qui produisent des réponses plus courtes, ou demandez à l'administrateur du serveur d'augmenter la limite."},
  {6, 0,
   "Autre erreur de média ou erreur non définie",
   "Un élément du contenu du message l'a rendu impossible à remettre, et aucun code de contenu ou de média plus spécifique ne s'applique.",
   "Vérifiez le format et les pièces jointes du message, et lisez le texte du serveur pour savoir quelle partie il a refusée."},
  {6, 1,
   "Type de média non pris en charge",
   "Le message utilise un type de média que le protocole de remise ou le système suivant sur le chemin ne prend pas en charge.",
   "Envoyez le contenu dans un format largement pris en charge, par exemple en convertissant ou en supprimant la partie non prise en charge."},
  {6, 2,
   "Conversion requise mais interdite",
   "Le contenu du message doit être converti avant de pouvoir être remis, mais l'expéditeur ou la politique de l'hôte d'envoi interdit cette conversion.",
   "Autorisez la conversion, ou envoyez le contenu sous une forme que la destination accepte sans conversion."},
  {6, 3,
   "Conversion requise mais non prise en charge",
   "Le contenu du message doit être converti pour être acheminé, mais un hôte sur le chemin en est incapable, par exemple une passerelle qui ne peut pas transformer un contenu 8 bits en 7 bits.",
   "Envoyez le message sous une forme qui ne nécessite aucune conversion, par exemple avec des encodages MIME 7 bits."},
  {6, 4,
   "Conversion avec perte effectuée",
   "Le message a été remis, mais une conversion en cours de route a fait perdre une partie de ses données ; en tant qu'échec permanent, ce code signifie que l'expéditeur avait interdit toute conversion avec perte.",
   "Vérifiez auprès du destinataire que le contenu est arrivé intact et, dans le cas contraire, renvoyez-le dans un format qui ne nécessite aucune conversion."},
  {6, 5,
   "Échec de la conversion",
   "Une conversion nécessaire du contenu du message a été tentée et a échoué.",
   "Renvoyez le message dans un format qui ne nécessite aucune conversion, ou réessayez plus tard si l'échec était temporaire."},
  {6, 6,
   "Contenu du message indisponible",
   "Le serveur n'a pas pu récupérer le contenu du message auprès du système distant désigné dans une commande BURL, par exemple un serveur IMAP.",
   "Vérifiez que l'URL de la commande BURL est valide et que le serveur de soumission peut joindre le serveur de contenu, puis réessayez."},
  {6, 7,
   "Adresses non ASCII interdites pour cet expéditeur ou ce destinataire",
   "Le serveur a refusé une commande MAIL ou RCPT, car l'adresse contient des caractères non ASCII, qui ne sont pas autorisés pour cet expéditeur ou ce destinataire.",
   "Utilisez une adresse composée uniquement de caractères ASCII, ou passez par des serveurs qui prennent en charge l'extension SMTPUTF8."},
  {6, 8,
   "Réponse en UTF-8 requise, mais non autorisée par le client SMTP",
   "La réponse devrait contenir un nom de boîte aux lettres en UTF-8, mais le client n'a pas autorisé l'UTF-8 dans les réponses, par exemple pour un VRFY ou un EXPN envoyé sans SMTPUTF8.",
   "Répétez la commande avec le paramètre SMTPUTF8 si le client le prend en charge."},
  {6, 9,
   "Message à en-têtes UTF-8 impossible à transférer à un ou plusieurs destinataires, donc refusé",
   "Après la fin des données du message, la transaction a échoué, car un message comportant des champs d'en-tête en UTF-8 ne peut pas être remis à un ou plusieurs de ses destinataires.",
   "Envoyez le message à ces destinataires avec des champs d'en-tête et des adresses entièrement en ASCII, ou par un chemin qui prend en charge SMTPUTF8."},
  {6, 10,
   "Doublon obsolète de X.6.8",
   "Ce code a été enregistré comme doublon de X.6.8 et est rendu obsolète au profit de ce dernier, qui a la même signification.",
   "Traitez-le comme X.6.8 : répétez la commande avec le paramètre SMTPUTF8 si le client le prend en charge."},
  {7, 0,
   "Autre état de sécurité ou état non défini",
   "L'état concerne la sécurité ou la politique, et aucun code plus spécifique ne s'applique, éventuellement parce que la politique de sécurité interdit une réponse plus détaillée ; avec une réponse de succès, comme 235 après AUTH, il confirme l'étape de sécurité.",
   "Après un échec, lisez le texte du serveur : le serveur peut exiger d'abord STARTTLS ou une authentification, ou refuser le message en vertu d'une politique."},
  {7, 1,
   "Remise non autorisée, message refusé",
   "L'expéditeur n'est pas autorisé à envoyer vers cette destination, en raison d'un filtrage par hôte d'envoi ou par destinataire, ce qui inclut le refus de relayage.",
   "Authentifiez-vous si le serveur est votre propre serveur d'envoi ; sinon, vérifiez si l'hôte d'envoi ou l'adresse est bloqué et contactez le postmaster du destinataire."},
  {7, 2,
   "Expansion de la liste de diffusion interdite",
   "L'expéditeur n'est pas autorisé à envoyer des messages à cette liste de diffusion.",
   "Demandez au propriétaire de la liste l'autorisation d'y publier, ou envoyez depuis une adresse autorisée à publier."},
  {7, 3,
   "Conversion de sécurité requise mais impossible",
   "La remise nécessitait une conversion d'un protocole de messagerie sécurisée vers un autre, et cette conversion n'a pas été possible.",
   "Envoyez le message dans un format de sécurité que le système du destinataire prend en charge."},
  {7, 4,
   "Fonctions de sécurité non prises en charge",
   "Le message ou la requête a utilisé des fonctions de sécurité, comme une méthode d'authentification sécurisée, que le protocole de remise ne peut pas prendre en charge.",
   "Envoyez sans la fonction de sécurité non prise en charge, ou choisissez-en une que le serveur propose."},
  {7, 5,
   "Échec cryptographique",
   "Un système sur le chemin, habilité à vérifier ou à déchiffrer le message, n'a pas pu le faire, car une clé ou une information similaire était manquante ou non valide.",
   "Vérifiez les clés et les certificats utilisés pour signer ou chiffrer le message, puis renvoyez-le."},
  {7, 6,
   "Algorithme cryptographique non pris en charge",
   "Un système sur le chemin, habilité à vérifier ou à déchiffrer le message, n'a pas pu le faire, car il ne prend pas en charge l'algorithme utilisé.",
   "Signez ou chiffrez le message avec un algorithme que le système du destinataire prend en charge."},
  {7, 7,
   "Échec de l'intégrité du message",
   "Un système sur le chemin, habilité à vérifier le message, n'a pas pu le faire, car le message était corrompu ou avait été modifié.",
   "Renvoyez le message, et recherchez sur le chemin un logiciel qui modifie les messages après leur signature."},
  {7, 8,
   "Identifiants d'authentification non valides",
   "L'authentification a échoué, car les identifiants fournis avec AUTH étaient non valides ou insuffisants.",
   "Vérifiez le nom d'utilisateur et le mot de passe ou les autres identifiants, puis authentifiez-vous de nouveau."},
  {7, 9,
   "Mécanisme d'authentification trop faible",
   "Le mécanisme d'authentification choisi est plus faible que ce que la politique du serveur autorise pour cet utilisateur.",
   "Authentifiez-vous de nouveau avec un mécanisme plus robuste proposé par le serveur."},
  {7, 10,
   "Chiffrement nécessaire",
   "Une couche de confidentialité externe comme TLS est nécessaire avant de pouvoir utiliser le mécanisme d'authentification demandé, principalement pour les mécanismes qui transmettent les mots de passe en clair ; REQUIRETLS l'utilise aussi lorsqu'aucune session TLS n'a pu être établie.",
   "Démarrez TLS avec STARTTLS avant de vous authentifier, ou utilisez un mécanisme d'authentification plus robuste."},
  {7, 11,
   "Chiffrement requis pour le mécanisme d'authentification demandé",
   "Le mécanisme d'authentification choisi ne peut être utilisé que lorsque la connexion SMTP est chiffrée.",
   "Envoyez d'abord STARTTLS, puis répétez AUTH, ou choisissez un autre mécanisme."},
  {7, 12,
   "Migration du mot de passe nécessaire",
   "L'utilisateur doit passer au mécanisme d'authentification choisi, ce qui se fait généralement en s'authentifiant une fois avec le mécanisme PLAIN.",
   "Authentifiez-vous une fois avec PLAIN sur une connexion chiffrée ; le mécanisme choisi devrait ensuite fonctionner lors des sessions suivantes."},
  {7, 13,
   "Compte utilisateur désactivé",
   "L'authentification a réussi, mais le compte a été désactivé, par exemple pour défaut de paiement ou pour abus, et il le reste jusqu'à ce qu'un administrateur le réactive.",
   "Contactez le fournisseur de messagerie ou l'administrateur système pour faire réactiver le compte ; saisir de nouveau le mot de passe ne servira à rien."},
  {7, 14,
   "Relation de confiance requise",
   "Le serveur de soumission a besoin d'une relation de confiance configurée avec le serveur tiers qui détient le contenu du message, comme avec BURL, et n'en a aucune.",
   "Demandez aux administrateurs d'établir une relation de confiance entre le serveur de soumission et le serveur de contenu, ou soumettez le message complet au lieu d'une référence."},
  {7, 15,
   "Niveau de priorité trop bas",
   "La priorité de transfert du message est inférieure à la priorité minimale que le serveur accepte actuellement ; cela peut être temporaire, par exemple tant que seul le courrier de priorité plus élevée est accepté.",
   "Réessayez plus tard, ou envoyez avec une priorité plus élevée si vous y êtes autorisé."},
  {7, 16,
   "Message trop volumineux pour la priorité indiquée",
   "Le message dépasse la taille que le serveur accepte pour la priorité de transfert demandée.",
   "Envoyez un message plus petit, ou utilisez une priorité dont la limite de taille convient au message."},
  {7, 17,
   "Changement de propriétaire de la boîte aux lettres",
   "Le message a utilisé RRVS pour exiger que la boîte aux lettres du destinataire ait le même propriétaire depuis une date donnée, et la boîte aux lettres a changé de propriétaire depuis.",
   "N'envoyez plus à cette adresse ; vérifiez l'adresse actuelle du destinataire par un autre moyen."},
  {7, 18,
   "Changement de propriétaire du domaine",
   "Le message a utilisé RRVS pour exiger que l'adresse du destinataire soit valide depuis une date donnée, et le propriétaire du domaine du destinataire a changé depuis.",
   "N'envoyez plus à cette adresse ; vérifiez l'adresse actuelle du destinataire par un autre moyen."},
  {7, 19,
   "Vérification RRVS impossible",
   "Le message a demandé une vérification RRVS, mais le serveur récepteur ne peut pas l'effectuer, car il n'a pas enregistré la date à laquelle la boîte aux lettres a été attribuée à son propriétaire actuel.",
   "Décidez s'il faut renvoyer le message sans l'exigence RRVS."},
  {7, 20,
   "Aucune signature DKIM vérifiée trouvée",
   "La politique locale a refusé le message, car il ne comportait aucune signature DKIM ayant passé la vérification.",
   "Assurez-vous que le domaine d'envoi signe son courrier avec DKIM et que rien sur le chemin ne modifie le contenu signé."},
  {7, 21,
   "Aucune signature DKIM acceptable trouvée",
   "Le message comporte des signatures DKIM qui passent la vérification, mais aucune ne satisfait aux exigences locales du récepteur.",
   "Adaptez la signature DKIM, par exemple les champs d'en-tête signés ou le domaine signataire, aux exigences du récepteur."},
  {7, 22,
   "Aucune signature DKIM valide correspondant à l'auteur trouvée",
   "Le message comporte des signatures DKIM qui passent la vérification, mais aucune n'utilise un domaine correspondant à l'adresse de l'auteur dans le champ d'en-tête From.",
   "Signez le message avec DKIM en utilisant le domaine de l'adresse From."},
  {7, 23,
   "Échec de la validation SPF",
   "La vérification SPF du message a donné le résultat « fail », que la politique locale n'accepte pas.",
   "Envoyez par un serveur figurant dans l'enregistrement SPF du domaine d'envoi, ou ajoutez le serveur d'envoi à cet enregistrement."},
  {7, 24,
   "Erreur de validation SPF",
   "L'évaluation SPF du message a produit une erreur : une erreur temporaire, comme un dépassement de délai DNS, avec une réponse temporaire, ou une erreur permanente, comme un enregistrement SPF défectueux, avec une réponse permanente.",
   "Après une erreur temporaire, réessayez plus tard ; après une erreur permanente, corrigez la syntaxe ou les requêtes DNS de l'enregistrement SPF du domaine d'envoi."},
  {7, 25,
   "Échec de la validation du DNS inverse",
   "L'adresse IP du client SMTP n'a pas passé une vérification du DNS inverse exigée par la politique locale.",
   "Attribuez à l'adresse IP d'envoi un enregistrement PTR dont le nom se résout à nouveau vers cette même adresse."},
  {7, 26,
   "Échec de plusieurs vérifications d'authentification",
   "Le message a échoué à plus d'une vérification d'authentification des messages, comme SPF et DKIM, et la politique locale le refuse ; les vérifications en échec ne sont pas précisées.",
   "Vérifiez la configuration SPF, DKIM et DMARC du domaine d'envoi et corrigez chaque vérification en échec."},
  {7, 27,
   "Adresse de l'expéditeur avec MX nul",
   "Le domaine de l'adresse de l'expéditeur publie un enregistrement MX nul : il ne peut donc recevoir ni réponses ni avis de non-remise, et le serveur récepteur refuse le courrier qui en provient.",
   "Envoyez depuis une adresse dont le domaine accepte du courrier."},
  {7, 28,
   "Afflux massif de courrier détecté",
   "Le serveur récepteur considère que le message fait partie d'un afflux massif de courrier, c'est-à-dire d'une rafale inhabituellement importante de messages visant le destinataire ; ce code a été enregistré à partir d'un Internet-Draft et non d'une RFC.",
   "Réduisez le débit d'envoi vers ce destinataire, et vérifiez si votre système fait l'objet d'un abus, par exemple au moyen de demandes d'inscription falsifiées."},
  {7, 29,
   "Échec de la validation ARC",
   "La chaîne Authenticated Received Chain (ARC) du message n'a pas passé la validation.",
   "Vérifiez les champs d'en-tête ARC ajoutés par les intermédiaires, comme les listes de diffusion ou les services de transfert, et corrigez le système qui a rompu la chaîne."},
  {7, 30,
   "Prise en charge de REQUIRETLS requise",
   "Le message exige TLS sur chaque saut au moyen de l'extension REQUIRETLS, mais aucun serveur suivant prenant en charge REQUIRETLS n'a pu être trouvé.",
   "Envoyez le message sans l'exigence REQUIRETLS, ou par un chemin dont tous les serveurs la prennent en charge."},
};
}  // namespace fr_texts

/// French.
inline constexpr catalogue fr = [] {
  catalogue c{};
  c.tag = "fr";
  c.language = "Français";
  c.heading_description = "Description";
  c.heading_when_seen = "Quand ce code apparaît";
  c.heading_how_to_fix = "Comment y remédier";
  c.heading_key_differences = "Principales différences";
  c.heading_when_to_use = "Quand utiliser l'un ou l'autre";
  c.heading_learn_more = "Pour aller plus loin";
  c.heading_explanation = "Explication";
  c.heading_enhanced_status = "Code d'état étendu";
  c.heading_advice = "Recommandation";
  c.heading_reason = "Motif";
  c.heading_other_meaning = "Autre signification";
  c.heading_server_text = "Texte du serveur";
  c.heading_code_list = "Codes de réponse SMTP enregistrés";
  c.heading_status_list = "Codes d'état étendus";
  c.heading_typical_statuses = "Codes d'état étendus courants";
  c.heading_related_codes = "Codes de réponse associés";
  c.heading_compare_with = "Comparer {code} avec un autre code";
  c.heading_what_to_do = "Que faire";
  c.compare_title = "SMTP {a} {name_a} comparé à {b} {name_b}";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code} (défini par aucune RFC)";
  c.status_title = "Code d'état étendu {status} {name}";
  c.class_names[0] = "Code non valide";
  c.class_names[1] = "1xx réponse positive préliminaire";
  c.class_names[2] = "2xx réponse positive définitive";
  c.class_names[3] = "3xx réponse positive intermédiaire";
  c.class_names[4] = "4xx réponse négative temporaire";
  c.class_names[5] = "5xx réponse négative permanente";
  c.class_gist[0] = "{code} n'est pas un code de réponse valide et n'a donc aucune signification définie.";
  c.class_gist[1] = "{code} est une réponse préliminaire : le serveur a accepté la requête, mais attend une confirmation avant de l'exécuter.";
  c.class_gist[2] = "{code} confirme que l'action demandée a été effectuée.";
  c.class_gist[3] = "{code} signifie que le serveur a accepté la commande et attend des informations supplémentaires de la part du client.";
  c.class_gist[4] = "{code} indique que la requête n'a pas été exécutée cette fois-ci, mais que la même requête peut aboutir plus tard.";
  c.class_gist[5] = "{code} indique que la requête n'a pas été exécutée et qu'elle échouera de nouveau si elle est répétée telle quelle.";
  c.class_gist_both[0] = "Aucun des deux n'est un code de réponse valide.";
  c.class_gist_both[1] = "Ce sont deux réponses préliminaires : le serveur a accepté la requête, mais attend une confirmation avant de l'exécuter.";
  c.class_gist_both[2] = "Les deux confirment que l'action demandée a été effectuée.";
  c.class_gist_both[3] = "Les deux signifient que le serveur a accepté la commande et attend des informations supplémentaires de la part du client.";
  c.class_gist_both[4] = "Les deux indiquent que la requête n'a pas été exécutée cette fois-ci, mais que la même requête peut aboutir plus tard.";
  c.class_gist_both[5] = "Les deux indiquent que la requête n'a pas été exécutée et qu'elle échouera de nouveau si elle est répétée telle quelle.";
  c.class_remedy[0] = "Traitez la réponse comme une erreur fatale pour cette transaction et mettez fin à la transaction.";
  c.class_remedy[1] = "Attendez la réponse finale ; un client qui n'a pas négocié d'extension utilisant des réponses 1xx devrait mettre fin à la transaction.";
  c.class_remedy[2] = "Aucune correction n'est nécessaire ; passez à l'étape suivante de la session.";
  c.class_remedy[3] = "Envoyez les informations demandées par le serveur pour que la commande puisse aboutir.";
  c.class_remedy[4] = "Conservez le message dans la file d'attente et réessayez plus tard ; si la même réponse revient pendant plusieurs jours, informez l'expéditeur du retard.";
  c.class_remedy[5] = "Ne répétez pas la même requête ; corrigez d'abord la commande, l'adresse ou le message, ou retournez le message à l'expéditeur.";
  c.class_outcome[0] = "la réponse n'est pas du SMTP valide et n'indique aucun résultat";
  c.class_outcome[1] = "la requête est acceptée mais attend une confirmation";
  c.class_outcome[2] = "la requête a abouti";
  c.class_outcome[3] = "le serveur attend d'autres données avant de pouvoir terminer la commande";
  c.class_outcome[4] = "la requête a échoué pour l'instant et peut aboutir si elle est réessayée plus tard";
  c.class_outcome[5] = "la requête a échoué et échouera de nouveau si elle est répétée telle quelle";
  c.category_names[0] = "Syntaxe";
  c.category_names[1] = "Informations";
  c.category_names[2] = "Connexions";
  c.category_names[3] = "Non attribuée (x3z)";
  c.category_names[4] = "Non attribuée (x4z)";
  c.category_names[5] = "Système de messagerie";
  c.category_names[6] = "Non définie";
  c.category_meaning[0] = "Le deuxième chiffre 0 désigne les erreurs de syntaxe, les commandes qui n'entrent dans aucune autre catégorie et les commandes que le serveur n'implémente pas.";
  c.category_meaning[1] = "Le deuxième chiffre 1 désigne les réponses aux demandes d'information, par exemple sur l'état du serveur ou une demande d'aide.";
  c.category_meaning[2] = "Le deuxième chiffre 2 désigne les réponses concernant le canal de transmission, c'est-à-dire la connexion elle-même.";
  c.category_meaning[3] = "La RFC 5321 n'attribue aucune catégorie au deuxième chiffre 3 ; des extensions l'utilisent, par exemple pour les réponses d'authentification.";
  c.category_meaning[4] = "La RFC 5321 n'attribue aucune catégorie au deuxième chiffre 4.";
  c.category_meaning[5] = "Le deuxième chiffre 5 désigne l'état du système de messagerie récepteur vis-à-vis du transfert demandé ou d'une autre action du système de messagerie.";
  c.category_meaning[6] = "La RFC 5321 ne définit aucune catégorie pour un deuxième chiffre de 6 à 9, et une ligne de réponse comportant un tel chiffre n'est pas conforme à la syntaxe SMTP.";
  c.intro_different = "SMTP {a} ({name_a}) appartient à la classe « {class_a} », tandis que {b} ({name_b}) appartient à la classe « {class_b} ».";
  c.intro_same = "SMTP {a} ({name_a}) et {b} ({name_b}) appartiennent tous deux à la classe « {class} ».";
  c.in_contrast = "En revanche, {text}";
  c.no_differences = "SMTP {a} et {b} sont le même code : il n'y a donc aucune différence à signaler.";
  c.diff_class = "{a} appartient à la classe « {class_a} », tandis que {b} appartient à la classe « {class_b} ».";
  c.diff_category = "D'après son deuxième chiffre, {a} appartient à la catégorie « {cat_a} », tandis que {b} appartient à la catégorie « {cat_b} ».";
  c.diff_meaning = "{a} signifie « {name_a} », tandis que {b} signifie « {name_b} ».";
  c.diff_retry = "Après {a}, {retry_a} ; après {b}, {retry_b}.";
  c.diff_connection = "Après {a}, {conn_a} ; après {b}, {conn_b}.";
  c.diff_commands = "{a} est une réponse à {cmds_a}, tandis que {b} est une réponse à {cmds_b}.";
  c.diff_status = "{a} est généralement accompagné du code d'état étendu {status_a}, tandis que {b} est généralement accompagné de {status_b}.";
  c.diff_status_first_only = "{a} est généralement accompagné du code d'état étendu {status_a}, tandis que {b} n'en comporte généralement aucun.";
  c.diff_status_second_only = "{a} ne comporte généralement aucun code d'état étendu, tandis que {b} est généralement accompagné de {status_b}.";
  c.diff_spec = "{a} est {spec_a}, tandis que {b} est {spec_b}.";
  c.retry_phrases[0] = "aucune nouvelle tentative n'est nécessaire";
  c.retry_phrases[1] = "le client envoie la partie suivante de la requête";
  c.retry_phrases[2] = "le client conserve le message et réessaie plus tard";
  c.retry_phrases[3] = "le client doit modifier la requête avant de réessayer";
  c.retry_phrases[4] = "la même requête ne doit pas être répétée";
  c.retry_phrases[5] = "la réponse ne donne aucune instruction exploitable";
  c.spec_names[0] = "défini par la norme en vigueur";
  c.spec_names[1] = "défini par une RFC expérimentale";
  c.spec_names[2] = "obsolète et conservé uniquement pour des raisons historiques";
  c.connection_closes = "le serveur ferme la connexion";
  c.connection_stays_open = "la connexion reste ouverte pour la commande suivante";
  c.command_connect = "l'ouverture de la connexion";
  c.command_end_of_data = "la fin des données du message";
  c.command_any = "n'importe quelle commande";
  c.list_separator = ", ";
  c.list_last_separator = " et ";
  c.list_last_or = " ou ";
  c.which_by_outcome = "La première question porte sur le résultat : avec {a}, {outcome_a} ; avec {b}, {outcome_b}.";
  c.which_same_class = "Les deux appartiennent à la classe « {class} » : ce n'est donc pas le résultat qui permet de les départager, mais la situation.";
  c.which_item = "{code} ({name}) : {text}";
  c.reference_item = "SMTP {code} : {text}";
  c.class_line = "{code} appartient à la classe « {class} ».";
  c.category_line = "D'après son deuxième chiffre, {code} appartient à la catégorie « {category} ».";
  c.unregistered_intro = "{code} n'est défini par aucune RFC ; un client l'interprète donc d'après son premier chiffre comme une réponse de la classe « {class} ».";
  c.unregistered_when_seen = "Un serveur a envoyé {code}, un nombre qu'aucune spécification SMTP ne définit.";
  c.malformed_intro = "{code} n'est pas un code de réponse SMTP, car un code de réponse est un nombre compris entre 100 et 599.";
  c.alternate_line = "Après {commands}, {code} a un autre sens : {name}.";
  c.label_code = "Code";
  c.label_class = "Classe";
  c.label_category = "Catégorie";
  c.label_name = "Nom";
  c.label_commands = "Commandes";
  c.label_command = "Commande";
  c.label_status = "Code d'état étendu";
  c.label_action = "Conduite à tenir";
  c.label_scope = "Portée";
  c.label_bounce = "Rebond";
  c.label_reason = "Motif";
  c.label_delay = "Délai avant nouvelle tentative";
  c.label_connection = "Connexion";
  c.label_why = "Justification";
  c.label_rule = "Règle";
  c.label_throttle = "Limitation";
  c.label_next_retry = "Prochaine tentative";
  c.connection_close_value = "fermer";
  c.connection_keep_value = "maintenir ouverte";
  c.action_names[0] = "Continuer";
  c.action_names[1] = "Envoyer la partie suivante";
  c.action_names[2] = "Réessayer plus tard";
  c.action_names[3] = "Réessayer dans une nouvelle transaction";
  c.action_names[4] = "Essayer l'hôte suivant";
  c.action_names[5] = "Modifier la requête";
  c.action_names[6] = "Abandonner";
  c.scope_names[0] = "Aucune";
  c.scope_names[1] = "Ce destinataire";
  c.scope_names[2] = "Ce message";
  c.scope_names[3] = "Cette session";
  c.bounce_names[0] = "Aucun";
  c.bounce_names[1] = "Temporaire (soft bounce)";
  c.bounce_names[2] = "Définitif (hard bounce)";
  c.reason_line = "{name} ({token})";
  c.reason_names[0] = "Aucun échec";
  c.reason_names[1] = "Destinataire inconnu";
  c.reason_names[2] = "Hôte ou domaine inconnu";
  c.reason_names[3] = "Le destinataire a changé d'adresse";
  c.reason_names[4] = "Le domaine n'accepte aucun courrier";
  c.reason_names[5] = "Boîte aux lettres désactivée";
  c.reason_names[6] = "Boîte aux lettres pleine";
  c.reason_names[7] = "Message trop volumineux";
  c.reason_names[8] = "Relayage refusé";
  c.reason_names[9] = "Hôte expéditeur bloqué";
  c.reason_names[10] = "Mauvaise réputation de l'expéditeur";
  c.reason_names[11] = "DNS inverse (PTR) requis";
  c.reason_names[12] = "Débit d'envoi limité";
  c.reason_names[13] = "Trop de destinataires";
  c.reason_names[14] = "Retardé par greylisting";
  c.reason_names[15] = "Détecté comme spam";
  c.reason_names[16] = "Virus détecté";
  c.reason_names[17] = "Contenu refusé";
  c.reason_names[18] = "Violation de la politique du serveur";
  c.reason_names[19] = "Échec de l'authentification de l'expéditeur (SPF, DKIM ou DMARC)";
  c.reason_names[20] = "Problème TLS ou SMTP AUTH";
  c.reason_names[21] = "Échec de STARTTLS";
  c.reason_names[22] = "Adresse d'expéditeur refusée";
  c.reason_names[23] = "Filtré par les règles du destinataire";
  c.reason_names[24] = "Erreur de protocole du client";
  c.reason_names[25] = "Message non conforme aux RFC";
  c.reason_names[26] = "Délai de remise expiré";
  c.reason_names[27] = "Erreur réseau";
  c.reason_names[28] = "Erreur du serveur";
  c.reason_names[29] = "Stockage du serveur saturé";
  c.reason_names[30] = "Erreur du programme de messagerie";
  c.reason_names[31] = "Retenu dans la file d'attente";
  c.reason_names[32] = "Indéterminé";
  c.why_texts[0] = "RFC 5321 §4.2.1 : une réponse 2yz signifie que l'étape a réussi.";
  c.why_texts[1] = "RFC 5321 §3.8 : 221 met fin à la session et le serveur ferme la connexion.";
  c.why_texts[2] = "RFC 5321 §4.2.1 : une réponse 3yz demande la partie suivante (corps du message ou réponse AUTH).";
  c.why_texts[3] = "RFC 5321 §4.2 : un premier chiffre hors de la plage 2 à 5 est traité comme une erreur fatale et la transaction prend fin.";
  c.why_texts[4] = "RFC 5321 §3.8 : 421 ferme la connexion ; cet hôte a refusé la session, essayez donc le MX suivant.";
  c.why_texts[5] = "RFC 5321 §3.8 : 421 ferme la connexion ; tout ce qui n'a pas encore été accepté sera réessayé plus tard.";
  c.why_texts[6] = "RFC 5321 §4.5.3.1.10 : trop de destinataires ; envoyez les destinataires restants dans une nouvelle transaction.";
  c.why_texts[7] = "L'hôte a refusé la session avec une réponse temporaire ; essayez le MX suivant et réessayez celui-ci plus tard.";
  c.why_texts[8] = "RFC 4954 §6 : 432 demande à l'utilisateur de s'authentifier une fois avec PLAIN sur TLS afin de migrer le mot de passe.";
  c.why_texts[9] = "RFC 5321 §4.2.1 : une réponse 4yz est temporaire ; conservez le message en file d'attente et réessayez plus tard.";
  c.why_texts[10] = "RFC 3463 §3.3 : une boîte aux lettres pleine (X.2.2) est un échec temporaire persistant ; la remise après ce 552 en réponse à RCPT sera donc réessayée plus tard. RFC 5321 §4.5.3.1.10 ne traite un 552 comme un 452 qu'en cas de destinataires trop nombreux.";
  c.why_texts[11] = "RFC 5321 §4.5.3.1.10 : un 552 en réponse à RCPT est traité comme un 452 ; envoyez les destinataires restants dans une nouvelle transaction.";
  c.why_texts[12] = "RFC 5321 §3.1 : un message d'accueil 5yz refuse la session ; envoyez QUIT et essayez le MX suivant.";
  c.why_texts[13] = "RFC 5321 §3.2 : le serveur ne prend pas en charge EHLO ; revenez à HELO.";
  c.why_texts[14] = "RFC 3207 §4, RFC 4954 §6 : 530 exige STARTTLS ou une authentification avant cette commande.";
  c.why_texts[15] = "RFC 4954 §6 : 534 exige un mécanisme d'authentification plus robuste.";
  c.why_texts[16] = "RFC 4954 §6 : 535 refuse les identifiants ; demandez-en de nouveaux à l'utilisateur.";
  c.why_texts[17] = "RFC 4954 §6 : 538 exige une connexion chiffrée avant l'emploi de ce mécanisme.";
  c.why_texts[18] = "Cet hôte a refusé la session après le message d'accueil ; essayez le MX suivant.";
  c.why_texts[19] = "RFC 5321 §4.2.4, §4.3.2 : le serveur a refusé la forme de la requête ; corrigez la commande et renvoyez-la.";
  c.why_texts[20] = "RFC 5321 §4.2.1 : une réponse 5yz est permanente ; ne répétez pas la requête telle quelle.";
  c.why_texts[21] = "RFC 5321 §3.8 : une perte de connexion inattendue est traitée comme une réponse 451.";
  c.why_texts[22] = "RFC 3463 §2 : un état 2.X.X signale un succès.";
  c.why_texts[23] = "RFC 3463 §2 : un état 5.X.X est un échec permanent de cette remise.";
  c.why_texts[24] = "RFC 3463 §2 : un état 4.X.X est un échec temporaire ; réessayez plus tard.";
  c.why_texts[25] = "Le message est resté dans la file d'attente plus longtemps que sa durée de vie ne le permet.";
  c.why_texts[26] = "Aucun code de réponse SMTP n'a été trouvé dans le texte ; conservez le message en file d'attente.";
  c.why_texts[27] = "Mode soft bounce : l'échec permanent est conservé en file d'attente et réessayé.";
  c.why_texts[28] = "Aucun code de réponse SMTP n'a été trouvé, mais le texte signale un échec permanent ou une adresse qui ne peut pas recevoir de courrier ; ne réessayez pas sans modification.";
  c.why_texts[29] = "Une règle de l'opérateur a remplacé le jugement intégré ; le conseil nomme la règle.";
  c.provider_why_texts[0] = "Gmail a constaté un débit inhabituel de messages provenant de cette adresse IP, de ce bloc réseau, de ce domaine DKIM ou SPF ou de ce domaine d'URL, et le limite pour le moment ; réduisez le débit d'envoi et suivez les consignes de Google pour les expéditeurs.";
  c.provider_why_texts[1] = "Gmail a bloqué les messages de cette adresse IP en raison d'un débit inhabituel de messages non sollicités ; l'adresse du destinataire n'est pas en cause.";
  c.provider_why_texts[2] = "Gmail limite le débit des messages qui ne passent ni SPF ni DKIM ; authentifiez le domaine d'envoi.";
  c.provider_why_texts[3] = "Gmail a refusé le message parce qu'il a échoué aux vérifications SPF et DKIM, ou à la politique DMARC du domaine de l'expéditeur ; corrigez l'authentification, l'adresse du destinataire n'est pas en cause.";
  c.provider_why_texts[4] = "Gmail exige que l'adresse IP d'envoi ait un enregistrement PTR dont le nom résout à son tour vers cette adresse.";
  c.provider_why_texts[5] = "Gmail exige TLS pour ce domaine de destination : envoyez d'abord STARTTLS.";
  c.provider_why_texts[6] = "Selon Gmail, le destinataire reçoit des messages plus vite qu'il ne peut en accepter ; malgré le code 5yz, la situation est passagère, réessayez donc plus tard.";
  c.provider_why_texts[7] = "Selon Gmail, le compte du destinataire est inactif.";
  c.provider_why_texts[8] = "Selon Gmail, le destinataire (ou le client du service de relais SMTP) reçoit des messages trop rapidement ; réessayez plus tard.";
  c.provider_why_texts[9] = "Selon Gmail, la boîte de réception du destinataire n'a plus d'espace de stockage.";
  c.provider_why_texts[10] = "Gmail a jugé le message probablement non sollicité et l'a bloqué.";
  c.provider_why_texts[11] = "Microsoft a banni l'adresse IP d'envoi ; demandez son retrait sur https://sender.office.com.";
  c.provider_why_texts[12] = "Microsoft n'accepte pas le trafic de cette adresse IP (sa réputation est faible, souvent parce qu'elle est nouvelle) ; envoyez via une adresse IP qui a un historique d'envoi.";
  c.provider_why_texts[13] = "Microsoft limite le débit de cette adresse IP en raison de sa réputation ; réduisez le débit d'envoi et réessayez plus tard.";
  c.provider_why_texts[14] = "Outlook.com refuse les messages de cette adresse IP parce qu'une partie de son réseau figure sur la liste de blocage de Microsoft (S3150) ; l'opérateur du réseau doit en demander le retrait à Microsoft.";
  c.provider_why_texts[15] = "Yahoo diffère les messages de cette adresse IP en raison d'un volume inattendu ou de plaintes d'utilisateurs ; réduisez le débit d'envoi.";
  c.provider_why_texts[16] = "Yahoo diffère temporairement les messages de cette adresse IP (un code TS : plaintes d'utilisateurs, contenu qui ressemble à du spam, mauvaise réputation de l'adresse IP ou de son sous-réseau, ou trafic inhabituel) ; réessayez plus tard et examinez ce qui est envoyé.";
  c.provider_why_texts[17] = "Yahoo diffère temporairement les messages de cette adresse IP (un code TS : plaintes d'utilisateurs, contenu qui ressemble à du spam, mauvaise réputation de l'adresse IP ou de son sous-réseau, ou trafic inhabituel) ; réessayez plus tard et examinez ce qui est envoyé.";
  c.provider_why_texts[18] = "Yahoo diffère définitivement tous les messages de cette adresse IP, dont le trafic ressemble à des envois en masse non sollicités, et déconseille tout nouvel envoi avant d'avoir assaini les listes et les pratiques d'envoi.";
  c.provider_why_texts[19] = "Yahoo a refusé le message pour son contenu, en vertu de ses politiques (un code PH : virus, hameçonnage, rançongiciel ou autre logiciel malveillant, ou liens vers ceux-ci) ; vérifiez ce que contient le message.";
  c.provider_why_texts[20] = "Yahoo refuse les connexions de cette adresse IP parce que Spamhaus la répertorie ; demandez son retrait à Spamhaus.";
  c.provider_why_texts[21] = "iCloud a rejeté le message en vertu de sa politique locale ; l'équipe postmaster d'Apple (icloudadmin@apple.com) répond aux expéditeurs qui respectent ses exigences.";
  c.provider_why_texts[22] = "iCloud a rejeté le message en vertu de sa politique locale (HM08) ; Apple ne publie aucun détail, son équipe postmaster (icloudadmin@apple.com) répond aux expéditeurs qui respectent ses exigences.";
  c.provider_why_texts[23] = "iCloud diffère les messages adressés à ce destinataire en raison d'un volume excessif ; réessayez plus tard.";
  c.provider_why_texts[24] = "Comcast bloque cette adresse IP parce qu'elle a envoyé des messages selon des schémas typiques du spam (BL000000).";
  c.provider_why_texts[25] = "Comcast bloque cette adresse IP parce que des listes de blocage externes la répertorient : Spamhaus ZEN (BL000001), Cloudmark CSI (BL000010), SenderScore (BL000100), les chiffres s'additionnant s'il y en a plusieurs ; demandez le retrait à ces listes.";
  c.provider_why_texts[26] = "Comcast refuse les messages envoyés directement depuis des plages d'adresses IP dynamiques ou résidentielles (ES000001 : celles de Comcast, ES000010 : celles d'un autre réseau, souvent reconnues à un nom DNS inverse générique) ; envoyez via un fournisseur de messagerie ou depuis une adresse statique dotée d'un nom correct.";
  c.provider_why_texts[27] = "Comcast autorise 25 connexions simultanées par adresse IP d'envoi et celle-ci en a ouvert davantage ; utilisez moins de connexions parallèles.";
  c.provider_why_texts[28] = "Comcast exige un DNS inverse valide pour l'adresse IP d'envoi et la résolution a échoué ; Comcast considère cette erreur comme temporaire, réessayez donc.";
  c.provider_why_texts[29] = "Comcast exige que chaque serveur de messagerie expéditeur ait un enregistrement PTR avec un DNS inverse valide ; celui-ci n'en a pas.";
  c.provider_why_texts[30] = "Comcast limite pour le moment le débit de cette adresse IP (un code RL) ; réessayez plus tard avec un débit plus faible.";
  c.provider_why_texts[31] = "GMX et WEB.DE refusent les connexions de cette adresse IP parce qu'elle figure sur une liste de blocage ; le lien de la réponse mène à la page du dossier et à un formulaire de contact.";
  c.provider_why_texts[32] = "WEB.DE et GMX ont reçu trop de messages de cet expéditeur en peu de temps ; réessayez dans quelques heures (aucun délai exact n'est publié) et envoyez plus lentement.";
  c.provider_why_texts[33] = "WEB.DE et GMX ont rejeté le message parce que le serveur d'envoi ne figure pas dans l'enregistrement SPF du domaine de l'expéditeur ; les serveurs qui font suivre le courrier doivent réécrire l'expéditeur d'enveloppe (SRS).";
  c.provider_why_texts[34] = "Orange refuse pour le moment le service à cette adresse IP : il s'agit d'une suspension temporaire après des dépassements de limites ou des plaintes ; suspendez les envois vers Orange et réessayez plus tard.";
  c.provider_why_texts[35] = "Orange a reçu de cette adresse IP plus de connexions simultanées qu'il n'en autorise ; utilisez moins de connexions parallèles.";
  c.provider_why_texts[36] = "Les filtres de Mail.ru ont classé le message comme spam ; demandez au support de Mail.ru de le réexaminer via le lien de la réponse, qui contient le code d'erreur et l'ID du message.";
  c.provider_why_texts[37] = "Mail.ru a rejeté le message en vertu de la politique DMARC de son domaine From (RFC 7489) ; envoyez depuis votre propre domaine, authentifié par SPF ou DKIM alignés.";
  c.provider_why_texts[38] = "Yandex bloque les messages de cet expéditeur pendant 24 heures parce qu'il n'a envoyé que du spam ; retenez les messages destinés à Yandex pendant une journée et corrigez la cause.";
  c.provider_why_texts[39] = "Yandex a reconnu le contenu du message comme du spam.";
  c.provider_why_texts[40] = "Yandex a bloqué le compte du destinataire pour non-respect de ses conditions d'utilisation ; contactez le destinataire par un autre moyen.";
  c.provider_why_texts[41] = "Le destinataire chez Yandex a reçu plus de messages que sa limite de débit ne l'autorise ; réessayez plus tard.";
  c.provider_why_texts[42] = "QQ Mail a refusé le contenu : des messages semblables ont été envoyés en masse et de nombreux utilisateurs les ont signalés comme spam.";
  c.provider_why_texts[43] = "QQ Mail limite le nombre de messages qu'il accepte par minute, par heure et par jour d'une même adresse IP, d'un même domaine d'expéditeur ou d'un même expéditeur (les limites ne sont pas publiées) et refuse l'excédent pendant quelques minutes, quelques heures ou le reste de la journée ; malgré le code 5yz, faites une pause et réessayez plus tard avec un débit plus faible.";
  c.provider_why_texts[44] = "QQ Mail bloque pendant un certain temps les messages adressés à ce destinataire, qui en reçoit un grand nombre en peu de temps ; malgré le code 5yz, faites une pause et réessayez plus tard.";
  c.provider_why_texts[45] = "QQ Mail soupçonne le domaine ou l'opérateur de messagerie de l'expéditeur d'envoyer du spam : beaucoup de spam en provient.";
  c.provider_why_texts[46] = "Le destinataire chez QQ Mail refuse les messages de cet expéditeur (liste de blocage personnelle ou filtre).";
  c.provider_why_texts[47] = "NetEase refuse le message pour le moment : son corps ressemble à du spam ou la configuration d'envoi n'est pas standard. NetEase indique de le garder en file d'attente et de réessayer au bout de deux minutes, puis de modifier le contenu ou la configuration si l'erreur persiste.";
  c.provider_why_texts[48] = "NetEase refuse pour le moment les connexions de cette adresse IP : elle a ouvert plus de connexions simultanées que NetEase n'en autorise ; ouvrez-en moins.";
  c.provider_why_texts[49] = "NetEase refuse pour le moment les connexions de cette adresse IP : elle a envoyé beaucoup de messages en peu de temps ; envoyez plus lentement.";
  c.provider_why_texts[50] = "NetEase refuse pour le moment les connexions de cette adresse IP pour envoi anormal : beaucoup de ses destinataires n'existent pas ; nettoyez la liste.";
  c.provider_why_texts[51] = "NetEase refuse pour le moment les connexions de cette adresse IP pour envoi anormal : une grande partie de ses messages usurpe le domaine de l'expéditeur.";
  c.provider_why_texts[52] = "NetEase refuse les messages de cette adresse IP parce qu'une ou plusieurs listes de blocage DNS la répertorient.";
  c.provider_why_texts[53] = "NetEase : cet expéditeur a envoyé en 15 minutes plus de messages que NetEase n'en autorise ; réessayez plus tard.";
  c.provider_why_texts[54] = "Zoho Mail a trouvé un virus dans le message et l'a refusé.";
  c.provider_why_texts[55] = "Zoho Mail a rejeté le message en vertu de la politique DMARC de rejet (reject) du domaine From ; authentifiez-le par SPF ou DKIM alignés.";
  c.provider_why_texts[56] = "Le domaine du destinataire chez Zoho a des filtres qui refusent ce message ; demandez à son administrateur, par un autre moyen, de l'autoriser.";
  c.provider_why_texts[57] = "Proofpoint Dynamic Reputation bloque cette adresse IP parce que du spam en provient ; le blocage dure jusqu'à ce que le spam cesse pendant un certain temps. Vérifiez l'adresse sur ipcheck.proofpoint.com et demandez-y le retrait en détaillant les messages envoyés.";
  c.provider_why_texts[58] = "Mimecast applique le greylisting à cet expéditeur (ou attribue une mauvaise note à son adresse IP) : réessayez depuis le même serveur entre une minute et 12 heures plus tard.";
  c.provider_why_texts[59] = "Une politique Blocked Senders du compte Mimecast du destinataire refuse l'adresse IP de cet expéditeur ; seul l'administrateur du destinataire peut supprimer l'entrée.";
  c.provider_why_texts[60] = "Le serveur de Mimecast a atteint sa charge maximale ; réessayez plus tard.";
  c.provider_why_texts[61] = "Mimecast rejette l'adresse IP de cet expéditeur en raison de sa mauvaise réputation.";
  c.provider_why_texts[62] = "Une politique de blocage du compte Mimecast du destinataire (celle de l'organisation ou celle de l'utilisateur lui-même : « User Entry ») refuse cet expéditeur ; seule la partie destinataire peut la lever.";
  c.provider_why_texts[63] = "Une politique Anti-Spoofing de Mimecast a rejeté le message : il se réclame d'un domaine de l'organisation du destinataire mais provient d'une source à laquelle la politique ne fait pas confiance ; l'administrateur du destinataire doit autoriser l'expéditeur ou son adresse IP.";
  c.provider_why_texts[64] = "La Barracuda Reputation Block List répertorie cette adresse IP comme source de spam ; corrigez la cause, puis demandez le retrait à Barracuda Central.";
  c.provider_why_texts[65] = "Barracuda Email Security a bloqué le message en vertu des politiques de spam, de virus ou de blocage d'expéditeurs de l'organisation du destinataire ; son administrateur peut le retrouver dans le journal des messages (Message Log).";
  c.provider_why_texts[66] = "Cisco Secure Email a refusé la connexion parce que l'adresse IP d'envoi a une mauvaise réputation chez Talos ; vérifiez l'adresse auprès de Talos et contactez le destinataire par un autre moyen.";
  c.delay_none = "aucun";
  c.delay_second = "{n} seconde";
  c.delay_seconds = "{n} secondes";
  c.delay_minute = "{n} minute";
  c.delay_minutes = "{n} minutes";
  c.delay_hour = "{n} heure";
  c.delay_hours = "{n} heures";
  c.delay_day = "{n} jour";
  c.delay_days = "{n} jours";
  c.throttle_host = "suspendre les envois vers cet hôte pendant {duration}";
  c.throttle_domain = "suspendre les envois vers ce domaine pendant {duration}";
  c.next_retry_in = "dans {duration}";
  c.next_retry_permanent = "aucune, l'échec est définitif";
  c.next_retry_expired = "aucune, le calendrier de tentatives est épuisé";
  c.status_line = "{status} ({subject} : {detail})";
  c.status_subject_only = "{status} ({subject} ; le détail n'est pas enregistré, c'est donc la signification générale du sujet qui s'applique)";
  c.status_class_only = "{status} ({class_name} ; le sujet n'est pas enregistré, seule la classe est donc significative)";
  c.status_invalid = "{status} n'est pas un code d'état étendu valide, car sa classe n'est ni 2, ni 4, ni 5.";
  c.status_none = "La réponse ne comporte aucun code d'état étendu.";
  c.diagnostics[0] = "La classe du code d'état étendu ne correspond pas au code de base ; la RFC 2034 exige qu'ils concordent, c'est donc le code de base qui prévaut.";
  c.diagnostics[1] = "Le registre de l'IANA ne mentionne pas ce code d'état étendu précis.";
  c.diagnostics[2] = "Le registre de l'IANA n'associe pas ce code d'état étendu à ce code de base ; cette combinaison est autorisée, mais inhabituelle.";
  c.diagnostics[3] = "Le registre réserve ce code d'état étendu à d'autres classes.";
  c.diagnostics[4] = "Selon la RFC 2034, une réponse 3xx ne comporte pas de code d'état étendu ; celui-ci est donc ignoré.";
  c.diagnostics[5] = "Le registre indique que ce code d'état étendu est obsolète.";
  c.status_subject_names[0] = "État autre ou non défini";
  c.status_subject_names[1] = "État de l'adressage";
  c.status_subject_names[2] = "État de la boîte aux lettres";
  c.status_subject_names[3] = "État du système de messagerie";
  c.status_subject_names[4] = "État du réseau et du routage";
  c.status_subject_names[5] = "État du protocole de remise";
  c.status_subject_names[6] = "État du contenu ou du type de média";
  c.status_subject_names[7] = "État de sécurité ou de politique";
  c.status_class_names[0] = "Succès";
  c.status_class_names[1] = "Échec temporaire persistant";
  c.status_class_names[2] = "Échec permanent";
  c.status_class_descriptions[0] = "L'action de remise ou la commande a réussi ; le sujet et le détail peuvent apporter des précisions, par exemple sur une conversion devenue nécessaire en cours de route.";
  c.status_class_descriptions[1] = "Le message tel qu'envoyé est valide, mais une condition temporaire qui a persisté l'a bloqué ou retardé ; un nouvel envoi ultérieur peut donc réussir.";
  c.status_class_descriptions[2] = "Renvoyer le message sous sa forme actuelle a peu de chances de réussir ; le message ou la destination doit d'abord changer.";
  c.status_class_what_to_do[0] = "Aucune action n'est nécessaire.";
  c.status_class_what_to_do[1] = "Conservez le message et réessayez plus tard ; prévenez l'expéditeur si l'échec persiste longtemps.";
  c.status_class_what_to_do[2] = "Ne renvoyez pas le message tel quel ; corrigez d'abord le message ou l'adresse, ou retournez le message à l'expéditeur.";
  c.status_intro = "{status} est un code d'état étendu du sujet « {subject} ». Le X représente sa classe : 2 signale un succès, 4 un échec temporaire persistant et 5 un échec permanent.";
  c.label_usage = "Utilisé pour";
  c.usage_names[0] = "un succès, un échec temporaire ou un échec permanent ; le registre ne fixe aucune restriction";
  c.usage_names[1] = "un échec permanent uniquement (5.X.X)";
  c.usage_names[2] = "un échec temporaire persistant uniquement (4.X.X)";
  c.usage_names[3] = "un échec permanent (5.X.X) ou temporaire persistant (4.X.X)";
  c.usage_names[4] = "un succès (2.X.X) ou un échec (4.X.X ou 5.X.X)";
  c.usage_names[5] = "un succès uniquement (2.X.X)";
  c.usage_names[6] = "un succès avec avertissement (2.X.X) ou un échec permanent (5.X.X)";
  c.label_subject = "Sujet";
  c.status_deprecated = "Le registre indique que ce code est obsolète : les serveurs ne devraient donc plus l'envoyer.";
  c.status_codes_any = "Le registre l'autorise avec n'importe quel code de réponse.";
  c.status_codes_none = "Le registre ne lui associe aucun code de réponse particulier.";
  c.status_codes_class = "Tout code de réponse {digit}xx.";
  c.status_list_intro = "Un code d'état étendu (RFC 3463) a la forme classe.sujet.détail, par exemple 5.1.1. La classe vaut 2 pour un succès, 4 pour un échec temporaire persistant et 5 pour un échec permanent ; le sujet et le détail précisent ce sur quoi porte l'état.";
  c.site_title = "Codes de réponse SMTP";
  c.site_intro = "La signification de chaque code de réponse SMTP défini par une RFC, les situations où un client le reçoit et la conduite à tenir, ainsi que les codes d'état étendus du registre de l'IANA et une comparaison côte à côte de deux codes de réponse quelconques.";
  c.index_compare_note = "La page de chaque code renvoie à sa comparaison avec chacun des autres codes enregistrés.";
  c.compare_link = "{a} comparé à {b} ({name_b})";
  c.nav_home = "Accueil";
  c.nav_codes = "Codes de réponse";
  c.nav_statuses = "Codes d'état étendus";
  c.nav_language = "Langue";
  c.nav_previous = "Précédent";
  c.nav_next = "Suivant";
  c.skip_link = "Aller au contenu";
  c.footer_note = "Généré par smtpcodes {version}. Les explications suivent les RFC citées sur chaque page.";
  c.code_texts = fr_texts::codes;
  c.code_text_count = sizeof(fr_texts::codes) / sizeof(code_text);
  c.status_texts = fr_texts::statuses;
  c.status_text_count = sizeof(fr_texts::statuses) / sizeof(status_text);
  return c;
}();
// clang-format on

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
