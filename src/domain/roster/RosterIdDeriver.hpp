#pragma once

#include "Pupil.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
//
// The deriver also keeps the ids given in an id column (claim()), so that a file naming one id
// twice is caught and no derived id equals a given one.
class RosterIdDeriver {
public:
    explicit RosterIdDeriver(std::size_t expectedRows = 0);

    // Takes an id given in the file on `line`; when it is taken already, returns the line that
    // took it and leaves it with that line.
    std::optional<std::size_t> claim(const std::string& rosterId, std::size_t line);

    // Derives the id of a row on `line` without a given id (see above).
    std::string derive(const Pupil& pupil, std::size_t line = 0);

    static std::uint64_t fnv1a(std::string_view bytes) noexcept;
    static std::string format(std::uint64_t hash);

private:
    // Every id issued, with its line: an open-addressing table over one text arena, because a
    // node-based map costs an allocation and a cache miss per row of a 100,000-row file.
    // 16 bytes an entry and 8 a slot: the table of a 100,000-row file is memory the process
    // has to map page by page, so it is kept small.
    struct Entry {
        std::uint32_t offset = 0; // of the id in arena_
        std::uint32_t length = 0;
        std::size_t line = 0;
    };
    // The hash's high half sits in the slot so that a probe rarely has to look at an entry.
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t entry = 0; // index + 1 into entries_; 0 when the slot is free
    };

    std::string tryIssue(const std::string& key, std::size_t line);
    // The slot holding `id`, or the free slot where it belongs.
    Slot& find(std::string_view id, std::uint64_t hash);
    std::size_t home(std::uint64_t hash) const noexcept;
    void grow();

    std::vector<Slot> slots_;
    unsigned slotBits_ = 6; // slots_.size() == 1 << slotBits_
    std::vector<Entry> entries_;
    std::string arena_;
};

} // namespace diarydesk
