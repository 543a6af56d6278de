#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace diarydesk {

// How often each normalised value of one name part (surnames, or first names, or
// patronymics) occurs on the roster. Agreement on a rare surname says more than agreement on
// "Иванов": this is the u-probability of that agreement in Fellegi–Sunter terms.
// Holds views: the counted text must outlive the object (the roster index's arena does).
class NameFrequency {
public:
    void add(std::u32string_view normalisedValue, std::uint32_t times = 1);
    std::uint32_t count(std::u32string_view normalisedValue) const;
    // The share of non-empty values equal to this one; 0 for a value never counted.
    double share(std::u32string_view normalisedValue) const;
    std::uint32_t total() const { return total_; }

private:
    std::unordered_map<std::u32string_view, std::uint32_t> counts_;
    std::uint32_t total_ = 0;
};

} // namespace diarydesk
