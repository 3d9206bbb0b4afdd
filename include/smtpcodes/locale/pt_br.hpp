// Brazilian Portuguese catalogue (pt-BR). Generated from i18n/pt-BR.json by
// tools/i18n/i18n.py header: edit the JSON file, not this header. Each text
// was translated from the English source whose hash the JSON file stores.
#ifndef SMTPCODES_LOCALE_PT_BR_HPP
#define SMTPCODES_LOCALE_PT_BR_HPP

#include "catalogue.hpp"

namespace smtpcodes {
inline namespace v1 {
namespace locale {

// clang-format off
namespace pt_br_texts {
/// Per-code texts of Brazilian Portuguese, in registry order.
inline constexpr code_text codes[] = {
  {211,
   "Status do sistema",
   "O servidor informa seu status ou dá uma resposta de ajuda; o texto é informativo e a solicitação foi bem-sucedida.",
   "Aparece em resposta a HELP, ou a uma solicitação de status em servidores que oferecem esse recurso.",
   "Nenhuma correção é necessária; leia o texto se você pediu informações de status.",
   "É usado para responder a uma solicitação de status ou a HELP com informações sobre o próprio servidor.",
   "",
   "",
   ""},
  {214,
   "Mensagem de ajuda",
   "O servidor retorna um texto de ajuda sobre o uso do servidor ou sobre um comando específico, inclusive comandos não padronizados. O texto é destinado à leitura por uma pessoa, não à análise por um programa.",
   "Aparece em resposta a um comando HELP, com ou sem um argumento que indique um comando.",
   "Nenhuma correção é necessária. Mostre o texto ao usuário que o solicitou e não baseie nenhuma decisão do programa na sua redação.",
   "É usado para responder a HELP com um texto destinado a uma pessoa, como a lista de comandos que o servidor aceita.",
   "",
   "",
   ""},
  {220,
   "Serviço pronto",
   "O servidor está pronto para aceitar comandos. Como primeira resposta em uma nova conexão, é a saudação e começa com o nome de domínio do servidor; como resposta a STARTTLS, significa que o servidor está pronto para o handshake TLS.",
   "O cliente o recebe logo após a abertura da conexão e, de novo, em resposta a STARTTLS quando o servidor concorda em iniciar o TLS.",
   "Nenhuma correção é necessária. Após a saudação, envie EHLO (ou HELO, se o servidor for antigo); após um 220 em resposta a STARTTLS, inicie o handshake TLS antes de enviar qualquer outro comando e depois envie EHLO novamente pelo canal criptografado.",
   "É usado como saudação quando o servidor está pronto para uma sessão e para responder a STARTTLS quando o handshake TLS pode começar.",
   "",
   "",
   ""},
  {221,
   "Encerrando a conexão",
   "O servidor aceita o fim da sessão e fecha o canal de transmissão depois de enviar esta resposta.",
   "Aparece em resposta a QUIT, no encerramento normal de uma sessão.",
   "Nenhuma correção é necessária; a sessão terminou, então feche também a conexão do seu lado.",
   "É usado para responder a QUIT no encerramento normal de uma sessão, logo antes de o servidor fechar a conexão.",
   "",
   "",
   ""},
  {235,
   "Autenticação bem-sucedida",
   "A troca de autenticação SASL foi concluída e o servidor aceitou a identidade do cliente. Nenhum outro comando AUTH é permitido nesta sessão.",
   "Aparece como resposta final a AUTH, imediatamente ou após um ou mais desafios 334.",
   "Nenhuma correção é necessária; continue com a transação de e-mail. Se a troca negociou uma camada de segurança SASL, a sessão volta ao estado inicial, então envie EHLO novamente antes de qualquer outro comando.",
   "É usado para encerrar uma troca AUTH bem-sucedida, depois que o servidor aceitou a identidade do cliente.",
   "",
   "",
   ""},
  {250,
   "Ação solicitada concluída",
   "A ação solicitada foi concluída. Após o fim dos dados da mensagem, significa que o servidor assumiu a responsabilidade pela entrega da mensagem; após ETRN, significa apenas que um processamento da fila foi iniciado.",
   "Aparece em resposta à maioria dos comandos bem-sucedidos, como EHLO, MAIL, RCPT, RSET, NOOP e o fim dos dados da mensagem; a resposta a EHLO costuma ter várias linhas e lista as extensões suportadas.",
   "Nenhuma correção é necessária; envie o próximo comando. Após um 250 no fim dos dados da mensagem, o cliente pode remover a mensagem da fila para os destinatários que o servidor aceitou.",
   "É usado sempre que um comando foi bem-sucedido e nenhuma resposta de sucesso mais específica se aplica; após os dados da mensagem, significa que o servidor assumiu a responsabilidade pela entrega.",
   "",
   "",
   ""},
  {251,
   "Usuário não local; a mensagem será encaminhada",
   "O servidor aceita o destinatário, embora a caixa postal não seja local, e encaminhará a mensagem para o endereço (forward-path) informado no texto da resposta. Após ETRN, o mesmo número significa que não há mensagens aguardando para o nó indicado no comando.",
   "Aparece em resposta a RCPT ou VRFY para um usuário atendido em outro sistema, e em resposta a ETRN quando não há nada na fila para o nó.",
   "Nenhuma correção é necessária, pois o próprio servidor encaminha a mensagem. Você pode atualizar seus cadastros com o endereço mostrado no texto, embora nada o exija.",
   "É usado quando o servidor aceita um destinatário que não é local e ele mesmo encaminhará a mensagem.",
   "Nenhuma mensagem aguardando para o nó",
   "O servidor aceitou a solicitação ETRN, mas não tem mensagens na fila para o nó indicado no comando.",
   "Nenhuma correção é necessária; não há nada aguardando, então não adianta repetir ETRN até que novas mensagens possam ter chegado."},
  {252,
   "Não é possível verificar o usuário",
   "O servidor não pode ou não quer confirmar o endereço, muitas vezes porque VRFY e EXPN estão desativados por privacidade, mas aceitará uma mensagem para ele e tentará entregá-la. Após ETRN, o mesmo número significa que o servidor tem mensagens pendentes para o nó e começou a enviá-las.",
   "Aparece em resposta a VRFY ou EXPN em servidores que não revelam seus usuários, e em resposta a ETRN quando há mensagens na fila para o nó e a entrega delas já começou.",
   "Nenhuma correção é necessária. A resposta não diz se a caixa postal existe, então envie a mensagem e baseie-se na resposta a RCPT em vez de tratar 252 como uma confirmação.",
   "É usado para responder a VRFY ou EXPN quando o servidor não confirma o endereço, mas ainda assim aceita mensagens para ele.",
   "Envio de mensagens pendentes para o nó iniciado",
   "O servidor aceitou a solicitação ETRN, tem mensagens pendentes para o nó e começou a enviá-las.",
   "Nenhuma correção é necessária; espere que o servidor abra uma nova conexão com o nó e entregue as mensagens da fila."},
  {253,
   "Envio de mensagens pendentes para o nó iniciado",
   "O servidor aceitou a solicitação ETRN, tem mensagens pendentes para o nó e começou a enviá-las. O texto da resposta informa quantas mensagens estão pendentes e indica o nó.",
   "Aparece apenas em resposta a ETRN, em servidores que informam o número de mensagens na fila para o nó.",
   "Nenhuma correção é necessária; espere que o servidor abra uma nova conexão com o nó e entregue as mensagens da fila. Enviar ETRN novamente mais tarde mostra se ainda há mensagens pendentes.",
   "É usado para responder a ETRN quando há mensagens na fila para o nó e a entrega delas começou, informando quantas são.",
   "",
   "",
   ""},
  {334,
   "Desafio de autenticação",
   "O servidor continua a troca de autenticação SASL, e o texto após o código é apenas um desafio codificado em base64. Um desafio vazio é enviado como o código seguido de um único espaço, e as linhas de desafio podem ser bem mais longas que o limite habitual de 512 octetos de uma linha de resposta.",
   "Aparece em resposta a AUTH, e a cada resposta do cliente, enquanto o mecanismo escolhido precisar de mais uma rodada.",
   "Decodifique o desafio e envie a resposta do mecanismo codificada em base64 em uma linha própria, ou envie um único '*' para cancelar a troca. Não aplique a essas linhas o limite normal de comprimento das linhas de resposta.",
   "É usado durante AUTH sempre que o mecanismo precisar de mais um desafio e uma resposta.",
   "",
   "",
   ""},
  {354,
   "Início da entrada da mensagem",
   "O servidor está pronto para receber o conteúdo da mensagem. O cliente envia a mensagem e a termina com uma linha que contém um único ponto, ou seja, <CRLF>.<CRLF>.",
   "Aparece em resposta a DATA depois que o servidor aceitou pelo menos um destinatário.",
   "Envie o cabeçalho e o corpo, acrescentando um ponto extra a toda linha que comece com ponto; depois termine com <CRLF>.<CRLF> e aguarde a resposta final. Nunca envie dados da mensagem antes de receber esta resposta.",
   "É usado para responder a DATA quando o servidor está pronto para receber o conteúdo da mensagem.",
   "",
   "",
   ""},
  {355,
   "Deslocamento da transação (CHECKPOINT)",
   "O servidor reconheceu o identificador de uma transação interrompida e restaurou o estado dela, como permite a extensão experimental CHECKPOINT. A primeira palavra do texto é o deslocamento em octetos, contado a partir de zero, no qual os dados da mensagem devem ser retomados.",
   "Aparece em resposta a um comando MAIL que repete o TRANSID de uma transação interrompida durante a transferência da mensagem, em um servidor que anunciou CHECKPOINT.",
   "Envie DATA novamente e transmita a mensagem sem os primeiros octetos até o deslocamento informado, sem contar os octetos acrescentados pelo dot-stuffing. Um deslocamento 0 significa que a mensagem inteira deve ser enviada de novo.",
   "É usado apenas com a extensão CHECKPOINT, quando um comando MAIL retoma uma transação interrompida e o servidor informa onde os dados devem continuar.",
   "",
   "",
   ""},
  {421,
   "Serviço indisponível",
   "O serviço não está disponível e o servidor está fechando o canal de transmissão, por exemplo porque está sendo desligado ou está sobrecarregado. A condição é temporária.",
   "Pode aparecer em resposta a qualquer comando, de forma espontânea quando o servidor precisa ser desligado, ou no lugar da saudação 220 quando o servidor está recusando novas sessões no momento.",
   "Conte com o fechamento da conexão, mantenha a mensagem na fila e tente novamente mais tarde, tentando outro host MX, se o domínio tiver mais de um. Nada na mensagem precisa ser alterado.",
   "É usado quando o servidor precisa encerrar a sessão por um motivo temporário, como desligamento ou sobrecarga, qualquer que seja o comando pendente.",
   "",
   "",
   ""},
  {432,
   "É necessária uma transição de senha",
   "O usuário precisa migrar para o mecanismo de autenticação selecionado pelo cliente, o que normalmente se faz autenticando uma vez com o mecanismo PLAIN. Depois disso, o mecanismo selecionado deve funcionar nas sessões seguintes.",
   "Aparece em resposta a AUTH quando a conta ainda não está preparada para o mecanismo selecionado.",
   "Autentique-se uma vez com PLAIN por uma conexão protegida por TLS e depois use o mecanismo selecionado nas sessões seguintes.",
   "É usado para responder a AUTH quando a conta precisa primeiro migrar para o mecanismo selecionado, autenticando uma vez com PLAIN.",
   "",
   "",
   ""},
  {450,
   "Caixa postal temporariamente indisponível",
   "A ação de e-mail solicitada não foi executada porque a caixa postal está indisponível no momento, por exemplo ocupada, bloqueada ou temporariamente barrada por uma política. Servidores com greylisting também costumam usá-lo.",
   "Normalmente aparece em resposta a RCPT e, às vezes, em resposta a MAIL, após o fim dos dados da mensagem ou em resposta a ATRN quando o provedor recusa a solicitação.",
   "Mantenha a mensagem na fila e tente novamente mais tarde; um servidor com greylisting aceita a nova tentativa após alguns minutos. Se a resposta persistir por dias, devolva a mensagem ao remetente.",
   "É usado quando a caixa postal não pode ser usada no momento, por exemplo porque está bloqueada ou porque o greylisting pede ao cliente que volte mais tarde.",
   "",
   "",
   ""},
  {451,
   "Erro local de processamento",
   "O servidor interrompeu a ação solicitada por causa de um erro local, como uma falha na consulta DNS ou ao banco de dados, ou uma falha interna. Um cliente cuja conexão cai inesperadamente deve agir como se tivesse recebido esta resposta.",
   "Aparece em resposta a MAIL, RCPT, ao fim dos dados da mensagem, a BURL ou a ATRN quando o servidor encontra um problema interno temporário.",
   "Mantenha a mensagem na fila e tente novamente mais tarde, pois o problema está no servidor. Se persistir, o administrador do servidor deve verificar os logs do servidor.",
   "É usado quando uma falha temporária no servidor, como uma consulta malsucedida, impede a execução do comando.",
   "",
   "",
   ""},
  {452,
   "Armazenamento insuficiente",
   "A ação não foi executada porque o servidor está sem espaço de armazenamento no momento, por exemplo para uma mensagem do tamanho declarado. Também é a resposta correta quando uma transação tem mais destinatários do que o servidor aceita.",
   "Aparece em resposta a MAIL quando o tamanho declarado não pode ser armazenado no momento, em resposta a RCPT quando o limite de destinatários é atingido, ou após o fim dos dados da mensagem.",
   "Se houver destinatários demais, envie os destinatários recusados em uma nova transação depois que esta for concluída. Se faltar armazenamento, mantenha a mensagem na fila e tente novamente mais tarde.",
   "É usado quando o servidor está sem armazenamento no momento, ou quando uma transação tem mais destinatários do que o servidor aceita.",
   "",
   "",
   ""},
  {453,
   "Nenhuma mensagem na fila",
   "Um provedor de On-Demand Mail Relay responde 453 ao ATRN quando nenhum dos domínios solicitados tem mensagens na fila para o cliente. Não é uma recusa: o cliente está autorizado para esses domínios (uma recusa seria 450); simplesmente não há nada a entregar.",
   "Aparece apenas em resposta a ATRN em uma conexão On-Demand Mail Relay quando as filas dos domínios solicitados estão vazias.",
   "Nenhuma ação é necessária; encerre a sessão com QUIT e envie ATRN novamente em uma sessão posterior, quando novas mensagens podem ter chegado.",
   "É usado para responder a ATRN quando nenhum dos domínios solicitados tem mensagens aguardando.",
   "",
   "",
   ""},
  {454,
   "TLS temporariamente indisponível",
   "Em resposta a STARTTLS, significa que o servidor não pode iniciar o TLS no momento por um motivo temporário. Em resposta a AUTH, o mesmo código indica uma falha temporária de autenticação no servidor, e não credenciais erradas.",
   "Aparece em resposta a STARTTLS quando a configuração TLS do servidor está temporariamente inutilizável, e em resposta a AUTH quando o serviço de autenticação do servidor falha por algum tempo.",
   "Após STARTTLS, a RFC 3207 §4 deixa a decisão para a política local: se TLS for obrigatório para o destino (pela sua configuração, MTA-STS ou DANE), mantenha a mensagem na fila e tente novamente mais tarde, tentando antes outro host MX; caso contrário, continue a sessão sem criptografia. Após AUTH, tente autenticar novamente mais tarde sem pedir uma nova senha ao usuário; se a falha persistir, o administrador do servidor precisa verificar o serviço de autenticação.",
   "É usado para responder a STARTTLS ou AUTH quando o TLS ou o serviço de autenticação está temporariamente inutilizável no servidor.",
   "Falha temporária de autenticação",
   "A tentativa de autenticação falhou por causa de um problema temporário no servidor, e não porque as credenciais estão erradas.",
   "Tente autenticar novamente mais tarde e informe ao usuário que a falha foi do servidor; não peça a senha ao usuário outra vez."},
  {455,
   "O servidor não pode atender aos parâmetros",
   "O servidor reconhece um parâmetro informado em MAIL ou RCPT, mas não pode atendê-lo no momento. A condição é temporária; a especificação do próprio parâmetro pode indicar outro código.",
   "Aparece em resposta a MAIL ou RCPT com um parâmetro de extensão, como um prazo DELIVERBY que o servidor não consegue cumprir agora.",
   "Tente a transação novamente mais tarde, ou envie-a sem o parâmetro se a mensagem não depender dele.",
   "É usado quando o servidor não pode atender a um parâmetro de MAIL ou RCPT no momento, mas talvez possa mais tarde.",
   "",
   "",
   ""},
  {458,
   "Não é possível processar a fila do nó",
   "O servidor suporta ETRN, mas não iniciou o processamento da fila para o nó indicado no comando, por um motivo local.",
   "Aparece apenas em resposta a ETRN, quando o servidor aceita a solicitação, mas não consegue iniciar o processamento da fila para o nó, por exemplo porque o serviço de fila falhou ou porque ele não mantém uma fila separada para esse nó. Uma recusa por política, como um cliente sem permissão para usar ETRN para o nó, é 459.",
   "Tente ETRN novamente mais tarde; enquanto isso, as mensagens na fila para o seu nó seguem o cronograma normal de novas tentativas do servidor. Se continuar falhando, peça ao administrador do servidor que verifique o serviço de fila e se as mensagens do seu nó estão guardadas com o nome que você envia.",
   "É usado para responder a ETRN quando o servidor não inicia o processamento da fila para o nó por um motivo local.",
   "",
   "",
   ""},
  {459,
   "Nó não permitido",
   "O servidor se recusa a iniciar a fila para o nó indicado, e o texto da resposta informa o motivo, por exemplo que o nome não pode ser resolvido.",
   "Aparece apenas em resposta a ETRN quando a política do servidor não permite que este cliente libere as mensagens desse nó.",
   "Leia o motivo no texto, corrija o nome do nó ou o caractere de opção se estiver errado, ou peça ao administrador do servidor que permita ETRN para o nó.",
   "É usado para responder a ETRN quando a política não permite que este cliente libere as mensagens do nó, informando o motivo no texto.",
   "",
   "",
   ""},
  {500,
   "Erro de sintaxe, comando não reconhecido",
   "O servidor não reconheceu o comando, ou a linha de comando era longa demais. Durante AUTH, o mesmo código indica uma resposta do cliente mais longa que o buffer de autenticação do servidor.",
   "Pode aparecer em resposta a qualquer comando, normalmente após um verbo digitado errado ou desconhecido, uma linha longa demais ou um texto enviado quando o servidor esperava um comando.",
   "Verifique a grafia do comando e mantenha as linhas de comando dentro de 512 octetos, incluindo o CRLF, a menos que uma extensão permita mais. Se EHLO receber 500, o servidor é antigo, então use HELO.",
   "É usado quando o servidor não reconhece o comando de forma alguma ou a linha de comando é longa demais.",
   "",
   "",
   ""},
  {501,
   "Erro de sintaxe nos parâmetros",
   "O comando foi reconhecido, mas seus argumentos estão malformados ou não são permitidos, por exemplo um endereço malformado, um argumento para um comando que não aceita nenhum ou uma resposta AUTH que não é base64 válido. O servidor permanece no estado em que estava antes do comando.",
   "Pode aparecer em resposta a qualquer comando, principalmente MAIL, RCPT, EHLO ou HELO com um argumento malformado, STARTTLS com parâmetros ou AUTH depois que o cliente o cancelou com '*'.",
   "Corrija o argumento, por exemplo colocando os endereços entre sinais de menor e maior e informando um domínio válido no EHLO, e envie o comando novamente. Após um AUTH cancelado, a resposta apenas confirma o cancelamento.",
   "É usado quando o comando é reconhecido, mas seus argumentos estão malformados ou não são permitidos.",
   "",
   "",
   ""},
  {502,
   "Comando não implementado",
   "O servidor reconhece o comando, mas não o implementa ou o desativou, como muitos sites fazem com VRFY e EXPN.",
   "Aparece em resposta a um comando reconhecido mas não suportado, como VRFY, EXPN, HELP ou TURN, ou a EHLO em servidores muito antigos; um provedor de On-Demand Mail Relay pode responder assim a qualquer comando que não seja EHLO, AUTH, ATRN ou QUIT.",
   "Não envie mais esse comando a este servidor; leia a resposta a EHLO para ver quais extensões ele oferece e use HELO se o próprio EHLO receber 502.",
   "É usado quando o servidor conhece o comando, mas não o implementa ou o desativou.",
   "",
   "",
   ""},
  {503,
   "Sequência de comandos incorreta",
   "O comando é válido, mas não é permitido neste ponto da sessão, por exemplo RCPT antes de MAIL, DATA sem nenhum destinatário aceito ou AUTH durante uma transação ou após um AUTH bem-sucedido. O servidor mantém o estado em que estava antes do comando.",
   "Aparece em resposta a um comando enviado fora de ordem e em resposta a qualquer comando que não seja QUIT depois que o servidor recusou a sessão com uma saudação 554.",
   "Envie os comandos na ordem exigida pelo SMTP: primeiro EHLO ou HELO, depois MAIL, RCPT e DATA. Se vier após uma saudação 554, envie QUIT e tente outro host.",
   "É usado quando um comando válido chega no ponto errado da sessão, como RCPT antes de MAIL.",
   "",
   "",
   ""},
  {504,
   "Parâmetro do comando não implementado",
   "O servidor não implementa um parâmetro do comando. Em resposta a AUTH, significa que o mecanismo SASL solicitado não é suportado ou não pode ser usado agora, por exemplo porque exige criptografia.",
   "Na maioria das vezes aparece em resposta a um AUTH que indica um mecanismo não anunciado pelo servidor e, às vezes, em resposta a EHLO, HELO, VRFY, EXPN, HELP ou MAIL com um argumento que o servidor não trata.",
   "Escolha um mecanismo AUTH da lista presente na resposta do servidor a EHLO, ou envie o comando sem o parâmetro não suportado.",
   "É usado quando o comando é suportado, mas um de seus parâmetros, como o mecanismo AUTH, não é.",
   "",
   "",
   ""},
  {521,
   "O host não aceita e-mails",
   "O host nunca aceita e-mails, em nenhuma circunstância; ele executa um servidor SMTP mínimo apenas para informar isso aos remetentes. Não se destina a recusar remetentes ou mensagens específicos, que é a função do 554.",
   "Aparece no lugar da saudação 220; os comandos seguintes podem receber 521 novamente, ou o servidor pode simplesmente fechar a conexão.",
   "Não tente novamente com este host. Tente o próximo host MX, se o domínio tiver um; caso contrário, devolva a mensagem ao remetente. O responsável pelo domínio deve parar de apontar registros MX para este host.",
   "É usado como saudação de um host que nunca aceita e-mails, para que os remetentes parem de tentar usá-lo.",
   "",
   "",
   ""},
  {530,
   "STARTTLS obrigatório",
   "O servidor exige uma sessão criptografada, então o cliente precisa enviar STARTTLS antes que o comando possa ser aceito. O mesmo código é usado quando a política do servidor exige autenticação prévia, por exemplo em uma porta de submissão (submission) ou antes de ATRN.",
   "Aparece em resposta a comandos como MAIL, RCPT ou AUTH enviados antes de a sessão ser criptografada, ou antes de ser autenticada, em um servidor cuja política exige isso.",
   "Envie STARTTLS, conclua o handshake TLS, envie EHLO novamente e repita o comando. Se a resposta do servidor ao EHLO não listar STARTTLS, um firewall ou proxy no caminho pode estar removendo o comando, ou a porta não o oferece: para envio a partir de clientes de e-mail (submission), use a porta 587 com STARTTLS ou a 465 com TLS implícito. Se o texto da resposta pedir autenticação, autentique-se com AUTH e repita o comando.",
   "É usado quando a política exige STARTTLS, ou autenticação, antes que o comando possa ser aceito.",
   "Autenticação obrigatória",
   "A política do servidor exige que o cliente se autentique antes que o comando seja aceito, como fazem os servidores de submissão de mensagens e os provedores de On-Demand Mail Relay.",
   "Autentique-se com AUTH, via TLS se o servidor exigir, e depois repita o comando."},
  {534,
   "Mecanismo de autenticação fraco demais",
   "O mecanismo de autenticação selecionado é mais fraco do que a política do servidor permite para este usuário.",
   "Aparece em resposta a AUTH, por exemplo quando se usa um mecanismo de texto puro onde a política exige um mais forte.",
   "Repita AUTH com um mecanismo mais forte da lista anunciada pelo servidor; o problema é o mecanismo, não a senha.",
   "É usado para responder a AUTH quando o mecanismo escolhido é mais fraco do que a política do servidor permite para este usuário.",
   "",
   "",
   ""},
  {535,
   "Credenciais de autenticação inválidas",
   "A autenticação falhou porque as credenciais eram inválidas ou insuficientes. É a resposta padrão quando um servidor não consegue autenticar o cliente.",
   "Aparece em resposta a AUTH, normalmente após a última resposta da troca, quando o nome de usuário ou a senha está errado.",
   "Peça novas credenciais ao usuário e envie AUTH novamente, ou tente outro mecanismo. Não fique repetindo credenciais que já falharam, pois os servidores podem fechar a conexão após várias falhas.",
   "É usado para responder a AUTH quando as credenciais estão erradas ou são insuficientes.",
   "",
   "",
   ""},
  {538,
   "Criptografia obrigatória para o mecanismo",
   "O mecanismo de autenticação selecionado só pode ser usado em uma conexão criptografada. A RFC 4954 mantém este código apenas por razões históricas, pois os servidores atuais não devem anunciar esses mecanismos antes que a criptografia esteja ativa.",
   "Aparece em resposta a um AUTH enviado por uma conexão não criptografada, em servidores mais antigos.",
   "Envie STARTTLS, envie EHLO novamente e depois repita AUTH pela conexão criptografada.",
   "Evite-o em servidores novos: ele recusa, em uma conexão não criptografada, um mecanismo que exige criptografia, e os servidores atuais evitam esse caso não anunciando esses mecanismos antes de STARTTLS.",
   "",
   "",
   ""},
  {550,
   "Caixa postal indisponível",
   "A ação solicitada não foi executada porque a caixa postal está indisponível, por exemplo porque não existe, porque o cliente não tem acesso a ela ou porque o comando foi recusado por motivos de política. Muitos servidores também o usam para recusas por spam, reputação, SPF ou DMARC.",
   "Na maioria das vezes aparece em resposta a RCPT para um endereço desconhecido, e também em resposta a MAIL, ao fim dos dados da mensagem, a VRFY ou a EXPN quando o servidor recusa por motivos de política.",
   "Verifique se o endereço do destinatário tem erros de digitação e remova-o da sua lista se ele não existir. Se o texto ou o código estendido apontar para política ou reputação, corrija a configuração de envio, como SPF, DKIM, DMARC, DNS reverso ou um endereço IP em lista de bloqueio, antes de enviar novamente.",
   "É usado quando a caixa postal não existe ou a solicitação é recusada em definitivo, por exemplo por política.",
   "",
   "",
   ""},
  {551,
   "Usuário não local",
   "O destinatário não é local neste servidor e o servidor não encaminhará a mensagem. O texto da resposta normalmente informa o endereço (forward-path) a ser tentado no lugar.",
   "Aparece em resposta a RCPT ou VRFY para um usuário que mudou de endereço, em servidores que ainda informam os novos endereços; muitos sites desativam isso por privacidade.",
   "Envie a mensagem novamente para o endereço informado no texto da resposta, depois de verificar se ele é plausível, e atualize seus cadastros. Se nenhum endereço for informado, devolva a mensagem ao remetente.",
   "É usado quando o destinatário não é local e o servidor não encaminhará a mensagem, de preferência informando o novo endereço no texto.",
   "",
   "",
   ""},
  {552,
   "Cota de armazenamento excedida",
   "A ação foi interrompida porque um limite de armazenamento foi excedido: a mensagem é maior que o tamanho máximo fixo do servidor, ou a caixa postal do destinatário está cheia. Em RCPT, alguns servidores ainda o usam para destinatários demais, caso que a RFC 5321 manda tratar como o código temporário 452.",
   "Aparece em resposta a MAIL quando o tamanho declarado excede o máximo do servidor, em resposta a RCPT para um destinatário que não pode receber a mensagem ou quando o limite de destinatários é atingido, ou após o fim dos dados da mensagem.",
   "Uma recusa por tamanho é permanente, então envie uma mensagem menor, por exemplo com links em vez de anexos grandes. Se a caixa postal estiver cheia, o destinatário precisa liberar espaço; se houver destinatários demais, envie os destinatários recusados em uma nova transação, como após um 452.",
   "É usado quando uma mensagem excede em definitivo um limite fixo de tamanho ou o armazenamento do destinatário.",
   "",
   "",
   ""},
  {553,
   "Nome de caixa postal não permitido",
   "A ação não foi executada porque o nome da caixa postal não é permitido, normalmente porque a sintaxe está errada. Servidores SMTPUTF8 também o usam para um destinatário que precisa de um endereço ASCII.",
   "Aparece em resposta a MAIL ou RCPT com um endereço malformado ou recusado, e em resposta a VRFY para um nome que o servidor não aceita.",
   "Corrija o endereço, por exemplo removendo espaços ou caracteres inválidos e informando um nome de domínio completo, e envie novamente. Alguns servidores também o usam para negar a retransmissão (relay); então, se o endereço estiver correto, verifique se o cliente tem permissão para retransmitir ou se autenticou.",
   "É usado quando o próprio nome da caixa postal não é aceitável, normalmente porque a sintaxe está errada.",
   "",
   "",
   ""},
  {554,
   "Falha na transação",
   "A transação falhou ou, quando enviado como saudação, o servidor não prestará serviço SMTP a este cliente. É uma recusa permanente genérica, usada por exemplo para conteúdo de mensagem recusado ou para uma sessão cuja segurança TLS é inadequada.",
   "Aparece no lugar da saudação 220, em resposta a DATA quando nenhum destinatário foi aceito, após o fim dos dados da mensagem ou em resposta a qualquer comando depois que o servidor considerou fraco demais o TLS negociado.",
   "Após uma saudação 554, o servidor ainda aguarda QUIT e responde aos outros comandos com 503, então envie QUIT e tente outro host, ou corrija a causa indicada no texto, muitas vezes um endereço IP em lista de bloqueio. Após os dados da mensagem, altere o que o texto ou o código estendido indicar como causa da recusa e não reenvie a mesma mensagem sem alterações.",
   "É usado para uma recusa permanente que nenhum código mais específico descreve, como conteúdo recusado ou uma sessão recusada.",
   "",
   "",
   ""},
  {555,
   "Parâmetros não reconhecidos",
   "Um parâmetro informado em MAIL FROM ou RCPT TO não é reconhecido ou não é implementado pelo servidor. A recusa é permanente para este servidor.",
   "Aparece em resposta a MAIL ou RCPT com um parâmetro de extensão que o servidor não anunciou, como parâmetros SIZE, BODY ou DSN enviados a um servidor sem essas extensões.",
   "Envie apenas parâmetros das extensões listadas na resposta do servidor a EHLO e, antes de adicionar qualquer um, certifique-se de que a sessão começou com EHLO, e não com HELO.",
   "É usado quando MAIL ou RCPT traz um parâmetro que o servidor não reconhece ou não implementa.",
   "",
   "",
   ""},
  {556,
   "O domínio não aceita e-mails",
   "Um servidor de retransmissão ou de submissão sabe, sem tentar se conectar, que o domínio do destinatário não aceita e-mails, normalmente porque o domínio publica um registro MX nulo.",
   "Aparece em resposta a RCPT, ou a outro comando que traga um caminho de destino (forward-path), para um endereço nesse tipo de domínio.",
   "Trate-o como qualquer outra falha permanente: corrija ou remova o endereço, pois as mensagens para esse domínio não podem ser entregues.",
   "É usado quando um servidor de retransmissão sabe que o domínio do destinatário não aceita e-mails, por exemplo porque o domínio publica um registro MX nulo.",
   "",
   "",
   ""},
};
/// Enhanced-status texts of Brazilian Portuguese, in registry order.
inline constexpr status_text statuses[] = {
  {0, 0,
   "Outro status indefinido",
   "Só se conhece a classe do status; o servidor não informou nenhuma área nem detalhe que diga mais sobre o que aconteceu.",
   "Aja de acordo com a classe e o código de resposta básico, e leia o texto do servidor para saber o motivo real."},
  {1, 0,
   "Outro status de endereço",
   "Algo relacionado a um endereço, do remetente ou de um destinatário, causou este status, e nenhum código de endereçamento mais específico se aplica.",
   "Verifique se os endereços do remetente e do destinatário têm erros de digitação e leia o texto do servidor para ver a qual endereço ele se refere."},
  {1, 1,
   "Endereço de caixa postal de destino inválido",
   "A caixa postal do destinatário não existe no destino: a parte do endereço antes do @ não é conhecida lá.",
   "Verifique se o endereço do destinatário tem erros de digitação ou peça ao destinatário um endereço atual; não envie novamente para o mesmo endereço sem alterações."},
  {1, 2,
   "Endereço de sistema de destino inválido",
   "O sistema de destino indicado no endereço do destinatário não existe ou não pode aceitar e-mails, então a parte do endereço depois do @ não é válida para e-mail.",
   "Verifique se a parte de domínio do endereço do destinatário tem erros de digitação e confirme que o domínio recebe e-mails."},
  {1, 3,
   "Sintaxe inválida no endereço da caixa postal de destino",
   "O endereço do destinatário não é sintaticamente válido; o erro pode estar em qualquer parte do endereço.",
   "Corrija o formato do endereço do destinatário, por exemplo espaços sobrando, sinais de menor e maior ausentes ou caracteres inválidos, e envie novamente."},
  {1, 4,
   "Endereço de caixa postal de destino ambíguo",
   "O endereço do destinatário corresponde a mais de uma caixa postal no destino, o que pode acontecer quando o servidor associa endereços a caixas postais por correspondência aproximada.",
   "Use o endereço exato e completo do destinatário, de modo que ele identifique uma única caixa postal."},
  {1, 5,
   "Endereço de destino válido",
   "O endereço do destinatário foi aceito como válido; este código é próprio de respostas positivas e de relatórios de entrega.",
   "Nenhuma ação é necessária."},
  {1, 6,
   "A caixa postal de destino foi movida, sem endereço de encaminhamento",
   "O endereço do destinatário já foi válido, mas o destino não aceita mais mensagens para ele e não informa nenhum endereço de encaminhamento.",
   "Remova o endereço das suas listas e obtenha o novo endereço do destinatário por outros meios."},
  {1, 7,
   "Sintaxe inválida no endereço da caixa postal do remetente",
   "O endereço do remetente não é sintaticamente válido; o erro pode estar em qualquer parte do endereço.",
   "Corrija o endereço do remetente configurado no cliente de e-mail ou no sistema de envio e envie novamente."},
  {1, 8,
   "Endereço de sistema do remetente inválido",
   "O domínio do endereço do remetente não existe ou não pode aceitar mensagens devolvidas, então a parte do endereço do remetente depois do @ não é válida para e-mail.",
   "Envie de um endereço cujo domínio exista e receba e-mails, por exemplo corrigindo os registros MX ou de endereço do domínio no DNS."},
  {1, 9,
   "Mensagem retransmitida para um sistema de e-mail não compatível",
   "O endereço do destinatário era válido, mas a mensagem foi repassada a um sistema que não oferece rastreamento de mensagens, então não há mais informações disponíveis sobre ela.",
   "Considere que a mensagem foi repassada adiante; outras informações de status só podem vir dos operadores do próximo sistema."},
  {1, 10,
   "O endereço do destinatário tem MX nulo",
   "O domínio do destinatário publica um registro MX nulo, que declara que o domínio não aceita nenhum e-mail.",
   "Não tente novamente; verifique se o domínio do endereço está digitado errado e peça ao destinatário um endereço em um domínio que receba e-mails."},
  {2, 0,
   "Outro status de caixa postal ou status indefinido",
   "A caixa postal do destinatário existe, mas algo relacionado a ela causou este status, e nenhum código de caixa postal mais específico se aplica.",
   "Leia o motivo no texto do servidor; se o problema persistir, entre em contato com o destinatário por outros meios."},
  {2, 1,
   "Caixa postal desativada, não aceita mensagens",
   "A caixa postal existe, mas não está aceitando mensagens; isso é permanente se ela nunca for reativada e temporário se estiver apenas suspensa por enquanto.",
   "Após uma falha temporária, tente novamente mais tarde; após uma permanente, pare de enviar para o endereço e entre em contato com o destinatário por outros meios."},
  {2, 2,
   "Caixa postal cheia",
   "A caixa postal do destinatário está cheia porque atingiu a cota ou a capacidade de armazenamento; o destinatário pode liberar espaço excluindo mensagens.",
   "Tente novamente mais tarde e, se a caixa postal continuar cheia, avise o destinatário por outros meios."},
  {2, 3,
   "O tamanho da mensagem excede o limite administrativo",
   "A mensagem é maior que um limite de tamanho definido para esta caixa postal específica, que é inferior ao limite do sistema como um todo.",
   "Envie uma mensagem menor, por exemplo compartilhando os anexos grandes por meio de um link."},
  {2, 4,
   "Problema na expansão da lista de distribuição",
   "O endereço é uma lista de distribuição, e não foi possível expandir a lista para os endereços dos seus membros.",
   "Tente novamente mais tarde se a falha for temporária; caso contrário, informe o problema ao responsável pela lista."},
  {3, 0,
   "Outro status do sistema de e-mail ou status indefinido",
   "O status se refere ao sistema de e-mail de destino, que existe e normalmente aceita e-mails, e nenhum código de sistema de e-mail mais específico se aplica.",
   "Após uma falha temporária, tente novamente mais tarde; se a falha for permanente ou continuar se repetindo, entre em contato com o postmaster do destino."},
  {3, 1,
   "Sistema de e-mail cheio",
   "O sistema de e-mail de destino ficou sem espaço de armazenamento, algo que o destinatário não consegue resolver excluindo mensagens.",
   "Tente novamente mais tarde; o administrador do destino precisa liberar ou ampliar o armazenamento."},
  {3, 2,
   "O sistema não está aceitando mensagens da rede",
   "O host que hospeda a caixa postal não está aceitando mensagens, por exemplo por causa de um desligamento, de carga elevada ou de manutenção, ou porque nunca aceita e-mails.",
   "Após uma falha temporária, tente novamente mais tarde; após uma permanente, como uma resposta 521, este host não recebe e-mails e é preciso outra rota ou outro endereço."},
  {3, 3,
   "O sistema não suporta os recursos selecionados",
   "O sistema de destino não suporta recursos solicitados para a mensagem, o que pode acontecer em um gateway que não consegue transpor um recurso para outro ambiente de e-mail.",
   "Envie a mensagem novamente sem os recursos opcionais que ela solicitava, ou pergunte ao administrador do destino quais recursos são suportados."},
  {3, 4,
   "Mensagem grande demais para o sistema",
   "A mensagem é maior que o limite de tamanho por mensagem do destino, seja esse limite físico ou definido por política.",
   "Reduza o tamanho da mensagem, por exemplo removendo os anexos grandes ou substituindo-os por links, e envie novamente."},
  {3, 5,
   "Sistema configurado incorretamente",
   "O sistema de destino não está configurado de uma forma que lhe permita aceitar esta mensagem.",
   "Informe o problema ao postmaster do destino; enviar novamente não adianta até que a configuração seja corrigida."},
  {3, 6,
   "A prioridade solicitada foi alterada",
   "A mensagem foi aceita, mas o servidor alterou a prioridade de transferência solicitada com a extensão MT-PRIORITY; o texto da resposta começa com a nova prioridade.",
   "Nenhuma ação é necessária; anote a nova prioridade informada no texto da resposta se o prazo de entrega for importante."},
  {4, 0,
   "Outro status de rede ou de roteamento, ou status indefinido",
   "Algo deu errado na rede ou no roteamento da mensagem, e nenhum código de rede ou de roteamento mais específico se aplica.",
   "Tente novamente mais tarde; se o problema persistir, verifique o DNS e a conectividade até o destino."},
  {4, 1,
   "Sem resposta do host",
   "A tentativa de conexão de saída não obteve resposta, porque o sistema remoto estava ocupado ou não conseguiu aceitar a conexão.",
   "Tente novamente mais tarde; se persistir, verifique se o host de destino está no ar e acessível na porta SMTP."},
  {4, 2,
   "Conexão ruim",
   "Uma conexão foi estabelecida, mas a transação da mensagem não pôde ser concluída por causa de um tempo limite esgotado ou da má qualidade da conexão.",
   "Tente novamente mais tarde; se acontecer de novo, procure problemas de rede, firewalls ou tempos limite esgotados entre os dois hosts."},
  {4, 3,
   "Falha do servidor de diretório",
   "A mensagem não pôde ser encaminhada porque um servidor de diretório, como um servidor DNS, estava indisponível.",
   "Tente novamente mais tarde; se persistir, verifique os servidores DNS usados pelo sistema que relatou a falha."},
  {4, 4,
   "Não foi possível rotear",
   "O sistema de e-mail não conseguiu determinar o próximo salto da mensagem porque o servidor de diretório não tinha as informações de roteamento, por exemplo quando o DNS retorna apenas um registro SOA para o domínio.",
   "Verifique se o domínio do destinatário tem erros de digitação e confirme que ele tem registros MX ou de endereço válidos no DNS."},
  {4, 5,
   "Congestionamento do sistema de e-mail",
   "O sistema de e-mail não conseguiu entregar a mensagem porque estava congestionado.",
   "Tente novamente mais tarde, de preferência com menos conexões ou mensagens em paralelo."},
  {4, 6,
   "Loop de roteamento detectado",
   "Um loop de roteamento, causado por tabelas de roteamento erradas ou por um encaminhamento configurado por um usuário, fez a mensagem ser repassada vezes demais.",
   "Verifique as regras de encaminhamento e as configurações de MX ou de retransmissão do endereço do destinatário e envie novamente."},
  {4, 7,
   "Prazo de entrega expirado",
   "A mensagem foi considerada antiga demais, seja porque ficou tempo demais na fila, seja porque o prazo definido pelo remetente se esgotou.",
   "Verifique se o destino está acessível e envie a mensagem novamente; os erros anteriores no log da fila costumam mostrar a causa real."},
  {5, 0,
   "Outro status de protocolo ou status indefinido",
   "O status se refere ao protocolo de entrega de e-mail, e nenhum código de protocolo mais específico se aplica; com uma resposta de sucesso, apenas confirma o comando.",
   "Após um sucesso, nenhuma ação é necessária; após uma falha, leia o texto do servidor para ver qual comando ou etapa foi recusado."},
  {5, 1,
   "Comando inválido",
   "Um comando do protocolo foi enviado fora de sequência ou não é suportado pelo servidor.",
   "Corrija a ordem dos comandos SMTP, ou pare de usar o comando que o servidor não suporta."},
  {5, 2,
   "Erro de sintaxe",
   "Não foi possível interpretar um comando do protocolo, porque a sintaxe está errada ou o comando não é reconhecido.",
   "Corrija a sintaxe do comando que o cliente enviou, ou use um comando que o servidor reconheça."},
  {5, 3,
   "Destinatários demais",
   "A mensagem tem mais destinatários do que o servidor aceita em uma transação.",
   "Envie os destinatários restantes em outra transação; o software de e-mail normalmente faz isso sozinho."},
  {5, 4,
   "Argumentos de comando inválidos",
   "Um comando válido foi enviado com argumentos inválidos, porque um valor estava fora do intervalo ou indicava um recurso que o servidor não reconhece.",
   "Corrija os parâmetros do comando, por exemplo um mecanismo AUTH ou o valor de uma extensão de MAIL FROM, e envie-o novamente."},
  {5, 5,
   "Versão de protocolo incorreta",
   "Os dois sistemas usam versões de protocolo que não correspondem e não conseguiram resolver a diferença por conta própria.",
   "Atualize ou reconfigure o software do cliente ou do servidor para que os dois lados usem uma versão de protocolo em comum."},
  {5, 6,
   "Linha da troca de autenticação longa demais",
   "Uma linha de resposta AUTH do cliente era mais longa que o buffer do servidor para o mecanismo de autenticação escolhido.",
   "Use um mecanismo de autenticação ou credenciais que gerem respostas mais curtas, ou peça ao administrador do servidor que aumente o limite."},
  {6, 0,
   "Outro erro de tipo de mídia ou erro indefinido",
   "Algo no conteúdo da mensagem impediu a entrega, e nenhum código de conteúdo ou de tipo de mídia mais específico se aplica.",
   "Verifique o formato e os anexos da mensagem e leia o texto do servidor para ver a qual parte ele fez objeção."},
  {6, 1,
   "Tipo de mídia não suportado",
   "A mensagem usa um tipo de mídia que o protocolo de entrega ou o próximo sistema no caminho não suporta.",
   "Envie o conteúdo em um formato amplamente suportado, por exemplo convertendo ou removendo a parte não suportada."},
  {6, 2,
   "Conversão necessária, mas proibida",
   "O conteúdo da mensagem precisa ser convertido antes de ser entregue, mas o remetente ou a política do host de envio proíbe essa conversão.",
   "Permita a conversão, ou envie o conteúdo em uma forma que o destino aceite sem conversão."},
  {6, 3,
   "Conversão necessária, mas não suportada",
   "O conteúdo da mensagem precisa ser convertido para ser encaminhado, mas um host no caminho não consegue fazer isso, por exemplo um gateway que não consegue transformar conteúdo de 8 bits em 7 bits.",
   "Envie a mensagem em uma forma que não precise de conversão, por exemplo com codificações MIME de 7 bits."},
  {6, 4,
   "Conversão realizada com perda",
   "A mensagem foi entregue, mas uma conversão no caminho perdeu parte dos seus dados; como falha permanente, significa que o remetente havia proibido a conversão com perda.",
   "Confirme com o destinatário se o conteúdo chegou íntegro e, se não chegou, reenvie-o em um formato que não precise de conversão."},
  {6, 5,
   "Falha na conversão",
   "Uma conversão necessária do conteúdo da mensagem foi tentada e falhou.",
   "Reenvie a mensagem em um formato que não precise de conversão, ou tente novamente mais tarde se a falha foi temporária."},
  {6, 6,
   "Conteúdo da mensagem indisponível",
   "O servidor não conseguiu obter o conteúdo da mensagem no sistema remoto indicado em um comando BURL, como um servidor IMAP.",
   "Verifique se a URL no comando BURL é válida e se o servidor de submissão consegue acessar o servidor de conteúdo, e tente novamente."},
  {6, 7,
   "Endereços não ASCII não permitidos para esse remetente ou destinatário",
   "O servidor recusou um comando MAIL ou RCPT porque o endereço contém caracteres não ASCII, que não são permitidos para esse remetente ou destinatário.",
   "Use um endereço formado apenas por caracteres ASCII, ou envie por servidores que suportem a extensão SMTPUTF8."},
  {6, 8,
   "É necessária uma resposta com strings UTF-8, mas o cliente SMTP não a permite",
   "A resposta teria de conter um nome de caixa postal UTF-8, mas o cliente não permitiu UTF-8 nas respostas, por exemplo em um VRFY ou EXPN enviado sem SMTPUTF8.",
   "Repita o comando com o parâmetro SMTPUTF8, se o cliente o suportar."},
  {6, 9,
   "Mensagem com cabeçalho UTF-8 não pode ser transferida para um ou mais destinatários, portanto deve ser recusada",
   "Após o fim dos dados da mensagem, a transação falhou porque uma mensagem com campos de cabeçalho UTF-8 não pode ser entregue a um ou mais dos seus destinatários.",
   "Envie a mensagem a esses destinatários com campos de cabeçalho e endereços somente em ASCII, ou por um caminho que suporte SMTPUTF8."},
  {6, 10,
   "Duplicata obsoleta de X.6.8",
   "Este código foi registrado como duplicata de X.6.8 e está obsoleto em favor desse código, que tem o mesmo significado.",
   "Trate-o como X.6.8: repita o comando com o parâmetro SMTPUTF8, se o cliente o suportar."},
  {7, 0,
   "Outro status de segurança ou status indefinido",
   "O status se refere à segurança ou à política, e nenhum código mais específico se aplica, possivelmente porque a política de segurança proíbe uma resposta mais detalhada; com uma resposta de sucesso, como 235 após AUTH, confirma a etapa de segurança.",
   "Após uma falha, leia o texto do servidor: o servidor pode exigir STARTTLS ou autenticação antes, ou recusar a mensagem por política."},
  {7, 1,
   "Entrega não autorizada, mensagem recusada",
   "O remetente não está autorizado a enviar para este destino, por causa de filtragem por host de envio ou por destinatário, o que inclui a retransmissão negada.",
   "Autentique-se se o servidor for o seu próprio servidor de saída; caso contrário, verifique se o host ou o endereço de envio está bloqueado e entre em contato com o postmaster do destinatário."},
  {7, 2,
   "Expansão da lista de distribuição proibida",
   "O remetente não tem permissão para enviar mensagens a esta lista de distribuição.",
   "Peça ao responsável pela lista permissão para publicar, ou envie de um endereço que tenha permissão para publicar."},
  {7, 3,
   "Conversão de segurança necessária, mas impossível",
   "A entrega exigia uma conversão de um protocolo de mensagens seguras para outro, e essa conversão não foi possível.",
   "Envie a mensagem com um formato de segurança que o sistema do destinatário suporte."},
  {7, 4,
   "Recursos de segurança não suportados",
   "A mensagem ou a solicitação usou recursos de segurança, como um método de autenticação seguro, que o protocolo de entrega não pode suportar.",
   "Envie sem o recurso de segurança não suportado, ou escolha um que o servidor ofereça."},
  {7, 5,
   "Falha criptográfica",
   "Um sistema no caminho autorizado a verificar ou descriptografar a mensagem não conseguiu fazê-lo, porque uma chave ou informação semelhante estava ausente ou era inválida.",
   "Verifique as chaves e os certificados usados para assinar ou criptografar a mensagem e envie-a novamente."},
  {7, 6,
   "Algoritmo criptográfico não suportado",
   "Um sistema no caminho autorizado a verificar ou descriptografar a mensagem não conseguiu fazê-lo, porque não suporta o algoritmo usado.",
   "Assine ou criptografe a mensagem com um algoritmo que o sistema do destinatário suporte."},
  {7, 7,
   "Falha de integridade da mensagem",
   "Um sistema no caminho autorizado a verificar a mensagem não conseguiu fazê-lo, porque a mensagem estava corrompida ou foi alterada.",
   "Envie a mensagem novamente e procure no caminho algum software que altere as mensagens depois de assinadas."},
  {7, 8,
   "Credenciais de autenticação inválidas",
   "A autenticação falhou porque as credenciais informadas com AUTH eram inválidas ou insuficientes.",
   "Verifique o nome de usuário e a senha ou outras credenciais e autentique-se novamente."},
  {7, 9,
   "Mecanismo de autenticação fraco demais",
   "O mecanismo de autenticação escolhido é mais fraco do que a política do servidor permite para este usuário.",
   "Autentique-se novamente com um mecanismo mais forte oferecido pelo servidor."},
  {7, 10,
   "Criptografia necessária",
   "Uma camada de privacidade externa, como TLS, é necessária antes que o mecanismo de autenticação solicitado possa ser usado, principalmente para mecanismos que enviam senhas em texto puro; REQUIRETLS também o usa quando nenhuma sessão TLS pôde ser estabelecida.",
   "Inicie o TLS com STARTTLS antes de se autenticar, ou use um mecanismo de autenticação mais forte."},
  {7, 11,
   "Criptografia obrigatória para o mecanismo de autenticação solicitado",
   "O mecanismo de autenticação escolhido só pode ser usado quando a conexão SMTP está criptografada.",
   "Envie STARTTLS primeiro e depois repita AUTH, ou escolha outro mecanismo."},
  {7, 12,
   "É necessária uma transição de senha",
   "O usuário precisa migrar para o mecanismo de autenticação selecionado, o que normalmente se faz autenticando uma vez com o mecanismo PLAIN.",
   "Autentique-se uma vez com PLAIN por uma conexão criptografada; depois disso, o mecanismo selecionado deve funcionar nas sessões seguintes."},
  {7, 13,
   "Conta de usuário desativada",
   "A autenticação foi bem-sucedida, mas a conta foi desativada, por exemplo por falta de pagamento ou por abuso, e permanece desativada até que um administrador a reative.",
   "Entre em contato com o provedor de e-mail ou com o administrador do sistema para reativar a conta; digitar a senha novamente não adianta."},
  {7, 14,
   "Relação de confiança necessária",
   "O servidor de submissão precisa de uma relação de confiança configurada com o servidor de terceiros que guarda o conteúdo da mensagem, como no caso do BURL, e não a tem.",
   "Peça aos administradores que configurem a confiança entre o servidor de submissão e o servidor de conteúdo, ou envie a mensagem completa em vez de uma referência."},
  {7, 15,
   "Nível de prioridade baixo demais",
   "A prioridade de transferência da mensagem está abaixo da prioridade mínima que o servidor aceita no momento; isso pode ser temporário, por exemplo enquanto apenas mensagens de prioridade mais alta são aceitas.",
   "Tente novamente mais tarde, ou envie com uma prioridade mais alta, se você tiver permissão para isso."},
  {7, 16,
   "Mensagem grande demais para a prioridade especificada",
   "A mensagem é maior do que o servidor aceita para a prioridade de transferência solicitada.",
   "Envie uma mensagem menor, ou use uma prioridade cujo limite de tamanho comporte a mensagem."},
  {7, 17,
   "O proprietário da caixa postal mudou",
   "A mensagem usou RRVS para exigir que a caixa postal do destinatário tivesse o mesmo proprietário desde uma determinada data, e a caixa postal mudou de proprietário desde então.",
   "Não reenvie para este endereço; confirme o endereço atual do destinatário por outros meios."},
  {7, 18,
   "O proprietário do domínio mudou",
   "A mensagem usou RRVS para exigir que o endereço do destinatário fosse válido desde uma determinada data, e o proprietário do domínio do destinatário mudou desde então.",
   "Não reenvie para este endereço; confirme o endereço atual do destinatário por outros meios."},
  {7, 19,
   "Não é possível concluir o teste RRVS",
   "A mensagem pediu uma verificação RRVS, mas o receptor não pode realizá-la porque não registrou quando a caixa postal passou para o proprietário atual.",
   "Decida se vai enviar a mensagem novamente sem a exigência de RRVS."},
  {7, 20,
   "Nenhuma assinatura DKIM aprovada na verificação",
   "A política local recusou a mensagem porque ela não tinha nenhuma assinatura DKIM aprovada na verificação.",
   "Certifique-se de que o domínio de envio assina suas mensagens com DKIM e de que nada no caminho altera o conteúdo assinado."},
  {7, 21,
   "Nenhuma assinatura DKIM aceitável encontrada",
   "A mensagem tem assinaturas DKIM aprovadas na verificação, mas nenhuma delas atende aos requisitos locais do receptor.",
   "Ajuste a assinatura DKIM, por exemplo os campos de cabeçalho assinados ou o domínio de assinatura, para atender aos requisitos do receptor."},
  {7, 22,
   "Nenhuma assinatura DKIM válida correspondente ao autor encontrada",
   "A mensagem tem assinaturas DKIM aprovadas na verificação, mas nenhuma delas usa um domínio que corresponda ao endereço do autor no campo de cabeçalho From.",
   "Assine a mensagem com DKIM usando o domínio do endereço From."},
  {7, 23,
   "Falha na validação SPF",
   "A verificação SPF da mensagem teve resultado de falha (fail), que a política local não aceita.",
   "Envie por um servidor listado no registro SPF do domínio de envio, ou adicione o servidor de envio a esse registro."},
  {7, 24,
   "Erro na validação SPF",
   "A avaliação SPF da mensagem produziu um erro: um erro temporário, como um tempo limite esgotado no DNS, com uma resposta temporária, ou um erro permanente, como um registro SPF defeituoso, com uma resposta permanente.",
   "Após um erro temporário, tente novamente mais tarde; após um erro permanente, corrija a sintaxe ou as consultas DNS do registro SPF do domínio de envio."},
  {7, 25,
   "Falha na validação de DNS reverso",
   "O endereço IP do cliente SMTP não passou em uma verificação de DNS reverso exigida pela política local.",
   "Atribua ao endereço IP de envio um registro PTR cujo nome resolva de volta para o mesmo endereço."},
  {7, 26,
   "Várias verificações de autenticação falharam",
   "A mensagem falhou em mais de uma verificação de autenticação de mensagens, como SPF e DKIM, e a política local a recusa; as verificações que falharam não são indicadas.",
   "Verifique a configuração de SPF, DKIM e DMARC do domínio de envio e corrija todas as verificações que falharem."},
  {7, 27,
   "O endereço do remetente tem MX nulo",
   "O domínio do endereço do remetente publica um registro MX nulo, então não pode receber respostas nem mensagens de devolução, e o receptor recusa mensagens vindas dele.",
   "Envie de um endereço cujo domínio aceite e-mails."},
  {7, 28,
   "Inundação de e-mails detectada",
   "O receptor considera a mensagem parte de uma inundação de e-mails, uma rajada anormalmente grande de mensagens direcionada ao destinatário; o código foi registrado a partir de um Internet-Draft, não de uma RFC.",
   "Reduza a taxa de envio para este destinatário e verifique se o seu sistema está sendo usado de forma abusiva, por exemplo por meio de solicitações de cadastro forjadas."},
  {7, 29,
   "Falha na validação ARC",
   "A cadeia ARC (Authenticated Received Chain) da mensagem não passou na validação.",
   "Verifique os campos de cabeçalho ARC adicionados por intermediários, como listas de distribuição ou serviços de encaminhamento, e corrija o sistema que quebrou a cadeia."},
  {7, 30,
   "Suporte a REQUIRETLS necessário",
   "A mensagem exige TLS em cada salto por meio da extensão REQUIRETLS, mas não foi encontrado nenhum servidor seguinte que suporte REQUIRETLS.",
   "Envie a mensagem sem a exigência de REQUIRETLS, ou por um caminho em que todos os servidores a suportem."},
};
}  // namespace pt_br_texts

/// Brazilian Portuguese.
inline constexpr catalogue pt_br = [] {
  catalogue c{};
  c.tag = "pt-BR";
  c.language = "Português (Brasil)";
  c.heading_description = "Descrição";
  c.heading_when_seen = "Quando aparece";
  c.heading_how_to_fix = "Como resolver";
  c.heading_key_differences = "Principais diferenças";
  c.heading_when_to_use = "Quando usar cada um";
  c.heading_learn_more = "Saiba mais";
  c.heading_explanation = "Explicação";
  c.heading_enhanced_status = "Código de status estendido";
  c.heading_advice = "Recomendação";
  c.heading_reason = "Motivo";
  c.heading_other_meaning = "Outro significado";
  c.heading_server_text = "Texto do servidor";
  c.heading_code_list = "Códigos de resposta SMTP registrados";
  c.heading_status_list = "Códigos de status estendidos";
  c.heading_typical_statuses = "Códigos de status estendidos comuns";
  c.heading_related_codes = "Códigos de resposta usados com ele";
  c.heading_compare_with = "Comparar {code} com outro código";
  c.heading_what_to_do = "O que fazer";
  c.compare_title = "SMTP {a} {name_a} versus {b} {name_b}";
  c.code_title = "SMTP {code} {name}";
  c.unregistered_title = "SMTP {code} (não definido por nenhuma RFC)";
  c.status_title = "Código de status estendido {status} {name}";
  c.class_names[0] = "Código inválido";
  c.class_names[1] = "1xx resposta positiva preliminar";
  c.class_names[2] = "2xx resposta positiva de conclusão";
  c.class_names[3] = "3xx resposta positiva intermediária";
  c.class_names[4] = "4xx resposta negativa temporária";
  c.class_names[5] = "5xx resposta negativa permanente";
  c.class_gist[0] = "{code} não é um código de resposta válido, portanto não tem nenhum significado definido.";
  c.class_gist[1] = "{code} é uma resposta preliminar: o servidor aceitou a solicitação, mas aguarda uma confirmação antes de executá-la.";
  c.class_gist[2] = "{code} confirma que a ação solicitada foi concluída.";
  c.class_gist[3] = "{code} significa que o servidor aceitou o comando e aguarda mais informações do cliente.";
  c.class_gist[4] = "{code} indica que a solicitação não foi executada desta vez, embora a mesma solicitação possa ser bem-sucedida mais tarde.";
  c.class_gist[5] = "{code} indica que a solicitação não foi executada e voltará a falhar se for repetida sem alterações.";
  c.class_gist_both[0] = "Nenhum dos dois é um código de resposta válido.";
  c.class_gist_both[1] = "Ambos são respostas preliminares: o servidor aceitou a solicitação, mas aguarda uma confirmação antes de executá-la.";
  c.class_gist_both[2] = "Ambos confirmam que a ação solicitada foi concluída.";
  c.class_gist_both[3] = "Ambos significam que o servidor aceitou o comando e aguarda mais informações do cliente.";
  c.class_gist_both[4] = "Ambos indicam que a solicitação não foi executada desta vez, embora a mesma solicitação possa ser bem-sucedida mais tarde.";
  c.class_gist_both[5] = "Ambos indicam que a solicitação não foi executada e voltará a falhar se for repetida sem alterações.";
  c.class_remedy[0] = "Trate a resposta como um erro fatal desta transação e encerre a transação.";
  c.class_remedy[1] = "Aguarde a resposta definitiva; um cliente que não negociou uma extensão que use respostas 1xx deve encerrar a transação.";
  c.class_remedy[2] = "Nenhuma correção é necessária; continue com a próxima etapa da sessão.";
  c.class_remedy[3] = "Envie as informações solicitadas pelo servidor para concluir o comando.";
  c.class_remedy[4] = "Mantenha a mensagem na fila e tente novamente mais tarde; se a mesma resposta continuar chegando por dias, avise o remetente sobre o atraso.";
  c.class_remedy[5] = "Não repita a mesma solicitação; corrija antes o comando, o endereço ou a mensagem, ou devolva a mensagem ao remetente.";
  c.class_outcome[0] = "a resposta não é SMTP válido e não indica nenhum resultado";
  c.class_outcome[1] = "a solicitação é aceita, mas aguarda uma confirmação";
  c.class_outcome[2] = "a solicitação foi bem-sucedida";
  c.class_outcome[3] = "o servidor aguarda mais dados antes de poder concluir o comando";
  c.class_outcome[4] = "a solicitação falhou por enquanto e pode ser bem-sucedida se for repetida mais tarde";
  c.class_outcome[5] = "a solicitação falhou e voltará a falhar se for repetida sem alterações";
  c.category_names[0] = "Sintaxe";
  c.category_names[1] = "Informação";
  c.category_names[2] = "Conexões";
  c.category_names[3] = "Não atribuída (x3z)";
  c.category_names[4] = "Não atribuída (x4z)";
  c.category_names[5] = "Sistema de e-mail";
  c.category_names[6] = "Indefinida";
  c.category_meaning[0] = "O segundo dígito 0 identifica erros de sintaxe, comandos que não se encaixam em nenhuma outra categoria e comandos que o servidor não implementa.";
  c.category_meaning[1] = "O segundo dígito 1 identifica respostas a solicitações de informação, como status ou ajuda.";
  c.category_meaning[2] = "O segundo dígito 2 identifica respostas sobre o canal de transmissão, ou seja, sobre a própria conexão.";
  c.category_meaning[3] = "A RFC 5321 não atribui nenhuma categoria ao segundo dígito 3; extensões o utilizam, por exemplo, em respostas de autenticação.";
  c.category_meaning[4] = "A RFC 5321 não atribui nenhuma categoria ao segundo dígito 4.";
  c.category_meaning[5] = "O segundo dígito 5 identifica o estado do sistema de e-mail receptor em relação à transferência solicitada ou a outra ação do sistema de e-mail.";
  c.category_meaning[6] = "A RFC 5321 não define nenhuma categoria para um segundo dígito de 6 a 9, e uma linha de resposta com esse dígito não segue a sintaxe SMTP.";
  c.intro_different = "SMTP {a} ({name_a}) pertence à classe “{class_a}”, enquanto {b} ({name_b}) pertence à classe “{class_b}”.";
  c.intro_same = "SMTP {a} ({name_a}) e {b} ({name_b}) pertencem ambos à classe “{class}”.";
  c.in_contrast = "Por outro lado, {text}";
  c.no_differences = "SMTP {a} e {b} são o mesmo código, portanto não há diferenças a listar.";
  c.diff_class = "{a} pertence à classe “{class_a}”, enquanto {b} pertence à classe “{class_b}”.";
  c.diff_category = "Pelo segundo dígito, {a} pertence à categoria “{cat_a}”, enquanto {b} pertence à categoria “{cat_b}”.";
  c.diff_meaning = "{a} significa “{name_a}”, enquanto {b} significa “{name_b}”.";
  c.diff_retry = "Após uma resposta {a}, {retry_a}; após uma resposta {b}, {retry_b}.";
  c.diff_connection = "Após uma resposta {a}, {conn_a}; após uma resposta {b}, {conn_b}.";
  c.diff_commands = "{a} é uma resposta enviada após {cmds_a}, enquanto {b} é enviado após {cmds_b}.";
  c.diff_status = "{a} costuma vir acompanhado do código de status estendido {status_a}, enquanto {b} costuma vir acompanhado de {status_b}.";
  c.diff_status_first_only = "{a} costuma vir acompanhado do código de status estendido {status_a}, enquanto {b} normalmente não vem acompanhado de nenhum.";
  c.diff_status_second_only = "{a} normalmente não vem acompanhado de nenhum código de status estendido, enquanto {b} costuma vir acompanhado de {status_b}.";
  c.diff_spec = "{a} {spec_a}, enquanto {b} {spec_b}.";
  c.retry_phrases[0] = "nada precisa ser tentado novamente";
  c.retry_phrases[1] = "o cliente envia a próxima parte da solicitação";
  c.retry_phrases[2] = "o cliente mantém a mensagem e tenta novamente mais tarde";
  c.retry_phrases[3] = "o cliente deve alterar a solicitação antes de tentar novamente";
  c.retry_phrases[4] = "a mesma solicitação não deve ser repetida";
  c.retry_phrases[5] = "a resposta não traz nenhuma instrução utilizável";
  c.spec_names[0] = "faz parte do padrão atual";
  c.spec_names[1] = "é definido por uma RFC experimental";
  c.spec_names[2] = "está obsoleto e é mantido apenas por razões históricas";
  c.connection_closes = "o servidor fecha a conexão";
  c.connection_stays_open = "a conexão permanece aberta para o próximo comando";
  c.command_connect = "a abertura da conexão";
  c.command_end_of_data = "o fim dos dados da mensagem";
  c.command_any = "qualquer comando";
  c.list_separator = ", ";
  c.list_last_separator = " e ";
  c.list_last_or = " ou ";
  c.which_by_outcome = "A primeira coisa a observar é o resultado: com {a}, {outcome_a}; com {b}, {outcome_b}.";
  c.which_same_class = "Ambos pertencem à classe “{class}”, portanto não é o resultado que decide entre eles, e sim a situação.";
  c.which_item = "{code} ({name}): {text}";
  c.reference_item = "SMTP {code}: {text}";
  c.class_line = "{code} pertence à classe “{class}”.";
  c.category_line = "Pelo segundo dígito, {code} pertence à categoria “{category}”.";
  c.unregistered_intro = "{code} não é definido por nenhuma RFC, por isso um cliente o interpreta pelo primeiro dígito como uma resposta da classe “{class}”.";
  c.unregistered_when_seen = "Um servidor enviou {code}, um número que nenhuma especificação SMTP define.";
  c.malformed_intro = "{code} não é um código de resposta SMTP, porque um código de resposta é um número de 100 a 599.";
  c.alternate_line = "Após {commands}, {code} tem outro significado: {name}.";
  c.label_code = "Código";
  c.label_class = "Classe";
  c.label_category = "Categoria";
  c.label_name = "Nome";
  c.label_commands = "Comandos";
  c.label_command = "Comando";
  c.label_status = "Código de status estendido";
  c.label_action = "Ação";
  c.label_scope = "Escopo";
  c.label_bounce = "Devolução";
  c.label_reason = "Motivo";
  c.label_delay = "Intervalo até a nova tentativa";
  c.label_connection = "Conexão";
  c.label_why = "Justificativa";
  c.label_rule = "Regra";
  c.label_throttle = "Limitação";
  c.label_next_retry = "Próxima tentativa";
  c.connection_close_value = "fechar";
  c.connection_keep_value = "manter aberta";
  c.action_names[0] = "Prosseguir";
  c.action_names[1] = "Enviar a próxima parte";
  c.action_names[2] = "Tentar novamente mais tarde";
  c.action_names[3] = "Tentar novamente em uma nova transação";
  c.action_names[4] = "Tentar o próximo host";
  c.action_names[5] = "Alterar a solicitação";
  c.action_names[6] = "Desistir";
  c.scope_names[0] = "Nenhum";
  c.scope_names[1] = "Este destinatário";
  c.scope_names[2] = "Esta mensagem";
  c.scope_names[3] = "Esta sessão";
  c.bounce_names[0] = "Nenhuma";
  c.bounce_names[1] = "Temporária (soft bounce)";
  c.bounce_names[2] = "Permanente (hard bounce)";
  c.reason_line = "{name} ({token})";
  c.reason_names[0] = "Nenhuma falha";
  c.reason_names[1] = "Destinatário desconhecido";
  c.reason_names[2] = "Host ou domínio desconhecido";
  c.reason_names[3] = "O destinatário mudou de endereço";
  c.reason_names[4] = "O domínio não aceita e-mails";
  c.reason_names[5] = "Caixa postal desativada";
  c.reason_names[6] = "Caixa postal cheia";
  c.reason_names[7] = "Mensagem grande demais";
  c.reason_names[8] = "Retransmissão negada";
  c.reason_names[9] = "Host de envio bloqueado";
  c.reason_names[10] = "Má reputação do remetente";
  c.reason_names[11] = "DNS reverso (PTR) obrigatório";
  c.reason_names[12] = "Taxa de envio limitada";
  c.reason_names[13] = "Destinatários demais";
  c.reason_names[14] = "Atrasado por greylisting";
  c.reason_names[15] = "Detectado como spam";
  c.reason_names[16] = "Vírus detectado";
  c.reason_names[17] = "Conteúdo não aceito";
  c.reason_names[18] = "Violação de política";
  c.reason_names[19] = "Falha na autenticação do remetente (SPF, DKIM ou DMARC)";
  c.reason_names[20] = "Problema de TLS ou de SMTP AUTH";
  c.reason_names[21] = "Falha no STARTTLS";
  c.reason_names[22] = "Endereço do remetente recusado";
  c.reason_names[23] = "Filtrado pelas regras do destinatário";
  c.reason_names[24] = "Erro de protocolo do cliente";
  c.reason_names[25] = "A mensagem não segue as RFCs";
  c.reason_names[26] = "Prazo de entrega expirado";
  c.reason_names[27] = "Erro de rede";
  c.reason_names[28] = "Erro do servidor";
  c.reason_names[29] = "Armazenamento do servidor cheio";
  c.reason_names[30] = "Erro do programa de e-mail";
  c.reason_names[31] = "Retida na fila";
  c.reason_names[32] = "Não determinado";
  c.why_texts[0] = "RFC 5321 §4.2.1: uma resposta 2yz significa que a etapa foi bem-sucedida.";
  c.why_texts[1] = "RFC 5321 §3.8: 221 encerra a sessão e o servidor fecha a conexão.";
  c.why_texts[2] = "RFC 5321 §4.2.1: uma resposta 3yz pede a próxima parte (o corpo da mensagem ou a resposta AUTH).";
  c.why_texts[3] = "RFC 5321 §4.2: um primeiro dígito fora do intervalo 2-5 é tratado como erro fatal e a transação termina.";
  c.why_texts[4] = "RFC 5321 §3.8: 421 fecha a conexão; este host recusou a sessão, então tente o próximo MX.";
  c.why_texts[5] = "RFC 5321 §3.8: 421 fecha a conexão; tudo o que ainda não foi aceito será tentado novamente mais tarde.";
  c.why_texts[6] = "RFC 5321 §4.5.3.1.10: destinatários demais; envie os destinatários restantes em uma nova transação.";
  c.why_texts[7] = "O host recusou a sessão com uma resposta temporária; tente o próximo MX e tente este novamente mais tarde.";
  c.why_texts[8] = "RFC 4954 §6: 432 pede que o usuário se autentique uma vez com PLAIN via TLS para fazer a transição da senha.";
  c.why_texts[9] = "RFC 5321 §4.2.1: uma resposta 4yz é temporária; mantenha a mensagem na fila e tente novamente mais tarde.";
  c.why_texts[10] = "RFC 3463 §3.3: uma caixa postal cheia (X.2.2) é uma falha temporária persistente, então a entrega após este 552 em resposta a RCPT será tentada novamente mais tarde; a RFC 5321 §4.5.3.1.10 trata 552 como 452 apenas quando há destinatários demais.";
  c.why_texts[11] = "RFC 5321 §4.5.3.1.10: um 552 em resposta a RCPT é tratado como 452; envie os destinatários restantes em uma nova transação.";
  c.why_texts[12] = "RFC 5321 §3.1: uma saudação 5yz recusa a sessão; envie QUIT e tente o próximo MX.";
  c.why_texts[13] = "RFC 5321 §3.2: o servidor não suporta EHLO; use HELO.";
  c.why_texts[14] = "RFC 3207 §4, RFC 4954 §6: 530 exige STARTTLS ou autenticação antes deste comando.";
  c.why_texts[15] = "RFC 4954 §6: 534 pede um mecanismo de autenticação mais forte.";
  c.why_texts[16] = "RFC 4954 §6: 535 recusa as credenciais; peça novas credenciais ao usuário.";
  c.why_texts[17] = "RFC 4954 §6: 538 exige uma conexão criptografada antes de usar este mecanismo.";
  c.why_texts[18] = "Este host recusou a sessão após a saudação; tente o próximo MX.";
  c.why_texts[19] = "RFC 5321 §4.2.4, §4.3.2: o servidor recusou a forma da solicitação; corrija o comando e envie-o novamente.";
  c.why_texts[20] = "RFC 5321 §4.2.1: uma resposta 5yz é permanente; não repita a solicitação sem alterações.";
  c.why_texts[21] = "RFC 5321 §3.8: uma perda inesperada de conexão é tratada como uma resposta 451.";
  c.why_texts[22] = "RFC 3463 §2: um status 2.X.X indica sucesso.";
  c.why_texts[23] = "RFC 3463 §2: um status 5.X.X é uma falha permanente desta entrega.";
  c.why_texts[24] = "RFC 3463 §2: um status 4.X.X é uma falha temporária; tente novamente mais tarde.";
  c.why_texts[25] = "A mensagem ficou na fila por mais tempo do que seu tempo de vida permite.";
  c.why_texts[26] = "Nenhum código de resposta SMTP foi encontrado no texto; mantenha a mensagem na fila.";
  c.why_texts[27] = "Modo soft bounce: a falha permanente é mantida na fila e tentada novamente.";
  c.why_texts[28] = "Nenhum código de resposta SMTP foi encontrado, mas o texto indica uma falha permanente ou um endereço que não pode receber e-mails; não tente novamente sem alterações.";
  c.why_texts[29] = "Uma regra do operador substituiu o julgamento embutido; a recomendação indica a regra.";
  c.provider_why_texts[0] = "O Gmail detectou uma taxa incomum de mensagens vindas deste endereço IP, bloco de rede, domínio DKIM ou SPF, ou domínio de URL, e está limitando essa taxa por enquanto; reduza o ritmo de envio e siga as diretrizes do Google para remetentes.";
  c.provider_why_texts[1] = "O Gmail bloqueou as mensagens deste endereço IP por uma taxa incomum de mensagens não solicitadas; o problema não está no endereço do destinatário.";
  c.provider_why_texts[2] = "O Gmail limita a taxa de mensagens que não passam nem no SPF nem no DKIM; autentique o domínio de envio.";
  c.provider_why_texts[3] = "O Gmail recusou a mensagem porque ela falhou nas verificações SPF e DKIM, ou na política DMARC do domínio do remetente; corrija a autenticação, o problema não está no endereço do destinatário.";
  c.provider_why_texts[4] = "O Gmail exige que o endereço IP de envio tenha um registro PTR cujo nome resolva de volta para esse endereço.";
  c.provider_why_texts[5] = "O Gmail exige TLS para este domínio de destino: envie STARTTLS primeiro.";
  c.provider_why_texts[6] = "Segundo o Gmail, o destinatário está recebendo mensagens mais rápido do que consegue aceitar; apesar do código 5yz, a situação é passageira, então tente novamente mais tarde.";
  c.provider_why_texts[7] = "Segundo o Gmail, a conta do destinatário está inativa.";
  c.provider_why_texts[8] = "Segundo o Gmail, o destinatário (ou o cliente do serviço de retransmissão SMTP) está recebendo mensagens rápido demais; tente novamente mais tarde.";
  c.provider_why_texts[9] = "Segundo o Gmail, a caixa de entrada do destinatário está sem espaço de armazenamento.";
  c.provider_why_texts[10] = "O Gmail considerou a mensagem provavelmente não solicitada e a bloqueou.";
  c.provider_why_texts[11] = "A Microsoft lista o endereço IP de envio como banido; solicite a remoção em https://sender.office.com.";
  c.provider_why_texts[12] = "A Microsoft não aceita tráfego deste endereço IP (a reputação dele é baixa, muitas vezes por ser novo); envie por um endereço IP com histórico de envio.";
  c.provider_why_texts[13] = "A Microsoft limita a taxa deste endereço IP por causa da reputação dele; reduza o ritmo de envio e tente novamente mais tarde.";
  c.provider_why_texts[14] = "O Outlook.com recusa mensagens deste endereço IP porque parte da rede dele está na lista de bloqueio da Microsoft (S3150); o operador da rede precisa solicitar a remoção à Microsoft.";
  c.provider_why_texts[15] = "O Yahoo adia as mensagens deste endereço IP por volume inesperado ou reclamações de usuários; reduza o ritmo de envio.";
  c.provider_why_texts[16] = "O Yahoo adia temporariamente as mensagens deste endereço IP (um código TS: reclamações de usuários, conteúdo com cara de spam, má reputação do endereço IP ou da sub-rede dele, ou tráfego incomum); tente novamente mais tarde e revise o que é enviado.";
  c.provider_why_texts[17] = "O Yahoo adia temporariamente as mensagens deste endereço IP (um código TS: reclamações de usuários, conteúdo com cara de spam, má reputação do endereço IP ou da sub-rede dele, ou tráfego incomum); tente novamente mais tarde e revise o que é enviado.";
  c.provider_why_texts[18] = "O Yahoo adia permanentemente todas as mensagens deste endereço IP porque o tráfego parece envio em massa não solicitado, e desaconselha reenviar antes de corrigir as listas e as práticas de envio.";
  c.provider_why_texts[19] = "O Yahoo recusou a mensagem pelo conteúdo, conforme as políticas dele (um código PH: vírus, phishing, ransomware ou outro malware, ou links para eles); verifique o que a mensagem contém.";
  c.provider_why_texts[20] = "O Yahoo recusa conexões deste endereço IP porque ele consta nas listas do Spamhaus; solicite a remoção ao Spamhaus.";
  c.provider_why_texts[21] = "O iCloud rejeitou a mensagem pela política local dele; a equipe de postmaster da Apple (icloudadmin@apple.com) responde a remetentes que seguem os requisitos da Apple.";
  c.provider_why_texts[22] = "O iCloud rejeitou a mensagem pela política local dele (HM08); a Apple não publica detalhes, e a equipe de postmaster (icloudadmin@apple.com) responde a remetentes que seguem os requisitos da Apple.";
  c.provider_why_texts[23] = "O iCloud adia as mensagens para este destinatário por volume excessivo; tente novamente mais tarde.";
  c.provider_why_texts[24] = "A Comcast bloqueia este endereço IP porque ele enviou mensagens com padrões típicos de spam (BL000000).";
  c.provider_why_texts[25] = "A Comcast bloqueia este endereço IP porque ele consta em listas de bloqueio externas: Spamhaus ZEN (BL000001), Cloudmark CSI (BL000010), SenderScore (BL000100), com os dígitos somados quando consta em várias; solicite a remoção a essas listas.";
  c.provider_why_texts[26] = "A Comcast recusa mensagens enviadas diretamente de faixas de IP dinâmicas ou residenciais (ES000001: da própria Comcast, ES000010: de outra rede, muitas vezes identificadas por um nome genérico de DNS reverso); envie por um provedor de e-mail ou de um endereço fixo com um nome adequado.";
  c.provider_why_texts[27] = "A Comcast permite 25 conexões simultâneas por endereço IP de envio, e este abriu mais; use menos conexões em paralelo.";
  c.provider_why_texts[28] = "A Comcast exige DNS reverso válido para o endereço IP de envio, e a consulta falhou; a Comcast trata isso como temporário, então tente novamente.";
  c.provider_why_texts[29] = "A Comcast exige que todo servidor de e-mail remetente tenha um registro PTR com DNS reverso válido; este não tem nenhum.";
  c.provider_why_texts[30] = "A Comcast está limitando este endereço IP por enquanto (um código RL); tente novamente mais tarde com uma taxa menor.";
  c.provider_why_texts[31] = "O GMX e o WEB.DE recusam conexões deste endereço IP porque ele está em uma lista de bloqueio; o link na resposta leva à página do caso e a um formulário de contato.";
  c.provider_why_texts[32] = "O WEB.DE e o GMX receberam mensagens demais deste remetente em pouco tempo; tente novamente em algumas horas (nenhum tempo de espera exato é publicado) e envie mais devagar.";
  c.provider_why_texts[33] = "O WEB.DE e o GMX rejeitaram a mensagem porque o servidor de envio não está no registro SPF do domínio do remetente; quem encaminha mensagens deve reescrever o remetente do envelope (SRS).";
  c.provider_why_texts[34] = "A Orange recusa o serviço a este endereço IP por enquanto: é uma suspensão temporária após limites excedidos ou reclamações anteriores; pause os envios para a Orange e tente novamente mais tarde.";
  c.provider_why_texts[35] = "A Orange recebeu deste endereço IP mais conexões simultâneas do que permite; use menos conexões em paralelo.";
  c.provider_why_texts[36] = "Os filtros do Mail.ru classificaram a mensagem como spam; peça ao suporte do Mail.ru que a revise pelo link na resposta, que traz o código de erro e o ID da mensagem.";
  c.provider_why_texts[37] = "O Mail.ru rejeitou a mensagem pela política DMARC do domínio From dela (RFC 7489); envie a partir do seu próprio domínio, autenticado com SPF ou DKIM alinhados.";
  c.provider_why_texts[38] = "O Yandex bloqueia as mensagens deste remetente por 24 horas porque só tem chegado spam dele; retenha as mensagens para o Yandex por um dia e corrija a causa.";
  c.provider_why_texts[39] = "O Yandex reconheceu o conteúdo da mensagem como spam.";
  c.provider_why_texts[40] = "O Yandex bloqueou a conta do destinatário por violar o contrato de usuário; entre em contato com o destinatário por outro meio.";
  c.provider_why_texts[41] = "O destinatário do Yandex recebeu mais mensagens do que o limite de taxa dele permite; tente novamente mais tarde.";
  c.provider_why_texts[42] = "O QQ Mail recusou o conteúdo: mensagens parecidas foram enviadas em massa e muitos usuários as denunciaram como spam.";
  c.provider_why_texts[43] = "O QQ Mail limita as mensagens que aceita por minuto, hora e dia de um mesmo endereço IP, domínio do remetente ou remetente (os limites não são publicados) e recusa o excedente por alguns minutos, algumas horas ou pelo resto do dia; apesar do código 5yz, pause os envios e tente novamente mais tarde com uma taxa menor.";
  c.provider_why_texts[44] = "O QQ Mail suspende por um tempo as mensagens para este destinatário porque ele recebe uma grande quantidade em pouco tempo; apesar do código 5yz, pause os envios e tente novamente mais tarde.";
  c.provider_why_texts[45] = "O QQ Mail suspeita que o domínio ou o operador de e-mail do remetente envia spam: muito spam veio dele.";
  c.provider_why_texts[46] = "O destinatário do QQ Mail recusa mensagens deste remetente (uma lista de bloqueio pessoal ou um filtro).";
  c.provider_why_texts[47] = "A NetEase recusa a mensagem por enquanto: o corpo dela parece spam ou a configuração de envio não é padrão. A NetEase orienta manter a mensagem na fila e tentar novamente após dois minutos, e alterar o conteúdo ou a configuração se o erro persistir.";
  c.provider_why_texts[48] = "A NetEase recusa por enquanto conexões deste endereço IP: ele abriu mais conexões simultâneas do que a NetEase permite; use menos.";
  c.provider_why_texts[49] = "A NetEase recusa por enquanto conexões deste endereço IP: ele enviou muitas mensagens em pouco tempo; envie mais devagar.";
  c.provider_why_texts[50] = "A NetEase recusa por enquanto conexões deste endereço IP por envio anormal: muitos dos destinatários dele não existem; limpe a lista.";
  c.provider_why_texts[51] = "A NetEase recusa por enquanto conexões deste endereço IP por envio anormal: boa parte das mensagens dele falsifica o domínio do remetente.";
  c.provider_why_texts[52] = "A NetEase recusa mensagens deste endereço IP porque ele consta em uma ou mais listas de bloqueio DNS.";
  c.provider_why_texts[53] = "NetEase: este remetente enviou em 15 minutos mais mensagens do que a NetEase permite; tente novamente mais tarde.";
  c.provider_why_texts[54] = "O Zoho Mail encontrou um vírus na mensagem e a recusou.";
  c.provider_why_texts[55] = "O Zoho Mail rejeitou a mensagem pela política DMARC de rejeição (reject) do domínio From; autentique-a com SPF ou DKIM alinhados.";
  c.provider_why_texts[56] = "O domínio do destinatário no Zoho tem filtros que recusam esta mensagem; peça ao administrador dele, por outro meio, que a permita.";
  c.provider_why_texts[57] = "O Proofpoint Dynamic Reputation bloqueia este endereço IP porque tem vindo spam dele; o bloqueio dura até o spam parar por um tempo. Consulte o endereço em ipcheck.proofpoint.com e solicite a remoção lá, com detalhes das mensagens enviadas.";
  c.provider_why_texts[58] = "O Mimecast aplica greylisting a este remetente (ou atribui uma nota ruim ao endereço IP dele): tente novamente a partir do mesmo servidor entre um minuto e 12 horas depois.";
  c.provider_why_texts[59] = "Uma política Blocked Senders da conta Mimecast do destinatário recusa o endereço IP deste remetente; só o administrador do destinatário pode remover a entrada.";
  c.provider_why_texts[60] = "O servidor do Mimecast atingiu a carga máxima; tente novamente mais tarde.";
  c.provider_why_texts[61] = "O Mimecast rejeita o endereço IP deste remetente pela má reputação dele.";
  c.provider_why_texts[62] = "Uma política de bloqueio da conta Mimecast do destinatário (da organização ou do próprio usuário: “User Entry”) recusa este remetente; só o lado do destinatário pode removê-la.";
  c.provider_why_texts[63] = "Uma política Anti-Spoofing do Mimecast rejeitou a mensagem: ela se apresenta como de um domínio da organização do destinatário, mas veio de uma origem em que a política não confia; o administrador do destinatário precisa permitir o remetente ou o endereço IP dele.";
  c.provider_why_texts[64] = "A Barracuda Reputation Block List lista este endereço IP como fonte de spam; corrija a causa e depois solicite a remoção à Barracuda Central.";
  c.provider_why_texts[65] = "O Barracuda Email Security bloqueou a mensagem pelas políticas de spam, vírus ou bloqueio de remetentes da organização do destinatário; o administrador dela pode consultá-la no registro de mensagens (Message Log).";
  c.provider_why_texts[66] = "O Cisco Secure Email recusou a conexão porque o endereço IP de envio tem má reputação no Talos; verifique o endereço no Talos e entre em contato com o destinatário por outro meio.";
  c.delay_none = "nenhum";
  c.delay_second = "{n} segundo";
  c.delay_seconds = "{n} segundos";
  c.delay_minute = "{n} minuto";
  c.delay_minutes = "{n} minutos";
  c.delay_hour = "{n} hora";
  c.delay_hours = "{n} horas";
  c.delay_day = "{n} dia";
  c.delay_days = "{n} dias";
  c.throttle_host = "suspender os envios para este host por {duration}";
  c.throttle_domain = "suspender os envios para este domínio por {duration}";
  c.next_retry_in = "em {duration}";
  c.next_retry_permanent = "nenhuma, a falha é permanente";
  c.next_retry_expired = "nenhuma, o cronograma de tentativas se esgotou";
  c.status_line = "{status} ({subject}: {detail})";
  c.status_subject_only = "{status} ({subject}; o detalhe não está registrado, portanto vale o significado geral da área)";
  c.status_class_only = "{status} ({class_name}; a área não está registrada, portanto apenas a classe tem significado)";
  c.status_invalid = "{status} não é um código de status estendido válido, porque sua classe não é 2, 4 nem 5.";
  c.status_none = "A resposta não contém nenhum código de status estendido.";
  c.diagnostics[0] = "A classe do código de status estendido não corresponde ao código básico; a RFC 2034 exige que coincidam, portanto prevalece o código básico.";
  c.diagnostics[1] = "O registro da IANA não lista exatamente este código de status estendido.";
  c.diagnostics[2] = "O registro da IANA não associa este código de status estendido a este código básico; a combinação é permitida, mas incomum.";
  c.diagnostics[3] = "O registro restringe este código de status estendido a outras classes.";
  c.diagnostics[4] = "Segundo a RFC 2034, uma resposta 3xx não contém código de status estendido, portanto o código é ignorado.";
  c.diagnostics[5] = "O registro marca este código de status estendido como obsoleto.";
  c.status_subject_names[0] = "Outro status ou status indefinido";
  c.status_subject_names[1] = "Status de endereçamento";
  c.status_subject_names[2] = "Status da caixa postal";
  c.status_subject_names[3] = "Status do sistema de e-mail";
  c.status_subject_names[4] = "Status de rede e roteamento";
  c.status_subject_names[5] = "Status do protocolo de entrega de e-mail";
  c.status_subject_names[6] = "Status do conteúdo ou do tipo de mídia da mensagem";
  c.status_subject_names[7] = "Status de segurança ou de política";
  c.status_class_names[0] = "Sucesso";
  c.status_class_names[1] = "Falha temporária persistente";
  c.status_class_names[2] = "Falha permanente";
  c.status_class_descriptions[0] = "A ação de entrega ou o comando foi bem-sucedido; a área e o detalhe podem acrescentar informações, como uma conversão que foi necessária no caminho.";
  c.status_class_descriptions[1] = "A mensagem, tal como foi enviada, é válida, mas uma condição temporária que persistiu a interrompeu ou atrasou, então enviá-la novamente mais tarde pode dar certo.";
  c.status_class_descriptions[2] = "É improvável que enviar a mensagem novamente na forma atual dê certo; antes é preciso alterar a mensagem ou o destino.";
  c.status_class_what_to_do[0] = "Nenhuma ação é necessária.";
  c.status_class_what_to_do[1] = "Mantenha a mensagem e tente novamente mais tarde; avise o remetente se a falha continuar por muito tempo.";
  c.status_class_what_to_do[2] = "Não reenvie a mensagem sem alterações; corrija antes a mensagem ou o endereço, ou devolva a mensagem ao remetente.";
  c.status_intro = "{status} é um código de status estendido da área “{subject}”. O X representa a classe: 2 indica sucesso, 4 uma falha temporária persistente e 5 uma falha permanente.";
  c.label_usage = "Usado para indicar";
  c.usage_names[0] = "um sucesso, uma falha temporária ou uma falha permanente; o registro não impõe nenhuma restrição";
  c.usage_names[1] = "somente uma falha permanente (5.X.X)";
  c.usage_names[2] = "somente uma falha temporária persistente (4.X.X)";
  c.usage_names[3] = "uma falha permanente (5.X.X) ou temporária persistente (4.X.X)";
  c.usage_names[4] = "um sucesso (2.X.X) ou uma falha (4.X.X ou 5.X.X)";
  c.usage_names[5] = "somente um sucesso (2.X.X)";
  c.usage_names[6] = "um sucesso com aviso (2.X.X) ou uma falha permanente (5.X.X)";
  c.label_subject = "Área";
  c.status_deprecated = "O registro marca este código como obsoleto, portanto os servidores não deveriam mais enviá-lo.";
  c.status_codes_any = "O registro permite usá-lo com qualquer código de resposta.";
  c.status_codes_none = "O registro não o associa a nenhum código de resposta específico.";
  c.status_codes_class = "Qualquer código de resposta {digit}xx.";
  c.status_list_intro = "Um código de status estendido (RFC 3463) tem o formato classe.área.detalhe, por exemplo 5.1.1. A classe é 2 para sucesso, 4 para uma falha temporária persistente e 5 para uma falha permanente; a área e o detalhe indicam a que o status se refere.";
  c.site_title = "Códigos de resposta SMTP";
  c.site_intro = "O que significa cada código de resposta SMTP definido por uma RFC, quando um cliente o recebe e o que fazer a respeito, além dos códigos de status estendidos do registro da IANA e de uma comparação lado a lado entre dois códigos de resposta quaisquer.";
  c.index_compare_note = "A página de cada código contém links para a comparação com cada um dos outros códigos registrados.";
  c.compare_link = "{a} versus {b} ({name_b})";
  c.nav_home = "Início";
  c.nav_codes = "Códigos de resposta";
  c.nav_statuses = "Códigos de status estendidos";
  c.nav_language = "Idioma";
  c.nav_previous = "Anterior";
  c.nav_next = "Próximo";
  c.skip_link = "Pular para o conteúdo";
  c.footer_note = "Gerado pelo smtpcodes {version}. As explicações seguem as RFCs citadas em cada página.";
  c.code_texts = pt_br_texts::codes;
  c.code_text_count = sizeof(pt_br_texts::codes) / sizeof(code_text);
  c.status_texts = pt_br_texts::statuses;
  c.status_text_count = sizeof(pt_br_texts::statuses) / sizeof(status_text);
  return c;
}();
// clang-format on

}  // namespace locale
}  // namespace v1
}  // namespace smtpcodes

#endif
