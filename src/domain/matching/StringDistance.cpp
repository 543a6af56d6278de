#include "matching/StringDistance.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace diarydesk {
namespace {

constexpr std::size_t inlineLength = 63;

// Three DP rows: the one before the previous is needed for the transposition step.
int osaRows(std::u32string_view left, std::u32string_view right, int limit, int* previousPrevious,
            int* previous, int* current) {
    const std::size_t columns = right.size();
    for (std::size_t j = 0; j <= columns; ++j)
        previous[j] = static_cast<int>(j);
    int previousRowMinimum = 0;
    for (std::size_t i = 1; i <= left.size(); ++i) {
        current[0] = static_cast<int>(i);
        int rowMinimum = current[0];
        for (std::size_t j = 1; j <= columns; ++j) {
            const int cost = left[i - 1] == right[j - 1] ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1]) {
                best = std::min(best, previousPrevious[j - 2] + 1);
            }
            current[j] = best;
            rowMinimum = std::min(rowMinimum, best);
        }
        // No later cell can be cheaper than min(this row's minimum, the previous row's minimum
        // + 1): a transposition reaches back two rows at a cost of one. That bound never
        // decreases from row to row, so once it exceeds the limit the answer does too.
        if (std::min(rowMinimum, previousRowMinimum + 1) > limit) return limit + 1;
        previousRowMinimum = rowMinimum;
        std::swap(previousPrevious, previous);
        std::swap(previous, current);
    }
    return std::min(previous[columns], limit + 1);
}

} // namespace

int boundedOsaDistance(std::u32string_view left, std::u32string_view right, int limit) {
    if (left.size() < right.size()) std::swap(left, right);
    if (static_cast<int>(left.size() - right.size()) > limit) return limit + 1;
    if (right.empty()) return static_cast<int>(left.size());
    // Common prefix and suffix cost nothing and are cut off first: most near names share most
    // of their letters.
    while (!right.empty() && left.front() == right.front()) {
        left.remove_prefix(1);
        right.remove_prefix(1);
    }
    while (!right.empty() && left.back() == right.back()) {
        left.remove_suffix(1);
        right.remove_suffix(1);
    }
    if (right.empty()) return std::min(static_cast<int>(left.size()), limit + 1);
    if (right.size() <= inlineLength) {
        // Not zeroed: osaRows writes every cell before it reads it.
        std::array<int, inlineLength + 1> a;
        std::array<int, inlineLength + 1> b;
        std::array<int, inlineLength + 1> c;
        return osaRows(left, right, limit, a.data(), b.data(), c.data());
    }
    std::vector<int> rows(3 * (right.size() + 1));
    return osaRows(left, right, limit, rows.data(), rows.data() + right.size() + 1,
                   rows.data() + 2 * (right.size() + 1));
}

int osaDistance(std::u32string_view left, std::u32string_view right) {
    const int limit = static_cast<int>(std::max(left.size(), right.size()));
    return boundedOsaDistance(left, right, limit);
}

bool isAdjacentTransposition(std::u32string_view left, std::u32string_view right) {
    if (left.size() != right.size() || left.size() < 2) return false;
    std::size_t first = 0;
    while (first < left.size() && left[first] == right[first])
        ++first;
    if (first + 1 >= left.size()) return false;
    return left[first] == right[first + 1] && left[first + 1] == right[first] &&
           left.substr(first + 2) == right.substr(first + 2);
}

int nearEditLimit(std::size_t leftLength, std::size_t rightLength) {
    const std::size_t length = std::max(leftLength, rightLength);
    if (length <= 5) return 1;
    if (length <= 12) return 2;
    return 3;
}

} // namespace diarydesk
