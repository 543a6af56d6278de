#include "CatchCompat.hpp"
#include "RosterTestFiles.hpp"
#include "roster/RosterParser.hpp"

using diarydesk::parseRoster;
using diarydesk::RosterIssue;
using rostertest::issueAt;
using rostertest::rosterFile;
using rostertest::standardHeader;

TEST_CASE("a row without a last name, first name or valid birth date is rejected", "[roster][errors]") {
    const auto result = parseRoster(rosterFile({
        standardHeader,
        "1;Иванов;Пётр;Сергеевич;01.05.2014;;5Б",
        "2;;Иван;Иванович;02.06.2014;;5Б",
        "3;Сидоров; ;Олегович;03.07.2014;;5Б",
        "4;Кузнецов;Глеб;;;;5Б",
        "5;Смирнов;Лев;;31.02.2014;;5Б",
        "6;Попов;Ян;;2014/05/01;;5Б",
        "7;Орлов;Ил;;1.5.2014;;5Б",
        "8;;;;;;5Б",
    }));
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].pupil.rosterId == "1");
    CHECK(result.rows[1].pupil.rosterId == "7");
    CHECK(result.rows[1].pupil.birthDate == diarydesk::CalendarDate(2014, 5, 1));
    REQUIRE(result.errors.size() == 6);
    REQUIRE(result.rejected.size() == 6);

    const auto check = [&](std::size_t line, const std::string& column, const std::string& message) {
        const RosterIssue* issue = issueAt(result.errors, line);
        INFO("line " << line);
        REQUIRE(issue != nullptr);
        CHECK(issue->column == column);
        CHECK(issue->message == message);
    };
    check(3, "Фамилия", "не указана фамилия");
    check(4, "Имя", "не указано имя");
    check(5, "Дата рождения", "не указана дата рождения");
    check(6, "Дата рождения", "неверная дата рождения: такой даты не существует: 31.02.2014");
    check(7, "Дата рождения",
          "неверная дата рождения: дата «2014/05/01» не в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
    check(9, "Фамилия", "не указана фамилия; не указано имя; не указана дата рождения");
    CHECK(result.warnings.empty());
}

TEST_CASE("a rejected row is kept as read, with its line and reason", "[roster][errors]") {
    const auto result =
        parseRoster(rosterFile({"Фамилия;Имя;Дата рождения;Класс", "Иванов; Пётр ;31.02.2014", ""}));
    REQUIRE(result.rejected.size() == 1);
    CHECK(result.rejected[0].line == 2);
    CHECK(result.rejected[0].fields == std::vector<std::string>{"Иванов", " Пётр ", "31.02.2014"});
    CHECK(result.rejected[0].reason == result.errors[0].message);
    CHECK(result.errors[0].line == 2);
}

TEST_CASE("in a full-name layout the full-name column is named", "[roster][errors]") {
    const auto result = parseRoster(rosterFile({"ФИО;Дата рождения", "Иванов;01.05.2014", ";02.06.2014"}));
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].line == 2);
    CHECK(result.errors[0].column == "ФИО");
    CHECK(result.errors[0].message == "не указано имя");
    CHECK(result.errors[1].message == "не указана фамилия; не указано имя");
}

TEST_CASE("an unclosed quote makes the rest of the file one rejected row", "[roster][errors]") {
    const auto result = parseRoster(rosterFile({"Фамилия;Имя;Дата рождения", "Иванов;Пётр;01.05.2014",
                                                "\"Петров;Иван;02.06.2014", "Сидоров;Олег;03.07.2014"}));
    REQUIRE(result.rows.size() == 1);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 3);
    CHECK(result.errors[0].column.empty());
    CHECK_THAT(result.errors[0].message, Catch::Matchers::Contains("не закрыта"));
    REQUIRE(result.rejected.size() == 1);
    CHECK_THAT(result.rejected[0].fields[0], Catch::Matchers::StartsWith("Петров;Иван"));
}

TEST_CASE("an id repeated in the id column rejects the later row", "[roster][errors]") {
    const auto result = parseRoster(rosterFile(
        {standardHeader, "STU-1;Иванов;Пётр;;01.05.2014;;5Б", "STU-1;Петров;Иван;;02.06.2014;;5Б"}));
    REQUIRE(result.rows.size() == 1);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 3);
    CHECK(result.errors[0].column == "ID");
    CHECK(result.errors[0].message == "такой же идентификатор «STU-1» уже указан в строке 2");
}

TEST_CASE("an empty id cell gets a derived id and a warning", "[roster][errors]") {
    const auto result = parseRoster(rosterFile({standardHeader, " ;Иванов;Пётр;Сергеевич;01.05.2014;;5Б"}));
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].rosterIdDerived);
    CHECK(result.rows[0].pupil.rosterId == "P-C63FD13C27163E09");
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].line == 2);
    CHECK(result.warnings[0].column == "ID");
    CHECK_THAT(result.warnings[0].message, Catch::Matchers::Contains("P-C63FD13C27163E09"));
}
