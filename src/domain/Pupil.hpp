#pragma once

#include "CalendarDate.hpp"
#include "PersonName.hpp"
#include "SnilsNumber.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace diarydesk {

// Why a roster SNILS cannot be trusted. A flagged SNILS is kept and shown, but never counts as
// agreement when matching an application against the roster.
enum class SnilsFlag {
    none,
    badChecksum, // 11 digits whose control number does not fit
    malformed,   // not 11 digits in an accepted layout; kept as written
    duplicate,   // the same SNILS appears on more than one row of the imported roster
};

std::string_view toString(SnilsFlag flag);
// Throws ValidationError for an unknown name.
SnilsFlag snilsFlagFromString(std::string_view name);

// A pupil on the school roster.
struct Pupil {
    std::string rosterId;
    PersonName name;
    CalendarDate birthDate{2000, 1, 1};
    std::string snils; // 11 digits when well-formed, else as written; empty when absent
    SnilsFlag snilsFlag = SnilsFlag::none;
    std::string className;
    bool present = true; // false once a newer roster import no longer lists the pupil

    // The SNILS when it may count as agreement: present, well-formed and unflagged.
    std::optional<SnilsNumber> trustedSnils() const;

    bool operator==(const Pupil&) const = default;
};

} // namespace diarydesk
