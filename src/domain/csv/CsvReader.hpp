#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace diarydesk {

// One record of a CSV file. The fields point into the reader's buffer and stay valid until the
// reader's next call to next().
struct CsvRecord {
    std::size_t line = 0; // 1-based physical line the record starts on
    std::vector<std::string_view> fields;
    bool unterminatedQuote = false; // a quoted field ran to the end of the file
};

// Splits UTF-8 text into RFC 4180 records: fields separated by `delimiter`, quoted fields may
// hold delimiters, doubled quotes and line breaks; records end at CRLF, LF or a lone CR. Empty
// lines are skipped. Lenient where Excel is: a quote inside an unquoted field is an ordinary
// character, and text after a closing quote is appended to the field.
// Written by hand because the domain library takes no dependencies (it is cross-built for
// Windows) and no packaged reader fits: libcsv is a C shared library without dialect detection.
class CsvReader {
public:
    CsvReader(std::string_view text, char delimiter)
        : text_(text)
        , delimiter_(delimiter) {}

    // Reads the next record into `record`; false at the end of the text.
    bool next(CsvRecord& record);

private:
    // Where a field's value is: in the text itself, or assembled in buffer_.
    struct Span {
        std::size_t offset = 0;
        std::size_t length = 0;
        bool inBuffer = false;
    };

    void skipLineBreak();
    void countLineBreaks(std::string_view quotedText);
    std::size_t endOfUnquoted(std::size_t from) const;
    void readQuotedField(CsvRecord& record);

    std::string_view text_;
    char delimiter_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::string buffer_; // values with doubled quotes or text after the closing quote
    std::vector<Span> spans_;
};

} // namespace diarydesk
