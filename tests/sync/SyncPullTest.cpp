#include "ApplicationJson.hpp"
#include "CatchCompat.hpp"
#include "SyncFixture.hpp"
#include "sampledata/ApplicationGenerator.hpp"
#include "sampledata/RosterGenerator.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/SettingsRepository.hpp"
#include "sync/ApplicationPuller.hpp"

#include <fstream>

using namespace diarydesk;
using namespace diarydesk::test;
using Catch::Matchers::Contains;

namespace {

bool isPull(const nlohmann::json& entry) {
    return entry["method"] == "GET";
}

// Two generated applications, then the first one again, withdrawn by the parent (version 2).
std::filesystem::path writeFeedWithWithdrawal(const std::filesystem::path& folder, bool includeWithdrawal) {
    const auto roster = sampledata::generateRoster(100, 7);
    nlohmann::json items = nlohmann::json::array();
    for (const Application& application : sampledata::generateApplications(roster, 2, 7)) {
        items.push_back(encodeApplication(application));
    }
    if (includeWithdrawal) {
        nlohmann::json withdrawn = items[0];
        withdrawn["version"] = 2;
        withdrawn["status"] = "withdrawn";
        items.push_back(withdrawn);
    }
    const std::filesystem::path file = folder / (includeWithdrawal ? "feed-withdrawn.json" : "feed.json");
    std::ofstream(file) << items.dump();
    return file;
}

} // namespace

TEST_CASE("pull pages through the applications with the cursor and stores it after each page",
          "[sync][pull]") {
    SyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "230"});
    fixture.options.pageSize = 100;

    const SyncReport first = fixture.sync(sim);
    CHECK(first.pulled == 230);
    CHECK(first.updated == 0);
    CHECK(first.pullCompleted);
    CHECK(first.errors.empty());
    CHECK(fixture.store->applications().all().size() == 230);
    CHECK(fixture.store->settings().get(ApplicationPuller::cursorKey).value_or("") == "sim1.230");

    auto journal = sim.journal();
    REQUIRE(countEntries(journal, isPull) == 3);
    CHECK(journal[0]["target"] == "/api/v1/schools/school-1/applications?limit=100");
    CHECK(journal[1]["target"] == "/api/v1/schools/school-1/applications?limit=100&cursor=sim1.100");
    CHECK(journal[2]["target"] == "/api/v1/schools/school-1/applications?limit=100&cursor=sim1.200");
    CHECK(countEntries(journal, [](const auto& entry) { return entry["connection"] != 1; }) == 0);

    // The next sync goes on from the stored cursor and finds nothing new.
    const SyncReport second = fixture.sync(sim);
    CHECK(second.pulled == 0);
    CHECK(second.pullCompleted);
    journal = sim.journal();
    CHECK(journal.back()["target"] == "/api/v1/schools/school-1/applications?limit=100&cursor=sim1.230");
}

TEST_CASE("an application seen again with a higher version replaces the stored one and cancels its unsent "
          "decision",
          "[sync][pull]") {
    SyncFixture fixture;
    fixture.options.pageSize = 2;
    const auto firstFeed = writeFeedWithWithdrawal(fixture.folder.path(), false);
    const std::string firstId = generatedId(1);
    {
        SimProcess sim(fixture.folder.path(), fixture.certificates.good,
                       {"--applications", firstFeed.string()});
        REQUIRE(fixture.pull(sim, *fixture.store).pulled == 2);
    }
    fixture.reject(*fixture.store, {firstId});

    // Another server address: the stored cursor is not reused, so the whole feed comes again.
    const auto secondFeed = writeFeedWithWithdrawal(fixture.folder.path(), true);
    SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--applications", secondFeed.string()});
    SyncOptions pullOnly = fixture.options;
    pullOnly.push = false;
    const SyncReport report = fixture.sync(sim, pullOnly, *fixture.store);
    CHECK(report.pulled == 0);
    CHECK(report.updated == 1);
    CHECK(report.cancelledDecisions == std::vector<std::string>{firstId});

    const auto stored = fixture.store->applications().find(firstId);
    REQUIRE(stored);
    CHECK(stored->version == 2);
    CHECK(stored->status == ApplicationStatus::withdrawn);
    CHECK(fixture.outboxItem(*fixture.store, firstId).state == OutboxState::cancelled);
}

TEST_CASE("an answer over 8 MiB is refused while it is read", "[sync][pull]") {
    SyncFixture fixture;
    SimProcess sim(fixture.folder.path(), fixture.certificates.good,
                   {"--generate", "3", "--pad-pages", "9000000"});
    const SyncReport report = fixture.sync(sim);
    CHECK(report.pulled == 0);
    CHECK_FALSE(report.pullCompleted);
    REQUIRE(report.errors.size() == 1);
    CHECK_THAT(report.errors[0], Contains("больше 8 МиБ"));
    CHECK(fixture.store->applications().all().empty());
}

TEST_CASE("an expired token stops the sync before any decision is sent", "[sync][pull]") {
    SyncFixture fixture;
    {
        SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "2"});
        fixture.pull(sim, *fixture.store);
    }
    fixture.reject(*fixture.store, {generatedId(1)});
    SimProcess sim(fixture.folder.path(), fixture.certificates.good, {"--generate", "2", "--expired-token"});
    const SyncReport report = fixture.sync(sim);
    CHECK(report.authenticationFailed);
    CHECK(report.pushed == 0);
    CHECK(report.pending == 1);
    CHECK(fixture.waits.empty());
    const auto journal = sim.journal();
    REQUIRE(journal.size() == 1);
    CHECK(journal[0]["status"] == 401);
    CHECK(fixture.outboxItem(*fixture.store, generatedId(1)).attempts == 0);
}
