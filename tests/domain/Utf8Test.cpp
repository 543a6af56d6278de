#include "CatchCompat.hpp"

#include "text/Utf8.hpp"

namespace utf8 = diarydesk::utf8;

TEST_CASE("UTF-8 round-trips Cyrillic and supplementary characters", "[utf8]") {
    const std::string text = "Пётр Ёлкин — 😀";
    CHECK(utf8::isValid(text));
    CHECK(utf8::encode(utf8::decode(text)) == text);
    CHECK(utf8::decode("Ё") == std::u32string{U'Ё'});
}

TEST_CASE("malformed UTF-8 is detected and replaced", "[utf8]") {
    CHECK_FALSE(utf8::isValid("\xC0\xAF"));         // overlong
    CHECK_FALSE(utf8::isValid("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(utf8::isValid("\xD0"));             // truncated
    CHECK_FALSE(utf8::isValid("\xCF\xF0\xE8"));     // Windows-1251 "При"
    CHECK(utf8::decode("a\xFF" "b") == std::u32string{U'a', utf8::replacementCharacter, U'b'});
}
