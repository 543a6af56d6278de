#pragma once

#include "services/RosterImportService.hpp"

#include <wx/panel.h>

#include <functional>

class wxButton;
class wxStaticText;

namespace diarydesk::ui {

class IssueList;
class JobProgressPanel;

// Step 3: the validation report of a dry run — what the import would change, and every error and
// warning by line with its column and reason — before anything is written.
class ImportCheckPage : public wxPanel {
public:
    explicit ImportCheckPage(wxWindow* parent);

    void showChecking();
    void showReport(const RosterImportReport& report);
    void showFailure(const wxString& message);

    JobProgressPanel& progress() { return *progress_; }
    IssueList& issues() { return *issues_; }
    std::function<void()> onSaveRejected;

private:
    void setHeading(const wxString& heading, const wxString& details, bool bad);

    wxStaticText* heading_ = nullptr;
    wxStaticText* details_ = nullptr;
    IssueList* issues_ = nullptr;
    wxStaticText* chosenIssue_ = nullptr; // the selected problem in full: long reasons do not fit
    wxButton* saveRejected_ = nullptr;
    JobProgressPanel* progress_ = nullptr;
};

} // namespace diarydesk::ui
