#include "LabelledSet.hpp"

#include "ApplicationSlips.hpp"
#include "RussianNames.hpp"
#include "SnilsNumber.hpp"
#include "text/NameNormaliser.hpp"
#include "text/Utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <utility>

namespace diarydesk::testing {

namespace {

constexpr int schoolYear = 2025; // the 2025/26 school year: a child born in 2018 is in grade 1

const char32_t cyrillicLetters[] = U"абвгдеёжзийклмнопрстуфхцчшщыьэюя";

std::string formatSnils(const std::string& digits) {
    return digits.substr(0, 3) + '-' + digits.substr(3, 3) + '-' + digits.substr(6, 3) + ' ' +
           digits.substr(9, 2);
}

class Generator {
public:
    explicit Generator(const LabelledSetOptions& options)
        : options_(options)
        , random_(options.seed) {}

    LabelledSet run() {
        while (set_.roster.size() < options_.pupils)
            addFamily();
        for (std::size_t i = 0; i < options_.applications; ++i)
            addApplicationFor(random_.below(set_.roster.size()));
        for (std::size_t i = 0; i < options_.strangers; ++i)
            addStranger(false);
        for (std::size_t i = 0; i < options_.snilsMisuse; ++i) {
            if (i % 2 == 0)
                addStranger(true);
            else
                addSiblingsSnils();
        }
        return std::move(set_);
    }

private:
    std::string freshSnilsDigits() {
        for (;;) {
            char nine[16];
            std::snprintf(nine, sizeof nine, "%09llu",
                          static_cast<unsigned long long>(100000000 + random_.below(899999999)));
            const int control = SnilsNumber::controlNumberFor(nine);
            std::string digits = nine;
            digits += static_cast<char>('0' + control / 10);
            digits += static_cast<char>('0' + control % 10);
            if (usedSnils_.insert(digits).second) return digits;
        }
    }

    std::string surname() {
        if (random_.chance(0.7)) return maleSurnames()[random_.zipf(maleSurnames().size())];
        static const char* suffixes[] = {"ов", "ин", "инский", "енко", "анов"};
        return surnameRoots()[random_.below(surnameRoots().size())] + suffixes[random_.below(5)];
    }

    CalendarDate birthDate() {
        const int year = 2008 + static_cast<int>(random_.below(11));
        const long first = CalendarDate(year, 1, 1).dayNumber();
        const long last = CalendarDate(year, 12, 31).dayNumber();
        return CalendarDate::fromDayNumber(
            first + static_cast<long>(random_.below(static_cast<std::size_t>(last - first + 1))));
    }

    std::string className(const CalendarDate& birth) {
        int grade = schoolYear - birth.year() - 6;
        grade = grade < 1 ? 1 : grade > 11 ? 11 : grade;
        static const char* letters[] = {"А", "Б", "В", "Г"};
        return std::to_string(grade) + letters[random_.below(4)];
    }

    void addFamily() {
        const std::string familyName = surname();
        std::string doubleName;
        if (random_.chance(0.01)) doubleName = maleSurnames()[random_.below(maleSurnames().size())];
        const FatherName& father = fathersNames()[random_.zipf(fathersNames().size())];
        const std::size_t children = random_.chance(0.7) ? 1 : random_.chance(0.75) ? 2 : 3;
        const std::size_t familyStart = set_.roster.size();
        for (std::size_t child = 0; child < children; ++child) {
            const bool girl = random_.chance(0.5);
            Pupil pupil;
            pupil.rosterId = std::string("STU-").append(std::to_string(100000 + set_.roster.size()));
            pupil.name.last = girl ? feminineSurname(familyName) : familyName;
            if (!doubleName.empty())
                pupil.name.last.append("-").append(girl ? feminineSurname(doubleName) : doubleName);
            const auto& names = girl ? girlsNames() : boysNames();
            pupil.name.first = names[random_.zipf(names.size())];
            // Brothers and sisters have different first names.
            const auto takenInFamily = [&](const std::string& first) {
                for (std::size_t sibling = familyStart; sibling < set_.roster.size(); ++sibling) {
                    if (set_.roster[sibling].name.first == first) return true;
                }
                return false;
            };
            while (takenInFamily(pupil.name.first))
                pupil.name.first = names[random_.below(names.size())];
            if (!random_.chance(0.01))
                pupil.name.middle = girl ? father.daughtersPatronymic : father.sonsPatronymic;
            const bool twin = child > 0 && random_.chance(0.1);
            pupil.birthDate = twin ? set_.roster.back().birthDate : birthDate();
            pupil.className = twin ? set_.roster.back().className : className(pupil.birthDate);
            if (random_.chance(0.97)) {
                pupil.snils = freshSnilsDigits();
                if (random_.chance(0.005)) {
                    // A digit mistyped when the roster was made: the roster parser flags it.
                    pupil.snils[3] = pupil.snils[3] == '9' ? '0' : static_cast<char>(pupil.snils[3] + 1);
                    pupil.snilsFlag = SnilsNumber::parse(pupil.snils).hasValidChecksum()
                                          ? SnilsFlag::none
                                          : SnilsFlag::badChecksum;
                }
            }
            pupil.present = !random_.chance(0.03);
            set_.roster.push_back(std::move(pupil));
        }
    }

