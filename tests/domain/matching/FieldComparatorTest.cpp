#include "CatchCompat.hpp"
#include "MatchingTestData.hpp"
#include "matching/NameComparator.hpp"
#include "matching/SnilsComparator.hpp"
#include "text/NameNormaliser.hpp"
#include "text/Utf8.hpp"

using namespace diarydesk;
using diarydesk::testing::badChecksumSnils;
using diarydesk::testing::validSnils;

namespace {

FieldEvidence namePart(const std::string& application, const std::string& roster) {
    const auto left = utf8::decode(normaliseName(application));
    const auto right = utf8::decode(normaliseName(roster));
    return toEvidence(compareNamePart(application, roster, left, right));
}

FieldEvidence surname(const std::string& application, const std::string& roster) {
    const auto left = utf8::decode(normaliseName(application));
    const auto right = utf8::decode(normaliseName(roster));
    return toEvidence(compareSurname(application, roster, left, right));
}

std::array<FieldEvidence, 3> names(const std::string& application, const std::string& roster) {
    const PersonName left = testing::nameOf(application);
    const PersonName right = testing::nameOf(roster);
    const auto l = std::array{utf8::decode(normaliseName(left.last)), utf8::decode(normaliseName(left.first)),
                              utf8::decode(normaliseName(left.middle))};
    const auto r =
        std::array{utf8::decode(normaliseName(right.last)), utf8::decode(normaliseName(right.first)),
                   utf8::decode(normaliseName(right.middle))};
    const auto outcomes = compareNames(left, {l[0], l[1], l[2]}, right, {r[0], r[1], r[2]});
    return {toEvidence(outcomes[0]), toEvidence(outcomes[1]), toEvidence(outcomes[2])};
}

FieldEvidence snils(const std::string& application, const std::string& roster, bool trusted = true,
                    bool applicants = false) {
    return toEvidence(
        compareSnils(readSnilsDigits(application), applicants, readSnilsDigits(roster), trusted));
}

} // namespace

TEST_CASE("name parts agree, agree after normalising, are near, differ or are missing",
          "[matching][evidence]") {
    CHECK(namePart("Алексей", "Алексей") == FieldEvidence{Agreement::agree, ""});
    CHECK(namePart("АЛЕКСЕЙ", "Алексей") == FieldEvidence{Agreement::agreeNormalised, ""});
    CHECK(namePart("Алёна", "Алена") == FieldEvidence{Agreement::agreeNormalised, ""});
    CHECK(namePart("Aлена", "Алена") == FieldEvidence{Agreement::agreeNormalised, ""}); // Latin A
    CHECK(namePart(" Анна  Мария ", "Анна Мария") == FieldEvidence{Agreement::agreeNormalised, ""});
    CHECK(namePart("Алесей", "Алексей") == FieldEvidence{Agreement::near, "edit_distance:1"});
    CHECK(namePart("Алекесй", "Алексей") == FieldEvidence{Agreement::near, "transposition"});
    CHECK(namePart("Константин", "Кнстантинн") == FieldEvidence{Agreement::near, "edit_distance:2"});
    CHECK(namePart("Ирина", "Алина") ==
          FieldEvidence{Agreement::differ, ""}); // short: two edits is another name
    CHECK(namePart("Пётр", "Иван") == FieldEvidence{Agreement::differ, ""});
    CHECK(namePart("", "Сергеевич") == FieldEvidence{Agreement::missing, "absent_in_application"});
    CHECK(namePart("Сергеевич", "") == FieldEvidence{Agreement::missing, "absent_in_roster"});
    CHECK(namePart("", "") == FieldEvidence{Agreement::missing, "absent_on_both"});
}

TEST_CASE("one part of a double surname is near, either way round", "[matching][evidence]") {
    CHECK(surname("Петрова", "Петрова-Водкина") == FieldEvidence{Agreement::near, "double_surname_part"});
    CHECK(surname("Водкина", "Петрова-Водкина") == FieldEvidence{Agreement::near, "double_surname_part"});
    CHECK(surname("Петрова-Водкина", "Петрова") == FieldEvidence{Agreement::near, "double_surname_part"});
    CHECK(surname("Петрова – Водкина", "Петрова-Водкина") == FieldEvidence{Agreement::agreeNormalised, ""});
    CHECK(surname("Мамина Сибирячка", "Мамин-Сибиряк") == FieldEvidence{Agreement::differ, ""});
    CHECK(surname("Сидорова", "Петрова-Водкина") == FieldEvidence{Agreement::differ, ""});
}

