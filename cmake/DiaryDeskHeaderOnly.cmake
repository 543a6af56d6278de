# Header-only dependencies of the domain library and its tests. Native builds use the
# packages' CMake configs. A mingw-w64 cross build cannot add /usr/include (it would pull in
# the Linux C library headers), so there the header folders are linked one by one into a
# private include directory.
function(_diarydesk_header_dir out_var)
  set(dir "${CMAKE_BINARY_DIR}/host-headers")
  foreach(name IN LISTS ARGN)
    if(NOT EXISTS "${dir}/${name}")
      find_path(_found_${name} NAMES "${name}" PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH)
      if(NOT _found_${name})
        message(FATAL_ERROR "Header folder '${name}' not found in /usr/include")
      endif()
      file(MAKE_DIRECTORY "${dir}")
      file(CREATE_LINK "${_found_${name}}/${name}" "${dir}/${name}" SYMBOLIC)
    endif()
  endforeach()
  set(${out_var} "${dir}" PARENT_SCOPE)
endfunction()

if(CMAKE_CROSSCOMPILING)
  _diarydesk_header_dir(_host_headers nlohmann catch2)
  if(NOT TARGET nlohmann_json::nlohmann_json)
    add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
    set_target_properties(nlohmann_json::nlohmann_json PROPERTIES
      INTERFACE_INCLUDE_DIRECTORIES "${_host_headers}")
  endif()
  # Cached so that tests/ sees it: this file is included from src/domain's directory scope.
  set(DIARYDESK_CROSS_CATCH2_INCLUDE "${_host_headers}" CACHE INTERNAL "Catch2 headers for the cross build")
else()
  find_package(nlohmann_json 3.10 REQUIRED)
endif()
