#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace diarydesk::cp1251 {

// Windows-1251, the code page Excel on a Russian Windows saves CSV files in. Written by hand:
// the domain library takes no dependencies beyond the standard library (it is cross-built for
// Windows), iconv is not there on Windows, and std::codecvt is deprecated and locale-bound.
// The table is the one of iconv and the WHATWG Encoding Standard; 0x98, which iconv leaves
// undefined, maps to U+0098 as in WHATWG (and Windows' MultiByteToWideChar).

char32_t toUnicode(unsigned char byte);

// Appends the UTF-8 form of every byte of `bytes` to `out`.
void decodeAppend(std::string_view bytes, std::string& out);
// The room decodeInto needs: three UTF-8 bytes at most per character, and three spare.
constexpr std::size_t maximumDecodedSize(std::size_t bytes) {
    return 3 * bytes + 3;
}
// Writes the UTF-8 form of `bytes` at `out`, which must have maximumDecodedSize(bytes.size())
// bytes of room; returns how many bytes the UTF-8 form has.
std::size_t decodeInto(std::string_view bytes, char* out);
std::string decode(std::string_view bytes);

// The cp1251 byte for a code point; `replacement` when the code page has no such character.
char fromUnicode(char32_t codePoint, char replacement = '?');

// UTF-8 text to cp1251; characters cp1251 lacks (and malformed UTF-8) become `replacement`.
std::string encode(std::string_view utf8Text, char replacement = '?');

} // namespace diarydesk::cp1251
