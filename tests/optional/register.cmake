# Tests of the opt-in headers that need a library: rules_toml.hpp (toml++)
# and rules_pcre2.hpp (PCRE2). Each is built and registered only when its
# library is found (CI installs both); included from tests/CMakeLists.txt.

if(SMTPCODES_HAVE_TOML)
  add_executable(unit_rules_toml "${CMAKE_CURRENT_LIST_DIR}/test_rules_toml.cpp"
                                 "${CMAKE_CURRENT_LIST_DIR}/../doctest_main.cpp")
  target_link_libraries(unit_rules_toml PRIVATE smtpcodes::smtpcodes doctest::doctest)
  target_compile_definitions(unit_rules_toml PRIVATE
    SMTPCODES_EXAMPLES="${PROJECT_SOURCE_DIR}/examples")
  smtpcodes_link_optional(unit_rules_toml)
  smtpcodes_set_warnings(unit_rules_toml)
  doctest_discover_tests(unit_rules_toml TEST_PREFIX "unit_rules_toml:" PROPERTIES LABELS unit)
endif()
