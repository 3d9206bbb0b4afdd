# Installs the build tree into a fresh staging prefix and checks the layout.
file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${STAGE}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed")
endif()
foreach(_f include/smtpcodes/smtpcodes.hpp include/smtpcodes/version.hpp
           share/cmake/smtpcodes/smtpcodesConfig.cmake
           share/cmake/smtpcodes/smtpcodesConfigVersion.cmake
           share/cmake/smtpcodes/smtpcodesTargets.cmake
           share/pkgconfig/smtpcodes.pc)
  if(NOT EXISTS "${STAGE}/${_f}")
    message(FATAL_ERROR "staged install lacks ${_f}")
  endif()
endforeach()
