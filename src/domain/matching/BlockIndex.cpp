#include "matching/BlockIndex.hpp"

#include <algorithm>

namespace diarydesk {

BlockIndex::BlockIndex(std::vector<KeyedEntry> entries) {
    const auto byKeyThenPosition = [](const KeyedEntry& left, const KeyedEntry& right) {
        return left.key != right.key ? left.key < right.key : left.entry.position < right.entry.position;
    };
    // Entries often come sorted already (the birth-date block of pupils in birth-date order).
    if (!std::is_sorted(entries.begin(), entries.end(), byKeyThenPosition)) {
        std::sort(entries.begin(), entries.end(), byKeyThenPosition);
    }
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const KeyedEntry& left, const KeyedEntry& right) {
                                  return left.key == right.key && left.entry == right.entry;
                              }),
                  entries.end());
    keys_.reserve(entries.size());
    entries_.reserve(entries.size());
    std::size_t run = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        run = i > 0 && entries[i].key == entries[i - 1].key ? run + 1 : 1;
        largestBlock_ = std::max(largestBlock_, run);
        keys_.push_back(entries[i].key);
        entries_.push_back(entries[i].entry);
    }
}

std::span<const BlockEntry> BlockIndex::find(std::uint64_t key) const {
    const auto [begin, end] = std::equal_range(keys_.begin(), keys_.end(), key);
    const auto offset = static_cast<std::size_t>(begin - keys_.begin());
    return {entries_.data() + offset, static_cast<std::size_t>(end - begin)};
}

} // namespace diarydesk
