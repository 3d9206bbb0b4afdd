// A language the library does not ship, defined in user code: Italian.
// Start from the English catalogue, replace the phrases, optionally add
// translated texts for some codes, and pass the catalogue to a renderer.
// Nothing in the library is edited and nothing global is set. A complete
// translation sets every phrase and the texts of every code and enhanced
// status; is_complete() says whether it does.
#include <smtpcodes/render.hpp>

#include <cstdio>
#include <string>

namespace {

using smtpcodes::catalogue;
using smtpcodes::code_text;

// Translated texts for two codes; every other code keeps its English texts.
constexpr code_text italian_codes[] = {
    {211, "Stato del sistema",
     "Il server comunica il proprio stato o risponde a una richiesta di aiuto; il testo è "
     "informativo e la richiesta è andata a buon fine.",
     "Compare in risposta a HELP o a una richiesta di stato, sui server che la supportano.",
     "Non serve alcuna correzione; leggete il testo se avete chiesto informazioni sullo stato.",
     "Usatelo per rispondere a una richiesta di stato o a HELP con informazioni sul server.", "",
     "", ""},  // 211 has no second meaning
    {455, "Parametri non accettabili al momento",
     "Il server riconosce un parametro di MAIL o RCPT, ma al momento non può rispettarlo. "
     "La condizione è temporanea.",
     "Compare in risposta a MAIL o RCPT con un parametro di estensione che il server ora non "
     "può soddisfare.",
     "Riprovate la transazione più tardi, oppure inviatela senza il parametro se il messaggio "
     "non ne dipende.",
     "Usatelo quando il server non può rispettare ora un parametro di MAIL o RCPT, ma potrebbe "
     "farlo più tardi.",
     "", "", ""},
};

constexpr catalogue italian = [] {
  catalogue c = smtpcodes::locale::en;  // anything not replaced stays English
  c.tag = "it";
  c.language = "Italiano";
  c.registry_language = false;  // per-code texts come from italian_codes, English otherwise
  c.heading_description = "Descrizione";
  c.heading_when_seen = "Quando compare";
  c.heading_how_to_fix = "Come risolvere";
  c.heading_key_differences = "Differenze principali";
  c.heading_when_to_use = "Quale usare e quando";
  c.heading_learn_more = "Per saperne di più";
  c.compare_title = "SMTP {a} {name_a} e {b} {name_b} a confronto";
  c.class_names[2] = "2xx completamento positivo";
  c.class_names[4] = "4xx negativa transitoria";
  c.class_gist[2] = "{code} conferma che l'azione richiesta è stata completata.";
  c.class_gist[4] =
      "{code} indica che questa volta la richiesta non è stata eseguita, ma la stessa richiesta "
      "potrà riuscire più tardi.";
  c.class_outcome[2] = "la richiesta è andata a buon fine";
  c.class_outcome[4] = "la richiesta per ora non è riuscita, ma può riuscire più tardi";
  c.category_names[1] = "Informazioni";
  c.category_names[5] = "Sistema di posta";
  c.intro_different =
      "SMTP {a} ({name_a}) è una risposta {class_a}, mentre {b} ({name_b}) è una risposta "
      "{class_b}.";
  c.in_contrast = "Invece, {text}";
  c.diff_class = "{a} è una risposta {class_a}, mentre {b} è una risposta {class_b}.";
  c.diff_category =
      "Per la seconda cifra, {a} appartiene alla categoria {cat_a}, mentre {b} appartiene alla "
      "categoria {cat_b}.";
  c.diff_meaning = "{a} significa «{name_a}», mentre {b} significa «{name_b}».";
  c.diff_retry = "Dopo {a}, {retry_a}; dopo {b}, {retry_b}.";
  c.diff_commands = "{a} risponde a {cmds_a}, mentre {b} risponde a {cmds_b}.";
  c.retry_phrases[0] = "non serve ripetere nulla";
  c.retry_phrases[2] = "il client conserva il messaggio e riprova più tardi";
  c.list_last_separator = " e ";
  c.which_by_outcome = "La prima domanda è l'esito: con {a}, {outcome_a}; con {b}, {outcome_b}.";
  c.code_texts = italian_codes;
  c.code_text_count = sizeof(italian_codes) / sizeof(italian_codes[0]);
  return c;
}();

// Every phrase has a value (English where not replaced), but most codes and
// every enhanced status still lack their Italian texts.
static_assert(!smtpcodes::is_complete(italian), "a partial translation is not complete");

}  // namespace

int main() {
  using namespace smtpcodes;
  const std::string page = render_comparison(
      compare(reply_code::system_status, reply_code::unable_to_accommodate_parameters), italian);
  std::fputs(page.c_str(), stdout);
}
