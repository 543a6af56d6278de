#pragma once

#include "matching/ApplicationProfile.hpp"
#include "matching/CandidateAssessment.hpp"
#include "matching/RosterIndex.hpp"
#include "matching/VerdictRules.hpp"

#include <span>
#include <string>

namespace diarydesk {

// The one plain Russian sentence a secretary reads next to a verdict: what agrees, what
// differs and how ("в имени опечатка: «Алесей» вместо «Алексей»"), or why staff must choose.
// Names and birth dates appear as written; a SNILS appears only masked (***-***-789 64) and a
// document number never.
class ExplanationWriter {
public:
    ExplanationWriter(const ApplicationProfile& application, const RosterIndex& roster)
        : application_(application)
        , roster_(roster) {}

    std::string explain(const VerdictDecision& decision,
                        std::span<const CandidateAssessment> candidates) const;

    // "СНИЛС и дата рождения совпадают, в имени опечатка: «Алесей» вместо «Алексей»" (no full
    // stop): how the application compares with one pupil.
    std::string describe(const CandidateAssessment& candidate) const;

private:
    std::string comparison(const CandidateAssessment& candidate) const; // describe, not capitalised
    std::string pupilLabel(const CandidateAssessment& candidate) const;
    std::string confirmed(const CandidateAssessment& candidate) const;
    std::string ambiguous(const VerdictDecision& decision) const;
    std::string conflict(const VerdictDecision& decision) const;
    std::string notFound(const VerdictDecision& decision,
                         std::span<const CandidateAssessment> candidates) const;

    const ApplicationProfile& application_;
    const RosterIndex& roster_;
};

} // namespace diarydesk
