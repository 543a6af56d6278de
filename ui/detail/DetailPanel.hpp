#pragma once

#include "logic/ApplicationDetail.hpp"

#include <wx/panel.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

class wxHtmlWindow;
class wxStaticText;

namespace diarydesk::ui {

class CandidateList;
class Session;

// The selected application next to the roster record, field by field with the differences
// marked, the explanation, the parent's data and document, and — when matching did not settle
// on one pupil — the candidates to choose from. Loads what it shows on the worker.
class DetailPanel : public wxPanel {
public:
    DetailPanel(wxWindow* parent, Session& session);

    // Shows the application (loading it), or a hint when `applicationId` is empty.
    void showApplication(const std::string& applicationId);
    void reload();

    const ApplicationDetail* detail() const { return detail_.get(); }
    // The candidate staff chose, if any.
    std::optional<std::string> chosenPupilId() const;
    // Chooses candidate `number` (1-based, as the keys 1-9 name them); false if there is none.
    bool chooseCandidate(int number);
    void focusCandidates();

    std::function<void()> onChosenPupilChanged;
    // Once an application's detail is shown (tests and the decision bar wait for it).
    std::function<void()> onLoaded;

private:
    void setDetail(std::shared_ptr<ApplicationDetail> detail);
    void render();

    Session& session_;
    wxHtmlWindow* html_ = nullptr;
    wxStaticText* candidatesTitle_ = nullptr;
    CandidateList* candidates_ = nullptr;
    std::shared_ptr<ApplicationDetail> detail_;
    std::string requestedId_;
    std::string chosenPupilId_;
};

} // namespace diarydesk::ui
