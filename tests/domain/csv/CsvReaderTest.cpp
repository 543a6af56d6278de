#include "csv/CsvReader.hpp"

#include "CatchCompat.hpp"
#include "RecordsRead.hpp"

#include <string>
#include <vector>

using diarydesk::CsvReader;
using diarydesk::CsvRecord;
using diarydesk::testing::ReadRecord;

namespace {

std::vector<ReadRecord> readAll(std::string_view text, char delimiter = ';') {
    CsvReader reader(text, delimiter);
    return diarydesk::testing::readAll(reader);
}

using Fields = std::vector<std::string>;

} // namespace

TEST_CASE("plain records are split on the delimiter", "[csv]") {
    const char delimiter = GENERATE(';', ',', '\t');
    std::string text = "a;b;c\n1;2;3\n";
    for (char& c : text) {
        if (c == ';') c = delimiter;
    }
    const auto records = readAll(text, delimiter);
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields{"a", "b", "c"});
    CHECK(records[1].fields == Fields{"1", "2", "3"});
    CHECK(records[1].line == 2);
}

TEST_CASE("other delimiters are ordinary characters", "[csv]") {
    const auto records = readAll("a,b;c\td\n", ';');
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == Fields{"a,b", "c\td"});
}

TEST_CASE("quoted fields keep delimiters, doubled quotes and line breaks", "[csv]") {
    const auto records =
        readAll("\"Иванов; Пётр\";\"ООО \"\"Ромашка\"\"\";\"two\r\nlines\";\"\"\nnext;row\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields{"Иванов; Пётр", "ООО \"Ромашка\"", "two\r\nlines", ""});
    CHECK(records[0].line == 1);
    CHECK(records[1].fields == Fields{"next", "row"});
    CHECK(records[1].line == 3);
}

TEST_CASE("line numbers are those of the physical line a record starts on", "[csv]") {
    SECTION("after a field with several line breaks") {
        const auto records = readAll("h1;h2\n\"a\nb\nc\";x\nlast;y\n");
        REQUIRE(records.size() == 3);
        CHECK(records[1].line == 2);
        CHECK(records[2].line == 5);
        CHECK(records[2].fields == Fields{"last", "y"});
    }
    SECTION("with CRLF, LF and lone CR mixed, inside quotes too") {
        const auto records = readAll("h\r\n\"q\r\nw\rz\ny\"\rnext\nthird\r\n");
        REQUIRE(records.size() == 4);
        CHECK(records[1].line == 2);
        CHECK(records[1].fields == Fields{"q\r\nw\rz\ny"});
        CHECK(records[2].line == 6);
        CHECK(records[2].fields == Fields{"next"});
        CHECK(records[3].line == 7);
        CHECK(records[3].fields == Fields{"third"});
    }
    SECTION("blank lines are skipped but counted") {
        const auto records = readAll("\n\r\nh\n\n\r\n\rrow\r\n\r\n");
        REQUIRE(records.size() == 2);
        CHECK(records[0].line == 3);
        CHECK(records[1].line == 7);
        CHECK(records[1].fields == Fields{"row"});
    }
    SECTION("a doubled quote next to a quoted line break") {
        const auto records = readAll("\"a\"\"\n\"\"b\";c\nd\n");
        REQUIRE(records.size() == 2);
        CHECK(records[0].fields == Fields{"a\"\n\"b", "c"});
        CHECK(records[1].line == 3);
    }
}

TEST_CASE("the last record may lack a line break", "[csv]") {
    const auto records = readAll("a;b\r\nc;d");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == Fields{"c", "d"});
}

TEST_CASE("empty and trailing fields are kept as empty fields", "[csv]") {
    const auto records = readAll(";a;;b;\n;\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == Fields{"", "a", "", "b", ""});
    CHECK(records[1].fields == Fields{"", ""});
}

TEST_CASE("an unclosed quote runs to the end of the file and is reported", "[csv]") {
    const auto records = readAll("h;i\nok;1\n\"open;2\nmore;3\n");
    REQUIRE(records.size() == 3);
    CHECK_FALSE(records[1].unterminatedQuote);
    CHECK(records[2].unterminatedQuote);
    CHECK(records[2].line == 3);
    CHECK(records[2].fields == Fields{"open;2\nmore;3\n"});
}

TEST_CASE("malformed quoting is read the way Excel reads it", "[csv]") {
    SECTION("a quote inside an unquoted field is an ordinary character") {
        const auto records = readAll("ООО \"Ромашка\";5 \"А\"\n");
        REQUIRE(records.size() == 1);
        CHECK(records[0].fields == Fields{"ООО \"Ромашка\"", "5 \"А\""});
    }
    SECTION("text after a closing quote joins the field") {
        const auto records = readAll("\"Иванов\" Пётр;x\n");
        REQUIRE(records.size() == 1);
        CHECK(records[0].fields == Fields{"Иванов Пётр", "x"});
    }
}

TEST_CASE("the fields of a record stay valid until the next record is read", "[csv]") {
    const std::string text = "\"a\"\"b\";c\n";
    CsvReader reader(text, ';');
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.fields[0] == "a\"b");
    CHECK(record.fields[1] == "c");
    CHECK_FALSE(reader.next(record));
}
