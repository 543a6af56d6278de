#pragma once

#include "storage/ApplicationSummary.hpp"

#include <wx/string.h>

#include <optional>
#include <string>

namespace diarydesk::ui {

// What approving the selected application takes, so that a wrong approval needs more than one
// careless keystroke:
enum class ApprovalPath {
    oneKey,             // a confirmed match, its own pupil: approve at once
    choosePupilFirst,   // anything else: staff must first choose the pupil in the detail pane
    confirmChosenPupil, // chosen: one more confirmation that names the pupil
    overrideConflict,   // chosen despite a conflict: a stronger warning and an explicit override
    notDecidable,       // sent, withdrawn, not matched yet…: `reason` says why
};

struct ApprovalCheck {
    ApprovalPath path = ApprovalPath::notDecidable;
    wxString reason; // for notDecidable and choosePupilFirst: what to tell staff
};

// `chosenPupilId`: the candidate staff chose in the detail pane, if any.
ApprovalCheck checkApproval(const ApplicationSummary& summary,
                            const std::optional<std::string>& chosenPupilId);

// Whether a decision (approval or rejection) can be taken or changed now; the reason if not.
std::optional<wxString> whyNotDecidable(const ApplicationSummary& summary);

} // namespace diarydesk::ui
