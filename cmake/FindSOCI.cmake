# Finds SOCI with its SQLite3 and PostgreSQL backends and provides the imported targets
#   SOCI::soci_core, SOCI::soci_sqlite3, SOCI::soci_postgresql
# vcpkg ships a CMake config for SOCI; Debian's libsoci-dev does not, so the libraries are
# searched directly there. Debian's soci-config.h defines SOCI_HAVE_BOOST, so soci.h needs
# the Boost headers on the include path.
include(FindPackageHandleStandardArgs)

find_package(SOCI CONFIG QUIET)
if(SOCI_FOUND AND NOT TARGET SOCI::soci_core)
  foreach(component core sqlite3 postgresql)
    if(TARGET SOCI::soci_${component}_static)
      add_library(SOCI::soci_${component} INTERFACE IMPORTED)
      target_link_libraries(SOCI::soci_${component} INTERFACE SOCI::soci_${component}_static)
    endif()
  endforeach()
endif()
if(TARGET SOCI::soci_core)
  set(SOCI_FOUND TRUE)
  return()
endif()

find_package(Boost 1.71 REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL QUIET)

find_path(SOCI_INCLUDE_DIR NAMES soci/soci.h)
find_library(SOCI_CORE_LIBRARY NAMES soci_core)
find_library(SOCI_SQLITE3_LIBRARY NAMES soci_sqlite3)
find_library(SOCI_POSTGRESQL_LIBRARY NAMES soci_postgresql)

find_package_handle_standard_args(SOCI
  REQUIRED_VARS SOCI_CORE_LIBRARY SOCI_SQLITE3_LIBRARY SOCI_INCLUDE_DIR)

if(SOCI_FOUND)
  add_library(SOCI::soci_core UNKNOWN IMPORTED)
  set_target_properties(SOCI::soci_core PROPERTIES
    IMPORTED_LOCATION "${SOCI_CORE_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SOCI_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "Boost::headers;${CMAKE_DL_LIBS}")

  add_library(SOCI::soci_sqlite3 UNKNOWN IMPORTED)
  set_target_properties(SOCI::soci_sqlite3 PROPERTIES
    IMPORTED_LOCATION "${SOCI_SQLITE3_LIBRARY}"
    INTERFACE_LINK_LIBRARIES "SOCI::soci_core;SQLite::SQLite3")

  if(SOCI_POSTGRESQL_LIBRARY AND PostgreSQL_FOUND)
    add_library(SOCI::soci_postgresql UNKNOWN IMPORTED)
    set_target_properties(SOCI::soci_postgresql PROPERTIES
      IMPORTED_LOCATION "${SOCI_POSTGRESQL_LIBRARY}"
      INTERFACE_LINK_LIBRARIES "SOCI::soci_core;PostgreSQL::PostgreSQL")
  endif()
endif()

mark_as_advanced(SOCI_INCLUDE_DIR SOCI_CORE_LIBRARY SOCI_SQLITE3_LIBRARY SOCI_POSTGRESQL_LIBRARY)
