#include "matching/SnilsDigits.hpp"

#include "SnilsNumber.hpp"

#include <algorithm>
#include <string>

namespace diarydesk {

std::uint64_t SnilsDigits::key() const {
    std::uint64_t value = 0;
    for (const char digit : digits)
        value = value * 10 + static_cast<std::uint64_t>(digit - '0');
    return value;
}

namespace {

bool allDigits(std::string_view text) {
    for (const char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

// SnilsNumber::hasValidChecksum without building a SnilsNumber: numbers up to 001-001-998 were
// issued without a control number.
bool checksumValid(const std::array<char, 11>& digits) {
    long number = 0;
    for (std::size_t i = 0; i < 9; ++i)
        number = number * 10 + (digits[i] - '0');
    if (number <= 1001998) return true;
    const int control = (digits[9] - '0') * 10 + (digits[10] - '0');
    return control == SnilsNumber::controlNumberFor(std::string_view(digits.data(), 9));
}

} // namespace

SnilsDigits readSnilsDigits(std::string_view text) {
    SnilsDigits result;
    // The roster keeps a well-formed SNILS as 11 bare digits, an accepted layout: read without
    // building the digit string twice (a roster index reads 100,000 of them).
    if (text.size() == result.digits.size() && allDigits(text)) {
        result.state = SnilsDigits::State::digits;
        result.acceptedLayout = true;
        std::copy(text.begin(), text.end(), result.digits.begin());
        result.checksumValid = checksumValid(result.digits);
        return result;
    }
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
