#pragma once

#include "CalendarDate.hpp"

#include <cstdint>
#include <vector>

namespace diarydesk {

// How a birth date in an application relates to one in the roster.
enum class DateRelation {
    same,
    oneDayOff,       // 04.05.2014 for 05.05.2014: a slip, or a time-zone-shifted registry date
    dayMonthSwapped, // 05.04.2014 for 04.05.2014: the order of day and month confused
    oneDigit,        // exactly one digit of DD.MM.YYYY differs (05.05.2015 for 05.05.2014)
    different,
};

// The relation that explains the difference best, checked in the order above.
DateRelation compareDates(const CalendarDate& application, const CalendarDate& roster);

// The day numbers a roster pupil may have when the application's date is right or off in one
// of the ways blocking covers: the date itself, a day before and after, and the date with day
// and month swapped when that is a valid, different date. Without duplicates.
std::vector<long> blockingDayNumbers(const CalendarDate& application);

// A date in 32 bits (year, month and day), stored next to a block entry so that a scan of a
// large block can check dates without touching the pupil.
std::uint32_t packDate(const CalendarDate& date);
CalendarDate unpackDate(std::uint32_t packed);

} // namespace diarydesk