TEST_CASE("swapped first and last names are recognised as such", "[matching][evidence]") {
    auto evidence = names("Иван Иванов Петрович", "Иванов Иван Петрович");
    CHECK(evidence[0] == FieldEvidence{Agreement::near, "names_swapped"});
    CHECK(evidence[1] == FieldEvidence{Agreement::near, "names_swapped"});
    CHECK(evidence[2] == FieldEvidence{Agreement::agree, ""});
    evidence = names("Глеб Лаврентьев", "Лаврентьев Глеб Аркадьевич");
    CHECK(evidence[0] == FieldEvidence{Agreement::near, "names_swapped"});
    CHECK(evidence[2] == FieldEvidence{Agreement::missing, "absent_in_application"});
    evidence = names("Иванов Иван Петрович", "Иванов Иван Петрович");
    CHECK(evidence[0] == FieldEvidence{Agreement::agree, ""});
    CHECK(evidence[1] == FieldEvidence{Agreement::agree, ""});
}

TEST_CASE("SNILS evidence: agreement needs valid, trusted, equal digits", "[matching][evidence][snils]") {
    const std::string number = validSnils(112233445);
    std::string digits =
        number.substr(0, 3) + number.substr(4, 3) + number.substr(8, 3) + number.substr(12, 2);
    CHECK(snils(number, number) == FieldEvidence{Agreement::agree, ""});
    CHECK(snils(digits, number) == FieldEvidence{Agreement::agree, ""}); // layout does not matter
    CHECK(snils(number, number, false) == FieldEvidence{Agreement::near, "flagged_in_roster"});
    CHECK(snils(badChecksumSnils(112233445), badChecksumSnils(112233445), false) ==
          FieldEvidence{Agreement::near, "flagged_in_roster"});
    CHECK(snils(badChecksumSnils(112233445), badChecksumSnils(112233445), true) ==
          FieldEvidence{Agreement::near, "bad_checksum"});

    std::string oneDigit = digits;
    oneDigit[4] = oneDigit[4] == '9' ? '0' : static_cast<char>(oneDigit[4] + 1);
    CHECK(snils(oneDigit, number) == FieldEvidence{Agreement::near, "snils_one_digit"});
    std::string transposed = digits;
    std::swap(transposed[1], transposed[2]);
    CHECK(snils(transposed, number) == FieldEvidence{Agreement::near, "snils_transposition"});

    CHECK(snils(validSnils(556677889), number) == FieldEvidence{Agreement::differ, "different_valid_snils"});
    CHECK(snils(validSnils(556677889), number, false) == FieldEvidence{Agreement::differ, ""});
    CHECK(snils(validSnils(556677889), number, true, true) ==
          FieldEvidence{Agreement::differ, "applicant_snils"});
    CHECK(snils("", number) == FieldEvidence{Agreement::missing, "absent_in_application"});
    CHECK(snils("12-34", number) == FieldEvidence{Agreement::missing, "malformed_in_application"});
    CHECK(snils(number, "") == FieldEvidence{Agreement::missing, "absent_in_roster"});
    CHECK(snils(number, "123 456", false) == FieldEvidence{Agreement::missing, "malformed_in_roster"});
}

TEST_CASE("SNILS digits are read from the accepted layouts and from odd ones with 11 digits",
          "[matching][snils]") {
    CHECK(readSnilsDigits("").state == SnilsDigits::State::absent);
    CHECK(readSnilsDigits("   ").state == SnilsDigits::State::absent);
    CHECK(readSnilsDigits("123").state == SnilsDigits::State::malformed);
    const SnilsDigits odd = readSnilsDigits("112.233.445.95");
    CHECK(odd.hasDigits());
    CHECK(odd.key() == 11223344595ULL);
    CHECK(odd.checksumValid);
    CHECK_FALSE(readSnilsDigits(badChecksumSnils(112233445)).checksumValid);
}
