#pragma once

#include <wx/panel.h>

namespace diarydesk::ui {

class JobProgressPanel;

// Step 4: the import itself, with its progress and a button to stop it. Stopping rolls the whole
// import back: the roster is changed completely or not at all.
class ImportRunPage : public wxPanel {
public:
    explicit ImportRunPage(wxWindow* parent);
    JobProgressPanel& progress() { return *progress_; }

private:
    JobProgressPanel* progress_ = nullptr;
};

} // namespace diarydesk::ui
