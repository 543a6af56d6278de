#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace diarydesk {

// The encodings roster files arrive in: Excel on a Russian Windows saves CSV as Windows-1251,
// the diary system and newer Excel as UTF-8 (often with a byte order mark).
enum class TextEncoding { utf8, cp1251 };

std::string_view toString(TextEncoding encoding); // "utf-8", "cp1251"
std::optional<TextEncoding> textEncodingFromString(std::string_view name); // also "windows-1251"

} // namespace diarydesk
