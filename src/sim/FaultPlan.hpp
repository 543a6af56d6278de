#pragma once

#include "SimOptions.hpp"

#include <random>
#include <string>

namespace diarydesk::sim {

// What the fault plan does to one request.
enum class Fault {
    none,
    expiredToken, // 401
    rateLimited,  // 429 with Retry-After
    unavailable,  // 503 before anything is applied
};

// Decides, request by request, which fault to inject. Deterministic for a given seed and
// request order; the simulator is single-threaded.
class FaultPlan {
public:
    explicit FaultPlan(const FaultOptions& options);

    // Called once per API request, before it is handled.
    Fault beforeHandling(bool isDecision);
    // Called once per decision newly applied (not for replays): true when the connection is to
    // be cut instead of answering, so the client must retry and get the idempotent replay.
    bool dropAfterApplying();

    const FaultOptions& options() const { return options_; }

private:
    bool chance(double rate);

    FaultOptions options_;
    std::mt19937_64 random_;
    long requests_ = 0;
    long decisions_ = 0;
    long applied_ = 0;
};

} // namespace diarydesk::sim
