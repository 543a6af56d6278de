#pragma once

#include "platform/Clock.hpp"

#include <atomic>

namespace diarydesk::test {

// A clock the test sets and advances.
class ManualClock final : public Clock {
public:
    explicit ManualClock(TimePoint start = TimePoint(std::chrono::seconds(1795000000))) : now_(start.time_since_epoch().count()) {}

    TimePoint now() const override { return TimePoint(TimePoint::duration(now_.load())); }
    void advance(std::chrono::milliseconds step) { now_ += std::chrono::duration_cast<TimePoint::duration>(step).count(); }
    void set(TimePoint instant) { now_ = instant.time_since_epoch().count(); }

private:
    std::atomic<TimePoint::rep> now_;
};

} // namespace diarydesk::test
