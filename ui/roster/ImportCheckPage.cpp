#include "roster/ImportCheckPage.hpp"

#include "roster/IssueList.hpp"
#include "roster/JobProgressPanel.hpp"
#include "roster/RosterImportTexts.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace diarydesk::ui {

ImportCheckPage::ImportCheckPage(wxWindow* parent)
    : wxPanel(parent, wxID_ANY) {
    SetName("import-check");
    const int border = FromDIP(10);
    heading_ = new wxStaticText(this, wxID_ANY, {});
    heading_->SetName("check-heading");
    heading_->SetFont(heading_->GetFont().Bold().Scaled(1.1f));
    details_ = new wxStaticText(this, wxID_ANY, {});
    details_->SetName("check-details");
    progress_ = new JobProgressPanel(this);
    issues_ = new IssueList(this);
    chosenIssue_ = new wxStaticText(this, wxID_ANY, {});
    chosenIssue_->SetName("chosen-issue");
    issues_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        const long row = event.GetIndex();
        chosenIssue_->SetLabel(issues_->text(row, 0) + ", " + issues_->place(row) + ": " +
                               issues_->text(row, 3));
        chosenIssue_->Wrap(issues_->GetClientSize().GetWidth());
        Layout();
    });
    saveRejected_ = new wxButton(this, wxID_ANY, _("Save rows with &errors..."));
    saveRejected_->SetToolTip(
        _("A CSV file with the rejected rows, their line and the reason, to fix in Excel and "
          "import again"));
    saveRejected_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onSaveRejected) onSaveRejected();
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(details_, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(progress_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
    sizer->Add(issues_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(chosenIssue_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(saveRejected_, wxSizerFlags().Border(wxALL, border));
    SetSizer(sizer);
}

void ImportCheckPage::setHeading(const wxString& heading, const wxString& details, bool bad) {
    heading_->SetLabel(heading);
    heading_->SetForegroundColour(bad ? wxColour(0xB7, 0x1C, 0x1C) : GetForegroundColour());
    details_->SetLabel(details);
    details_->Wrap(FromDIP(820));
    Layout();
}

void ImportCheckPage::showChecking() {
    setHeading(_("Checking the file..."),
               _("Every row is read and compared with the roster; nothing is written yet."), false);
    issues_->setIssues({}, {});
    chosenIssue_->SetLabel({});
    saveRejected_->Hide();
}

void ImportCheckPage::showReport(const RosterImportReport& report) {
    const int errors = static_cast<int>(report.errors.size());
    const int warnings = static_cast<int>(report.warnings.size());
    wxString heading;
    if (errors > 0) {
        heading = wxString::Format(wxPLURAL("%d row has errors and will not be imported.",
                                            "%d rows have errors and will not be imported.", errors),
                                   errors);
    } else {
        heading = _("The file can be imported.");
    }
    wxString details = _("The import would change the roster like this: ") + importCountsText(report) + ".\n";
    if (report.left > 0) {
        details += wxString::Format(wxPLURAL("%d pupil missing from this file will be marked as having left "
                                             "(kept, not deleted).",
                                             "%d pupils missing from this file will be marked as having left "
                                             "(kept, not deleted).",
                                             report.left),
                                    report.left) +
                   "\n";
    }
    if (errors == 0 && warnings == 0) details += _("No errors or warnings.") + "\n";
    if (warnings > 0) {
        details += wxString::Format(wxPLURAL("%d warning: the row is imported, but check it.",
                                             "%d warnings: the rows are imported, but check them.", warnings),
                                    warnings) +
                   "\n";
    }
    details += wxString::Format(_("Read as %s, fields separated by %s."), encodingLabel(report.encoding),
                                delimiterLabel(report.delimiter).Lower());
    setHeading(heading, details, errors > 0);
    issues_->setIssues(report.errors, report.warnings);
    chosenIssue_->SetLabel({});
    saveRejected_->Show(!report.rejectedCsv.empty());
    Layout();
}

void ImportCheckPage::showFailure(const wxString& message) {
    setHeading(_("The file cannot be imported."), message, true);
    issues_->setIssues({}, {});
    chosenIssue_->SetLabel({});
    saveRejected_->Hide();
}

} // namespace diarydesk::ui
