#include "csv/Cp1251.hpp"

#include "text/Utf8.hpp"

#include <array>
#include <cstring>

namespace diarydesk::cp1251 {
namespace {

// 0x80..0xBF; 0xC0..0xFF are А..я in order (U+0410..U+044F).
constexpr std::array<char16_t, 64> upperTable{
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
};

// The UTF-8 bytes of every cp1251 byte, so that decoding a file is one table look-up per byte.
struct Utf8Forms {
    std::array<std::array<char, 4>, 256> bytes{};
    std::array<unsigned char, 256> lengths{};
};

Utf8Forms buildUtf8Forms() {
    Utf8Forms forms;
    for (unsigned value = 0; value < 256; ++value) {
        std::string encoded;
        utf8::append(encoded, toUnicode(static_cast<unsigned char>(value)));
        for (std::size_t i = 0; i < encoded.size(); ++i)
            forms.bytes[value][i] = encoded[i];
        forms.lengths[value] = static_cast<unsigned char>(encoded.size());
    }
    return forms;
}

const Utf8Forms& utf8Forms() {
    static const Utf8Forms forms = buildUtf8Forms();
    return forms;
}

} // namespace

char32_t toUnicode(unsigned char byte) {
    if (byte < 0x80) return byte;
    if (byte >= 0xC0) return 0x0410 + (byte - 0xC0);
    return upperTable[byte - 0x80];
}

std::size_t decodeInto(std::string_view bytes, char* out) {
    // Every character is written as its four table bytes and the pointer moves on by its real
    // length: no branch and no byte loop per character, which a 100,000-row file has six
    // million of.
    const Utf8Forms& forms = utf8Forms();
    char* write = out;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        std::memcpy(write, forms.bytes[byte].data(), 4);
        write += forms.lengths[byte];
    }
    return static_cast<std::size_t>(write - out);
}

void decodeAppend(std::string_view bytes, std::string& out) {
    const std::size_t start = out.size();
    out.resize(start + maximumDecodedSize(bytes.size()));
    out.resize(start + decodeInto(bytes, out.data() + start));
}

std::string decode(std::string_view bytes) {
    std::string out;
    decodeAppend(bytes, out);
    return out;
}

char fromUnicode(char32_t codePoint, char replacement) {
    if (codePoint < 0x80) return static_cast<char>(codePoint);
    if (codePoint >= 0x0410 && codePoint <= 0x044F) return static_cast<char>(0xC0 + (codePoint - 0x0410));
    for (std::size_t i = 0; i < upperTable.size(); ++i) {
        if (upperTable[i] == codePoint) return static_cast<char>(0x80 + i);
    }
    return replacement;
}

std::string encode(std::string_view utf8Text, char replacement) {
    std::string out;
    out.reserve(utf8Text.size());
    std::size_t pos = 0;
    while (pos < utf8Text.size()) {
        const auto byte = static_cast<unsigned char>(utf8Text[pos]);
        if (byte < 0x80) {
            out.push_back(utf8Text[pos++]);
            continue;
        }
        const char32_t codePoint = utf8::decodeNext(utf8Text, pos);
        out.push_back(codePoint == utf8::replacementCharacter ? replacement
                                                              : fromUnicode(codePoint, replacement));
    }
    return out;
}

} // namespace diarydesk::cp1251
