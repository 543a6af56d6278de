#include "CatchCompat.hpp"
#include "SyncFixture.hpp"
#include "ValidationError.hpp"
#include "services/DecisionService.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/AuditLog.hpp"
#include "storage/StoreLocation.hpp"

#include <set>

using namespace diarydesk;
using namespace diarydesk::test;
using namespace std::chrono_literals;

namespace {

bool isDecision(const nlohmann::json& entry) {
    return entry["method"] == "POST";
}

std::vector<nlohmann::json> decisionsOn(const std::vector<nlohmann::json>& journal, const std::string& id) {
    std::vector<nlohmann::json> entries;
    for (const auto& entry : journal) {
        if (isDecision(entry) && entry.value("application", "") == id) entries.push_back(entry);
    }
    return entries;
}

// Pulls the simulator's applications and rejects the first `count` of them.
std::vector<std::string> pullAndReject(SyncFixture& fixture, const SimProcess& sim, int count) {
    REQUIRE(fixture.pull(sim, *fixture.store).pullCompleted);
    std::vector<std::string> ids;
    for (int number = 1; number <= count; ++number)
        ids.push_back(generatedId(number));
    fixture.reject(*fixture.store, ids);
    return ids;
}

} // namespace

TEST_CASE("503 answers are retried with exponential back-off and jitter until delivered", "[sync][push]") {
    SyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good,
                   {"--generate", "5", "--fail-first", "3"});
    const auto ids = pullAndReject(fixture, sim, 5);

    const SyncReport report = fixture.sync(sim);
    CHECK(report.pushed == 5);
    CHECK(report.pending == 0);
    CHECK(report.errors.empty());

    // Waits of 100·2^(n-1) ms, half fixed and half random, counted in 200 ms slices.
    CHECK(fixture.waited() >= 50ms + 100ms + 200ms);
    CHECK(fixture.waited() <= 100ms + 200ms + 400ms);

    const auto journal = sim.journal();
    const auto first = decisionsOn(journal, ids[0]);
    REQUIRE(first.size() == 4);
    for (int attempt = 0; attempt < 3; ++attempt)
        CHECK(first[attempt]["status"] == 503);
    CHECK(first[3]["status"] == 200);
    std::set<std::string> keys;
    for (const auto& entry : first)
        keys.insert(entry["key"].get<std::string>());
    CHECK(keys.size() == 1);
    CHECK(keys.count(fixture.outboxItem(*fixture.store, ids[0]).idempotencyKey) == 1);
    CHECK(fixture.outboxItem(*fixture.store, ids[0]).attempts == 4);
    for (const auto& id : ids)
        CHECK(fixture.outboxItem(*fixture.store, id).state == OutboxState::delivered);
    CHECK(countEntries(journal, [](const auto& entry) { return entry["applied"] == true; }) == 5);
}

TEST_CASE("a connection cut after the server applied a decision is retried and answered from the idempotency "
          "record",
          "[sync][push]") {
    SyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good,
                   {"--generate", "2", "--drop-after-apply-first", "1"});
    const auto ids = pullAndReject(fixture, sim, 2);

    const SyncReport report = fixture.sync(sim);
    CHECK(report.pushed == 2);
    CHECK(report.pending == 0);

    const auto entries = decisionsOn(sim.journal(), ids[0]);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0]["applied"] == true);
    CHECK(entries[0]["fault"] == "cut_after_apply");
    CHECK(entries[1]["replay"] == true);
    CHECK(entries[1]["applied"] == false);
    CHECK(entries[1]["status"] == 200);
    CHECK(entries[1]["key"] == entries[0]["key"]);
    CHECK(entries[1]["connection"] != entries[0]["connection"]);
    CHECK(fixture.outboxItem(*fixture.store, ids[0]).state == OutboxState::delivered);
    CHECK(fixture.store->applications().summary(ids[0])->status == QueueStatus::sent);
}

TEST_CASE("429 waits the Retry-After the server asks for", "[sync][push]") {
    SyncFixture fixture;
    // Every third request is answered 429 with Retry-After: 2 — the first pull, then a decision.
    SimProcess sim(
        fixture.folder.path(), fixture.certificates.good,
        {"--generate", "2", "--rate-limit-burst", "1", "--rate-limit-period", "3", "--retry-after", "2"});
    const auto ids = pullAndReject(fixture, sim, 2);
    fixture.waits.clear();

    const SyncReport report = fixture.sync(sim);
    CHECK(report.pushed == 2);
    CHECK(fixture.waited() == 2000ms);
    const auto entries = decisionsOn(sim.journal(), ids[0]);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0]["status"] == 429);
    CHECK(entries[1]["status"] == 200);
    CHECK(entries[1]["key"] == entries[0]["key"]);
}

