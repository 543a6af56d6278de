#include "matching/DateNearness.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace diarydesk {
namespace {

// DDMMYYYY as eight decimal digits.
std::array<int, 8> digitsOf(const CalendarDate& date) {
    return {date.day() / 10,    date.day() % 10,        date.month() / 10,     date.month() % 10,
            date.year() / 1000, date.year() / 100 % 10, date.year() / 10 % 10, date.year() % 10};
}

bool isSwapOf(const CalendarDate& left, const CalendarDate& right) {
    return left.day() != left.month() && left.year() == right.year() && left.day() == right.month() &&
           left.month() == right.day();
}

} // namespace

DateRelation compareDates(const CalendarDate& application, const CalendarDate& roster) {
    if (application == roster) return DateRelation::same;
    if (std::labs(application.dayNumber() - roster.dayNumber()) == 1) return DateRelation::oneDayOff;
    if (isSwapOf(application, roster)) return DateRelation::dayMonthSwapped;
    const auto left = digitsOf(application);
    const auto right = digitsOf(roster);
    int differing = 0;
    for (std::size_t i = 0; i < left.size(); ++i)
        differing += left[i] != right[i] ? 1 : 0;
    return differing == 1 ? DateRelation::oneDigit : DateRelation::different;
}

std::uint32_t packDate(const CalendarDate& date) {
    return static_cast<std::uint32_t>(date.year()) << 9U | static_cast<std::uint32_t>(date.month()) << 5U |
           static_cast<std::uint32_t>(date.day());
}

CalendarDate unpackDate(std::uint32_t packed) {
    return CalendarDate(static_cast<int>(packed >> 9U), static_cast<int>(packed >> 5U & 0xFU),
                        static_cast<int>(packed & 0x1FU));
}

std::vector<long> blockingDayNumbers(const CalendarDate& application) {
    const long day = application.dayNumber();
    std::vector<long> days{day, day - 1, day + 1};
    if (application.day() != application.month() &&
        CalendarDate::isValid(application.year(), application.day(), application.month())) {
        days.push_back(CalendarDate(application.year(), application.day(), application.month()).dayNumber());
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

} // namespace diarydesk
