#include "ApplicationSlips.hpp"

#include "text/NameNormaliser.hpp"
#include "text/Utf8.hpp"

#include <utility>

namespace diarydesk::testing {
namespace {

const char32_t cyrillicLetters[] = U"абвгдеёжзийклмнопрстуфхцчшщыьэюя";

} // namespace

std::string typo(DeterministicRandom& random, const std::string& name) {
    std::u32string text = utf8::decode(name);
    if (text.size() < 3) return name + "а";
    const std::size_t at = 1 + random.below(text.size() - 1);
    const char32_t letter = cyrillicLetters[random.below(32)];
    switch (random.below(4)) {
    case 0:
        text[at] = text[at] == letter ? U'о' : letter;
        break;
    case 1:
        text.erase(at, 1);
        break;
    case 2:
        text.insert(at, 1, letter);
        break;
    default:
        if (text[at - 1] == text[at])
            text[at] = letter;
        else
            std::swap(text[at - 1], text[at]);
    }
    const std::string result = utf8::encode(text);
    return normaliseName(result) == normaliseName(name) ? name + "а" : result;
}

std::string snilsWithOneDigitWrong(DeterministicRandom& random, const std::string& digits) {
    std::string changed = digits;
    const std::size_t at = random.below(11);
    changed[at] = static_cast<char>('0' + (changed[at] - '0' + 1 + static_cast<int>(random.below(9))) % 10);
    return changed;
}

std::string snilsWithSwappedDigits(DeterministicRandom& random, const std::string& digits) {
    std::string changed = digits;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const std::size_t at = random.below(10);
        if (changed[at] == changed[at + 1]) continue;
        std::swap(changed[at], changed[at + 1]);
        return changed;
    }
    return snilsWithOneDigitWrong(random, digits);
}

std::string formatSnils(const std::string& digits) {
    return digits.substr(0, 3) + '-' + digits.substr(3, 3) + '-' + digits.substr(6, 3) + ' ' +
           digits.substr(9, 2);
}

} // namespace diarydesk::testing
