#include "roster/RosterParser.hpp"

#include "ValidationError.hpp"
#include "csv/CsvDialectDetector.hpp"
#include "csv/CsvReader.hpp"
#include "csv/CsvTextReader.hpp"
#include "csv/TextCodec.hpp"
#include "roster/FieldText.hpp"
#include "roster/RosterHeaderRecogniser.hpp"
#include "roster/RosterRowConverter.hpp"

#include <algorithm>

namespace diarydesk {
namespace {

bool allBlank(const CsvRecord& record) {
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](std::string_view value) { return isBlank(value); });
}

char chooseDelimiter(std::string_view text, const RosterParseOptions& options) {
    if (!options.delimiter) return detectCsvDelimiter(text);
    const char delimiter = *options.delimiter;
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter == '\0') {
        throw ValidationError("этот символ не может быть разделителем полей CSV");
    }
    return delimiter;
}

// Reads up to the first record that is not blank; false when there is none.
template <class Reader>
bool readNonBlank(Reader& reader, CsvRecord& record) {
    while (reader.next(record)) {
        if (!allBlank(record)) return true;
    }
    return false;
}

} // namespace

RosterPreview previewRoster(std::string_view fileBytes, const RosterParseOptions& options,
                            std::size_t maxRecords) {
    DecodedText decoded;
    decodeFileText(fileBytes, options.encoding, decoded);
    RosterPreview preview;
    preview.encoding = decoded.encoding;
    preview.delimiter = chooseDelimiter(decoded.text, options);

    CsvReader reader(decoded.text, preview.delimiter);
    CsvRecord record;
    if (readNonBlank(reader, record)) {
        preview.header.assign(record.fields.begin(), record.fields.end());
        while (preview.records.size() < maxRecords && readNonBlank(reader, record)) {
            preview.records.emplace_back(record.fields.begin(), record.fields.end());
            preview.recordLines.push_back(record.line);
        }
    }
    preview.mapping = options.mapping ? *options.mapping : recogniseRosterHeader(preview.header);
    return preview;
}

RosterParseResult parseRoster(std::string_view fileBytes, const RosterParseOptions& options) {
    // A Windows-1251 file is decoded record by record (CsvTextReader), not all at once.
    DecodedText opened;
    openFileText(fileBytes, options.encoding, opened);
    RosterParseResult result;
    result.encoding = opened.encoding;
    result.byteOrderMark = opened.byteOrderMark;
    result.delimiter = chooseDelimiter(opened.text, options);

    CsvTextReader reader(opened.text, opened.encoding, result.delimiter);
    CsvRecord record;
    if (!readNonBlank(reader, record))
        throw ValidationError("файл списка учеников пуст: нет даже строки заголовка");
    if (record.unterminatedQuote) {
        throw ValidationError("в строке заголовка (строка " + std::to_string(record.line) +
                              ") не закрыта кавычка: файл не удаётся разобрать");
    }
    result.header.assign(record.fields.begin(), record.fields.end());
    result.mapping = options.mapping ? *options.mapping : recogniseRosterHeader(result.header);
    requireCompleteMapping(result.mapping, result.header);

    // One row per line is the common case; reserving for it saves the regrowth of 100k rows.
    const auto lineBreaks = std::count(opened.text.begin(), opened.text.end(), '\n');
    const std::size_t expectedRows = static_cast<std::size_t>(lineBreaks) + 1;
    result.rows.reserve(expectedRows);
    RosterRowConverter converter(result, expectedRows);
    while (reader.next(record))
        converter.convert(record);
    converter.finish();
    return result;
}

} // namespace diarydesk
