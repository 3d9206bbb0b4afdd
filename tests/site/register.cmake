# The documentation site: `smtp-explain site` writes every page in every
# language; a link checker walks all of it, tidy parses every page, and
# headless Chromium renders a sample of pages in every language at 375 and
# 1280 px (screenshots kept in <build>/tests/site/screenshots). Included from
# tests/CMakeLists.txt; nothing is registered without smtp-explain.
if(NOT TARGET smtp-explain)
  return()
endif()
find_package(Python3 COMPONENTS Interpreter QUIET)
if(NOT Python3_Interpreter_FOUND)
  message(WARNING "python3 not found: the site tests (site_*) are not registered")
  return()
endif()

set(SMTPCODES_SITE_TEST_PORT 2690 CACHE STRING
  "Loopback port the browser test serves the generated site on")
set(_site_dir "${CMAKE_CURRENT_BINARY_DIR}/site/public")
set(_site_base "https://docs.example.com/smtp/")
set(_site_langs "en,de,es,fr,pt-BR,tr,ja,ko,zh-Hans")

add_test(NAME site_generate
  COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:smtp-explain> -DOUT=${_site_dir}
    -DBASE=${_site_base} -P "${CMAKE_CURRENT_LIST_DIR}/generate.cmake")
set_tests_properties(site_generate PROPERTIES FIXTURES_SETUP smtpcodes_site LABELS site)

add_test(NAME site_links
  COMMAND ${Python3_EXECUTABLE} "${CMAKE_CURRENT_LIST_DIR}/check_site.py" links ${_site_dir}
    --base-url ${_site_base} --langs ${_site_langs})
set_tests_properties(site_links PROPERTIES FIXTURES_REQUIRED smtpcodes_site LABELS site)

find_program(SMTPCODES_TIDY NAMES tidy)
# The link and HTML checks fail on defects planted in a small site of their own.
set(_site_checks_args "${CMAKE_CURRENT_LIST_DIR}/check_site.py")
if(SMTPCODES_TIDY)
  list(APPEND _site_checks_args --tidy)
endif()
add_test(NAME site_checks_can_fail
  COMMAND ${Python3_EXECUTABLE} "${CMAKE_CURRENT_LIST_DIR}/checks_test.py" ${_site_checks_args})
set_tests_properties(site_checks_can_fail PROPERTIES LABELS site)

if(SMTPCODES_TIDY)
  add_test(NAME site_html_parses
    COMMAND ${Python3_EXECUTABLE} "${CMAKE_CURRENT_LIST_DIR}/check_site.py" tidy ${_site_dir})
  set_tests_properties(site_html_parses PROPERTIES FIXTURES_REQUIRED smtpcodes_site LABELS site)
else()
  message(WARNING "tidy not found (Debian package 'tidy'): site_html_parses is not registered")
endif()

find_program(SMTPCODES_CHROMIUM NAMES chromium chromium-browser)
if(SMTPCODES_CHROMIUM)
  add_test(NAME site_browser
    COMMAND ${Python3_EXECUTABLE} "${CMAKE_CURRENT_LIST_DIR}/browser_test.py" ${_site_dir}
      --chromium ${SMTPCODES_CHROMIUM} --shots "${CMAKE_CURRENT_BINARY_DIR}/site/screenshots"
      --port ${SMTPCODES_SITE_TEST_PORT} --langs ${_site_langs})
  set_tests_properties(site_browser PROPERTIES FIXTURES_REQUIRED smtpcodes_site LABELS site
    TIMEOUT 300)
else()
  message(WARNING "chromium not found (Debian packages 'chromium' and 'fonts-noto-cjk'): "
    "site_browser is not registered")
endif()
