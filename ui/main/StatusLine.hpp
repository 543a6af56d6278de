#pragma once

#include <wx/statusbr.h>

class wxButton;
class wxGauge;

namespace diarydesk::ui {

// The status bar: what is going on (with a progress gauge for background jobs), decisions waiting
// to be sent, the state of synchronisation with the server with the Sync button next to it, and the
// database in use.
class StatusLine : public wxStatusBar {
public:
    explicit StatusLine(wxWindow* parent);

    void setActivity(const wxString& text);
    // fraction in 0..1 shows the gauge; a negative fraction hides it.
    void setProgress(double fraction);
    void setPendingDecisions(int count);
    void setSyncState(const wxString& text);
    void setDatabase(const wxString& location);

    wxButton* syncButton() { return syncButton_; }
    wxString pendingText() const;
    wxString syncStateText() const;

private:
    void placeControls();

    wxGauge* gauge_ = nullptr;
    wxButton* syncButton_ = nullptr;
};

} // namespace diarydesk::ui
