#include "logic/ReasonTexts.hpp"

#include <wx/intl.h>

namespace diarydesk::ui {

wxString reasonTitle(ReasonCode code) {
    switch (code) {
    case ReasonCode::pupilNotFound:
        return _("The child is not on the school's roster");
    case ReasonCode::dataMismatch:
        return _("The child's data differ from the school's records");
    case ReasonCode::notLegalRepresentative:
        return _("The applicant is not the child's parent or guardian");
    case ReasonCode::duplicateApplication:
        return _("A repeated application");
    case ReasonCode::pupilLeftSchool:
        return _("The child has left the school");
    case ReasonCode::other:
        return _("Another reason (explained in the comment)");
    }
    return {};
}

wxString reasonAdvice(ReasonCode code) {
    switch (code) {
    case ReasonCode::pupilNotFound:
        return _("The school did not find the child among its pupils. Check that the application went to the "
                 "school the child attends; if the child has only just enrolled, apply again in a few days.");
    case ReasonCode::dataMismatch:
        return _(
            "The data on Gosuslugi differ from the school's records. Check the child's full name, date of "
            "birth and SNILS in the child's card on the Gosuslugi portal, correct them and apply again.");
    case ReasonCode::notLegalRepresentative:
        return _(
            "Access is given only to the child's parents and guardians. If you are the guardian, bring the "
            "document that confirms guardianship to the school office.");
    case ReasonCode::duplicateApplication:
        return _("There already is an application from you for this child, or you already have access. "
                 "Nothing needs to be done.");
    case ReasonCode::pupilLeftSchool:
        return _("According to the school, the child no longer studies here. Apply to the school the child "
                 "attends now.");
    case ReasonCode::other:
        return _("The school explains the reason in the comment.");
    }
    return {};
}

std::optional<ReasonCode> suggestedReason(const std::optional<Verdict>& verdict, bool matchedPupilLeft) {
    if (matchedPupilLeft) return ReasonCode::pupilLeftSchool;
    if (!verdict) return std::nullopt;
    switch (*verdict) {
    case Verdict::notFound:
        return ReasonCode::pupilNotFound;
    case Verdict::conflict:
    case Verdict::probable:
    case Verdict::ambiguous:
        return ReasonCode::dataMismatch;
    case Verdict::confirmed:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace diarydesk::ui
