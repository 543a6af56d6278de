#include "main/StatusLine.hpp"

#include <wx/filename.h>
#include <wx/gauge.h>
#include <wx/intl.h>

namespace diarydesk::ui {
namespace {

enum Field { activityField, progressField, pendingField, syncField, databaseField, fieldCount };

} // namespace

StatusLine::StatusLine(wxWindow* parent)
    : wxStatusBar(parent, wxID_ANY) {
    const int widths[fieldCount] = {-3, FromDIP(120), FromDIP(190), -2, -2};
    SetFieldsCount(fieldCount, widths);
    gauge_ = new wxGauge(this, wxID_ANY, 1000);
    gauge_->Hide();
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        placeGauge();
        event.Skip();
    });
    setPendingDecisions(0);
    setSyncState(_("Sync: not set up"));
}

void StatusLine::placeGauge() {
    wxRect rect;
    if (GetFieldRect(progressField, rect)) gauge_->SetSize(rect.Deflate(FromDIP(2)));
}

void StatusLine::setActivity(const wxString& text) {
    SetStatusText(text, activityField);
}

void StatusLine::setProgress(double fraction) {
    if (fraction < 0) {
        gauge_->Hide();
        return;
    }
    placeGauge();
    gauge_->SetValue(static_cast<int>(fraction * 1000));
    gauge_->Show();
}

void StatusLine::setPendingDecisions(int count) {
    SetStatusText(wxString::Format(_("Waiting to be sent: %d"), count), pendingField);
}

void StatusLine::setSyncState(const wxString& text) {
    SetStatusText(text, syncField);
}

void StatusLine::setDatabase(const wxString& location) {
    SetStatusText(wxString::Format(_("Database: %s"), wxFileName(location).GetFullName()), databaseField);
}

} // namespace diarydesk::ui
