#pragma once

#include "services/ClassAccessService.hpp"

#include <wx/bmpbndl.h>
#include <wx/colour.h>

namespace diarydesk::ui {

// One colour per access state, the same in the pupil list and the coverage chart: green approved,
// amber waiting, red rejected, grey no application.
wxColour accessColour(AccessState state);
// A dot in that colour, drawn from SVG at the screen's scale, for the state in lists.
wxBitmapBundle accessDot(AccessState state, int size = 16);

} // namespace diarydesk::ui
