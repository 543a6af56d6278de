#pragma once

#include "PersonName.hpp"

#include <string_view>

namespace diarydesk {

// Splits a full-name column ("Иванов Пётр Сергеевич") into last name, first name and the rest
// as the middle name (which may be absent, or have more than one word: "Мамедов Руслан Тофик
// оглы"). A dash with spaces around it stays inside its word ("Римский - Корсаков" is one last
// name). Words are separated by single spaces in the result.
PersonName splitFullName(std::string_view fullName);

} // namespace diarydesk
