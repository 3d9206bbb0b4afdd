# Registers the libFuzzer tests (included from tests/CMakeLists.txt):
#   fuzz_build                builds tests/fuzz with clang++ (FIXTURES_SETUP fuzz)
#   fuzz_<target>             runs one target for SMTPCODES_FUZZ_SECONDS on a fresh
#                             copy of its seeds (corpus/<target>/, dictionary
#                             <target>.dict or smtp.dict) and fails on any finding
# Without clang++ and its libFuzzer/sanitizer runtimes the tests are still
# registered, and fail with a message naming the packages to install.

set(SMTPCODES_FUZZ_SECONDS 60 CACHE STRING "Seconds each fuzz_* test runs its libFuzzer target")

set(_fuzz_dir "${CMAKE_CURRENT_SOURCE_DIR}/fuzz")
set(_fuzz_build "${CMAKE_CURRENT_BINARY_DIR}/fuzz-build")
set(_fuzz_targets parse_reply reply_reader find_reply parse_bounce socketmap)

# clang++ and the runtimes: libclang_rt.fuzzer, .asan and .ubsan_standalone under
# clang's resource directory (lib/linux/ on Debian's clang 14).
set(_fuzz_missing "")
find_program(SMTPCODES_FUZZ_CLANGXX NAMES clang++ clang++-14)
if(NOT SMTPCODES_FUZZ_CLANGXX)
  set(_fuzz_missing "clang++ was not found")
else()
  execute_process(COMMAND "${SMTPCODES_FUZZ_CLANGXX}" -print-resource-dir
    OUTPUT_VARIABLE _fuzz_resource_dir OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE _fuzz_rc ERROR_QUIET)
  if(NOT _fuzz_rc EQUAL 0 OR NOT IS_DIRECTORY "${_fuzz_resource_dir}")
    set(_fuzz_missing "'${SMTPCODES_FUZZ_CLANGXX} -print-resource-dir' failed")
  else()
    foreach(_runtime fuzzer asan ubsan_standalone)
      file(GLOB _fuzz_found "${_fuzz_resource_dir}/lib/*/libclang_rt.${_runtime}*.a")
      if(NOT _fuzz_found)
        if(_fuzz_missing)
          string(APPEND _fuzz_missing ", ")
        endif()
        string(APPEND _fuzz_missing "libclang_rt.${_runtime} is missing")
      endif()
    endforeach()
    if(_fuzz_missing)
      string(APPEND _fuzz_missing " (looked in ${_fuzz_resource_dir}/lib)")
    endif()
  endif()
endif()

if(_fuzz_missing)
  string(CONCAT _fuzz_message
    "The fuzz tests need clang++ with libFuzzer, ASan and UBSan: ${_fuzz_missing}. "
    "On Debian or Ubuntu install the packages 'clang' and 'libclang-rt-14-dev' "
    "(apt-get install clang libclang-rt-14-dev), or configure with -DSMTPCODES_FUZZ_TESTS=OFF.")
  message(WARNING "${_fuzz_message}")
  foreach(_test fuzz_build ${_fuzz_targets})
    if(NOT _test STREQUAL "fuzz_build")
      set(_test fuzz_${_test})
    endif()
    add_test(NAME ${_test}
      COMMAND ${CMAKE_COMMAND} "-DMISSING=${_fuzz_message}" -P "${_fuzz_dir}/run_fuzzer.cmake")
    set_tests_properties(${_test} PROPERTIES LABELS fuzz)
  endforeach()
  return()
endif()

add_test(NAME fuzz_build
  COMMAND ${CMAKE_CTEST_COMMAND} --build-and-test "${_fuzz_dir}" "${_fuzz_build}"
    --build-generator "${CMAKE_GENERATOR}"
    --build-makeprogram "${CMAKE_MAKE_PROGRAM}"
    --build-noclean
    --build-options "-DCMAKE_CXX_COMPILER=${SMTPCODES_FUZZ_CLANGXX}"
      "-DSMTPCODES_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
set_tests_properties(fuzz_build PROPERTIES FIXTURES_SETUP fuzz LABELS fuzz)

math(EXPR _fuzz_timeout "${SMTPCODES_FUZZ_SECONDS} + 300")
foreach(_target ${_fuzz_targets})
  # A target's own dictionary (<target>.dict) when it has one, else the SMTP one.
  set(_dict "${_fuzz_dir}/smtp.dict")
  if(EXISTS "${_fuzz_dir}/${_target}.dict")
    set(_dict "${_fuzz_dir}/${_target}.dict")
  endif()
  add_test(NAME fuzz_${_target}
    COMMAND ${CMAKE_COMMAND}
      "-DFUZZER=${_fuzz_build}/fuzz_${_target}"
      "-DSEEDS=${_fuzz_dir}/corpus/${_target}"
      "-DWORK=${CMAKE_CURRENT_BINARY_DIR}/fuzz-run/${_target}"
      "-DDICT=${_dict}"
      "-DSECONDS=${SMTPCODES_FUZZ_SECONDS}"
      -P "${_fuzz_dir}/run_fuzzer.cmake")
  set_tests_properties(fuzz_${_target} PROPERTIES
    FIXTURES_REQUIRED fuzz LABELS fuzz TIMEOUT ${_fuzz_timeout})
endforeach()
