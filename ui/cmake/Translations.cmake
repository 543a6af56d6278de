# diarydesk_add_translations(<target> DOMAIN <domain> PO_DIR <dir> OUTPUT_DIR <dir>)
# Compiles every <PO_DIR>/<lang>.po with msgfmt --check into
# <OUTPUT_DIR>/<lang>/LC_MESSAGES/<domain>.mo, built by <target> as part of ALL, and installed
# under share/locale. --check makes a format mismatch between msgid and msgstr a build error.
find_program(DIARYDESK_MSGFMT msgfmt REQUIRED)

function(diarydesk_add_translations target)
  cmake_parse_arguments(ARG "" "DOMAIN;PO_DIR;OUTPUT_DIR" "" ${ARGN})
  file(GLOB po_files CONFIGURE_DEPENDS "${ARG_PO_DIR}/*.po")
  set(mo_files "")
  foreach(po IN LISTS po_files)
    get_filename_component(lang "${po}" NAME_WE)
    set(mo "${ARG_OUTPUT_DIR}/${lang}/LC_MESSAGES/${ARG_DOMAIN}.mo")
    add_custom_command(
      OUTPUT "${mo}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${ARG_OUTPUT_DIR}/${lang}/LC_MESSAGES"
      COMMAND ${DIARYDESK_MSGFMT} --check --output-file=${mo} ${po}
      DEPENDS "${po}"
      COMMENT "Compiling the ${lang} translation"
      VERBATIM)
    list(APPEND mo_files "${mo}")
    install(FILES "${mo}" DESTINATION "share/locale/${lang}/LC_MESSAGES")
  endforeach()
  add_custom_target(${target} ALL DEPENDS ${mo_files})
endfunction()
