#pragma once

#include <chrono>
#include <string>

namespace diarydesk {

// The time source of everything time-dependent (decision stamps, retry back-off, sync
// schedules), so tests can set the time instead of waiting for it.
class Clock {
public:
    using TimePoint = std::chrono::system_clock::time_point;
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
public:
    TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// RFC 3339 with the machine's local offset, as the API wants instants: 2026-11-20T09:15:00+07:00.
std::string formatRfc3339Local(Clock::TimePoint instant);
// RFC 3339 in UTC with a "+00:00" offset: stable for sorting and comparisons in the database.
std::string formatRfc3339Utc(Clock::TimePoint instant);
// Reads what the two functions above write (any offset); throws ValidationError otherwise.
Clock::TimePoint parseRfc3339(const std::string& text);

} // namespace diarydesk
