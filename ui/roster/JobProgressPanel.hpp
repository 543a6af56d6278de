#pragma once

#include <wx/panel.h>

class wxGauge;
class wxStaticText;

namespace diarydesk::ui {

// What a running job shows in the wizard: what it is doing and how far it is. Hidden when no job
// runs; the wizard's own Stop button stops it.
class JobProgressPanel : public wxPanel {
public:
    explicit JobProgressPanel(wxWindow* parent);

    void start(const wxString& what);
    void update(double fraction, const wxString& stage);
    void stopping(); // the stop was asked for; the job ends at its next step
    void finish();

private:
    wxStaticText* stage_ = nullptr;
    wxGauge* gauge_ = nullptr;
    bool running_ = false;
    bool stopping_ = false;
};

} // namespace diarydesk::ui
