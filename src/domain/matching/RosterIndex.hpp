#pragma once

#include "Pupil.hpp"
#include "matching/BlockIndex.hpp"
#include "matching/IndexedPupil.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace diarydesk {

// The roster prepared for matching, built once per roster revision: every pupil, present and
// left, with names normalised once, keys computed once, and three blocking indexes so that an
// application is compared with a few pupils rather than all of them:
//  - by SNILS digits (trusted or flagged alike: a flagged SNILS is still evidence of a
//    conflict, it just never counts as agreement);
//  - by birth date (the matcher also looks up the day before and after and the date with day
//    and month swapped);
//  - by name: the phonetic keys of surname and first name together, also under each part of a
//    double surname; each entry carries the pupil's packed birth date. A typo in a surname's
//    consonant changes the key; then the birth-date block still finds the pupil, and a wrong
//    birth date is found through the name block.
// Positions follow birth-date order, so that a birth-date block is one run of memory.
// Immutable once built: safe to share between threads that match concurrently.
class RosterIndex {
public:
    explicit RosterIndex(std::vector<Pupil> pupils);

    std::size_t size() const { return pupils_.size(); }
    // Positions follow birth-date order, not the order the pupils were given in.
    const Pupil& pupil(std::size_t position) const { return pupils_[indexed_[position].pupil]; }
    const IndexedPupil& indexed(std::size_t position) const { return indexed_[position]; }
    NormalisedName normalisedName(std::size_t position) const {
        const IndexedPupil& entry = indexed_[position];
        return {text(entry.last), text(entry.first), text(entry.middle)};
    }
    // A linear search: for tests and tools, not for matching.
    std::optional<std::size_t> positionOf(std::string_view rosterId) const;

    std::span<const BlockEntry> withSnils(const SnilsDigits& snils) const;
    std::span<const BlockEntry> bornOn(long dayNumber) const;
    std::span<const BlockEntry> withNameKey(std::uint64_t nameBlockKey) const; // tag: packDate(birth date)

    std::size_t largestBirthDateBlock() const { return byBirthDay_.largestBlock(); }
    std::size_t largestNameBlock() const { return byName_.largestBlock(); }

private:
    std::u32string_view text(const TextSpan& span) const {
        return {arena_.data() + span.offset, span.length};
    }

    std::vector<Pupil> pupils_;         // as given
    std::vector<IndexedPupil> indexed_; // in birth-date order
    std::u32string arena_;              // every distinct normalised name part, back to back
    BlockIndex bySnils_;
    BlockIndex byBirthDay_;
    BlockIndex byName_;
};

} // namespace diarydesk
