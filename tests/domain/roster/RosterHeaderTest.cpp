#include "CatchCompat.hpp"
#include "RosterTestFiles.hpp"
#include "ValidationError.hpp"
#include "roster/RosterParser.hpp"

using diarydesk::CalendarDate;
using diarydesk::ColumnMapping;
using diarydesk::parseRoster;
using diarydesk::PersonName;
using diarydesk::RosterField;
using diarydesk::TextEncoding;
using rostertest::rosterFile;

namespace {

std::string missingColumnsMessage(const std::string& file) {
    try {
        parseRoster(file);
    } catch (const diarydesk::ValidationError& error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("roster fields have stable names", "[roster][header]") {
    CHECK(diarydesk::toString(RosterField::rosterId) == "roster_id");
    CHECK(diarydesk::toString(RosterField::lastName) == "last_name");
    CHECK(diarydesk::toString(RosterField::firstName) == "first_name");
    CHECK(diarydesk::toString(RosterField::middleName) == "middle_name");
    CHECK(diarydesk::toString(RosterField::fullName) == "full_name");
    CHECK(diarydesk::toString(RosterField::birthDate) == "birth_date");
    CHECK(diarydesk::toString(RosterField::snils) == "snils");
    CHECK(diarydesk::toString(RosterField::className) == "class");
}

TEST_CASE("header names are recognised whatever their case and spacing", "[roster][header]") {
    const std::string header =
        GENERATE(as<std::string>{}, "ID;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс",
                 "id ученика;ФАМИЛИЯ;имя;ОтЧеСтВо;дата  рождения;снилс;класс",
                 " Код ; Фамилия\xC2\xA0; Имя;Отчество ;\xC2\xA0Дата рождения;СНИЛС ;Класс",
                 "Идентификатор;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс",
                 "id;last_name;first_name;middle_name;birth_date;snils;class",
                 "ID;Last_Name;FIRST_NAME;Middle_Name;Birth_Date;SNILS;Class");
    const auto result =
        parseRoster(rosterFile({header, "7;Иванов;Пётр;Сергеевич;01.05.2014;123-456-789 64;5Б"}));
    const ColumnMapping expected{{RosterField::rosterId, 0},  {RosterField::lastName, 1},
                                 {RosterField::firstName, 2}, {RosterField::middleName, 3},
                                 {RosterField::birthDate, 4}, {RosterField::snils, 5},
                                 {RosterField::className, 6}};
    CHECK(result.mapping == expected);
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].pupil.rosterId == "7");
    CHECK(result.rows[0].pupil.name == PersonName{"Иванов", "Пётр", "Сергеевич"});
    CHECK(result.rows[0].pupil.className == "5Б");
}

TEST_CASE("a second byte order mark does not hide the first column", "[roster][header]") {
    // Some tools add a byte order mark to a file that already has one: the first is the file's,
    // the second ends up in the first header cell.
    const auto result = parseRoster(rosterFile(
        {"\xEF\xBB\xBFФамилия;Имя;Дата рождения", "Иванов;Пётр;01.05.2014"}, TextEncoding::utf8, ';', true));
    CHECK(result.byteOrderMark);
    CHECK(result.header[0] == "\xEF\xBB\xBFФамилия");
    CHECK(result.mapping.at(RosterField::lastName) == 0);
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].pupil.name.last == "Иванов");
}

TEST_CASE("the header is kept as written", "[roster][header]") {
    const auto result = parseRoster(rosterFile({" Фамилия ;ИМЯ;Дата рождения", "Иванов;Пётр;01.05.2014"}));
    CHECK(result.header == std::vector<std::string>{" Фамилия ", "ИМЯ", "Дата рождения"});
}

TEST_CASE("columns may come in any order, and other columns are ignored", "[roster][header]") {
    const auto result = parseRoster(rosterFile({"№;Класс;Пол;Дата рождения;Имя;Фамилия;Адрес;Примечание",
                                                "1;5Б;м;01.05.2014;Пётр;Иванов;ул. Ленина, 1;мать; отец"}));
    const ColumnMapping expected{{RosterField::className, 1},
                                 {RosterField::birthDate, 3},
                                 {RosterField::firstName, 4},
                                 {RosterField::lastName, 5}};
    CHECK(result.mapping == expected);
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].pupil.name == PersonName{"Иванов", "Пётр", ""});
    CHECK(result.rows[0].pupil.className == "5Б");
    CHECK(result.rows[0].rosterIdDerived);
}

