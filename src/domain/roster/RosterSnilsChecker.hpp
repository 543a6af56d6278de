#pragma once

#include "roster/RosterParser.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
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
    RosterSnilsChecker(std::string column, std::size_t expectedRows);

    // Sets pupil.snils and pupil.snilsFlag for the row that will be rows[rowIndex].
    void check(std::string_view written, std::size_t rowIndex, std::size_t line, Pupil& pupil,
               std::vector<RosterIssue>& warnings);

    // Flags the rows whose SNILS appeared more than once and warns about them; call once all
    // rows are read. Leaves the warnings ordered by line.
    void finish(std::vector<RosterRow>& rows, std::vector<RosterIssue>& warnings);

private:
    // Repetitions are found by sorting at the end rather than with a hash map: for 100,000 rows
    // that is several times faster than allocating a map node per row.
    struct Occurrence {
        std::uint64_t number = 0; // the 11 digits as a number
        std::size_t rowIndex = 0;
        std::size_t line = 0;
    };

    std::string column_;
    std::vector<Occurrence> occurrences_;
};

} // namespace diarydesk
