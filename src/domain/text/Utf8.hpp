#pragma once

#include <string>
#include <string_view>

namespace diarydesk::utf8 {

// Minimal UTF-8 handling for the domain library, which must build with the standard library
// alone (it is also cross-compiled for Windows); std::codecvt is deprecated and locale-bound.

inline constexpr char32_t replacementCharacter = U'\uFFFD';

bool isValid(std::string_view bytes);

// Decodes one code point at `pos` and advances it; malformed input yields U+FFFD.
char32_t decodeNext(std::string_view bytes, std::size_t& pos);

std::u32string decode(std::string_view bytes);

void append(std::string& out, char32_t codePoint);

std::string encode(std::u32string_view codePoints);

} // namespace diarydesk::utf8
