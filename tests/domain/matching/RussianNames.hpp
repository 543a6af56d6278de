#pragma once

#include <string>
#include <vector>

// Name lists for the generated rosters: common Russian surnames (most common first, so that a
// Zipf-like pick gives "Иванов" far more often than "Лаврентьев"), first names and the
// patronymics made from fathers' names.
namespace diarydesk::testing {

struct FatherName {
    std::string name;
    std::string sonsPatronymic;
    std::string daughtersPatronymic;
};

const std::vector<std::string>& maleSurnames(); // masculine form; feminineSurname() derives the other
const std::vector<std::string>& surnameRoots(); // roots for a long tail of rarer surnames
const std::vector<std::string>& boysNames();
const std::vector<std::string>& girlsNames();
const std::vector<FatherName>& fathersNames();

// "Иванов" → "Иванова", "Вишневский" → "Вишневская", "Толстой" → "Толстая"; "Шевченко",
// "Черных" and "Ковальчук" stay as they are.
std::string feminineSurname(const std::string& masculine);

} // namespace diarydesk::testing
