#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace diarydesk {

// A SNILS (individual insurance account number): 9 digits and a 2-digit control number.
// Accepted as "123-456-789 64", "12345678964", "123 456 789 64" or "123-456-789-64"; printed
// as "123-456-789 64". A well-formed number with a wrong control number is still a
// SnilsNumber: callers decide whether that is an error or a flag.
class SnilsNumber {
public:
    // Throws ValidationError when the text is not 11 digits in one of the accepted layouts.
    static SnilsNumber parse(std::string_view text);
    static std::optional<SnilsNumber> tryParse(std::string_view text) noexcept;

    // The control number for the first nine digits: digits × weights 9…1; a sum below 100 is
    // the control number, 100 and 101 give 00, above 101 the sum mod 101 (where 100 → 00).
    static int controlNumberFor(std::string_view nineDigits);

    // Numbers up to 001-001-998 were issued without a control number and always pass.
    bool hasValidChecksum() const;

    const std::string& digits() const noexcept { return digits_; }
    std::string formatted() const; // 123-456-789 64
    std::string masked() const;    // ***-***-789 64: safe for logs and screens

    bool operator==(const SnilsNumber&) const = default;

private:
    explicit SnilsNumber(std::string digits) : digits_(std::move(digits)) {}
    std::string digits_;
};

} // namespace diarydesk
