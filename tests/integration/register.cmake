# The real-server integration test (issue: Postfix in CI). Needs root on a
# Debian machine: postfix/install.sh installs what is missing. Registered only
# when the examples (smtp-probe, smtp-explain) are built.
if(TARGET smtp-probe AND TARGET smtp-explain)
  find_program(SMTPCODES_PYTHON3 NAMES python3 REQUIRED)
  add_test(NAME postfix_integration
    COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/integration/postfix_test.sh"
      $<TARGET_FILE:smtp-probe> $<TARGET_FILE:smtp-explain>)
  set_tests_properties(postfix_integration PROPERTIES LABELS "integration;postfix" TIMEOUT 300
    RUN_SERIAL TRUE)
  # Real DSNs (failed, delayed, delivered, relayed) from a sending instance,
  # read by `smtp-explain bounce` and checked against its maillog.
  add_test(NAME postfix_bounces
    COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/integration/postfix_bounces_test.sh"
      $<TARGET_FILE:smtp-explain>)
  set_tests_properties(postfix_bounces PROPERTIES LABELS "integration;postfix" TIMEOUT 180
    RUN_SERIAL TRUE)
else()
  add_test(NAME postfix_integration
    COMMAND ${CMAKE_COMMAND} -E echo "postfix_integration needs SMTPCODES_BUILD_EXAMPLES=ON")
  set_tests_properties(postfix_integration PROPERTIES WILL_FAIL TRUE LABELS "integration;postfix")
endif()

# The real-Postfix test of `smtp-explain postfix-filter` (smtp_delivery_status_filter):
# a private sending instance on 127.0.0.1:2660 relays to loopback test servers
# (2661-2665) and asks the filter on 2670. Needs root on Debian, like the test above.
if(TARGET smtp-explain)
  add_test(NAME postfix_filter_integration
    COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/integration/postfix_filter_test.sh"
      $<TARGET_FILE:smtp-explain>)
  set_tests_properties(postfix_filter_integration PROPERTIES
    LABELS "integration;postfix" TIMEOUT 300 RUN_SERIAL TRUE)
endif()
