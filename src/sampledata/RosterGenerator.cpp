#include "RosterGenerator.hpp"

#include "PupilFactory.hpp"
#include "text/NameNormaliser.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <tuple>

namespace diarydesk::sampledata {
namespace {

constexpr double twinShare = 0.012;
constexpr std::array<std::string_view, 3> classLetters{"А", "Б", "В"};

std::string rosterId(std::size_t number) {
    char text[32];
    std::snprintf(text, sizeof text, "STU-%06zu", number);
    return text;
}

// Fewer pupils in classes 10 and 11: many leave after the ninth grade.
WeightedChoice gradeChoice() {
    std::vector<double> weights(11, 1.0);
    weights[9] = 0.55;
    weights[10] = 0.5;
    return WeightedChoice(weights);
}

struct SortKey {
    int grade = 0;
    std::string className;
    std::string last;
    std::string first;
    std::string middle;
    std::string rosterId;
    std::size_t index = 0;

    auto tied() const { return std::tie(grade, className, last, first, middle, rosterId); }
};

std::vector<Pupil> sortedLikeAnExport(std::vector<Pupil> pupils) {
    std::vector<SortKey> keys;
    keys.reserve(pupils.size());
    for (std::size_t i = 0; i < pupils.size(); ++i) {
        const Pupil& pupil = pupils[i];
        keys.push_back({gradeOf(pupil.className), pupil.className, normaliseName(pupil.name.last),
                        normaliseName(pupil.name.first), normaliseName(pupil.name.middle), pupil.rosterId,
                        i});
    }
    std::sort(keys.begin(), keys.end(),
              [](const SortKey& a, const SortKey& b) { return a.tied() < b.tied(); });
    std::vector<Pupil> sorted;
    sorted.reserve(pupils.size());
    for (const SortKey& key : keys)
        sorted.push_back(std::move(pupils[key.index]));
    return sorted;
}

} // namespace

int gradeOf(std::string_view className) {
    int grade = 0;
    for (const char c : className) {
        if (c < '0' || c > '9') break;
        grade = grade * 10 + (c - '0');
    }
    return grade;
}

std::vector<Pupil> generateRoster(std::size_t count, std::uint64_t seed) {
    SampleRandom random(seed);
    UniqueSnilsGenerator snils;
    PupilFactory factory(random, snils);
    static const WeightedChoice grades = gradeChoice();

    std::vector<Pupil> pupils;
    pupils.reserve(count);
    while (pupils.size() < count) {
        const int grade = static_cast<int>(grades.pick(random)) + 1;
        const std::string className =
            std::to_string(grade) +
            std::string(classLetters[static_cast<std::size_t>(random.below(classLetters.size()))]);
        pupils.push_back(factory.pupil(grade, className));
        pupils.back().rosterId = rosterId(pupils.size());
        if (pupils.size() < count && random.chance(twinShare)) {
            pupils.push_back(factory.twinOf(pupils.back()));
            pupils.back().rosterId = rosterId(pupils.size());
        }
    }
    return sortedLikeAnExport(std::move(pupils));
}

} // namespace diarydesk::sampledata
