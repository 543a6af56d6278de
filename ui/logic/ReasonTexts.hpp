#pragma once

#include "Decision.hpp"
#include "matching/MatchResult.hpp"

#include <wx/string.h>

#include <optional>

namespace diarydesk::ui {

// A rejection reason as staff pick it: a short title...
wxString reasonTitle(ReasonCode code);
// ...and what it tells the parent to do, in plain words, so the secretary knows what the parent
// will read and the parent knows what to fix.
wxString reasonAdvice(ReasonCode code);

// The reason the dialog preselects for a verdict: not found → pupil not found; a conflict or a
// probable match with differing data → data mismatch; a pupil who left → left school.
std::optional<ReasonCode> suggestedReason(const std::optional<Verdict>& verdict, bool matchedPupilLeft);

} // namespace diarydesk::ui
