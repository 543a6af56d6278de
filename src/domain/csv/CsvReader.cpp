#include "csv/CsvReader.hpp"

namespace diarydesk {
namespace {

bool isLineBreak(char c) {
    return c == '\n' || c == '\r';
}

} // namespace

void CsvReader::skipLineBreak() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
}

void CsvReader::countLineBreaks(std::string_view quotedText) {
    for (std::size_t i = 0; i < quotedText.size(); ++i) {
        if (quotedText[i] == '\n')
            ++line_;
        else if (quotedText[i] == '\r' && (i + 1 == quotedText.size() || quotedText[i + 1] != '\n'))
            ++line_;
    }
}

bool CsvReader::next(CsvRecord& record) {
    while (pos_ < text_.size() && isLineBreak(text_[pos_]))
        skipLineBreak();
    if (pos_ >= text_.size()) return false;

    record.line = line_;
    record.unterminatedQuote = false;
    buffer_.clear();
    spans_.clear();
    const std::size_t size = text_.size();
    for (;;) {
        const std::size_t start = buffer_.size();
        if (pos_ < size && text_[pos_] == '"') {
            ++pos_;
            for (;;) {
                const std::size_t quote = text_.find('"', pos_);
                if (quote == std::string_view::npos) {
                    countLineBreaks(text_.substr(pos_));
                    buffer_.append(text_.substr(pos_));
                    pos_ = size;
                    record.unterminatedQuote = true;
                    break;
                }
                const std::string_view chunk = text_.substr(pos_, quote - pos_);
                countLineBreaks(chunk);
                buffer_.append(chunk);
                pos_ = quote + 1;
                if (pos_ < size && text_[pos_] == '"') {
                    buffer_.push_back('"');
                    ++pos_;
                    continue;
                }
                break;
            }
        }
        std::size_t end = pos_;
        while (end < size && text_[end] != delimiter_ && !isLineBreak(text_[end]))
            ++end;
        buffer_.append(text_.substr(pos_, end - pos_));
        pos_ = end;
        spans_.emplace_back(start, buffer_.size() - start);
        if (pos_ < size && text_[pos_] == delimiter_) {
            ++pos_;
            continue;
        }
        if (pos_ < size) skipLineBreak();
        break;
    }

    record.fields.resize(spans_.size());
    const std::string_view buffer = buffer_;
    for (std::size_t i = 0; i < spans_.size(); ++i) {
        record.fields[i] = buffer.substr(spans_[i].first, spans_[i].second);
    }
    return true;
}

} // namespace diarydesk
