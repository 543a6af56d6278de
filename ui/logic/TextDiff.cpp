#include "logic/TextDiff.hpp"

#include "text/NameNormaliser.hpp"
#include "text/Utf8.hpp"

#include <algorithm>
#include <cstdint>

namespace diarydesk::ui {
namespace {

// Beyond this the quadratic table is not worth it: such values are not names, dates or SNILS.
constexpr std::size_t longestComparedValue = 400;

bool isSpaceLike(char32_t cp) {
    return cp == U' ' || cp == U'\t' || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A);
}

// Latin capitals and small letters that look exactly like Cyrillic ones.
char32_t cyrillicTwin(char32_t cp) {
    static constexpr std::u32string_view latin = U"ABCEHKMOPTXYaceopxy";
    static constexpr std::u32string_view cyrillic = U"АВСЕНКМОРТХУасеорху";
    const auto at = latin.find(cp);
    return at == std::u32string_view::npos ? cp : cyrillic[at];
}

char32_t comparable(char32_t cp) {
    if (isSpaceLike(cp)) return U' ';
    return foldCase(cyrillicTwin(cp));
}

class SpanBuilder {
public:
    explicit SpanBuilder(std::vector<DiffSpan>& spans)
        : spans_(spans) {}

    void add(char32_t cp, DiffMark mark) {
        if (spans_.empty() || spans_.back().mark != mark) spans_.push_back(DiffSpan{{}, mark});
        utf8::append(spans_.back().text, cp);
    }

private:
    std::vector<DiffSpan>& spans_;
};

DiffMark unmatchedMark(char32_t cp) {
    return isSpaceLike(cp) ? DiffMark::soft : DiffMark::changed;
}

} // namespace

bool TextDiff::identical() const {
    const auto allSame = [](const std::vector<DiffSpan>& spans) {
        return std::all_of(spans.begin(), spans.end(),
                           [](const DiffSpan& span) { return span.mark == DiffMark::same; });
    };
    return allSame(left) && allSame(right);
}

TextDiff diffText(std::string_view leftText, std::string_view rightText) {
    const std::u32string left = utf8::decode(leftText);
    const std::u32string right = utf8::decode(rightText);
    TextDiff diff;
    SpanBuilder leftSpans(diff.left);
    SpanBuilder rightSpans(diff.right);

    if (left.size() > longestComparedValue || right.size() > longestComparedValue) {
        const DiffMark mark = left == right ? DiffMark::same : DiffMark::changed;
        for (const char32_t cp : left)
            leftSpans.add(cp, mark);
        for (const char32_t cp : right)
            rightSpans.add(cp, mark);
        return diff;
    }

    // lengths[i][j]: the longest common subsequence of left[i..] and right[j..].
    const std::size_t rows = left.size() + 1;
    const std::size_t columns = right.size() + 1;
    std::vector<std::uint16_t> lengths(rows * columns, 0);
    const auto at = [columns](std::size_t i, std::size_t j) { return i * columns + j; };
    for (std::size_t i = left.size(); i-- > 0;) {
        for (std::size_t j = right.size(); j-- > 0;) {
            lengths[at(i, j)] = comparable(left[i]) == comparable(right[j])
                                    ? static_cast<std::uint16_t>(lengths[at(i + 1, j + 1)] + 1)
                                    : std::max(lengths[at(i + 1, j)], lengths[at(i, j + 1)]);
        }
    }

    std::size_t i = 0;
    std::size_t j = 0;
    while (i < left.size() && j < right.size()) {
        if (comparable(left[i]) == comparable(right[j])) {
            const DiffMark mark = left[i] == right[j] ? DiffMark::same : DiffMark::soft;
            leftSpans.add(left[i++], mark);
            rightSpans.add(right[j++], mark);
        } else if (lengths[at(i + 1, j)] >= lengths[at(i, j + 1)]) {
            leftSpans.add(left[i], unmatchedMark(left[i]));
            ++i;
        } else {
            rightSpans.add(right[j], unmatchedMark(right[j]));
            ++j;
        }
    }
    for (; i < left.size(); ++i)
        leftSpans.add(left[i], unmatchedMark(left[i]));
    for (; j < right.size(); ++j)
        rightSpans.add(right[j], unmatchedMark(right[j]));
    return diff;
}

} // namespace diarydesk::ui
