#include "csv/TextCodec.hpp"

#include "ValidationError.hpp"
#include "csv/Cp1251.hpp"
#include "text/Utf8.hpp"

namespace diarydesk {
namespace {

constexpr std::string_view utf8ByteOrderMark = "\xEF\xBB\xBF";

bool startsWith(std::string_view bytes, std::string_view prefix) {
    return bytes.size() >= prefix.size() && bytes.substr(0, prefix.size()) == prefix;
}

bool looksLikeUtf16(std::string_view bytes) {
    return startsWith(bytes, std::string_view("\xFF\xFE", 2)) ||
           startsWith(bytes, std::string_view("\xFE\xFF", 2));
}

} // namespace

void openFileText(std::string_view fileBytes, std::optional<TextEncoding> forced, DecodedText& opened) {
    opened.storage.clear();
    opened.byteOrderMark = false;
    if (!forced && looksLikeUtf16(fileBytes)) {
        throw ValidationError("файл в кодировке UTF-16 (в Excel — «Текст Юникод»): сохраните его как "
                              "«CSV UTF-8» или «CSV (разделители — точка с запятой)»");
    }
    const bool hasBom = startsWith(fileBytes, utf8ByteOrderMark);
    bool validUtf8 = false;
    TextEncoding encoding = TextEncoding::utf8;
    if (forced) {
        encoding = *forced;
    } else if (!hasBom) {
        validUtf8 = utf8::isValid(fileBytes);
        if (!validUtf8) encoding = TextEncoding::cp1251;
    }
    opened.encoding = encoding;

    if (encoding == TextEncoding::cp1251) {
        opened.text = fileBytes;
        return;
    }
    if (hasBom) {
        opened.byteOrderMark = true;
        fileBytes.remove_prefix(utf8ByteOrderMark.size());
    }
    if (validUtf8 || utf8::isValid(fileBytes)) {
        opened.text = fileBytes;
        return;
    }
    opened.storage = utf8::encode(utf8::decode(fileBytes));
    opened.text = opened.storage;
}

void decodeFileText(std::string_view fileBytes, std::optional<TextEncoding> forced, DecodedText& decoded) {
    openFileText(fileBytes, forced, decoded);
    if (decoded.encoding == TextEncoding::cp1251) {
        cp1251::decodeAppend(decoded.text, decoded.storage);
        decoded.text = decoded.storage;
    }
}

std::string encodeFileText(std::string_view utf8Text, TextEncoding encoding, bool byteOrderMark) {
    std::string bytes;
    if (byteOrderMark && encoding == TextEncoding::utf8) bytes = utf8ByteOrderMark;
    if (encoding == TextEncoding::cp1251)
        bytes += cp1251::encode(utf8Text, '?');
    else
        bytes.append(utf8Text);
    return bytes;
}

} // namespace diarydesk
