#pragma once

#include "Pupil.hpp"
#include "csv/TextEncoding.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace diarydesk {

// The roster fields a CSV column can carry.
enum class RosterField { rosterId, lastName, firstName, middleName, fullName, birthDate, snils, className };

std::string_view toString(RosterField field); // "roster_id", "last_name", … (stable, for --json)

// Which column (0-based) holds which field. Either lastName+firstName(+middleName) or fullName.
using ColumnMapping = std::map<RosterField, std::size_t>;

// A problem with one row: `line` is the 1-based line in the file where the record starts,
// `column` the header text of the column concerned (empty when the whole row is concerned).
struct RosterIssue {
    std::size_t line = 0;
    std::string column;
    std::string message;
};

struct RosterRow {
    std::size_t line = 0;
    Pupil pupil;                  // present = true; snilsFlag set when the SNILS is not trustworthy
    bool rosterIdDerived = false; // no id column: the id was derived from the pupil's data
};

// A row that was not imported, kept as read so it can be written back for fixing.
struct RejectedRow {
    std::size_t line = 0;
    std::vector<std::string> fields; // UTF-8
    std::string reason;
};

struct RosterParseOptions {
    std::optional<TextEncoding> encoding; // detected when absent
    std::optional<char> delimiter;        // ';', ',' or '\t'; detected when absent
    std::optional<ColumnMapping> mapping; // recognised from the header when absent
};

struct RosterParseResult {
    TextEncoding encoding = TextEncoding::utf8;
    bool byteOrderMark = false;
    char delimiter = ';';
    std::vector<std::string> header; // UTF-8, as written
    ColumnMapping mapping;
    std::vector<RosterRow> rows;       // accepted rows, in file order
    std::vector<RosterIssue> errors;   // one per rejected row
    std::vector<RosterIssue> warnings; // accepted rows with a flagged SNILS, and the like
    std::vector<RejectedRow> rejected; // the rows behind `errors`
};

// The first records of a file as the import wizard shows them before importing: detected (or
// forced) encoding and delimiter, the header and first records split into fields (UTF-8), and
// the column mapping recognised from the header (possibly incomplete; the wizard lets staff
// change it and passes it back in RosterParseOptions::mapping).
struct RosterPreview {
    TextEncoding encoding = TextEncoding::utf8;
    char delimiter = ';';
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> records; // after the header, at most maxRecords
    std::vector<std::size_t> recordLines;          // the line each record starts on
    ColumnMapping mapping;
};

RosterPreview previewRoster(std::string_view fileBytes, const RosterParseOptions& options = {},
                            std::size_t maxRecords = 20);

// Parses a whole roster file. Throws ValidationError when the file as a whole cannot be read as
// a roster (no header, no column for the last name, first name or birth date…), naming what is
// missing; problems of single rows are reported in the result instead.
RosterParseResult parseRoster(std::string_view fileBytes, const RosterParseOptions& options = {});

// The rejected rows as a CSV file for IT staff to fix in Excel and import again: the original
// header plus "Строка" (line) and "Ошибка" (reason) columns, in the input's encoding (with its
// byte order mark, if it had one) and delimiter.
std::string writeRejectedRows(const RosterParseResult& result);

} // namespace diarydesk