    Application baseApplication(const Pupil& pupil) {
        Application application;
        application.id = std::string("A-").append(std::to_string(set_.applications.size() + 1));
        application.version = 1;
        application.submittedAt = "2026-11-20T09:15:00+07:00";
        application.applicant.name = PersonName{"Заявитель", "Мария", "Ивановна"};
        application.applicant.relation = ApplicantRelation::mother;
        application.applicant.snils = formatSnils(applicantSnils_);
        application.child.name = pupil.name;
        application.child.birthDate = pupil.birthDate;
        if (!pupil.snils.empty()) application.child.snils = formatSnils(pupil.snils);
        if (!pupil.className.empty() && random_.chance(0.8)) {
            // Half the parents give last year's class.
            const std::size_t letter = pupil.className.find_first_not_of("0123456789");
            int grade = std::stoi(pupil.className.substr(0, letter));
            if (grade > 1 && random_.chance(0.5)) --grade;
            application.child.statedClass = std::to_string(grade) + pupil.className.substr(letter);
        }
        return application;
    }

    void addApplicationFor(std::size_t position) {
        const Pupil& pupil = set_.roster[position];
        applicantSnils_ = freshSnilsDigits();
        Application application = baseApplication(pupil);
        ChildData& child = application.child;
        std::string scenario;
        const std::size_t roll = random_.below(100);
        const bool hasSnils = child.snils.has_value();
        if (pupil.name.last.find('-') != std::string::npos && random_.chance(0.5)) {
            scenario = "double_surname_part";
            child.name.last = child.name.last.substr(0, child.name.last.find('-'));
        } else if (roll < 30) {
            scenario = "exact";
        } else if (roll < 38) {
            scenario = "formatting";
            switch (random_.below(3)) {
            case 0: { // capitals, and е for ё
                std::u32string last = utf8::decode(child.name.last);
                for (char32_t& cp : last) {
                    if (cp == U'ё')
                        cp = U'е';
                    else if (cp >= U'а' && cp <= U'я')
                        cp -= 0x20;
                }
                child.name.last = utf8::encode(last);
                break;
            }
            case 1:
                child.name.first = " " + child.name.first + "  ";
                break;
            default: { // a Latin look-alike from the wrong keyboard layout
                std::u32string first = utf8::decode(child.name.first);
                for (char32_t& cp : first) {
                    if (cp == U'а' || cp == U'о' || cp == U'е') {
                        cp = cp == U'а' ? U'a' : cp == U'о' ? U'o' : U'e';
                        break;
                    }
                }
                child.name.first = utf8::encode(first);
            }
            }
        } else if (roll < 48) {
            scenario = "no_snils";
            child.snils.reset();
        } else if (roll < 53 && hasSnils) {
            scenario = "snils_one_digit";
            child.snils = formatSnils(snilsWithOneDigitWrong(random_, pupil.snils));
        } else if (roll < 57 && hasSnils) {
            scenario = "snils_transposition";
            child.snils = formatSnils(snilsWithSwappedDigits(random_, pupil.snils));
        } else if (roll < 64) {
            scenario = "typo_last";
            child.name.last = typo(random_, child.name.last);
        } else if (roll < 71) {
            scenario = "typo_first";
            child.name.first = typo(random_, child.name.first);
        } else if (roll < 74 && !child.name.middle.empty()) {
            scenario = "typo_middle";
            child.name.middle = typo(random_, child.name.middle);
        } else if (roll < 79) {
            scenario = "no_patronymic";
            child.name.middle.clear();
        } else if (roll < 82 && pupil.birthDate.day() <= 12 &&
                   pupil.birthDate.day() != pupil.birthDate.month()) {
            scenario = "day_month_swapped";
            child.birthDate =
                CalendarDate(pupil.birthDate.year(), pupil.birthDate.day(), pupil.birthDate.month());
        } else if (roll < 85) {
            scenario = "one_day_off";
            child.birthDate =
                CalendarDate::fromDayNumber(pupil.birthDate.dayNumber() + (random_.chance(0.5) ? 1 : -1));
        } else if (roll < 88) {
            scenario = "names_swapped";
            std::swap(child.name.last, child.name.first);
        } else if (roll < 90) {
            scenario = "applicant_snils";
            child.snils = application.applicant.snils;
        } else if (roll < 95) {
            scenario = "typo_and_no_snils";
            child.snils.reset();
            if (random_.chance(0.5))
                child.name.last = typo(random_, child.name.last);
            else
                child.name.first = typo(random_, child.name.first);
        } else if (roll < 98) {
            scenario = "date_off_and_no_snils";
            child.snils.reset();
            child.birthDate = CalendarDate::fromDayNumber(pupil.birthDate.dayNumber() + 1);
        } else {
            scenario = "year_typo";
            const int year = pupil.birthDate.year() + (random_.chance(0.5) ? 1 : -1);
            if (CalendarDate::isValid(year, pupil.birthDate.month(), pupil.birthDate.day())) {
                child.birthDate = CalendarDate(year, pupil.birthDate.month(), pupil.birthDate.day());
            }
        }
        LabelledApplication labelled{std::move(application), pupil.rosterId, pupil.present, scenario,
                                     std::nullopt};
        if (!pupil.present) labelled.expectedVerdict = Verdict::notFound;
        set_.applications.push_back(std::move(labelled));
    }

