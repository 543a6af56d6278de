#include "CatchCompat.hpp"
#include "RosterTestFiles.hpp"
#include "roster/RosterIdDeriver.hpp"
#include "roster/RosterParser.hpp"
#include "text/NameNormaliser.hpp"

#include <set>

using diarydesk::parseRoster;
using diarydesk::RosterIdDeriver;
using diarydesk::TextEncoding;
using rostertest::rosterFile;

namespace {

std::vector<std::string> idsOf(const diarydesk::RosterParseResult& result) {
    std::vector<std::string> ids;
    for (const auto& row : result.rows)
        ids.push_back(row.pupil.rosterId);
    return ids;
}

} // namespace

TEST_CASE("FNV-1a is the standard 64-bit one", "[roster][id]") {
    CHECK(RosterIdDeriver::fnv1a("") == 0xCBF29CE484222325ULL);
    CHECK(RosterIdDeriver::fnv1a("a") == 0xAF63DC4C8601EC8CULL);
    CHECK(RosterIdDeriver::format(0x0123456789ABCDEFULL) == "P-0123456789ABCDEF");
    CHECK(RosterIdDeriver::format(0) == "P-0000000000000000");
}

TEST_CASE("a derived id never changes: it is pinned to the normalised name and birth date", "[roster][id]") {
    // Computed independently (Python) from "иванов\x1Fпетр\x1Fсергеевич\x1F2014-05-01".
    const auto result =
        parseRoster(rosterFile({"Фамилия;Имя;Отчество;Дата рождения", "Иванов;Пётр;Сергеевич;01.05.2014",
                                "Иванов;Пётр;;01.05.2014"}));
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].rosterIdDerived);
    CHECK(result.rows[0].pupil.rosterId == "P-C63FD13C27163E09");
    CHECK(result.rows[1].pupil.rosterId == "P-7A59926D6A0A6600");
}

TEST_CASE("derived ids agree across encodings, name layouts and spellings", "[roster][id]") {
    const auto separate = parseRoster(
        rosterFile({"Фамилия;Имя;Отчество;Дата рождения;Класс", "Иванов;Пётр;Сергеевич;01.05.2014;5Б",
                    "Ёлкина;Алёна;;2015-09-30;4А", "Салтыков-Щедрин;Михаил;Евграфович;03.07.2014;5В"}));
    const auto encoding = GENERATE(TextEncoding::utf8, TextEncoding::cp1251);
    const char delimiter = GENERATE(';', ',', '\t');
    SECTION("ФИО column, other case, ё written as е, other spacing, other date format and class") {
        const auto full = parseRoster(
            rosterFile({"ФИО;Дата рождения;Класс", "ИВАНОВ  ПЕТР Сергеевич;2014-05-01;6Б",
                        " Елкина Алена ;30.09.2015;", "Салтыков - Щедрин Михаил Евграфович;3.7.2014;5В"},
                       encoding, delimiter));
        CHECK(idsOf(full) == idsOf(separate));
    }
    SECTION("separate columns in another order") {
        const auto reordered = parseRoster(
            rosterFile({"Дата рождения;Отчество;Имя;Фамилия", "01.05.2014;Сергеевич;Пётр;Иванов",
                        "30.09.2015;;Алёна;Ёлкина", "03.07.2014;Евграфович;Михаил;Салтыков-Щедрин"},
                       encoding, delimiter, encoding == TextEncoding::utf8));
        CHECK(idsOf(reordered) == idsOf(separate));
    }
}

