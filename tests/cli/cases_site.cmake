# smtp-explain site: usage errors and a directory that cannot be written. The
# whole site is generated and checked by tests/site/ (links, HTML, browser).
smtpcodes_cli_test(site_no_out RC 2 ARGS site EMPTY_OUT ERR "site needs --out DIR")
smtpcodes_cli_test(site_unknown_lang RC 2 ARGS site --out ${CMAKE_CURRENT_BINARY_DIR}/cli/site_x
  --lang en,xx EMPTY_OUT ERR "unknown language 'xx'")
smtpcodes_cli_test(site_bad_base_url RC 2 ARGS site --out ${CMAKE_CURRENT_BINARY_DIR}/cli/site_x
  --base-url ftp://example.com/ EMPTY_OUT ERR "--base-url must start with http:// or https://")
smtpcodes_cli_test(site_unwritable RC 1 ARGS site --out /proc/smtpcodes-site --lang en EMPTY_OUT
  ERR "^smtp-explain: cannot ")
smtpcodes_cli_test(site_one_language RC 0 ARGS site --out ${CMAKE_CURRENT_BINARY_DIR}/cli/site_ja
  --lang ja --base-url https://example.com/docs EMPTY_OUT
  ERR "wrote 863 pages in 1 language to ")
smtpcodes_cli_test(site_help RC 0 ARGS site --help OUT "--base-url URL" "sitemap.xml")
