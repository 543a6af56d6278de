#pragma once

#include "Application.hpp"
#include "matching/MatchResult.hpp"
#include "matching/RosterIndex.hpp"

namespace diarydesk {

// Matches applications against one roster index: finds candidates through the index's blocks
// (CandidateFinder), compares and weighs every field (FieldComparator, MatchWeights), decides
// the verdict (VerdictRules) and writes the secretary's sentence (ExplanationWriter).
// `match` keeps no state between calls: one matcher may be used from many threads at once.
class ApplicationMatcher {
public:
    // Reported candidates: those the verdict names, then the next best, up to this many in all.
    static constexpr std::size_t reportedCandidates = 5;

    explicit ApplicationMatcher(const RosterIndex& roster)
        : roster_(roster) {}

    MatchResult match(const Application& application) const;

private:
    const RosterIndex& roster_;
};

MatchResult matchApplication(const RosterIndex& roster, const Application& application);

// Every application against the roster, results in the applications' order. Matching is
// CPU-bound and the index read-only, so the applications are shared out across the cores.
std::vector<MatchResult> matchAll(const RosterIndex& roster, const std::vector<Application>& applications);

} // namespace diarydesk