TEST_CASE("409: the server's status is recorded locally and the user is told", "[sync][push]") {
    SyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "1"});
    const std::string id = generatedId(1);
    // Another workstation with its own database decides first.
    auto otherDesk = openStore((fixture.folder / "other-desk.sqlite").string());
    fixture.pull(sim, *otherDesk);
    fixture.reject(*otherDesk, {id});
    REQUIRE(fixture.sync(sim, fixture.options, *otherDesk).pushed == 1);

    pullAndReject(fixture, sim, 1);
    const SyncReport report = fixture.sync(sim);
    CHECK(report.pushed == 0);
    CHECK(report.pending == 0);
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts[0].applicationId == id);
    CHECK(report.conflicts[0].serverStatus == "rejected");
    CHECK(report.conflicts[0].serverVersion == 2);
    CHECK(fixture.outboxItem(*fixture.store, id).state == OutboxState::conflict);
    CHECK(fixture.outboxItem(*fixture.store, id).lastHttpStatus == 409);
    const auto stored = fixture.store->applications().find(id);
    CHECK(stored->status == ApplicationStatus::rejected);
    CHECK(stored->version == 2);
    const auto audit = fixture.store->audit().forApplication(id);
    CHECK(std::any_of(audit.begin(), audit.end(),
                      [](const AuditEntry& entry) { return entry.action == "decision_conflict"; }));
}

TEST_CASE("400 is shown and not retried", "[sync][push]") {
    SyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "2"});
    const auto ids = pullAndReject(fixture, sim, 2);
    const OutboxItem broken = fixture.outboxItem(*fixture.store, ids[0]);
    fixture.store->outbox().replacePending(broken.decisionId, broken.idempotencyKey,
                                           R"({"decision":"maybe"})");

    const SyncReport report = fixture.sync(sim);
    CHECK(report.pushed == 1);
    CHECK(report.refused == std::vector<std::string>{ids[0]});
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].find("400 bad_request") != std::string::npos);
    CHECK(fixture.waits.empty());
    CHECK(decisionsOn(sim.journal(), ids[0]).size() == 1);
    CHECK(fixture.outboxItem(*fixture.store, ids[0]).state == OutboxState::refused);
}

TEST_CASE("a run retries for its budget only, then leaves the decision pending and final", "[sync][push]") {
    SyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "1"});
    pullAndReject(fixture, sim, 1);
    sim.stop();
    SimProcess failing(fixture.folder.path(), fixture.certificates.good,
                       {"--generate", "1", "--fail-rate", "1"});
    fixture.options.retry.retryBudget = 5s;
    fixture.options.pull = false;
    fixture.waits.clear();

    const SyncReport report = fixture.sync(failing);
    CHECK(report.retriesExhausted);
    CHECK(report.pending == 1);
    CHECK(report.pushed == 0);
    CHECK(fixture.waited() <= 5s);
    const OutboxItem item = fixture.outboxItem(*fixture.store, generatedId(1));
    CHECK(item.attempts >= 3);
    CHECK_FALSE(item.firstAttemptAt.empty());

    // Sending began: the decision can no longer be changed, only answered by the server.
    DecisionRequest change;
    change.applicationId = generatedId(1);
    change.kind = DecisionKind::rejected;
    change.reason = ReasonCode::pupilNotFound;
    change.user = "Секретарь Петрова Н. В.";
    CHECK_THROWS_AS(DecisionService(*fixture.store, fixture.clock).decide(change), ValidationError);
}

TEST_CASE("an unreachable server leaves decisions pending and still changeable", "[sync][push]") {
    SyncFixture fixture;
    std::string url;
    {
        SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "1"});
        pullAndReject(fixture, sim, 1);
        url = sim.url();
    }
    fixture.options.retry.retryBudget = 2s;
    SyncService service(*fixture.store, fixture.clock);
    const SyncReport report = service.run(
        SyncConnection{url, SimProcess::school, SimProcess::token, fixture.certificates.trustedCa},
        fixture.options);
    CHECK(report.retriesExhausted);
    CHECK_FALSE(report.serverReachable);
    CHECK(report.pending == 1);
    const OutboxItem item = fixture.outboxItem(*fixture.store, generatedId(1));
    CHECK(item.attempts == 0);
    CHECK(item.firstAttemptAt.empty());
}
