#include "CatchCompat.hpp"

#include "SnilsNumber.hpp"
#include "ValidationError.hpp"

using diarydesk::SnilsNumber;
using diarydesk::ValidationError;

TEST_CASE("SNILS is accepted in every layout people type", "[snils]") {
    const auto layout = GENERATE(as<std::string>{}, "123-456-789 64", "12345678964", "123 456 789 64",
                                 "123-456-789-64", "  123-456-789 64 ");
    const auto number = SnilsNumber::parse(layout);
    CHECK(number.digits() == "12345678964");
    CHECK(number.formatted() == "123-456-789 64");
    CHECK(number.hasValidChecksum());
}

TEST_CASE("SNILS layouts that are not SNILS are refused", "[snils]") {
    const auto text = GENERATE(as<std::string>{}, "", "123-456-789 6", "123-456-789 644", "123--456-789 64",
                               "12a-456-789 64", "1234-56-789 64", "123_456_789_64", "123-456-789 64-");
    CHECK_THROWS_AS(SnilsNumber::parse(text), ValidationError);
    CHECK_FALSE(SnilsNumber::tryParse(text).has_value());
}

TEST_CASE("a SNILS that lost its leading zeros in Excel gets an explanation", "[snils]") {
    try {
        SnilsNumber::parse("1234567890");
        FAIL("accepted 10 digits");
    } catch (const ValidationError& error) {
        CHECK(std::string(error.what()).find("10 цифр вместо 11") != std::string::npos);
        CHECK(std::string(error.what()).find("Excel") != std::string::npos);
    }
}

TEST_CASE("SNILS control number follows the Pension Fund rules", "[snils]") {
    SECTION("a sum below 100 is the control number") {
        CHECK(SnilsNumber::controlNumberFor("112233445") == 95);
        CHECK(SnilsNumber::parse("112-233-445 95").hasValidChecksum());
        CHECK_FALSE(SnilsNumber::parse("112-233-445 96").hasValidChecksum());
    }
    SECTION("sums of 100 and 101 give 00") {
        CHECK(SnilsNumber::controlNumberFor("001239570") == 99);
        CHECK(SnilsNumber::controlNumberFor("001326679") == 0); // sum 100
        CHECK(SnilsNumber::controlNumberFor("001508816") == 0); // sum 101
        CHECK(SnilsNumber::parse("001-326-679 00").hasValidChecksum());
        CHECK(SnilsNumber::parse("001-508-816 00").hasValidChecksum());
        CHECK_FALSE(SnilsNumber::parse("001-326-679 01").hasValidChecksum());
    }
    SECTION("above 101 the sum is taken mod 101") {
        CHECK(SnilsNumber::controlNumberFor("001437545") == 1); // sum 102
        CHECK(SnilsNumber::controlNumberFor("123456789") == 64); // sum 165
        CHECK(SnilsNumber::parse("123-456-789 64").hasValidChecksum());
        CHECK_FALSE(SnilsNumber::parse("123-456-789 65").hasValidChecksum());
    }
    SECTION("a remainder of 100 becomes 00") {
        CHECK(SnilsNumber::controlNumberFor("017996174") == 0); // sum 201, 201 mod 101 = 100
        CHECK(SnilsNumber::parse("017-996-174 00").hasValidChecksum());
    }
    SECTION("numbers up to 001-001-998 carry no check") {
        CHECK(SnilsNumber::parse("001-001-998 77").hasValidChecksum());
        CHECK(SnilsNumber::parse("000-000-001 00").hasValidChecksum());
        CHECK_FALSE(SnilsNumber::parse("001-001-999 77").hasValidChecksum());
    }
}

TEST_CASE("a masked SNILS shows only the last five digits", "[snils]") {
    CHECK(SnilsNumber::parse("12345678964").masked() == "***-***-789 64");
}
