// Spanish catalogue (es). Generated from i18n/es.json by
// tools/i18n/i18n.py header: edit the JSON file, not this header. Each text
// was translated from the English source whose hash the JSON file stores.
#ifndef SMTPCODES_LOCALE_ES_HPP
#define SMTPCODES_LOCALE_ES_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
namespace es_texts {
/// Per-code texts of Spanish, in registry order.
inline constexpr code_text codes[] = {
  {211,
   "Estado del sistema",
   "El servidor informa de su estado o da una respuesta de ayuda; el texto es informativo y la solicitud se completó correctamente.",
   "Aparece en respuesta a HELP, o a una solicitud de estado en los servidores que la admiten.",
   "No hace falta corregir nada; lea el texto si pidió información de estado.",
   "Se usa para responder a una solicitud de estado o a HELP con información sobre el propio servidor.",
   "",
   "",
   ""},
  {214,
   "Mensaje de ayuda",
   "El servidor devuelve un texto de ayuda sobre el uso del servidor o sobre un comando concreto, incluidos los no estándar. El texto está pensado para que lo lea una persona, no para que lo analice un programa.",
   "Aparece en respuesta a un comando HELP, con o sin un argumento que nombre un comando.",
   "No hace falta corregir nada. Muestre el texto al usuario que lo pidió y no base ninguna decisión del programa en su redacción.",
   "Se usa para responder a HELP con un texto destinado a una persona, como los comandos que acepta el servidor.",
   "",
   "",
   ""},
  {220,
   "Servicio listo",
   "El servidor está listo para aceptar comandos. Como primera respuesta de una conexión nueva es el saludo y empieza por el nombre de dominio del servidor; como respuesta a STARTTLS significa que el servidor está listo para la negociación TLS.",
   "El cliente lo recibe justo después de abrirse la conexión, y de nuevo en respuesta a STARTTLS cuando el servidor acepta iniciar TLS.",
   "No hace falta corregir nada. Tras el saludo, envíe EHLO (o HELO si el servidor es antiguo); tras un 220 en respuesta a STARTTLS, inicie la negociación TLS antes de enviar cualquier otro comando y después vuelva a enviar EHLO por el canal cifrado.",
   "Se usa como saludo cuando el servidor está listo para una sesión, y para responder a STARTTLS cuando puede comenzar la negociación TLS.",
   "",
   "",
   ""},
  {221,
   "Cierre de la conexión",
   "El servidor acepta el fin de la sesión y cierra el canal de transmisión después de enviar esta respuesta.",
   "Aparece en respuesta a QUIT, al final normal de una sesión.",
   "No hace falta corregir nada; la sesión ha terminado, así que cierre también la conexión por su lado.",
   "Se usa para responder a QUIT al final normal de una sesión, justo antes de que el servidor cierre la conexión.",
   "",
   "",
   ""},
  {235,
   "Autenticación correcta",
   "El intercambio de autenticación SASL ha terminado y el servidor aceptó la identidad del cliente. En esta sesión ya no se permite ningún otro comando AUTH.",
   "Aparece como respuesta final a AUTH, ya sea de inmediato o tras uno o varios desafíos 334.",
   "No hace falta corregir nada; continúe con la transacción de correo. Si en el intercambio se negoció una capa de seguridad SASL, la sesión vuelve a su estado inicial, así que envíe de nuevo EHLO antes de cualquier otro comando.",
   "Se usa para cerrar un intercambio AUTH correcto, una vez que el servidor ha aceptado la identidad del cliente.",
   "",
   "",
   ""},
  {250,
   "Acción solicitada completada",
   "La acción solicitada se completó. Tras el final de los datos del mensaje significa que el servidor ha asumido la responsabilidad de entregar el mensaje; tras ETRN solo significa que se inició un procesamiento de la cola.",
   "Aparece en respuesta a la mayoría de los comandos que se completan correctamente, como EHLO, MAIL, RCPT, RSET, NOOP y el final de los datos del mensaje; la respuesta a EHLO suele ocupar varias líneas y enumera las extensiones admitidas.",
   "No hace falta corregir nada; envíe el siguiente comando. Tras un 250 al final de los datos del mensaje, el cliente puede quitar el mensaje de su cola para los destinatarios que aceptó el servidor.",
   "Se usa siempre que un comando se completó correctamente y no corresponde ninguna respuesta de éxito más específica; tras los datos del mensaje significa que el servidor ha asumido la responsabilidad de la entrega.",
   "",
   "",
   ""},
  {251,
   "Usuario no local; se reenviará",
   "El servidor acepta al destinatario aunque el buzón no es local, y reenviará el mensaje a la dirección (forward-path) indicada en el texto de la respuesta. Tras ETRN, el mismo número significa que no hay mensajes en espera para el nodo indicado en el comando.",
   "Aparece en respuesta a RCPT o VRFY para un usuario alojado en otro sistema, y en respuesta a ETRN cuando no hay nada en cola para el nodo.",
   "No hace falta corregir nada, porque el propio servidor reenvía el mensaje. Puede actualizar sus datos con la dirección que figura en el texto, aunque nada lo exige.",
   "Se usa cuando el servidor acepta un destinatario que no es local y reenviará él mismo el mensaje.",
   "No hay mensajes en espera para el nodo",
   "El servidor aceptó la solicitud ETRN, pero no tiene mensajes en cola para el nodo indicado en el comando.",
   "No hace falta corregir nada; no hay nada en espera, así que no tiene sentido repetir ETRN hasta que haya podido llegar correo nuevo."},
  {252,
   "No se puede verificar el usuario",
   "El servidor no puede o no quiere confirmar la dirección, a menudo porque VRFY y EXPN están deshabilitados por privacidad, pero aceptará un mensaje para ella e intentará entregarlo. Tras ETRN, el mismo número significa que el servidor tiene mensajes pendientes para el nodo y ha empezado a enviarlos.",
   "Aparece en respuesta a VRFY o EXPN en servidores que no revelan sus usuarios, y en respuesta a ETRN cuando hay correo en cola para el nodo y ya ha comenzado su entrega.",
   "No hace falta corregir nada. La respuesta no indica si el buzón existe, así que envíe el mensaje y guíese por la respuesta a RCPT en lugar de tomar 252 como una confirmación.",
   "Se usa para responder a VRFY o EXPN cuando el servidor no confirma la dirección, pero aun así acepta correo para ella.",
   "Iniciado el envío de mensajes pendientes para el nodo",
   "El servidor aceptó la solicitud ETRN, tiene mensajes pendientes para el nodo y ha empezado a enviarlos.",
   "No hace falta corregir nada; cabe esperar que el servidor abra una nueva conexión hacia el nodo y entregue los mensajes en cola."},
  {253,
   "Iniciado el envío de mensajes pendientes para el nodo",
   "El servidor aceptó la solicitud ETRN, tiene mensajes pendientes para el nodo y ha empezado a enviarlos. El texto de la respuesta indica cuántos mensajes hay pendientes y nombra el nodo.",
   "Aparece solo en respuesta a ETRN, en servidores que informan del número de mensajes en cola para el nodo.",
   "No hace falta corregir nada; cabe esperar que el servidor abra una nueva conexión hacia el nodo y entregue los mensajes en cola. Si vuelve a enviar ETRN más tarde, verá si aún quedan mensajes pendientes.",
   "Se usa para responder a ETRN cuando hay mensajes en cola para el nodo y ha comenzado su entrega, indicando cuántos son.",
   "",
   "",
   ""},
  {334,
   "Desafío de autenticación",
   "El servidor continúa el intercambio de autenticación SASL, y el texto que sigue al código es únicamente un desafío codificado en base64. Un desafío vacío se envía como el código seguido de un solo espacio, y las líneas de desafío pueden ser mucho más largas que el límite habitual de 512 octetos de una línea de respuesta.",
   "Aparece en respuesta a AUTH, y a cada respuesta del cliente, mientras el mecanismo elegido necesite otra ronda.",
   "Descodifique el desafío y envíe la respuesta del mecanismo codificada en base64 en una línea propia, o envíe un único '*' para cancelar el intercambio. No aplique a estas líneas el límite normal de longitud de las líneas de respuesta.",
   "Se usa durante AUTH siempre que el mecanismo necesite otro desafío y otra respuesta.",
   "",
   "",
   ""},
  {354,
   "Inicio de la entrada del mensaje",
   "El servidor está listo para recibir el contenido del mensaje. El cliente envía el mensaje y lo termina con una línea que contiene un único punto, es decir, <CRLF>.<CRLF>.",
   "Aparece en respuesta a DATA una vez que el servidor ha aceptado al menos un destinatario.",
   "Envíe el encabezado y el cuerpo, añadiendo un punto adicional a toda línea que empiece por punto; después termine con <CRLF>.<CRLF> y espere la respuesta final. No envíe nunca datos del mensaje antes de recibir esta respuesta.",
   "Se usa para responder a DATA cuando el servidor está listo para recibir el contenido del mensaje.",
   "",
   "",
   ""},
  {355,
   "Desplazamiento de la transacción (CHECKPOINT)",
   "El servidor reconoció el identificador de una transacción interrumpida y restauró su estado, tal como permite la extensión experimental CHECKPOINT. La primera palabra del texto es el desplazamiento en octetos, contado desde cero, en el que deben reanudarse los datos del mensaje.",
   "Aparece en respuesta a un comando MAIL que repite el TRANSID de una transacción interrumpida durante la transferencia del mensaje, en un servidor que anunció CHECKPOINT.",
   "Envíe DATA de nuevo y transmita el mensaje sin sus primeros octetos hasta el desplazamiento indicado, sin contar los octetos añadidos por el relleno de puntos (dot-stuffing). Un desplazamiento de 0 significa que hay que volver a enviar el mensaje completo.",
   "Se usa solo con la extensión CHECKPOINT, cuando un comando MAIL reanuda una transacción interrumpida y el servidor indica dónde deben continuar los datos.",
   "",
   "",
   ""},
  {421,
   "Servicio no disponible",
   "El servicio no está disponible y el servidor está cerrando el canal de transmisión, por ejemplo porque se está apagando o está sobrecargado. La situación es temporal.",
   "Puede aparecer en respuesta a cualquier comando, de forma espontánea cuando el servidor debe apagarse, o en lugar del saludo 220 cuando el servidor rechaza nuevas sesiones por el momento.",
   "Cuente con que se cierre la conexión, mantenga el mensaje en la cola y reintente más tarde, probando otro host MX si el dominio lo tiene. No hay que cambiar nada en el mensaje.",
   "Se usa cuando el servidor debe cerrar la sesión por un motivo temporal, como un apagado o una sobrecarga, sea cual sea el comando pendiente.",
   "",
   "",
   ""},
  {432,
   "Se necesita una transición de contraseña",
   "El usuario tiene que pasar al mecanismo de autenticación que seleccionó el cliente, lo que normalmente se hace autenticándose una vez con el mecanismo PLAIN. Después, el mecanismo seleccionado debería funcionar en las sesiones siguientes.",
   "Aparece en respuesta a AUTH cuando la cuenta aún no está preparada para el mecanismo seleccionado.",
   "Autentíquese una vez con PLAIN a través de una conexión protegida con TLS y use después el mecanismo seleccionado en las sesiones siguientes.",
   "Se usa para responder a AUTH cuando la cuenta debe pasar primero al mecanismo seleccionado autenticándose una vez con PLAIN.",
   "",
   "",
   ""},
  {450,
   "Buzón no disponible temporalmente",
   "La acción de correo solicitada no se realizó porque el buzón no está disponible por ahora, por ejemplo porque está ocupado o bloqueado, o porque una política lo impide temporalmente. Los servidores con listas grises (greylisting) también lo usan con frecuencia.",
   "Suele aparecer en respuesta a RCPT y, a veces, en respuesta a MAIL, tras el final de los datos del mensaje o en respuesta a ATRN cuando el proveedor rechaza la solicitud.",
   "Mantenga el mensaje en la cola y reintente más tarde; un servidor con listas grises acepta el reintento al cabo de unos minutos. Si la respuesta persiste durante días, devuelva el mensaje al remitente.",
   "Se usa cuando el buzón no se puede usar por ahora, por ejemplo porque está bloqueado o porque las listas grises piden al cliente que vuelva más tarde.",
   "",
   "",
   ""},
  {451,
   "Error local de procesamiento",
   "El servidor interrumpió la acción solicitada por un error local, como una consulta DNS o a una base de datos fallida o un fallo interno. Un cliente cuya conexión se corta inesperadamente debe actuar como si hubiera recibido esta respuesta.",
   "Aparece en respuesta a MAIL, RCPT, el final de los datos del mensaje, BURL o ATRN cuando el servidor sufre un problema interno temporal.",
   "Mantenga el mensaje en la cola y reintente más tarde, porque el problema está en el servidor. Si persiste, el administrador del servidor debe revisar los registros del servidor.",
   "Se usa cuando un fallo temporal del servidor, como una consulta fallida, impide ejecutar el comando.",
   "",
   "",
   ""},
  {452,
   "Almacenamiento insuficiente",
   "La acción no se realizó porque al servidor le falta por ahora espacio de almacenamiento, por ejemplo para un mensaje del tamaño declarado. También es la respuesta correcta cuando una transacción tiene más destinatarios de los que el servidor acepta.",
   "Aparece en respuesta a MAIL cuando el tamaño declarado no se puede almacenar en ese momento, en respuesta a RCPT cuando se alcanza el límite de destinatarios, o tras el final de los datos del mensaje.",
   "Si hay demasiados destinatarios, envíe los destinatarios rechazados en una nueva transacción una vez completada esta. Si falta almacenamiento, mantenga el mensaje en la cola y reintente más tarde.",
   "Se usa cuando al servidor le falta almacenamiento por ahora, o cuando una transacción tiene más destinatarios de los que el servidor admite.",
   "",
   "",
   ""},
  {453,
   "No hay correo en cola",
   "Un proveedor de On-Demand Mail Relay responde 453 a ATRN cuando ninguno de los dominios solicitados tiene correo en cola para el cliente. No es un rechazo: el cliente está autorizado para esos dominios (un rechazo sería 450); simplemente no hay nada que entregar.",
   "Aparece solo en respuesta a ATRN en una conexión On-Demand Mail Relay cuando las colas de los dominios solicitados están vacías.",
   "No hace falta hacer nada; termine la sesión con QUIT y vuelva a enviar ATRN en una sesión posterior, cuando pueda haber llegado correo.",
   "Se usa para responder a ATRN cuando ninguno de los dominios solicitados tiene correo en espera.",
   "",
   "",
   ""},
  {454,
   "TLS no disponible temporalmente",
   "En respuesta a STARTTLS significa que el servidor no puede iniciar TLS en este momento por un motivo temporal. En respuesta a AUTH, el mismo código indica un fallo temporal de autenticación en el servidor, no unas credenciales incorrectas.",
   "Aparece en respuesta a STARTTLS cuando la configuración TLS del servidor no se puede usar temporalmente, y en respuesta a AUTH cuando el servicio de autenticación del servidor falla durante un tiempo.",
   "Tras STARTTLS, RFC 3207 §4 deja la decisión a la política local: si TLS es obligatorio para el destino (por su configuración, MTA-STS o DANE), mantenga el mensaje en cola y reintente más tarde, probando antes otro host MX; si no, continúe la sesión sin cifrado. Tras AUTH, reintente la autenticación más tarde sin pedir al usuario una contraseña nueva; si el fallo persiste, el administrador del servidor debe revisar su servicio de autenticación.",
   "Se usa para responder a STARTTLS o AUTH cuando TLS o el servicio de autenticación no se pueden usar temporalmente en el servidor.",
   "Fallo temporal de autenticación",
   "El intento de autenticación falló por un problema temporal en el servidor, no porque las credenciales sean incorrectas.",
   "Reintente la autenticación más tarde e indique al usuario que el fallo es del servidor; no le vuelva a pedir la contraseña."},
  {455,
   "El servidor no puede atender los parámetros",
   "El servidor reconoce un parámetro indicado en MAIL o RCPT, pero no puede atenderlo en este momento. La situación es temporal; la especificación del propio parámetro puede indicar otro código.",
   "Aparece en respuesta a MAIL o RCPT con un parámetro de extensión, como un plazo DELIVERBY que el servidor no puede cumplir ahora mismo.",
   "Reintente la transacción más tarde, o envíela sin el parámetro si el mensaje no depende de él.",
   "Se usa cuando el servidor no puede atender en este momento un parámetro de MAIL o RCPT, pero quizá pueda hacerlo más adelante.",
   "",
   "",
   ""},
  {458,
   "No se puede procesar la cola del nodo",
   "El servidor admite ETRN, pero no inició el procesamiento de la cola para el nodo indicado en el comando, por un motivo local.",
   "Aparece solo en respuesta a ETRN, cuando el servidor acepta la solicitud pero no puede iniciar el procesamiento de la cola para el nodo, por ejemplo porque su servicio de colas falló o porque no mantiene una cola separada para ese nodo. Un rechazo por política, como un cliente sin permiso para usar ETRN con ese nodo, es 459.",
   "Vuelva a intentar ETRN más tarde; mientras tanto, el correo en cola para su nodo sigue el calendario normal de reintentos del servidor. Si sigue fallando, pida al administrador del servidor que revise su servicio de colas y que compruebe que guarda el correo de su nodo con el nombre que usted envía.",
   "Se usa para responder a ETRN cuando el servidor no inicia el procesamiento de la cola para el nodo por un motivo local.",
   "",
   "",
   ""},
  {459,
   "Nodo no permitido",
   "El servidor se niega a iniciar la cola para el nodo indicado, y el texto de la respuesta da el motivo, por ejemplo que el nombre no se puede resolver.",
   "Aparece solo en respuesta a ETRN cuando la política del servidor no permite a este cliente liberar el correo de ese nodo.",
   "Lea el motivo en el texto, corrija el nombre del nodo o el carácter de opción si es incorrecto, o pida al administrador del servidor que permita ETRN para el nodo.",
   "Se usa para responder a ETRN cuando la política no permite a este cliente liberar el correo del nodo, indicando el motivo en el texto.",
   "",
   "",
   ""},
  {500,
   "Error de sintaxis, comando no reconocido",
   "El servidor no reconoció el comando, o la línea de comando era demasiado larga. Durante AUTH, el mismo código indica una respuesta del cliente más larga que el búfer de autenticación del servidor.",
   "Puede aparecer en respuesta a cualquier comando, normalmente tras un verbo mal escrito o desconocido, una línea demasiado larga o un texto enviado cuando el servidor esperaba un comando.",
   "Compruebe la ortografía del comando y mantenga las líneas de comando dentro de 512 octetos, CRLF incluido, salvo que una extensión permita más. Si EHLO recibe 500, el servidor es antiguo, así que recurra a HELO.",
   "Se usa cuando el servidor no reconoce el comando en absoluto o la línea de comando es demasiado larga.",
   "",
   "",
   ""},
  {501,
   "Error de sintaxis en los parámetros",
   "El comando se reconoció, pero sus argumentos están mal formados o no están permitidos, por ejemplo una dirección mal formada, un argumento para un comando que no admite ninguno o una respuesta AUTH que no es base64 válido. El servidor permanece en el estado en que estaba antes del comando.",
   "Puede aparecer en respuesta a cualquier comando, sobre todo MAIL, RCPT, EHLO o HELO con un argumento mal formado, STARTTLS con parámetros o AUTH después de que el cliente lo cancelara con '*'.",
   "Corrija el argumento, por ejemplo ponga las direcciones entre corchetes angulares e indique un dominio válido en EHLO, y vuelva a enviar el comando. Tras un AUTH cancelado, la respuesta solo confirma la cancelación.",
   "Se usa cuando el comando se reconoce, pero sus argumentos están mal formados o no están permitidos.",
   "",
   "",
   ""},
  {502,
   "Comando no implementado",
   "El servidor reconoce el comando, pero no lo implementa o lo ha deshabilitado, como hacen muchos sitios con VRFY y EXPN.",
   "Aparece en respuesta a un comando reconocido pero no admitido, como VRFY, EXPN, HELP o TURN, o a EHLO en servidores muy antiguos; un proveedor de On-Demand Mail Relay puede responder así a cualquier comando que no sea EHLO, AUTH, ATRN o QUIT.",
   "No vuelva a enviar ese comando a este servidor; consulte la respuesta a EHLO para ver qué extensiones ofrece, y recurra a HELO si el propio EHLO recibe 502.",
   "Se usa cuando el servidor conoce el comando, pero no lo implementa o lo ha deshabilitado.",
   "",
   "",
   ""},
  {503,
   "Secuencia de comandos incorrecta",
   "El comando es válido, pero no está permitido en este punto de la sesión, por ejemplo RCPT antes de MAIL, DATA sin ningún destinatario aceptado o AUTH durante una transacción o después de un AUTH correcto. El servidor mantiene el estado en que estaba antes del comando.",
   "Aparece en respuesta a un comando enviado fuera de orden, y en respuesta a cualquier comando que no sea QUIT después de que el servidor rechazara la sesión con un saludo 554.",
   "Envíe los comandos en el orden que exige SMTP: primero EHLO o HELO, y después MAIL, RCPT y DATA. Si sigue a un saludo 554, envíe QUIT y pruebe otro host.",
   "Se usa cuando un comando válido llega en un punto incorrecto de la sesión, como RCPT antes de MAIL.",
   "",
   "",
   ""},
  {504,
   "Parámetro del comando no implementado",
   "El servidor no implementa un parámetro del comando. En respuesta a AUTH significa que el mecanismo SASL solicitado no se admite o no se puede usar ahora, por ejemplo porque requiere cifrado.",
   "Suele aparecer en respuesta a un AUTH que nombra un mecanismo que el servidor no anunció, y a veces en respuesta a EHLO, HELO, VRFY, EXPN, HELP o MAIL con un argumento que el servidor no admite.",
   "Elija un mecanismo AUTH de la lista que figura en la respuesta del servidor a EHLO, o envíe el comando sin el parámetro no admitido.",
   "Se usa cuando el comando se admite, pero uno de sus parámetros, como el mecanismo AUTH, no.",
   "",
   "",
   ""},
  {521,
   "El host no acepta correo",
   "El host no acepta correo en ninguna circunstancia; ejecuta un servidor SMTP mínimo solo para comunicárselo a los remitentes. No está pensado para rechazar remitentes o mensajes concretos, para lo cual existe 554.",
   "Aparece en lugar del saludo 220; los comandos siguientes pueden recibir de nuevo 521, o el servidor puede simplemente cerrar la conexión.",
   "No reintente con este host. Pruebe el siguiente host MX si el dominio lo tiene; si no, devuelva el mensaje al remitente. El propietario del dominio debería dejar de apuntar registros MX a este host.",
   "Se usa como saludo de un host que nunca acepta correo, para que los remitentes dejen de intentarlo.",
   "",
   "",
   ""},
  {530,
   "Se requiere STARTTLS",
   "El servidor exige una sesión cifrada, por lo que el cliente debe emitir STARTTLS antes de que se pueda aceptar el comando. El mismo código se usa cuando la política del servidor exige autenticarse primero, por ejemplo en un puerto de envío (submission) o antes de ATRN.",
   "Aparece en respuesta a comandos como MAIL, RCPT o AUTH enviados antes de que la sesión esté cifrada, o antes de que esté autenticada, en un servidor cuya política lo exige.",
   "Envíe STARTTLS, complete la negociación TLS, vuelva a enviar EHLO y repita el comando. Si la respuesta del servidor a EHLO no incluye STARTTLS, puede que un cortafuegos o un proxy intermedio lo elimine o que el puerto no lo ofrezca: para el envío desde clientes de correo (submission), use el puerto 587 con STARTTLS o el 465 con TLS implícito. Si el texto de la respuesta pide en cambio autenticación, autentíquese con AUTH y repita el comando.",
   "Se usa cuando la política exige STARTTLS, o autenticación, antes de poder aceptar el comando.",
   "Se requiere autenticación",
   "La política del servidor exige que el cliente se autentique antes de aceptar el comando, como hacen los servidores de envío de mensajes y los proveedores de On-Demand Mail Relay.",
   "Autentíquese con AUTH, a través de TLS si el servidor lo exige, y repita después el comando."},
  {534,
   "Mecanismo de autenticación demasiado débil",
   "El mecanismo de autenticación seleccionado es más débil de lo que permite la política del servidor para este usuario.",
   "Aparece en respuesta a AUTH, por ejemplo cuando se usa un mecanismo de texto sin cifrar donde la política exige uno más robusto.",
   "Repita AUTH con un mecanismo más robusto de la lista que anunció el servidor; el problema es el mecanismo, no la contraseña.",
   "Se usa para responder a AUTH cuando el mecanismo elegido es más débil de lo que permite la política del servidor para este usuario.",
   "",
   "",
   ""},
  {535,
   "Credenciales de autenticación no válidas",
   "La autenticación falló porque las credenciales no eran válidas o eran insuficientes. Es la respuesta predeterminada cuando un servidor no puede autenticar al cliente.",
   "Aparece en respuesta a AUTH, normalmente tras la última respuesta del intercambio, cuando el nombre de usuario o la contraseña son incorrectos.",
   "Pida al usuario nuevas credenciales y vuelva a emitir AUTH, o pruebe otro mecanismo. No siga repitiendo credenciales que ya han fallado, porque los servidores pueden cerrar la conexión tras varios fallos.",
   "Se usa para responder a AUTH cuando las credenciales son incorrectas o insuficientes.",
   "",
   "",
   ""},
  {538,
   "Se requiere cifrado para el mecanismo",
   "El mecanismo de autenticación seleccionado solo se puede usar en una conexión cifrada. La RFC 4954 conserva este código solo por razones históricas, porque los servidores actuales no deberían anunciar estos mecanismos antes de que el cifrado esté activo.",
   "Aparece en respuesta a un AUTH enviado por una conexión sin cifrar, en servidores antiguos.",
   "Emita STARTTLS, vuelva a enviar EHLO y repita después AUTH por la conexión cifrada.",
   "Evítelo en servidores nuevos: rechaza en una conexión sin cifrar un mecanismo que requiere cifrado, y los servidores actuales evitan ese caso no anunciando esos mecanismos antes de STARTTLS.",
   "",
   "",
   ""},
  {550,
   "Buzón no disponible",
   "La acción solicitada no se realizó porque el buzón no está disponible, por ejemplo porque no existe, porque el cliente no tiene acceso a él o porque el comando se rechazó por motivos de política. Muchos servidores lo usan también para rechazos por spam, por reputación o por SPF o DMARC.",
   "Suele aparecer en respuesta a RCPT para una dirección desconocida, y también en respuesta a MAIL, al final de los datos del mensaje, a VRFY o a EXPN cuando el servidor rechaza la solicitud por motivos de política.",
   "Compruebe si la dirección del destinatario tiene errores tipográficos y elimínela de su lista si no existe. Si el texto o el código extendido apuntan a la política o a la reputación, corrija la configuración de envío, como SPF, DKIM, DMARC, el DNS inverso o una dirección IP incluida en una lista de bloqueo, antes de volver a enviar.",
   "Se usa cuando el buzón no existe o la solicitud se rechaza definitivamente, por ejemplo por política.",
   "",
   "",
   ""},
  {551,
   "Usuario no local",
   "El destinatario no es local en este servidor y el servidor no reenviará el mensaje. El texto de la respuesta suele indicar la dirección (forward-path) que debe probarse en su lugar.",
   "Aparece en respuesta a RCPT o VRFY para un usuario que ha cambiado de dirección, en servidores que aún comunican las nuevas direcciones; muchos sitios lo deshabilitan por privacidad.",
   "Vuelva a enviar el mensaje a la dirección indicada en el texto de la respuesta, tras comprobar que es plausible, y actualice sus datos. Si no se indica ninguna dirección, devuelva el mensaje al remitente.",
   "Se usa cuando el destinatario no es local y el servidor no reenviará el mensaje, idealmente indicando la nueva dirección en el texto.",
   "",
   "",
   ""},
  {552,
   "Asignación de almacenamiento superada",
   "La acción se interrumpió porque se superó un límite de almacenamiento: el mensaje es mayor que el tamaño máximo fijo del servidor, o el buzón del destinatario está lleno. En RCPT, algunos servidores aún lo usan para indicar demasiados destinatarios, caso que según la RFC 5321 debe tratarse como el código temporal 452.",
   "Aparece en respuesta a MAIL cuando el tamaño declarado supera el máximo del servidor, en respuesta a RCPT para un destinatario que no puede recibir el mensaje o cuando se alcanza el límite de destinatarios, o tras el final de los datos del mensaje.",
   "Un rechazo por tamaño es permanente, así que envíe un mensaje más pequeño, por ejemplo con enlaces en lugar de archivos adjuntos grandes. Si el buzón está lleno, el destinatario debe liberar espacio; si hay demasiados destinatarios, envíe los destinatarios rechazados en una nueva transacción, como tras un 452.",
   "Se usa cuando un mensaje supera de forma definitiva un límite de tamaño fijo o el almacenamiento del destinatario.",
   "",
   "",
   ""},
  {553,
   "Nombre de buzón no permitido",
   "La acción no se realizó porque el nombre del buzón no está permitido, normalmente porque su sintaxis es incorrecta. Los servidores SMTPUTF8 también lo usan para un destinatario que necesita una dirección ASCII.",
   "Aparece en respuesta a MAIL o RCPT con una dirección mal formada o rechazada, y en respuesta a VRFY para un nombre que el servidor no acepta.",
   "Corrija la dirección, por ejemplo quitando espacios o caracteres no válidos e indicando un nombre de dominio completo, y vuelva a enviar. Algunos servidores también lo usan para denegar la retransmisión (relay), así que, si la dirección es correcta, compruebe que el cliente tiene permiso para retransmitir o se ha autenticado.",
   "Se usa cuando el propio nombre del buzón no es aceptable, normalmente porque su sintaxis es incorrecta.",
   "",
   "",
   ""},
  {554,
   "Transacción fallida",
   "La transacción falló o, si se envía como saludo, el servidor no prestará servicio SMTP a este cliente. Es un rechazo permanente genérico, que se usa por ejemplo para un contenido de mensaje rechazado o para una sesión cuya seguridad TLS es insuficiente.",
   "Aparece en lugar del saludo 220, en respuesta a DATA cuando no se aceptó ningún destinatario, tras el final de los datos del mensaje, o en respuesta a cualquier comando una vez que el servidor ha considerado demasiado débil el TLS negociado.",
   "Tras un saludo 554, el servidor sigue esperando QUIT y responde a los demás comandos con 503, así que envíe QUIT y pruebe otro host, o corrija la causa indicada en el texto, a menudo una dirección IP incluida en una lista de bloqueo. Tras los datos del mensaje, cambie lo que el texto o el código extendido señalen como causa del rechazo, y no vuelva a enviar el mismo mensaje sin cambios.",
   "Se usa para un rechazo permanente que ningún código más específico describe, como un contenido rechazado o una sesión denegada.",
   "",
   "",
   ""},
  {555,
   "Parámetros no reconocidos",
   "El servidor no reconoce o no implementa un parámetro indicado en MAIL FROM o RCPT TO. El rechazo es permanente para este servidor.",
   "Aparece en respuesta a MAIL o RCPT con un parámetro de extensión que el servidor no anunció, como los parámetros SIZE, BODY o DSN enviados a un servidor sin esas extensiones.",
   "Envíe solo parámetros de las extensiones que figuran en la respuesta del servidor a EHLO, y asegúrese de que la sesión empezó con EHLO y no con HELO antes de añadir ninguno.",
   "Se usa cuando MAIL o RCPT llevan un parámetro que el servidor no reconoce o no implementa.",
   "",
   "",
   ""},
  {556,
   "El dominio no acepta correo",
   "Un servidor de retransmisión o de envío sabe, sin intentar conectarse, que el dominio del destinatario no acepta correo, normalmente porque el dominio publica un registro MX nulo.",
   "Aparece en respuesta a RCPT, u otro comando que lleve una ruta de destino (forward-path), para una dirección de un dominio así.",
   "Trátelo como cualquier otro fallo permanente: corrija o elimine la dirección, porque el correo a ese dominio no se puede entregar.",
   "Se usa cuando un servidor de retransmisión sabe que el dominio del destinatario no acepta correo, por ejemplo porque el dominio publica un registro MX nulo.",
   "",
   "",
   ""},
};
/// Enhanced-status texts of Spanish, in registry order.
inline constexpr status_text statuses[] = {
  {0, 0,
   "Otro estado no definido",
   "Solo se conoce la clase del estado; el servidor no indicó ningún ámbito ni detalle que explique mejor lo ocurrido.",
   "Actúe según la clase y el código de respuesta básico, y lea el texto del servidor para conocer el motivo real."},
  {1, 0,
   "Otro estado de dirección",
   "Algo relacionado con una dirección, la del remitente o la de un destinatario, causó este estado, y no corresponde ningún código de direccionamiento más específico.",
   "Compruebe si las direcciones del remitente y del destinatario tienen errores tipográficos, y lea el texto del servidor para ver a qué dirección se refiere."},
  {1, 1,
   "Dirección de buzón de destino incorrecta",
   "El buzón del destinatario no existe en el destino: la parte de la dirección anterior a la @ no se conoce allí.",
   "Compruebe si la dirección del destinatario tiene errores tipográficos o pida al destinatario una dirección actual; no vuelva a enviar a la misma dirección sin cambios."},
  {1, 2,
   "Dirección de sistema de destino incorrecta",
   "El sistema de destino indicado en la dirección del destinatario no existe o no puede aceptar correo, así que la parte de la dirección posterior a la @ no es válida para el correo.",
   "Compruebe si la parte de dominio de la dirección del destinatario tiene errores tipográficos y confirme que el dominio recibe correo."},
  {1, 3,
   "Sintaxis incorrecta en la dirección del buzón de destino",
   "La dirección del destinatario no es sintácticamente válida; el error puede estar en cualquier parte de la dirección.",
   "Corrija el formato de la dirección del destinatario, por ejemplo espacios sobrantes, corchetes angulares que faltan o caracteres no válidos, y vuelva a enviar."},
  {1, 4,
   "Dirección de buzón de destino ambigua",
   "La dirección del destinatario coincide con más de un buzón en el destino, lo que puede ocurrir cuando el servidor asigna direcciones a buzones por coincidencia aproximada.",
   "Use la dirección exacta y completa del destinatario, de modo que identifique un único buzón."},
  {1, 5,
   "Dirección de destino válida",
   "La dirección del destinatario se aceptó como válida; este código corresponde a respuestas positivas y a informes de entrega.",
   "No hace falta hacer nada."},
  {1, 6,
   "El buzón de destino se ha trasladado, sin dirección de reenvío",
   "La dirección del destinatario fue válida en su momento, pero el destino ya no acepta correo para ella y no indica ninguna dirección de reenvío.",
   "Elimine la dirección de sus listas y obtenga la nueva dirección del destinatario por otros medios."},
  {1, 7,
   "Sintaxis incorrecta en la dirección del buzón del remitente",
   "La dirección del remitente no es sintácticamente válida; el error puede estar en cualquier parte de la dirección.",
   "Corrija la dirección del remitente configurada en el cliente de correo o en el sistema de envío, y vuelva a enviar."},
  {1, 8,
   "Dirección de sistema del remitente incorrecta",
   "El dominio de la dirección del remitente no existe o no puede aceptar correo devuelto, así que la parte de la dirección del remitente posterior a la @ no es válida para el correo.",
   "Envíe desde una dirección cuyo dominio exista y reciba correo, por ejemplo corrigiendo los registros MX o de dirección del dominio en el DNS."},
  {1, 9,
   "Mensaje retransmitido a un sistema de correo no conforme",
   "La dirección del destinatario era válida, pero el mensaje se pasó a un sistema que no admite el seguimiento de mensajes, así que no hay más información disponible sobre él.",
   "Considere que el mensaje se ha entregado al siguiente sistema; solo los administradores de ese sistema pueden dar más información sobre su estado."},
  {1, 10,
   "La dirección del destinatario tiene un MX nulo",
   "El dominio del destinatario publica un registro MX nulo, que declara que el dominio no acepta ningún correo.",
   "No reintente; compruebe si el dominio de la dirección está mal escrito y pida al destinatario una dirección de un dominio que reciba correo."},
  {2, 0,
   "Otro estado del buzón o estado no definido",
   "El buzón del destinatario existe, pero algo relacionado con él causó este estado, y no corresponde ningún código de buzón más específico.",
   "Lea el motivo en el texto del servidor; si el problema persiste, póngase en contacto con el destinatario por otros medios."},
  {2, 1,
   "Buzón deshabilitado, no acepta mensajes",
   "El buzón existe, pero no acepta mensajes; es permanente si nunca se va a volver a habilitar y temporal si solo está suspendido por ahora.",
   "Tras un fallo temporal, reintente más tarde; tras uno permanente, deje de enviar a la dirección y póngase en contacto con el destinatario por otros medios."},
  {2, 2,
   "Buzón lleno",
   "El buzón del destinatario está lleno porque ha alcanzado su cuota o su capacidad de almacenamiento; el destinatario puede liberar espacio eliminando mensajes.",
   "Reintente más tarde y, si el buzón sigue lleno, avise al destinatario por otros medios."},
  {2, 3,
   "La longitud del mensaje supera el límite administrativo",
   "El mensaje es mayor que un límite de tamaño fijado para este buzón en concreto, que es inferior al límite del sistema en su conjunto.",
   "Envíe un mensaje más pequeño, por ejemplo compartiendo los archivos adjuntos grandes mediante un enlace."},
  {2, 4,
   "Problema al expandir la lista de correo",
   "La dirección es una lista de correo, y la lista no se pudo expandir a las direcciones de sus miembros.",
   "Reintente más tarde si el fallo es temporal; si no, comunique el problema al propietario de la lista."},
  {3, 0,
   "Otro estado del sistema de correo o estado no definido",
   "El estado se refiere al sistema de correo de destino, que existe y normalmente acepta correo, y no corresponde ningún código de sistema de correo más específico.",
   "Tras un fallo temporal, reintente más tarde; si el fallo es permanente o se repite, póngase en contacto con el postmaster del destino."},
  {3, 1,
   "Sistema de correo lleno",
   "El sistema de correo de destino se ha quedado sin almacenamiento, algo que el destinatario no puede solucionar eliminando mensajes.",
   "Reintente más tarde; el administrador del destino tiene que liberar o ampliar el almacenamiento."},
  {3, 2,
   "El sistema no acepta mensajes de la red",
   "El host que aloja el buzón no acepta mensajes, por ejemplo por un apagado, una carga elevada o tareas de mantenimiento, o porque nunca acepta correo.",
   "Tras un fallo temporal, reintente más tarde; tras uno permanente, como una respuesta 521, este host no recibe correo y hace falta otra ruta u otra dirección."},
  {3, 3,
   "El sistema no admite las funciones seleccionadas",
   "El sistema de destino no admite funciones solicitadas para el mensaje, lo que puede ocurrir en una pasarela que no puede trasladar una función a otro entorno de correo.",
   "Vuelva a enviar el mensaje sin las funciones opcionales que solicitaba, o pregunte al administrador del destino qué funciones se admiten."},
  {3, 4,
   "Mensaje demasiado grande para el sistema",
   "El mensaje es mayor que el límite de tamaño por mensaje del destino, tanto si ese límite es físico como si lo fija una política.",
   "Reduzca el tamaño del mensaje, por ejemplo quitando los archivos adjuntos grandes o sustituyéndolos por enlaces, y vuelva a enviar."},
  {3, 5,
   "Sistema configurado incorrectamente",
   "El sistema de destino no está configurado de forma que pueda aceptar este mensaje.",
   "Comunique el problema al postmaster del destino; volver a enviar no servirá de nada hasta que se corrija la configuración."},
  {3, 6,
   "Se cambió la prioridad solicitada",
   "El mensaje se aceptó, pero el servidor cambió la prioridad de transferencia solicitada con la extensión MT-PRIORITY; el texto de la respuesta empieza por la nueva prioridad.",
   "No hace falta hacer nada; tome nota de la nueva prioridad indicada en el texto de la respuesta si el momento de la entrega es importante."},
  {4, 0,
   "Otro estado de red o de enrutamiento, o estado no definido",
   "Algo falló en la red o en el enrutamiento del mensaje, y no corresponde ningún código de red o de enrutamiento más específico.",
   "Reintente más tarde; si el problema persiste, compruebe el DNS y la conectividad hacia el destino."},
  {4, 1,
   "Sin respuesta del host",
   "El intento de conexión saliente no obtuvo respuesta, porque el sistema remoto estaba ocupado o no podía aceptar la conexión.",
   "Reintente más tarde; si persiste, compruebe que el host de destino está en funcionamiento y es accesible en el puerto SMTP."},
  {4, 2,
   "Conexión defectuosa",
   "Se estableció una conexión, pero la transacción del mensaje no se pudo completar por un tiempo de espera agotado o por la mala calidad de la conexión.",
   "Reintente más tarde; si vuelve a ocurrir, busque problemas de red, cortafuegos o tiempos de espera agotados entre los dos hosts."},
  {4, 3,
   "Fallo del servidor de directorio",
   "El mensaje no se pudo reenviar porque un servidor de directorio, como un servidor DNS, no estaba disponible.",
   "Reintente más tarde; si persiste, compruebe los servidores DNS que usa el sistema que notificó el fallo."},
  {4, 4,
   "No se puede enrutar",
   "El sistema de correo no pudo determinar el siguiente salto del mensaje porque el servidor de directorio no tenía la información de enrutamiento, por ejemplo cuando el DNS devuelve solo un registro SOA para el dominio.",
   "Compruebe si el dominio del destinatario tiene errores tipográficos y confirme que tiene registros MX o de dirección válidos en el DNS."},
  {4, 5,
   "Congestión del sistema de correo",
   "El sistema de correo no pudo entregar el mensaje porque estaba congestionado.",
   "Reintente más tarde, preferiblemente con menos conexiones o mensajes en paralelo."},
  {4, 6,
   "Bucle de enrutamiento detectado",
   "Un bucle de enrutamiento, causado por tablas de enrutamiento erróneas o por un reenvío configurado por un usuario, hizo que el mensaje pasara demasiadas veces de un sistema a otro.",
   "Revise las reglas de reenvío y la configuración MX o de retransmisión de la dirección del destinatario, y vuelva a enviar."},
  {4, 7,
   "Plazo de entrega vencido",
   "El mensaje se consideró demasiado antiguo, bien porque permaneció demasiado tiempo en la cola, bien porque se agotó el plazo fijado por su remitente.",
   "Compruebe si el destino es accesible y vuelva a enviar el mensaje; los errores anteriores en el registro de la cola suelen mostrar la causa real."},
  {5, 0,
   "Otro estado del protocolo o estado no definido",
   "El estado se refiere al protocolo de entrega de correo, y no corresponde ningún código de protocolo más específico; con una respuesta de éxito solo confirma el comando.",
   "Tras un éxito no hace falta hacer nada; tras un fallo, lea el texto del servidor para ver qué comando o paso rechazó."},
  {5, 1,
   "Comando no válido",
   "Se envió un comando del protocolo fuera de secuencia o el servidor no lo admite.",
   "Corrija el orden de los comandos SMTP, o deje de usar el comando que el servidor no admite."},
  {5, 2,
   "Error de sintaxis",
   "No se pudo interpretar un comando del protocolo, porque su sintaxis es incorrecta o el comando no se reconoce.",
   "Corrija la sintaxis del comando que envió el cliente, o use un comando que el servidor reconozca."},
  {5, 3,
   "Demasiados destinatarios",
   "El mensaje tiene más destinatarios de los que el servidor acepta en una transacción.",
   "Envíe los destinatarios restantes en otra transacción; el software de correo suele hacerlo por sí solo."},
  {5, 4,
   "Argumentos del comando no válidos",
   "Se envió un comando válido con argumentos no válidos, porque un valor estaba fuera de rango o nombraba una función que el servidor no reconoce.",
   "Corrija los parámetros del comando, por ejemplo un mecanismo AUTH o el valor de una extensión de MAIL FROM, y vuelva a enviarlo."},
  {5, 5,
   "Versión de protocolo incorrecta",
   "Los dos sistemas usan versiones de protocolo que no coinciden, y no pudieron resolver la diferencia por sí mismos.",
   "Actualice o reconfigure el software del cliente o del servidor para que ambos lados usen una versión de protocolo común."},
  {5, 6,
   "Línea del intercambio de autenticación demasiado larga",
   "Una línea de respuesta AUTH del cliente era más larga que el búfer del servidor para el mecanismo de autenticación elegido.",
   "Use un mecanismo de autenticación o unas credenciales que generen respuestas más cortas, o pida al administrador del servidor que aumente el límite."},
  {6, 0,
   "Otro error de tipo de medio o error no definido",
   "Algo relacionado con el contenido del mensaje impidió entregarlo, y no corresponde ningún código de contenido o de tipo de medio más específico.",
   "Revise el formato y los archivos adjuntos del mensaje, y lea el texto del servidor para ver qué parte rechazó."},
  {6, 1,
   "Tipo de medio no admitido",
   "El mensaje usa un tipo de medio que no admite el protocolo de entrega o el siguiente sistema de la ruta.",
   "Envíe el contenido en un formato ampliamente admitido, por ejemplo convirtiendo o quitando la parte no admitida."},
  {6, 2,
   "Conversión necesaria pero prohibida",
   "El contenido del mensaje debe convertirse para poder entregarse, pero el remitente o la política del host de envío prohíben esa conversión.",
   "Permita la conversión, o envíe el contenido en una forma que el destino acepte sin conversión."},
  {6, 3,
   "Conversión necesaria pero no admitida",
   "El contenido del mensaje debe convertirse para poder reenviarse, pero un host de la ruta no puede hacerlo, por ejemplo una pasarela que no puede convertir contenido de 8 bits a 7 bits.",
   "Envíe el mensaje en una forma que no necesite conversión, por ejemplo con codificaciones MIME de 7 bits."},
  {6, 4,
   "Conversión realizada con pérdida",
   "El mensaje se entregó, pero una conversión por el camino perdió parte de sus datos; como fallo permanente significa que el remitente había prohibido la conversión con pérdida.",
   "Confirme con el destinatario que el contenido llegó íntegro y, si no fue así, vuelva a enviarlo en un formato que no necesite conversión."},
  {6, 5,
   "Conversión fallida",
   "Se intentó una conversión necesaria del contenido del mensaje y falló.",
   "Vuelva a enviar el mensaje en un formato que no necesite conversión, o reintente más tarde si el fallo fue temporal."},
  {6, 6,
   "Contenido del mensaje no disponible",
   "El servidor no pudo obtener el contenido del mensaje del sistema remoto indicado en un comando BURL, como un servidor IMAP.",
   "Compruebe que la URL del comando BURL es válida y que el servidor de envío puede acceder al servidor de contenido, y reintente."},
  {6, 7,
   "Direcciones no ASCII no permitidas para ese remitente o destinatario",
   "El servidor rechazó un comando MAIL o RCPT porque la dirección contiene caracteres no ASCII, que no están permitidos para ese remitente o destinatario.",
   "Use una dirección formada solo por caracteres ASCII, o envíe a través de servidores que admitan la extensión SMTPUTF8."},
  {6, 8,
   "Se requiere una respuesta con cadenas UTF-8, pero el cliente SMTP no la permite",
   "La respuesta tendría que contener un nombre de buzón UTF-8, pero el cliente no permitió UTF-8 en las respuestas, por ejemplo en un VRFY o EXPN enviado sin SMTPUTF8.",
   "Repita el comando con el parámetro SMTPUTF8 si el cliente lo admite."},
  {6, 9,
   "Un mensaje con encabezados UTF-8 no se puede transferir a uno o más destinatarios, así que debe rechazarse",
   "Tras el final de los datos del mensaje, la transacción falló porque un mensaje con campos de encabezado UTF-8 no se puede entregar a uno o más de sus destinatarios.",
   "Envíe el mensaje a esos destinatarios con campos de encabezado y direcciones solo en ASCII, o a través de una ruta que admita SMTPUTF8."},
  {6, 10,
   "Duplicado obsoleto de X.6.8",
   "Este código se registró como duplicado de X.6.8 y está obsoleto en favor de ese código, que tiene el mismo significado.",
   "Trátelo como X.6.8: repita el comando con el parámetro SMTPUTF8 si el cliente lo admite."},
  {7, 0,
   "Otro estado de seguridad o estado no definido",
   "El estado se refiere a la seguridad o a la política, y no corresponde ningún código más específico, quizá porque la política de seguridad prohíbe dar una respuesta más detallada; con una respuesta de éxito, como 235 tras AUTH, confirma el paso de seguridad.",
   "Tras un fallo, lea el texto del servidor: puede que el servidor exija antes STARTTLS o autenticación, o que rechace el mensaje por política."},
  {7, 1,
   "Entrega no autorizada, mensaje rechazado",
   "El remitente no está autorizado a enviar a este destino, por un filtrado por host de envío o por destinatario, lo que incluye la denegación de la retransmisión.",
   "Autentíquese si el servidor es su propio servidor de salida; si no, compruebe si el host o la dirección de envío están bloqueados y póngase en contacto con el postmaster del destinatario."},
  {7, 2,
   "Expansión de la lista de correo prohibida",
   "El remitente no tiene permiso para enviar mensajes a esta lista de correo.",
   "Pida permiso para publicar al propietario de la lista, o envíe desde una dirección que tenga permiso para publicar."},
  {7, 3,
   "Conversión de seguridad necesaria pero no posible",
   "La entrega requería una conversión de un protocolo de mensajería segura a otro, y esa conversión no fue posible.",
   "Envíe el mensaje con un formato de seguridad que admita el sistema del destinatario."},
  {7, 4,
   "Funciones de seguridad no admitidas",
   "El mensaje o la solicitud usaron funciones de seguridad, como un método de autenticación seguro, que el protocolo de entrega no puede admitir.",
   "Envíe sin la función de seguridad no admitida, o elija una que ofrezca el servidor."},
  {7, 5,
   "Fallo criptográfico",
   "Un sistema de la ruta autorizado para verificar o descifrar el mensaje no pudo hacerlo, porque faltaba una clave o información similar, o no era válida.",
   "Compruebe las claves y los certificados usados para firmar o cifrar el mensaje, y vuelva a enviarlo."},
  {7, 6,
   "Algoritmo criptográfico no admitido",
   "Un sistema de la ruta autorizado para verificar o descifrar el mensaje no pudo hacerlo, porque no admite el algoritmo utilizado.",
   "Firme o cifre el mensaje con un algoritmo que admita el sistema del destinatario."},
  {7, 7,
   "Fallo de integridad del mensaje",
   "Un sistema de la ruta autorizado para verificar el mensaje no pudo hacerlo, porque el mensaje estaba dañado o alterado.",
   "Vuelva a enviar el mensaje y busque en la ruta algún software que modifique los mensajes después de firmarlos."},
  {7, 8,
   "Credenciales de autenticación no válidas",
   "La autenticación falló porque las credenciales proporcionadas con AUTH no eran válidas o eran insuficientes.",
   "Compruebe el nombre de usuario y la contraseña u otras credenciales, y vuelva a autenticarse."},
  {7, 9,
   "Mecanismo de autenticación demasiado débil",
   "El mecanismo de autenticación elegido es más débil de lo que permite la política del servidor para este usuario.",
   "Vuelva a autenticarse con un mecanismo más robusto de los que ofrece el servidor."},
  {7, 10,
   "Se requiere cifrado",
   "Se necesita una capa de privacidad externa, como TLS, antes de poder usar el mecanismo de autenticación solicitado, sobre todo en mecanismos que envían las contraseñas en texto sin cifrar; REQUIRETLS también lo usa cuando no se pudo establecer ninguna sesión TLS.",
   "Inicie TLS con STARTTLS antes de autenticarse, o use un mecanismo de autenticación más robusto."},
  {7, 11,
   "Se requiere cifrado para el mecanismo de autenticación solicitado",
   "El mecanismo de autenticación elegido solo se puede usar cuando la conexión SMTP está cifrada.",
   "Emita primero STARTTLS y repita después AUTH, o elija otro mecanismo."},
  {7, 12,
   "Se necesita una transición de contraseña",
   "El usuario tiene que pasar al mecanismo de autenticación seleccionado, lo que normalmente se hace autenticándose una vez con el mecanismo PLAIN.",
   "Autentíquese una vez con PLAIN a través de una conexión cifrada; después, el mecanismo seleccionado debería funcionar en las sesiones siguientes."},
  {7, 13,
   "Cuenta de usuario deshabilitada",
   "La autenticación fue correcta, pero la cuenta está deshabilitada, por ejemplo por falta de pago o por abuso, y seguirá así hasta que un administrador la vuelva a habilitar.",
   "Póngase en contacto con el proveedor de correo o con el administrador del sistema para que vuelvan a habilitar la cuenta; volver a introducir la contraseña no servirá de nada."},
  {7, 14,
   "Se requiere una relación de confianza",
   "El servidor de envío necesita una relación de confianza configurada con el servidor de terceros que contiene el contenido del mensaje, como ocurre con BURL, y no la tiene.",
   "Pida a los administradores que establezcan la confianza entre el servidor de envío y el servidor de contenido, o envíe el mensaje completo en lugar de una referencia."},
  {7, 15,
   "Nivel de prioridad demasiado bajo",
   "La prioridad de transferencia del mensaje es inferior a la prioridad mínima que el servidor acepta actualmente; puede ser temporal, por ejemplo mientras solo se admite correo de mayor prioridad.",
   "Reintente más tarde, o envíe con una prioridad más alta si tiene permiso para hacerlo."},
  {7, 16,
   "Mensaje demasiado grande para la prioridad indicada",
   "El mensaje es mayor de lo que el servidor acepta para la prioridad de transferencia solicitada.",
   "Envíe un mensaje más pequeño, o use una prioridad cuyo límite de tamaño admita el mensaje."},
  {7, 17,
   "El propietario del buzón ha cambiado",
   "El mensaje usó RRVS para exigir que el buzón del destinatario tuviera el mismo propietario desde una fecha determinada, y el buzón ha cambiado de propietario desde entonces.",
   "No vuelva a enviar a esta dirección; confirme la dirección actual del destinatario por otros medios."},
  {7, 18,
   "El propietario del dominio ha cambiado",
   "El mensaje usó RRVS para exigir que la dirección del destinatario fuera válida desde una fecha determinada, y el propietario del dominio del destinatario ha cambiado desde entonces.",
   "No vuelva a enviar a esta dirección; confirme la dirección actual del destinatario por otros medios."},
  {7, 19,
   "No se puede completar la prueba RRVS",
   "El mensaje pedía una comprobación RRVS, pero el receptor no puede realizarla porque no registró cuándo pasó el buzón a su propietario actual.",
   "Decida si vuelve a enviar el mensaje sin el requisito RRVS."},
  {7, 20,
   "No se encontró ninguna firma DKIM que supere la verificación",
   "La política local rechazó el mensaje porque no llevaba ninguna firma DKIM que superara la verificación.",
   "Asegúrese de que el dominio de envío firma su correo con DKIM y de que nada en la ruta altera el contenido firmado."},
  {7, 21,
   "No se encontró ninguna firma DKIM aceptable",
   "El mensaje tiene firmas DKIM que superan la verificación, pero ninguna cumple los requisitos locales del receptor.",
   "Ajuste la firma DKIM, por ejemplo los campos de encabezado firmados o el dominio firmante, para cumplir los requisitos del receptor."},
  {7, 22,
   "No se encontró ninguna firma DKIM válida que coincida con el autor",
   "El mensaje tiene firmas DKIM que superan la verificación, pero ninguna usa un dominio que coincida con la dirección del autor en el campo de encabezado From.",
   "Firme el mensaje con DKIM usando el dominio de la dirección From."},
  {7, 23,
   "Fallo en la validación SPF",
   "La comprobación SPF del mensaje dio un resultado de fallo, que la política local no acepta.",
   "Envíe a través de un servidor incluido en el registro SPF del dominio de envío, o añada el servidor de envío a ese registro."},
  {7, 24,
   "Error en la validación SPF",
   "La evaluación SPF del mensaje produjo un error: un error temporal, como un tiempo de espera agotado en el DNS, con una respuesta temporal, o un error permanente, como un registro SPF defectuoso, con una respuesta permanente.",
   "Tras un error temporal, reintente más tarde; tras un error permanente, corrija la sintaxis o las consultas DNS del registro SPF del dominio de envío."},
  {7, 25,
   "Fallo en la validación del DNS inverso",
   "La dirección IP del cliente SMTP no superó una comprobación de DNS inverso que exige la política local.",
   "Asigne a la dirección IP de envío un registro PTR cuyo nombre se resuelva de nuevo a la misma dirección."},
  {7, 26,
   "Fallaron varias comprobaciones de autenticación",
   "El mensaje no superó más de una comprobación de autenticación de mensajes, como SPF y DKIM, y la política local lo rechaza; no se indica qué comprobaciones fallaron.",
   "Revise la configuración SPF, DKIM y DMARC del dominio de envío y corrija todas las comprobaciones que fallen."},
  {7, 27,
   "La dirección del remitente tiene un MX nulo",
   "El dominio de la dirección del remitente publica un registro MX nulo, así que no puede recibir respuestas ni rebotes, y el receptor rechaza el correo procedente de él.",
   "Envíe desde una dirección cuyo dominio acepte correo."},
  {7, 28,
   "Avalancha de correo detectada",
   "El receptor considera el mensaje parte de una avalancha de correo, una ráfaga de mensajes anormalmente grande dirigida al destinatario; el código se registró a partir de un Internet-Draft, no de una RFC.",
   "Reduzca la velocidad de envío a este destinatario y compruebe si se está abusando de su sistema, por ejemplo mediante solicitudes de registro falsificadas."},
  {7, 29,
   "Fallo en la validación ARC",
   "La cadena ARC (Authenticated Received Chain) del mensaje no superó la validación.",
   "Revise los campos de encabezado ARC que añaden los intermediarios, como listas de correo o servicios de reenvío, y corrija el sistema que rompió la cadena."},
  {7, 30,
   "Se requiere compatibilidad con REQUIRETLS",
   "El mensaje exige TLS en cada salto mediante la extensión REQUIRETLS, pero no se encontró ningún servidor siguiente que admita REQUIRETLS.",
   "Envíe el mensaje sin el requisito REQUIRETLS, o a través de una ruta cuyos servidores lo admitan todos."},
};
}  // namespace es_texts

