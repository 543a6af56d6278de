#include "matching/StringDistance.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace diarydesk {
namespace {

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

// The same distance by Hyyrö's bit-parallel form of the recurrence ("A bit-vector algorithm for
// computing Levenshtein and Damerau edit distances", 2003): one column of the table per code
// point of `text`, kept as vertical +1/-1 deltas in two words, so a pattern of up to 64 code
// points costs a few word operations per code point instead of a row of cells. Stops once the
// distance can no longer come down to `limit`: each remaining code point lowers it by one at
// most.
int osaBitParallel(std::u32string_view text, std::u32string_view pattern, int limit) {
    // Where each letter а..я occurs in the pattern, as bits; other code points are looked up
    // by a scan of the pattern.
    std::array<std::uint64_t, 32> letterRows{};
    for (std::size_t row = 0; row < pattern.size(); ++row) {
        const char32_t offset = pattern[row] - U'а';
        if (offset < letterRows.size()) letterRows[offset] |= std::uint64_t{1} << row;
    }
    const auto rowsOf = [&](char32_t symbol) {
        const char32_t offset = symbol - U'а';
        if (offset < letterRows.size()) return letterRows[offset];
        std::uint64_t rows = 0;
        for (std::size_t row = 0; row < pattern.size(); ++row) {
            rows |= static_cast<std::uint64_t>(pattern[row] == symbol) << row;
        }
        return rows;
    };
    const std::uint64_t lastRow = std::uint64_t{1} << (pattern.size() - 1);
    std::uint64_t positive = ~std::uint64_t{0}; // vertical deltas of +1
    std::uint64_t negative = 0;                 // vertical deltas of -1
    std::uint64_t diagonalZero = 0;
    std::uint64_t previousMatches = 0;
    int distance = static_cast<int>(pattern.size());
    std::size_t remaining = text.size();
    for (const char32_t symbol : text) {
        const std::uint64_t matches = rowsOf(symbol);
        const std::uint64_t transpositions = ((~diagonalZero & matches) << 1) & previousMatches;
        diagonalZero = (((matches & positive) + positive) ^ positive) | matches | negative | transpositions;
        std::uint64_t horizontalPositive = negative | ~(diagonalZero | positive);
        std::uint64_t horizontalNegative = diagonalZero & positive;
        if (horizontalPositive & lastRow)
            ++distance;
        else if (horizontalNegative & lastRow)
            --distance;
        if (distance - static_cast<int>(--remaining) > limit) return limit + 1;
        horizontalPositive = (horizontalPositive << 1) | 1;
        horizontalNegative <<= 1;
        positive = horizontalNegative | ~(diagonalZero | horizontalPositive);
        negative = horizontalPositive & diagonalZero;
        previousMatches = matches;
    }
    return std::min(distance, limit + 1);
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
    if (right.size() <= 64) return osaBitParallel(left, right, limit);
    // Longer than a machine word: three rows of the table.
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

} // namespace diarydesk
