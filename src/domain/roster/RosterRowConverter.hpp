#pragma once

#include "csv/CsvReader.hpp"
#include "roster/RosterIdDeriver.hpp"
#include "roster/RosterParser.hpp"
#include "roster/RosterSnilsChecker.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace diarydesk {

// Turns the records after the header into roster rows, errors, rejected rows and warnings of
// one RosterParseResult (whose header and mapping are already set).
class RosterRowConverter {
public:
    explicit RosterRowConverter(RosterParseResult& result);

    void convert(const CsvRecord& record);

    // Flags duplicate SNILS across all rows; call once after the last record.
    void finish();

private:
    struct Problem {
        RosterField field;
        std::string message;
    };

    std::string_view field(const CsvRecord& record, RosterField which) const;
    std::string columnName(RosterField which) const;
    void readName(const CsvRecord& record, Pupil& pupil, std::vector<Problem>& problems) const;
    void readBirthDate(const CsvRecord& record, Pupil& pupil, std::vector<Problem>& problems) const;
    void reject(const CsvRecord& record, const std::string& column, const std::string& message);
    void warnAboutExtraFields(const CsvRecord& record);

    RosterParseResult& result_;
    bool separateNameColumns_;
    RosterSnilsChecker snilsChecker_;
    RosterIdDeriver idDeriver_;
    std::unordered_map<std::string, std::size_t> givenIdLines_; // id from the file → its line
};

} // namespace diarydesk
