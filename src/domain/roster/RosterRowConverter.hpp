#pragma once

#include "csv/CsvReader.hpp"
#include "roster/RosterIdDeriver.hpp"
#include "roster/RosterParser.hpp"
#include "roster/RosterSnilsChecker.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace diarydesk {

// Turns the records after the header into roster rows, errors, rejected rows and warnings of
// one RosterParseResult (whose header and mapping are already set).
class RosterRowConverter {
public:
    RosterRowConverter(RosterParseResult& result, std::size_t expectedRows);

    void convert(const CsvRecord& record);

    // Flags duplicate SNILS across all rows; call once after the last record.
    void finish();

private:
    struct Problem {
        RosterField field;
        std::string message;
    };

    std::string_view field(const CsvRecord& record, RosterField which) const;
    const std::string& columnName(RosterField which) const;
    void readName(const CsvRecord& record, Pupil& pupil, std::vector<Problem>& problems) const;
    void readBirthDate(const CsvRecord& record, Pupil& pupil, std::vector<Problem>& problems) const;
    void reject(const CsvRecord& record, const std::string& column, const std::string& message);
    void warnAboutExtraFields(const CsvRecord& record);

    RosterParseResult& result_;
    bool separateNameColumns_;
    std::array<std::string, 8> columnNames_; // by RosterField, for the issues
    RosterSnilsChecker snilsChecker_;
    RosterIdDeriver idDeriver_;
};

} // namespace diarydesk
