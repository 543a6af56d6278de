#include "ApplicationGenerator.hpp"

#include "ApplicantFactory.hpp"
#include "DataEntrySlips.hpp"
#include "PupilFactory.hpp"
#include "RosterGenerator.hpp"
#include "SnilsNumber.hpp"
#include "text/Utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <string>

namespace diarydesk::sampledata {
namespace {

enum class ChildSlip {
    none,
    yoAsYe,
    caseOrSpace,
    typo,
    transposedSnils,
    noSnils,
    swappedDayMonth,
    notOnRoster
};

// The mix documented in the header, in the order of ChildSlip.
const WeightedChoice& slipChoice() {
    static const WeightedChoice choice({0.67, 0.06, 0.07, 0.05, 0.04, 0.05, 0.03, 0.03});
    return choice;
}

constexpr ChildSlip slipAt(std::size_t index) {
    return static_cast<ChildSlip>(index);
}

constexpr double secondApplicationShare = 0.04;
constexpr double motherShare = 0.72;
constexpr double bareSnilsShare = 1.0 / 7;
constexpr double noDocumentShare = 0.04;
constexpr long submissionWindowDays = 80;
constexpr std::uint64_t applicationStream = 0xA5F1C0DE2026ULL; // keeps apart from the roster's stream

constexpr std::array<std::string_view, 20> romanNumerals{"I",    "II",  "III",  "IV",    "V",   "VI",   "VII",
                                                         "VIII", "IX",  "X",    "XI",    "XII", "XIII", "XIV",
                                                         "XV",   "XVI", "XVII", "XVIII", "XIX", "XX"};
constexpr std::u32string_view certificateLetters = U"АБВГДЕЖИКЛМНОПРСТУФХЦЧШЭЮЯ";
// Passport series start with the region: Novosibirsk, Krasnoyarsk, Tomsk, Kemerovo, Altai (+07:00).
constexpr std::array<std::string_view, 5> passportRegions{"50", "04", "69", "32", "01"};

bool applicable(ChildSlip slip, const Pupil& pupil) {
    switch (slip) {
    case ChildSlip::yoAsYe:
        return hasYo(pupil.name);
    case ChildSlip::transposedSnils:
        return SnilsNumber::tryParse(pupil.snils).has_value();
    case ChildSlip::noSnils:
        return !pupil.snils.empty();
    case ChildSlip::swappedDayMonth:
        return canSwapDayAndMonth(pupil.birthDate);
    default:
        return true;
    }
}

std::string snilsAsSent(const std::string& written, SampleRandom& random) {
    const auto number = SnilsNumber::tryParse(written);
    if (!number) return written;
    return random.chance(bareSnilsShare) ? number->digits() : number->formatted();
}

int ageOn(const CalendarDate& birth, const CalendarDate& day) {
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) --age;
    return age;
}

std::string letterPair(SampleRandom& random) {
    std::u32string letters;
    for (int i = 0; i < 2; ++i)
        letters.push_back(certificateLetters[random.below(certificateLetters.size())]);
    std::string text;
    for (const char32_t letter : letters)
        utf8::append(text, letter);
    return text;
}

std::optional<IdentityDocument> documentFor(const ChildData& child, const CalendarDate& submitted,
                                            SampleRandom& random) {
    if (random.chance(noDocumentShare)) return std::nullopt;
    if (ageOn(child.birthDate, submitted) >= 14) {
        char year[8];
        std::snprintf(year, sizeof year, "%02d", (child.birthDate.year() + 14) % 100);
        return IdentityDocument{"passport_rf",
                                std::string(passportRegions[random.below(passportRegions.size())]) + year,
                                random.digits(6)};
    }
    return IdentityDocument{"birth_certificate",
                            std::string(romanNumerals[random.below(romanNumerals.size())]) + "-" +
                                letterPair(random),
                            random.digits(6)};
}

std::optional<std::string> statedClassFor(const std::string& className, SampleRandom& random) {
    const double roll = random.unit();
    const int grade = gradeOf(className);
    if (roll < 0.70 || (roll < 0.88 && grade <= 1)) return className;
    if (roll < 0.88) return std::to_string(grade - 1) + className.substr(std::to_string(grade).size());
    return std::nullopt;
}

// Submission times, sorted: days spread over the window, hours mostly in the evening.
std::vector<long> submissionSeconds(std::size_t count, SampleRandom& random) {
    static const WeightedChoice hours({0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.4, 1.0, 1.5, 1.5, 1.4, 1.2,
                                       1.5, 1.3, 1.2,  1.2,  1.3,  1.5, 2.0, 2.4, 2.6, 2.4, 1.6, 0.7});
    std::vector<long> seconds;
    seconds.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const long day = static_cast<long>(random.below(submissionWindowDays));
        const long hour = static_cast<long>(hours.pick(random));
        seconds.push_back(day * 86400 + hour * 3600 + static_cast<long>(random.below(3600)));
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds;
}

std::string rfc3339(long secondsSinceStart) {
    const CalendarDate day =
        CalendarDate::fromDayNumber(schoolYearStart().dayNumber() + secondsSinceStart / 86400);
    const long secondOfDay = secondsSinceStart % 86400;
    char text[48];
    std::snprintf(text, sizeof text, "%sT%02ld:%02ld:%02ld+07:00", day.iso().c_str(), secondOfDay / 3600,
                  secondOfDay / 60 % 60, secondOfDay % 60);
    return text;
}

// Hands out roster pupils in a shuffled order, finding one a slip applies to when needed.
class PupilPicker {
public:
    PupilPicker(const std::vector<Pupil>& roster, SampleRandom& random);
    const Pupil* pick(ChildSlip slip);

private:
    const std::vector<Pupil>& roster_;
    SampleRandom& random_;
    std::vector<std::size_t> order_;
    std::size_t cursor_ = 0;
    std::vector<std::size_t> used_;
};

PupilPicker::PupilPicker(const std::vector<Pupil>& roster, SampleRandom& random)
    : roster_(roster)
    , random_(random) {
    order_.resize(roster.size());
    for (std::size_t i = 0; i < order_.size(); ++i)
        order_[i] = i;
    random_.shuffle(order_);
}

const Pupil* PupilPicker::pick(ChildSlip slip) {
    if (roster_.empty()) return nullptr;
    if (!used_.empty() && random_.chance(secondApplicationShare)) {
        const Pupil& again = roster_[random_.pick(used_)];
        if (applicable(slip, again)) return &again;
    }
    if (cursor_ == order_.size()) {
        random_.shuffle(order_);
        cursor_ = 0;
    }
    constexpr std::size_t lookAhead = 2000;
    for (std::size_t i = cursor_; i < order_.size() && i < cursor_ + lookAhead; ++i) {
        if (!applicable(slip, roster_[order_[i]])) continue;
        std::swap(order_[cursor_], order_[i]);
        used_.push_back(order_[cursor_]);
        return &roster_[order_[cursor_++]];
    }
    return nullptr; // no pupil fits the slip
}

} // namespace

