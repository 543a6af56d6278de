#include "PupilFactory.hpp"

#include "SurnameForms.hpp"

namespace diarydesk::sampledata {
namespace {

constexpr double noPatronymicShare = 0.02;
constexpr double lateStartShare = 0.07;
constexpr double earlyStartShare = 0.03;

std::string_view patronymicFor(const FatherName& father, Sex sex) {
    return sex == Sex::male ? father.sonPatronymic : father.daughterPatronymic;
}

} // namespace

CalendarDate schoolYearStart() {
    return CalendarDate(schoolYear, 9, 1);
}

CalendarDate PupilFactory::birthDateFor(int grade) {
    // Age 6 + grade on 1 September: born from 2 September (schoolYear - 7 - grade) to
    // 1 September (schoolYear - 6 - grade).
    const long first = CalendarDate(schoolYear - 7 - grade, 9, 2).dayNumber();
    const long last = CalendarDate(schoolYear - 6 - grade, 9, 1).dayNumber();
    long day = random_.between(first, last);
    const double roll = random_.unit();
    if (roll < lateStartShare)
        day -= random_.between(20, 210);
    else if (roll < lateStartShare + earlyStartShare)
        day += random_.between(10, 90);
    return CalendarDate::fromDayNumber(day);
}

Pupil PupilFactory::pupil(int grade, std::string className) {
    const Sex sex = random_.chance(0.5) ? Sex::male : Sex::female;
    Pupil pupil;
    pupil.name.last = surnameFor(RussianNames::pickSurname(random_), sex);
    pupil.name.first = std::string(RussianNames::pickChildFirstName(random_, sex));
    if (!random_.chance(noPatronymicShare)) {
        pupil.name.middle = std::string(patronymicFor(RussianNames::pickFatherName(random_), sex));
    }
    pupil.birthDate = birthDateFor(grade);
    pupil.snils = snils_.next(random_);
    pupil.className = std::move(className);
    return pupil;
}

Pupil PupilFactory::twinOf(const Pupil& sibling) {
    const Sex siblingSex = sexOf(sibling.name.last, sibling.name.first, sibling.name.middle);
    const Sex sex = random_.chance(0.5) ? Sex::male : Sex::female;
    Pupil twin = sibling;
    twin.name.last = surnameFor(sibling.name.last, sex);
    if (const FatherName* father = RussianNames::fatherForPatronymic(sibling.name.middle)) {
        twin.name.middle = std::string(patronymicFor(*father, sex));
    }
    do {
        twin.name.first = std::string(RussianNames::pickChildFirstName(random_, sex));
    } while (sex == siblingSex && twin.name.first == sibling.name.first);
    twin.snils = snils_.next(random_);
    twin.rosterId.clear();
    return twin;
}

} // namespace diarydesk::sampledata
