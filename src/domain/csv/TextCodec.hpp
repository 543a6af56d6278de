#pragma once

#include "csv/TextEncoding.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace diarydesk {

// A file's text as UTF-8, decoded once so that everything after works on UTF-8 string views.
struct DecodedText {
    TextEncoding encoding = TextEncoding::utf8;
    bool byteOrderMark = false;
    std::string storage; // the decoded text when it had to be converted; `text` may point here
    std::string_view text;

    DecodedText() = default;
    DecodedText(const DecodedText&) = delete; // `text` may point into `storage`
    DecodedText& operator=(const DecodedText&) = delete;
    DecodedText(DecodedText&&) = delete;
    DecodedText& operator=(DecodedText&&) = delete;
};

// Detects the encoding unless `forced`: a UTF-8 byte order mark or valid UTF-8 means UTF-8,
// anything else is read as Windows-1251 (every byte sequence is valid cp1251). The byte order
// mark is dropped from `text`. Throws ValidationError for UTF-16 files (Excel's "Unicode
// text"), which neither encoding can read. Forced UTF-8 turns malformed bytes into U+FFFD.
// `decoded.text` points into `fileBytes` when the file is valid UTF-8 already, so the file's
// bytes must outlive it.
void decodeFileText(std::string_view fileBytes, std::optional<TextEncoding> forced, DecodedText& decoded);

// The same, except that a Windows-1251 file is not decoded: `text` then holds the file's own
// bytes, for a reader that decodes what it keeps (CsvTextReader). The structure of a CSV file,
// its delimiters, quotes and line breaks, is ASCII: the same bytes in both encodings.
void openFileText(std::string_view fileBytes, std::optional<TextEncoding> forced, DecodedText& opened);

// UTF-8 text to file bytes; characters cp1251 lacks become '?'.
std::string encodeFileText(std::string_view utf8Text, TextEncoding encoding, bool byteOrderMark);

} // namespace diarydesk
