#pragma once

#include "matching/CandidateAssessment.hpp"
#include "matching/MatchResult.hpp"

#include <span>
#include <vector>

namespace diarydesk {

// The verdict on one application, from its assessed candidates (sorted best first by rank
// weight). Weights are Fellegi–Sunter bits (MatchWeights); the rules below reason with the
// pillars of CandidateAssessment: SNILS, birth date, name.
//
// A candidate *fits* when at least two pillars hold and its identity weight reaches
// `fitWeight`. The *SNILS owners* are the candidates with exactly the application's SNILS
// digits (trusted or flagged).
//
// With a SNILS owner:
//  - conflict when no owner is consistent with the rest of the application (neither the name,
//    nor the exact birth date together with the surname or first name) — the SNILS belongs to one
//    child while the name and birth date belong to another pupil or to nobody; also when the
//    owner's name and birth date do not both fit while another pupil's do; also when the owner
//    has left and a present pupil's name and birth date fit (unless that pupil's own trusted
//    SNILS differs from the application's valid one);
//  - not_found (the pupil has left) when the consistent owner has left the school;
//  - confirmed when the owner agrees on all three (SNILS valid, trusted and equal, birth date,
//    full name after normalisation; a patronymic absent on both sides agrees), is the only
//    owner, and no other present pupil fits or has name and birth date fitting — except one
//    whose own trusted SNILS differs from the application's valid one (the numbers tell them
//    apart: twins, or two pupils of the same name and birthday);
//  - probable otherwise: a flagged roster SNILS ("flagged_in_roster") never confirms.
// Without a SNILS owner (no SNILS, a typo in it, or nobody has it):
//  - not_found when nobody fits; when the best fit is a pupil who has left and no present
//    pupil comes within `clearLead` of them, not_found naming that pupil (pupil_id stays null);
//  - ambiguous when two or more present pupils fit within `clearLead` bits of the best;
//  - probable for the one present pupil who clearly fits best (a runner-up that still fits is
//    named as `rival`, so that the sentence mentions it).
// The stated class never changes a verdict: only identity weights are compared here.
struct VerdictDecision {
    Verdict verdict = Verdict::notFound;
    // confirmed, probable: the pupil_id; conflict: the higher ranked of the SNILS owner and
    // the pupil the name and birth date point at
    const CandidateAssessment* pupil = nullptr;
    const CandidateAssessment* snilsOwner = nullptr; // conflict: whose SNILS the application gives
    const CandidateAssessment* nameAndDate =
        nullptr; // conflict: whose name and birth date fit; null: nobody's
    const CandidateAssessment* formerPupil = nullptr; // not_found: the fit who has left the school
    const CandidateAssessment* rival = nullptr;       // probable: another present pupil who also fits
    const CandidateAssessment* sharedSnils = nullptr; // probable: another pupil with the same SNILS
    std::vector<const CandidateAssessment*> tied;     // ambiguous: the pupils to choose between
};

namespace verdict_rules {
// A fit must be worth at least this many bits: more than a birth date or a SNILS typo alone.
inline constexpr double fitWeight = 12.0;
// Name and birth date fitting another pupil make a conflict or keep a confirmation back even
// when that pupil's own SNILS weighs against them (their weight may then be well below a fit).
inline constexpr double nameAndDateWeight = 2.0;
// "Clearly the best": ahead of the runner-up by this many bits (32 times as likely).
inline constexpr double clearLead = 5.0;
} // namespace verdict_rules

VerdictDecision decideVerdict(std::span<const CandidateAssessment> candidatesBestFirst);

} // namespace diarydesk
