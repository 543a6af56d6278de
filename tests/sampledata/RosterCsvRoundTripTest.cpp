#include "CatchCompat.hpp"
#include "roster/RosterParser.hpp"
#include "sampledata/RosterCsvWriter.hpp"
#include "sampledata/RosterGenerator.hpp"

#include <set>

using diarydesk::Pupil;
using diarydesk::TextEncoding;
using diarydesk::sampledata::generateRoster;
using diarydesk::sampledata::RosterCsvLayout;
using diarydesk::sampledata::writeRosterCsv;

TEST_CASE("a written roster parses back to the same pupils in every encoding and layout",
          "[sampledata][csv]") {
    static const std::vector<Pupil> pupils = generateRoster(800, 11);
    const auto encoding = GENERATE(TextEncoding::utf8, TextEncoding::cp1251);
    const bool byteOrderMark = encoding == TextEncoding::utf8 && GENERATE(false, true);
    const char delimiter = GENERATE(';', ',', '\t');
    const auto layout = GENERATE(RosterCsvLayout::separateNames, RosterCsvLayout::fullName);
    const bool withIdColumn = GENERATE(true, false);

    const std::string bytes =
        writeRosterCsv(pupils, encoding, delimiter, layout, withIdColumn, byteOrderMark);
    const auto result = diarydesk::parseRoster(bytes);
    CHECK(result.encoding == encoding);
    CHECK(result.byteOrderMark == byteOrderMark);
    CHECK(result.delimiter == delimiter);
    CHECK(result.errors.empty());
    CHECK(result.warnings.empty());
    REQUIRE(result.rows.size() == pupils.size());

    std::set<std::string> derivedIds;
    for (std::size_t i = 0; i < pupils.size(); ++i) {
        Pupil parsed = result.rows[i].pupil;
        CHECK(result.rows[i].line == i + 2);
        CHECK(result.rows[i].rosterIdDerived == !withIdColumn);
        if (!withIdColumn) {
            CHECK(derivedIds.insert(parsed.rosterId).second);
            parsed.rosterId = pupils[i].rosterId;
        }
        if (parsed != pupils[i]) {
            INFO("row " << i + 2 << ": " << pupils[i].name.full());
            CHECK(parsed.name == pupils[i].name);
            CHECK(parsed == pupils[i]);
        }
    }
}

TEST_CASE("the derived ids of a roster do not depend on how it was written", "[sampledata][csv]") {
    const std::vector<Pupil> pupils = generateRoster(300, 12);
    const auto ids = [&](TextEncoding encoding, RosterCsvLayout layout) {
        std::vector<std::string> result;
        for (const auto& row :
             diarydesk::parseRoster(writeRosterCsv(pupils, encoding, ';', layout, false, false)).rows) {
            result.push_back(row.pupil.rosterId);
        }
        return result;
    };
    const auto reference = ids(TextEncoding::utf8, RosterCsvLayout::separateNames);
    CHECK(reference.size() == pupils.size());
    CHECK(ids(TextEncoding::cp1251, RosterCsvLayout::fullName) == reference);
    CHECK(ids(TextEncoding::cp1251, RosterCsvLayout::separateNames) == reference);
    CHECK(ids(TextEncoding::utf8, RosterCsvLayout::fullName) == reference);
}

TEST_CASE("values that need quotes are quoted", "[sampledata][csv]") {
    Pupil pupil;
    pupil.rosterId = "STU-1;2";
    pupil.name = {"Иванов, \"младший\"", "Пётр", ""};
    pupil.birthDate = diarydesk::CalendarDate(2014, 5, 1);
    pupil.className = "5Б";
    const std::string bytes =
        writeRosterCsv({pupil}, TextEncoding::utf8, ';', RosterCsvLayout::separateNames, true, false);
    CHECK(bytes == "ID ученика;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс\r\n"
                   "\"STU-1;2\";\"Иванов, \"\"младший\"\"\";Пётр;;01.05.2014;;5Б\r\n");
    const auto result = diarydesk::parseRoster(bytes);
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].pupil == pupil);
}
