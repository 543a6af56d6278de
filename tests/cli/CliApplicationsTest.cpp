// applications import, match and decide through the real binary: a malformed item is skipped
// and named, match --json has the documented shape, approve without --pupil takes only a
// confirmed pupil, a decision can be changed until it is sent.
#include "CatchCompat.hpp"
#include "CliProcess.hpp"
#include "TempDir.hpp"

#include <nlohmann/json.hpp>

using diarydesk::test::CliProcess;
using diarydesk::test::TempDir;
using nlohmann::json;

namespace {

const char* const roster = "ID ученика;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс\n"
                           "r1;Иванов;Пётр;Сергеевич;01.05.2014;123-456-789 64;5Б\n"
                           "r2;Петрова;Анна;Игоревна;12.03.2013;112-233-445 95;6А\n";

json application(const std::string& id, const std::string& last, const std::string& first,
                 const std::string& middle, const std::string& birthDate, const json& snils) {
    return {{"id", id},
            {"version", 1},
            {"status", "submitted"},
            {"submitted_at", "2026-11-20T09:15:00+07:00"},
            {"applicant",
             {{"last_name", last == "Иванов" ? "Иванова" : "Петров"},
              {"first_name", "Мария"},
              {"relation", "mother"}}},
            {"child",
             {{"last_name", last},
              {"first_name", first},
              {"middle_name", middle},
              {"birth_date", birthDate},
              {"snils", snils},
              {"document", {{"type", "birth_certificate"}, {"series", "IV-ЛО"}, {"number", "123456"}}},
              {"stated_class", "5Б"},
              {"unknown_field_from_a_newer_server", true}}}};
}

// A-1 is exact (confirmed), A-2 has a typo in the first name and no SNILS (probable), A-3 is
// nobody on the roster, and the fourth item lacks the child's birth date.
json applicationsFile() {
    json items =
        json::array({application("A-1", "Иванов", "Пётр", "Сергеевич", "2014-05-01", "123-456-789 64"),
                     application("A-2", "Петрова", "Ана", "Игоревна", "2013-03-12", nullptr),
                     application("A-3", "Смирнов", "Олег", "", "2012-01-01", nullptr),
                     application("A-4", "Орлов", "Иван", "", "2012-01-01", nullptr)});
    items[3]["child"].erase("birth_date");
    return {{"items", items}, {"next_cursor", "c1"}, {"has_more", false}};
}

void prepare(const TempDir& home, const CliProcess& cli) {
    diarydesk::test::writeFile(home / "roster.csv", roster);
    diarydesk::test::writeFile(home / "applications.json", applicationsFile().dump());
    REQUIRE(cli.run({"roster", "import", (home / "roster.csv").string()}).exitCode == 0);
}

json matchFor(const json& results, const std::string& id) {
    for (const auto& result : results) {
        if (result["application_id"] == id) return result;
    }
    FAIL("no match result for " << id);
    return {};
}

} // namespace

TEST_CASE(
    "applications import takes good items, names the malformed one and exits 3, and twice changes nothing") {
    TempDir home;
    const CliProcess cli(home.path());
    prepare(home, cli);
    const auto run = cli.run({"applications", "import", (home / "applications.json").string(), "--json"});
    INFO(run.err);
    REQUIRE(run.exitCode == 3);
    const json report = json::parse(run.out);
    CHECK(report["added"] == 3);
    REQUIRE(report["errors"].size() == 1);
    CHECK(report["errors"][0]["item"].get<std::string>().find("A-4") != std::string::npos);

    const auto again = cli.run({"applications", "import", (home / "applications.json").string(), "--json"});
    CHECK(json::parse(again.out)["added"] == 0);
    CHECK(json::parse(again.out)["unchanged"] == 3);

    const json list = json::parse(cli.run({"applications", "list", "--json"}).out);
    REQUIRE(list.size() == 3);
    for (const auto& row : list) {
        CHECK(row["status"] == "new");
        if (!row["child"]["snils"].is_null()) CHECK(row["child"]["snils"] == "***-***-789 64");
    }
}

TEST_CASE("match --json gives verdict, pupil, score, explanation and candidates with evidence per field") {
    TempDir home;
    const CliProcess cli(home.path());
    prepare(home, cli);
    cli.run({"applications", "import", (home / "applications.json").string()});

    const auto run = cli.run({"match", "--json"});
    REQUIRE(run.exitCode == 0);
    const json results = json::parse(run.out);
    REQUIRE(results.is_array());
    REQUIRE(results.size() == 3);

    const json exact = matchFor(results, "A-1");
    CHECK(exact["verdict"] == "confirmed");
    CHECK(exact["pupil_id"] == "r1");
    CHECK(exact["score"].get<double>() > 0.9);
    CHECK_FALSE(exact["explanation"].get<std::string>().empty());
    REQUIRE_FALSE(exact["candidates"].empty());
    const json evidence = exact["candidates"][0]["evidence"];
    CHECK(exact["candidates"][0]["pupil_id"] == "r1");
    for (const char* field : {"last_name", "first_name", "middle_name", "birth_date", "snils"}) {
        INFO(field);
        CHECK(evidence.contains(field));
    }

    const json typo = matchFor(results, "A-2");
    CHECK(typo["verdict"] == "probable");
    CHECK(typo["pupil_id"] == "r2");

    const json nobody = matchFor(results, "A-3");
    CHECK(nobody["verdict"] == "not_found");
    CHECK(nobody["pupil_id"].is_null());

    const auto one = cli.run({"match", "A-2", "--json"});
    CHECK(json::parse(one.out).size() == 1);
}

TEST_CASE("decide: approve without --pupil only for confirmed, change until sent, reject needs a comment for "
          "other") {
    TempDir home;
    const CliProcess cli(home.path());
    prepare(home, cli);
    cli.run({"applications", "import", (home / "applications.json").string()});

    const auto confirmed = cli.run({"decide", "A-1", "approve", "--user", "secretary", "--json"});
    INFO(confirmed.err);
    REQUIRE(confirmed.exitCode == 0);
    CHECK(json::parse(confirmed.out)["pupil_id"] == "r1");
    CHECK(json::parse(confirmed.out)["decided_by"] == "secretary");

    const auto probable = cli.run({"decide", "A-2", "approve", "--user", "secretary"});
    INFO(probable.err);
    CHECK(probable.exitCode == 1);
    CHECK(probable.err.find("--pupil") != std::string::npos);

    const auto named =
        cli.run({"decide", "A-2", "approve", "--pupil", "r2", "--user", "secretary", "--json"});
    REQUIRE(named.exitCode == 0);
    CHECK(json::parse(named.out)["pupil_id"] == "r2");

    const auto noComment = cli.run({"decide", "A-3", "reject", "--reason", "other", "--user", "secretary"});
    CHECK(noComment.exitCode == 1);

    const auto rejected =
        cli.run({"decide", "A-3", "reject", "--reason", "pupil_not_found", "--user", "secretary"});
    CHECK(rejected.exitCode == 0);

    const auto changed =
        cli.run({"decide", "A-1", "reject", "--reason", "data_mismatch", "--user", "head teacher", "--json"});
    REQUIRE(changed.exitCode == 0);
    CHECK(json::parse(changed.out)["changed"] == true);

    const json decided = json::parse(cli.run({"applications", "list", "--status", "decided", "--json"}).out);
    CHECK(decided.size() == 3);
    CHECK(cli.run({"decide", "A-404", "reject", "--reason", "pupil_not_found", "--user", "s"}).exitCode == 1);
}
