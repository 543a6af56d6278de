#pragma once

#include <wx/string.h>

namespace diarydesk::ui {

// The keyboard shortcuts of the main window, as shown by Help → Keyboard shortcuts (F1).
wxString keyboardHelpText();

} // namespace diarydesk::ui
