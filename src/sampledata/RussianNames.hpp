#pragma once

#include "SampleRandom.hpp"

#include <string>
#include <string_view>

namespace diarydesk::sampledata {

enum class Sex { male, female };

// A man's first name with the patronymics it gives his son and his daughter.
struct FatherName {
    std::string_view name;
    std::string_view sonPatronymic;
    std::string_view daughterPatronymic;
};

// Names with a realistic frequency skew: weights fall with the rank (Zipf-like), so that
// Смирнов, Иванов and Кузнецов are common and the tail of the lists rare. Surnames are in
// their masculine form; surnameFor() gives the feminine one.
class RussianNames {
public:
    // A masculine surname; about 1 in 150 is a double one ("Петров-Водкин").
    static std::string pickSurname(SampleRandom& random);
    static std::string_view pickChildFirstName(SampleRandom& random, Sex sex);
    static std::string_view pickMotherFirstName(SampleRandom& random);
    // A father born in the 1970s-90s: his name gives the children's patronymic.
    static const FatherName& pickFatherName(SampleRandom& random);

    // The father whose name gives this patronymic (of a son or a daughter), or nullptr.
    static const FatherName* fatherForPatronymic(std::string_view patronymic);
    // The sex of a child name from the lists, if it is one.
    static bool isFemaleFirstName(std::string_view firstName);
    static bool isMaleFirstName(std::string_view firstName);
};

} // namespace diarydesk::sampledata
