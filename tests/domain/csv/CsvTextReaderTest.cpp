#include "csv/CsvTextReader.hpp"

#include "CatchCompat.hpp"
#include "RecordsRead.hpp"
#include "csv/Cp1251.hpp"
#include "csv/TextCodec.hpp"

#include <string>
#include <vector>

using namespace diarydesk;
using diarydesk::testing::readAll;
using diarydesk::testing::ReadRecord;

namespace {

// Read record by record from the file's own bytes, and read from the whole file decoded first:
// the same records, field for field.
void checkSameAsDecodedFirst(const std::string& utf8Text, char delimiter) {
    const std::string fileBytes = cp1251::encode(utf8Text);
    DecodedText opened;
    openFileText(fileBytes, TextEncoding::cp1251, opened);
    CHECK(opened.text.data() == fileBytes.data()); // not decoded
    CsvTextReader byRecord(opened.text, opened.encoding, delimiter);

    DecodedText decoded;
    decodeFileText(fileBytes, TextEncoding::cp1251, decoded);
    CsvReader whole(decoded.text, delimiter);

    const auto expected = readAll(whole);
    CHECK(readAll(byRecord) == expected);
    CHECK(!expected.empty());
}

} // namespace

TEST_CASE("a Windows-1251 file read record by record gives the records of the decoded file", "[csv]") {
    checkSameAsDecodedFirst(
        "ID;Фамилия;Имя\r\nSTU-1;Ёлкина;Алёна\r\nSTU-2;\"Петрова; Водкина\";\"Анна \"\"Аня\"\"\"\r\n"
        "\r\nSTU-3;\"Иванов\r\nмладший\";Пётр\r\nSTU-4;Сидоров «Сид» №5;€\r\n",
        ';');
    checkSameAsDecodedFirst("a,b\nЯ,\"хвост\"после\n\"не закрыта,ё", ',');
}

TEST_CASE("a UTF-8 file is read as it is", "[csv]") {
    const std::string text = "Фамилия;Имя\nЁлкина;Алёна\n";
    DecodedText opened;
    openFileText(text, std::nullopt, opened);
    CHECK(opened.encoding == TextEncoding::utf8);
    CsvTextReader reader(opened.text, opened.encoding, ';');
    const auto records = readAll(reader);
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == std::vector<std::string>{"Ёлкина", "Алёна"});
}

TEST_CASE("opening a file tells Windows-1251 from UTF-8 as decoding does", "[csv]") {
    const std::string fileBytes = cp1251::encode("Фамилия;Имя\nЁлкина;Алёна\n");
    DecodedText opened;
    openFileText(fileBytes, std::nullopt, opened);
    DecodedText decoded;
    decodeFileText(fileBytes, std::nullopt, decoded);
    CHECK(opened.encoding == TextEncoding::cp1251);
    CHECK(decoded.encoding == TextEncoding::cp1251);
    CHECK(decoded.text == "Фамилия;Имя\nЁлкина;Алёна\n");
}
