#include "storage/RosterRepository.hpp"

#include "CatchCompat.hpp"
#include "Samples.hpp"
#include "TestDatabase.hpp"

using namespace diarydesk;
using namespace diarydesk::test;

namespace {

const std::int64_t revision = 1;

std::vector<Pupil> threePupils() {
    return {
        pupil("STU-1", "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1), validSnils("123456789"),
              "5Б"),
        pupil("STU-2", "Петрова-Водкина", "Анна", "", CalendarDate(2013, 1, 31), "", "6А"),
        pupil("STU-3", "Ёлкин", "Артём", "Ильич", CalendarDate(2014, 12, 31), validSnils("111222333"), "5Б")};
}

} // namespace

TEST_CASE("pupils are stored and read back field by field", "[storage][roster]") {
    TestDatabase database;
    auto store = database.open();
    auto pupils = threePupils();
    pupils[2].snilsFlag = SnilsFlag::duplicate;
    store->roster().insert(pupils, revision);

    const auto all = store->roster().all();
    REQUIRE(all.size() == 3);
    CHECK(all == pupils);
    CHECK(store->roster().find("STU-2")->name.middle.empty());
    CHECK(store->roster().find("STU-3")->snilsFlag == SnilsFlag::duplicate);
    CHECK_FALSE(store->roster().find("STU-9"));
}

TEST_CASE("present pupils can be listed by class", "[storage][roster]") {
    TestDatabase database;
    auto store = database.open();
    store->roster().insert(threePupils(), revision);
    store->roster().markLeft({"STU-1"}, revision);

    CHECK(store->roster().present().size() == 2);
    const auto fifth = store->roster().present(std::string("5Б"));
    REQUIRE(fifth.size() == 1);
    CHECK(fifth.front().rosterId == "STU-3");
    CHECK_FALSE(store->roster().find("STU-1")->present);
    CHECK(store->roster().all().size() == 3);
}

TEST_CASE("updates overwrite a pupil's fields, presence included", "[storage][roster]") {
    TestDatabase database;
    auto store = database.open();
    store->roster().insert(threePupils(), revision);
    store->roster().markLeft({"STU-2"}, revision);
    Pupil back = *store->roster().find("STU-2");
    back.present = true;
    back.className = "7А";
    store->roster().update({back}, revision);
    CHECK(*store->roster().find("STU-2") == back);
}

TEST_CASE("large rosters go through in batches", "[storage][roster]") {
    TestDatabase database;
    auto store = database.open();
    std::vector<Pupil> pupils;
    // Every field differs from row to row, so that a value bound to a neighbour's place in a
    // batch would show; the count is no multiple of any batch size.
    for (int i = 0; i < 10001; ++i) {
        Pupil added = pupil(
            "STU-" + std::to_string(100000 + i), "Фамилия" + std::to_string(i),
            "Имя" + std::to_string(i % 97), i % 5 == 0 ? "" : "Отчество" + std::to_string(i % 89),
            CalendarDate(2012, 1 + i % 12, 1 + i % 28),
            i % 7 == 0 ? "" : validSnils(std::to_string(100000000 + i)), std::to_string(1 + i % 11) + "А");
        if (i % 13 == 0) added.snilsFlag = SnilsFlag::badChecksum;
        added.present = i % 17 != 0;
        pupils.push_back(std::move(added));
    }
    // Given in reverse: the store reads them back by roster id.
    const std::vector<Pupil> reversed(pupils.rbegin(), pupils.rend());
    auto transaction = store->beginTransaction();
    store->roster().insert(reversed, revision);
    transaction->commit();
    CHECK(store->roster().all() == pupils);
    CHECK(store->roster().find("STU-110000")->name.last == "Фамилия10000");
}

TEST_CASE("every import with changes gets a new revision", "[storage][roster]") {
    TestDatabase database;
    auto store = database.open();
    CHECK(store->roster().currentRevision() == 0);
    CHECK_FALSE(store->roster().lastImport());
    RosterImportRecord record;
    record.importedAt = "2026-11-23T10:00:00+00:00";
    record.importedBy = "admin";
    record.sourceName = "roster.csv";
    record.encoding = "cp1251";
    record.added = 3;
    const auto first = store->roster().recordImport(record);
    record.added = 0;
    record.updated = 1;
    const auto second = store->roster().recordImport(record);
    CHECK(second > first);
    CHECK(store->roster().currentRevision() == second);
    CHECK(store->roster().lastImport()->updated == 1);
    CHECK(store->roster().lastImport()->sourceName == "roster.csv");
}

TEST_CASE("each pupil row keeps the revision that last changed it", "[storage][roster]") {
    TestDatabase database;
    auto store = database.open();
    store->roster().insert(threePupils(), 1);
    Pupil renamed = *store->roster().find("STU-2");
    renamed.name.last = "Петрова";
    store->roster().update({renamed}, 2);
    store->roster().markLeft({"STU-3"}, 3);

    CHECK(store->roster().changedIn("STU-1") == 1);
    CHECK(store->roster().changedIn("STU-2") == 2);
    CHECK(store->roster().changedIn("STU-3") == 3);
    CHECK_FALSE(store->roster().changedIn("STU-9"));
    CHECK(store->roster().find("STU-2")->name.last == "Петрова");
    CHECK_FALSE(store->roster().find("STU-3")->present);
}
