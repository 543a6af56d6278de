#include "roster/RosterImportTexts.hpp"

#include "logic/WxText.hpp"

#include <wx/intl.h>

namespace diarydesk::ui {

wxString encodingLabel(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::utf8:
        return _("UTF-8");
    case TextEncoding::cp1251:
        return _("Windows-1251 (Cyrillic)");
    }
    return {};
}

wxString delimiterLabel(char delimiter) {
    switch (delimiter) {
    case ';':
        return _("Semicolon ( ; )");
    case ',':
        return _("Comma ( , )");
    case '\t':
        return _("Tab");
    default:
        return wxString::Format("'%c'", delimiter);
    }
}

wxString rosterFieldLabel(RosterField field) {
    switch (field) {
    case RosterField::rosterId:
        return _("Roster id");
    case RosterField::lastName:
        return _("Last name");
    case RosterField::firstName:
        return _("First name");
    case RosterField::middleName:
        return _("Patronymic");
    case RosterField::fullName:
        return _("Full name");
    case RosterField::birthDate:
        return _("Date of birth");
    case RosterField::snils:
        return _("SNILS");
    case RosterField::className:
        return _("Class");
    }
    return {};
}

wxString issuePlace(const RosterIssue& issue) {
    wxString place = wxString::Format(_("line %zu"), issue.line);
    if (!issue.column.empty())
        place += wxString::FromUTF8(", \xC2\xAB") + fromUtf8(issue.column) + wxString::FromUTF8("\xC2\xBB");
    return place;
}

std::optional<wxString> mappingProblem(const ColumnMapping& mapping) {
    const bool separateNames =
        mapping.count(RosterField::lastName) > 0 && mapping.count(RosterField::firstName) > 0;
    if (!separateNames && mapping.count(RosterField::fullName) == 0) {
        return _(
            "Choose the columns with the last name and the first name, or one column with the full name.");
    }
    if (mapping.count(RosterField::birthDate) == 0) return _("Choose the column with the date of birth.");
    return std::nullopt;
}

wxString importCountsText(const RosterImportReport& report) {
    const wxString dot = wxString::FromUTF8(" \xC2\xB7 ");
    return wxString::Format(_("added %d"), report.added) + dot +
           wxString::Format(_("updated %d"), report.updated) + dot +
           wxString::Format(_("unchanged %d"), report.unchanged) + dot +
           wxString::Format(_("left %d"), report.left);
}

} // namespace diarydesk::ui
