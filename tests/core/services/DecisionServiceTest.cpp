#include "CatchCompat.hpp"

#include "ManualClock.hpp"
#include "Samples.hpp"
#include "TestDatabase.hpp"
#include "ValidationError.hpp"
#include "services/DecisionService.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/AuditLog.hpp"
#include "storage/DecisionRepository.hpp"
#include "storage/MatchRepository.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/RosterRepository.hpp"

using namespace diarydesk;
using namespace diarydesk::test;
using Catch::Matchers::Contains;

namespace {

struct DecisionFixture {
    TestDatabase database;
    std::unique_ptr<Store> store = database.open();
    ManualClock clock;
    DecisionService service{*store, clock};

    DecisionFixture() {
        store->roster().insert(
            {pupil("STU-1", "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1), validSnils("123456789"), "5Б"),
             pupil("STU-2", "Иванов", "Павел", "Сергеевич", CalendarDate(2014, 5, 1), validSnils("223456789"), "5Б"),
             pupil("STU-3", "Сидоров", "Олег", "", CalendarDate(2013, 3, 3), "", "6А")},
            1);
        store->roster().markLeft({"STU-3"}, 1);
        for (const char* id : {"A-1", "A-2", "A-3"}) {
            store->applications().insert(application(id, 1, "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1),
                                                     validSnils("123456789")),
                                         "t");
        }
        setVerdict("A-1", Verdict::confirmed, "STU-1");
        setVerdict("A-2", Verdict::probable, "STU-1");
        setVerdict("A-3", Verdict::conflict, "STU-2");
    }

    void setVerdict(const std::string& id, Verdict verdict, const std::string& pupilId) {
        MatchResult result;
        result.applicationId = id;
        result.applicationVersion = 1;
        result.verdict = verdict;
        result.pupilId = pupilId;
        result.score = 0.9;
        result.explanation = "Пояснение для " + id + ".";
        store->matches().save({result}, 0, "t");
    }

    static DecisionRequest approve(const std::string& id, std::optional<std::string> pupilId = std::nullopt) {
        DecisionRequest request;
        request.applicationId = id;
        request.kind = DecisionKind::approved;
        request.pupilId = std::move(pupilId);
        request.user = "Секретарь Петрова Н. В.";
        return request;
    }

    static DecisionRequest reject(const std::string& id, ReasonCode reason, std::string comment = "") {
        DecisionRequest request;
        request.applicationId = id;
        request.kind = DecisionKind::rejected;
        request.reason = reason;
        request.comment = std::move(comment);
        request.user = "Секретарь Петрова Н. В.";
        return request;
    }
};

} // namespace

TEST_CASE("a confirmed application is approved with its matched pupil", "[decisions]") {
    DecisionFixture fixture;
    const auto outcome = fixture.service.decide(DecisionFixture::approve("A-1"));
    CHECK_FALSE(outcome.replacedEarlier);
    const Decision& decision = outcome.decision;
    CHECK(decision.pupilRosterId == "STU-1");
    CHECK(decision.pupilClass == "5Б");
    CHECK(decision.decidedBy == "Секретарь Петрова Н. В.");
    CHECK(decision.idempotencyKey.size() == 36);
    CHECK(decision.decidedAt == formatRfc3339Local(fixture.clock.now()));

    const auto item = fixture.store->outbox().find(decision.id);
    REQUIRE(item);
    CHECK(item->state == OutboxState::pending);
    CHECK(item->idempotencyKey == decision.idempotencyKey);
    const auto body = nlohmann::json::parse(item->payload);
    CHECK(body["decision"] == "approved");
    CHECK(body["pupil"]["roster_id"] == "STU-1");
    CHECK(body["pupil"]["class"] == "5Б");
    CHECK(body["reason_code"].is_null());

    const auto audit = fixture.store->audit().forApplication("A-1");
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == "decision_made");
    CHECK(audit[0].decisionId == decision.id);
    CHECK(nlohmann::json::parse(audit[0].details)["verdict"] == "confirmed");
}

TEST_CASE("only a confirmed match may be approved without naming the pupil", "[decisions]") {
    DecisionFixture fixture;
    CHECK_THROWS_WITH(fixture.service.decide(DecisionFixture::approve("A-2")), Contains("probable"));
    CHECK(fixture.service.decide(DecisionFixture::approve("A-2", "STU-1")).decision.pupilRosterId == "STU-1");
}

