#include "matching/ApplicationMatcher.hpp"

#include "matching/ApplicationProfile.hpp"
#include "matching/CandidateFinder.hpp"
#include "matching/ExplanationWriter.hpp"
#include "matching/FieldComparator.hpp"
#include "matching/MatchWeights.hpp"
#include "matching/VerdictRules.hpp"

#include <algorithm>
#include <thread>

namespace diarydesk {
namespace {

// Candidates below this weight are not reported unless the verdict names them: they share a
// block with the application but little else.
constexpr double reportedWeight = 0.0;

CandidateMatch toCandidateMatch(const CandidateAssessment& assessment, const RosterIndex& roster) {
    CandidateMatch match;
    match.pupilId = roster.pupil(assessment.position).rosterId;
    match.score = scoreFromWeight(assessment.rankWeight());
    match.pupilPresent = assessment.present;
    for (const MatchField field : {MatchField::lastName, MatchField::firstName, MatchField::middleName,
                                   MatchField::birthDate, MatchField::snils}) {
        match.evidence.emplace(field, toEvidence(assessment.field(field)));
    }
    return match;
}

std::vector<const CandidateAssessment*> reported(const VerdictDecision& decision,
                                                 const std::vector<CandidateAssessment>& candidates) {
    std::vector<const CandidateAssessment*> named{decision.pupil,       decision.snilsOwner,
                                                  decision.nameAndDate, decision.formerPupil,
                                                  decision.rival,       decision.sharedSnils};
    named.insert(named.end(), decision.tied.begin(), decision.tied.end());
    // The pupil the verdict is about comes first, so that pupil_id is the first candidate; the
    // rest stay in rank order.
    const CandidateAssessment* lead = decision.pupil ? decision.pupil : decision.formerPupil;
    std::vector<const CandidateAssessment*> chosen;
    if (lead) chosen.push_back(lead);
    for (const CandidateAssessment& candidate : candidates) {
        if (&candidate == lead) continue;
        const bool isNamed = std::find(named.begin(), named.end(), &candidate) != named.end();
        if (isNamed || (chosen.size() < ApplicationMatcher::reportedCandidates &&
                        candidate.identityWeight >= reportedWeight)) {
            chosen.push_back(&candidate);
        }
    }
    return chosen;
}

} // namespace

MatchResult ApplicationMatcher::match(const Application& application) const {
    const ApplicationProfile profile(application);
    std::vector<CandidateAssessment> candidates;
    for (const std::uint32_t position : findCandidates(profile, roster_)) {
        candidates.push_back(assessCandidate(profile, roster_, position));
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const CandidateAssessment& left, const CandidateAssessment& right) {
                  if (left.rankWeight() != right.rankWeight()) return left.rankWeight() > right.rankWeight();
                  return left.position < right.position;
              });

    const VerdictDecision decision = decideVerdict(candidates);
    MatchResult result;
    result.applicationId = application.id;
    result.applicationVersion = application.version;
    result.verdict = decision.verdict;
    result.explanation = ExplanationWriter(profile, roster_).explain(decision, candidates);
    for (const CandidateAssessment* candidate : reported(decision, candidates)) {
        result.candidates.push_back(toCandidateMatch(*candidate, roster_));
    }
    const bool namesPupil = decision.verdict == Verdict::confirmed || decision.verdict == Verdict::probable ||
                            decision.verdict == Verdict::conflict;
    if (namesPupil && decision.pupil) {
        result.pupilId = roster_.pupil(decision.pupil->position).rosterId;
        result.score = scoreFromWeight(decision.pupil->rankWeight());
    } else if (!result.candidates.empty()) {
        result.score = result.candidates.front().score;
    }
    return result;
}

MatchResult matchApplication(const RosterIndex& roster, const Application& application) {
    return ApplicationMatcher(roster).match(application);
}

std::vector<MatchResult> matchAll(const RosterIndex& roster, const std::vector<Application>& applications) {
    std::vector<MatchResult> results(applications.size());
    // Below a few hundred applications a thread costs more than it saves.
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                                        std::max<std::size_t>(1, applications.size() / 256));
    const auto work = [&](std::size_t worker) {
        for (std::size_t i = worker; i < applications.size(); i += workers) {
            results[i] = matchApplication(roster, applications[i]);
        }
    };
    std::vector<std::thread> threads;
    for (std::size_t worker = 1; worker < workers; ++worker)
        threads.emplace_back(work, worker);
    work(0);
    for (auto& thread : threads)
        thread.join();
    return results;
}

} // namespace diarydesk
