#include "csv/CsvTextReader.hpp"

#include "csv/Cp1251.hpp"

namespace diarydesk {

bool CsvTextReader::next(CsvRecord& record) {
    if (encoding_ != TextEncoding::cp1251) return reader_.next(record);
    if (!reader_.next(raw_)) return false;
    record.line = raw_.line;
    record.unterminatedQuote = raw_.unterminatedQuote;
    std::size_t rawSize = 0;
    for (const std::string_view field : raw_.fields)
        rawSize += field.size();
    const std::size_t room = cp1251::maximumDecodedSize(rawSize);
    if (decoded_.size() < room) decoded_.resize(room);
    ends_.clear();
    std::size_t end = 0;
    for (const std::string_view field : raw_.fields) {
        end += cp1251::decodeInto(field, decoded_.data() + end);
        ends_.push_back(end);
    }
    record.fields.resize(raw_.fields.size());
    const std::string_view decoded(decoded_.data(), end);
    std::size_t start = 0;
    for (std::size_t i = 0; i < ends_.size(); ++i) {
        record.fields[i] = decoded.substr(start, ends_[i] - start);
        start = ends_[i];
    }
    return true;
}

} // namespace diarydesk
