#include "logic/EvidenceTexts.hpp"

#include "logic/WxText.hpp"

#include <wx/intl.h>

namespace diarydesk::ui {
namespace {

wxString detailNote(const std::string& detail) {
    if (detail.rfind("edit_distance:", 0) == 0) {
        const wxString count = fromUtf8(detail.substr(14));
        long letters = 0;
        if (count.ToLong(&letters)) {
            return wxString::Format(wxPLURAL("%ld letter differs", "%ld letters differ", letters), letters);
        }
    }
    if (detail == "transposition") return _("neighbouring characters swapped");
    if (detail == "day_month_swapped") return _("day and month swapped");
    if (detail == "one_day_off") return _("one day apart");
    if (detail == "names_swapped") return _("first and last name swapped");
    if (detail == "double_surname_part") return _("part of a double surname");
    if (detail == "absent_in_application") return _("not given in the application");
    if (detail == "flagged_in_roster") return _("the roster's SNILS is not trustworthy");
    return {};
}

} // namespace

wxString evidenceNote(const FieldEvidence& evidence) {
    wxString note = detailNote(evidence.detail);
    switch (evidence.agreement) {
    case Agreement::agree:
        return note;
    case Agreement::agreeNormalised:
        return note.empty() ? _("the same apart from case, spelling of yo or spaces") : note;
    case Agreement::near:
        return note.empty() ? _("close") : note;
    case Agreement::differ:
        return note.empty() ? _("differs") : note;
    case Agreement::missing:
        return note.empty() ? _("missing") : note;
    }
    return note;
}

} // namespace diarydesk::ui
