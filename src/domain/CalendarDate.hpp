#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace diarydesk {

// A date without time or zone: a birth date. Parsed from DD.MM.YYYY, D.M.YYYY or YYYY-MM-DD;
// shown as DD.MM.YYYY; sent to the server as YYYY-MM-DD.
class CalendarDate {
public:
    // Throws ValidationError for an impossible date (31.02.2014) or a year outside 1900..2100.
    CalendarDate(int year, int month, int day);

    // Throws ValidationError naming what is wrong with the text.
    static CalendarDate parse(std::string_view text);
    static std::optional<CalendarDate> tryParse(std::string_view text) noexcept;
    static CalendarDate fromDayNumber(long dayNumber);
    static bool isValid(int year, int month, int day) noexcept;

    int year() const noexcept { return year_; }
    int month() const noexcept { return month_; }
    int day() const noexcept { return day_; }

    // Days since 1970-01-01; differences between dates are differences of day numbers.
    long dayNumber() const noexcept;

    std::string iso() const;     // 2014-05-01
    std::string display() const; // 01.05.2014

    auto operator<=>(const CalendarDate&) const = default;

private:
    int year_;
    int month_;
    int day_;
};

} // namespace diarydesk
