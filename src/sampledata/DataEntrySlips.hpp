#pragma once

#include "CalendarDate.hpp"
#include "PersonName.hpp"
#include "SampleRandom.hpp"

#include <string>
#include <string_view>

namespace diarydesk::sampledata {

// The ways a parent's form differs from the school's roster, one function per kind of slip.

bool hasYo(const PersonName& name);
PersonName withoutYo(PersonName name); // ё → е, Ё → Е

// One of: the surname in capitals, the whole name in lower case, spaces around the parts,
// or a lower-case first letter.
PersonName withCaseOrSpaceSlip(PersonName name, SampleRandom& random);

// One typing slip in the surname (60 %) or the first name: a neighbouring key on the Russian
// keyboard, a dropped letter or a doubled letter. The first letter is left alone.
PersonName withTypo(PersonName name, SampleRandom& random);

// Two neighbouring, different digits of an 11-digit SNILS swapped.
std::string withTransposedDigits(const std::string& snilsDigits, SampleRandom& random);

// Day and month swapped; only for days 1..12 that differ from the month.
bool canSwapDayAndMonth(const CalendarDate& date);
CalendarDate withDayAndMonthSwapped(const CalendarDate& date);

std::string upperCase(std::string_view text);
std::string lowerCase(std::string_view text);

} // namespace diarydesk::sampledata
