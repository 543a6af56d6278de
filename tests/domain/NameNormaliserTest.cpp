#include "CatchCompat.hpp"

#include "PersonName.hpp"
#include "text/NameNormaliser.hpp"

using diarydesk::normaliseName;

TEST_CASE("names compare case-insensitively, Cyrillic included", "[names]") {
    CHECK(normaliseName("ИВАНОВ") == "иванов");
    CHECK(normaliseName("иВаНоВ") == "иванов");
    CHECK(normaliseName("ЁЖИКОВ") == "ежиков");
    CHECK(normaliseName("Ѓерман") == "ѓерман");
}

TEST_CASE("ё and е are the same letter for comparison", "[names]") {
    CHECK(normaliseName("Пётр") == normaliseName("Петр"));
    CHECK(normaliseName("Артём") == "артем");
    CHECK(normaliseName("Ёлкина") == "елкина");
}

TEST_CASE("spaces are trimmed and collapsed, any kind of space", "[names]") {
    CHECK(normaliseName("  Анна   Мария ") == "анна мария");
    CHECK(normaliseName("Анна\u00A0Мария") == "анна мария");
    CHECK(normaliseName("\tАнна\u2009Мария\r\n") == "анна мария");
    CHECK(normaliseName("   ").empty());
}

TEST_CASE("every dash variant becomes a plain hyphen without spaces", "[names]") {
    const auto surname = GENERATE(as<std::string>{}, "Петрова-Водкина", "Петрова‐Водкина", "Петрова‑Водкина",
                                  "Петрова–Водкина", "Петрова—Водкина", "Петрова−Водкина", "Петрова - Водкина",
                                  "ПЕТРОВА – ВОДКИНА");
    CHECK(normaliseName(surname) == "петрова-водкина");
}

TEST_CASE("Latin look-alikes inside a Cyrillic word become Cyrillic", "[names]") {
    CHECK(normaliseName("Иванoв") == "иванов");      // Latin o
    CHECK(normaliseName("Cергей") == "сергей");      // Latin C
    CHECK(normaliseName("AННА") == "анна");          // Latin A
    CHECK(normaliseName("Tимур") == "тимур");        // Latin T
    CHECK(normaliseName("Ивaнова-Kрылова") == "иванова-крылова");
}

TEST_CASE("Latin words stay Latin", "[names]") {
    CHECK(normaliseName("Smith") == "smith");
    CHECK(normaliseName("Анна Mary") == "анна mary");
}

TEST_CASE("invisible characters are dropped", "[names]") {
    CHECK(normaliseName("\xEF\xBB\xBFИванов") == "иванов");
    CHECK(normaliseName("Ива\u200Bнов") == "иванов");
    CHECK(normaliseName("Ива\u00ADнов") == "иванов");
}

TEST_CASE("a person's full name leaves out a missing patronymic", "[names]") {
    CHECK(diarydesk::PersonName{"Иванов", "Пётр", "Сергеевич"}.full() == "Иванов Пётр Сергеевич");
    CHECK(diarydesk::PersonName{"Смит", "Джон", ""}.full() == "Смит Джон");
    CHECK(diarydesk::PersonName{"Пётр", "ЁЛКИН", ""}.normalised() == diarydesk::PersonName{"петр", "елкин", ""});
}