TEST_CASE("pupils with the same name and birth date get distinct, stable ids", "[roster][id]") {
    const std::string header = "Фамилия;Имя;Дата рождения;СНИЛС;Класс";
    const std::string file = rosterFile({header,
                                         "Иванов;Пётр;01.05.2014;123-456-789 64;5А", // plain id
                                         "Иванов;Пётр;01.05.2014;112-233-445 95;5Б", // + SNILS
                                         "Иванов;Пётр;01.05.2014;;5В",               // + class
                                         "Иванов;Пётр;01.05.2014;;5В",               // #2
                                         "Иванов;Пётр;01.05.2014;;",                 // #3 (#2 taken)
                                         "Петров;Иван;01.05.2014;;5А"});
    const auto result = parseRoster(file);
    const auto ids = idsOf(result);
    REQUIRE(ids.size() == 6);
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 6);
    CHECK(ids[0] == "P-7A59926D6A0A6600");
    for (const auto& id : ids) {
        CHECK(id.size() == 18);
        CHECK_THAT(id, Catch::Matchers::StartsWith("P-"));
    }
    SECTION("the same file gives the same ids") {
        CHECK(idsOf(parseRoster(file)) == ids);
    }
    SECTION("the disambiguation uses the SNILS, then the class") {
        // Without the first row, the SNILS row is the first of its name and gets the plain id.
        const auto withoutFirst =
            parseRoster(rosterFile({header, "Иванов;Пётр;01.05.2014;112-233-445 95;5Б"}));
        CHECK(idsOf(withoutFirst)[0] == ids[0]);
        // A row with a SNILS keeps its id when other namesakes without one are added after it.
        const auto fewer = parseRoster(rosterFile({header, "Иванов;Пётр;01.05.2014;123-456-789 64;5А",
                                                   "Иванов;Пётр;01.05.2014;112-233-445 95;5Б"}));
        CHECK(idsOf(fewer) == std::vector<std::string>{ids[0], ids[1]});
        // The class row does not depend on the SNILS row before it.
        const auto noSnilsRow = parseRoster(
            rosterFile({header, "Иванов;Пётр;01.05.2014;123-456-789 64;5А", "Иванов;Пётр;01.05.2014;;5В"}));
        CHECK(idsOf(noSnilsRow)[1] == ids[2]);
    }
}

TEST_CASE("ids from an id column are kept, and derived ids avoid them", "[roster][id]") {
    RosterIdDeriver deriver;
    diarydesk::Pupil pupil;
    pupil.name = {"Иванов", "Пётр", ""};
    pupil.birthDate = diarydesk::CalendarDate(2014, 5, 1);
    CHECK_FALSE(deriver.claim("P-7A59926D6A0A6600", 2).has_value());
    CHECK(deriver.claim("P-7A59926D6A0A6600", 5) == std::optional<std::size_t>(2));
    const std::string id = deriver.derive(pupil, 3);
    CHECK(id != "P-7A59926D6A0A6600");
    CHECK(deriver.derive(pupil, 4) != id);
    CHECK(deriver.claim(id, 9) == std::optional<std::size_t>(3));
}

TEST_CASE("the derived id hashes exactly the normaliseName form of every name", "[roster][id]") {
    const std::string name =
        GENERATE(as<std::string>{}, "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 "Салтыков-Щедрин", "ИВАНОВ", "Ёлкин", "", "-", "Ivanov", "Иванoв", "Иванов  Петров",
                 " Пётр ", "Гюль–Мамедова", "Їжак", "Ѐлена", "Ωмега", "Ян\u00A0Мин", "Анна\u200B");
    diarydesk::Pupil pupil;
    pupil.name = {name, name, name};
    pupil.birthDate = diarydesk::CalendarDate(2014, 5, 1);
    const std::string normalised = diarydesk::normaliseName(name);
    const std::string key = normalised + '\x1F' + normalised + '\x1F' + normalised + '\x1F' + "2014-05-01";
    RosterIdDeriver deriver;
    CHECK(deriver.derive(pupil) == RosterIdDeriver::format(RosterIdDeriver::fnv1a(key)));
}

TEST_CASE("the id table grows and still finds every id with its line", "[roster][id]") {
    RosterIdDeriver deriver; // no expected size: the table starts small and grows many times
    for (std::size_t line = 1; line <= 5000; ++line) {
        REQUIRE_FALSE(deriver.claim("STU-" + std::to_string(line * 7919 % 100003), line).has_value());
    }
    for (std::size_t line = 1; line <= 5000; ++line) {
        CHECK(deriver.claim("STU-" + std::to_string(line * 7919 % 100003), line + 10000) ==
              std::optional<std::size_t>(line));
    }
    CHECK_FALSE(deriver.claim("STU-100003", 1).has_value());
}
