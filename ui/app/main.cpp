// diarydesk: the desktop application for the school office. Everything but the entry point lives
// in diarydesk_ui.
#include "app/DiaryDeskApp.hpp"

wxIMPLEMENT_APP(diarydesk::ui::DiaryDeskApp);
