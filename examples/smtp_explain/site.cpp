// smtp-explain site --out DIR: a static documentation site in every chosen
// language — per language an index, a page per registered reply code, per
// enhanced status (IANA registry row) and per pair of codes — with one
// stylesheet, navigation between related pages, hreflang alternates,
// canonical URLs and a sitemap. No page requests anything from elsewhere.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <smtpcodes/version.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "cli.hpp"

namespace smtp_explain {
namespace {

int run_site(const cli_options& o);

const subcommand site_command{
    "site",
    "site --out DIR [--lang L,...] [--base-url URL]",
    "write a static documentation site: every code, status and pair, in every language",
    "The site has, per language, an index, a page per registered reply code, a page per\n"
    "enhanced status code and a comparison page per pair of codes, plus style.css,\n"
    "sitemap.xml and robots.txt. Links between pages are relative, so DIR can be served\n"
    "from any path or opened from disk; canonical and hreflang URLs and the sitemap use\n"
    "--base-url (default http://localhost:8000/, what 'python3 -m http.server' serves\n"
    "in DIR).\n"
    "\nexamples:\n"
    "  smtp-explain site --out public --base-url https://docs.example.com/smtp/\n"
    "  smtp-explain site --out public --lang en,ja\n"
    "\nexit status: 0 site written, 1 a file that cannot be written, 2 usage error\n",
    {{"--out", "DIR", "the directory to write (created if missing)"},
     {"--lang", "L,...", "languages, comma-separated (default: all built-in languages)"},
     {"--base-url", "URL", "where DIR will be published, for canonical URLs and the sitemap"}},
    run_site};
SMTP_EXPLAIN_SUBCOMMAND(site_command);

using detail::link_target;
using link_kind = detail::link_target::kind;

// The stylesheet of the site: readable line length, responsive down to
// 320 px, dark mode, print; system fonts only (CJK included).
constexpr std::string_view stylesheet = R"css(:root {
  color-scheme: light dark;
  --text: #1d1f23; --muted: #5b6270; --bg: #ffffff; --panel: #f4f5f7;
  --line: #d9dce1; --link: #0b57d0; --visited: #6b3fa0; --accent: #0b57d0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e4e6eb; --muted: #a8afbb; --bg: #15171b; --panel: #1f2228;
    --line: #353a43; --link: #8ab4f8; --visited: #c58af9; --accent: #8ab4f8;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
    Arial, sans-serif;
  font-size: 1.0625rem; line-height: 1.6; overflow-wrap: break-word;
}
:lang(ja) { font-family: system-ui, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic",
  Meiryo, "Noto Sans CJK JP", "Noto Sans JP", sans-serif; line-height: 1.8; }
:lang(ko) { font-family: system-ui, "Apple SD Gothic Neo", "Malgun Gothic",
  "Noto Sans CJK KR", "Noto Sans KR", sans-serif; line-height: 1.8; word-break: keep-all; }
:lang(zh-Hans) { font-family: system-ui, "PingFang SC", "Microsoft YaHei",
  "Noto Sans CJK SC", "Noto Sans SC", sans-serif; line-height: 1.8; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:visited { color: var(--visited); }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; padding: 0.5rem 1rem; background: var(--bg); }
.skip:focus { left: 0.5rem; z-index: 1; }
header.top { border-bottom: 1px solid var(--line); background: var(--panel); }
header.top .bar, main, nav.pager, footer {
  max-width: 46rem; margin: 0 auto; padding-left: 1rem; padding-right: 1rem;
}
header.top .bar { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: baseline;
  padding-top: 0.6rem; padding-bottom: 0.6rem; }
header.top .brand { font-weight: 700; text-decoration: none; color: var(--text); }
header.top nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
  gap: 0.25rem 0.9rem; }
nav.langs { width: 100%; font-size: 0.9rem; }
nav.langs a[aria-current] { color: var(--text); font-weight: 700; text-decoration: none; }
main { padding-top: 1.5rem; padding-bottom: 2rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.6rem;
  padding-top: 0.6rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.08rem; margin: 1.3rem 0 0.4rem; }
