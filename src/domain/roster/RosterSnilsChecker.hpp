#pragma once

#include "roster/RosterParser.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace diarydesk {

// Checks the SNILS of the accepted roster rows. A SNILS that cannot be trusted is kept and
// flagged, never a reason to reject the row: the pupil is still on the roster.
//  - empty: no flag;
//  - not 11 digits in an accepted layout: kept as written, flagged malformed, warning;
//  - wrong control number: kept as 11 digits, flagged badChecksum, warning;
//  - the same 11 digits on more than one row: a warning on every later row naming the line of
//    the first, and every row with it flagged duplicate (badChecksum wins over duplicate).
class RosterSnilsChecker {
public:
    // Sets pupil.snils and pupil.snilsFlag for the row that will be rows[rowIndex].
    void check(std::string_view written, std::size_t rowIndex, std::size_t line, const std::string& column,
               Pupil& pupil, std::vector<RosterIssue>& warnings);

    // Flags the rows whose SNILS appeared more than once; call once all rows are read.
    void flagDuplicates(std::vector<RosterRow>& rows) const;

private:
    struct FirstOccurrence {
        std::size_t line = 0;
        std::size_t rowIndex = 0;
        bool repeated = false;
    };

    std::unordered_map<std::string, FirstOccurrence> firstOccurrences_;
    std::vector<std::size_t> duplicateRows_;
};

} // namespace diarydesk
