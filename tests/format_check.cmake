# Fails when any tracked C++ source differs from .clang-format.
file(GLOB_RECURSE _files
  "${ROOT}/include/*.hpp" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.hpp"
  "${ROOT}/examples/*.cpp" "${ROOT}/examples/*.hpp" "${ROOT}/bench/*.cpp" "${ROOT}/bench/*.hpp")
list(FILTER _files EXCLUDE REGEX "/(build|stage|matrix|peers)/")
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror ${_files}
  RESULT_VARIABLE _rc ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "clang-format differences (run clang-format -i):\n${_err}")
endif()
list(LENGTH _files _n)
message(STATUS "clang-format: ${_n} files clean")
