#include "roster/JobProgressPanel.hpp"

#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace diarydesk::ui {

JobProgressPanel::JobProgressPanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY) {
    stage_ = new wxStaticText(this, wxID_ANY, {});
    stage_->SetName("job-stage");
    gauge_ = new wxGauge(this, wxID_ANY, 1000, wxDefaultPosition, FromDIP(wxSize(360, -1)));
    gauge_->SetName("job-progress");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(stage_, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(4)));
    sizer->Add(gauge_, wxSizerFlags().Expand());
    SetSizer(sizer);
    Hide();
}

void JobProgressPanel::start(const wxString& what) {
    running_ = true;
    stopping_ = false;
    stage_->SetLabel(what);
    gauge_->SetValue(0);
    Show();
    GetParent()->Layout();
}

void JobProgressPanel::update(double fraction, const wxString& stage) {
    if (!running_) return;
    if (!stage.empty() && !stopping_) stage_->SetLabel(stage);
    gauge_->SetValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * gauge_->GetRange()));
}

void JobProgressPanel::stopping() {
    stopping_ = true;
    stage_->SetLabel(_("Stopping..."));
}

void JobProgressPanel::finish() {
    running_ = false;
    Hide();
    GetParent()->Layout();
}

} // namespace diarydesk::ui
