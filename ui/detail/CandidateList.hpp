#pragma once

#include "logic/ApplicationDetail.hpp"

#include <wx/listctrl.h>

#include <functional>
#include <string>
#include <vector>

namespace diarydesk::ui {

// The candidate pupils of an unsettled match, numbered 1-9 for the keyboard, with their data,
// score and whether they have left the school. Selecting one chooses it.
class CandidateList : public wxListCtrl {
public:
    explicit CandidateList(wxWindow* parent);

    void setCandidates(const std::vector<CandidatePupil>& candidates);
    // Marks the row of this pupil selected (no notification); -1 when not listed.
    void markChosen(const std::string& pupilId);

    std::function<void(const std::string& pupilId)> onChosen;

private:
    std::vector<std::string> pupilIds_;
};

} // namespace diarydesk::ui
