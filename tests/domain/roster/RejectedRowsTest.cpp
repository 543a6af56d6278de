#include "CatchCompat.hpp"
#include "RosterTestFiles.hpp"
#include "roster/RosterParser.hpp"

using diarydesk::parseRoster;
using diarydesk::TextEncoding;
using diarydesk::writeRejectedRows;
using rostertest::rosterFile;

TEST_CASE("rejected rows are written back in the input's encoding and delimiter", "[roster][rejected]") {
    const auto encoding = GENERATE(TextEncoding::utf8, TextEncoding::cp1251);
    const bool byteOrderMark = encoding == TextEncoding::utf8 && GENERATE(false, true);
    const char delimiter = GENERATE(';', ',', '\t');
    const std::string input =
        rosterFile({"ID;Фамилия;Имя;Дата рождения;Примечание", "1;Иванов;Пётр;01.05.2014;",
                    "2;;Иван;02.06.2014;\"мать; отец, \"\"бабушка\"\"\"", "3;Сидоров;Олег;31.02.2014",
                    "4;Кузнецов;Глеб;03.07.2014;ok"},
                   encoding, delimiter, byteOrderMark);
    const auto result = parseRoster(input);
    REQUIRE(result.rejected.size() == 2);

    const std::string written = writeRejectedRows(result);
    CHECK((written.rfind("\xEF\xBB\xBF", 0) == 0) == byteOrderMark);
    CHECK(diarydesk::encodeText(diarydesk::decodeText(written, encoding), encoding) ==
          (byteOrderMark ? written.substr(3) : written));

    const auto readBack = parseRoster(written);
    CHECK(readBack.encoding == encoding);
    CHECK(readBack.byteOrderMark == byteOrderMark);
    CHECK(readBack.delimiter == delimiter);
    CHECK(readBack.header == std::vector<std::string>{"ID", "Фамилия", "Имя", "Дата рождения", "Примечание",
                                                      "Строка", "Ошибка"});
    // The rows are still wrong, so they come back as errors, with the original values.
    REQUIRE(readBack.rejected.size() == 2);
    // rosterFile() wrote the delimiter in place of the ';' inside the quoted note.
    const std::string note = std::string("мать") + delimiter + " отец, \"бабушка\"";
    CHECK(readBack.rejected[0].fields ==
          std::vector<std::string>{"2", "", "Иван", "02.06.2014", note, "3", "не указана фамилия"});
    CHECK(readBack.rejected[1].fields[0] == "3");
    CHECK(readBack.rejected[1].fields[4].empty());
    CHECK(readBack.rejected[1].fields[5] == "4");
    CHECK(readBack.rejected[1].fields[6] == result.rejected[1].reason);
}

TEST_CASE("a fixed rejected-rows file imports", "[roster][rejected]") {
    const auto result = parseRoster(rosterFile({"Фамилия;Имя;Дата рождения", "Иванов;Пётр;31.02.2014"}));
    const std::string written = writeRejectedRows(result);
    CHECK(written ==
          "Фамилия;Имя;Дата рождения;Строка;Ошибка\r\n"
          "Иванов;Пётр;31.02.2014;2;неверная дата рождения: такой даты не существует: 31.02.2014\r\n");
    std::string fixed = written;
    fixed.replace(fixed.find("31.02.2014"), 10, "28.02.2014");
    const auto imported = parseRoster(fixed);
    CHECK(imported.errors.empty());
    REQUIRE(imported.rows.size() == 1);
    CHECK(imported.rows[0].pupil.birthDate == diarydesk::CalendarDate(2014, 2, 28));
}

TEST_CASE("rows longer than the header keep the line and error columns last", "[roster][rejected]") {
    const auto result = parseRoster(rosterFile({"Фамилия;Имя;Дата рождения", ";Иван;01.05.2014;лишнее;;"}));
    REQUIRE(result.rejected.size() == 1);
    const std::string written = writeRejectedRows(result);
    CHECK(written ==
          "Фамилия;Имя;Дата рождения;;Строка;Ошибка\r\n;Иван;01.05.2014;лишнее;2;не указана фамилия\r\n");
}

TEST_CASE("characters cp1251 cannot hold become question marks", "[roster][rejected]") {
    auto result =
        parseRoster(rosterFile({"Фамилия;Имя;Дата рождения", ";Иван;01.05.2014"}, TextEncoding::cp1251));
    result.rejected[0].fields[1] = "Zoë☺";
    const std::string written = writeRejectedRows(result);
    CHECK(written.find("Zo??") != std::string::npos);
}

TEST_CASE("no rejected rows give the header alone", "[roster][rejected]") {
    const auto result = parseRoster(rosterFile({"Фамилия;Имя;Дата рождения", "Иванов;Пётр;01.05.2014"}));
    CHECK(writeRejectedRows(result) == "Фамилия;Имя;Дата рождения;Строка;Ошибка\r\n");
}
