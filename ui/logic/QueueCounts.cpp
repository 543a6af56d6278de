#include "logic/QueueCounts.hpp"

#include "logic/DisplayTexts.hpp"

namespace diarydesk::ui {

QueueCounts QueueCounts::of(const std::vector<QueueRow>& rows, StatusView chosenStatus) {
    QueueCounts counts;
    for (const QueueRow& row : rows) {
        for (const StatusView view : allStatusViews) {
            if (inStatusView(row, view)) ++counts.status_[static_cast<std::size_t>(view)];
        }
        if (!inStatusView(row, chosenStatus)) continue;
        for (const VerdictView view : allVerdictViews) {
            if (inVerdictView(row, view)) ++counts.verdict_[static_cast<std::size_t>(view)];
        }
    }
    return counts;
}

wxString QueueCounts::summaryText() const {
    wxString text;
    for (const StatusView view : allStatusViews) {
        if (view == StatusView::all) continue;
        const int count = inStatus(view);
        if (count == 0 && view != StatusView::fresh) continue;
        if (!text.empty()) text += wxString::FromUTF8(" \xC2\xB7 ");
        text += wxString::Format("%s %d", statusViewLabel(view), count);
    }
    return text;
}

} // namespace diarydesk::ui
