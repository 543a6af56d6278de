#pragma once

#include <chrono>

namespace diarydesk {

// How one sync run retries what failed for a passing reason (5xx, a broken connection, 429).
struct RetryPolicy {
    // Once a request failed, the run keeps retrying for at most this long, then leaves what is
    // still pending for the next run.
    std::chrono::milliseconds retryBudget{60'000};
    std::chrono::milliseconds initialBackoff{500};
    std::chrono::milliseconds maxBackoff{15'000};
};

// The wait before the next attempt after `consecutiveFailures` failures in a row (1 or more):
// exponential, initialBackoff·2^(n-1) capped at maxBackoff, with "equal jitter": half of it
// fixed and half random (`random` in [0, 1)), so clients that failed together do not come back
// together.
std::chrono::milliseconds backoffDelay(const RetryPolicy& policy, int consecutiveFailures, double random);

} // namespace diarydesk
