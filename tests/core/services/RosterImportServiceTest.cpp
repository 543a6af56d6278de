#include "CatchCompat.hpp"

#include "ManualClock.hpp"
#include "TestDatabase.hpp"
#include "csv/TextEncoding.hpp"
#include "services/RosterImportService.hpp"
#include "storage/AuditLog.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/StorageError.hpp"

using namespace diarydesk;
using namespace diarydesk::test;

namespace {

const std::string separateColumns = "ID;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс\r\n"
                                    "STU-1;Иванов;Пётр;Сергеевич;01.05.2014;123-456-789 64;5Б\r\n"
                                    "STU-2;Петрова-Водкина;Анна;;31.01.2013;;6А\r\n"
                                    "STU-3;Ёлкин;Артём;Ильич;31.12.2014;112-233-445 95;5Б\r\n";

// The same pupils as one ФИО column, comma-separated, without ids.
std::string fullNameLayout(const std::string& extraRow = "") {
    return "ФИО,Дата рождения,СНИЛС,Класс\n"
           "Иванов Пётр Сергеевич,2014-05-01,12345678964,5Б\n"
           "Петрова-Водкина Анна,31.01.2013,,6А\n"
           "Ёлкин Артём Ильич,31.12.2014,112 233 445 95,5Б\n" +
           extraRow;
}

struct ImportFixture {
    TestDatabase database;
    std::unique_ptr<Store> store = database.open();
    ManualClock clock;
    RosterImportService service{*store, clock};

    RosterImportReport import(const std::string& bytes, bool dryRun = false) {
        RosterImportOptions options;
        options.dryRun = dryRun;
        options.user = "admin";
        options.sourceName = "roster.csv";
        return service.importBytes(bytes, options);
    }
};

void requireCounts(const RosterImportReport& report, int added, int updated, int unchanged, int left) {
    CHECK(report.added == added);
    CHECK(report.updated == updated);
    CHECK(report.unchanged == unchanged);
    CHECK(report.left == left);
}

} // namespace

TEST_CASE("a roster in either encoding imports the same pupils", "[import]") {
    const auto encoding = GENERATE(TextEncoding::utf8, TextEncoding::cp1251);
    ImportFixture fixture;
    const auto report = fixture.import(encodeText(separateColumns, encoding));
    CHECK(report.encoding == encoding);
    CHECK(report.delimiter == ';');
    requireCounts(report, 3, 0, 0, 0);
    CHECK(report.errors.empty());

    const auto pupil = fixture.store->roster().find("STU-1");
    REQUIRE(pupil);
    CHECK(pupil->name == PersonName{"Иванов", "Пётр", "Сергеевич"});
    CHECK(pupil->birthDate == CalendarDate(2014, 5, 1));
    CHECK(pupil->snils == "12345678964");
    CHECK(pupil->className == "5Б");
    CHECK(fixture.store->roster().find("STU-2")->name.middle.empty());
    CHECK(fixture.store->roster().currentRevision() == report.revision);
}

TEST_CASE("importing the same pupils again changes nothing", "[import]") {
    ImportFixture fixture;
    SECTION("the same file") {
        fixture.import(separateColumns);
        const auto before = fixture.store->roster().all();
        const auto revision = fixture.store->roster().currentRevision();
        requireCounts(fixture.import(separateColumns), 0, 0, 3, 0);
        CHECK(fixture.store->roster().all() == before);
        CHECK(fixture.store->roster().currentRevision() == revision);
    }
    SECTION("the other encoding and the other name layout, without ids") {
        fixture.import(fullNameLayout());
        const auto before = fixture.store->roster().all();
        requireCounts(fixture.import(encodeText(fullNameLayout(), TextEncoding::cp1251)), 0, 0, 3, 0);
        CHECK(fixture.store->roster().all() == before);
    }
}

TEST_CASE("a new roster marks missing pupils as left, brings back returning ones, updates changes", "[import]") {
    ImportFixture fixture;
    fixture.import(separateColumns);
    const std::string moved = "ID;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс\n"
                              "STU-1;Иванов;Пётр;Сергеевич;01.05.2014;123-456-789 64;6Б\n"
                              "STU-3;Ёлкин;Артём;Ильич;31.12.2014;112-233-445 95;5Б\n"
                              "STU-4;Сидорова;Мария;Ивановна;02.02.2015;;4В\n";
    const auto first = fixture.store->roster().currentRevision();
    const auto second = fixture.import(moved);
    requireCounts(second, 1, 1, 1, 1);
    CHECK(second.revision > first);
    // Each row says which import last changed it.
    CHECK(fixture.store->roster().changedIn("STU-1") == second.revision);
    CHECK(fixture.store->roster().changedIn("STU-2") == second.revision);
    CHECK(fixture.store->roster().changedIn("STU-3") == first);
    CHECK(fixture.store->roster().changedIn("STU-4") == second.revision);
    CHECK(fixture.store->roster().find("STU-1")->className == "6Б");
    CHECK_FALSE(fixture.store->roster().find("STU-2")->present);
    CHECK(fixture.store->roster().present().size() == 3);

    requireCounts(fixture.import(separateColumns), 0, 2, 1, 1);
    CHECK(fixture.store->roster().find("STU-2")->present);
    CHECK_FALSE(fixture.store->roster().find("STU-4")->present);
    CHECK(fixture.store->roster().find("STU-1")->className == "5Б");
}

