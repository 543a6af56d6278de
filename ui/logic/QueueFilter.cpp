#include "logic/QueueFilter.hpp"

#include <array>
#include <utility>

namespace diarydesk::ui {
namespace {

constexpr std::array<std::pair<StatusView, std::string_view>, 7> statusViewNames{{
    {StatusView::all, "all"},
    {StatusView::fresh, "new"},
    {StatusView::needsCheck, "needs_check"},
    {StatusView::decided, "decided"},
    {StatusView::sent, "sent"},
    {StatusView::problems, "problems"},
    {StatusView::withdrawn, "withdrawn"},
}};

} // namespace

bool inStatusView(const QueueRow& row, StatusView view) {
    const QueueStatus status = row.summary.status;
    switch (view) {
    case StatusView::all:
        return true;
    case StatusView::fresh:
        return status == QueueStatus::fresh;
    case StatusView::needsCheck:
        return row.needsCheck();
    case StatusView::decided:
        return status == QueueStatus::decided;
    case StatusView::sent:
        return status == QueueStatus::sent;
    case StatusView::problems:
        return status == QueueStatus::conflict || status == QueueStatus::failed;
    case StatusView::withdrawn:
        return status == QueueStatus::withdrawn;
    }
    return false;
}

bool inVerdictView(const QueueRow& row, VerdictView view) {
    const std::optional<Verdict>& verdict = row.summary.verdict;
    switch (view) {
    case VerdictView::all:
        return true;
    case VerdictView::confirmed:
        return verdict == Verdict::confirmed;
    case VerdictView::probable:
        return verdict == Verdict::probable;
    case VerdictView::ambiguous:
        return verdict == Verdict::ambiguous;
    case VerdictView::conflict:
        return verdict == Verdict::conflict;
    case VerdictView::notFound:
        return verdict == Verdict::notFound;
    case VerdictView::unmatched:
        return !verdict.has_value();
    }
    return false;
}

std::string_view toString(StatusView view) {
    for (const auto& [candidate, name] : statusViewNames) {
        if (candidate == view) return name;
    }
    return "new";
}

std::optional<StatusView> statusViewFromString(std::string_view name) {
    for (const auto& [view, candidate] : statusViewNames) {
        if (candidate == name) return view;
    }
    return std::nullopt;
}

bool QueueFilter::matchesSearch(const QueueRow& row) const {
    if (!query_.digits.empty()) return row.digitsKey.find(query_.digits) != std::string::npos;
    for (const std::string& word : query_.words) {
        if (row.textKey.find(word) == std::string::npos) return false;
    }
    return true;
}

bool QueueFilter::matches(const QueueRow& row) const {
    return inStatusView(row, status_) && inVerdictView(row, verdict_) && matchesSearch(row);
}

} // namespace diarydesk::ui
