#pragma once

#include "Application.hpp"
#include "Decision.hpp"
#include "Pupil.hpp"
#include "matching/MatchResult.hpp"
#include "storage/ApplicationSummary.hpp"

#include <optional>
#include <string>
#include <vector>

namespace diarydesk {
class Store;
}

namespace diarydesk::ui {

// A candidate pupil from the match together with the roster record itself.
struct CandidatePupil {
    CandidateMatch match;
    std::optional<Pupil> pupil; // empty if the roster no longer has the id (should not happen)
};

// Everything the detail pane shows for one application, read in one go on a worker.
struct ApplicationDetail {
    ApplicationSummary summary;
    Application application;
    std::optional<MatchResult> match;
    std::vector<CandidatePupil> candidates; // best first
    std::optional<Decision> decision;       // the current decision, sent or not
    std::optional<Pupil> decidedPupil;      // the pupil an approval names

    const CandidatePupil* candidate(const std::string& pupilId) const;
};

// Reads the application, its match, the candidate pupils and the decision through the store's
// repositories. Throws ValidationError when the application is unknown.
ApplicationDetail loadApplicationDetail(Store& store, const std::string& applicationId);

} // namespace diarydesk::ui
