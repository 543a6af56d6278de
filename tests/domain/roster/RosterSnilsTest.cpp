#include "CatchCompat.hpp"
#include "RosterTestFiles.hpp"
#include "roster/RosterParser.hpp"

using diarydesk::parseRoster;
using diarydesk::SnilsFlag;
using rostertest::issueAt;
using rostertest::rosterFile;

namespace {

diarydesk::RosterParseResult parseWithSnils(std::initializer_list<std::string_view> snilsValues) {
    std::string text = "Фамилия;Имя;Дата рождения;СНИЛС\r\n";
    int day = 1;
    for (const std::string_view snils : snilsValues) {
        text += "Ученик;Номер" + std::to_string(day) + ";" + std::to_string(day) + ".05.2014;" +
                std::string(snils) + "\r\n";
        ++day;
    }
    return parseRoster(text);
}

} // namespace

TEST_CASE("a well-formed SNILS is stored as 11 digits without a flag", "[roster][snils]") {
    const auto result = parseWithSnils({"123-456-789 64", "12345678964", " 112 233 445 95 ", "", "   "});
    REQUIRE(result.rows.size() == 5);
    CHECK(result.rows[0].pupil.snils == "12345678964");
    CHECK(result.rows[1].pupil.snils == "12345678964");
    CHECK(result.rows[2].pupil.snils == "11223344595");
    CHECK(result.rows[2].pupil.snilsFlag == SnilsFlag::none);
    CHECK(result.rows[3].pupil.snils.empty());
    CHECK(result.rows[3].pupil.snilsFlag == SnilsFlag::none);
    CHECK(result.rows[4].pupil.snils.empty());
    // Rows 2 and 3 carry the same number: that is the only warning.
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].line == 3);
}

TEST_CASE("a SNILS with a wrong control number is imported and flagged", "[roster][snils]") {
    const auto result = parseWithSnils({"123-456-789 65"});
    REQUIRE(result.rows.size() == 1);
    CHECK(result.errors.empty());
    CHECK(result.rows[0].pupil.snils == "12345678965");
    CHECK(result.rows[0].pupil.snilsFlag == SnilsFlag::badChecksum);
    CHECK_FALSE(result.rows[0].pupil.trustedSnils().has_value());
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].line == 2);
    CHECK(result.warnings[0].column == "СНИЛС");
    CHECK_THAT(result.warnings[0].message, Catch::Matchers::Contains("контрольное число"));
}

TEST_CASE("a malformed SNILS is kept as written and flagged, with SnilsNumber's explanation",
          "[roster][snils]") {
    const auto result = parseWithSnils({"2345678964", "123-456-789", "СНИЛС нет", "1,23457E+10"});
    REQUIRE(result.rows.size() == 4);
    CHECK(result.errors.empty());
    CHECK(result.rows[0].pupil.snils == "2345678964");
    CHECK(result.rows[2].pupil.snils == "СНИЛС нет");
    CHECK(result.rows[3].pupil.snils == "1,23457E+10");
    for (const auto& row : result.rows)
        CHECK(row.pupil.snilsFlag == SnilsFlag::malformed);
    REQUIRE(result.warnings.size() == 4);
    CHECK(result.warnings[0].line == 2);
    CHECK(result.warnings[0].column == "СНИЛС");
    CHECK_THAT(result.warnings[0].message, Catch::Matchers::Contains("10 цифр вместо 11"));
    CHECK_THAT(result.warnings[0].message, Catch::Matchers::Contains("Excel"));
    CHECK_THAT(result.warnings[1].message, Catch::Matchers::Contains("9 цифр вместо 11"));
    CHECK_THAT(result.warnings[2].message, Catch::Matchers::Contains("не в формате 123-456-789 64"));
    CHECK(result.warnings[3].line == 5);
}

TEST_CASE("a SNILS repeated in the file flags every row that has it", "[roster][snils]") {
    const auto result = parseWithSnils({"123-456-789 64", "112-233-445 95", "12345678964", "123 456 789 64"});
    REQUIRE(result.rows.size() == 4);
    CHECK(result.rows[0].pupil.snilsFlag == SnilsFlag::duplicate);
    CHECK(result.rows[1].pupil.snilsFlag == SnilsFlag::none);
    CHECK(result.rows[2].pupil.snilsFlag == SnilsFlag::duplicate);
    CHECK(result.rows[3].pupil.snilsFlag == SnilsFlag::duplicate);
    REQUIRE(result.warnings.size() == 2);
    CHECK(result.warnings[0].line == 4);
    CHECK(result.warnings[1].line == 5);
    for (const auto& warning : result.warnings) {
        CHECK(warning.column == "СНИЛС");
        CHECK_THAT(warning.message, Catch::Matchers::Contains("уже указан в строке 2"));
    }
    CHECK(issueAt(result.warnings, 2) == nullptr);
}

TEST_CASE("a wrong control number wins over a repetition", "[roster][snils]") {
    const auto result = parseWithSnils({"123-456-789 65", "123-456-789 65"});
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].pupil.snilsFlag == SnilsFlag::badChecksum);
    CHECK(result.rows[1].pupil.snilsFlag == SnilsFlag::badChecksum);
    // Line 2: checksum; line 3: checksum and repetition.
    REQUIRE(result.warnings.size() == 3);
    CHECK_THAT(result.warnings[2].message, Catch::Matchers::Contains("уже указан в строке 2"));
}

TEST_CASE("a rejected row does not count towards SNILS repetitions", "[roster][snils]") {
    const auto result =
        parseRoster(rosterFile({"Фамилия;Имя;Дата рождения;СНИЛС", "Иванов;Пётр;31.02.2014;123-456-789 64",
                                "Петров;Иван;01.05.2014;123-456-789 64"}));
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].pupil.snilsFlag == SnilsFlag::none);
    CHECK(result.warnings.empty());
}

TEST_CASE("warnings do not show the SNILS itself", "[roster][snils]") {
    const auto result = parseWithSnils({"123-456-789 65", "123-456-789 65"});
    for (const auto& warning : result.warnings) {
        CHECK_THAT(warning.message, !Catch::Matchers::Contains("456"));
    }
}
