#include "csv/CsvWriter.hpp"

namespace diarydesk {

bool CsvWriter::needsQuotes(std::string_view field) const {
    if (field.empty()) return false;
    if (field.front() == ' ' || field.back() == ' ') return true;
    for (const char c : field) {
        if (c == delimiter_ || c == '"' || c == '\n' || c == '\r') return true;
    }
    return false;
}

void CsvWriter::addField(std::string_view field) {
    if (!atRecordStart_) text_.push_back(delimiter_);
    atRecordStart_ = false;
    ++fieldsInRecord_;
    lastFieldEmpty_ = field.empty();
    if (!needsQuotes(field)) {
        text_.append(field);
        return;
    }
    text_.push_back('"');
    for (const char c : field) {
        if (c == '"') text_.push_back('"');
        text_.push_back(c);
    }
    text_.push_back('"');
}

void CsvWriter::endRecord() {
    // A record of one empty field would be an empty line, which readers skip.
    if (fieldsInRecord_ == 1 && lastFieldEmpty_) text_.append("\"\"");
    text_.append("\r\n");
    fieldsInRecord_ = 0;
    atRecordStart_ = true;
}

void CsvWriter::writeRecord(const std::vector<std::string>& fields) {
    for (const std::string& field : fields)
        addField(field);
    endRecord();
}

} // namespace diarydesk
