#include "matching/StringDistance.hpp"

#include "CatchCompat.hpp"
#include "matching/PhoneticKey.hpp"

#include <bit>
#include <string>

using namespace diarydesk;

TEST_CASE("the optimal string alignment distance counts code points, not bytes", "[matching][distance]") {
    CHECK(osaDistance(U"", U"") == 0);
    CHECK(osaDistance(U"алексей", U"алексей") == 0);
    CHECK(osaDistance(U"алексей", U"алесей") == 1);  // deletion
    CHECK(osaDistance(U"алесей", U"алексей") == 1);  // insertion
    CHECK(osaDistance(U"алексей", U"алексий") == 1); // substitution
    CHECK(osaDistance(U"алексей", U"алекесй") == 1); // adjacent transposition
    CHECK(osaDistance(U"ирина", U"алина") == 2);
    CHECK(osaDistance(U"", U"ян") == 2);
    CHECK(osaDistance(U"ca", U"abc") ==
          3); // OSA, unlike full Damerau–Levenshtein (2), edits no substring twice
    CHECK(osaDistance(U"иванов", U"иванова") == 1);
}

TEST_CASE("the bounded distance stops at the limit and agrees below it", "[matching][distance]") {
    CHECK(boundedOsaDistance(U"петров", U"сидоров", 1) == 2);
    CHECK(boundedOsaDistance(U"петров", U"сидоров", 2) == 3);
    CHECK(boundedOsaDistance(U"петров", U"сидоров", 10) == osaDistance(U"петров", U"сидоров"));
    CHECK(boundedOsaDistance(U"а", U"абвгд", 2) == 3); // lengths alone exceed the limit
    CHECK(boundedOsaDistance(U"константинопольская", U"константинопольскай", 1) == 1);

    const std::u32string longName(80, U'а');
    std::u32string typo = longName;
    typo[40] = U'б';
    CHECK(boundedOsaDistance(longName, typo, 3) == 1); // beyond the inline buffer
    typo[10] = U'б';
    typo[70] = U'б';
    typo[75] = U'б';
    CHECK(boundedOsaDistance(longName, typo, 3) == 4);
}

TEST_CASE("an adjacent transposition is told from other single edits", "[matching][distance]") {
    CHECK(isAdjacentTransposition(U"алексей", U"алекесй"));
    CHECK(isAdjacentTransposition(U"ab", U"ba"));
    CHECK_FALSE(isAdjacentTransposition(U"алексей", U"алексей"));
    CHECK_FALSE(isAdjacentTransposition(U"алексей", U"алексий"));
    CHECK_FALSE(isAdjacentTransposition(U"abc", U"cba"));
}

TEST_CASE("the near limit grows with the length of the names", "[matching][distance]") {
    CHECK(nearEditLimit(3, 4) == 1);
    CHECK(nearEditLimit(5, 5) == 1);
    CHECK(nearEditLimit(7, 6) == 2);
    CHECK(nearEditLimit(15, 7) == 3);
}

TEST_CASE("the phonetic key survives vowel typos, voicing, doubled letters and gender endings",
          "[matching][blocking]") {
    CHECK(phoneticKey(U"иванов") == phoneticKey(U"иванова"));
    CHECK(phoneticKey(U"иванов") == phoneticKey(U"иваннов"));
    CHECK(phoneticKey(U"иванов") == phoneticKey(U"ивонов"));
    CHECK(phoneticKey(U"толстой") == phoneticKey(U"толстая"));
    CHECK(phoneticKey(U"зуев") == phoneticKey(U"суев"));
    CHECK(phoneticKey(U"иванов") != phoneticKey(U"иваков"));
    CHECK(phoneticKey(U"иванов") != phoneticKey(U"петров"));
    CHECK(partKeys(U"петрова-водкина").size() == 2);
    CHECK(partKeys(U"петрова-водкина").front() == phoneticKey(U"петрова"));
    CHECK(partKeys(U"петрова").empty());
    CHECK(nameBlockKey(1, 2) != nameBlockKey(2, 1));
}

TEST_CASE("letter sets rule out names more than k edits apart", "[matching][blocking]") {
    const auto bitsApart = [](std::u32string_view left, std::u32string_view right) {
        return std::popcount(letterMask(left) ^ letterMask(right));
    };
    CHECK(bitsApart(U"алексей", U"алесей") <= 2);
    CHECK(bitsApart(U"алексей", U"алекесй") == 0);
    CHECK(bitsApart(U"алексей", U"тимофей") > 2);
}
