#include "sync/SyncJob.hpp"

#include "common/JobContext.hpp"
#include "platform/TokenStore.hpp"
#include "services/MatchService.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/Store.hpp"
#include "sync/SyncService.hpp"
#include "sync/SyncSettings.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace diarydesk::ui {

bool syncIsSetUp(JobContext& context, const std::filesystem::path& tokenFolder) {
    const SyncSettings settings = SyncSettings::load(context.store().settings());
    if (settings.serverUrl.empty() || settings.schoolId.empty()) return false;
    return std::filesystem::exists(TokenStore(tokenFolder).file());
}

SyncOutcome runSyncJob(JobContext& context, const SyncRequest& request) {
    Store& store = context.store();
    const SyncSettings settings = SyncSettings::load(store.settings());
    SyncOutcome outcome;
    std::optional<std::string> token;
    if (!settings.serverUrl.empty() && !settings.schoolId.empty())
        token = TokenStore(request.tokenFolder).load();
    if (!token) {
        outcome.pending = store.outbox().countPending();
        return outcome;
    }
    outcome.setUp = true;
    SyncConnection connection;
    connection.serverUrl = settings.serverUrl;
    connection.schoolId = settings.schoolId;
    connection.caFile = settings.caFile;
    connection.token = std::move(*token);
    SyncOptions options;
    options.retry.retryBudget = request.retryBudget;
    MatchService matching(store, context.clock());
    outcome.report =
        SyncService(store, context.clock(), &matching).run(connection, options, context.progress());
    outcome.pending = outcome.report.pending;
    return outcome;
}

} // namespace diarydesk::ui
