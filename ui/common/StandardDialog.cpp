#include "common/StandardDialog.hpp"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

namespace diarydesk::ui {
namespace {

wxArtID artFor(DialogRequest::Tone tone) {
    switch (tone) {
    case DialogRequest::Tone::information:
        return wxART_INFORMATION;
    case DialogRequest::Tone::question:
        return wxART_QUESTION;
    case DialogRequest::Tone::warning:
        return wxART_WARNING;
    case DialogRequest::Tone::danger:
        return wxART_ERROR;
    }
    return wxART_INFORMATION;
}

} // namespace

StandardDialog::StandardDialog(wxWindow* parent, const DialogRequest& request)
    : wxDialog(parent, wxID_ANY, request.title, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE) {
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(new wxStaticBitmap(this, wxID_ANY,
                                 wxArtProvider::GetBitmapBundle(artFor(request.tone), wxART_MESSAGE_BOX)),
              wxSizerFlags().Top().Border(wxALL, FromDIP(12)));

    auto* texts = new wxBoxSizer(wxVERTICAL);
    const int wrapWidth = FromDIP(460);
    if (!request.heading.empty()) {
        auto* heading = new wxStaticText(this, wxID_ANY, request.heading);
        heading->SetFont(heading->GetFont().Bold().Scaled(1.1f));
        if (request.tone == DialogRequest::Tone::danger)
            heading->SetForegroundColour(wxColour(0xB7, 0x1C, 0x1C));
        heading->Wrap(wrapWidth);
        texts->Add(heading, wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    }
    if (!request.message.empty()) {
        auto* message = new wxStaticText(this, wxID_ANY, request.message);
        message->Wrap(wrapWidth);
        texts->Add(message, wxSizerFlags().Border(wxBOTTOM, FromDIP(8)));
    }
    if (!request.acknowledgement.empty()) {
        acknowledgement_ = new wxCheckBox(this, wxID_ANY, request.acknowledgement);
        acknowledgement_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { onAcknowledge(); });
        texts->Add(acknowledgement_, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    }
    body->Add(texts, wxSizerFlags(1).Expand().Border(wxTOP | wxRIGHT, FromDIP(12)));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    wxButton* cancel = nullptr;
    if (!request.confirmLabel.empty()) {
        confirm_ = new wxButton(this, wxID_OK, request.confirmLabel);
        cancel =
            new wxButton(this, wxID_CANCEL, request.cancelLabel.empty() ? _("Cancel") : request.cancelLabel);
        buttons->Add(confirm_, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
        buttons->Add(cancel);
        SetEscapeId(wxID_CANCEL);
        SetAffirmativeId(wxID_OK);
    } else {
        cancel = new wxButton(this, wxID_OK, request.cancelLabel.empty() ? _("Close") : request.cancelLabel);
        buttons->Add(cancel);
        SetEscapeId(wxID_OK);
    }

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(body, wxSizerFlags(1).Expand());
    top->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizerAndFit(top);

    wxButton* preferred = (confirm_ && !request.cancelIsDefault) ? confirm_ : cancel;
    preferred->SetDefault();
    preferred->SetFocus();
    if (acknowledgement_) {
        confirm_->Enable(false);
        cancel->SetDefault();
        acknowledgement_->SetFocus();
    }
    CentreOnParent();
}

void StandardDialog::onAcknowledge() {
    if (confirm_ && acknowledgement_) confirm_->Enable(acknowledgement_->IsChecked());
}

bool askToConfirm(wxWindow* parent, const DialogRequest& request) {
    StandardDialog dialog(parent, request);
    return dialog.ShowModal() == wxID_OK && !request.confirmLabel.empty();
}

namespace {

void showNotice(wxWindow* parent, DialogRequest::Tone tone, const wxString& heading, const wxString& message) {
    DialogRequest request;
    request.tone = tone;
    request.title = _("DiaryDesk");
    request.heading = heading;
    request.message = message;
    StandardDialog(parent, request).ShowModal();
}

} // namespace

void showError(wxWindow* parent, const wxString& heading, const wxString& message) {
    showNotice(parent, DialogRequest::Tone::warning, heading, message);
}

void showMessage(wxWindow* parent, const wxString& heading, const wxString& message) {
    showNotice(parent, DialogRequest::Tone::information, heading, message);
}

} // namespace diarydesk::ui