TEST_CASE("a full-name column is split into last, first and middle name", "[roster][header]") {
    const std::string header = GENERATE(as<std::string>{}, "ФИО", "фио", "Ф.И.О.", "full_name");
    const auto result = parseRoster(rosterFile(
        {header + ";Дата рождения", "Иванов Пётр Сергеевич;01.05.2014", "  Ёлкина   Алёна ;02.06.2014",
         "Мамедов Руслан Тофик оглы;03.07.2014", "Римский - Корсаков Николай Андреевич;04.08.2014"}));
    CHECK(result.mapping == ColumnMapping{{RosterField::fullName, 0}, {RosterField::birthDate, 1}});
    REQUIRE(result.rows.size() == 4);
    CHECK(result.rows[0].pupil.name == PersonName{"Иванов", "Пётр", "Сергеевич"});
    CHECK(result.rows[1].pupil.name == PersonName{"Ёлкина", "Алёна", ""});
    CHECK(result.rows[2].pupil.name == PersonName{"Мамедов", "Руслан", "Тофик оглы"});
    CHECK(result.rows[3].pupil.name == PersonName{"Римский-Корсаков", "Николай", "Андреевич"});
}

TEST_CASE("separate name columns win over a full-name column", "[roster][header]") {
    const auto result =
        parseRoster(rosterFile({"ФИО;Фамилия;Имя;Дата рождения", "Неверно Совсем;Иванов;Пётр;01.05.2014"}));
    CHECK_FALSE(result.mapping.contains(RosterField::fullName));
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].pupil.name == PersonName{"Иванов", "Пётр", ""});

    const auto fullOnly =
        parseRoster(rosterFile({"Фамилия;ФИО;Дата рождения", "Иванов;Иванов Пётр;01.05.2014"}));
    CHECK(fullOnly.mapping == ColumnMapping{{RosterField::fullName, 1}, {RosterField::birthDate, 2}});
}

TEST_CASE("a header without the needed columns names what is missing and shows the header",
          "[roster][header]") {
    SECTION("no name columns") {
        const auto message =
            missingColumnsMessage(rosterFile({"Ученик;Дата рождения", "Иванов Пётр;01.05.2014"}));
        CHECK_THAT(message, Catch::Matchers::Contains("«Фамилия» и «Имя» (или «ФИО»)"));
        CHECK_THAT(message, Catch::Matchers::Contains("«Ученик», «Дата рождения»"));
    }
    SECTION("only the first name missing") {
        const auto message =
            missingColumnsMessage(rosterFile({"Фамилия;Дата рождения", "Иванов;01.05.2014"}));
        CHECK_THAT(message, Catch::Matchers::Contains("нет столбцов: «Имя»."));
    }
    SECTION("only the last name missing") {
        const auto message = missingColumnsMessage(rosterFile({"Имя;Дата рождения", "Пётр;01.05.2014"}));
        CHECK_THAT(message, Catch::Matchers::Contains("нет столбцов: «Фамилия»."));
    }
    SECTION("no birth date") {
        const auto message =
            missingColumnsMessage(rosterFile({"Фамилия;Имя;Д.р.", "Иванов;Пётр;01.05.2014"}));
        CHECK_THAT(message, Catch::Matchers::Contains("нет столбцов: «Дата рождения»."));
        CHECK_THAT(message, Catch::Matchers::Contains("«Фамилия», «Имя», «Д.р.»"));
    }
    SECTION("nothing recognised, in cp1251") {
        const auto message = missingColumnsMessage(
            rosterFile({"Ученик;Д.р.", "Иванов Пётр;01.05.2014"}, TextEncoding::cp1251));
        CHECK_THAT(message, Catch::Matchers::Contains("«Фамилия» и «Имя» (или «ФИО»), «Дата рождения»"));
        CHECK_THAT(message, Catch::Matchers::Contains("«Ученик», «Д.р.»"));
    }
}

TEST_CASE("a mapping given by the caller replaces the header's", "[roster][header]") {
    diarydesk::RosterParseOptions options;
    options.mapping =
        ColumnMapping{{RosterField::lastName, 0}, {RosterField::firstName, 1}, {RosterField::birthDate, 2}};
    const auto result = parseRoster(rosterFile({"Ф;И;ДР", "Иванов;Пётр;01.05.2014"}), options);
    CHECK(result.mapping == *options.mapping);
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].pupil.name == PersonName{"Иванов", "Пётр", ""});
    CHECK(result.rows[0].pupil.birthDate == CalendarDate(2014, 5, 1));

    options.mapping = ColumnMapping{{RosterField::lastName, 0}, {RosterField::firstName, 1}};
    CHECK_THROWS_AS(parseRoster(rosterFile({"Ф;И;ДР", "Иванов;Пётр;01.05.2014"}), options),
                    diarydesk::ValidationError);
}
