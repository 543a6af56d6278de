#include "matching/SnilsDigits.hpp"

#include "SnilsNumber.hpp"

#include <string>

namespace diarydesk {

std::uint64_t SnilsDigits::key() const {
    std::uint64_t value = 0;
    for (const char digit : digits)
        value = value * 10 + static_cast<std::uint64_t>(digit - '0');
    return value;
}

SnilsDigits readSnilsDigits(std::string_view text) {
    SnilsDigits result;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return result;
    std::string digits;
    if (auto number = SnilsNumber::tryParse(text)) {
        result.acceptedLayout = true;
        result.checksumValid = number->hasValidChecksum();
        digits = number->digits();
    } else {
        for (const char c : text) {
            if (c >= '0' && c <= '9') digits.push_back(c);
        }
    }
    if (digits.size() != result.digits.size()) {
        result.state = SnilsDigits::State::malformed;
        return result;
    }
    result.state = SnilsDigits::State::digits;
    for (std::size_t i = 0; i < digits.size(); ++i)
        result.digits[i] = digits[i];
    if (!result.acceptedLayout) result.checksumValid = SnilsNumber::parse(digits).hasValidChecksum();
    return result;
}

} // namespace diarydesk
