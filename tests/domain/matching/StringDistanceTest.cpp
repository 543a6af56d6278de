#include "matching/StringDistance.hpp"

#include "CatchCompat.hpp"
#include "DeterministicRandom.hpp"
#include "matching/PhoneticKey.hpp"

#include <algorithm>
#include <bit>
#include <string>
#include <vector>

using namespace diarydesk;

namespace {

// The textbook table of the optimal string alignment distance, every cell filled: the reference
// the fast, bounded implementation is checked against.
int referenceOsaDistance(std::u32string_view left, std::u32string_view right) {
    std::vector<std::vector<int>> table(left.size() + 1, std::vector<int>(right.size() + 1));
    for (std::size_t i = 0; i <= left.size(); ++i)
        table[i][0] = static_cast<int>(i);
    for (std::size_t j = 0; j <= right.size(); ++j)
        table[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= left.size(); ++i) {
        for (std::size_t j = 1; j <= right.size(); ++j) {
            const int cost = left[i - 1] == right[j - 1] ? 0 : 1;
            table[i][j] = std::min({table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1]) {
                table[i][j] = std::min(table[i][j], table[i - 2][j - 2] + 1);
            }
        }
    }
    return table[left.size()][right.size()];
}

// A word over a few letters, so that random pairs share letters, runs and transpositions.
std::u32string randomWord(testing::DeterministicRandom& random, std::size_t length) {
    static constexpr char32_t letters[] = {U'а', U'б', U'в', U'г'};
    std::u32string word;
    for (std::size_t i = 0; i < length; ++i)
        word.push_back(letters[random.below(4)]);
    return word;
}

// `word` with a few random edits: close pairs, where the bound matters.
std::u32string edited(testing::DeterministicRandom& random, std::u32string word) {
    const std::size_t edits = random.below(4);
    for (std::size_t edit = 0; edit < edits && !word.empty(); ++edit) {
        const std::size_t at = random.below(word.size());
        switch (random.below(4)) {
        case 0:
            word.erase(at, 1);
            break;
        case 1:
            word.insert(word.begin() + static_cast<std::ptrdiff_t>(at), U'д');
            break;
        case 2:
            word[at] = U'е';
            break;
        default:
            if (at + 1 < word.size()) std::swap(word[at], word[at + 1]);
        }
    }
    return word;
}

} // namespace

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

TEST_CASE("the bounded distance equals the full table on random pairs, short and long",
          "[matching][distance]") {
    testing::DeterministicRandom random(2024);
    for (int pair = 0; pair < 4000; ++pair) {
        // Up to 12 code points mostly; some around the 64 of one machine word, and beyond.
        const std::size_t length = pair % 10 == 0 ? 56 + random.below(20) : random.below(13);
        const std::u32string left = randomWord(random, length);
        const std::u32string right =
            pair % 2 == 0 ? edited(random, left) : randomWord(random, random.below(13));
        const int expected = referenceOsaDistance(left, right);
        INFO("pair " << pair << ", lengths " << left.size() << " and " << right.size());
        CHECK(osaDistance(left, right) == expected);
        for (int limit = 0; limit <= 4; ++limit) {
            CHECK(boundedOsaDistance(left, right, limit) == std::min(expected, limit + 1));
            CHECK(boundedOsaDistance(right, left, limit) == std::min(expected, limit + 1));
        }
    }
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
