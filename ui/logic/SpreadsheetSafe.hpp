#pragma once

#include <string>
#include <string_view>

namespace diarydesk::ui {

// A CSV field that Excel or LibreOffice will show as text and never run as a formula: a value
// starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe (OWASP's advice
// against CSV injection). Names and dates never start with those, so nothing real is changed.
std::string spreadsheetSafe(std::string_view field);

} // namespace diarydesk::ui
