#pragma once

#include <functional>
#include <optional>
#include <string>

namespace diarydesk::ui {

// The language asked for by the environment: LC_ALL, then LC_MESSAGES, then LANG, as POSIX
// orders them; "ru_RU.UTF-8" → "ru", "C" or "POSIX" → "en". Empty when none is set, and then
// the system's language applies (on Windows the environment is usually silent).
std::optional<std::string>
languageFromEnvironment(const std::function<const char*(const char*)>& getVariable);

} // namespace diarydesk::ui
