#include "logic/QueueRow.hpp"

#include "logic/SearchText.hpp"
#include "text/NameNormaliser.hpp"

namespace diarydesk::ui {

const std::string& QueueRow::shownClass() const {
    return summary.matchedPupilClass.empty() ? summary.statedClass : summary.matchedPupilClass;
}

bool QueueRow::needsCheck() const {
    return summary.status == QueueStatus::fresh && summary.verdict != Verdict::confirmed;
}

QueueRow makeQueueRow(ApplicationSummary summary) {
    QueueRow row;
    row.childSortKey = normaliseName(summary.child.full());
    row.applicantSortKey = normaliseName(summary.applicant.full());
    row.textKey = row.childSortKey + '\n' + row.applicantSortKey + '\n' + normaliseSearchText(summary.id);
    row.digitsKey = digitsOf(summary.childSnils) + '\n' + digitsOf(summary.id) + '\n' +
                    digitsOf(summary.childBirthDate.display());
    row.summary = std::move(summary);
    return row;
}

std::vector<QueueRow> makeQueueRows(std::vector<ApplicationSummary> summaries) {
    std::vector<QueueRow> rows;
    rows.reserve(summaries.size());
    for (auto& summary : summaries)
        rows.push_back(makeQueueRow(std::move(summary)));
    return rows;
}

} // namespace diarydesk::ui