/// Spanish.
inline constexpr catalogue es = [] {
  catalogue c{};
  c.tag = "es";
  c.language = "Español";
  c.heading_description = "Descripción";
  c.heading_when_seen = "Cuándo aparece";
  c.heading_how_to_fix = "Cómo solucionarlo";
  c.heading_key_differences = "Diferencias principales";
  c.heading_when_to_use = "Cuándo usar cada uno";
  c.heading_learn_more = "Más información";
  c.heading_explanation = "Explicación";
  c.heading_enhanced_status = "Código de estado extendido";
  c.heading_advice = "Recomendación";
  c.heading_reason = "Motivo";
  c.heading_other_meaning = "Otro significado";
  c.heading_server_text = "Texto del servidor";
  c.heading_code_list = "Códigos de respuesta SMTP registrados";
  c.heading_status_list = "Códigos de estado extendidos";
  c.heading_typical_statuses = "Códigos de estado extendidos habituales";
  c.heading_related_codes = "Códigos de respuesta con los que se usa";
  c.heading_compare_with = "Comparar {code} con otro código";
  c.heading_what_to_do = "Qué hacer";
  c.compare_title = "SMTP {a} {name_a} frente a {b} {name_b}";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code} (no definido en ninguna RFC)";
  c.status_title = "Código de estado extendido {status} {name}";
  c.class_names[0] = "Código no válido";
  c.class_names[1] = "1xx respuesta positiva preliminar";
  c.class_names[2] = "2xx respuesta positiva de finalización";
  c.class_names[3] = "3xx respuesta positiva intermedia";
  c.class_names[4] = "4xx respuesta negativa temporal";
  c.class_names[5] = "5xx respuesta negativa permanente";
  c.class_gist[0] = "{code} no es un código de respuesta válido, por lo que no tiene ningún significado definido.";
  c.class_gist[1] = "{code} es una respuesta preliminar: el servidor aceptó la solicitud, pero espera una confirmación antes de ejecutarla.";
  c.class_gist[2] = "{code} confirma que la acción solicitada se completó.";
  c.class_gist[3] = "{code} significa que el servidor aceptó el comando y espera más información del cliente.";
  c.class_gist[4] = "{code} indica que la solicitud no se ejecutó esta vez, aunque la misma solicitud puede tener éxito más adelante.";
  c.class_gist[5] = "{code} indica que la solicitud no se ejecutó y que volverá a fallar si se repite sin cambios.";
  c.class_gist_both[0] = "Ninguno de los dos es un código de respuesta válido.";
  c.class_gist_both[1] = "Ambos son respuestas preliminares: el servidor aceptó la solicitud, pero espera una confirmación antes de ejecutarla.";
  c.class_gist_both[2] = "Ambos confirman que la acción solicitada se completó.";
  c.class_gist_both[3] = "Ambos significan que el servidor aceptó el comando y espera más información del cliente.";
  c.class_gist_both[4] = "Ambos indican que la solicitud no se ejecutó esta vez, aunque la misma solicitud puede tener éxito más adelante.";
  c.class_gist_both[5] = "Ambos indican que la solicitud no se ejecutó y que volverá a fallar si se repite sin cambios.";
  c.class_remedy[0] = "Trate la respuesta como un error fatal de esta transacción y termine la transacción.";
  c.class_remedy[1] = "Espere la respuesta definitiva; un cliente que no haya negociado una extensión que use respuestas 1xx debe terminar la transacción.";
  c.class_remedy[2] = "No hace falta corregir nada; continúe con el siguiente paso de la sesión.";
  c.class_remedy[3] = "Envíe la información que pidió el servidor para completar el comando.";
  c.class_remedy[4] = "Mantenga el mensaje en la cola y reintente más tarde; si la misma respuesta se repite durante días, informe al remitente del retraso.";
  c.class_remedy[5] = "No repita la misma solicitud; corrija antes el comando, la dirección o el mensaje, o devuelva el mensaje al remitente.";
  c.class_outcome[0] = "la respuesta no es SMTP válido y no indica ningún resultado";
  c.class_outcome[1] = "la solicitud se acepta, pero queda a la espera de una confirmación";
  c.class_outcome[2] = "la solicitud se completó correctamente";
  c.class_outcome[3] = "el servidor espera más datos antes de poder completar el comando";
  c.class_outcome[4] = "la solicitud falló por ahora y puede tener éxito si se vuelve a intentar más tarde";
  c.class_outcome[5] = "la solicitud falló y volverá a fallar si se repite sin cambios";
  c.category_names[0] = "Sintaxis";
  c.category_names[1] = "Información";
  c.category_names[2] = "Conexiones";
  c.category_names[3] = "Sin asignar (x3z)";
  c.category_names[4] = "Sin asignar (x4z)";
  c.category_names[5] = "Sistema de correo";
  c.category_names[6] = "No definida";
  c.category_meaning[0] = "El segundo dígito 0 identifica errores de sintaxis, comandos que no encajan en ninguna otra categoría y comandos que el servidor no implementa.";
  c.category_meaning[1] = "El segundo dígito 1 identifica respuestas a solicitudes de información, como el estado o la ayuda.";
  c.category_meaning[2] = "El segundo dígito 2 identifica respuestas sobre el canal de transmisión, es decir, sobre la propia conexión.";
  c.category_meaning[3] = "La RFC 5321 no asigna ninguna categoría al segundo dígito 3; las extensiones lo usan, por ejemplo, para las respuestas de autenticación.";
  c.category_meaning[4] = "La RFC 5321 no asigna ninguna categoría al segundo dígito 4.";
  c.category_meaning[5] = "El segundo dígito 5 identifica el estado del sistema de correo receptor con respecto a la transferencia solicitada o a otra acción del sistema de correo.";
  c.category_meaning[6] = "La RFC 5321 no define ninguna categoría para un segundo dígito del 6 al 9, y una línea de respuesta con un dígito así no cumple la sintaxis SMTP.";
  c.intro_different = "SMTP {a} ({name_a}) pertenece a la clase «{class_a}», mientras que {b} ({name_b}) pertenece a la clase «{class_b}».";
  c.intro_same = "Tanto SMTP {a} ({name_a}) como {b} ({name_b}) pertenecen a la clase «{class}».";
  c.in_contrast = "En cambio, {text}";
  c.no_differences = "SMTP {a} y {b} son el mismo código, así que no hay diferencias que enumerar.";
  c.diff_class = "{a} pertenece a la clase «{class_a}», mientras que {b} pertenece a la clase «{class_b}».";
  c.diff_category = "Por su segundo dígito, {a} pertenece a la categoría «{cat_a}», mientras que {b} pertenece a la categoría «{cat_b}».";
  c.diff_meaning = "{a} significa «{name_a}», mientras que {b} significa «{name_b}».";
  c.diff_retry = "Tras una respuesta {a}, {retry_a}; tras una respuesta {b}, {retry_b}.";
  c.diff_connection = "Tras una respuesta {a}, {conn_a}; tras una respuesta {b}, {conn_b}.";
  c.diff_commands = "{a} es una respuesta que se envía tras {cmds_a}, mientras que {b} se envía tras {cmds_b}.";
  c.diff_status = "{a} suele ir acompañado del código de estado extendido {status_a}, mientras que {b} suele ir acompañado de {status_b}.";
  c.diff_status_first_only = "{a} suele ir acompañado del código de estado extendido {status_a}, mientras que {b} no suele llevar ninguno.";
  c.diff_status_second_only = "{a} no suele llevar ningún código de estado extendido, mientras que {b} suele ir acompañado de {status_b}.";
  c.diff_spec = "{a} {spec_a}, mientras que {b} {spec_b}.";
  c.retry_phrases[0] = "no hay nada que reintentar";
  c.retry_phrases[1] = "el cliente envía la siguiente parte de la solicitud";
  c.retry_phrases[2] = "el cliente conserva el mensaje y vuelve a intentarlo más tarde";
  c.retry_phrases[3] = "el cliente debe modificar la solicitud antes de volver a intentarlo";
  c.retry_phrases[4] = "no se debe repetir la misma solicitud";
  c.retry_phrases[5] = "la respuesta no da ninguna instrucción utilizable";
  c.spec_names[0] = "forma parte del estándar vigente";
  c.spec_names[1] = "está definido en una RFC experimental";
  c.spec_names[2] = "está obsoleto y se conserva solo por razones históricas";
  c.connection_closes = "el servidor cierra la conexión";
  c.connection_stays_open = "la conexión permanece abierta para el siguiente comando";
  c.command_connect = "la apertura de la conexión";
  c.command_end_of_data = "el final de los datos del mensaje";
  c.command_any = "cualquier comando";
  c.list_separator = ", ";
  c.list_last_separator = " y ";
  c.list_last_or = " o ";
  c.which_by_outcome = "Lo primero que hay que mirar es el resultado: con {a}, {outcome_a}; con {b}, {outcome_b}.";
  c.which_same_class = "Ambos pertenecen a la clase «{class}», así que no es el resultado lo que decide entre ellos, sino la situación.";
  c.which_item = "{code} ({name}): {text}";
  c.reference_item = "SMTP {code}: {text}";
  c.class_line = "{code} pertenece a la clase «{class}».";
  c.category_line = "Por su segundo dígito, {code} pertenece a la categoría «{category}».";
  c.unregistered_intro = "{code} no está definido en ninguna RFC, así que un cliente lo interpreta por su primer dígito como una respuesta de la clase «{class}».";
  c.unregistered_when_seen = "Un servidor envió {code}, un número que no define ninguna especificación SMTP.";
  c.malformed_intro = "{code} no es un código de respuesta SMTP, porque un código de respuesta es un número del 100 al 599.";
  c.alternate_line = "Tras {commands}, {code} tiene otro significado: {name}.";
  c.label_code = "Código";
  c.label_class = "Clase";
  c.label_category = "Categoría";
  c.label_name = "Nombre";
  c.label_commands = "Comandos";
  c.label_command = "Comando";
  c.label_status = "Código de estado extendido";
  c.label_action = "Acción";
  c.label_scope = "Alcance";
  c.label_bounce = "Rebote";
  c.label_reason = "Motivo";
  c.label_delay = "Espera antes de reintentar";
  c.label_connection = "Conexión";
  c.label_why = "Justificación";
  c.label_rule = "Regla";
  c.label_throttle = "Limitación";
  c.label_next_retry = "Próximo reintento";
  c.connection_close_value = "cerrarla";
  c.connection_keep_value = "mantenerla abierta";
  c.action_names[0] = "Continuar";
  c.action_names[1] = "Enviar la siguiente parte";
  c.action_names[2] = "Reintentar más tarde";
  c.action_names[3] = "Reintentar en una nueva transacción";
  c.action_names[4] = "Probar el siguiente host";
  c.action_names[5] = "Modificar la solicitud";
  c.action_names[6] = "Abandonar";
  c.scope_names[0] = "Ninguno";
  c.scope_names[1] = "Este destinatario";
  c.scope_names[2] = "Este mensaje";
  c.scope_names[3] = "Esta sesión";
  c.bounce_names[0] = "Ninguno";
  c.bounce_names[1] = "Temporal (soft bounce)";
  c.bounce_names[2] = "Permanente (hard bounce)";
  c.reason_line = "{name} ({token})";
  c.reason_names[0] = "Sin fallo";
  c.reason_names[1] = "Destinatario desconocido";
  c.reason_names[2] = "Host o dominio desconocido";
  c.reason_names[3] = "El destinatario ha cambiado de dirección";
  c.reason_names[4] = "El dominio no acepta correo";
  c.reason_names[5] = "Buzón deshabilitado";
  c.reason_names[6] = "Buzón lleno";
  c.reason_names[7] = "Mensaje demasiado grande";
  c.reason_names[8] = "Retransmisión denegada";
  c.reason_names[9] = "Host de envío bloqueado";
  c.reason_names[10] = "Mala reputación del remitente";
  c.reason_names[11] = "Se requiere DNS inverso (PTR)";
  c.reason_names[12] = "Velocidad de envío limitada";
  c.reason_names[13] = "Demasiados destinatarios";
  c.reason_names[14] = "Retrasado por listas grises (greylisting)";
  c.reason_names[15] = "Detectado como spam";
  c.reason_names[16] = "Virus detectado";
  c.reason_names[17] = "Contenido no aceptado";
  c.reason_names[18] = "Infracción de la política";
  c.reason_names[19] = "Fallo de autenticación del remitente (SPF, DKIM o DMARC)";
  c.reason_names[20] = "Problema de TLS o de SMTP AUTH";
  c.reason_names[21] = "Fallo de STARTTLS";
  c.reason_names[22] = "Dirección del remitente rechazada";
  c.reason_names[23] = "Filtrado por las reglas del destinatario";
  c.reason_names[24] = "Error de protocolo del cliente";
  c.reason_names[25] = "El mensaje no cumple las RFC";
  c.reason_names[26] = "Plazo de entrega vencido";
  c.reason_names[27] = "Error de red";
  c.reason_names[28] = "Error del servidor";
  c.reason_names[29] = "Almacenamiento del servidor lleno";
  c.reason_names[30] = "Error del programa de correo";
  c.reason_names[31] = "Retenido en la cola";
  c.reason_names[32] = "Sin determinar";
  c.why_texts[0] = "RFC 5321 §4.2.1: una respuesta 2yz significa que el paso se completó correctamente.";
  c.why_texts[1] = "RFC 5321 §3.8: 221 termina la sesión y el servidor cierra la conexión.";
  c.why_texts[2] = "RFC 5321 §4.2.1: una respuesta 3yz pide la siguiente parte (el cuerpo del mensaje o la respuesta AUTH).";
  c.why_texts[3] = "RFC 5321 §4.2: un primer dígito fuera del intervalo 2-5 se trata como error fatal y la transacción termina.";
  c.why_texts[4] = "RFC 5321 §3.8: 421 cierra la conexión; este host rechazó la sesión, así que pruebe el siguiente MX.";
  c.why_texts[5] = "RFC 5321 §3.8: 421 cierra la conexión; todo lo que aún no se haya aceptado se reintenta más tarde.";
  c.why_texts[6] = "RFC 5321 §4.5.3.1.10: demasiados destinatarios; envíe los destinatarios restantes en una nueva transacción.";
  c.why_texts[7] = "El host rechazó la sesión con una respuesta temporal; pruebe el siguiente MX y reintente con este más tarde.";
  c.why_texts[8] = "RFC 4954 §6: 432 pide al usuario que se autentique una vez con PLAIN a través de TLS para realizar la transición de la contraseña.";
  c.why_texts[9] = "RFC 5321 §4.2.1: una respuesta 4yz es temporal; mantenga el mensaje en la cola y reintente más tarde.";
  c.why_texts[10] = "RFC 3463 §3.3: un buzón lleno (X.2.2) es un fallo temporal persistente, así que la entrega tras este 552 en respuesta a RCPT se reintenta más tarde; RFC 5321 §4.5.3.1.10 trata un 552 como 452 solo cuando hay demasiados destinatarios.";
  c.why_texts[11] = "RFC 5321 §4.5.3.1.10: un 552 en respuesta a RCPT se trata como 452; envíe los destinatarios restantes en una nueva transacción.";
  c.why_texts[12] = "RFC 5321 §3.1: un saludo 5yz rechaza la sesión; envíe QUIT y pruebe el siguiente MX.";
  c.why_texts[13] = "RFC 5321 §3.2: el servidor no admite EHLO; recurra a HELO.";
  c.why_texts[14] = "RFC 3207 §4, RFC 4954 §6: 530 exige STARTTLS o autenticación antes de este comando.";
  c.why_texts[15] = "RFC 4954 §6: 534 pide un mecanismo de autenticación más robusto.";
  c.why_texts[16] = "RFC 4954 §6: 535 rechaza las credenciales; pida otras nuevas al usuario.";
  c.why_texts[17] = "RFC 4954 §6: 538 exige una conexión cifrada antes de usar este mecanismo.";
  c.why_texts[18] = "Este host rechazó la sesión después del saludo; pruebe el siguiente MX.";
  c.why_texts[19] = "RFC 5321 §4.2.4, §4.3.2: el servidor rechazó la forma de la solicitud; corrija el comando y vuelva a enviarlo.";
  c.why_texts[20] = "RFC 5321 §4.2.1: una respuesta 5yz es permanente; no repita la solicitud sin cambios.";
  c.why_texts[21] = "RFC 5321 §3.8: una pérdida inesperada de la conexión se trata como una respuesta 451.";
  c.why_texts[22] = "RFC 3463 §2: un estado 2.X.X indica éxito.";
  c.why_texts[23] = "RFC 3463 §2: un estado 5.X.X es un fallo permanente de esta entrega.";
  c.why_texts[24] = "RFC 3463 §2: un estado 4.X.X es un fallo temporal; reintente más tarde.";
  c.why_texts[25] = "El mensaje permaneció en la cola más tiempo del que permite su vida útil.";
  c.why_texts[26] = "No se encontró ningún código de respuesta SMTP en el texto; mantenga el mensaje en la cola.";
  c.why_texts[27] = "Modo soft bounce: el fallo permanente se mantiene en la cola y se reintenta.";
  c.why_texts[28] = "No se encontró ningún código de respuesta SMTP, pero el texto indica un fallo permanente o una dirección que no puede recibir correo; no lo reintente sin cambios.";
  c.why_texts[29] = "Una regla del operador reemplazó el criterio integrado; el consejo indica la regla.";
  c.provider_why_texts[0] = "Gmail detectó una tasa inusual de correo procedente de esta dirección IP, bloque de red, dominio DKIM o SPF, o dominio de URL, y la limita por ahora; reduzca la velocidad de envío y siga las directrices para remitentes de Google.";
  c.provider_why_texts[1] = "Gmail bloqueó el correo de esta dirección IP por una tasa inusual de correo no solicitado; el problema no está en la dirección del destinatario.";
  c.provider_why_texts[2] = "Gmail limita la tasa del correo que no supera ni SPF ni DKIM; autentique el dominio remitente.";
  c.provider_why_texts[3] = "Gmail rechazó el mensaje porque no superó SPF ni DKIM, o no cumplió la política DMARC del dominio remitente; corrija la autenticación, el problema no está en la dirección del destinatario.";
  c.provider_why_texts[4] = "Gmail exige que la dirección IP de envío tenga un registro PTR cuyo nombre resuelva de nuevo a esa dirección.";
  c.provider_why_texts[5] = "Gmail exige TLS para este dominio de destino: envíe primero STARTTLS.";
  c.provider_why_texts[6] = "Según Gmail, el destinatario recibe correo más rápido de lo que puede aceptar; pese al código 5yz, es una situación pasajera, así que reintente más tarde.";
  c.provider_why_texts[7] = "Según Gmail, la cuenta del destinatario está inactiva.";
  c.provider_why_texts[8] = "Según Gmail, el destinatario (o el cliente del servicio de retransmisión SMTP) está recibiendo correo demasiado rápido; reintente más tarde.";
  c.provider_why_texts[9] = "Según Gmail, el buzón del destinatario se quedó sin espacio de almacenamiento.";
  c.provider_why_texts[10] = "Gmail consideró que el mensaje probablemente no era solicitado y lo bloqueó.";
  c.provider_why_texts[11] = "Microsoft tiene la dirección IP de envío en su lista de direcciones prohibidas; solicite la eliminación en https://sender.office.com.";
  c.provider_why_texts[12] = "Microsoft no acepta tráfico de esta dirección IP (su reputación es baja, a menudo porque es nueva); envíe a través de una dirección IP con historial de envío.";
  c.provider_why_texts[13] = "Microsoft limita la tasa de esta dirección IP por su reputación; reduzca la velocidad de envío y reintente más tarde.";
  c.provider_why_texts[14] = "Outlook.com rechaza el correo de esta dirección IP porque parte de su red está en la lista de bloqueo de Microsoft (S3150); el operador de la red debe solicitar la eliminación a Microsoft.";
  c.provider_why_texts[15] = "Yahoo aplaza el correo de esta dirección IP por un volumen inesperado o por quejas de usuarios; reduzca la velocidad de envío.";
  c.provider_why_texts[16] = "Yahoo aplaza temporalmente el correo de esta dirección IP (un código TS: quejas de usuarios, contenido que parece spam, mala reputación de la dirección IP o de su subred, o tráfico inusual); reintente más tarde y revise lo que envía.";
  c.provider_why_texts[17] = "Yahoo aplaza temporalmente el correo de esta dirección IP (un código TS: quejas de usuarios, contenido que parece spam, mala reputación de la dirección IP o de su subred, o tráfico inusual); reintente más tarde y revise lo que envía.";
  c.provider_why_texts[18] = "Yahoo aplaza de forma permanente todo el correo de esta dirección IP porque el tráfico parece correo masivo no solicitado, y desaconseja volver a enviarlo antes de corregir las listas y las prácticas de envío.";
  c.provider_why_texts[19] = "Yahoo rechazó el mensaje por su contenido según sus políticas (un código PH: virus, phishing, ransomware u otro malware, o enlaces a ellos); revise lo que contiene el mensaje.";
  c.provider_why_texts[20] = "Yahoo rechaza las conexiones de esta dirección IP porque Spamhaus la tiene listada; solicite la eliminación a Spamhaus.";
  c.provider_why_texts[21] = "iCloud rechazó el mensaje según su política local; el equipo de postmaster de Apple (icloudadmin@apple.com) responde a los remitentes que cumplen sus requisitos.";
  c.provider_why_texts[22] = "iCloud rechazó el mensaje según su política local (HM08); Apple no publica detalles, y su equipo de postmaster (icloudadmin@apple.com) responde a los remitentes que cumplen sus requisitos.";
  c.provider_why_texts[23] = "iCloud aplaza el correo para este destinatario por un volumen excesivo; reintente más tarde.";
  c.provider_why_texts[24] = "Comcast bloquea esta dirección IP porque envió correo con patrones típicos del spam (BL000000).";
  c.provider_why_texts[25] = "Comcast bloquea esta dirección IP porque figura en listas de bloqueo externas: Spamhaus ZEN (BL000001), Cloudmark CSI (BL000010), SenderScore (BL000100); si figura en varias, los dígitos se suman; solicite la eliminación a esas listas.";
  c.provider_why_texts[26] = "Comcast rechaza el correo enviado directamente desde rangos de IP dinámicos o residenciales (ES000001: de Comcast, ES000010: de otra red, a menudo identificados por un nombre genérico de DNS inverso); envíe a través de un proveedor de correo o desde una dirección estática con un nombre adecuado.";
  c.provider_why_texts[27] = "Comcast permite 25 conexiones simultáneas por dirección IP de envío y esta abrió más; use menos conexiones en paralelo.";
  c.provider_why_texts[28] = "Comcast exige un DNS inverso válido para la dirección IP de envío y la consulta falló; Comcast lo trata como temporal, así que reintente.";
  c.provider_why_texts[29] = "Comcast exige que todo servidor de correo que envía tenga un registro PTR con un DNS inverso válido; este no tiene ninguno.";
  c.provider_why_texts[30] = "Comcast limita por ahora la velocidad de esta dirección IP (un código RL); reintente más tarde a un ritmo menor.";
  c.provider_why_texts[31] = "GMX y WEB.DE rechazan las conexiones de esta dirección IP porque está en una lista de bloqueo; el enlace de la respuesta lleva a la página del caso y a un formulario de contacto.";
  c.provider_why_texts[32] = "WEB.DE y GMX recibieron demasiados mensajes de este remitente en poco tiempo; reintente dentro de unas horas (no se publica una espera exacta) y envíe más despacio.";
  c.provider_why_texts[33] = "WEB.DE y GMX rechazaron el mensaje porque el servidor de envío no figura en el registro SPF del dominio remitente; quien reenvía correo debe reescribir el remitente del sobre (SRS).";
  c.provider_why_texts[34] = "Orange niega por ahora el servicio a esta dirección IP: es una suspensión temporal tras límites superados o quejas anteriores; detenga los envíos a Orange y reintente más tarde.";
  c.provider_why_texts[35] = "Orange recibió de esta dirección IP más conexiones simultáneas de las que permite; use menos conexiones en paralelo.";
  c.provider_why_texts[36] = "Los filtros de Mail.ru consideraron spam el mensaje; pida al soporte de Mail.ru que lo revise mediante el enlace de la respuesta, que incluye el código de error y el ID del mensaje.";
  c.provider_why_texts[37] = "Mail.ru rechazó el mensaje según la política DMARC de su dominio From (RFC 7489); envíe desde su propio dominio, autenticado con SPF o DKIM alineados.";
  c.provider_why_texts[38] = "Yandex bloquea el correo de este remitente durante 24 horas porque solo ha llegado spam desde él; retenga el correo para Yandex durante un día y corrija la causa.";
  c.provider_why_texts[39] = "Yandex reconoció el contenido del mensaje como spam.";
  c.provider_why_texts[40] = "Yandex bloqueó la cuenta del destinatario por incumplir su acuerdo de usuario; contacte con el destinatario por otra vía.";
  c.provider_why_texts[41] = "El destinatario de Yandex recibió más mensajes de los que permite su límite de tasa; reintente más tarde.";
  c.provider_why_texts[42] = "QQ Mail rechazó el contenido: se envió correo similar de forma masiva y muchos usuarios lo marcaron como spam.";
  c.provider_why_texts[43] = "QQ Mail limita el correo que acepta por minuto, hora y día de una misma dirección IP, dominio remitente o remitente (los límites no se publican) y rechaza el exceso durante minutos, horas o el resto del día; pese al código 5yz, detenga los envíos y reintente más tarde a un ritmo menor.";
  c.provider_why_texts[44] = "QQ Mail deja de aceptar correo para este destinatario durante un tiempo porque recibe una gran cantidad en poco tiempo; pese al código 5yz, detenga los envíos y reintente más tarde.";
  c.provider_why_texts[45] = "QQ Mail sospecha que el dominio o el operador de correo del remitente envía spam: de él ha llegado mucho spam.";
  c.provider_why_texts[46] = "El destinatario de QQ Mail rechaza el correo de este remitente (una lista de bloqueo personal o un filtro).";
  c.provider_why_texts[47] = "NetEase rechaza el mensaje por ahora: su cuerpo parece spam o la configuración de envío no es estándar. NetEase indica mantenerlo en la cola y reintentar al cabo de dos minutos, y cambiar el contenido o la configuración si el problema persiste.";
  c.provider_why_texts[48] = "NetEase rechaza por ahora las conexiones de esta dirección IP: abrió más conexiones simultáneas de las que NetEase permite; use menos.";
  c.provider_why_texts[49] = "NetEase rechaza por ahora las conexiones de esta dirección IP: envió mucho correo en poco tiempo; envíe más despacio.";
  c.provider_why_texts[50] = "NetEase rechaza por ahora las conexiones de esta dirección IP por un envío anómalo: muchos de sus destinatarios no existen; depure la lista.";
  c.provider_why_texts[51] = "NetEase rechaza por ahora las conexiones de esta dirección IP por un envío anómalo: gran parte de su correo falsifica el dominio remitente.";
  c.provider_why_texts[52] = "NetEase rechaza el correo de esta dirección IP porque figura en una o más listas de bloqueo DNS.";
  c.provider_why_texts[53] = "NetEase: este remitente envió en 15 minutos más mensajes de los que NetEase permite; reintente más tarde.";
  c.provider_why_texts[54] = "Zoho Mail encontró un virus en el mensaje y lo rechazó.";
  c.provider_why_texts[55] = "Zoho Mail rechazó el mensaje según la política DMARC de rechazo (reject) del dominio From; autentíquelo con SPF o DKIM alineados.";
  c.provider_why_texts[56] = "El dominio del destinatario en Zoho tiene filtros que rechazan este mensaje; pida a su administrador, por otra vía, que lo permita.";
  c.provider_why_texts[57] = "Proofpoint Dynamic Reputation bloquea esta dirección IP porque ha llegado spam desde ella; el bloqueo dura hasta que el spam cesa durante un tiempo. Consulte la dirección en ipcheck.proofpoint.com y solicite allí la eliminación con detalles del correo enviado.";
  c.provider_why_texts[58] = "Mimecast aplica listas grises (greylisting) a este remitente (o valora mal su dirección IP): reintente desde el mismo servidor entre un minuto y 12 horas después.";
  c.provider_why_texts[59] = "Una política de remitentes bloqueados (Blocked Senders) de la cuenta de Mimecast del destinatario rechaza la dirección IP de este remitente; solo el administrador del destinatario puede eliminar la entrada.";
  c.provider_why_texts[60] = "El servidor de Mimecast ha alcanzado su carga máxima; reintente más tarde.";
  c.provider_why_texts[61] = "Mimecast rechaza la dirección IP de este remitente por su mala reputación.";
  c.provider_why_texts[62] = "Una política de bloqueo de la cuenta de Mimecast del destinatario (de la organización o del propio usuario: «User Entry») rechaza a este remitente; solo la parte destinataria puede levantarla.";
  c.provider_why_texts[63] = "Una política Anti-Spoofing de Mimecast rechazó el mensaje: dice proceder de un dominio de la organización del destinatario, pero llegó desde un origen en el que la política no confía; el administrador del destinatario debe autorizar al remitente o a su dirección IP.";
  c.provider_why_texts[64] = "La Barracuda Reputation Block List incluye esta dirección IP como fuente de spam; corrija la causa y luego solicite la eliminación a Barracuda Central.";
  c.provider_why_texts[65] = "Barracuda Email Security bloqueó el mensaje según las políticas de spam, virus o bloqueo de remitentes de la organización del destinatario; su administrador puede consultarlo en el registro de mensajes (Message Log).";
  c.provider_why_texts[66] = "Cisco Secure Email rechazó la conexión porque la dirección IP de envío tiene mala reputación en Talos; compruebe la dirección en Talos y contacte con el destinatario por otra vía.";
  c.delay_none = "ninguna";
  c.delay_second = "{n} segundo";
  c.delay_seconds = "{n} segundos";
  c.delay_minute = "{n} minuto";
  c.delay_minutes = "{n} minutos";
  c.delay_hour = "{n} hora";
  c.delay_hours = "{n} horas";
  c.delay_day = "{n} día";
  c.delay_days = "{n} días";
  c.throttle_host = "retener los envíos a este host durante {duration}";
  c.throttle_domain = "retener los envíos a este dominio durante {duration}";
  c.next_retry_in = "dentro de {duration}";
  c.next_retry_permanent = "ninguno, el fallo es permanente";
  c.next_retry_expired = "ninguno, la programación de reintentos se ha agotado";
  c.status_line = "{status} ({subject}: {detail})";
  c.status_subject_only = "{status} ({subject}; el detalle no está registrado, así que se aplica el significado general del ámbito)";
  c.status_class_only = "{status} ({class_name}; el ámbito no está registrado, así que solo la clase tiene significado)";
  c.status_invalid = "{status} no es un código de estado extendido válido, porque su clase no es 2, 4 ni 5.";
  c.status_none = "La respuesta no incluye ningún código de estado extendido.";
  c.diagnostics[0] = "La clase del código de estado extendido no coincide con el código básico; la RFC 2034 exige que coincidan, así que prevalece el código básico.";
  c.diagnostics[1] = "El registro de la IANA no incluye exactamente este código de estado extendido.";
  c.diagnostics[2] = "El registro de la IANA no asocia este código de estado extendido con este código básico; la combinación está permitida, pero es poco habitual.";
  c.diagnostics[3] = "El registro restringe este código de estado extendido a otras clases.";
  c.diagnostics[4] = "Según la RFC 2034, una respuesta 3xx no lleva código de estado extendido, así que se ignora.";
  c.diagnostics[5] = "El registro marca este código de estado extendido como obsoleto.";
  c.status_subject_names[0] = "Otro estado o estado no definido";
  c.status_subject_names[1] = "Estado de direccionamiento";
  c.status_subject_names[2] = "Estado del buzón";
  c.status_subject_names[3] = "Estado del sistema de correo";
  c.status_subject_names[4] = "Estado de red y enrutamiento";
  c.status_subject_names[5] = "Estado del protocolo de entrega de correo";
  c.status_subject_names[6] = "Estado del contenido o del tipo de medio del mensaje";
  c.status_subject_names[7] = "Estado de seguridad o de política";
  c.status_class_names[0] = "Éxito";
  c.status_class_names[1] = "Fallo temporal persistente";
  c.status_class_names[2] = "Fallo permanente";
  c.status_class_descriptions[0] = "La acción de entrega o el comando se completaron correctamente; el ámbito y el detalle pueden añadir información, como una conversión que fue necesaria por el camino.";
  c.status_class_descriptions[1] = "El mensaje tal como se envió es válido, pero una situación temporal que persistió lo detuvo o lo retrasó, así que volver a enviarlo más tarde puede dar resultado.";
  c.status_class_descriptions[2] = "Es poco probable que volver a enviar el mensaje en su forma actual dé resultado; antes hay que cambiar el mensaje o el destino.";
  c.status_class_what_to_do[0] = "No hace falta hacer nada.";
  c.status_class_what_to_do[1] = "Conserve el mensaje y reintente más tarde; informe al remitente si el fallo continúa durante mucho tiempo.";
  c.status_class_what_to_do[2] = "No vuelva a enviar el mensaje sin cambios; corrija antes el mensaje o la dirección, o devuelva el mensaje al remitente.";
  c.status_intro = "{status} es un código de estado extendido del ámbito «{subject}». La X representa su clase: 2 indica un éxito, 4 un fallo temporal persistente y 5 un fallo permanente.";
  c.label_usage = "Se usa para indicar";
  c.usage_names[0] = "un éxito, un fallo temporal o un fallo permanente; el registro no impone ninguna restricción";
  c.usage_names[1] = "solo un fallo permanente (5.X.X)";
  c.usage_names[2] = "solo un fallo temporal persistente (4.X.X)";
  c.usage_names[3] = "un fallo permanente (5.X.X) o temporal persistente (4.X.X)";
  c.usage_names[4] = "un éxito (2.X.X) o un fallo (4.X.X o 5.X.X)";
  c.usage_names[5] = "solo un éxito (2.X.X)";
  c.usage_names[6] = "un éxito con advertencia (2.X.X) o un fallo permanente (5.X.X)";
  c.label_subject = "Ámbito";
  c.status_deprecated = "El registro marca este código como obsoleto, así que los servidores ya no deberían enviarlo.";
  c.status_codes_any = "El registro lo permite con cualquier código de respuesta.";
  c.status_codes_none = "El registro no le asocia ningún código de respuesta concreto.";
  c.status_codes_class = "Cualquier código de respuesta {digit}xx.";
  c.status_list_intro = "Un código de estado extendido (RFC 3463) tiene la forma clase.ámbito.detalle, por ejemplo 5.1.1. La clase es 2 para un éxito, 4 para un fallo temporal persistente y 5 para un fallo permanente; el ámbito y el detalle indican a qué se refiere el estado.";
  c.site_title = "Códigos de respuesta SMTP";
  c.site_intro = "Qué significa cada código de respuesta SMTP definido en una RFC, cuándo lo recibe un cliente y qué hacer al respecto, junto con los códigos de estado extendidos del registro de la IANA y una comparación en paralelo de dos códigos de respuesta cualesquiera.";
  c.index_compare_note = "La página de cada código enlaza con su comparación con cada uno de los demás códigos registrados.";
  c.compare_link = "{a} frente a {b} ({name_b})";
  c.nav_home = "Inicio";
  c.nav_codes = "Códigos de respuesta";
  c.nav_statuses = "Códigos de estado extendidos";
  c.nav_language = "Idioma";
  c.nav_previous = "Anterior";
  c.nav_next = "Siguiente";
  c.skip_link = "Ir al contenido";
  c.footer_note = "Generado por smtpcodes {version}. Las explicaciones siguen las RFC citadas en cada página.";
  c.code_texts = es_texts::codes;
  c.code_text_count = sizeof(es_texts::codes) / sizeof(code_text);
  c.status_texts = es_texts::statuses;
  c.status_text_count = sizeof(es_texts::statuses) / sizeof(status_text);
  return c;
}();
// clang-format on

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
