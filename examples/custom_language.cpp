// A language the library does not ship, defined in user code: Spanish.
// Start from the English catalogue, replace the phrases, optionally add
// translated texts for some codes, and pass the catalogue to a renderer.
// Nothing in the library is edited and nothing global is set.
#include <smtpcodes/render.hpp>

#include <cstdio>
#include <string>

namespace {

using smtpcodes::catalogue;
using smtpcodes::code_text;

// Translated texts for two codes; every other code keeps its English texts.
constexpr code_text spanish_codes[] = {
    {211, "Estado del sistema",
     "El servidor informa de su estado o responde a una petición de ayuda; el texto es "
     "informativo y la petición se completó.",
     "Aparece en respuesta a HELP o a una consulta de estado en los servidores que la admiten.",
     "No hace falta corregir nada; lea el texto si pidió información de estado."},
    {455, "El servidor no puede atender los parámetros",
     "El servidor reconoce un parámetro de MAIL o RCPT, pero no puede respetarlo en este momento. "
     "La situación es temporal.",
     "Aparece en respuesta a MAIL o RCPT con un parámetro de extensión que el servidor no puede "
     "atender ahora.",
     "Vuelva a intentar la transacción más tarde, o envíela sin el parámetro si el mensaje no "
     "depende de él."},
};

constexpr catalogue spanish = [] {
  catalogue c = smtpcodes::locale::en;  // anything not replaced stays English
  c.tag = "es";
  c.language = "Español";
  c.heading_description = "Descripción";
  c.heading_when_seen = "Cuándo aparece";
  c.heading_how_to_fix = "Cómo solucionarlo";
  c.heading_key_differences = "Diferencias clave";
  c.heading_when_to_use = "Cuándo usar cada uno";
  c.heading_learn_more = "Más información";
  c.compare_title = "SMTP {a} {name_a} frente a {b} {name_b}";
  c.class_names[2] = "2xx de finalización positiva";
  c.class_names[4] = "4xx negativa transitoria";
  c.class_names[5] = "5xx negativa permanente";
  c.class_gist[2] = "{code} confirma que la acción solicitada se completó.";
  c.class_gist[4] =
      "{code} indica que esta vez la petición no se llevó a cabo, aunque la misma petición puede "
      "tener éxito más tarde.";
  c.category_names[1] = "Información";
  c.category_names[5] = "Sistema de correo";
  c.intro_different =
      "SMTP {a} ({name_a}) es una respuesta {class_a}, mientras que {b} ({name_b}) es una "
      "respuesta {class_b}.";
  c.intro_same = "SMTP {a} ({name_a}) y {b} ({name_b}) pertenecen a la categoría {class}.";
  c.in_contrast = "En cambio, {text}";
  c.diff_class = "{a} es una respuesta {class_a}, mientras que {b} es una respuesta {class_b}.";
  c.diff_category =
      "Por su segundo dígito, {a} pertenece a la categoría {cat_a}, mientras que {b} pertenece a "
      "la categoría {cat_b}.";
  c.diff_when_seen = "Cuándo aparece {code}: {text}";
  c.diff_retry = "Tras {a}, {retry_a}; tras {b}, {retry_b}.";
  c.diff_commands = "{a} responde a {cmds_a}, mientras que {b} responde a {cmds_b}.";
  c.retry_phrases[0] = "no hace falta reintentar nada";
  c.retry_phrases[2] = "el cliente conserva el mensaje y lo vuelve a intentar más tarde";
  c.list_last_separator = " y ";
  c.which_item = "Para {code} ({name}): {text}";
  c.code_texts = spanish_codes;
  c.code_text_count = sizeof(spanish_codes) / sizeof(spanish_codes[0]);
  return c;
}();

static_assert(smtpcodes::is_complete(spanish), "every phrase has a value");

}  // namespace

int main() {
  using namespace smtpcodes;
  const std::string page = render_comparison(
      compare(reply_code::system_status, reply_code::unable_to_accommodate_parameters), spanish);
  std::fputs(page.c_str(), stdout);
}
