#include "CatchCompat.hpp"
#include "RosterTestFiles.hpp"
#include "ValidationError.hpp"
#include "roster/RosterParser.hpp"

using diarydesk::CalendarDate;
using diarydesk::parseRoster;
using diarydesk::PersonName;
using diarydesk::RosterParseOptions;
using diarydesk::SnilsFlag;
using diarydesk::TextEncoding;
using rostertest::rosterFile;
using rostertest::standardHeader;

TEST_CASE("a roster reads the same in every encoding and with every delimiter", "[roster][format]") {
    const auto encoding = GENERATE(TextEncoding::utf8, TextEncoding::cp1251);
    const bool byteOrderMark = encoding == TextEncoding::utf8 && GENERATE(false, true);
    const char delimiter = GENERATE(';', ',', '\t');
    const std::string file =
        rosterFile({standardHeader, "STU-1;Иванов;Пётр;Сергеевич;01.05.2014;123-456-789 64;5Б",
                    "STU-2;Ёлкина;Алёна;;2015-09-30;;4А"},
                   encoding, delimiter, byteOrderMark);
    const auto result = parseRoster(file);
    CHECK(result.encoding == encoding);
    CHECK(result.byteOrderMark == byteOrderMark);
    CHECK(result.delimiter == delimiter);
    CHECK(result.header.front() == "ID");
    CHECK(result.header.back() == "Класс");
    CHECK(result.errors.empty());
    CHECK(result.warnings.empty());
    REQUIRE(result.rows.size() == 2);

    const auto& first = result.rows[0];
    CHECK(first.line == 2);
    CHECK_FALSE(first.rosterIdDerived);
    CHECK(first.pupil.rosterId == "STU-1");
    CHECK(first.pupil.name == PersonName{"Иванов", "Пётр", "Сергеевич"});
    CHECK(first.pupil.birthDate == CalendarDate(2014, 5, 1));
    CHECK(first.pupil.snils == "12345678964");
    CHECK(first.pupil.snilsFlag == SnilsFlag::none);
    CHECK(first.pupil.className == "5Б");
    CHECK(first.pupil.present);

    const auto& second = result.rows[1].pupil;
    CHECK(second.name == PersonName{"Ёлкина", "Алёна", ""});
    CHECK(second.birthDate == CalendarDate(2015, 9, 30));
    CHECK(second.snils.empty());
    CHECK(second.snilsFlag == SnilsFlag::none);
}

TEST_CASE("a forced encoding or delimiter is used as given", "[roster][format]") {
    const std::string file = rosterFile({"Фамилия;Имя;Дата рождения", "Иванов;Пётр;01.05.2014"});
    SECTION("UTF-8 read as cp1251 no longer has the Russian column names") {
        RosterParseOptions options;
        options.encoding = TextEncoding::cp1251;
        CHECK_THROWS_AS(parseRoster(file, options), diarydesk::ValidationError);
    }
    SECTION("cp1251 forced on a cp1251 file") {
        RosterParseOptions options;
        options.encoding = TextEncoding::cp1251;
        const auto result = parseRoster(
            rosterFile({"Фамилия;Имя;Дата рождения", "Иванов;Пётр;01.05.2014"}, TextEncoding::cp1251),
            options);
        CHECK(result.encoding == TextEncoding::cp1251);
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].pupil.name.first == "Пётр");
    }
    SECTION("a wrong delimiter leaves one column, and the error shows it") {
        RosterParseOptions options;
        options.delimiter = '\t';
        try {
            parseRoster(file, options);
            FAIL("parsed with the wrong delimiter");
        } catch (const diarydesk::ValidationError& error) {
            CHECK_THAT(std::string(error.what()), Catch::Matchers::Contains("«Фамилия;Имя;Дата рождения»"));
        }
    }
    SECTION("a forced delimiter wins over a detected one") {
        // Detection takes ';': it is in the header, and unlike ',' its count is the same on the
        // data row. The file means ','.
        const std::string commaFile = "Фамилия,Имя,Дата рождения,Примечание;Комментарий\n"
                                      "Иванов,Пётр,01.05.2014,мама, папа;нет\n";
        CHECK_THROWS_AS(parseRoster(commaFile), diarydesk::ValidationError);
        RosterParseOptions options;
        options.delimiter = ',';
        const auto result = parseRoster(commaFile, options);
        CHECK(result.delimiter == ',');
        REQUIRE(result.rows.size() == 1);
        CHECK(result.rows[0].pupil.name.last == "Иванов");
    }
}

