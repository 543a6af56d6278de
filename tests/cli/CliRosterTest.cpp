// roster import and roster list through the real binary: the JSON report, exit statuses,
// --dry-run, --errors-out, idempotent re-import in the other encoding and layout, and a failed
// import that leaves the database as it was.
#include "CatchCompat.hpp"
#include "CliProcess.hpp"
#include "TempDir.hpp"
#include "sampledata/RosterCsvWriter.hpp"
#include "sampledata/RosterGenerator.hpp"

#include <nlohmann/json.hpp>

using diarydesk::test::CliProcess;
using diarydesk::test::TempDir;
using nlohmann::json;
namespace sample = diarydesk::sampledata;

namespace {

// Line 1 is the header. Line 4 lacks a first name (an error); line 5 has a SNILS whose control
// number is wrong (a warning: imported, flagged).
const char* const rosterWithFaults = "ID ученика;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс\r\n"
                                     "r1;Иванов;Пётр;Сергеевич;01.05.2014;123-456-789 64;5Б\r\n"
                                     "r2;Петрова;Анна;;12.03.2013;112-233-445 95;6А\r\n"
                                     "r3;Сидоров;;Ильич;02.02.2012;;7В\r\n"
                                     "r4;Кузнецова;Мария;Олеговна;31.12.2015;123-456-789 65;4А\r\n";

json rosterList(const CliProcess& cli) {
    const auto run = cli.run({"roster", "list", "--json"});
    REQUIRE(run.exitCode == 0);
    return json::parse(run.out);
}

} // namespace

TEST_CASE("roster import reports added rows, errors and warnings by line and exits 3") {
    TempDir home;
    const CliProcess cli(home.path());
    diarydesk::test::writeFile(home / "roster.csv", rosterWithFaults);

    const auto run = cli.run({"roster", "import", (home / "roster.csv").string(), "--json", "--errors-out",
                              (home / "rejected.csv").string()});
    INFO(run.err);
    REQUIRE(run.exitCode == 3);
    const json report = json::parse(run.out);
    CHECK(report["added"] == 3);
    CHECK(report["updated"] == 0);
    CHECK(report["unchanged"] == 0);
    CHECK(report["left"] == 0);
    REQUIRE(report["errors"].size() == 1);
    CHECK(report["errors"][0]["line"] == 4);
    CHECK(report["errors"][0]["column"] == "Имя");
    CHECK_FALSE(report["errors"][0]["message"].get<std::string>().empty());
    REQUIRE(report["warnings"].size() == 1);
    CHECK(report["warnings"][0]["line"] == 5);
    CHECK(report["warnings"][0]["column"] == "СНИЛС");

    const std::string rejected = diarydesk::test::readFile(home / "rejected.csv");
    CHECK(rejected.find("Сидоров") != std::string::npos);
    CHECK(rejected.find("4") != std::string::npos);
    CHECK(rejected.find("Иванов") == std::string::npos);

    const json pupils = rosterList(cli);
    REQUIRE(pupils.size() == 3);
    for (const auto& pupil : pupils) {
        // The list never prints a full SNILS.
        if (!pupil["snils"].is_null()) CHECK(pupil["snils"].get<std::string>().rfind("***-***-", 0) == 0);
        if (pupil["roster_id"] == "r4") CHECK(pupil["snils_flag"] == "bad_checksum");
    }
    CHECK(run.out.find("123-456-789 64") == std::string::npos);
}

TEST_CASE("roster import --dry-run reports and writes nothing") {
    TempDir home;
    const CliProcess cli(home.path());
    diarydesk::test::writeFile(home / "roster.csv", rosterWithFaults);
    const auto run = cli.run({"roster", "import", (home / "roster.csv").string(), "--dry-run", "--json"});
    REQUIRE(run.exitCode == 3);
    CHECK(json::parse(run.out)["added"] == 3);
    CHECK(rosterList(cli).empty());
}

TEST_CASE("the same pupils in Windows-1251 and one ФИО column change nothing, and a dropped pupil has left") {
    TempDir home;
    const CliProcess cli(home.path());
    auto pupils = sample::generateRoster(60, 7);
    diarydesk::test::writeFile(home / "utf8.csv",
                               sample::writeRosterCsv(pupils, diarydesk::TextEncoding::utf8, ';',
                                                      sample::RosterCsvLayout::separateNames, true, true));
    diarydesk::test::writeFile(home / "cp1251.csv",
                               sample::writeRosterCsv(pupils, diarydesk::TextEncoding::cp1251, '\t',
                                                      sample::RosterCsvLayout::fullName, true, false));

    const auto first = cli.run({"roster", "import", (home / "utf8.csv").string(), "--json"});
    REQUIRE(first.exitCode == 0);
    CHECK(json::parse(first.out)["added"] == 60);

    const auto second = cli.run({"roster", "import", (home / "cp1251.csv").string(), "--json"});
    INFO(second.err);
    REQUIRE(second.exitCode == 0);
    const json again = json::parse(second.out);
    CHECK(again["added"] == 0);
    CHECK(again["updated"] == 0);
    CHECK(again["unchanged"] == 60);
    CHECK(again["encoding"] == "cp1251");

    pupils.pop_back();
    diarydesk::test::writeFile(home / "fewer.csv",
                               sample::writeRosterCsv(pupils, diarydesk::TextEncoding::cp1251, ';',
                                                      sample::RosterCsvLayout::separateNames, true, false));
    const auto third = cli.run({"roster", "import", (home / "fewer.csv").string(), "--json"});
    REQUIRE(third.exitCode == 0);
    CHECK(json::parse(third.out)["left"] == 1);
    CHECK(rosterList(cli).size() == 59);
    CHECK(json::parse(cli.run({"roster", "list", "--json", "--include-left"}).out).size() == 60);
}

TEST_CASE("a file that is not a roster fails with exit 1 and the roster stays as it was") {
    TempDir home;
    const CliProcess cli(home.path());
    diarydesk::test::writeFile(home / "roster.csv", rosterWithFaults);
    REQUIRE(cli.run({"roster", "import", (home / "roster.csv").string()}).exitCode == 3);

    diarydesk::test::writeFile(home / "notes.csv", "Покупки;Цена\r\nхлеб;40\r\n");
    const auto run = cli.run({"roster", "import", (home / "notes.csv").string()});
    CHECK(run.exitCode == 1);
    CHECK(run.err.find("Ошибка") != std::string::npos);
    CHECK(rosterList(cli).size() == 3);
}

TEST_CASE("roster list filters by class and prints a readable table") {
    TempDir home;
    const CliProcess cli(home.path());
    diarydesk::test::writeFile(home / "roster.csv", rosterWithFaults);
    REQUIRE(cli.run({"roster", "import", (home / "roster.csv").string()}).exitCode == 3);
    const auto run = cli.run({"roster", "list", "--class", "6А"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("Петрова Анна") != std::string::npos);
    CHECK(run.out.find("12.03.2013") != std::string::npos);
    CHECK(run.out.find("Иванов") == std::string::npos);
}
