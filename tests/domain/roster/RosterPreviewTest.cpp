#include "CatchCompat.hpp"
#include "RosterTestFiles.hpp"
#include "roster/RosterParser.hpp"

using diarydesk::ColumnMapping;
using diarydesk::previewRoster;
using diarydesk::RosterField;
using diarydesk::TextEncoding;
using rostertest::rosterFile;

TEST_CASE("the preview shows the first records and the recognised mapping", "[roster][preview]") {
    const std::string file = rosterFile({"ФИО\tДата рождения\tКласс", "\"Иванов\nПётр\"\t01.05.2014\t5Б", "",
                                         "Петров Иван\t31.02.2014\t5А", "Сидоров Олег\t03.07.2014\t5В"},
                                        TextEncoding::cp1251, '\t');
    const auto preview = previewRoster(file, {}, 2);
    CHECK(preview.encoding == TextEncoding::cp1251);
    CHECK(preview.delimiter == '\t');
    CHECK(preview.header == std::vector<std::string>{"ФИО", "Дата рождения", "Класс"});
    REQUIRE(preview.records.size() == 2);
    CHECK(preview.records[0] == std::vector<std::string>{"Иванов\nПётр", "01.05.2014", "5Б"});
    CHECK(preview.records[1][1] == "31.02.2014"); // shown as is: the preview does not validate
    CHECK(preview.recordLines == std::vector<std::size_t>{2, 5});
    CHECK(preview.mapping == ColumnMapping{{RosterField::fullName, 0},
                                           {RosterField::birthDate, 1},
                                           {RosterField::className, 2}});
}

TEST_CASE("the preview returns an incomplete mapping instead of throwing", "[roster][preview]") {
    const auto preview = previewRoster(rosterFile({"Ученик;Д.р.;СНИЛС", "Иванов Пётр;01.05.2014;"}));
    CHECK(preview.mapping == ColumnMapping{{RosterField::snils, 2}});
    CHECK(preview.records.size() == 1);

    const auto empty = previewRoster("");
    CHECK(empty.header.empty());
    CHECK(empty.records.empty());
    CHECK(empty.mapping.empty());
}

TEST_CASE("the preview honours forced settings", "[roster][preview]") {
    diarydesk::RosterParseOptions options;
    options.delimiter = ',';
    options.encoding = TextEncoding::utf8;
    options.mapping = ColumnMapping{{RosterField::fullName, 0}, {RosterField::birthDate, 1}};
    const auto preview = previewRoster(rosterFile({"a;b,c", "1;2,3"}), options);
    CHECK(preview.delimiter == ',');
    CHECK(preview.header == std::vector<std::string>{"a;b", "c"});
    CHECK(preview.mapping == *options.mapping);
    CHECK(preview.records.size() == 1);
}
