#include "Transliteration.hpp"

#include "text/NameNormaliser.hpp"
#include "text/Utf8.hpp"

#include <array>

namespace diarydesk::sampledata {
namespace {

// а..я in order.
constexpr std::array<std::string_view, 32> latin{
    "a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "i",    "k",  "l", "m", "n", "o",  "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "",  "e", "iu", "ia",
};

} // namespace

std::string transliterate(std::string_view russian) {
    std::string out;
    std::size_t pos = 0;
    while (pos < russian.size()) {
        const char32_t cp = foldCase(utf8::decodeNext(russian, pos)); // ё folds to е
        if (cp >= U'а' && cp <= U'я')
            out += latin[cp - U'а'];
        else if ((cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9') || cp == U'-')
            out.push_back(static_cast<char>(cp));
    }
    return out;
}

} // namespace diarydesk::sampledata