std::vector<Application> generateApplications(const std::vector<Pupil>& roster, std::size_t count,
                                              std::uint64_t seed) {
    SampleRandom random(seed ^ applicationStream);
    UniqueSnilsGenerator snils;
    for (const Pupil& pupil : roster) {
        if (SnilsNumber::tryParse(pupil.snils)) snils.reserve(SnilsNumber::parse(pupil.snils).digits());
    }
    PupilFactory strangers(random, snils);
    ApplicantFactory parents(random, snils);
    PupilPicker picker(roster, random);
    const std::vector<long> submitted = submissionSeconds(count, random);

    std::vector<Application> applications;
    applications.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        ChildSlip slip = roster.empty() ? ChildSlip::notOnRoster : slipAt(slipChoice().pick(random));
        const Pupil* pupil = slip == ChildSlip::notOnRoster ? nullptr : picker.pick(slip);
        if (!pupil && slip != ChildSlip::notOnRoster) {
            slip = ChildSlip::none;
            pupil = picker.pick(slip);
        }
        Pupil stranger;
        if (!pupil) {
            const int grade = static_cast<int>(random.between(1, 11));
            stranger = strangers.pupil(grade, std::to_string(grade) + "А");
            pupil = &stranger;
        }

        Application application;
        char id[32];
        std::snprintf(id, sizeof id, "A-2026-%06zu", i + 1);
        application.id = id;
        application.submittedAt = rfc3339(submitted[i]);
        const CalendarDate submittedOn =
            CalendarDate::fromDayNumber(schoolYearStart().dayNumber() + submitted[i] / 86400);
        application.applicant = parents.applicantFor(
            *pupil, random.chance(motherShare) ? ApplicantRelation::mother : ApplicantRelation::father);

        ChildData& child = application.child;
        child.name = pupil->name;
        child.birthDate = pupil->birthDate;
        if (!pupil->snils.empty()) child.snils = snilsAsSent(pupil->snils, random);
        switch (slip) {
        case ChildSlip::yoAsYe:
            child.name = withoutYo(child.name);
            break;
        case ChildSlip::caseOrSpace:
            child.name = withCaseOrSpaceSlip(child.name, random);
            break;
        case ChildSlip::typo:
            child.name = withTypo(child.name, random);
            break;
        case ChildSlip::transposedSnils:
            child.snils =
                SnilsNumber::parse(withTransposedDigits(SnilsNumber::parse(pupil->snils).digits(), random))
                    .formatted();
            break;
        case ChildSlip::noSnils:
            child.snils.reset();
            break;
        case ChildSlip::swappedDayMonth:
            child.birthDate = withDayAndMonthSwapped(child.birthDate);
            break;
        case ChildSlip::none:
        case ChildSlip::notOnRoster:
            break;
        }
        child.document = documentFor(child, submittedOn, random);
        child.statedClass = statedClassFor(pupil->className, random);
        applications.push_back(std::move(application));
    }
    return applications;
}

} // namespace diarydesk::sampledata
