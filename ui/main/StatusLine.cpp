#include "main/StatusLine.hpp"

#include "common/Icons.hpp"

#include <wx/button.h>
#include <wx/filename.h>
#include <wx/gauge.h>
#include <wx/intl.h>

namespace diarydesk::ui {
namespace {

enum Field {
    activityField,
    progressField,
    pendingField,
    syncField,
    syncButtonField,
    databaseField,
    fieldCount
};

} // namespace

StatusLine::StatusLine(wxWindow* parent)
    : wxStatusBar(parent, wxID_ANY) {
    syncButton_ = new wxButton(this, wxID_ANY, _("Sync"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    syncButton_->SetName("sync");
    syncButton_->SetBitmap(icon("sync", 16));
    syncButton_->SetToolTip(_("Synchronise with the server now (F5)"));
    const int widths[fieldCount] = {
        -3, FromDIP(120), FromDIP(190), -3, syncButton_->GetBestSize().x + FromDIP(8), -2};
    SetFieldsCount(fieldCount, widths);
    SetMinHeight(syncButton_->GetBestSize().y);
    gauge_ = new wxGauge(this, wxID_ANY, 1000);
    gauge_->Hide();
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        placeControls();
        event.Skip();
    });
    setPendingDecisions(0);
    setSyncState(_("Sync: not set up"));
}

void StatusLine::placeControls() {
    wxRect rect;
    if (GetFieldRect(progressField, rect)) gauge_->SetSize(rect.Deflate(FromDIP(2)));
    if (GetFieldRect(syncButtonField, rect)) syncButton_->SetSize(rect);
}

void StatusLine::setActivity(const wxString& text) {
    SetStatusText(text, activityField);
}

void StatusLine::setProgress(double fraction) {
    if (fraction < 0) {
        gauge_->Hide();
        return;
    }
    placeControls();
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

wxString StatusLine::pendingText() const {
    return GetStatusText(pendingField);
}

wxString StatusLine::syncStateText() const {
    return GetStatusText(syncField);
}

} // namespace diarydesk::ui
