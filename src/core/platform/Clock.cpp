#include "Clock.hpp"

#include "CalendarDate.hpp"
#include "ValidationError.hpp"

#include <cstdio>
#include <ctime>

namespace diarydesk {
namespace {

std::tm brokenDown(std::time_t time, bool local) {
    std::tm parts{};
#ifdef _WIN32
    local ? localtime_s(&parts, &time) : gmtime_s(&parts, &time);
#else
    local ? localtime_r(&time, &parts) : gmtime_r(&time, &parts);
#endif
    return parts;
}

long long secondsOf(const std::tm& parts) {
    const long days = CalendarDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday).dayNumber();
    return static_cast<long long>(days) * 86400 + parts.tm_hour * 3600 + parts.tm_min * 60 + parts.tm_sec;
}

std::string format(Clock::TimePoint instant, bool local) {
    const std::time_t time = std::chrono::system_clock::to_time_t(instant);
    const std::tm utc = brokenDown(time, false);
    const std::tm parts = local ? brokenDown(time, true) : utc;
    // The offset is the difference between local and UTC wall-clock readings of one instant;
    // this works the same with glibc and the Windows runtime.
    const long long offsetMinutes = local ? (secondsOf(parts) - secondsOf(utc)) / 60 : 0;
    const char sign = offsetMinutes < 0 ? '-' : '+';
    const long long magnitude = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d%c%02lld:%02lld", parts.tm_year + 1900,
                  parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec, sign, magnitude / 60,
                  magnitude % 60);
    return text;
}

} // namespace

std::string formatRfc3339Local(Clock::TimePoint instant) { return format(instant, true); }

std::string formatRfc3339Utc(Clock::TimePoint instant) { return format(instant, false); }

Clock::TimePoint parseRfc3339(const std::string& text) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0;
    char separator = 0, sign = 0;
    int consumed = 0;
    const int fields = std::sscanf(text.c_str(), "%4d-%2d-%2d%c%2d:%2d:%2d%n", &year, &month, &day, &separator, &hour,
                                   &minute, &second, &consumed);
    if (fields < 7 || (separator != 'T' && separator != 't' && separator != ' ') ||
        !CalendarDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 60) {
        throw ValidationError("время «" + text + "» не в формате RFC 3339");
    }
    std::size_t pos = static_cast<std::size_t>(consumed);
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    }
    long long offsetSeconds = 0;
    if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
        ++pos;
    } else if (pos < text.size() && std::sscanf(text.c_str() + pos, "%c%2d:%2d", &sign, &offsetHours, &offsetMinutes) == 3 &&
               (sign == '+' || sign == '-')) {
        offsetSeconds = (offsetHours * 3600LL + offsetMinutes * 60LL) * (sign == '-' ? -1 : 1);
        pos += 6;
    } else {
        throw ValidationError("во времени «" + text + "» нет смещения часового пояса");
    }
    if (pos != text.size()) throw ValidationError("время «" + text + "» не в формате RFC 3339");
    const long long seconds = CalendarDate(year, month, day).dayNumber() * 86400LL + hour * 3600LL + minute * 60LL +
                              second - offsetSeconds;
    return Clock::TimePoint(std::chrono::seconds(seconds));
}

} // namespace diarydesk
