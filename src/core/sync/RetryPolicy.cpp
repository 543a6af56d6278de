#include "RetryPolicy.hpp"

#include <algorithm>

namespace diarydesk {

std::chrono::milliseconds backoffDelay(const RetryPolicy& policy, int consecutiveFailures, double random) {
    const int doublings = std::clamp(consecutiveFailures - 1, 0, 30);
    const double exponential =
        static_cast<double>(policy.initialBackoff.count()) * static_cast<double>(1LL << doublings);
    const double capped = std::min(exponential, static_cast<double>(policy.maxBackoff.count()));
    const double jitter = std::clamp(random, 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<long long>(capped / 2 + capped / 2 * jitter));
}

} // namespace diarydesk
