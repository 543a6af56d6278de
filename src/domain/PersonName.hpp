#pragma once

#include <string>

namespace diarydesk {

// A person's name as written in a roster or an application. Kept as given for display; the
// normalised form (see normaliseName) is what comparisons use.
struct PersonName {
    std::string last;
    std::string first;
    std::string middle; // empty when the person has no patronymic or it was not given

    // "Иванов Пётр Сергеевич"; the patronymic is left out when empty.
    std::string full() const;
    PersonName normalised() const;

    bool operator==(const PersonName&) const = default;
};

} // namespace diarydesk
