#include "csv/CsvTextReader.hpp"

#include "csv/Cp1251.hpp"

namespace diarydesk {

bool CsvTextReader::next(CsvRecord& record) {
    if (encoding_ != TextEncoding::cp1251) return reader_.next(record);
    if (!reader_.next(raw_)) return false;
    record.line = raw_.line;
    record.unterminatedQuote = raw_.unterminatedQuote;
    // Views are taken once every field is decoded: the buffer may move while it grows.
    decoded_.clear();
    ends_.clear();
    for (const std::string_view field : raw_.fields) {
        cp1251::decodeAppend(field, decoded_);
        ends_.push_back(decoded_.size());
    }
    record.fields.resize(raw_.fields.size());
    const std::string_view decoded = decoded_;
    std::size_t start = 0;
    for (std::size_t i = 0; i < ends_.size(); ++i) {
        record.fields[i] = decoded.substr(start, ends_[i] - start);
        start = ends_[i];
    }
    return true;
}

} // namespace diarydesk
