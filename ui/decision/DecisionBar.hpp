#pragma once

#include "logic/ApprovalPolicy.hpp"

#include <wx/panel.h>

#include <functional>

class wxButton;
class wxStaticText;

namespace diarydesk::ui {

// The decision buttons under the detail pane: Approve, Reject… and "Approve all confirmed (N)",
// with a line that says what approving the selected application will take.
class DecisionBar : public wxPanel {
public:
    explicit DecisionBar(wxWindow* parent);

    std::function<void()> onApprove;
    std::function<void()> onReject;
    std::function<void()> onApproveAllConfirmed;

    // `check`: what approving the selection takes (no selection: nullptr); `decidable`: whether
    // any decision can be taken on it; `confirmedInView`: N; `busy`: a decision is being saved.
    void update(const ApprovalCheck* check, bool decidable, std::size_t confirmedInView, bool busy);

private:
    void wrapHint();

    wxButton* approve_ = nullptr;
    wxButton* reject_ = nullptr;
    wxButton* approveAll_ = nullptr;
    wxStaticText* hint_ = nullptr;
    wxString hintText_;
    wxString wrappedText_;
    int wrappedWidth_ = -1;
};

} // namespace diarydesk::ui
