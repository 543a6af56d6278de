#include "csv/CsvWriter.hpp"
#include "csv/TextCodec.hpp"
#include "roster/RosterParser.hpp"

#include <algorithm>

namespace diarydesk {
namespace {

// The fields up to the last non-empty one: a trailing delimiter should not widen the file.
std::size_t usedFields(const RejectedRow& row) {
    std::size_t count = row.fields.size();
    while (count > 0 && row.fields[count - 1].empty())
        --count;
    return count;
}

} // namespace

std::string writeRejectedRows(const RosterParseResult& result) {
    // Rows with more values than the header get unnamed header columns, so that "Строка" and
    // "Ошибка" stay the last two columns of every row.
    std::size_t width = result.header.size();
    for (const RejectedRow& row : result.rejected)
        width = std::max(width, usedFields(row));

    CsvWriter writer(result.delimiter);
    for (std::size_t column = 0; column < width; ++column) {
        writer.addField(column < result.header.size() ? std::string_view(result.header[column])
                                                      : std::string_view{});
    }
    writer.addField("Строка");
    writer.addField("Ошибка");
    writer.endRecord();

    for (const RejectedRow& row : result.rejected) {
        for (std::size_t column = 0; column < width; ++column) {
            writer.addField(column < row.fields.size() ? std::string_view(row.fields[column])
                                                       : std::string_view{});
        }
        writer.addField(std::to_string(row.line));
        writer.addField(row.reason);
        writer.endRecord();
    }
    return encodeFileText(writer.text(), result.encoding, result.byteOrderMark);
}

} // namespace diarydesk
