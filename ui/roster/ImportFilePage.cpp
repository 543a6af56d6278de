#include "roster/ImportFilePage.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace diarydesk::ui {

ImportFilePage::ImportFilePage(wxWindow* parent)
    : wxPanel(parent, wxID_ANY) {
    const int border = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        _("Choose the roster file: a CSV file saved from Excel or exported from the diary system (UTF-8 or "
          "Windows-1251; separated by semicolons, commas or tabs). The next step shows how it was read; "
          "nothing "
          "is changed until you confirm the import."));
    intro->Wrap(FromDIP(640));
    sizer->Add(intro, wxSizerFlags().Border(wxALL, border));

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    path_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    path_->SetName("roster-file");
    path_->SetHint(_("Path to the CSV file"));
    auto* browse = new wxButton(this, wxID_ANY, _("&Browse..."));
    row->Add(path_, wxSizerFlags(1).CenterVertical().Border(wxRIGHT, FromDIP(6)));
    row->Add(browse, wxSizerFlags().CenterVertical());
    sizer->Add(row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));

    lastImport_ = new wxStaticText(this, wxID_ANY, {});
    lastImport_->SetForegroundColour(wxColour(0x55, 0x55, 0x55));
    sizer->Add(lastImport_, wxSizerFlags().Expand().Border(wxALL, border));
    SetSizer(sizer);

    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog dialog(this, _("Choose the roster file"), {}, {},
                            _("CSV files (*.csv;*.txt)|*.csv;*.CSV;*.txt;*.TXT|All files|*"),
                            wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() == wxID_OK) path_->SetValue(dialog.GetPath());
    });
    path_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        if (onEnter) onEnter();
    });
}

wxString ImportFilePage::path() const {
    return path_->GetValue().Strip(wxString::both);
}
void ImportFilePage::setPath(const wxString& path) {
    path_->SetValue(path);
}

void ImportFilePage::setLastImport(const wxString& text) {
    lastImport_->SetLabel(text);
    lastImport_->Wrap(FromDIP(640));
    Layout();
}

void ImportFilePage::focus() {
    path_->SetFocus();
}

} // namespace diarydesk::ui
