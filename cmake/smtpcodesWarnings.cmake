# Warning flags for the project's own tests, examples and benchmarks only;
# the smtpcodes INTERFACE target carries no flags.
set(SMTPCODES_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)

function(smtpcodes_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE ${SMTPCODES_WARNING_FLAGS})
  endif()
endfunction()
