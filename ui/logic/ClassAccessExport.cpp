#include "logic/ClassAccessExport.hpp"

#include "csv/CsvWriter.hpp"
#include "logic/DisplayTexts.hpp"
#include "logic/SpreadsheetSafe.hpp"
#include "logic/WxText.hpp"

#include <wx/intl.h>

namespace diarydesk::ui {
namespace {

std::string applicantsText(const PupilAccess& entry) {
    std::string text;
    for (const PupilApplicant& applicant : entry.applicants) {
        if (!text.empty()) text += "; ";
        text += applicant.applicant.full() + " (" + toUtf8(relationLabel(applicant.relation)) + ", " +
                toUtf8(accessStateLabel(applicant.state)) + ")";
    }
    return text;
}

} // namespace

AccessCounts countAccess(const std::vector<PupilAccess>& pupils) {
    AccessCounts counts;
    for (const PupilAccess& entry : pupils)
        counts.add(entry.state);
    return counts;
}

wxString accessCountsText(const AccessCounts& counts) {
    const wxString dot = wxString::FromUTF8(" \xC2\xB7 ");
    return wxString::Format(_("Pupils %d"), counts.pupils) + dot +
           wxString::Format(_("Approved %d"), counts.approved) + dot +
           wxString::Format(_("Waiting %d"), counts.waiting) + dot +
           wxString::Format(_("Rejected %d"), counts.rejected) + dot +
           wxString::Format(_("No application %d"), counts.none);
}

std::string classAccessCsv(const std::string& className, const std::vector<PupilAccess>& pupils) {
    CsvWriter csv(';');
    csv.writeRecord({toUtf8(_("No.")), toUtf8(_("Pupil")), toUtf8(_("Date of birth")), toUtf8(_("Class")),
                     toUtf8(_("Parents' access")), toUtf8(_("Applicants"))});
    int number = 0;
    for (const PupilAccess& entry : pupils) {
        csv.writeRecord({std::to_string(++number), spreadsheetSafe(entry.pupil.name.full()),
                         spreadsheetSafe(entry.pupil.birthDate.display()),
                         spreadsheetSafe(className.empty() ? entry.pupil.className : className),
                         spreadsheetSafe(toUtf8(accessStateLabel(entry.state))),
                         spreadsheetSafe(applicantsText(entry))});
    }
    return "\xEF\xBB\xBF" + csv.release();
}

wxString classAccessHtml(const std::string& className, const std::vector<PupilAccess>& pupils) {
    wxString html = "<html><body>";
    html += wxString::Format(
        "<h3>%s</h3><p>%s</p>",
        escapeHtml(wxString::Format(_("Class %s: parents' access to the e-diary"), fromUtf8(className))),
        escapeHtml(accessCountsText(countAccess(pupils))));
    html += "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">";
    html += wxString::Format(
        "<tr bgcolor=\"#E0E0E0\"><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>",
        escapeHtml(_("No.")), escapeHtml(_("Pupil")), escapeHtml(_("Date of birth")),
        escapeHtml(_("Parents' access")), escapeHtml(_("Applicants")));
    int number = 0;
    for (const PupilAccess& entry : pupils) {
        html += wxString::Format("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>", ++number,
                                 escapeHtml(fromUtf8(entry.pupil.name.full())),
                                 escapeHtml(fromUtf8(entry.pupil.birthDate.display())),
                                 escapeHtml(accessStateLabel(entry.state)),
                                 escapeHtml(fromUtf8(applicantsText(entry))));
    }
    html += "</table></body></html>";
    return html;
}

} // namespace diarydesk::ui
