#include "detail/DetailPanel.hpp"

#include "app/Session.hpp"
#include "detail/CandidateList.hpp"
#include "logic/ComparisonHtml.hpp"

#include <wx/html/htmlwin.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace diarydesk::ui {

DetailPanel::DetailPanel(wxWindow* parent, Session& session)
    : wxPanel(parent, wxID_ANY)
    , session_(session) {
    html_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    html_->SetName("comparison");
    html_->SetBorders(FromDIP(8));
    candidatesTitle_ =
        new wxStaticText(this, wxID_ANY, _("Candidates: choose the pupil with keys 1-9 or a click"));
    candidatesTitle_->SetFont(candidatesTitle_->GetFont().Bold());
    candidates_ = new CandidateList(this);
    candidates_->onChosen = [this](const std::string& pupilId) {
        if (pupilId == chosenPupilId_) return;
        chosenPupilId_ = pupilId;
        render();
        if (onChosenPupilChanged) onChosenPupilChanged();
    };

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(html_, wxSizerFlags(1).Expand());
    sizer->Add(candidatesTitle_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(6)));
    sizer->Add(candidates_, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    candidates_->SetMinSize(FromDIP(wxSize(-1, 130)));
    SetSizer(sizer);
    sizer->Hide(candidatesTitle_);
    sizer->Hide(candidates_);
    html_->SetPage(placeholderHtml(_("Choose an application in the queue.")));
}

void DetailPanel::showApplication(const std::string& applicationId) {
    if (applicationId == requestedId_ && detail_ && detail_->summary.id == applicationId) return;
    requestedId_ = applicationId;
    chosenPupilId_.clear();
    if (applicationId.empty()) {
        setDetail(nullptr);
        html_->SetPage(placeholderHtml(_("No application is selected.")));
        return;
    }
    reload();
}

void DetailPanel::reload() {
    if (requestedId_.empty()) return;
    const std::string id = requestedId_;
    session_.worker().run<std::shared_ptr<ApplicationDetail>>(
        this,
        [id](JobContext& context) {
            return std::make_shared<ApplicationDetail>(loadApplicationDetail(context.store(), id));
        },
        {[this, id](std::shared_ptr<ApplicationDetail>& detail) {
             if (id != requestedId_) return; // the selection moved on meanwhile
             setDetail(detail);
         },
         [this, id](const JobFailure& failure) {
             if (id != requestedId_) return;
             setDetail(nullptr);
             html_->SetPage(placeholderHtml(failure.message));
         },
         {}});
}

void DetailPanel::setDetail(std::shared_ptr<ApplicationDetail> detail) {
    const bool sameApplication = detail && detail_ && detail->summary.id == detail_->summary.id;
    detail_ = std::move(detail);
    if (!sameApplication) chosenPupilId_.clear();
    if (detail_ && !chosenPupilId_.empty() && !detail_->candidate(chosenPupilId_)) chosenPupilId_.clear();

    const bool showCandidates =
        detail_ && !detail_->candidates.empty() && detail_->summary.verdict != Verdict::confirmed;
    candidates_->setCandidates(showCandidates ? detail_->candidates : std::vector<CandidatePupil>{});
    GetSizer()->Show(candidatesTitle_, showCandidates);
    GetSizer()->Show(candidates_, showCandidates);
    if (showCandidates) {
        const int rows = static_cast<int>(std::min<std::size_t>(detail_->candidates.size(), 9));
        candidates_->SetMinSize(wxSize(-1, FromDIP(34) + rows * FromDIP(24)));
        candidates_->markChosen(chosenPupilId_);
    }
    Layout();
    if (detail_) render();
    if (onChosenPupilChanged) onChosenPupilChanged();
    if (detail_ && onLoaded) onLoaded();
}

void DetailPanel::render() {
    if (!detail_) return;
    const int scroll = html_->GetScrollPos(wxVERTICAL);
    html_->SetPage(comparisonHtml(*detail_, pickShownPupil(*detail_, chosenPupilId_)));
    html_->Scroll(0, scroll);
}

std::optional<std::string> DetailPanel::chosenPupilId() const {
    if (chosenPupilId_.empty()) return std::nullopt;
    return chosenPupilId_;
}

bool DetailPanel::chooseCandidate(int number) {
    if (!detail_ || detail_->summary.verdict == Verdict::confirmed) return false;
    if (number < 1 ||
        static_cast<std::size_t>(number) > std::min<std::size_t>(detail_->candidates.size(), 9)) {
        return false;
    }
    chosenPupilId_ = detail_->candidates[static_cast<std::size_t>(number - 1)].match.pupilId;
    candidates_->markChosen(chosenPupilId_);
    render();
    if (onChosenPupilChanged) onChosenPupilChanged();
    return true;
}

void DetailPanel::focusCandidates() {
    if (candidates_->IsShown()) candidates_->SetFocus();
}

} // namespace diarydesk::ui
