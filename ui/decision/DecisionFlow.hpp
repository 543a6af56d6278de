#pragma once

#include "logic/ApplicationDetail.hpp"
#include "logic/QueueRow.hpp"

#include <wx/event.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxWindow;

namespace diarydesk::ui {

class Session;

// The steps from a key press to a saved decision: what approving takes (ApprovalPolicy), the
// confirmation that names the pupil, the stronger warning and explicit override for a conflict,
// the reason dialog for a rejection; then DecisionService on the worker. One decision at a time.
class DecisionFlow : public wxEvtHandler {
public:
    DecisionFlow(wxWindow* parent, Session& session);

    void approve(const QueueRow& row, const ApplicationDetail* detail,
                 const std::optional<std::string>& chosenPupilId);
    void reject(const QueueRow& row, const ApplicationDetail* detail);
    void approveAllConfirmed(const std::vector<std::string>& applicationIds);

    bool busy() const { return busy_; }

    // The decided application's new queue row.
    std::function<void(QueueRow row)> onDecided;
    // After "approve all": how many were approved, and the whole queue again.
    std::function<void(int approved, std::vector<QueueRow> rows)> onApprovedAll;
    // A short notice for the info bar (why nothing happened, what was done).
    std::function<void(const wxString& text)> onNotice;
    std::function<void()> onBusyChanged;
    // Staff must choose a pupil: the frame moves the focus to the candidates.
    std::function<void()> onChoosePupil;

private:
    struct Request {
        std::string applicationId;
        bool approve = false;
        std::optional<std::string> pupilId;
        std::optional<int> reason; // ReasonCode as int, to keep Decision.hpp out of this header
        std::string comment;
        bool overrideConflict = false;
    };

    bool confirmChosenPupil(const QueueRow& row, const CandidatePupil& candidate, bool conflict);
    void run(Request request);
    void setBusy(bool busy);
    void notice(const wxString& text);

    wxWindow* parent_;
    Session& session_;
    bool busy_ = false;
};

} // namespace diarydesk::ui
