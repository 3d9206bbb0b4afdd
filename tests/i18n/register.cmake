# Translation checks (tools/i18n/i18n.py): i18n/en.json is the English of the
# compiled catalogue, each locale header is generated from its i18n/<tag>.json,
# the compiled catalogues hold the files' texts, no translation is stale (its
# English changed after it was written), and every file is complete and keeps
# placeholders and protocol tokens. Included from tests/CMakeLists.txt.
find_package(Python3 COMPONENTS Interpreter QUIET)
if(NOT Python3_Interpreter_FOUND)
  message(WARNING "python3 not found: the translation checks (i18n_*) are not registered")
  return()
endif()

add_executable(dump_texts "${PROJECT_SOURCE_DIR}/tools/i18n/dump_texts.cpp")
target_link_libraries(dump_texts PRIVATE smtpcodes::smtpcodes)
smtpcodes_set_warnings(dump_texts)

set(_i18n "${PROJECT_SOURCE_DIR}/tools/i18n/i18n.py")
add_test(NAME i18n_english_source
  COMMAND ${Python3_EXECUTABLE} ${_i18n} export-en --check --dump $<TARGET_FILE:dump_texts>)
add_test(NAME i18n_headers_generated COMMAND ${Python3_EXECUTABLE} ${_i18n} header --check)
add_test(NAME i18n_compiled
  COMMAND ${Python3_EXECUTABLE} ${_i18n} compare-dump de es fr pt-BR tr ja ko zh-Hans
    --dump $<TARGET_FILE:dump_texts>)
add_test(NAME i18n_stale COMMAND ${Python3_EXECUTABLE} ${_i18n} stale)
add_test(NAME i18n_lint COMMAND ${Python3_EXECUTABLE} ${_i18n} lint)
# The checks themselves fail on a stale entry, a lost placeholder or token, an English text.
add_test(NAME i18n_checks_can_fail
  COMMAND ${Python3_EXECUTABLE} "${CMAKE_CURRENT_LIST_DIR}/tools_test.py")
set_tests_properties(i18n_english_source i18n_headers_generated i18n_compiled i18n_stale i18n_lint
  i18n_checks_can_fail PROPERTIES LABELS "unit;i18n")
