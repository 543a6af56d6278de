#pragma once

#include "sync/SyncSettings.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace diarydesk::ui {

class JobContext;

// What the settings dialog shows: the sync settings of a database and whether a token is kept.
// The token itself never leaves the worker.
struct StoredSettings {
    SyncSettings sync;
    bool tokenStored = false;
    std::string tokenProblem; // why the stored token cannot be used (Russian, from the core)
};

// What staff asked to save.
struct SettingsChange {
    SyncSettings sync;
    std::string databaseLocation; // where the sync settings go
    bool otherDatabase = false;   // not the session's database: opened (and created) for this
    std::string newToken;         // empty: keep the stored one
    bool forgetToken = false;
};

// Reads the settings of `location`, or of the session's database when empty.
StoredSettings loadSettings(JobContext& context, const std::string& location,
                            const std::filesystem::path& tokenFolder);

// Checks everything first (token, URL, CA file), then writes: nothing is half-saved because of a
// typo. Throws ValidationError or StorageError.
void saveSettings(JobContext& context, const SettingsChange& change,
                  const std::filesystem::path& tokenFolder);

} // namespace diarydesk::ui
