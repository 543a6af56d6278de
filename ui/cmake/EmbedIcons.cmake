# Run with -DOUTPUT=<file.cpp> -DICONS=<a;b;c.svg>: writes a C++ table of the SVG icons, so the
# program finds its icons without any path to look up (the same in the build and install trees).
set(content "// Generated from resources/icons by ui/cmake/EmbedIcons.cmake. Do not edit.\n")
string(APPEND content "#include \"common/IconData.hpp\"\n\nnamespace diarydesk::ui {\n\n")
string(APPEND content "const std::vector<EmbeddedIcon>& embeddedIcons() {\n    static const std::vector<EmbeddedIcon> icons{\n")
foreach(icon IN LISTS ICONS)
  get_filename_component(name "${icon}" NAME_WE)
  file(READ "${icon}" svg)
  string(APPEND content "        {\"${name}\", R\"svg(${svg})svg\"},\n")
endforeach()
string(APPEND content "    };\n    return icons;\n}\n\n} // namespace diarydesk::ui\n")
file(WRITE "${OUTPUT}.tmp" "${content}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
