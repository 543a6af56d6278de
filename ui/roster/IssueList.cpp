#include "roster/IssueList.hpp"

#include "logic/WxText.hpp"
#include "roster/RosterImportTexts.hpp"

#include <wx/intl.h>

#include <algorithm>

namespace diarydesk::ui {

IssueList::IssueList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_HRULES) {
    SetName("issues");
    InsertColumn(0, _("Kind"), wxLIST_FORMAT_LEFT, FromDIP(160));
    InsertColumn(1, _("Line"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    InsertColumn(2, _("Column"), wxLIST_FORMAT_LEFT, FromDIP(130));
    InsertColumn(3, _("Reason"), wxLIST_FORMAT_LEFT, FromDIP(520));
    errorAttr_.SetTextColour(wxColour(0xB7, 0x1C, 0x1C));
}

void IssueList::setIssues(const std::vector<RosterIssue>& errors, const std::vector<RosterIssue>& warnings) {
    issues_.clear();
    issues_.reserve(errors.size() + warnings.size());
    issues_.insert(issues_.end(), errors.begin(), errors.end());
    issues_.insert(issues_.end(), warnings.begin(), warnings.end());
    entries_.clear();
    entries_.reserve(issues_.size());
    for (std::size_t i = 0; i < issues_.size(); ++i)
        entries_.push_back(Entry{i < errors.size(), &issues_[i]});
    // By line, as the file reads; on one line the error first.
    std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& left, const Entry& right) {
        if (left.issue->line != right.issue->line) return left.issue->line < right.issue->line;
        return left.error && !right.error;
    });
    SetItemCount(count());
    Refresh();
}

wxString IssueList::OnGetItemText(long item, long column) const {
    if (item < 0 || item >= count()) return {};
    const Entry& entry = entries_[static_cast<std::size_t>(item)];
    switch (column) {
    case 0:
        return entry.error ? _("Error: not imported") : _("Warning");
    case 1:
        return wxString::Format("%zu", entry.issue->line);
    case 2:
        return fromUtf8(entry.issue->column);
    case 3:
        return fromUtf8(entry.issue->message);
    default:
        return {};
    }
}

wxString IssueList::place(long row) const {
    if (row < 0 || row >= count()) return {};
    return issuePlace(*entries_[static_cast<std::size_t>(row)].issue);
}

wxItemAttr* IssueList::OnGetItemAttr(long item) const {
    if (item < 0 || item >= count() || !entries_[static_cast<std::size_t>(item)].error) return nullptr;
    return &errorAttr_;
}

} // namespace diarydesk::ui
