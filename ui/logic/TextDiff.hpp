#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace diarydesk::ui {

// How one stretch of a compared value relates to the other value.
enum class DiffMark {
    same,    // identical characters
    soft,    // differs only in a way matching forgives: case, ё/е, a Latin look-alike, spacing
    changed, // a real difference: a typo, a missing or extra character, a swapped digit
};

struct DiffSpan {
    std::string text; // UTF-8
    DiffMark mark = DiffMark::same;
    bool operator==(const DiffSpan&) const = default;
};

// Both values cut into marked stretches; concatenating the texts of a side gives the value back.
struct TextDiff {
    std::vector<DiffSpan> left;
    std::vector<DiffSpan> right;

    bool identical() const;
};

// Compares two values character by character (Unicode code points, not bytes), so that staff see
// exactly which letter or digit differs: the longest common subsequence of the case- and ё-folded
// characters is kept, everything else is marked changed on its own side. Values longer than a few
// hundred characters are compared as wholes.
TextDiff diffText(std::string_view left, std::string_view right);

} // namespace diarydesk::ui
