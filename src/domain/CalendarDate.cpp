#include "CalendarDate.hpp"

#include "ValidationError.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace diarydesk {
namespace {

constexpr int minimumYear = 1900;
constexpr int maximumYear = 2100;

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// Reads an unsigned decimal of minDigits..maxDigits digits; -1 when it is not one.
int readNumber(std::string_view part, std::size_t minDigits, std::size_t maxDigits) {
    if (part.size() < minDigits || part.size() > maxDigits) return -1;
    int value = 0;
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (error != std::errc{} || end != part.data() + part.size()) return -1;
    return value;
}

struct DateParts {
    int year = -1;
    int month = -1;
    int day = -1;
};

DateParts split(std::string_view text) {
    DateParts parts;
    if (const auto dash = text.find('-'); dash != std::string_view::npos) {
        const auto second = text.find('-', dash + 1);
        if (second == std::string_view::npos) return parts;
        parts.year = readNumber(text.substr(0, dash), 4, 4);
        parts.month = readNumber(text.substr(dash + 1, second - dash - 1), 2, 2);
        parts.day = readNumber(text.substr(second + 1), 2, 2);
    } else if (const auto dot = text.find('.'); dot != std::string_view::npos) {
        const auto second = text.find('.', dot + 1);
        if (second == std::string_view::npos) return parts;
        parts.day = readNumber(text.substr(0, dot), 1, 2);
        parts.month = readNumber(text.substr(dot + 1, second - dot - 1), 1, 2);
        parts.year = readNumber(text.substr(second + 1), 4, 4);
    }
    return parts;
}

void writeDigits(std::string& text, std::size_t at, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        text[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

} // namespace

CalendarDate::CalendarDate(int year, int month, int day) : year_(year), month_(month), day_(day) {
    if (year < minimumYear || year > maximumYear) {
        throw ValidationError("год " + std::to_string(year) + " вне допустимого диапазона " +
                              std::to_string(minimumYear) + "–" + std::to_string(maximumYear));
    }
    if (!isValid(year, month, day)) {
        char text[32];
        std::snprintf(text, sizeof text, "%02d.%02d.%04d", day, month, year);
        throw ValidationError(std::string("такой даты не существует: ") + text);
    }
}

bool CalendarDate::isValid(int year, int month, int day) noexcept {
    return year >= minimumYear && year <= maximumYear && month >= 1 && month <= 12 && day >= 1 &&
           day <= daysInMonth(year, month);
}

CalendarDate CalendarDate::parse(std::string_view text) {
    const auto trimmed = trim(text);
    if (trimmed.empty()) throw ValidationError("дата не указана");
    const DateParts parts = split(trimmed);
    if (parts.year < 0 || parts.month < 0 || parts.day < 0) {
        throw ValidationError("дата «" + std::string(trimmed) +
                              "» не в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
    }
    return CalendarDate(parts.year, parts.month, parts.day);
}

std::optional<CalendarDate> CalendarDate::tryParse(std::string_view text) noexcept {
    const DateParts parts = split(trim(text));
    if (!isValid(parts.year, parts.month, parts.day)) return std::nullopt;
    return CalendarDate(parts.year, parts.month, parts.day);
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
long CalendarDate::dayNumber() const noexcept {
    const int y = month_ <= 2 ? year_ - 1 : year_;
    const int era = y / 400;
    const int yearOfEra = y - era * 400;
    const int monthIndex = month_ > 2 ? month_ - 3 : month_ + 9;
    const int dayOfYear = (153 * monthIndex + 2) / 5 + day_ - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return static_cast<long>(era) * 146097 + dayOfEra - 719468;
}

CalendarDate CalendarDate::fromDayNumber(long dayNumber) {
    const long z = dayNumber + 719468;
    const long era = z / 146097;
    const long dayOfEra = z - era * 146097;
    const long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const long monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const int year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return CalendarDate(year, month, day);
}

// Written digit by digit: formatting dates is on the path of every roster row imported.
std::string CalendarDate::iso() const {
    std::string text(10, '-');
    writeDigits(text, 0, year_, 4);
    writeDigits(text, 5, month_, 2);
    writeDigits(text, 8, day_, 2);
    return text;
}

std::string CalendarDate::display() const {
    std::string text(10, '.');
    writeDigits(text, 0, day_, 2);
    writeDigits(text, 3, month_, 2);
    writeDigits(text, 6, year_, 4);
    return text;
}

} // namespace diarydesk
