#pragma once

#include <map>
#include <optional>
#include <string>

namespace diarydesk {

// Settings shared by every front end using this database (server URL, school id, CA bundle,
// sync cursor…). Never a token: tokens live in the TokenStore.
class SettingsRepository {
public:
    virtual ~SettingsRepository() = default;
    virtual std::optional<std::string> get(const std::string& key) = 0;
    virtual void set(const std::string& key, const std::string& value) = 0;
    virtual void erase(const std::string& key) = 0;
    virtual std::map<std::string, std::string> all() = 0;
};

} // namespace diarydesk
