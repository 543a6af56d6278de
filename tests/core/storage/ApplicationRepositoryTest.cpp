#include "CatchCompat.hpp"

#include "Samples.hpp"
#include "TestDatabase.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/DecisionRepository.hpp"
#include "storage/MatchRepository.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/RosterRepository.hpp"

using namespace diarydesk;
using namespace diarydesk::test;

namespace {

const std::string now = "2026-11-23T10:00:00+00:00";

Decision rejectionOf(const std::string& applicationId, const std::string& key) {
    Decision decision;
    decision.applicationId = applicationId;
    decision.applicationVersion = 1;
    decision.kind = DecisionKind::rejected;
    decision.reason = ReasonCode::dataMismatch;
    decision.decidedBy = "Петрова Н. В.";
    decision.decidedAt = "2026-11-23T17:00:00+07:00";
    decision.idempotencyKey = key;
    return decision;
}

OutboxItem itemFor(const Decision& decision) {
    OutboxItem item;
    item.decisionId = decision.id;
    item.applicationId = decision.applicationId;
    item.idempotencyKey = decision.idempotencyKey;
    item.payload = "{}";
    return item;
}

} // namespace

TEST_CASE("applications are stored whole and replaced by higher versions", "[storage][applications]") {
    TestDatabase database;
    auto store = database.open();
    const Application first = application("A-1", 1, "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1),
                                          validSnils("123456789"));
    store->applications().insert(first, now);
    CHECK(store->applications().find("A-1") == first);
    CHECK(store->applications().versionOf("A-1") == 1);
    CHECK_FALSE(store->applications().versionOf("A-2"));

    Application second = first;
    second.version = 2;
    second.status = ApplicationStatus::withdrawn;
    store->applications().replace(second, now);
    CHECK(store->applications().find("A-1") == second);
    CHECK(store->applications().all().size() == 1);
}

TEST_CASE("the queue shows each application's decision and delivery state", "[storage][applications]") {
    TestDatabase database;
    auto store = database.open();
    for (const char* id : {"A-1", "A-2", "A-3", "A-4", "A-5", "A-6"}) {
        store->applications().insert(application(id, 1, "Иванов", "Пётр", "", CalendarDate(2014, 5, 1), ""), now);
    }
    const auto decide = [&](const std::string& id) {
        const Decision decision = store->decisions().insert(rejectionOf(id, "key-" + id));
        store->outbox().enqueue(itemFor(decision));
        return decision;
    };
    decide("A-2");
    store->outbox().finish(decide("A-3").id, OutboxState::delivered, "", 200);
    store->outbox().finish(decide("A-4").id, OutboxState::conflict, "already_decided", 409);
    store->outbox().finish(decide("A-5").id, OutboxState::refused, "bad_request", 400);
    store->applications().setServerStatus("A-6", ApplicationStatus::withdrawn, 2);

    std::map<std::string, QueueStatus> statuses;
    for (const auto& summary : store->applications().summaries()) statuses[summary.id] = summary.status;
    CHECK(statuses["A-1"] == QueueStatus::fresh);
    CHECK(statuses["A-2"] == QueueStatus::decided);
    CHECK(statuses["A-3"] == QueueStatus::sent);
    CHECK(statuses["A-4"] == QueueStatus::conflict);
    CHECK(statuses["A-5"] == QueueStatus::failed);
    CHECK(statuses["A-6"] == QueueStatus::withdrawn);
    CHECK(store->applications().summary("A-2")->decisionChangeable);
    CHECK_FALSE(store->applications().summary("A-3")->decisionChangeable);
    CHECK(store->applications().find("A-6")->version == 2);
}

TEST_CASE("the queue carries the match and the matched pupil's class", "[storage][applications]") {
    TestDatabase database;
    auto store = database.open();
    store->roster().insert({pupil("STU-1", "Иванов", "Пётр", "", CalendarDate(2014, 5, 1), "", "5Б")}, 1);
    store->applications().insert(application("A-1", 1, "Иванов", "Пётр", "", CalendarDate(2014, 5, 1), ""), now);
    store->applications().insert(application("A-2", 1, "Петров", "Иван", "", CalendarDate(2014, 5, 1), ""), now);
    CHECK(store->applications().needingMatch(0).size() == 2);

    MatchResult result;
    result.applicationId = "A-1";
    result.applicationVersion = 1;
    result.verdict = Verdict::probable;
    result.pupilId = "STU-1";
    result.score = 0.875;
    result.explanation = "Отчество не указано.";
    store->matches().save({result}, 0, now);

    const auto summary = store->applications().summary("A-1");
    REQUIRE(summary);
    CHECK(summary->verdict == Verdict::probable);
    CHECK(summary->matchedPupilId == "STU-1");
    CHECK(summary->matchedPupilClass == "5Б");
    CHECK(summary->matchScore == Approx(0.875));
    CHECK(store->matches().find("A-1") == result);
    CHECK_FALSE(store->applications().summary("A-2")->verdict);

    SECTION("a result goes stale with a new application version or roster revision") {
        CHECK(store->applications().needingMatch(0).size() == 1);
        CHECK(store->applications().needingMatch(1).size() == 2);
        Application newer = *store->applications().find("A-1");
        newer.version = 2;
        store->applications().replace(newer, now);
        CHECK(store->applications().needingMatch(0).size() == 2);
    }
}
