#include "RetryWindow.hpp"

#include <algorithm>
#include <thread>

namespace diarydesk {
namespace {

constexpr std::chrono::milliseconds waitSlice{200};

} // namespace

RetryWindow::RetryWindow(const Clock& clock, const RetryPolicy& policy, Sleep sleep,
                         ProgressCallback progress)
    : clock_(clock)
    , policy_(policy)
    , sleep_(sleep ? std::move(sleep)
                   : Sleep([](std::chrono::milliseconds pause) { std::this_thread::sleep_for(pause); }))
    , progress_(std::move(progress))
    , random_(std::random_device{}()) {}

std::optional<Clock::TimePoint>
RetryWindow::nextAttemptAfterFailure(std::optional<std::chrono::seconds> retryAfter) {
    const Clock::TimePoint now = clock_.now();
    if (!closesAt_) closesAt_ = now + policy_.retryBudget;
    ++consecutiveFailures_;
    std::chrono::milliseconds delay{0};
    if (retryAfter) {
        delay = *retryAfter;
    } else {
        delay = backoffDelay(policy_, consecutiveFailures_,
                             std::uniform_real_distribution<double>(0.0, 1.0)(random_));
    }
    const Clock::TimePoint next = now + delay;
    if (next > *closesAt_) return std::nullopt;
    return next;
}

void RetryWindow::waitUntil(Clock::TimePoint when, double fraction, std::string_view stage) {
    auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(when - clock_.now());
    // Counted down by the slices slept rather than by re-reading the clock, so a test's sleep
    // that only moves a manual clock ends the wait just the same.
    while (remaining.count() > 0) {
        reportProgress(progress_, fraction, stage);
        const auto slice = std::min(remaining, waitSlice);
        sleep_(slice);
        remaining -= slice;
    }
    reportProgress(progress_, fraction, stage);
}

} // namespace diarydesk