TEST_CASE("a conflict is approvable only with an explicit override", "[decisions]") {
    DecisionFixture fixture;
    CHECK_THROWS_WITH(fixture.service.decide(DecisionFixture::approve("A-3")), Contains("conflict"));
    CHECK_THROWS_WITH(fixture.service.decide(DecisionFixture::approve("A-3", "STU-1")), Contains("конфликт"));
    auto request = DecisionFixture::approve("A-3", "STU-1");
    request.overrideConflict = true;
    const auto decision = fixture.service.decide(request).decision;
    const auto details = nlohmann::json::parse(fixture.store->audit().forApplication("A-3").back().details);
    CHECK(details["conflict_override"] == true);
    CHECK(decision.pupilRosterId == "STU-1");
}

TEST_CASE("approvals name a present pupil of the roster", "[decisions]") {
    DecisionFixture fixture;
    CHECK_THROWS_WITH(fixture.service.decide(DecisionFixture::approve("A-2", "STU-404")), Contains("нет в списке"));
    CHECK_THROWS_WITH(fixture.service.decide(DecisionFixture::approve("A-2", "STU-3")), Contains("выбыл"));
    CHECK_THROWS_WITH(fixture.service.decide(DecisionFixture::approve("A-404", "STU-1")), Contains("не найдено"));
    CHECK(fixture.store->audit().all().empty());
}

TEST_CASE("rejections carry a reason, and `other` a comment", "[decisions]") {
    DecisionFixture fixture;
    CHECK_THROWS_WITH(fixture.service.decide(DecisionFixture::reject("A-2", ReasonCode::other)), Contains("комментарий"));
    const auto decision =
        fixture.service.decide(DecisionFixture::reject("A-2", ReasonCode::other, "Подано повторно по ошибке")).decision;
    const auto body = nlohmann::json::parse(fixture.store->outbox().find(decision.id)->payload);
    CHECK(body["decision"] == "rejected");
    CHECK(body["pupil"].is_null());
    CHECK(body["reason_code"] == "other");
    CHECK(body["comment"] == "Подано повторно по ошибке");
}

TEST_CASE("a decision can be changed until sending begins, never after", "[decisions]") {
    DecisionFixture fixture;
    const auto first = fixture.service.decide(DecisionFixture::approve("A-1")).decision;
    fixture.clock.advance(std::chrono::minutes(5));
    const auto changed = fixture.service.decide(DecisionFixture::reject("A-1", ReasonCode::dataMismatch));
    CHECK(changed.replacedEarlier);
    CHECK(changed.decision.id == first.id);
    CHECK(changed.decision.idempotencyKey != first.idempotencyKey);
    CHECK(fixture.store->outbox().find(first.id)->idempotencyKey == changed.decision.idempotencyKey);
    CHECK(fixture.store->decisions().forApplication("A-1")->kind == DecisionKind::rejected);

    const auto audit = fixture.store->audit().forApplication("A-1");
    REQUIRE(audit.size() == 2);
    CHECK(audit[1].action == "decision_changed");
    CHECK(nlohmann::json::parse(audit[1].details)["previous"]["decision"] == "approved");

    fixture.store->outbox().markAttemptStarted(first.id, "t");
    CHECK_THROWS_WITH(fixture.service.decide(DecisionFixture::approve("A-1")), Contains("не может быть изменено"));
    CHECK(fixture.store->decisions().forApplication("A-1")->kind == DecisionKind::rejected);
    CHECK(fixture.store->audit().forApplication("A-1").size() == 2);
}

TEST_CASE("withdrawn applications cannot be decided", "[decisions]") {
    DecisionFixture fixture;
    fixture.store->applications().setServerStatus("A-2", ApplicationStatus::withdrawn, 2);
    CHECK_THROWS_WITH(fixture.service.decide(DecisionFixture::reject("A-2", ReasonCode::dataMismatch)), Contains("отозвано"));
}

TEST_CASE("approve all confirmed approves exactly the confirmed new applications", "[decisions]") {
    DecisionFixture fixture;
    const auto decisions = fixture.service.approveAllConfirmed({"A-1", "A-2", "A-3"}, "Петрова");
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].applicationId == "A-1");
    CHECK(fixture.service.approveAllConfirmed({"A-1"}, "Петрова").empty());
    CHECK(fixture.store->outbox().countPending() == 1);
}
