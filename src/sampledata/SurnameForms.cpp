#include "SurnameForms.hpp"

#include <array>

namespace diarydesk::sampledata {
namespace {

// Short surnames whose ending only looks Russian.
constexpr std::array<std::string_view, 4> unchanging{"Цой", "Ким", "Пак", "Кох"};

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.ends_with(suffix);
}

std::string replaceEnd(std::string_view text, std::size_t dropBytes, std::string_view ending) {
    return std::string(text.substr(0, text.size() - dropBytes)).append(ending);
}

std::string feminine(std::string_view part) {
    for (const std::string_view word : unchanging) {
        if (part == word) return std::string(part);
    }
    for (const std::string_view suffix : {"ов", "ев", "ёв", "ин", "ын"}) {
        if (endsWith(part, suffix)) return std::string(part) + "а";
    }
    for (const std::string_view suffix : {"ий", "ый", "ой"}) {
        if (endsWith(part, suffix)) return replaceEnd(part, suffix.size(), "ая");
    }
    return std::string(part);
}

std::string masculine(std::string_view part) {
    for (const std::string_view suffix : {"ова", "ева", "ёва", "ина", "ына"}) {
        if (endsWith(part, suffix)) return replaceEnd(part, std::string_view("а").size(), "");
    }
    // -ская/-цкая are nearly always -ский/-цкий; the few -ской (Донской) and -ой (Толстой)
    // surnames of the lists are looked up.
    for (const std::string_view known : {"Толстая", "Трубецкая", "Донская", "Лановая"}) {
        if (part == known) return replaceEnd(part, std::string_view("ая").size(), "ой");
    }
    if (endsWith(part, "ская") || endsWith(part, "цкая"))
        return replaceEnd(part, std::string_view("ая").size(), "ий");
    return std::string(part);
}

} // namespace

std::string surnameFor(std::string_view surname, Sex sex) {
    std::string result;
    std::size_t start = 0;
    while (start <= surname.size()) {
        std::size_t dash = surname.find('-', start);
        if (dash == std::string_view::npos) dash = surname.size();
        const std::string_view part = surname.substr(start, dash - start);
        if (start > 0) result += '-';
        result += sex == Sex::female ? feminine(masculine(part)) : masculine(part);
        start = dash + 1;
    }
    return result;
}

Sex sexOf(std::string_view lastName, std::string_view firstName, std::string_view middleName) {
    if (endsWith(middleName, "ич")) return Sex::male;
    if (endsWith(middleName, "на")) return Sex::female;
    if (RussianNames::isFemaleFirstName(firstName)) return Sex::female;
    if (RussianNames::isMaleFirstName(firstName)) return Sex::male;
    for (const std::string_view suffix : {"ова", "ева", "ёва", "ина", "ая"}) {
        if (endsWith(lastName, suffix)) return Sex::female;
    }
    return Sex::male;
}

} // namespace diarydesk::sampledata
