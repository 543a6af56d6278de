#include "csv/TextEncoding.hpp"

#include "csv/TextCodec.hpp"
#include "text/NameNormaliser.hpp"

namespace diarydesk {

std::string_view toString(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::utf8:
        return "utf-8";
    case TextEncoding::cp1251:
        return "cp1251";
    }
    return "";
}

std::optional<TextEncoding> textEncodingFromString(std::string_view name) {
    // Case-insensitive: people type "UTF-8", "CP1251" or "Windows-1251" on the command line.
    const std::string folded = normaliseName(name);
    if (folded == "utf-8" || folded == "utf8") return TextEncoding::utf8;
    if (folded == "cp1251" || folded == "windows-1251" || folded == "cp-1251") return TextEncoding::cp1251;
    return std::nullopt;
}

std::string decodeText(std::string_view bytes, TextEncoding encoding) {
    DecodedText decoded;
    decodeFileText(bytes, encoding, decoded);
    return std::string(decoded.text);
}

std::string encodeText(std::string_view utf8, TextEncoding encoding) {
    return encodeFileText(utf8, encoding, false);
}

} // namespace diarydesk
