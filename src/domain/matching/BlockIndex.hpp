#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace diarydesk {

// One pupil in a block, with a 32-bit tag the block's user chooses (the name block keeps the
// packed birth date there, so that a scan of a large block need not touch the pupils).
struct BlockEntry {
    std::uint32_t position = 0;
    std::uint32_t tag = 0;
    bool operator==(const BlockEntry&) const = default;
};

// A multimap from a 64-bit blocking key (SNILS digits, a day number, a name key) to pupil
// positions, stored as two sorted flat arrays: built by one sort, looked up by binary search,
// 16 bytes per entry and no allocation per key.
class BlockIndex {
public:
    struct KeyedEntry {
        std::uint64_t key = 0;
        BlockEntry entry;
    };

    BlockIndex() = default;
    explicit BlockIndex(std::vector<KeyedEntry> entries);

    std::span<const BlockEntry> find(std::uint64_t key) const;
    std::size_t entryCount() const { return entries_.size(); }
    // The size of the largest block: how large a single look-up can get.
    std::size_t largestBlock() const { return largestBlock_; }

private:
    std::vector<std::uint64_t> keys_;
    std::vector<BlockEntry> entries_;
    std::size_t largestBlock_ = 0;
};

} // namespace diarydesk
