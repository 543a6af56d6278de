#pragma once

#include "ManualClock.hpp"
#include "SimProcess.hpp"
#include "TempDir.hpp"
#include "TestCertificates.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/Store.hpp"
#include "sync/SyncService.hpp"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace diarydesk::test {

// "A-2026-000007": the id of the n-th application the simulator generates.
std::string generatedId(int number);

// A real SQLite database, fresh certificates, and sync options whose waits only move a manual
// clock (recorded in `waits`), so retries and Retry-After take no real time.
struct SyncFixture {
    SyncFixture();

    SyncConnection connectionTo(const SimProcess& sim) const;
    SyncReport sync(const SimProcess& sim) { return sync(sim, options, *store); }
    SyncReport sync(const SimProcess& sim, const SyncOptions& syncOptions, Store& database);
    // Pulls what the simulator has, pushing nothing.
    SyncReport pull(const SimProcess& sim, Store& database);

    // Rejects the applications (data_mismatch) as staff would: decision, outbox entry and audit row
    // in one transaction.
    void reject(Store& database, const std::vector<std::string>& ids);
    OutboxItem outboxItem(Store& database, const std::string& applicationId);
    std::chrono::milliseconds waited() const;

    TempDir folder;
    TestCertificates certificates{folder.path()};
    std::unique_ptr<Store> store;
    ManualClock clock;
    std::vector<std::chrono::milliseconds> waits;
    SyncOptions options;
};

} // namespace diarydesk::test
