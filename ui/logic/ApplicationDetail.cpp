#include "logic/ApplicationDetail.hpp"

#include "ValidationError.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/DecisionRepository.hpp"
#include "storage/MatchRepository.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/Store.hpp"

namespace diarydesk::ui {

const CandidatePupil* ApplicationDetail::candidate(const std::string& pupilId) const {
    for (const CandidatePupil& candidate : candidates) {
        if (candidate.match.pupilId == pupilId) return &candidate;
    }
    return nullptr;
}

ApplicationDetail loadApplicationDetail(Store& store, const std::string& applicationId) {
    auto application = store.applications().find(applicationId);
    auto summary = store.applications().summary(applicationId);
    if (!application || !summary) throw ValidationError("заявление " + applicationId + " не найдено");

    ApplicationDetail detail;
    detail.application = std::move(*application);
    detail.summary = std::move(*summary);
    detail.match = store.matches().find(applicationId);
    if (detail.match) {
        for (const CandidateMatch& candidate : detail.match->candidates) {
            detail.candidates.push_back(CandidatePupil{candidate, store.roster().find(candidate.pupilId)});
        }
    }
    detail.decision = store.decisions().forApplication(applicationId);
    if (detail.decision && detail.decision->pupilRosterId) {
        detail.decidedPupil = store.roster().find(*detail.decision->pupilRosterId);
    }
    return detail;
}

} // namespace diarydesk::ui
