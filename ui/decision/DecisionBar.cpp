#include "decision/DecisionBar.hpp"

#include "common/Icons.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

namespace diarydesk::ui {

DecisionBar::DecisionBar(wxWindow* parent)
    : wxPanel(parent, wxID_ANY) {
    approve_ = new wxButton(this, wxID_ANY, _("&Approve"));
    approve_->SetBitmap(icon("approve", 20));
    approve_->SetToolTip(_("Approve access for the matched pupil (Ctrl+Enter, or A in the queue)"));
    approve_->SetName("approve");
    reject_ = new wxButton(this, wxID_ANY, _("&Reject..."));
    reject_->SetBitmap(icon("reject", 20));
    reject_->SetToolTip(_("Reject with a reason the parent will see (Ctrl+R, or R in the queue)"));
    reject_->SetName("reject");
    approveAll_ = new wxButton(this, wxID_ANY, _("Approve all confirmed"));
    approveAll_->SetBitmap(icon("approve-all", 20));
    approveAll_->SetName("approveAll");
    approveAll_->SetToolTip(_("Approve every new application with a confirmed match among those shown "
                              "(Ctrl+Shift+A); asks once, naming how many"));
    hint_ = new wxStaticText(this, wxID_ANY, {});
    hint_->SetForegroundColour(wxColour(0x55, 0x55, 0x55));

    // The buttons go on as many lines as the detail pane's width needs, never under each other.
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    for (wxButton* button : {approve_, reject_, approveAll_})
        buttons->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(8)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(hint_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(8)));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxTOP, FromDIP(8)));
    SetSizer(sizer);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        wrapHint();
        event.Skip();
    });

    approve_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onApprove) onApprove();
    });
    reject_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onReject) onReject();
    });
    approveAll_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onApproveAllConfirmed) onApproveAllConfirmed();
    });
    update(nullptr, false, 0, false);
}

void DecisionBar::update(const ApprovalCheck* check, bool decidable, std::size_t confirmedInView, bool busy) {
    approve_->Enable(!busy && check && check->path != ApprovalPath::notDecidable &&
                     check->path != ApprovalPath::choosePupilFirst);
    reject_->Enable(!busy && decidable);
    approveAll_->SetLabel(
        wxString::Format(_("Approve all confirmed (%d)"), static_cast<int>(confirmedInView)));
    approveAll_->Enable(!busy && confirmedInView > 0);

    wxString hint;
    if (busy) {
        hint = _("Saving the decision...");
    } else if (!check) {
        hint = _("Choose an application in the queue.");
    } else {
        switch (check->path) {
        case ApprovalPath::oneKey:
            hint = _("The match is confirmed: Approve gives access to the matched pupil.");
            break;
        case ApprovalPath::choosePupilFirst:
        case ApprovalPath::notDecidable:
            hint = check->reason;
            break;
        case ApprovalPath::confirmChosenPupil:
            hint = _("Pupil chosen: approving will ask you to confirm once more.");
            break;
        case ApprovalPath::overrideConflict:
            hint = _("Conflict: approve only after checking the documents yourself; you will be asked to "
                     "confirm.");
            break;
        }
    }
    hintText_ = hint;
    wrapHint();
}

void DecisionBar::wrapHint() {
    // A static text does not wrap by itself: it is wrapped anew to the bar's width.
    const int width = GetClientSize().x - FromDIP(16);
    if (width == wrappedWidth_ && hintText_ == wrappedText_) return;
    wrappedWidth_ = width;
    wrappedText_ = hintText_;
    hint_->SetLabel(hintText_);
    if (width > 0) hint_->Wrap(width);
    // The bar may now need more or fewer lines: the pane above gives it what it needs.
    InvalidateBestSize();
    GetParent()->Layout();
}

} // namespace diarydesk::ui
