#include "CatchCompat.hpp"

#include "Samples.hpp"
#include "TestDatabase.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/DecisionRepository.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/StorageError.hpp"
#include "storage/soci/SchemaMigrations.hpp"

using namespace diarydesk;
using namespace diarydesk::test;

TEST_CASE("a new database gets the latest schema and keeps data across reopening", "[storage][schema]") {
    TestDatabase database;
    {
        auto store = database.open();
        store->roster().insert({pupil("STU-1", "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1),
                                      validSnils("123456789"), "5Б")},
                               1);
    }
    auto reopened = database.open();
    REQUIRE(reopened->roster().all().size() == 1);
    CHECK(reopened->roster().all().front().name.first == "Пётр");
    CHECK(database.countRows("schema_version") == SchemaMigrations::latestVersion());
}

TEST_CASE("an older database is upgraded in place with its data", "[storage][schema]") {
    TestDatabase database;
    database.createSchemaUpTo(1);
    database.execute("INSERT INTO pupils (roster_id, last_name, first_name, birth_date, updated_at)"
                     " VALUES ('STU-7', 'Смирнова', 'Анна', '2013-02-03', '2025-09-01T00:00:00+00:00')");
    CHECK_THROWS(database.countRows("outbox")); // version 1 has no outbox yet

    auto store = database.open();
    const auto pupil = store->roster().find("STU-7");
    REQUIRE(pupil);
    CHECK(pupil->name.last == "Смирнова");
    CHECK(pupil->birthDate == CalendarDate(2013, 2, 3));
    CHECK(pupil->present);
    CHECK(store->roster().changedIn("STU-7") == 0); // version 4: no import recorded before it
    CHECK(database.countRows("outbox") == 0);
    CHECK(database.countRows("match_results") == 0);
    CHECK(database.countRows("schema_version") == SchemaMigrations::latestVersion());
}

TEST_CASE("a database from a newer release is refused, not damaged", "[storage][schema]") {
    TestDatabase database;
    database.open();
    database.execute("INSERT INTO schema_version (version, applied_at) VALUES (999, 'later')");
    CHECK_THROWS_WITH(database.open(), Catch::Matchers::Contains("более новой версией"));
    CHECK(database.countRows("schema_version") == SchemaMigrations::latestVersion() + 1);
}

TEST_CASE("the audit log refuses updates and deletes", "[storage][schema]") {
    TestDatabase database;
    database.open();
    database.execute("INSERT INTO audit_log (at, actor, action) VALUES ('t', 'a', 'decision_made')");
    CHECK_THROWS(database.execute("UPDATE audit_log SET actor = 'someone else'"));
    CHECK_THROWS(database.execute("DELETE FROM audit_log"));
    CHECK(database.countRows("audit_log") == 1);
}

TEST_CASE("the store's connections enforce foreign keys", "[storage][schema]") {
    TestDatabase database;
    auto store = database.open();
    Decision orphan;
    orphan.applicationId = "A-none";
    orphan.applicationVersion = 1;
    orphan.kind = DecisionKind::rejected;
    orphan.reason = ReasonCode::dataMismatch;
    orphan.decidedBy = "test";
    orphan.decidedAt = "2026-11-23T10:00:00+07:00";
    orphan.idempotencyKey = "k-1";
    CHECK_THROWS(store->decisions().insert(orphan));
    CHECK(database.countRows("decisions") == 0);
}
