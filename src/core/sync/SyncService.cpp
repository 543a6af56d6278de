#include "SyncService.hpp"

#include "ApplicationPuller.hpp"
#include "DecisionPusher.hpp"
#include "DiaryApiClient.hpp"
#include "HttpsClient.hpp"
#include "RetryWindow.hpp"
#include "ServerUrl.hpp"
#include "ValidationError.hpp"
#include "platform/TokenStore.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/Store.hpp"

#include <spdlog/spdlog.h>

namespace diarydesk {
namespace {

constexpr int largestPage = 500;

void requireUsable(const SyncConnection& connection, const SyncOptions& options) {
    if (connection.schoolId.empty()) throw ValidationError("не указан идентификатор школы");
    if (options.pageSize < 1 || options.pageSize > largestPage) {
        throw ValidationError("размер страницы должен быть от 1 до 500");
    }
    if (connection.token.empty()) throw ValidationError("нет токена доступа к серверу");
    normalizeToken(connection.token); // throws on characters a header cannot carry
}

} // namespace

SyncService::SyncService(Store& store, const Clock& clock, MatchService* matching)
    : store_(store)
    , clock_(clock)
    , matching_(matching) {}

SyncReport SyncService::run(const SyncConnection& connection, const SyncOptions& options,
                            const ProgressCallback& progress) {
    requireUsable(connection, options);
    HttpsClientOptions clientOptions;
    clientOptions.server = ServerUrl::parse(connection.serverUrl);
    clientOptions.caFile = connection.caFile;
    const auto client = makeHttpsClient(clientOptions);
    return run(*client, connection, options, progress);
}

SyncReport SyncService::run(HttpsClient& client, const SyncConnection& connection, const SyncOptions& options,
                            const ProgressCallback& progress) {
    requireUsable(connection, options);
    const ServerUrl server = ServerUrl::parse(connection.serverUrl);
    DiaryApiClient api(client, server.basePath, connection.schoolId, normalizeToken(connection.token));
    RetryWindow retries(clock_, options.retry, options.sleep, progress);

    SyncReport report;
    try {
        bool keepSyncing = true;
        if (options.pull) {
            ApplicationPuller puller(store_, clock_, api, retries,
                                     server.toString() + " " + connection.schoolId, progress);
            keepSyncing = puller.pull(options.pageSize, matching_, report);
        }
        if (keepSyncing && options.push) {
            DecisionPusher pusher(store_, clock_, api, retries, progress);
            pusher.push(report);
        }
        reportProgress(progress, 1.0, "синхронизация завершена");
    } catch (const OperationCancelled&) {
        report.cancelled = true;
    }
    client.disconnect();

    report.pendingDecisions = pendingDecisions();
    report.pending = static_cast<int>(report.pendingDecisions.size());
    spdlog::info(
        "sync with {} school {}: {} new, {} updated, {} delivered, {} pending, {} conflicts, {} errors{}{}",
        server.toString(), connection.schoolId, report.pulled, report.updated, report.pushed, report.pending,
        report.conflicts.size(), report.errors.size(), report.authenticationFailed ? ", token refused" : "",
        report.tlsFailed ? ", TLS refused" : "");
    return report;
}

std::vector<PendingDecision> SyncService::pendingDecisions() {
    std::vector<PendingDecision> pending;
    for (const OutboxItem& item : store_.outbox().pending()) {
        pending.push_back(
            PendingDecision{item.applicationId, item.attempts, item.lastError, item.lastHttpStatus});
    }
    return pending;
}

} // namespace diarydesk
