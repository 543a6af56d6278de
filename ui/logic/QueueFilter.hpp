#pragma once

#include "logic/QueueRow.hpp"
#include "logic/SearchText.hpp"

#include <optional>
#include <string_view>

namespace diarydesk::ui {

// The status views of the queue, as the filter box offers them.
enum class StatusView {
    all,
    fresh,      // new: not decided yet
    needsCheck, // new, and matching did not confirm it
    decided,    // decided here, not yet sent
    sent,
    problems, // the server answered with a conflict or refused the decision
    withdrawn,
};

// The verdict views; `unmatched` is an application matching has not looked at yet.
enum class VerdictView { all, confirmed, probable, ambiguous, conflict, notFound, unmatched };

inline constexpr StatusView allStatusViews[] = {
    StatusView::all,  StatusView::fresh,    StatusView::needsCheck, StatusView::decided,
    StatusView::sent, StatusView::problems, StatusView::withdrawn};
inline constexpr VerdictView allVerdictViews[] = {
    VerdictView::all,      VerdictView::confirmed, VerdictView::probable, VerdictView::ambiguous,
    VerdictView::conflict, VerdictView::notFound,  VerdictView::unmatched};

bool inStatusView(const QueueRow& row, StatusView view);
bool inVerdictView(const QueueRow& row, VerdictView view);

std::string_view toString(StatusView view); // stable names for the settings file
std::optional<StatusView> statusViewFromString(std::string_view name);

// What the queue shows: a status view, a verdict view and the search box's text.
class QueueFilter {
public:
    void setStatus(StatusView view) { status_ = view; }
    void setVerdict(VerdictView view) { verdict_ = view; }
    void setSearch(std::string_view typed) { query_ = parseSearchQuery(typed); }

    StatusView status() const { return status_; }
    VerdictView verdict() const { return verdict_; }

    bool matches(const QueueRow& row) const;
    bool matchesSearch(const QueueRow& row) const;

private:
    StatusView status_ = StatusView::fresh;
    VerdictView verdict_ = VerdictView::all;
    SearchQuery query_;
};

} // namespace diarydesk::ui
