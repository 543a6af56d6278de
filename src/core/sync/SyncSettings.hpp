#pragma once

#include <string>

namespace diarydesk {

class SettingsRepository;

// Where this school syncs: kept in the database's settings so the CLI and the GUI share them.
// Never the token (TokenStore).
struct SyncSettings {
    std::string serverUrl; // https://…; empty when not configured
    std::string schoolId;
    std::string caFile; // a PEM CA bundle; empty: the system trust store

    static constexpr const char* serverUrlKey = "sync.server_url";
    static constexpr const char* schoolIdKey = "sync.school_id";
    static constexpr const char* caFileKey = "sync.ca_file";

    static SyncSettings load(SettingsRepository& settings);
    // Checks before saving: the URL must be https, the CA file must exist (stored as an absolute
    // path). Empty fields erase the stored value. Throws ValidationError.
    void save(SettingsRepository& settings) const;
};

} // namespace diarydesk
