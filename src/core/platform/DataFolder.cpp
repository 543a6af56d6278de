#include "DataFolder.hpp"

#include <cstdlib>

namespace diarydesk {
namespace {

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string{};
}

} // namespace

std::filesystem::path dataFolder() {
#ifdef _WIN32
    const std::string appData = environment("APPDATA");
    if (!appData.empty()) return std::filesystem::path(appData) / "DiaryDesk";
    return std::filesystem::current_path() / "DiaryDesk";
#else
    const std::string xdg = environment("XDG_DATA_HOME");
    if (!xdg.empty()) return std::filesystem::path(xdg) / "diarydesk";
    const std::string home = environment("HOME");
    if (!home.empty()) return std::filesystem::path(home) / ".local" / "share" / "diarydesk";
    return std::filesystem::current_path() / ".diarydesk";
#endif
}

std::string defaultDatabaseLocation() {
    const std::string fromEnvironment = environment("DIARYDESK_DB");
    if (!fromEnvironment.empty()) return fromEnvironment;
    return (dataFolder() / "diarydesk.db").string();
}

} // namespace diarydesk
