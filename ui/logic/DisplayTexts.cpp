#include "logic/DisplayTexts.hpp"

#include "SnilsNumber.hpp"
#include "logic/WxText.hpp"

#include <wx/intl.h>

namespace diarydesk::ui {

wxString statusViewLabel(StatusView view) {
    switch (view) {
    case StatusView::all:
        return _("All");
    case StatusView::fresh:
        return _("New");
    case StatusView::needsCheck:
        return _("Need checking");
    case StatusView::decided:
        return _("Not sent yet");
    case StatusView::sent:
        return _("Sent");
    case StatusView::problems:
        return _("Conflicts");
    case StatusView::withdrawn:
        return _("Withdrawn");
    }
    return {};
}

wxString verdictViewLabel(VerdictView view) {
    switch (view) {
    case VerdictView::all:
        return _("Any match");
    case VerdictView::confirmed:
        return verdictLabel(Verdict::confirmed);
    case VerdictView::probable:
        return verdictLabel(Verdict::probable);
    case VerdictView::ambiguous:
        return verdictLabel(Verdict::ambiguous);
    case VerdictView::conflict:
        return verdictLabel(Verdict::conflict);
    case VerdictView::notFound:
        return verdictLabel(Verdict::notFound);
    case VerdictView::unmatched:
        return _("Not matched yet");
    }
    return {};
}

wxString verdictLabel(const std::optional<Verdict>& verdict) {
    if (!verdict) return wxString::FromUTF8("\xE2\x80\x94");
    switch (*verdict) {
    case Verdict::confirmed:
        return _("Confirmed");
    case Verdict::probable:
        return _("Probable");
    case Verdict::ambiguous:
        return _("Ambiguous");
    case Verdict::conflict:
        return _("Conflict");
    case Verdict::notFound:
        return _("Not found");
    }
    return {};
}

wxString queueStatusLabel(QueueStatus status) {
    switch (status) {
    case QueueStatus::fresh:
        return _("New");
    case QueueStatus::decided:
        return _("Decided, not sent");
    case QueueStatus::sent:
        return _("Sent");
    case QueueStatus::conflict:
        return _("Conflict");
    case QueueStatus::failed:
        return _("Refused by server");
    case QueueStatus::withdrawn:
        return _("Withdrawn");
    }
    return {};
}

wxString relationLabel(ApplicantRelation relation) {
    switch (relation) {
    case ApplicantRelation::mother:
        return _("mother");
    case ApplicantRelation::father:
        return _("father");
    case ApplicantRelation::guardian:
        return _("guardian");
    case ApplicantRelation::self:
        return _("the pupil");
    }
    return {};
}

wxString documentTypeLabel(const std::string& type) {
    if (type == "birth_certificate") return _("Birth certificate");
    if (type == "passport_rf") return _("Russian passport");
    if (type == "foreign") return _("Foreign document");
    return fromUtf8(type);
}

wxString fieldLabel(MatchField field) {
    switch (field) {
    case MatchField::lastName:
        return _("Last name");
    case MatchField::firstName:
        return _("First name");
    case MatchField::middleName:
        return _("Patronymic");
    case MatchField::birthDate:
        return _("Date of birth");
    case MatchField::snils:
        return _("SNILS");
    }
    return {};
}

wxString accessStateLabel(AccessState state) {
    switch (state) {
    case AccessState::none:
        return _("No application");
    case AccessState::waiting:
        return _("Waiting");
    case AccessState::approved:
        return _("Approved");
    case AccessState::rejected:
        return _("Rejected");
    }
    return {};
}

wxString instantDisplay(const std::string& rfc3339) {
    // 2026-11-20T09:15:00+07:00
    if (rfc3339.size() < 16 || rfc3339[4] != '-' || rfc3339[7] != '-' || rfc3339[10] != 'T') {
        return fromUtf8(rfc3339);
    }
    return fromUtf8(rfc3339.substr(8, 2) + "." + rfc3339.substr(5, 2) + "." + rfc3339.substr(0, 4) + " " +
                    rfc3339.substr(11, 5));
}

wxString snilsDisplay(const std::string& snils) {
    if (const auto number = SnilsNumber::tryParse(snils)) return fromUtf8(number->formatted());
    return fromUtf8(snils);
}

} // namespace diarydesk::ui
