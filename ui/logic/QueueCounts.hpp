#pragma once

#include "logic/QueueFilter.hpp"

#include <wx/string.h>

#include <array>
#include <vector>

namespace diarydesk::ui {

// How many applications each status view holds, and each verdict view within the chosen status
// view, for the filter boxes and the counts line above the queue.
class QueueCounts {
public:
    static QueueCounts of(const std::vector<QueueRow>& rows, StatusView chosenStatus);

    int inStatus(StatusView view) const { return status_[static_cast<std::size_t>(view)]; }
    int inVerdict(VerdictView view) const { return verdict_[static_cast<std::size_t>(view)]; }

    // "New 12 · Need checking 3 · Sent 140": the views with something in them, New always.
    wxString summaryText() const;

private:
    std::array<int, std::size(allStatusViews)> status_{};
    std::array<int, std::size(allVerdictViews)> verdict_{};
};

} // namespace diarydesk::ui
