// Test helper: wire(bytes), the reply a test's wire bytes parse to; the test
// stops (REQUIRE) when a fixture does not parse.
#ifndef SMTPCODES_TESTS_WIRE_REPLY_HPP
#define SMTPCODES_TESTS_WIRE_REPLY_HPP

#include <smtpcodes/reply.hpp>

#include <doctest/doctest.h>

inline smtpcodes::reply wire(const char* bytes) {
  const smtpcodes::parse_result r = smtpcodes::parse_reply(bytes);
  REQUIRE_MESSAGE(r.ok(), "fixture does not parse: " << bytes);
  return r.value;
}

#endif
