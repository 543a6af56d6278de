#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace diarydesk {

// The encodings roster files arrive in: Excel on a Russian Windows saves CSV as Windows-1251,
// the diary system and newer Excel as UTF-8 (often with a byte order mark).
enum class TextEncoding { utf8, cp1251 };

std::string_view toString(TextEncoding encoding);                          // "utf-8", "cp1251"
std::optional<TextEncoding> textEncodingFromString(std::string_view name); // also "windows-1251"

// Text in `encoding` to UTF-8 (a UTF-8 byte order mark is dropped; malformed UTF-8 becomes U+FFFD).
std::string decodeText(std::string_view bytes, TextEncoding encoding);
// UTF-8 text to `encoding`; characters Windows-1251 cannot hold become '?'.
std::string encodeText(std::string_view utf8, TextEncoding encoding);

} // namespace diarydesk
