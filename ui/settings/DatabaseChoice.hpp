#pragma once

#include <wx/string.h>

namespace diarydesk::ui {

// The database chosen in the settings, remembered in the program's configuration for the next
// start. Empty when none was chosen: then --db, $DIARYDESK_DB or the data folder's default apply.
wxString rememberedDatabase();
void rememberDatabase(const wxString& location);

} // namespace diarydesk::ui
