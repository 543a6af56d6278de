#pragma once

#include <filesystem>
#include <string>

namespace diarydesk {

// The per-user data folder: %APPDATA%\DiaryDesk on Windows, $XDG_DATA_HOME/diarydesk (or
// ~/.local/share/diarydesk) elsewhere. Holds the default database, the logs and the token.
std::filesystem::path dataFolder();

// The database the front ends open without --db: $DIARYDESK_DB, else diarydesk.db in the data
// folder.
std::string defaultDatabaseLocation();

} // namespace diarydesk
