#pragma once

#include "roster/RosterParser.hpp"

#include <wx/listctrl.h>

#include <vector>

namespace diarydesk::ui {

// The validation report as a virtual list: every error and warning in line order, with the line,
// the column and the reason, as the CLI prints them. A file of 100,000 rows with a warning on
// each costs nothing until the rows are on screen.
class IssueList : public wxListCtrl {
public:
    explicit IssueList(wxWindow* parent);

    void setIssues(const std::vector<RosterIssue>& errors, const std::vector<RosterIssue>& warnings);
    long count() const { return static_cast<long>(entries_.size()); }
    // The text of one cell, for tests: 0 kind, 1 line, 2 column, 3 reason.
    wxString text(long row, long column) const { return OnGetItemText(row, column); }
    // "line 12, «СНИЛС»".
    wxString place(long row) const;

protected:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

private:
    struct Entry {
        bool error = false;
        const RosterIssue* issue = nullptr;
    };

    std::vector<RosterIssue> issues_;
    std::vector<Entry> entries_;
    mutable wxItemAttr errorAttr_;
};

} // namespace diarydesk::ui