TEST_CASE("quoted fields may hold delimiters, quotes and line breaks", "[roster][format]") {
    const std::string file = "Фамилия;Имя;Отчество;Дата рождения;Класс\r\n"
                             "\"Иванов;\";\"Пётр \"\"Петя\"\"\";Сергеевич;01.05.2014;5Б\r\n"
                             "\"Петров\r\n\";\"Иван\nИванович\";;02.06.2014;\"5\r\nА\"\r\n"
                             "Сидоров;;;03.07.2014;5В\r\n";
    const auto result = parseRoster(file);
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].pupil.name.last == "Иванов;");
    CHECK(result.rows[0].pupil.name.first == "Пётр \"Петя\"");
    CHECK(result.rows[1].line == 3);
    // Line breaks inside a value count as white space: trimmed and collapsed.
    CHECK(result.rows[1].pupil.name.last == "Петров");
    CHECK(result.rows[1].pupil.name.first == "Иван Иванович");
    CHECK(result.rows[1].pupil.className == "5 А");
    // Line 3's record spans lines 3-6 (three quoted line breaks), so the next one starts on
    // line 7, and its error says so.
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 7);
    CHECK(result.rejected[0].line == 7);
}

TEST_CASE("line endings may be CRLF, LF, CR or a mix", "[roster][format]") {
    const std::string lineEnd = GENERATE(as<std::string>{}, "\r\n", "\n", "\r");
    const auto result = parseRoster(
        rosterFile({"Фамилия;Имя;Дата рождения", "Иванов;Пётр;01.05.2014", "Петров;Иван;02.06.2014"},
                   TextEncoding::utf8, ';', false, lineEnd));
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[1].line == 3);
    CHECK(result.rows[1].pupil.birthDate == CalendarDate(2014, 6, 2));

    const auto mixed =
        parseRoster("Фамилия;Имя;Дата рождения\nИванов;Пётр;01.05.2014\r\nПетров;Иван;02.06.2014\r"
                    "Сидоров;Олег;03.07.2014");
    REQUIRE(mixed.rows.size() == 3);
    CHECK(mixed.rows[2].line == 4);
    CHECK(mixed.rows[2].pupil.name.first == "Олег");
}

TEST_CASE("blank lines and rows of empty fields are skipped but counted", "[roster][format]") {
    const auto result = parseRoster(rosterFile({"", "Фамилия;Имя;Дата рождения", "", "Иванов;Пётр;01.05.2014",
                                                ";;", " ; ;\xC2\xA0", "Петров;Иван;02.06.2014", ""}));
    CHECK(result.errors.empty());
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].line == 4);
    CHECK(result.rows[1].line == 7);
}

TEST_CASE("ragged rows are read sensibly", "[roster][format]") {
    const auto result = parseRoster(rosterFile({
        "Фамилия;Имя;Дата рождения;СНИЛС;Класс",
        "Иванов;Пётр;01.05.2014",             // fewer fields: SNILS and class empty
        "Петров;Иван;02.06.2014;;5А;;;",      // a trailing delimiter run: nothing to say
        "Сидоров;Олег;03.07.2014;;5А;лишнее", // a value past the header: warned
        "Кузнецов;Глеб",                      // fewer fields, the birth date missing
    }));
    REQUIRE(result.rows.size() == 3);
    CHECK(result.rows[0].pupil.snils.empty());
    CHECK(result.rows[0].pupil.className.empty());
    CHECK(result.rows[1].pupil.className == "5А");
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].line == 4);
    CHECK(result.warnings[0].column.empty());
    CHECK_THAT(result.warnings[0].message, Catch::Matchers::Contains("6 значений"));
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 5);
    CHECK(result.errors[0].column == "Дата рождения");
}

TEST_CASE("names and class are kept as written, trimmed and with single spaces", "[roster][format]") {
    const auto result = parseRoster(rosterFile({"Фамилия;Имя;Отчество;Дата рождения;Класс",
                                                "  ИВАНОВ-  ;\xC2\xA0пётр ;Сергеевич\t ;01.05.2014; 5  Б ",
                                                "Салтыков   Щедрин;Анна  Мария;;02.06.2014;5Б"}));
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].pupil.name == PersonName{"ИВАНОВ-", "пётр", "Сергеевич"});
    CHECK(result.rows[0].pupil.className == "5 Б");
    CHECK(result.rows[1].pupil.name == PersonName{"Салтыков Щедрин", "Анна Мария", ""});
}

TEST_CASE("a file without a header is refused", "[roster][format]") {
    CHECK_THROWS_AS(parseRoster(""), diarydesk::ValidationError);
    CHECK_THROWS_AS(parseRoster("\r\n\r\n;;\r\n"), diarydesk::ValidationError);
    try {
        parseRoster("\"Фамилия;Имя;Дата рождения\nИванов;Пётр;01.05.2014\n");
        FAIL("accepted a header with an unclosed quote");
    } catch (const diarydesk::ValidationError& error) {
        CHECK_THAT(std::string(error.what()), Catch::Matchers::Contains("кавычка"));
    }
}
