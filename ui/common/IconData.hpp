#pragma once

#include <vector>

namespace diarydesk::ui {

// One SVG icon from resources/icons, compiled into the program.
struct EmbeddedIcon {
    const char* name; // the file name without .svg
    const char* svg;
};

const std::vector<EmbeddedIcon>& embeddedIcons();

} // namespace diarydesk::ui
