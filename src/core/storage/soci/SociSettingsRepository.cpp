#include "SociSettingsRepository.hpp"

#include <soci/soci.h>

namespace diarydesk {

std::optional<std::string> SociSettingsRepository::get(const std::string& key) {
    std::string value;
    sql_ << "SELECT value FROM settings WHERE key = :key", soci::use(key), soci::into(value);
    if (!sql_.got_data()) return std::nullopt;
    return value;
}

void SociSettingsRepository::set(const std::string& key, const std::string& value) {
    sql_ << "INSERT INTO settings (key, value) VALUES (:key, :value)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        soci::use(key), soci::use(value);
}

void SociSettingsRepository::erase(const std::string& key) {
    sql_ << "DELETE FROM settings WHERE key = :key", soci::use(key);
}

std::map<std::string, std::string> SociSettingsRepository::all() {
    std::string key, value;
    soci::statement statement = (sql_.prepare << "SELECT key, value FROM settings ORDER BY key", soci::into(key),
                                 soci::into(value));
    statement.execute();
    std::map<std::string, std::string> settings;
    while (statement.fetch()) settings[key] = value;
    return settings;
}

} // namespace diarydesk
