#include "RussianNames.hpp"

#include "RussianNameLists.hpp"

#include <cmath>

namespace diarydesk::sampledata {
namespace {

// Zipf-like weights: rank r (from 0) weighs 1 / (r + offset)^exponent. A larger offset flattens
// the head of the list.
WeightedChoice zipf(std::size_t count, double offset, double exponent) {
    std::vector<double> weights;
    weights.reserve(count);
    for (std::size_t rank = 0; rank < count; ++rank) {
        weights.push_back(1.0 / std::pow(static_cast<double>(rank) + offset, exponent));
    }
    return WeightedChoice(weights);
}

template <typename T>
const T& pickZipf(const std::vector<T>& list, const WeightedChoice& choice, SampleRandom& random) {
    return list[choice.pick(random)];
}

constexpr double doubleSurnameShare = 1.0 / 150;

} // namespace

std::string RussianNames::pickSurname(SampleRandom& random) {
    static const WeightedChoice choice = zipf(surnameList().size(), 12, 1.0);
    std::string surname(pickZipf(surnameList(), choice, random));
    if (random.chance(doubleSurnameShare)) {
        std::string_view second = pickZipf(surnameList(), choice, random);
        while (second == surname)
            second = pickZipf(surnameList(), choice, random);
        surname += '-';
        surname += second;
    }
    return surname;
}

std::string_view RussianNames::pickChildFirstName(SampleRandom& random, Sex sex) {
    static const WeightedChoice boys = zipf(boyNameList().size(), 4, 1.0);
    static const WeightedChoice girls = zipf(girlNameList().size(), 4, 1.0);
    return sex == Sex::male ? pickZipf(boyNameList(), boys, random) : pickZipf(girlNameList(), girls, random);
}

std::string_view RussianNames::pickMotherFirstName(SampleRandom& random) {
    static const WeightedChoice choice = zipf(motherNameList().size(), 3, 1.0);
    return pickZipf(motherNameList(), choice, random);
}

const FatherName& RussianNames::pickFatherName(SampleRandom& random) {
    static const WeightedChoice choice = zipf(fatherNameList().size(), 3, 1.0);
    return pickZipf(fatherNameList(), choice, random);
}

const FatherName* RussianNames::fatherForPatronymic(std::string_view patronymic) {
    for (const FatherName& father : fatherNameList()) {
        if (father.sonPatronymic == patronymic || father.daughterPatronymic == patronymic) return &father;
    }
    return nullptr;
}

bool RussianNames::isFemaleFirstName(std::string_view firstName) {
    for (const std::string_view name : girlNameList()) {
        if (name == firstName) return true;
    }
    for (const std::string_view name : motherNameList()) {
        if (name == firstName) return true;
    }
    return false;
}

bool RussianNames::isMaleFirstName(std::string_view firstName) {
    for (const std::string_view name : boyNameList()) {
        if (name == firstName) return true;
    }
    for (const FatherName& father : fatherNameList()) {
        if (father.name == firstName) return true;
    }
    return false;
}

} // namespace diarydesk::sampledata
