#include "SyncSettings.hpp"

#include "ServerUrl.hpp"
#include "ValidationError.hpp"
#include "storage/SettingsRepository.hpp"

#include <filesystem>

namespace diarydesk {
namespace {

void store(SettingsRepository& settings, const char* key, const std::string& value) {
    if (value.empty()) {
        settings.erase(key);
    } else {
        settings.set(key, value);
    }
}

} // namespace

SyncSettings SyncSettings::load(SettingsRepository& settings) {
    SyncSettings loaded;
    loaded.serverUrl = settings.get(serverUrlKey).value_or("");
    loaded.schoolId = settings.get(schoolIdKey).value_or("");
    loaded.caFile = settings.get(caFileKey).value_or("");
    return loaded;
}

void SyncSettings::save(SettingsRepository& settings) const {
    std::string url;
    if (!serverUrl.empty()) url = ServerUrl::parse(serverUrl).toString();
    std::string ca;
    if (!caFile.empty()) {
        std::error_code error;
        if (!std::filesystem::is_regular_file(caFile, error)) {
            throw ValidationError("файл сертификатов удостоверяющего центра «" + caFile + "» не найден");
        }
        ca = std::filesystem::absolute(caFile).lexically_normal().string();
    }
    for (const char c : schoolId) {
        if (static_cast<unsigned char>(c) < 0x20)
            throw ValidationError("в идентификаторе школы недопустимые символы");
    }
    store(settings, serverUrlKey, url);
    store(settings, schoolIdKey, schoolId);
    store(settings, caFileKey, ca);
}

} // namespace diarydesk
