#include "matching/PhoneticKey.hpp"

namespace diarydesk {
namespace {

constexpr std::uint64_t fnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t fnvPrime = 1099511628211ULL;
constexpr char32_t anyVowel = U'*';

bool isVowelLike(char32_t cp) {
    switch (cp) {
    case U'а':
    case U'е':
    case U'ё':
    case U'и':
    case U'о':
    case U'у':
    case U'ы':
    case U'э':
    case U'ю':
    case U'я':
    case U'й':
    case U'ь':
    case U'ъ':
    case U'a':
    case U'e':
    case U'i':
    case U'o':
    case U'u':
    case U'y':
        return true;
    default:
        return false;
    }
}

char32_t voicelessPair(char32_t cp) {
    switch (cp) {
    case U'б':
        return U'п';
    case U'в':
        return U'ф';
    case U'г':
        return U'к';
    case U'д':
        return U'т';
    case U'ж':
        return U'ш';
    case U'з':
        return U'с';
    case U'щ':
        return U'ш';
    case U'ц':
        return U'с';
    case U'х':
        return U'к';
    default:
        return cp;
    }
}

std::uint64_t mix(std::uint64_t hash, char32_t symbol) {
    for (int shift = 0; shift < 32; shift += 8) {
        hash ^= (static_cast<std::uint64_t>(symbol) >> shift) & 0xFFU;
        hash *= fnvPrime;
    }
    return hash;
}

} // namespace

std::uint64_t phoneticKey(std::u32string_view normalisedName) {
    std::uint64_t hash = fnvOffset;
    char32_t last = 0;
    bool atWordStart = true;
    for (const char32_t cp : normalisedName) {
        char32_t symbol = 0;
        if (cp == U' ' || cp == U'-') {
            symbol = U'-';
            atWordStart = true;
        } else if (isVowelLike(cp)) {
            if (!atWordStart) continue;
            symbol = anyVowel;
            atWordStart = false;
        } else {
            symbol = voicelessPair(cp);
            atWordStart = false;
        }
        if (symbol == last) continue;
        hash = mix(hash, symbol);
        last = symbol;
    }
    return hash;
}

std::uint64_t letterMask(std::u32string_view normalisedName) {
    std::uint64_t mask = 0;
    for (const char32_t cp : normalisedName)
        mask |= std::uint64_t{1} << (cp & 63U);
    return mask;
}

std::vector<std::uint64_t> partKeys(std::u32string_view normalisedName) {
    std::vector<std::uint64_t> keys;
    if (normalisedName.find_first_of(U" -") == std::u32string_view::npos) return keys;
    std::size_t start = 0;
    while (start < normalisedName.size()) {
        std::size_t end = normalisedName.find_first_of(U" -", start);
        if (end == std::u32string_view::npos) end = normalisedName.size();
        if (end > start) keys.push_back(phoneticKey(normalisedName.substr(start, end - start)));
        start = end + 1;
    }
    return keys;
}

std::uint64_t nameBlockKey(std::uint64_t surnameKey, std::uint64_t firstNameKey) {
    // A 64-bit mix (from splitmix64) so that swapping the two keys gives a different key.
    std::uint64_t value = surnameKey * 0x9E3779B97F4A7C15ULL ^ (firstNameKey + 0x632BE59BD9B4E019ULL);
    value ^= value >> 30;
    value *= 0xBF58476D1CE4E5B9ULL;
    value ^= value >> 27;
    value *= 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

} // namespace diarydesk
