#include "SyncFixture.hpp"

#include "services/DecisionService.hpp"
#include "storage/DecisionRepository.hpp"
#include "storage/StoreLocation.hpp"

#include <cstdio>
#include <numeric>
#include <stdexcept>

namespace diarydesk::test {

std::string generatedId(int number) {
    char id[32];
    std::snprintf(id, sizeof id, "A-2026-%06d", number);
    return id;
}

SyncFixture::SyncFixture()
    : store(openStore((folder / "diarydesk.sqlite").string())) {
    options.retry.initialBackoff = std::chrono::milliseconds(100);
    options.retry.maxBackoff = std::chrono::milliseconds(2'000);
    options.retry.retryBudget = std::chrono::milliseconds(20'000);
    options.sleep = [this](std::chrono::milliseconds pause) {
        waits.push_back(pause);
        clock.advance(pause);
    };
}

SyncConnection SyncFixture::connectionTo(const SimProcess& sim) const {
    return SyncConnection{sim.url(), SimProcess::school, SimProcess::token, certificates.trustedCa};
}

SyncReport SyncFixture::sync(const SimProcess& sim, const SyncOptions& syncOptions, Store& database) {
    SyncService service(database, clock);
    return service.run(connectionTo(sim), syncOptions);
}

SyncReport SyncFixture::pull(const SimProcess& sim, Store& database) {
    SyncOptions pullOnly = options;
    pullOnly.push = false;
    return sync(sim, pullOnly, database);
}

void SyncFixture::reject(Store& database, const std::vector<std::string>& ids) {
    DecisionService decisions(database, clock);
    for (const std::string& id : ids) {
        DecisionRequest request;
        request.applicationId = id;
        request.kind = DecisionKind::rejected;
        request.reason = ReasonCode::dataMismatch;
        request.user = "Секретарь Петрова Н. В.";
        decisions.decide(request);
    }
}

OutboxItem SyncFixture::outboxItem(Store& database, const std::string& applicationId) {
    const auto decision = database.decisions().forApplication(applicationId);
    if (!decision) throw std::runtime_error("no decision on " + applicationId);
    const auto item = database.outbox().find(decision->id);
    if (!item) throw std::runtime_error("no outbox entry for " + applicationId);
    return *item;
}

std::chrono::milliseconds SyncFixture::waited() const {
    return std::accumulate(waits.begin(), waits.end(), std::chrono::milliseconds(0));
}

} // namespace diarydesk::test
