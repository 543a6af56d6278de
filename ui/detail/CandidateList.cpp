#include "detail/CandidateList.hpp"

#include "logic/DisplayTexts.hpp"
#include "logic/WxText.hpp"

#include <wx/intl.h>

#include <cmath>

namespace diarydesk::ui {

CandidateList::CandidateList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES) {
    SetName("candidates");
    AppendColumn(_("Key"), wxLIST_FORMAT_LEFT, FromDIP(45));
    AppendColumn(_("Pupil"), wxLIST_FORMAT_LEFT, FromDIP(230));
    AppendColumn(_("Born"), wxLIST_FORMAT_LEFT, FromDIP(95));
    AppendColumn(_("Class"), wxLIST_FORMAT_LEFT, FromDIP(55));
    AppendColumn(_("SNILS"), wxLIST_FORMAT_LEFT, FromDIP(120));
    AppendColumn(_("Score"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    AppendColumn(_("Note"), wxLIST_FORMAT_LEFT, FromDIP(150));
    Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        const long row = event.GetIndex();
        if (row >= 0 && static_cast<std::size_t>(row) < pupilIds_.size() && onChosen)
            onChosen(pupilIds_[row]);
    });
}

void CandidateList::setCandidates(const std::vector<CandidatePupil>& candidates) {
    DeleteAllItems();
    pupilIds_.clear();
    long row = 0;
    for (const CandidatePupil& candidate : candidates) {
        if (row >= 9) break;
        pupilIds_.push_back(candidate.match.pupilId);
        InsertItem(row, wxString::Format("%ld", row + 1));
        if (candidate.pupil) {
            const Pupil& pupil = *candidate.pupil;
            SetItem(row, 1, fromUtf8(pupil.name.full()));
            SetItem(row, 2, fromUtf8(pupil.birthDate.display()));
            SetItem(row, 3, fromUtf8(pupil.className));
            SetItem(row, 4, snilsDisplay(pupil.snils));
        } else {
            SetItem(row, 1, fromUtf8(candidate.match.pupilId));
        }
        SetItem(row, 5, wxString::Format("%d%%", static_cast<int>(std::lround(candidate.match.score * 100))));
        if (!candidate.match.pupilPresent || (candidate.pupil && !candidate.pupil->present)) {
            SetItem(row, 6, _("has left the school"));
            SetItemTextColour(row, wxColour(0x80, 0x80, 0x80));
        }
        ++row;
    }
}

void CandidateList::markChosen(const std::string& pupilId) {
    for (std::size_t row = 0; row < pupilIds_.size(); ++row) {
        const bool chosen = pupilIds_[row] == pupilId;
        SetItemState(static_cast<long>(row), chosen ? wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED : 0,
                     wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        if (chosen) EnsureVisible(static_cast<long>(row));
    }
}

} // namespace diarydesk::ui
