#pragma once

#include "csv/CsvReader.hpp"
#include "csv/TextEncoding.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace diarydesk {

// Reads records from a file's text as openFileText leaves it: UTF-8 as it is, Windows-1251
// decoded record by record into one reused buffer. A 100,000-row roster is then never held a
// second time in decoded form. The fields stay valid until the next call to next().
class CsvTextReader {
public:
    CsvTextReader(std::string_view text, TextEncoding encoding, char delimiter)
        : reader_(text, delimiter)
        , encoding_(encoding) {}

    // Reads the next record into `record`, its fields in UTF-8; false at the end of the text.
    bool next(CsvRecord& record);

private:
    CsvReader reader_;
    TextEncoding encoding_;
    CsvRecord raw_;
    std::vector<char> decoded_; // only grows: sized for the longest record so far
    std::vector<std::size_t> ends_;
};

} // namespace diarydesk
