#include "text/NameNormaliser.hpp"

#include "text/Utf8.hpp"

#include <vector>

namespace diarydesk {
namespace {

bool isSpace(char32_t cp) {
    return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\v' || cp == U'\f' ||
           cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool isDash(char32_t cp) {
    return cp == U'-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 ||
           cp == 0xFF0D;
}

bool isInvisible(char32_t cp) {
    return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
}

// Latin letters that a keyboard layout slip or an OCR pass puts into a Cyrillic word.
char32_t cyrillicLookAlike(char32_t cp) {
    switch (cp) {
    case U'A': return U'А';
    case U'B': return U'В';
    case U'C': return U'С';
    case U'E': return U'Е';
    case U'H': return U'Н';
    case U'K': return U'К';
    case U'M': return U'М';
    case U'O': return U'О';
    case U'P': return U'Р';
    case U'T': return U'Т';
    case U'X': return U'Х';
    case U'Y': return U'У';
    case U'a': return U'а';
    case U'c': return U'с';
    case U'e': return U'е';
    case U'k': return U'к';
    case U'o': return U'о';
    case U'p': return U'р';
    case U'x': return U'х';
    case U'y': return U'у';
    default: return cp;
    }
}

// Splits on spaces and dashes into words, converting look-alikes in the Cyrillic ones.
void convertLookAlikes(std::u32string& text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = start;
        bool cyrillic = false;
        while (end < text.size() && text[end] != U' ' && text[end] != U'-') {
            cyrillic = cyrillic || isCyrillicLetter(text[end]);
            ++end;
        }
        if (cyrillic) {
            for (std::size_t i = start; i < end; ++i) text[i] = cyrillicLookAlike(text[i]);
        }
        start = end + 1;
    }
}

} // namespace

bool isCyrillicLetter(char32_t cp) { return cp >= 0x0400 && cp <= 0x04FF; }

char32_t foldCase(char32_t cp) {
    if (cp >= U'A' && cp <= U'Z') return cp + 0x20;
    if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20; // А..Я → а..я
    else if (cp >= 0x0400 && cp <= 0x040F) cp += 0x50; // Ѐ..Џ → ѐ..џ
    else if (cp >= 0x00C0 && cp <= 0x00DE && cp != 0x00D7) cp += 0x20; // Latin-1 capitals
    if (cp == 0x0451) return 0x0435; // ё → е
    return cp;
}

std::string normaliseName(std::string_view name) {
    std::u32string text;
    text.reserve(name.size());
    bool pendingSpace = false;
    std::size_t pos = 0;
    while (pos < name.size()) {
        const char32_t cp = utf8::decodeNext(name, pos);
        if (isInvisible(cp)) continue;
        if (isSpace(cp)) {
            pendingSpace = !text.empty() && text.back() != U'-';
            continue;
        }
        if (isDash(cp)) {
            if (!text.empty() && text.back() == U' ') text.pop_back();
            text.push_back(U'-');
            pendingSpace = false;
            continue;
        }
        if (pendingSpace) text.push_back(U' ');
        pendingSpace = false;
        text.push_back(cp);
    }
    convertLookAlikes(text);
    for (char32_t& cp : text) cp = foldCase(cp);
    return utf8::encode(text);
}

} // namespace diarydesk
