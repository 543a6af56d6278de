#include "logic/SpreadsheetSafe.hpp"

namespace diarydesk::ui {

std::string spreadsheetSafe(std::string_view field) {
    if (field.empty()) return {};
    switch (field.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return "'" + std::string(field);
    default:
        return std::string(field);
    }
}

} // namespace diarydesk::ui
