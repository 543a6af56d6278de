#pragma once

#include "RetryPolicy.hpp"
#include "platform/Clock.hpp"
#include "services/Progress.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <random>
#include <string_view>

namespace diarydesk {

// Waits of one sync run between attempts. The window opens at the run's first failure and
// closes RetryPolicy::retryBudget later: no retry is scheduled past it.
class RetryWindow {
public:
    using Sleep = std::function<void(std::chrono::milliseconds)>;

    // `sleep` waits for real (tests pass one that advances their clock); `progress` is asked
    // between short slices of every wait, so a cancel is noticed within a fraction of a second.
    RetryWindow(const Clock& clock, const RetryPolicy& policy, Sleep sleep, ProgressCallback progress);

    // After a failure: when the next attempt may start, after the server's Retry-After if it
    // gave one, else after an exponential back-off with jitter. Empty when that is past the
    // window: the run stops retrying.
    std::optional<Clock::TimePoint> nextAttemptAfterFailure(std::optional<std::chrono::seconds> retryAfter);
    // An attempt got through: the next failure starts the back-off from the beginning.
    void succeeded() { consecutiveFailures_ = 0; }

    // Sleeps until `when`; throws OperationCancelled when progress asks to stop.
    void waitUntil(Clock::TimePoint when, double fraction, std::string_view stage);

    const Clock& clock() const { return clock_; }

private:
    const Clock& clock_;
    RetryPolicy policy_;
    Sleep sleep_;
    ProgressCallback progress_;
    std::optional<Clock::TimePoint> closesAt_;
    int consecutiveFailures_ = 0;
    std::mt19937 random_;
};

} // namespace diarydesk
