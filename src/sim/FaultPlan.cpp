#include "FaultPlan.hpp"

namespace diarydesk::sim {

FaultPlan::FaultPlan(const FaultOptions& options)
    : options_(options)
    , random_(options.seed) {}

bool FaultPlan::chance(double rate) {
    if (rate <= 0.0) return false;
    return std::uniform_real_distribution<double>(0.0, 1.0)(random_) < rate;
}

Fault FaultPlan::beforeHandling(bool isDecision) {
    const long request = requests_++;
    if (isDecision) ++decisions_;
    if (options_.expiredToken) return Fault::expiredToken;
    if (options_.rateLimitBurst > 0) {
        const long position = options_.rateLimitPeriod > 0 ? request % options_.rateLimitPeriod : request;
        if (position < options_.rateLimitBurst) return Fault::rateLimited;
    }
    if (isDecision && decisions_ <= options_.failFirst) return Fault::unavailable;
    if (chance(options_.failRate)) return Fault::unavailable;
    return Fault::none;
}

bool FaultPlan::dropAfterApplying() {
    ++applied_;
    if (applied_ <= options_.dropAfterApplyFirst) return true;
    return chance(options_.dropAfterApplyRate);
}

} // namespace diarydesk::sim
