#include "CatchCompat.hpp"

#include "ManualClock.hpp"
#include "Samples.hpp"
#include "TestDatabase.hpp"
#include "ValidationError.hpp"
#include "services/ApplicationIntakeService.hpp"
#include "services/DecisionService.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/AuditLog.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/RosterRepository.hpp"

using namespace diarydesk;
using namespace diarydesk::test;
using nlohmann::json;

namespace {

struct IntakeFixture {
    TestDatabase database;
    std::unique_ptr<Store> store = database.open();
    ManualClock clock;
    ApplicationIntakeService intake{*store, clock};

    IntakeReport importJson(const json& document) {
        const auto file = database.folder() / "applications.json";
        writeFile(file, document.dump(2));
        return intake.importFile(file);
    }
};

json applicationJson(const std::string& id, int version, const std::string& status = "submitted") {
    Application item = application(id, version, "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1),
                                   validSnils("123456789"));
    item.status = *applicationStatusFromString(status);
    return encodeApplication(item);
}

} // namespace

TEST_CASE("applications are taken from an array or an object with items", "[intake]") {
    IntakeFixture fixture;
    const bool wrapped = GENERATE(false, true);
    const json list = json::array({applicationJson("A-1", 1), applicationJson("A-2", 1)});
    const auto report = fixture.importJson(wrapped ? json{{"items", list}, {"has_more", false}} : list);
    CHECK(report.added == 2);
    CHECK(report.errors.empty());
    CHECK(fixture.store->applications().all().size() == 2);
}

TEST_CASE("the same file twice changes nothing", "[intake]") {
    IntakeFixture fixture;
    const json list = json::array({applicationJson("A-1", 1), applicationJson("A-2", 3)});
    fixture.importJson(list);
    const auto before = fixture.store->applications().all();
    const auto second = fixture.importJson(list);
    CHECK(second.added == 0);
    CHECK(second.updated == 0);
    CHECK(second.unchanged == 2);
    CHECK(fixture.store->applications().all() == before);
}

TEST_CASE("a higher version replaces a lower one, never the reverse", "[intake]") {
    IntakeFixture fixture;
    fixture.importJson(json::array({applicationJson("A-1", 2)}));
    CHECK(fixture.importJson(json::array({applicationJson("A-1", 1)})).unchanged == 1);
    CHECK(fixture.store->applications().versionOf("A-1") == 2);
    const auto report = fixture.importJson(json::array({applicationJson("A-1", 3, "withdrawn")}));
    CHECK(report.updated == 1);
    CHECK(fixture.store->applications().find("A-1")->status == ApplicationStatus::withdrawn);
}

TEST_CASE("malformed items are named and skipped, the rest taken", "[intake]") {
    IntakeFixture fixture;
    json broken = applicationJson("A-BAD", 1);
    broken["child"]["birth_date"] = "2014-02-30";
    const auto report =
        fixture.importJson(json::array({applicationJson("A-1", 1), broken, json{{"version", 1}}, applicationJson("A-2", 1)}));
    CHECK(report.added == 2);
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors[0].reference == "A-BAD");
    CHECK(report.errors[0].message.find("child.birth_date") != std::string::npos);
    CHECK(report.errors[1].reference == "#3");
}

TEST_CASE("a file that is not JSON is refused by name", "[intake]") {
    IntakeFixture fixture;
    const auto file = fixture.database.folder() / "applications.json";
    writeFile(file, "[{\"id\": ");
    CHECK_THROWS_WITH(fixture.intake.importFile(file), Catch::Matchers::Contains("applications.json"));
    CHECK(fixture.store->applications().all().empty());
}

TEST_CASE("withdrawal cancels a decision that has not begun sending", "[intake]") {
    IntakeFixture fixture;
    fixture.store->roster().insert({pupil("STU-1", "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1),
                                          validSnils("123456789"), "5Б")},
                                   1);
    fixture.importJson(json::array({applicationJson("A-1", 1), applicationJson("A-2", 1)}));
    DecisionService decisions(*fixture.store, fixture.clock);
    for (const char* id : {"A-1", "A-2"}) {
        DecisionRequest request;
        request.applicationId = id;
        request.kind = DecisionKind::approved;
        request.pupilId = "STU-1";
        request.user = "Петрова";
        decisions.decide(request);
    }
    const auto items = fixture.store->outbox().pending();
    REQUIRE(items.size() == 2);
    fixture.store->outbox().markAttemptStarted(items[1].decisionId, "t");

    const auto report =
        fixture.importJson(json::array({applicationJson("A-1", 2, "withdrawn"), applicationJson("A-2", 2, "withdrawn")}));
    CHECK(report.cancelledDecisions == std::vector<std::string>{"A-1"});
    CHECK(fixture.store->outbox().find(items[0].decisionId)->state == OutboxState::cancelled);
    CHECK(fixture.store->outbox().find(items[1].decisionId)->state == OutboxState::pending);
    CHECK(fixture.store->applications().summary("A-1")->status == QueueStatus::withdrawn);
}
