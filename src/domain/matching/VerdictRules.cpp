#include "matching/VerdictRules.hpp"

namespace diarydesk {
namespace {

using verdict_rules::clearLead;
using verdict_rules::fitWeight;

bool fits(const CandidateAssessment& candidate) {
    return candidate.pillars() >= 2 && candidate.identityWeight >= fitWeight;
}

bool namedByNameAndDate(const CandidateAssessment& candidate) {
    return candidate.personFits() && candidate.identityWeight >= verdict_rules::nameAndDateWeight;
}

VerdictDecision conflict(std::span<const CandidateAssessment> candidates, const CandidateAssessment& owner,
                         const CandidateAssessment* nameAndDate) {
    VerdictDecision decision;
    decision.verdict = Verdict::conflict;
    decision.snilsOwner = &owner;
    decision.nameAndDate = nameAndDate;
    // pupil_id is the best candidate (MatchResult's contract): whichever of the two ranks higher.
    for (const CandidateAssessment& candidate : candidates) {
        if (&candidate == &owner || &candidate == nameAndDate) {
            decision.pupil = &candidate;
            break;
        }
    }
    return decision;
}

VerdictDecision decideWithOwner(std::span<const CandidateAssessment> candidates,
                                const std::vector<const CandidateAssessment*>& owners) {
    // The owner the rest of the application is about; a present one before one who has left (a
    // child who left and came back may be on the roster twice with the same SNILS).
    const CandidateAssessment* owner = nullptr;
    for (const CandidateAssessment* candidate : owners) {
        if (candidate->consistentWithSnils() && (!owner || (candidate->present && !owner->present))) {
            owner = candidate;
        }
    }
    // The best other pupil whose name and birth date fit the application.
    const CandidateAssessment* other = nullptr;
    for (const CandidateAssessment& candidate : candidates) {
        if (&candidate != owner && !candidate.snilsEqualDigits() && namedByNameAndDate(candidate)) {
            other = &candidate;
            break;
        }
    }
    if (!owner) return conflict(candidates, *owners.front(), other);
    // The name and birth date point at another pupil, and not both at the owner; or the owner has
    // left and they point at a present pupil whom the SNILS does not rule out: which record is
    // the child is for staff to say.
    if (other &&
        (!owner->personFits() || (!owner->present && other->present && !other->snilsContradicts()))) {
        return conflict(candidates, *owner, other);
    }

    VerdictDecision decision;
    if (!owner->present) {
        decision.formerPupil = owner;
        return decision;
    }
    for (const CandidateAssessment& candidate : candidates) {
        if (&candidate == owner || !candidate.present || candidate.snilsContradicts()) continue;
        if (fits(candidate) || namedByNameAndDate(candidate)) {
            decision.rival = &candidate;
            break;
        }
    }
    decision.pupil = owner;
    for (const CandidateAssessment* candidate : owners) {
        if (candidate != owner) {
            decision.sharedSnils = candidate;
            break;
        }
    }
    decision.verdict = owner->agreesOnAll() && owners.size() == 1 && !decision.rival ? Verdict::confirmed
                                                                                     : Verdict::probable;
    return decision;
}

VerdictDecision decideWithoutOwner(std::span<const CandidateAssessment> candidates) {
    const CandidateAssessment* bestPresent = nullptr;
    const CandidateAssessment* bestLeft = nullptr;
    for (const CandidateAssessment& candidate : candidates) {
        if (!fits(candidate)) continue;
        const CandidateAssessment*& best = candidate.present ? bestPresent : bestLeft;
        if (!best || candidate.identityWeight > best->identityWeight) best = &candidate;
    }
    VerdictDecision decision;
    if (bestLeft && (!bestPresent || bestLeft->identityWeight - bestPresent->identityWeight >= clearLead)) {
        decision.formerPupil = bestLeft;
        return decision;
    }
    if (!bestPresent) return decision;
    for (const CandidateAssessment& candidate : candidates) {
        if (candidate.present && fits(candidate) &&
            candidate.identityWeight > bestPresent->identityWeight - clearLead) {
            decision.tied.push_back(&candidate);
        }
    }
    if (decision.tied.size() >= 2) {
        decision.verdict = Verdict::ambiguous;
        return decision;
    }
    decision.tied.clear();
    decision.verdict = Verdict::probable;
    decision.pupil = bestPresent;
    // A runner-up that still fits, however far behind, is named in the sentence.
    for (const CandidateAssessment& candidate : candidates) {
        if (&candidate != bestPresent && candidate.present && fits(candidate)) {
            decision.rival = &candidate;
            break;
        }
    }
    return decision;
}

} // namespace

VerdictDecision decideVerdict(std::span<const CandidateAssessment> candidatesBestFirst) {
    std::vector<const CandidateAssessment*> owners;
    for (const CandidateAssessment& candidate : candidatesBestFirst) {
        if (candidate.snilsEqualDigits()) owners.push_back(&candidate);
    }
    if (!owners.empty()) return decideWithOwner(candidatesBestFirst, owners);
    return decideWithoutOwner(candidatesBestFirst);
}

} // namespace diarydesk
