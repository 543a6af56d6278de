#pragma once

#include "Progress.hpp"
#include "matching/MatchResult.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace diarydesk {

class Clock;
class Store;

// Keeps the stored match results current: an application is matched again when it is new, when
// a higher version arrived, or when the roster changed since its result was computed.
class MatchService {
public:
    MatchService(Store& store, const Clock& clock);

    // Recomputes every missing or stale result against the current roster; returns how many.
    std::size_t refreshStale(const ProgressCallback& progress = {});

    // The current results for these applications (all when empty), refreshed first, in queue
    // order. Throws ValidationError naming an unknown application id.
    std::vector<MatchResult> results(const std::vector<std::string>& applicationIds);

private:
    Store& store_;
    const Clock& clock_;
};

} // namespace diarydesk