p, li, dd { max-width: 70ch; }
ol, ul { padding-left: 1.4rem; }
li { margin: 0.3rem 0; }
ul.links { columns: 2 18rem; column-gap: 2rem; }
ul.links li { break-inside: avoid; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.75rem 0.35rem 0;
  border-bottom: 1px solid var(--line); }
th { font-size: 0.9rem; color: var(--muted); font-weight: 600; }
td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
/* Long compound words (German, Portuguese) may break rather than widen the page. */
td, th, h1, h2, h3, dd, li { overflow-wrap: anywhere; }
nav.pager { display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap;
  padding-bottom: 1.5rem; }
footer { color: var(--muted); font-size: 0.875rem; border-top: 1px solid var(--line);
  padding-top: 1rem; padding-bottom: 2rem; }
@media (max-width: 30rem) {
  body { font-size: 1rem; }
  h1 { font-size: 1.45rem; }
  dl { grid-template-columns: 1fr; }
  dd { margin-bottom: 0.4rem; }
}
@media print {
  header.top, nav.pager, .skip { display: none; }
  body { background: #fff; color: #000; font-size: 11pt; }
  main { max-width: none; }
  a { color: #000; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  li, p { orphans: 3; widows: 3; }
}
)css";

/// One page of the site, by what it shows.
struct page_id {
  link_kind kind = link_kind::none;  // none: the language's index
  unsigned a = 0, b = 0;
};

/// The page's path below its language directory.
std::string page_path(const page_id& p) {
  switch (p.kind) {
    case link_kind::code:
      return "codes/" + std::to_string(p.a) + ".html";
    case link_kind::status:
      return "status/x-" + std::to_string(p.a) + '-' + std::to_string(p.b) + ".html";
    case link_kind::comparison: {
      const unsigned lo = p.a < p.b ? p.a : p.b, hi = p.a < p.b ? p.b : p.a;
      return "compare/" + std::to_string(lo) + "-vs-" + std::to_string(hi) + ".html";
    }
    case link_kind::none:
      break;
  }
  return "index.html";
}

/// "" for the index, "../" for pages one directory below the language's.
std::string to_language_root(const page_id& p) { return p.kind == link_kind::none ? "" : "../"; }

std::string href_of(const void* context, const link_target& t) {
  const auto* from = static_cast<const page_id*>(context);
  return to_language_root(*from) + page_path(page_id{t.what, t.a, t.b});
}

struct site {
  std::filesystem::path out;
  std::string base;  // ends with '/'
  std::vector<const catalogue*> languages;
  std::vector<std::string> urls;  // for the sitemap
  std::string version;
  std::size_t pages = 0;
  std::string failure;  // the first file that could not be written
};

bool write_file(site& s, const std::filesystem::path& path, std::string_view content) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  std::ofstream f(path, std::ios::binary);
  if (f) f.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!f) {
    if (s.failure.empty()) s.failure = path.string();
    return false;
  }
  return true;
}

std::string attr(std::string_view s) { return detail::html_escape(s); }

/// The first paragraph of a document: the page's meta description.
std::string summary(const detail::document& doc) {
  for (const detail::block& b : doc.blocks)
    if (b.kind == detail::block_kind::paragraph) return b.text;
  return {};
}

/// A previous/next link under a page.
struct pager_link {
  page_id target;
  std::string text;
};

