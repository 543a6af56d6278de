#pragma once

#include "services/ClassAccessService.hpp"

#include <wx/listctrl.h>

#include <vector>

namespace diarydesk::ui {

// The pupils of one class with their parents' access, as a virtual list: №, pupil, date of
// birth, access (in its colour), and who applied.
class PupilAccessList : public wxListCtrl {
public:
    explicit PupilAccessList(wxWindow* parent);

    void setPupils(std::vector<PupilAccess> pupils);
    const std::vector<PupilAccess>& pupils() const { return pupils_; }
    // The text of one cell, for tests as well.
    wxString text(long row, long column) const { return OnGetItemText(row, column); }

protected:
    wxString OnGetItemText(long item, long column) const override;
    int OnGetItemImage(long item) const override;
    int OnGetItemColumnImage(long item, long column) const override;

private:
    std::vector<PupilAccess> pupils_;
};

} // namespace diarydesk::ui
