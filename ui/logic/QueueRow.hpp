#pragma once

#include "storage/ApplicationSummary.hpp"

#include <string>
#include <vector>

namespace diarydesk::ui {

// One application in the queue with what filtering and sorting need prepared once, on the worker
// that loaded it, so that a keystroke in the search box only scans ready-made keys.
struct QueueRow {
    ApplicationSummary summary;
    std::string textKey;   // normalised child and applicant names and the application id
    std::string digitsKey; // the child's SNILS digits, the digits of the id and of the birth date
    std::string childSortKey;
    std::string applicantSortKey;

    // The class to show: the roster's class of the matched pupil, else what the parent stated.
    const std::string& shownClass() const;
    // New, and needs more than a glance: matching did not confirm it.
    bool needsCheck() const;
};

QueueRow makeQueueRow(ApplicationSummary summary);
std::vector<QueueRow> makeQueueRows(std::vector<ApplicationSummary> summaries);

} // namespace diarydesk::ui