/// Writes one page of one language inside the site's frame.
void write_page(site& s, const catalogue& cat, const page_id& id, const detail::document& doc,
                const pager_link* previous = nullptr, const pager_link* next = nullptr) {
  const std::string path = page_path(id);
  const std::string up = to_language_root(id);
  const std::string url = s.base + std::string(cat.tag) + '/' + path;
  detail::html_frame frame;
  frame.context = &id;
  frame.href = &href_of;
  frame.head = "<meta name=\"description\" content=\"" + attr(summary(doc)) +
               "\">\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"" + up +
               "../style.css\">\n<link rel=\"canonical\" href=\"" + attr(url) + "\">\n";
  const catalogue* fallback = s.languages.front();
  for (const catalogue* other : s.languages) {
    if (other == &locale::en) fallback = other;
    frame.head += "<link rel=\"alternate\" hreflang=\"" + attr(other->tag) + "\" href=\"" +
                  attr(s.base + std::string(other->tag) + '/' + path) + "\">\n";
  }
  frame.head += "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" +
                attr(s.base + std::string(fallback->tag) + '/' + path) + "\">\n";

  std::string& b = frame.before;
  b += "<a class=\"skip\" href=\"#content\">" + attr(cat.skip_link) + "</a>\n";
  b += "<header class=\"top\">\n<div class=\"bar\">\n<a class=\"brand\" href=\"" + up +
       "index.html\" title=\"" + attr(cat.nav_home) + "\">" + attr(cat.site_title) + "</a>\n";
  b += "<nav aria-label=\"" + attr(cat.site_title) + "\"><ul><li><a href=\"" + up +
       "index.html#codes\">" + attr(cat.nav_codes) + "</a></li><li><a href=\"" + up +
       "index.html#statuses\">" + attr(cat.nav_statuses) + "</a></li></ul></nav>\n";
  if (s.languages.size() > 1) {
    b += "<nav class=\"langs\" aria-label=\"" + attr(cat.nav_language) + "\"><ul>";
    for (const catalogue* other : s.languages) {
      b += "<li><a href=\"" + up + "../" + attr(other->tag) + '/' + path + "\" hreflang=\"" +
           attr(other->tag) + "\" lang=\"" + attr(other->tag) + '"' +
           (other == &cat ? " aria-current=\"page\"" : "") + '>' + attr(other->language) +
           "</a></li>";
    }
    b += "</ul></nav>\n";
  }
  b += "</div>\n</header>\n<main id=\"content\">\n";

  std::string& a = frame.after;
  a += "</main>\n";
  if (previous != nullptr || next != nullptr) {
    a += "<nav class=\"pager\" aria-label=\"" + attr(cat.nav_previous) + " / " +
         attr(cat.nav_next) + "\">\n";
    if (previous != nullptr)
      a += "<a rel=\"prev\" href=\"" + up + page_path(previous->target) + "\">← " +
           attr(cat.nav_previous) + ": " + attr(previous->text) + "</a>\n";
    if (next != nullptr)
      a += "<a rel=\"next\" href=\"" + up + page_path(next->target) + "\">" + attr(cat.nav_next) +
           ": " + attr(next->text) + " →</a>\n";
    a += "</nav>\n";
  }
  a += "<footer><p>" +
       attr(detail::fill(cat.footer_note, {{"version", std::string_view(s.version)}})) +
       "</p></footer>\n";

  write_file(s, s.out / std::string(cat.tag) / path, detail::emit_html(doc, &frame));
  s.urls.push_back(url);
  ++s.pages;
}

detail::document index_document(const catalogue& cat) {
  detail::document doc;
  doc.lang = std::string(cat.tag);
  doc.title(std::string(cat.site_title));
  doc.paragraph(std::string(cat.site_intro));
  doc.heading(std::string(cat.heading_code_list));
  doc.blocks.back().id = "codes";
  for (unsigned digit = 2; digit <= 5; ++digit) {
    std::vector<std::vector<std::string>> rows;
    std::vector<link_target> targets;
    for (const reply_info& r : all_replies()) {
      if (r.wire() / 100 != digit) continue;
      const detail::localized_code l = detail::localize(r.wire(), cat);
      rows.push_back({l.number, std::string(l.name)});
      targets.push_back({link_kind::code, r.wire(), 0});
    }
    doc.subheading(std::string(cat.class_names[digit]));
    doc.table({std::string(cat.label_code), std::string(cat.label_name)}, std::move(rows),
              std::move(targets));
  }
  doc.paragraph(std::string(cat.index_compare_note));
  doc.heading(std::string(cat.heading_status_list));
  doc.blocks.back().id = "statuses";
  doc.paragraph(std::string(cat.status_list_intro));
  for (std::size_t subject = 0; subject < catalogue_subject_count; ++subject) {
    std::vector<std::vector<std::string>> rows;
    std::vector<link_target> targets;
    for (const enhanced_status_info& row : all_enhanced_statuses()) {
      if (row.subject != subject) continue;
      const detail::localized_status ls = detail::localize_status(row, cat);
      rows.push_back({detail::status_pattern(row), std::string(ls.name)});
      targets.push_back({link_kind::status, row.subject, row.detail});
    }
    const detail::localized_status first = detail::localize_status(
        *find(enhanced_status{5, static_cast<std::uint16_t>(subject), 0}), cat);
    doc.subheading("X." + std::to_string(subject) + ".x " + std::string(first.subject));
    doc.table({std::string(cat.label_status), std::string(cat.label_name)}, std::move(rows),
              std::move(targets));
  }
  return doc;
}

