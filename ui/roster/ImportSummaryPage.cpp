#include "roster/ImportSummaryPage.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace diarydesk::ui {

ImportSummaryPage::ImportSummaryPage(wxWindow* parent)
    : wxPanel(parent, wxID_ANY) {
    const int border = FromDIP(10);
    auto* heading = new wxStaticText(this, wxID_ANY, _("The roster is imported."));
    heading->SetFont(heading->GetFont().Bold().Scaled(1.2f));

    const wxString labels[4] = {_("added"), _("updated"), _("unchanged"), _("left the school")};
    const char* names[4] = {"summary-added", "summary-updated", "summary-unchanged", "summary-left"};
    auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(14));
    for (int i = 0; i < 4; ++i) {
        figures_[i] =
            new wxStaticText(this, wxID_ANY, "0", wxDefaultPosition, FromDIP(wxSize(90, -1)), wxALIGN_RIGHT);
        figures_[i]->SetName(names[i]);
        figures_[i]->SetFont(figures_[i]->GetFont().Bold().Scaled(1.6f));
        grid->Add(figures_[i], wxSizerFlags().Expand().CenterVertical());
        grid->Add(new wxStaticText(this, wxID_ANY, labels[i]), wxSizerFlags().CenterVertical());
    }
    notes_ = new wxStaticText(this, wxID_ANY, {});
    saveRejected_ = new wxButton(this, wxID_ANY, _("Save rows with &errors..."));
    saveRejected_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onSaveRejected) onSaveRejected();
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->AddSpacer(FromDIP(20));
    sizer->Add(heading, wxSizerFlags().Border(wxALL, border));
    sizer->Add(grid, wxSizerFlags().Border(wxALL, border));
    sizer->Add(notes_, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(saveRejected_, wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
    SetSizer(sizer);
}

void ImportSummaryPage::show(const RosterImportReport& report) {
    const int values[4] = {report.added, report.updated, report.unchanged, report.left};
    for (int i = 0; i < 4; ++i)
        figures_[i]->SetLabel(wxString::Format("%d", values[i]));
    wxString notes;
    if (!report.errors.empty()) {
        const int errors = static_cast<int>(report.errors.size());
        notes += wxString::Format(wxPLURAL("%d row with errors was not imported.",
                                           "%d rows with errors were not imported.", errors),
                                  errors) +
                 "\n";
    }
    if (!report.warnings.empty()) {
        const int warnings = static_cast<int>(report.warnings.size());
        notes += wxString::Format(wxPLURAL("%d row was imported with a warning.",
                                           "%d rows were imported with warnings.", warnings),
                                  warnings) +
                 "\n";
    }
    if (report.added + report.updated + report.left > 0) {
        notes += _("Applications will be matched against the new roster again.");
    } else {
        notes += _("The roster was already up to date.");
    }
    notes_->SetLabel(notes);
    notes_->Wrap(FromDIP(640));
    saveRejected_->Show(!report.rejectedCsv.empty());
    Layout();
}

} // namespace diarydesk::ui
