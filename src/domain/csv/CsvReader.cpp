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

std::size_t CsvReader::endOfUnquoted(std::size_t from) const {
    std::size_t end = from;
    while (end < text_.size() && text_[end] != delimiter_ && !isLineBreak(text_[end]))
        ++end;
    return end;
}

// Most quoted values (a name with a comma, a class like "5 А") are used where they stand; only
// doubled quotes or text after the closing quote make the value be assembled in buffer_.
void CsvReader::readQuotedField(CsvRecord& record) {
    const std::size_t size = text_.size();
    const std::size_t contentStart = ++pos_;
    const std::size_t bufferStart = buffer_.size();
    bool assembled = false;
    for (;;) {
        const std::size_t quote = text_.find('"', pos_);
        const std::size_t chunkEnd = quote == std::string_view::npos ? size : quote;
        const std::string_view chunk = text_.substr(pos_, chunkEnd - pos_);
        countLineBreaks(chunk);
        if (assembled) buffer_.append(chunk);
        if (quote == std::string_view::npos) {
            pos_ = size;
            record.unterminatedQuote = true;
            break;
        }
        pos_ = quote + 1;
        if (pos_ < size && text_[pos_] == '"') {
            if (!assembled) buffer_.append(text_.substr(contentStart, quote - contentStart));
            assembled = true;
            buffer_.push_back('"');
            ++pos_;
            continue;
        }
        break;
    }
    const std::size_t contentEnd = record.unterminatedQuote ? size : pos_ - 1;
    const std::size_t tailEnd = endOfUnquoted(pos_);
    if (!assembled && tailEnd == pos_) {
        spans_.push_back({contentStart, contentEnd - contentStart, false});
        return;
    }
    if (!assembled) buffer_.append(text_.substr(contentStart, contentEnd - contentStart));
    buffer_.append(text_.substr(pos_, tailEnd - pos_));
    pos_ = tailEnd;
    spans_.push_back({bufferStart, buffer_.size() - bufferStart, true});
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
        if (pos_ < size && text_[pos_] == '"') {
            readQuotedField(record);
        } else {
            const std::size_t end = endOfUnquoted(pos_);
            spans_.push_back({pos_, end - pos_, false});
            pos_ = end;
        }
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
        const Span& span = spans_[i];
        record.fields[i] = (span.inBuffer ? buffer : text_).substr(span.offset, span.length);
    }
    return true;
}

} // namespace diarydesk
