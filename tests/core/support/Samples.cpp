#include "Samples.hpp"

#include "SnilsNumber.hpp"

#include <cstdio>

namespace diarydesk::test {

Pupil pupil(const std::string& rosterId, const std::string& last, const std::string& first, const std::string& middle,
            const CalendarDate& birthDate, const std::string& snils, const std::string& className) {
    Pupil result;
    result.rosterId = rosterId;
    result.name = PersonName{last, first, middle};
    result.birthDate = birthDate;
    result.snils = snils.empty() ? std::string{} : SnilsNumber::parse(snils).digits();
    result.className = className;
    return result;
}

Application application(const std::string& id, int version, const std::string& last, const std::string& first,
                        const std::string& middle, const CalendarDate& birthDate, const std::string& snils) {
    Application result;
    result.id = id;
    result.version = version;
    result.status = ApplicationStatus::submitted;
    result.submittedAt = "2026-11-20T09:15:00+07:00";
    // The mother: the child's surname in its feminine form (Иванов → Иванова; Петрова stays).
    result.applicant.name = PersonName{last.ends_with("а") ? last : last + "а", "Мария", "Петровна"};
    result.applicant.relation = ApplicantRelation::mother;
    result.child.name = PersonName{last, first, middle};
    result.child.birthDate = birthDate;
    if (!snils.empty()) result.child.snils = snils;
    result.child.document = IdentityDocument{"birth_certificate", "IV-ЛО", "123456"};
    return result;
}

std::string validSnils(const std::string& nineDigits) {
    char control[8];
    std::snprintf(control, sizeof control, "%02d", SnilsNumber::controlNumberFor(nineDigits));
    return SnilsNumber::parse(nineDigits + control).formatted();
}

} // namespace diarydesk::test
