#pragma once

#include "Application.hpp"
#include "Pupil.hpp"
#include "SnilsNumber.hpp"

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

// Small builders for the matching tests: pupils and applications from one line of text.
namespace diarydesk::testing {

// "Иванов Пётр Сергеевич" → last, first, middle; a name of two words has no patronymic.
inline PersonName nameOf(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text + ' ') {
        if (c == ' ') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    PersonName name;
    if (!words.empty()) name.last = words[0];
    if (words.size() > 1) name.first = words[1];
    if (words.size() > 2) name.middle = words[2];
    return name;
}

// A valid SNILS "123-456-789 64" for nine digits given as a number (above 001-001-998).
inline std::string validSnils(long nineDigits) {
    char digits[16];
    std::snprintf(digits, sizeof digits, "%09ld", nineDigits);
    const int control = SnilsNumber::controlNumberFor(digits);
    char text[32];
    std::snprintf(text, sizeof text, "%.3s-%.3s-%.3s %02d", digits, digits + 3, digits + 6, control);
    return text;
}

// The same nine digits with a control number that does not fit.
inline std::string badChecksumSnils(long nineDigits) {
    std::string text = validSnils(nineDigits);
    const int control = std::stoi(text.substr(12));
    char tail[8];
    std::snprintf(tail, sizeof tail, "%02d", (control + 1) % 100);
    return text.substr(0, 12) + tail;
}

inline Pupil pupil(const std::string& id, const std::string& name, const std::string& birthDate,
                   const std::string& snils, const std::string& className, bool present = true) {
    Pupil result;
    result.rosterId = id;
    result.name = nameOf(name);
    result.birthDate = CalendarDate::parse(birthDate);
    result.snils = snils;
    if (!snils.empty()) {
        const auto number = SnilsNumber::tryParse(snils);
        result.snilsFlag = !number                      ? SnilsFlag::malformed
                           : number->hasValidChecksum() ? SnilsFlag::none
                                                        : SnilsFlag::badChecksum;
        if (number) result.snils = number->digits();
    }
    result.className = className;
    result.present = present;
    return result;
}

inline Application application(const std::string& id, const PersonName& child, const std::string& birthDate,
                               const std::optional<std::string>& snils,
                               const std::optional<std::string>& statedClass = std::nullopt) {
    Application result;
    result.id = id;
    result.version = 1;
    result.submittedAt = "2026-11-20T09:15:00+07:00";
    result.applicant.name = nameOf("Заявитель Мария Петровна");
    result.applicant.relation = ApplicantRelation::mother;
    result.child.name = child;
    result.child.birthDate = CalendarDate::parse(birthDate);
    result.child.snils = snils;
    result.child.statedClass = statedClass;
    return result;
}

inline Application application(const std::string& id, const std::string& child, const std::string& birthDate,
                               const std::optional<std::string>& snils,
                               const std::optional<std::string>& statedClass = std::nullopt) {
    return application(id, nameOf(child), birthDate, snils, statedClass);
}

} // namespace diarydesk::testing
