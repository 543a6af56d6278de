#pragma once

#include "logic/WxText.hpp"

#include <filesystem>
#include <string>

namespace diarydesk::ui {

// A path staff typed or picked, for the core's file functions: through UTF-8, which
// std::filesystem reads correctly on Windows too (a plain std::string would go through the ANSI
// code page there and lose Cyrillic folder names).
inline std::filesystem::path pathFromUi(const wxString& text) {
    const std::string utf8 = toUtf8(text);
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

} // namespace diarydesk::ui
