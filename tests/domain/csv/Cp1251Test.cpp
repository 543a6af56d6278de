#include "csv/Cp1251.hpp"

#include "CatchCompat.hpp"
#include "text/Utf8.hpp"

#include <array>
#include <string>

namespace cp1251 = diarydesk::cp1251;

namespace {

// Produced once with `iconv -f CP1251 -t UTF-32BE` for every byte 0x80..0xFF. iconv leaves
// 0x98 undefined; it is written here as 0 and checked separately.
constexpr std::array<char32_t, 128> iconvTable{
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0,      0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, 0x0410,
    0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D,
    0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A,
    0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444,
    0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

} // namespace

TEST_CASE("every upper cp1251 byte decodes as iconv decodes it", "[cp1251]") {
    for (unsigned byte = 0x80; byte <= 0xFF; ++byte) {
        const char32_t expected = iconvTable[byte - 0x80];
        if (expected == 0) continue;
        INFO("byte 0x" << std::hex << byte);
        CHECK(cp1251::toUnicode(static_cast<unsigned char>(byte)) == expected);
        const std::string decoded = cp1251::decode(std::string(1, static_cast<char>(byte)));
        CHECK(diarydesk::utf8::decode(decoded) == std::u32string(1, expected));
    }
}

TEST_CASE("the byte iconv leaves undefined maps to U+0098 as in WHATWG", "[cp1251]") {
    CHECK(cp1251::toUnicode(0x98) == U'\u0098');
}

TEST_CASE("ASCII passes through cp1251 unchanged", "[cp1251]") {
    for (unsigned byte = 0; byte < 0x80; ++byte) {
        CHECK(cp1251::toUnicode(static_cast<unsigned char>(byte)) == byte);
    }
    CHECK(cp1251::decode("ID;Class 5\r\n") == "ID;Class 5\r\n");
}

TEST_CASE("cp1251 round-trips every byte through UTF-8", "[cp1251]") {
    std::string allBytes;
    for (unsigned byte = 0; byte <= 0xFF; ++byte)
        allBytes.push_back(static_cast<char>(byte));
    const std::string utf8Text = cp1251::decode(allBytes);
    CHECK(diarydesk::utf8::isValid(utf8Text));
    CHECK(cp1251::encode(utf8Text) == allBytes);
}

TEST_CASE("Russian names decode from and encode to cp1251 bytes", "[cp1251]") {
    const std::string bytes = "\xD1\xE5\xEC\xB8\xED\xEE\xE2 \xA8\xEB\xEA\xE8\xED"; // Семёнов Ёлкин
    CHECK(cp1251::decode(bytes) == "Семёнов Ёлкин");
    CHECK(cp1251::encode("Семёнов Ёлкин") == bytes);
    CHECK(cp1251::encode("№ 5 «А»") == "\xB9 5 \xAB\xC0\xBB");
}

TEST_CASE("characters cp1251 lacks are written as a question mark", "[cp1251]") {
    CHECK(cp1251::encode("Ağa Ω 😀 Ж") == "A?a ? ? \xC6");
    CHECK(cp1251::encode("bad \xFF byte") == "bad ? byte");
    CHECK(cp1251::fromUnicode(U'\u4E2D') == '?');
    CHECK(cp1251::fromUnicode(U'\u4E2D', '_') == '_');
    CHECK(cp1251::fromUnicode(U'\u0401') == '\xA8');
}
