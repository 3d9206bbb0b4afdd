# Registers the include-cost check (bench/include_cost.sh) as the CTest test
# `include_cost`, label `perf`. Meant to be included from tests/CMakeLists.txt:
#
#   include("${PROJECT_SOURCE_DIR}/bench/register.cmake")
#
# The test compiles <smtpcodes/smtpcodes.hpp> and the four standard headers
# (<string_view> <optional> <array> <cstdint>) with -fsyntax-only, interleaved,
# 15 times each with g++ and clang++ (those found), and fails when the umbrella
# costs more than twice the baseline (DESIGN.md "Quality bars").
find_program(SMTPCODES_BASH bash)
find_program(SMTPCODES_PYTHON3 python3)
if(SMTPCODES_BASH AND SMTPCODES_PYTHON3)
  add_test(NAME include_cost
           COMMAND "${SMTPCODES_BASH}" "${CMAKE_CURRENT_LIST_DIR}/include_cost.sh" --runs 15)
  set_tests_properties(include_cost PROPERTIES
    LABELS perf
    TIMEOUT 900
    ENVIRONMENT "SMTPCODES_INCLUDE_DIR=${CMAKE_CURRENT_LIST_DIR}/../include")
else()
  message(STATUS "smtpcodes: include_cost test not registered (needs bash and python3)")
endif()