void write_language(site& s, const catalogue& cat) {
  write_page(s, cat, page_id{}, index_document(cat));

  const auto& codes = all_replies();
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const unsigned code = codes[i].wire();
    detail::document doc = detail::explanation_document(code, cat, smtp_command::unknown);
    std::vector<std::string> items;
    std::vector<link_target> targets;
    for (const reply_info& other : codes) {
      if (other.wire() == code) continue;
      const detail::localized_code l = detail::localize(other.wire(), cat);
      items.push_back(detail::fill(
          cat.compare_link, {{"a", std::to_string(code)}, {"b", l.number}, {"name_b", l.name}}));
      targets.push_back({link_kind::comparison, code, other.wire()});
    }
    doc.heading(detail::fill(cat.heading_compare_with, {{"code", std::to_string(code)}}));
    doc.links(std::move(items), std::move(targets));
    const auto label = [&cat](const reply_info& r) {
      return std::to_string(r.wire()) + ' ' + std::string(detail::localize(r.wire(), cat).name);
    };
    const pager_link previous{{link_kind::code, i > 0 ? codes[i - 1].wire() : 0, 0},
                              i > 0 ? label(codes[i - 1]) : ""};
    const pager_link next{{link_kind::code, i + 1 < codes.size() ? codes[i + 1].wire() : 0, 0},
                          i + 1 < codes.size() ? label(codes[i + 1]) : ""};
    write_page(s, cat, page_id{link_kind::code, code, 0}, doc, i > 0 ? &previous : nullptr,
               i + 1 < codes.size() ? &next : nullptr);

    for (std::size_t j = i + 1; j < codes.size(); ++j) {
      const comparison cmp = compare(codes[i].code, codes[j].code);
      write_page(s, cat, page_id{link_kind::comparison, code, codes[j].wire()},
                 detail::comparison_document(cmp, cat));
    }
  }

  const auto& rows = all_enhanced_statuses();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto label = [&cat](const enhanced_status_info& r) {
      return detail::status_pattern(r) + ' ' + std::string(detail::localize_status(r, cat).name);
    };
    const auto id = [](const enhanced_status_info& r) {
      return page_id{link_kind::status, r.subject, r.detail};
    };
    const pager_link previous{i > 0 ? id(rows[i - 1]) : page_id{}, i > 0 ? label(rows[i - 1]) : ""};
    const pager_link next{i + 1 < rows.size() ? id(rows[i + 1]) : page_id{},
                          i + 1 < rows.size() ? label(rows[i + 1]) : ""};
    write_page(s, cat, id(rows[i]), detail::status_document(rows[i], cat),
               i > 0 ? &previous : nullptr, i + 1 < rows.size() ? &next : nullptr);
  }
}

