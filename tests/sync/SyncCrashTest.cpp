#include "CatchCompat.hpp"
#include "CliProcess.hpp"
#include "SimProcess.hpp"
#include "SyncFixture.hpp"
#include "TempDir.hpp"
#include "TestCertificates.hpp"
#include "platform/Clock.hpp"
#include "services/DecisionService.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <chrono>
#include <map>
#include <set>
#include <signal.h>
#include <thread>

using namespace diarydesk;
using namespace diarydesk::test;

namespace {

constexpr int decisionCount = 40;

long appliedSoFar(const SimProcess& sim) {
    return countEntries(sim.journal(), [](const auto& entry) { return entry["applied"] == true; });
}

// Waits until the simulator has applied `count` decisions, then kills the client outright.
void killWhenApplied(SpawnedProcess& client, const SimProcess& sim, long count) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (appliedSoFar(sim) < count && client.running() && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    client.signal(SIGKILL);
    CHECK(client.wait() == 128 + SIGKILL);
}

} // namespace

TEST_CASE("a client killed in the middle of a push and restarted delivers every decision exactly once",
          "[sync][cli][crash]") {
    TempDir folder;
    const TestCertificates certificates(folder.path());
    const CliProcess cli(folder / "home");
    const auto tokenFile = writeTokenFile(folder.path());
    // Latency keeps requests in flight long enough to be cut; some connections are also cut by
    // the server after it applied a decision.
    SimProcess sim(
        folder.path(), certificates.good,
        {"--generate", std::to_string(decisionCount), "--latency", "15", "--drop-after-apply-rate", "0.1"});
    const auto sync = syncCommand(sim.url(), certificates.trustedCa, tokenFile);
    REQUIRE(cli.run(sync).exitCode == 0);
    {
        const auto store = openStore(cli.database().string());
        SystemClock clock;
        DecisionService decisions(*store, clock);
        for (int number = 1; number <= decisionCount; ++number) {
            DecisionRequest request;
            request.applicationId = generatedId(number);
            request.kind = DecisionKind::rejected;
            request.reason = ReasonCode::dataMismatch;
            request.user = "Секретарь Петрова Н. В.";
            decisions.decide(request);
        }
    }

    for (const long killAt : {8L, 20L}) {
        auto client = cli.start(sync, folder / "killed-client.txt");
        killWhenApplied(*client, sim, killAt);
    }
    REQUIRE(appliedSoFar(sim) < decisionCount);

    const CliResult last = cli.run(sync);
    INFO(last.out << last.err);
    CHECK(last.exitCode == 0);
    CHECK(nlohmann::json::parse(last.out)["pending"] == 0);

    // Every application got exactly one decision applied, always under the same key.
    std::map<std::string, int> applied;
    std::map<std::string, std::set<std::string>> keys;
    for (const auto& entry : sim.journal()) {
        if (entry["method"] != "POST") continue;
        CHECK(entry["status"] != 409);
        keys[entry["application"]].insert(entry["key"].get<std::string>());
        if (entry["applied"] == true) ++applied[entry["application"]];
    }
    CHECK(applied.size() == decisionCount);
    for (const auto& [id, count] : applied) {
        INFO(id);
        CHECK(count == 1);
        CHECK(keys[id].size() == 1);
    }

    const auto store = openStore(cli.database().string());
    CHECK(store->outbox().countPending() == 0);
}
