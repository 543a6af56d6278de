#include "csv/CsvWriter.hpp"

#include "CatchCompat.hpp"
#include "csv/CsvReader.hpp"

#include <string>
#include <vector>

using diarydesk::CsvWriter;

TEST_CASE("fields are quoted only when needed", "[csv][writer]") {
    CsvWriter writer(';');
    writer.writeRecord({"Иванов", "a;b", "say \"hi\"", "two\nlines", " padded", "a,b", ""});
    CHECK(writer.text() == "Иванов;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";\" padded\";a,b;\r\n");
}

TEST_CASE("the quoting follows the delimiter in use", "[csv][writer]") {
    CsvWriter writer(',');
    writer.writeRecord({"a;b", "a,b"});
    CHECK(writer.text() == "a;b,\"a,b\"\r\n");
}

TEST_CASE("a record of one empty field is not written as a blank line", "[csv][writer]") {
    CsvWriter writer(';');
    writer.writeRecord({""});
    CHECK(writer.text() == "\"\"\r\n");
}

TEST_CASE("what the writer writes the reader reads back", "[csv][writer]") {
    const char delimiter = GENERATE(';', ',', '\t');
    const std::vector<std::vector<std::string>> records{
        {"ID", "ФИО", "Примечание"},
        {"1", "Иванов; Пётр", "мать, \"отец\""},
        {"2", "Петров\tИван", "line\r\nbreak"},
        {"3", "", " leading and trailing "},
    };
    CsvWriter writer(delimiter);
    for (const auto& record : records)
        writer.writeRecord(record);

    diarydesk::CsvReader reader(writer.text(), delimiter);
    diarydesk::CsvRecord record;
    std::vector<std::vector<std::string>> readBack;
    while (reader.next(record))
        readBack.emplace_back(record.fields.begin(), record.fields.end());
    CHECK(readBack == records);
}
