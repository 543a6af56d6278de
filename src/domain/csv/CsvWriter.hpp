#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace diarydesk {

// Writes UTF-8 CSV text the way Excel reads it back: records end with CRLF; a field is quoted
// when it holds the delimiter, a quote, a line break or leading/trailing spaces (which Excel
// would otherwise keep or drop unpredictably), with quotes inside doubled. Encode the result
// with encodeFileText().
class CsvWriter {
public:
    explicit CsvWriter(char delimiter)
        : delimiter_(delimiter) {}

    void addField(std::string_view field);
    void endRecord();
    void writeRecord(const std::vector<std::string>& fields);

    const std::string& text() const noexcept { return text_; }
    std::string release() { return std::move(text_); }
    void reserve(std::size_t bytes) { text_.reserve(bytes); }

private:
    bool needsQuotes(std::string_view field) const;

    char delimiter_;
    std::string text_;
    bool atRecordStart_ = true;
    std::size_t fieldsInRecord_ = 0;
    bool lastFieldEmpty_ = false;
};

} // namespace diarydesk
