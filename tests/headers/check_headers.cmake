# Compiles every header under include/smtpcodes alone, as the first and only
# include of a translation unit, with the warnings a careful user enables
# (-Wsign-conversion among them): each header includes what it needs and is
# warning-free. Run by the headers_alone_<compiler> tests (tests/CMakeLists.txt).
#   -DCXX=<compiler> -DINCLUDE=<dir> -DSKIP=a.hpp|b.hpp (headers whose optional
#   dependency was not found, each named in the output)
cmake_minimum_required(VERSION 3.16)
file(GLOB_RECURSE _headers RELATIVE "${INCLUDE}" "${INCLUDE}/smtpcodes/*.hpp")
list(SORT _headers)
string(REPLACE "|" ";" _skip "${SKIP}")
set(_flags -std=c++17 -fsyntax-only -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion
    -Wshadow -Werror -x c++)
set(_failed "")
set(_count 0)
foreach(_h IN LISTS _headers)
  if(_h IN_LIST _skip)
    message(STATUS "not compiled (optional dependency missing): ${_h}")
    continue()
  endif()
  execute_process(COMMAND "${CXX}" ${_flags} "-I${INCLUDE}" "${INCLUDE}/${_h}"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  math(EXPR _count "${_count} + 1")
  if(NOT _rc EQUAL 0)
    string(APPEND _failed "${_h}:\n${_out}\n")
  endif()
endforeach()
if(NOT _failed STREQUAL "")
  message(FATAL_ERROR "headers that do not compile alone without warnings:\n${_failed}")
endif()
if(_count LESS 40)
  message(FATAL_ERROR "only ${_count} headers compiled: the glob found too few")
endif()
message(STATUS "${_count} headers compile alone with ${CXX}")
