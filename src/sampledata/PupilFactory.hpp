#pragma once

#include "Pupil.hpp"
#include "RussianNames.hpp"
#include "SampleRandom.hpp"
#include "UniqueSnilsGenerator.hpp"

#include <string>

namespace diarydesk::sampledata {

// The school year the sample data describes: 2026/27, starting on 1 September 2026.
inline constexpr int schoolYear = 2026;
CalendarDate schoolYearStart();

// Makes single pupils: a sex, a surname in its form for that sex, a first name, a patronymic
// from a father's name (about 2 % have none), a birth date that fits the class, and a valid,
// unique SNILS. The roster id is left empty.
class PupilFactory {
public:
    PupilFactory(SampleRandom& random, UniqueSnilsGenerator& snils)
        : random_(random)
        , snils_(snils) {}

    Pupil pupil(int grade, std::string className);

    // A twin of `sibling`: the same surname, patronymic (each in the twin's form), birth date and
    // class, another first name and SNILS.
    Pupil twinOf(const Pupil& sibling);

    // Born so that the child is 6 + grade years old on 1 September of the school year; about
    // 7 % started school late (up to 7 months older) and 3 % early (up to 3 months younger).
    CalendarDate birthDateFor(int grade);

private:
    SampleRandom& random_;
    UniqueSnilsGenerator& snils_;
};

} // namespace diarydesk::sampledata
