#include "csv/CsvDialectDetector.hpp"

#include "CatchCompat.hpp"

#include <string>

using diarydesk::detectCsvDelimiter;

TEST_CASE("each delimiter is detected", "[csv][dialect]") {
    CHECK(detectCsvDelimiter("Фамилия;Имя;Дата рождения\nИванов;Пётр;01.05.2014\n") == ';');
    CHECK(detectCsvDelimiter("Фамилия,Имя,Дата рождения\nИванов,Пётр,01.05.2014\n") == ',');
    CHECK(detectCsvDelimiter("Фамилия\tИмя\tДата рождения\nИванов\tПётр\t01.05.2014\n") == '\t');
}

TEST_CASE("delimiters inside quotes do not count", "[csv][dialect]") {
    const std::string text = "ФИО,Дата рождения\n"
                             "\"Иванов; Пётр; Сергеевич\",01.05.2014\n"
                             "\"Петров;\nИван\",02.06.2014\n";
    CHECK(detectCsvDelimiter(text) == ',');
}

TEST_CASE("the header decides: a delimiter missing from it is not the delimiter", "[csv][dialect]") {
    // Commas appear in every data row, consistently, but not in the header.
    const std::string text = "ФИО;Примечание\nИванов Пётр;мать, отец\nПетров Иван;бабушка, дедушка\n";
    CHECK(detectCsvDelimiter(text) == ';');
}

TEST_CASE("consistency across records beats a larger count in the header", "[csv][dialect]") {
    // The header has a comma in one title and semicolons between columns; the data rows have
    // as many semicolons as the header and no commas.
    const std::string text =
        "ID;Фамилия, имя;Дата рождения\n1;Иванов Пётр;01.05.2014\n2;Петров Иван;02.06.2014\n";
    CHECK(detectCsvDelimiter(text) == ';');
    const std::string commas = "a,b,c,d;e\n1,2,3,4\n5,6,7,8\n";
    CHECK(detectCsvDelimiter(commas) == ',');
}

TEST_CASE("without any candidate in the header the delimiter is a semicolon", "[csv][dialect]") {
    CHECK(detectCsvDelimiter("") == ';');
    CHECK(detectCsvDelimiter("ФИО\nИванов Пётр\n") == ';');
}

TEST_CASE("leading blank lines and CRLF do not disturb detection", "[csv][dialect]") {
    CHECK(detectCsvDelimiter("\r\n\r\nа\tб\r\n1\t2\r\n") == '\t');
}

TEST_CASE("a tie goes to the semicolon, then the comma", "[csv][dialect]") {
    CHECK(detectCsvDelimiter("a;b,c\n") == ';');
    CHECK(detectCsvDelimiter("a,b\tc\n") == ',');
}
