#include "DataEntrySlips.hpp"

#include "text/Utf8.hpp"

#include <array>

namespace diarydesk::sampledata {
namespace {

// The letter rows of the Russian ЙЦУКЕН layout: a slip hits the key next to the right one.
constexpr std::array<std::u32string_view, 3> keyboardRows{U"йцукенгшщзхъ", U"фывапролджэ", U"ячсмитьбю"};

char32_t upper(char32_t cp) {
    if (cp >= U'a' && cp <= U'z') return cp - 0x20;
    if (cp >= 0x0430 && cp <= 0x044F) return cp - 0x20;
    if (cp >= 0x0450 && cp <= 0x045F) return cp - 0x50;
    return cp;
}

// Unlike foldCase, keeps ё a distinct letter: the slips must not fix or add ё by accident.
char32_t lower(char32_t cp) {
    if (cp >= U'A' && cp <= U'Z') return cp + 0x20;
    if (cp >= 0x0410 && cp <= 0x042F) return cp + 0x20;
    if (cp >= 0x0400 && cp <= 0x040F) return cp + 0x50;
    return cp;
}

char32_t neighbourKey(char32_t letter, SampleRandom& random) {
    const bool capital = lower(letter) != letter;
    const char32_t key = lower(letter) == 0x0451 ? U'е' : lower(letter);
    for (const std::u32string_view row : keyboardRows) {
        const std::size_t pos = row.find(key);
        if (pos == std::u32string_view::npos) continue;
        std::size_t other = pos == 0                ? 1
                            : pos + 1 == row.size() ? pos - 1
                                                    : (random.chance(0.5) ? pos - 1 : pos + 1);
        return capital ? upper(row[other]) : row[other];
    }
    return letter;
}

std::string withSlipIn(const std::string& word, SampleRandom& random) {
    std::u32string letters = utf8::decode(word);
    if (letters.size() < 3) return word;
    const std::size_t pos = 1 + static_cast<std::size_t>(random.below(letters.size() - 1));
    const double roll = random.unit();
    if (roll < 0.5) {
        letters[pos] = neighbourKey(letters[pos], random);
    } else if (roll < 0.75) {
        letters.erase(pos, 1);
    } else {
        letters.insert(pos, 1, letters[pos]);
    }
    return utf8::encode(letters);
}

} // namespace

std::string upperCase(std::string_view text) {
    std::u32string letters = utf8::decode(text);
    for (char32_t& cp : letters)
        cp = upper(cp);
    return utf8::encode(letters);
}

std::string lowerCase(std::string_view text) {
    std::u32string letters = utf8::decode(text);
    for (char32_t& cp : letters)
        cp = lower(cp);
    return utf8::encode(letters);
}

bool hasYo(const PersonName& name) {
    for (const std::string* part : {&name.last, &name.first, &name.middle}) {
        if (part->find("ё") != std::string::npos || part->find("Ё") != std::string::npos) return true;
    }
    return false;
}

PersonName withoutYo(PersonName name) {
    for (std::string* part : {&name.last, &name.first, &name.middle}) {
        std::u32string letters = utf8::decode(*part);
        for (char32_t& cp : letters) {
            if (cp == U'ё')
                cp = U'е';
            else if (cp == U'Ё')
                cp = U'Е';
        }
        *part = utf8::encode(letters);
    }
    return name;
}

PersonName withCaseOrSpaceSlip(PersonName name, SampleRandom& random) {
    const double roll = random.unit();
    if (roll < 0.35) {
        name.last = upperCase(name.last);
    } else if (roll < 0.6) {
        for (std::string* part : {&name.last, &name.first, &name.middle})
            *part = lowerCase(*part);
    } else if (roll < 0.85) {
        name.last = " " + name.last + "  ";
        name.first += " ";
    } else {
        std::u32string letters = utf8::decode(name.first);
        if (!letters.empty()) letters[0] = lower(letters[0]);
        name.first = utf8::encode(letters);
    }
    return name;
}

PersonName withTypo(PersonName name, SampleRandom& random) {
    std::string& word = random.chance(0.6) ? name.last : name.first;
    for (int attempt = 0; attempt < 8; ++attempt) {
        std::string slipped = withSlipIn(word, random);
        if (slipped != word) {
            word = std::move(slipped);
            break;
        }
    }
    return name;
}

std::string withTransposedDigits(const std::string& snilsDigits, SampleRandom& random) {
    std::string digits = snilsDigits;
    for (int attempt = 0; attempt < 32; ++attempt) {
        const std::size_t pos = static_cast<std::size_t>(random.below(digits.size() - 1));
        if (digits[pos] == digits[pos + 1]) continue;
        std::swap(digits[pos], digits[pos + 1]);
        return digits;
    }
    return digits;
}

bool canSwapDayAndMonth(const CalendarDate& date) {
    return date.day() <= 12 && date.day() != date.month();
}

CalendarDate withDayAndMonthSwapped(const CalendarDate& date) {
    return CalendarDate(date.year(), date.day(), date.month());
}

} // namespace diarydesk::sampledata
