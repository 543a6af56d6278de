#pragma once

#include "matching/ApplicationProfile.hpp"
#include "matching/CandidateAssessment.hpp"
#include "matching/RosterIndex.hpp"

#include <cstdint>

namespace diarydesk {

// The birth date's outcome: agree, near ("one_day_off", "day_month_swapped",
// "date_one_digit") or differ.
FieldOutcome compareBirthDates(const CalendarDate& application, const CalendarDate& roster);

// Compares every field of the application with one roster pupil and weighs the evidence
// (MatchWeights). Allocation-free: the hot path of matching.
CandidateAssessment assessCandidate(const ApplicationProfile& application, const RosterIndex& roster,
                                    std::uint32_t position);

} // namespace diarydesk
