#include "SnilsNumber.hpp"

#include "ValidationError.hpp"

#include <cctype>

namespace diarydesk {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// Reads groups of 3, 3, 3 and 2 digits, each optionally preceded by one separator (a space or
// a hyphen). Returns the 11 digits, or an empty string when the layout is not one of those.
std::string readDigits(std::string_view text) {
    static constexpr std::size_t groups[] = {3, 3, 3, 2};
    std::string digits;
    std::size_t pos = 0;
    for (std::size_t group = 0; group < 4; ++group) {
        if (group > 0 && pos < text.size() && (text[pos] == ' ' || text[pos] == '-')) ++pos;
        for (std::size_t i = 0; i < groups[group]; ++i, ++pos) {
            if (pos >= text.size() || !isDigit(text[pos])) return {};
            digits.push_back(text[pos]);
        }
    }
    return pos == text.size() ? digits : std::string{};
}

} // namespace

SnilsNumber SnilsNumber::parse(std::string_view text) {
    const auto trimmed = trim(text);
    if (trimmed.empty()) throw ValidationError("СНИЛС не указан");
    std::string digits = readDigits(trimmed);
    if (digits.empty()) {
        std::size_t digitCount = 0;
        bool onlyDigits = true;
        for (const char c : trimmed) {
            if (isDigit(c)) ++digitCount;
            else if (c != ' ' && c != '-') onlyDigits = false;
        }
        if (onlyDigits && digitCount < 11) {
            throw ValidationError("в СНИЛС " + std::to_string(digitCount) +
                                  " цифр вместо 11 (если файл из Excel, ведущие нули могли "
                                  "пропасть: храните столбец как текст)");
        }
        throw ValidationError("СНИЛС не в формате 123-456-789 64");
    }
    return SnilsNumber(std::move(digits));
}

std::optional<SnilsNumber> SnilsNumber::tryParse(std::string_view text) noexcept {
    std::string digits = readDigits(trim(text));
    if (digits.empty()) return std::nullopt;
    return SnilsNumber(std::move(digits));
}

int SnilsNumber::controlNumberFor(std::string_view nineDigits) {
    int sum = 0;
    for (std::size_t i = 0; i < 9 && i < nineDigits.size(); ++i) {
        sum += (nineDigits[i] - '0') * static_cast<int>(9 - i);
    }
    if (sum < 100) return sum;
    if (sum == 100 || sum == 101) return 0;
    const int rest = sum % 101;
    return rest == 100 ? 0 : rest;
}

bool SnilsNumber::hasValidChecksum() const {
    long number = 0;
    for (std::size_t i = 0; i < 9; ++i) number = number * 10 + (digits_[i] - '0');
    if (number <= 1001998) return true;
    const int control = (digits_[9] - '0') * 10 + (digits_[10] - '0');
    return control == controlNumberFor(digits_);
}

std::string SnilsNumber::formatted() const {
    return digits_.substr(0, 3) + '-' + digits_.substr(3, 3) + '-' + digits_.substr(6, 3) + ' ' +
           digits_.substr(9, 2);
}

std::string SnilsNumber::masked() const { return "***-***-" + digits_.substr(6, 3) + ' ' + digits_.substr(9, 2); }

} // namespace diarydesk
