#pragma once

#include "Application.hpp"
#include "Pupil.hpp"

#include <string>

namespace diarydesk::test {

// Small hand-made records for storage and service tests. SNILS values have valid checksums.
Pupil pupil(const std::string& rosterId, const std::string& last, const std::string& first,
            const std::string& middle, const CalendarDate& birthDate, const std::string& snils,
            const std::string& className);

// An application for a child with the given data, applicant: the mother.
Application application(const std::string& id, int version, const std::string& last, const std::string& first,
                        const std::string& middle, const CalendarDate& birthDate, const std::string& snils);

// A SNILS with a valid control number derived from a 9-digit seed ("123456789" → "123-456-789 64").
std::string validSnils(const std::string& nineDigits);

} // namespace diarydesk::test
