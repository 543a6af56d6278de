#pragma once

namespace diarydesk::ui {

// Loads the program's catalog (domain "diarydesk") and wxWidgets' own for the language of the
// system, or the one LC_ALL / LC_MESSAGES / LANG name; the strings in the code are English, the
// fallback. Looks in ../share/locale next to the executable and in the build tree.
void setUpTranslations();

} // namespace diarydesk::ui
