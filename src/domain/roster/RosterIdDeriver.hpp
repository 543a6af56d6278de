#pragma once

#include "Pupil.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

namespace diarydesk {

// Roster ids for files without an id column, derived from the pupil's data so that the same
// pupil gets the same id in every import: "P-" and 16 hex digits of the 64-bit FNV-1a hash of
// the normalised last, first and middle names and the birth date. Normalised names make the id
// the same whatever the encoding, the letter case, ё or е, and whether the file has separate
// name columns or one ФИО column.
//
// Two rows with the same normalised name and birth date must still get distinct ids. The rule,
// applied in file order so that it is stable for the same file:
//  1. the first such row gets the plain id;
//  2. a later one adds its SNILS digits to the hashed data, if it has a SNILS;
//  3. if that id is taken too, it adds its normalised class;
//  4. if that is still taken, it adds "#2", "#3", … (its position among the rows that
//     collided), the first number whose id is free.
class RosterIdDeriver {
public:
    std::string derive(const Pupil& pupil);

    // Reserves an id given in the file, so that no derived id equals it.
    void reserve(const std::string& rosterId) { issued_.insert(rosterId); }

    static std::uint64_t fnv1a(std::string_view bytes) noexcept;
    static std::string format(std::uint64_t hash);

private:
    std::string tryIssue(const std::string& key);

    std::unordered_set<std::string> issued_;
};

} // namespace diarydesk
