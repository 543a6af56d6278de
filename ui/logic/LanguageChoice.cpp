#include "logic/LanguageChoice.hpp"

namespace diarydesk::ui {

std::optional<std::string>
languageFromEnvironment(const std::function<const char*(const char*)>& getVariable) {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = getVariable(name);
        if (!value || !*value) continue;
        std::string locale(value);
        if (locale == "C" || locale == "POSIX" || locale.rfind("C.", 0) == 0) return "en";
        const auto end = locale.find_first_of("_.@");
        return locale.substr(0, end);
    }
    return std::nullopt;
}

} // namespace diarydesk::ui