TEST_CASE("rejected rows are reported by line and column and not imported", "[import]") {
    ImportFixture fixture;
    const std::string withErrors = separateColumns + "STU-5;Козлов;;Петрович;01.01.2014;;5А\r\n"
                                                     "STU-6;Орлова;Вера;;31.02.2014;;5А\r\n";
    const auto report = fixture.import(withErrors);
    requireCounts(report, 3, 0, 0, 0);
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors[0].line == 5);
    CHECK(report.errors[0].column == "Имя");
    CHECK(report.errors[1].line == 6);
    CHECK(report.errors[1].column == "Дата рождения");
    CHECK_FALSE(report.rejectedCsv.empty());
    CHECK_FALSE(fixture.store->roster().find("STU-5"));
}

TEST_CASE("a pupil whose new row is rejected is not marked as left", "[import]") {
    ImportFixture fixture;
    fixture.import(separateColumns);
    const std::string typo = "ID;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс\n"
                             "STU-1;Иванов;Пётр;Сергеевич;01.05.2014;123-456-789 64;5Б\n"
                             "STU-2;Петрова-Водкина;Анна;;31.13.2013;;6А\n"
                             "STU-3;Ёлкин;Артём;Ильич;31.12.2014;112-233-445 95;5Б\n";
    const auto report = fixture.import(typo);
    CHECK(report.errors.size() == 1);
    CHECK(report.left == 0);
    CHECK(fixture.store->roster().find("STU-2")->present);
}

TEST_CASE("a dry run reports and writes nothing", "[import]") {
    ImportFixture fixture;
    const auto report = fixture.import(separateColumns, true);
    requireCounts(report, 3, 0, 0, 0);
    CHECK(report.dryRun);
    CHECK(fixture.store->roster().all().empty());
    CHECK(fixture.store->roster().currentRevision() == 0);
    CHECK(fixture.store->audit().all().empty());
}

TEST_CASE("an import that fails half-way leaves the database as it was", "[import]") {
    ImportFixture fixture;
    fixture.import(separateColumns);
    const auto before = fixture.store->roster().all();
    const auto revision = fixture.store->roster().currentRevision();
    const auto auditRows = fixture.store->audit().all().size();
    const std::string next = "ID;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс\n"
                             "STU-1;Иванов;Пётр;Сергеевич;01.05.2014;123-456-789 64;6Б\n"
                             "STU-7;Новикова;Ольга;;03.03.2015;;4А\n"
                             "STU-8;Фролов;Игорь;;04.04.2015;;4А\n";

    SECTION("stopped by the user while writing") {
        RosterImportOptions options;
        const auto stopWhileWriting = [](double fraction, std::string_view) { return fraction < 0.6; };
        CHECK_THROWS_AS(fixture.service.importBytes(next, options, stopWhileWriting), OperationCancelled);
    }
    SECTION("the database refuses a row in the middle") {
        if (TestDatabase::backend() == SqlBackend::sqlite) {
            fixture.database.execute("CREATE TRIGGER refuse_stu8 BEFORE INSERT ON pupils WHEN NEW.roster_id = 'STU-8'"
                                     " BEGIN SELECT RAISE(ABORT, 'disk full, say'); END");
        } else {
            fixture.database.execute("CREATE FUNCTION refuse_stu8() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                                     " IF NEW.roster_id = 'STU-8' THEN RAISE EXCEPTION 'disk full, say'; END IF;"
                                     " RETURN NEW; END $$");
            fixture.database.execute("CREATE TRIGGER refuse_stu8 BEFORE INSERT ON pupils FOR EACH ROW"
                                     " EXECUTE FUNCTION refuse_stu8()");
        }
        CHECK_THROWS(fixture.import(next));
    }
    auto reopened = fixture.database.open();
    CHECK(reopened->roster().all() == before);
    CHECK(reopened->roster().currentRevision() == revision);
    CHECK(reopened->audit().all().size() == auditRows);
}

TEST_CASE("every import is audited with its counts", "[import]") {
    ImportFixture fixture;
    fixture.import(separateColumns);
    const auto entries = fixture.store->audit().all();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == "roster_imported");
    CHECK(entries[0].actor == "admin");
    CHECK(entries[0].details.find(R"("added":3)") != std::string::npos);
}
