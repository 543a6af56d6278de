#pragma once

#include <cstddef>
#include <string_view>

namespace diarydesk {

// Edit distances over Unicode code points of normalised names (one Cyrillic letter is one
// step, not two bytes).

// The optimal string alignment distance (restricted Damerau–Levenshtein): insertions,
// deletions, substitutions and transpositions of two adjacent code points, each costing 1, no
// substring edited twice. Stops early and returns `limit + 1` once the distance must exceed
// `limit`, which keeps the check of a large block cheap. Bit-parallel and allocation-free when
// the shorter string has up to 64 code points.
int boundedOsaDistance(std::u32string_view left, std::u32string_view right, int limit);

// The unbounded optimal string alignment distance.
int osaDistance(std::u32string_view left, std::u32string_view right);

// True when `right` is `left` with exactly two adjacent code points exchanged ("Алексей" and
// "Алекесй").
bool isAdjacentTransposition(std::u32string_view left, std::u32string_view right);

// How many edits two names of these lengths may differ by and still count as "near": one for
// short names (where two edits make a different name: "Ирина" and "Алина"), two for the
// usual lengths, three for long ones such as double surnames.
// Inline: the birth-date block asks it for every pupil it holds.
constexpr int nearEditLimit(std::size_t leftLength, std::size_t rightLength) {
    const std::size_t length = leftLength > rightLength ? leftLength : rightLength;
    if (length <= 5) return 1;
    if (length <= 12) return 2;
    return 3;
}

} // namespace diarydesk
