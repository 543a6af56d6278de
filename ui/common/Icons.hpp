#pragma once

#include <wx/bmpbndl.h>

namespace diarydesk::ui {

// The program's icons as bitmap bundles, drawn from SVG at whatever size the screen's scale
// asks for, so they stay sharp on HiDPI screens. `name` is a file name in resources/icons
// without .svg; an unknown name gives an empty bundle.
wxBitmapBundle icon(const char* name, int size = 16);

} // namespace diarydesk::ui
