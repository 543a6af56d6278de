#include "logic/QueueSorter.hpp"

#include <algorithm>
#include <tuple>

namespace diarydesk::ui {
namespace {

// Verdicts from the least to the most work for staff; unmatched last.
int verdictRank(const std::optional<Verdict>& verdict) {
    if (!verdict) return 5;
    switch (*verdict) {
    case Verdict::confirmed:
        return 0;
    case Verdict::probable:
        return 1;
    case Verdict::ambiguous:
        return 2;
    case Verdict::conflict:
        return 3;
    case Verdict::notFound:
        return 4;
    }
    return 5;
}

// "5Б" before "10А": by the class number, then the letter.
std::tuple<int, std::string> classKey(const std::string& className) {
    int grade = 0;
    std::size_t digits = 0;
    while (digits < className.size() && className[digits] >= '0' && className[digits] <= '9') {
        grade = grade * 10 + (className[digits] - '0');
        ++digits;
    }
    return {className.empty() ? 1000 : grade, className.substr(digits)};
}

// Negative, zero or positive like strcmp, for one column.
int compareColumn(const QueueRow& a, const QueueRow& b, QueueColumn column) {
    const auto three = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case QueueColumn::submitted:
        return three(a.summary.submittedAt, b.summary.submittedAt);
    case QueueColumn::child:
        return three(a.childSortKey, b.childSortKey);
    case QueueColumn::birthDate:
        return three(a.summary.childBirthDate, b.summary.childBirthDate);
    case QueueColumn::className:
        return three(classKey(a.shownClass()), classKey(b.shownClass()));
    case QueueColumn::applicant:
        return three(a.applicantSortKey, b.applicantSortKey);
    case QueueColumn::verdict:
        return three(verdictRank(a.summary.verdict), verdictRank(b.summary.verdict));
    case QueueColumn::status:
        return three(static_cast<int>(a.summary.status), static_cast<int>(b.summary.status));
    case QueueColumn::id:
        return three(a.summary.id, b.summary.id);
    }
    return 0;
}

} // namespace

void sortQueue(std::vector<std::uint32_t>& indices, const std::vector<QueueRow>& rows, QueueColumn column,
               bool ascending) {
    std::stable_sort(indices.begin(), indices.end(), [&](std::uint32_t left, std::uint32_t right) {
        const int order = compareColumn(rows[left], rows[right], column);
        if (order != 0) return ascending ? order < 0 : order > 0;
        return left < right; // rows arrive in queue order
    });
}

} // namespace diarydesk::ui
