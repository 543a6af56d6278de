#include "CatchCompat.hpp"

#include "Samples.hpp"
#include "TestDatabase.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/AuditLog.hpp"
#include "storage/DecisionRepository.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/SettingsRepository.hpp"
#include "storage/StorageError.hpp"

using namespace diarydesk;
using namespace diarydesk::test;

namespace {

const std::string now = "2026-11-23T10:00:00+00:00";

struct DecisionFixture {
    TestDatabase database;
    std::unique_ptr<Store> store = database.open();

    DecisionFixture() {
        store->roster().insert({pupil("STU-1", "Иванов", "Пётр", "", CalendarDate(2014, 5, 1), "", "5Б")}, 1);
        store->applications().insert(application("A-1", 1, "Иванов", "Пётр", "", CalendarDate(2014, 5, 1), ""), now);
    }

    Decision approval() const {
        Decision decision;
        decision.applicationId = "A-1";
        decision.applicationVersion = 1;
        decision.kind = DecisionKind::approved;
        decision.pupilRosterId = "STU-1";
        decision.pupilClass = "5Б";
        decision.decidedBy = "Петрова Н. В.";
        decision.decidedAt = "2026-11-23T17:00:00+07:00";
        decision.idempotencyKey = "8f0f7a8e-0000-4000-8000-000000000001";
        return decision;
    }
};

} // namespace

TEST_CASE("a decision is stored and changed in place", "[storage][decisions]") {
    DecisionFixture fixture;
    const Decision stored = fixture.store->decisions().insert(fixture.approval());
    CHECK(stored.id > 0);
    CHECK(fixture.store->decisions().forApplication("A-1") == stored);
    CHECK(fixture.store->decisions().find(stored.id) == stored);

    Decision changed = stored;
    changed.kind = DecisionKind::rejected;
    changed.pupilRosterId.reset();
    changed.pupilClass.reset();
    changed.reason = ReasonCode::other;
    changed.comment = "Заявитель не является законным представителем";
    changed.idempotencyKey = "8f0f7a8e-0000-4000-8000-000000000002";
    fixture.store->decisions().update(changed);
    CHECK(fixture.store->decisions().forApplication("A-1") == changed);
}

TEST_CASE("one application has one current decision", "[storage][decisions]") {
    DecisionFixture fixture;
    fixture.store->decisions().insert(fixture.approval());
    Decision second = fixture.approval();
    second.idempotencyKey = "another";
    CHECK_THROWS(fixture.store->decisions().insert(second));
}

TEST_CASE("an outbox item can be replaced only until its first attempt begins", "[storage][outbox]") {
    DecisionFixture fixture;
    const Decision decision = fixture.store->decisions().insert(fixture.approval());
    OutboxItem item;
    item.decisionId = decision.id;
    item.applicationId = "A-1";
    item.idempotencyKey = decision.idempotencyKey;
    item.payload = R"({"decision":"approved"})";
    fixture.store->outbox().enqueue(item);
    CHECK(fixture.store->outbox().countPending() == 1);

    fixture.store->outbox().replacePending(decision.id, "key-2", R"({"decision":"rejected"})");
    CHECK(fixture.store->outbox().find(decision.id)->idempotencyKey == "key-2");

    fixture.store->outbox().markAttemptStarted(decision.id, now);
    const auto started = fixture.store->outbox().find(decision.id);
    CHECK(started->attempts == 1);
    CHECK(started->firstAttemptAt == now);
    CHECK_THROWS_AS(fixture.store->outbox().replacePending(decision.id, "key-3", "{}"), StorageError);
    CHECK(fixture.store->outbox().find(decision.id)->idempotencyKey == "key-2");

    fixture.store->outbox().markAttemptStarted(decision.id, "later");
    CHECK(fixture.store->outbox().find(decision.id)->firstAttemptAt == now);
    fixture.store->outbox().scheduleRetry(decision.id, "2026-11-23T10:00:05+00:00", "503 from server", 503);
    CHECK(fixture.store->outbox().pending().front().nextAttemptAt == "2026-11-23T10:00:05+00:00");
    fixture.store->outbox().finish(decision.id, OutboxState::delivered, "", 200);
    CHECK(fixture.store->outbox().pending().empty());
    CHECK(fixture.store->outbox().find(decision.id)->state == OutboxState::delivered);
}

TEST_CASE("audit entries are appended and read back in order", "[storage][audit]") {
    DecisionFixture fixture;
    const Decision decision = fixture.store->decisions().insert(fixture.approval());
    fixture.store->audit().append(AuditEntry{0, now, "Петрова", "decision_made", "A-1", decision.id, R"({"a":1})"});
    fixture.store->audit().append(AuditEntry{0, now, "admin", "roster_imported", "", std::nullopt, "{}"});
    const auto forApplication = fixture.store->audit().forApplication("A-1");
    REQUIRE(forApplication.size() == 1);
    CHECK(forApplication.front().decisionId == decision.id);
    CHECK(forApplication.front().details == R"({"a":1})");
    const auto all = fixture.store->audit().all();
    REQUIRE(all.size() == 2);
    CHECK(all[1].action == "roster_imported");
    CHECK_FALSE(all[1].decisionId);
}

TEST_CASE("settings are kept by key", "[storage][settings]") {
    TestDatabase database;
    auto store = database.open();
    CHECK_FALSE(store->settings().get("server"));
    store->settings().set("server", "https://diary.example.ru");
    store->settings().set("server", "https://diary2.example.ru");
    store->settings().set("school", "42");
    CHECK(store->settings().get("server") == "https://diary2.example.ru");
    CHECK(store->settings().all().size() == 2);
    store->settings().erase("school");
    CHECK_FALSE(store->settings().get("school"));
}

TEST_CASE("a transaction commits all or nothing, nested ones included", "[storage][transactions]") {
    TestDatabase database;
    auto store = database.open();
    SECTION("destroyed without commit: rolled back") {
        {
            auto transaction = store->beginTransaction();
            store->settings().set("a", "1");
        }
        CHECK_FALSE(store->settings().get("a"));
    }
    SECTION("committed: kept") {
        auto transaction = store->beginTransaction();
        store->settings().set("a", "1");
        transaction->commit();
        CHECK(database.open()->settings().get("a") == "1");
    }
    SECTION("an inner failure rolls back the outer transaction too") {
        auto outer = store->beginTransaction();
        store->settings().set("a", "1");
        {
            auto inner = store->beginTransaction();
            store->settings().set("b", "2");
        }
        CHECK_THROWS_AS(outer->commit(), StorageError);
        CHECK_FALSE(store->settings().get("a"));
        CHECK_FALSE(store->settings().get("b"));
    }
}
