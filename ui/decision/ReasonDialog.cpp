#include "decision/ReasonDialog.hpp"

#include "logic/ReasonTexts.hpp"
#include "logic/WxText.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace diarydesk::ui {

ReasonDialog::ReasonDialog(wxWindow* parent, const wxString& whatIsRejected,
                           std::optional<ReasonCode> suggested)
    : wxDialog(parent, wxID_ANY, _("Reject the application"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    SetName("reason-dialog");
    const int border = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* heading = new wxStaticText(this, wxID_ANY, whatIsRejected);
    heading->SetFont(heading->GetFont().Bold());
    heading->Wrap(FromDIP(520));
    sizer->Add(heading, wxSizerFlags().Border(wxALL, border));
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Reason (keys 1-6):")),
               wxSizerFlags().Border(wxLEFT | wxRIGHT, border));

    const std::vector<ReasonCode>& codes = allReasonCodes();
    for (std::size_t index = 0; index < codes.size(); ++index) {
        auto* button = new wxRadioButton(
            this, wxID_ANY,
            wxString::Format("%d. %s", static_cast<int>(index + 1), reasonTitle(codes[index])),
            wxDefaultPosition, wxDefaultSize, index == 0 ? wxRB_GROUP : 0);
        button->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { showAdvice(); });
        buttons_.push_back(button);
        sizer->Add(button,
                   wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(4)).Border(wxLEFT, border * 2));
    }

    auto* adviceTitle = new wxStaticText(this, wxID_ANY, _("The parent will read:"));
    sizer->Add(adviceTitle, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    advice_ = new wxStaticText(this, wxID_ANY, {}, wxDefaultPosition, wxSize(FromDIP(520), FromDIP(54)));
    advice_->SetForegroundColour(wxColour(0x1A, 0x23, 0x7E));
    sizer->Add(advice_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border * 2));

    sizer->Add(new wxStaticText(this, wxID_ANY, _("Comment for the parent (required for another reason):")),
               wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    comment_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxSize(-1, FromDIP(60)), wxTE_MULTILINE);
    comment_->SetName("comment");
    sizer->Add(comment_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    problem_ = new wxStaticText(this, wxID_ANY, {});
    problem_->SetForegroundColour(wxColour(0xB7, 0x1C, 0x1C));
    sizer->Add(problem_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    auto* reject = new wxButton(this, wxID_OK, _("Reject"));
    reject->SetToolTip(_("Enter, or Ctrl+Enter in the comment"));
    buttons->Add(reject, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    buttons->Add(new wxButton(this, wxID_CANCEL, _("Cancel")));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, border));
    SetSizerAndFit(sizer);
    reject->SetDefault();
    SetEscapeId(wxID_CANCEL);

    reject->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { validateAndClose(); });
    Bind(wxEVT_CHAR_HOOK, &ReasonDialog::onCharHook, this);

    std::size_t preselected = 0;
    if (suggested) {
        for (std::size_t index = 0; index < codes.size(); ++index) {
            if (codes[index] == *suggested) preselected = index;
        }
    }
    choose(preselected);
    CentreOnParent();
}

ReasonCode ReasonDialog::reason() const {
    const std::vector<ReasonCode>& codes = allReasonCodes();
    for (std::size_t index = 0; index < buttons_.size(); ++index) {
        if (buttons_[index]->GetValue()) return codes[index];
    }
    return codes.front();
}

std::string ReasonDialog::comment() const {
    return toUtf8(comment_->GetValue().Strip(wxString::both));
}

void ReasonDialog::choose(std::size_t index) {
    if (index >= buttons_.size()) return;
    buttons_[index]->SetValue(true);
    buttons_[index]->SetFocus();
    showAdvice();
}

void ReasonDialog::showAdvice() {
    advice_->SetLabel(reasonAdvice(reason()));
    advice_->Wrap(FromDIP(520));
    problem_->SetLabel({});
    showTextsInFull();
}

void ReasonDialog::showTextsInFull() {
    // The texts change with the reason: the dialog grows to show them whole (it never shrinks
    // under the secretary's eyes).
    const wxSize needed = GetSizer()->ComputeFittingWindowSize(this);
    const wxSize now = GetSize();
    SetSize(wxSize(std::max(now.x, needed.x), std::max(now.y, needed.y)));
    Layout();
}

bool ReasonDialog::validateAndClose() {
    if (reason() == ReasonCode::other && comment().empty()) {
        problem_->SetLabel(_("Write a comment: with another reason the parent must be told what it is."));
        problem_->Wrap(FromDIP(520));
        comment_->SetFocus();
        showTextsInFull();
        return false;
    }
    EndModal(wxID_OK);
    return true;
}

void ReasonDialog::onCharHook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    const bool inComment = FindFocus() == comment_;
    if (inComment && key == WXK_RETURN && event.ControlDown()) {
        validateAndClose();
        return;
    }
    if (!inComment && event.GetModifiers() == wxMOD_NONE) {
        if (key >= '1' && key <= '6') {
            choose(static_cast<std::size_t>(key - '1'));
            return;
        }
        if (key == WXK_RETURN || key == WXK_NUMPAD_ENTER) {
            validateAndClose();
            return;
        }
    }
    event.Skip();
}

} // namespace diarydesk::ui
