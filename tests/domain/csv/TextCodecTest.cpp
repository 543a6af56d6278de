#include "csv/TextCodec.hpp"

#include "CatchCompat.hpp"
#include "ValidationError.hpp"
#include "csv/TextEncoding.hpp"

#include <string>

using diarydesk::DecodedText;
using diarydesk::TextEncoding;

namespace {

const std::string bom = "\xEF\xBB\xBF";
const std::string cp1251Header = "\xD4\xE0\xEC\xE8\xEB\xE8\xFF;\xC8\xEC\xFF"; // Фамилия;Имя

} // namespace

TEST_CASE("encodings have stable names", "[encoding]") {
    CHECK(diarydesk::toString(TextEncoding::utf8) == "utf-8");
    CHECK(diarydesk::toString(TextEncoding::cp1251) == "cp1251");
    CHECK(diarydesk::textEncodingFromString("utf-8") == TextEncoding::utf8);
    CHECK(diarydesk::textEncodingFromString("UTF8") == TextEncoding::utf8);
    CHECK(diarydesk::textEncodingFromString("cp1251") == TextEncoding::cp1251);
    CHECK(diarydesk::textEncodingFromString("Windows-1251") == TextEncoding::cp1251);
    CHECK_FALSE(diarydesk::textEncodingFromString("koi8-r").has_value());
}

TEST_CASE("the encoding of a file is detected", "[encoding]") {
    DecodedText decoded;
    SECTION("UTF-8 without a byte order mark") {
        diarydesk::decodeFileText("Фамилия;Имя", std::nullopt, decoded);
        CHECK(decoded.encoding == TextEncoding::utf8);
        CHECK_FALSE(decoded.byteOrderMark);
        CHECK(decoded.text == "Фамилия;Имя");
    }
    SECTION("UTF-8 with a byte order mark, which is dropped") {
        const std::string file = bom + "Фамилия;Имя";
        diarydesk::decodeFileText(file, std::nullopt, decoded);
        CHECK(decoded.encoding == TextEncoding::utf8);
        CHECK(decoded.byteOrderMark);
        CHECK(decoded.text == "Фамилия;Имя");
    }
    SECTION("Windows-1251") {
        diarydesk::decodeFileText(cp1251Header, std::nullopt, decoded);
        CHECK(decoded.encoding == TextEncoding::cp1251);
        CHECK_FALSE(decoded.byteOrderMark);
        CHECK(decoded.text == "Фамилия;Имя");
    }
    SECTION("plain ASCII counts as UTF-8") {
        diarydesk::decodeFileText("last_name,first_name", std::nullopt, decoded);
        CHECK(decoded.encoding == TextEncoding::utf8);
    }
    SECTION("an empty file") {
        diarydesk::decodeFileText("", std::nullopt, decoded);
        CHECK(decoded.encoding == TextEncoding::utf8);
        CHECK(decoded.text.empty());
    }
}

TEST_CASE("a forced encoding wins over detection", "[encoding]") {
    DecodedText decoded;
    SECTION("valid UTF-8 read as cp1251 gives cp1251 letters") {
        diarydesk::decodeFileText("Ж", TextEncoding::cp1251, decoded);
        CHECK(decoded.encoding == TextEncoding::cp1251);
        CHECK(decoded.text == "Р–"); // D0 96 in cp1251
    }
    SECTION("cp1251 bytes forced as UTF-8 become replacement characters") {
        diarydesk::decodeFileText("a\xC8z", TextEncoding::utf8, decoded);
        CHECK(decoded.encoding == TextEncoding::utf8);
        CHECK(decoded.text == "a\uFFFDz");
    }
    SECTION("a byte order mark is still dropped when UTF-8 is forced") {
        const std::string file = bom + "ID";
        diarydesk::decodeFileText(file, TextEncoding::utf8, decoded);
        CHECK(decoded.byteOrderMark);
        CHECK(decoded.text == "ID");
    }
}

TEST_CASE("a UTF-16 file is refused with advice on how to save it", "[encoding]") {
    DecodedText decoded;
    const std::string utf16 = std::string("\xFF\xFE", 2) + std::string("I\0D\0", 4);
    try {
        diarydesk::decodeFileText(utf16, std::nullopt, decoded);
        FAIL("UTF-16 accepted");
    } catch (const diarydesk::ValidationError& error) {
        CHECK_THAT(std::string(error.what()), Catch::Matchers::Contains("UTF-16"));
        CHECK_THAT(std::string(error.what()), Catch::Matchers::Contains("CSV UTF-8"));
    }
}

TEST_CASE("text is encoded back to file bytes", "[encoding]") {
    CHECK(diarydesk::encodeFileText("Имя", TextEncoding::utf8, false) == "Имя");
    CHECK(diarydesk::encodeFileText("Имя", TextEncoding::utf8, true) == bom + "Имя");
    CHECK(diarydesk::encodeFileText("Имя", TextEncoding::cp1251, false) == "\xC8\xEC\xFF");
    // cp1251 has no byte order mark.
    CHECK(diarydesk::encodeFileText("Имя", TextEncoding::cp1251, true) == "\xC8\xEC\xFF");
    CHECK(diarydesk::encodeFileText("Zoë ☺", TextEncoding::cp1251, false) == "Zo? ?");
}

TEST_CASE("whole texts convert between an encoding and UTF-8", "[encoding]") {
    using diarydesk::decodeText;
    using diarydesk::encodeText;
    CHECK(decodeText("\xC8\xEC\xFF", TextEncoding::cp1251) == "Имя");
    CHECK(decodeText(bom + "Имя", TextEncoding::utf8) == "Имя");
    CHECK(decodeText("a\xC8", TextEncoding::utf8) == "a\uFFFD");
    CHECK(encodeText("Имя", TextEncoding::cp1251) == "\xC8\xEC\xFF");
    CHECK(encodeText("Имя ☺", TextEncoding::cp1251) == "\xC8\xEC\xFF ?");
    CHECK(encodeText("Имя", TextEncoding::utf8) == "Имя");
    const std::string everyLetter = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    CHECK(decodeText(encodeText(everyLetter, TextEncoding::cp1251), TextEncoding::cp1251) == everyLetter);
}