    // A child the school does not have; with `usingPupilsSnils`, giving a present pupil's SNILS.
    void addStranger(bool usingPupilsSnils) {
        Pupil stranger;
        const bool girl = random_.chance(0.5);
        const std::string familyName = surname();
        stranger.name.last = girl ? feminineSurname(familyName) : familyName;
        stranger.name.first = (girl ? girlsNames() : boysNames())[random_.below(20)];
        const FatherName& father = fathersNames()[random_.below(fathersNames().size())];
        stranger.name.middle = girl ? father.daughtersPatronymic : father.sonsPatronymic;
        stranger.birthDate = birthDate();
        stranger.snils = freshSnilsDigits();
        applicantSnils_ = freshSnilsDigits();
        Application application = baseApplication(stranger);
        std::string scenario = "stranger";
        std::optional<Verdict> expected;
        if (usingPupilsSnils) {
            const Pupil& victim = set_.roster[random_.below(set_.roster.size())];
            if (!victim.snils.empty() && victim.snilsFlag == SnilsFlag::none) {
                application.child.snils = formatSnils(victim.snils);
                scenario = "stranger_with_pupils_snils";
                expected = Verdict::conflict;
            }
        }
        set_.applications.push_back({std::move(application), std::nullopt, false, scenario, expected});
    }

    // A parent who types a brother's or sister's SNILS into a pupil's application.
    void addSiblingsSnils() {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const std::size_t position = 1 + random_.below(set_.roster.size() - 1);
            const Pupil& pupil = set_.roster[position];
            const Pupil& sibling = set_.roster[position - 1];
            const bool family = sibling.name.middle == pupil.name.middle && !pupil.name.middle.empty() &&
                                sibling.name.last.substr(0, 4) == pupil.name.last.substr(0, 4);
            if (!family || !pupil.present || sibling.snils.empty() || sibling.snilsFlag != SnilsFlag::none ||
                pupil.snils == sibling.snils) {
                continue;
            }
            applicantSnils_ = freshSnilsDigits();
            Application application = baseApplication(pupil);
            application.child.snils = formatSnils(sibling.snils);
            set_.applications.push_back(
                {std::move(application), pupil.rosterId, true, "siblings_snils", Verdict::conflict});
            return;
        }
    }

    LabelledSetOptions options_;
    DeterministicRandom random_;
    LabelledSet set_;
    std::set<std::string> usedSnils_;
    std::string applicantSnils_;
};

} // namespace

LabelledSet generateLabelledSet(const LabelledSetOptions& options) {
    return Generator(options).run();
}

} // namespace diarydesk::testing
