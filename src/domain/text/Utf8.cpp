#include "text/Utf8.hpp"

namespace diarydesk::utf8 {
namespace {

bool isContinuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

// Returns the code point and its encoded length, or length 0 when the sequence is malformed
// (overlong forms, surrogates and values above U+10FFFF included).
std::pair<char32_t, std::size_t> decodeAt(std::string_view bytes, std::size_t pos) {
    const auto lead = static_cast<unsigned char>(bytes[pos]);
    if (lead < 0x80U) return {lead, 1};
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0U) == 0xC0U) {
        length = 2;
        value = lead & 0x1FU;
        minimum = 0x80;
    } else if ((lead & 0xF0U) == 0xE0U) {
        length = 3;
        value = lead & 0x0FU;
        minimum = 0x800;
    } else if ((lead & 0xF8U) == 0xF0U) {
        length = 4;
        value = lead & 0x07U;
        minimum = 0x10000;
    } else {
        return {0, 0};
    }
    if (pos + length > bytes.size()) return {0, 0};
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[pos + i]);
        if (!isContinuation(byte)) return {0, 0};
        value = (value << 6U) | (byte & 0x3FU);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {0, 0};
    return {value, length};
}

} // namespace

bool isValid(std::string_view bytes) {
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const auto [value, length] = decodeAt(bytes, pos);
        if (length == 0) return false;
        pos += length;
    }
    return true;
}

char32_t decodeNext(std::string_view bytes, std::size_t& pos) {
    const auto [value, length] = decodeAt(bytes, pos);
    if (length == 0) {
        ++pos;
        return replacementCharacter;
    }
    pos += length;
    return value;
}

std::u32string decode(std::string_view bytes) {
    std::u32string out;
    out.reserve(bytes.size());
    std::size_t pos = 0;
    while (pos < bytes.size()) out.push_back(decodeNext(bytes, pos));
    return out;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string encode(std::u32string_view codePoints) {
    std::string out;
    out.reserve(codePoints.size() * 2);
    for (const char32_t cp : codePoints) append(out, cp);
    return out;
}

} // namespace diarydesk::utf8
