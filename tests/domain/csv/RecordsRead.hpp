#pragma once

#include "csv/CsvReader.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace diarydesk::testing {

// One record as a reader gave it, kept after the reader has moved on (CsvRecord's fields are
// views into the reader's buffer).
struct ReadRecord {
    std::size_t line = 0;
    std::vector<std::string> fields;
    bool unterminatedQuote = false;
    bool operator==(const ReadRecord&) const = default;
};

// Every record a CsvReader or CsvTextReader gives, in order.
template <class Reader>
std::vector<ReadRecord> readAll(Reader& reader) {
    CsvRecord record;
    std::vector<ReadRecord> records;
    while (reader.next(record)) {
        records.push_back(
            {record.line, {record.fields.begin(), record.fields.end()}, record.unterminatedQuote});
    }
    return records;
}

} // namespace diarydesk::testing
