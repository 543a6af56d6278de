#include "MatchService.hpp"

#include "ValidationError.hpp"
#include "matching/ApplicationMatcher.hpp"
#include "matching/RosterIndex.hpp"
#include "platform/Clock.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/MatchRepository.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/Store.hpp"

#include <spdlog/spdlog.h>

namespace diarydesk {

MatchService::MatchService(Store& store, const Clock& clock)
    : store_(store)
    , clock_(clock) {}

std::size_t MatchService::refreshStale(const ProgressCallback& progress) {
    auto transaction = store_.beginTransaction();
    const std::int64_t revision = store_.roster().currentRevision();
    const std::vector<Application> stale = store_.applications().needingMatch(revision);
    if (stale.empty()) return 0;
    reportProgress(progress, 0.1, "loading roster");
    const RosterIndex index(store_.roster().all());
    reportProgress(progress, 0.3, "matching");
    const std::vector<MatchResult> results = matchAll(index, stale);
    reportProgress(progress, 0.8, "saving");
    store_.matches().save(results, revision, formatRfc3339Utc(clock_.now()));
    transaction->commit();
    spdlog::info("matched {} applications against roster revision {}", results.size(), revision);
    reportProgress(progress, 1.0, "done");
    return results.size();
}

std::vector<MatchResult> MatchService::results(const std::vector<std::string>& applicationIds) {
    refreshStale();
    std::vector<std::string> ids = applicationIds;
    if (ids.empty()) {
        for (const auto& summary : store_.applications().summaries())
            ids.push_back(summary.id);
    }
    std::vector<MatchResult> results;
    for (const auto& id : ids) {
        auto result = store_.matches().find(id);
        if (!result) throw ValidationError("заявление " + id + " не найдено");
        results.push_back(std::move(*result));
    }
    return results;
}

} // namespace diarydesk
