#pragma once

#include <wx/string.h>

class wxListCtrl;

namespace diarydesk::ui {

// Column widths of a list kept in the program's configuration under `key` ("/ClassView/Pupils"),
// so a list opens the way staff left it.
void saveColumnWidths(const wxListCtrl& list, const wxString& key);
void restoreColumnWidths(wxListCtrl& list, const wxString& key);

} // namespace diarydesk::ui
