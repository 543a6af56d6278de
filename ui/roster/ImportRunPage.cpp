#include "roster/ImportRunPage.hpp"

#include "roster/JobProgressPanel.hpp"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace diarydesk::ui {

ImportRunPage::ImportRunPage(wxWindow* parent)
    : wxPanel(parent, wxID_ANY) {
    SetName("import-run");
    const int border = FromDIP(10);
    auto* heading = new wxStaticText(this, wxID_ANY, _("Importing the roster..."));
    heading->SetFont(heading->GetFont().Bold().Scaled(1.1f));
    auto* note =
        new wxStaticText(this, wxID_ANY,
                         _("The roster is replaced in one step: if the import is stopped or fails, nothing "
                           "is changed."));
    note->Wrap(FromDIP(640));
    progress_ = new JobProgressPanel(this);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->AddSpacer(FromDIP(40));
    sizer->Add(heading, wxSizerFlags().Border(wxALL, border));
    sizer->Add(note, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, border));
    sizer->Add(progress_, wxSizerFlags().Expand().Border(wxALL, border));
    SetSizer(sizer);
}

} // namespace diarydesk::ui
