#pragma once

#include "Application.hpp"
#include "Pupil.hpp"
#include "matching/MatchResult.hpp"

#include <optional>
#include <string>
#include <vector>

// Hand-made cases, one for each situation the product issue names, with the verdict, pupil and
// sentence each must get. The pupils' surnames are chosen so that a generated roster around
// them does not interfere.
namespace diarydesk::testing {

struct ExpectedEvidence {
    MatchField field;
    FieldEvidence evidence;
};

struct TargetedCase {
    std::string name;
    Application application;
    Verdict verdict;
    std::optional<std::string> pupilId;        // the result's pupil_id; nullopt: must be null
    std::optional<std::string> firstCandidate; // the best candidate, when it is not pupil_id
    std::string explanation;                   // the exact sentence, when given
    std::string explanationContains;           // or a part of it
    std::vector<ExpectedEvidence> evidence;    // of the candidate pupil_id (or firstCandidate) names
};

std::vector<Pupil> targetedRoster();
std::vector<TargetedCase> targetedCases();

} // namespace diarydesk::testing
