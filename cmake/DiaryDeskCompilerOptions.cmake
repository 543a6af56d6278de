# Warning and sanitizer flags for the project's own targets (not for third-party headers).
add_library(diarydesk_compile_options INTERFACE)
add_library(DiaryDesk::compile_options ALIAS diarydesk_compile_options)

if(MSVC)
  target_compile_options(diarydesk_compile_options INTERFACE /W4 /utf-8 /permissive-)
  if(DIARYDESK_WERROR)
    target_compile_options(diarydesk_compile_options INTERFACE /WX)
  endif()
else()
  target_compile_options(diarydesk_compile_options INTERFACE -Wall -Wextra -Wpedantic)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
     AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 at -O3 reports std::string assignments as overlapping copies (GCC bug 105329, a
    # false -Wrestrict from libstdc++'s own headers); it stops Release and mingw builds.
    target_compile_options(diarydesk_compile_options INTERFACE -Wno-restrict)
  endif()
  if(DIARYDESK_WERROR)
    target_compile_options(diarydesk_compile_options INTERFACE -Werror)
  endif()
endif()

if(DIARYDESK_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "DIARYDESK_SANITIZE is for GCC and Clang builds")
  endif()
  # vptr checks need the RTTI of every polymorphic class we touch; Debian's libsoci keeps the
  # typeinfo of its statement and backend classes private, so the link fails with it on.
  set(_sanitize_flags -fsanitize=address,undefined -fno-sanitize=vptr -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  target_compile_options(diarydesk_compile_options INTERFACE ${_sanitize_flags})
  target_link_options(diarydesk_compile_options INTERFACE ${_sanitize_flags})
endif()

if(WIN32 AND NOT MSVC)
  # Cross builds with mingw-w64 are linked statically so the .exe runs under wine alone.
  target_link_options(diarydesk_compile_options INTERFACE -static -static-libgcc -static-libstdc++)
endif()
