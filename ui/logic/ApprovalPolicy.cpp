#include "logic/ApprovalPolicy.hpp"

#include <wx/intl.h>

namespace diarydesk::ui {

std::optional<wxString> whyNotDecidable(const ApplicationSummary& summary) {
    switch (summary.status) {
    case QueueStatus::fresh:
        return std::nullopt;
    case QueueStatus::decided:
        if (summary.decisionChangeable) return std::nullopt;
        return _("The decision is being sent to the server and can no longer be changed.");
    case QueueStatus::sent:
        return _("The decision has been sent to the server and can no longer be changed.");
    case QueueStatus::conflict:
        return _("The server already has another decision on this application, or it was withdrawn.");
    case QueueStatus::failed:
        return _("The server refused the decision on this application; see the message in the detail pane.");
    case QueueStatus::withdrawn:
        return _("The parent withdrew this application.");
    }
    return _("This application cannot be decided.");
}

ApprovalCheck checkApproval(const ApplicationSummary& summary,
                            const std::optional<std::string>& chosenPupilId) {
    if (const auto why = whyNotDecidable(summary)) return {ApprovalPath::notDecidable, *why};
    if (!summary.verdict) {
        return {ApprovalPath::notDecidable, _("The application has not been matched with the roster yet.")};
    }
    const bool chosen = chosenPupilId && !chosenPupilId->empty();
    if (*summary.verdict == Verdict::confirmed && (!chosen || *chosenPupilId == summary.matchedPupilId)) {
        return {ApprovalPath::oneKey, {}};
    }
    if (!chosen) {
        return {ApprovalPath::choosePupilFirst,
                _("The match is not confirmed: choose the pupil among the candidates first (keys 1-9), "
                  "then approve.")};
    }
    if (*summary.verdict == Verdict::conflict) return {ApprovalPath::overrideConflict, {}};
    return {ApprovalPath::confirmChosenPupil, {}};
}

} // namespace diarydesk::ui
