#include "CatchCompat.hpp"

#include "Samples.hpp"
#include "TestDatabase.hpp"
#include "storage/RosterRepository.hpp"

using namespace diarydesk;
using namespace diarydesk::test;

namespace {

const std::string now = "2026-11-23T10:00:00+00:00";

std::vector<Pupil> threePupils() {
    return {pupil("STU-1", "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1), validSnils("123456789"), "5Б"),
            pupil("STU-2", "Петрова-Водкина", "Анна", "", CalendarDate(2013, 1, 31), "", "6А"),
            pupil("STU-3", "Ёлкин", "Артём", "Ильич", CalendarDate(2014, 12, 31), validSnils("111222333"), "5Б")};
}

} // namespace

TEST_CASE("pupils are stored and read back field by field", "[storage][roster]") {
    TestDatabase database;
    auto store = database.open();
    auto pupils = threePupils();
    pupils[2].snilsFlag = SnilsFlag::duplicate;
    store->roster().insert(pupils, now);

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
    store->roster().insert(threePupils(), now);
    store->roster().markLeft({"STU-1"}, now);

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
    store->roster().insert(threePupils(), now);
    store->roster().markLeft({"STU-2"}, now);
    Pupil back = *store->roster().find("STU-2");
    back.present = true;
    back.className = "7А";
    store->roster().update({back}, now);
    CHECK(*store->roster().find("STU-2") == back);
}

TEST_CASE("large rosters go through in batches", "[storage][roster]") {
    TestDatabase database;
    auto store = database.open();
    std::vector<Pupil> pupils;
    for (int i = 0; i < 10000; ++i) {
        pupils.push_back(pupil("STU-" + std::to_string(100000 + i), "Фамилия" + std::to_string(i), "Имя", "",
                               CalendarDate(2012, 1 + i % 12, 1 + i % 28), "", std::to_string(1 + i % 11) + "А"));
    }
    auto transaction = store->beginTransaction();
    store->roster().insert(pupils, now);
    transaction->commit();
    CHECK(store->roster().all().size() == 10000);
    CHECK(store->roster().find("STU-109999")->name.last == "Фамилия9999");
}

TEST_CASE("every import with changes gets a new revision", "[storage][roster]") {
    TestDatabase database;
    auto store = database.open();
    CHECK(store->roster().currentRevision() == 0);
    CHECK_FALSE(store->roster().lastImport());
    RosterImportRecord record;
    record.importedAt = now;
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
