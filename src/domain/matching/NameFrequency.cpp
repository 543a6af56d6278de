#include "matching/NameFrequency.hpp"

namespace diarydesk {

void NameFrequency::add(std::u32string_view normalisedValue, std::uint32_t times) {
    if (normalisedValue.empty() || times == 0) return;
    counts_[normalisedValue] += times;
    total_ += times;
}

std::uint32_t NameFrequency::count(std::u32string_view normalisedValue) const {
    const auto it = counts_.find(normalisedValue);
    return it == counts_.end() ? 0 : it->second;
}

double NameFrequency::share(std::u32string_view normalisedValue) const {
    return total_ == 0 ? 0.0 : static_cast<double>(count(normalisedValue)) / total_;
}

} // namespace diarydesk