/// The page at the site's root: a choice of language.
void write_root(site& s) {
  const catalogue& first = *s.languages.front();
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"" + attr(first.tag) +
      "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
      "content=\"width=device-width, initial-scale=1\">\n<title>" +
      attr(first.site_title) +
      "</title>\n<link rel=\"icon\" href=\"data:,\">\n"
      "<link rel=\"stylesheet\" href=\"style.css\">\n<link rel=\"canonical\" href=\"" +
      attr(s.base + "index.html") + "\">\n";
  for (const catalogue* c : s.languages)
    html += "<link rel=\"alternate\" hreflang=\"" + attr(c->tag) + "\" href=\"" +
            attr(s.base + std::string(c->tag) + "/index.html") + "\">\n";
  html += "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + attr(s.base + "index.html") +
          "\">\n</head>\n<body>\n<main id=\"content\">\n<h1>" + attr(first.site_title) +
          "</h1>\n<ul>\n";
  for (const catalogue* c : s.languages)
    html += "<li lang=\"" + attr(c->tag) + "\"><a href=\"" + attr(c->tag) +
            "/index.html\" hreflang=\"" + attr(c->tag) + "\">" + attr(c->language) + ": " +
            attr(c->site_title) + "</a></li>\n";
  html += "</ul>\n</main>\n</body>\n</html>\n";
  write_file(s, s.out / "index.html", html);
  s.urls.insert(s.urls.begin(), s.base + "index.html");
  ++s.pages;
}

void write_sitemap(site& s) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const std::string& url : s.urls) xml += "<url><loc>" + attr(url) + "</loc></url>\n";
  xml += "</urlset>\n";
  write_file(s, s.out / "sitemap.xml", xml);
  write_file(s, s.out / "robots.txt",
             "User-agent: *\nAllow: /\nSitemap: " + s.base + "sitemap.xml\n");
  write_file(s, s.out / "style.css", stylesheet);
}

int run_site(const cli_options& o) {
  if (!o.args.empty()) return usage_error("site takes no arguments", &site_command);
  const std::string* out = o.value("--out");
  if (out == nullptr || out->empty())
    return usage_error("site needs --out DIR, the directory to write", &site_command);
  site s;
  s.out = *out;
  s.version = std::to_string(SMTPCODES_VERSION_MAJOR) + '.' +
              std::to_string(SMTPCODES_VERSION_MINOR) + '.' +
              std::to_string(SMTPCODES_VERSION_PATCH);
  s.base = o.has("--base-url") ? *o.value("--base-url") : "http://localhost:8000/";
  if (s.base.rfind("http://", 0) != 0 && s.base.rfind("https://", 0) != 0)
    return usage_error("--base-url must start with http:// or https://", &site_command);
  if (s.base.back() != '/') s.base += '/';
  if (const std::string* langs = o.value("--lang")) {
    std::string_view rest = *langs;
    while (!rest.empty()) {
      const std::size_t comma = rest.find(',');
      const std::string_view tag = rest.substr(0, comma);
      const catalogue* c = find_catalogue(tag);
      if (c == nullptr)
        return usage_error("unknown language '" + sanitize_server_text(tag) +
                               "' (use en, de, es, fr, pt-BR, tr, ja, ko or zh-Hans)",
                           &site_command);
      if (std::find(s.languages.begin(), s.languages.end(), c) == s.languages.end())
        s.languages.push_back(c);
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    if (s.languages.empty()) return usage_error("--lang names no language", &site_command);
  } else {
    s.languages.assign(std::begin(builtin_catalogues), std::end(builtin_catalogues));
  }
  std::error_code ec;
  std::filesystem::create_directories(s.out, ec);
  if (ec) {
    error("cannot create " + s.out.string() + ": " + ec.message());
    return exit_bad_input;
  }
  write_root(s);
  for (const catalogue* c : s.languages) write_language(s, *c);
  write_sitemap(s);
  if (!s.failure.empty()) {
    error("cannot write " + s.failure);
    return exit_bad_input;
  }
  std::fprintf(stderr, "smtp-explain: wrote %zu pages in %zu language%s to %s\n", s.pages,
               s.languages.size(), s.languages.size() == 1 ? "" : "s", s.out.string().c_str());
  return exit_ok;
}

}  // namespace
}  // namespace smtp_explain
