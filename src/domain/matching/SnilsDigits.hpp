#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace diarydesk {

// A SNILS reduced to what matching compares: its 11 digits when it has them.
struct SnilsDigits {
    enum class State : std::uint8_t { absent, malformed, digits };

    State state = State::absent;
    std::array<char, 11> digits{};
    bool checksumValid = false;
    bool acceptedLayout = false; // written in a layout SnilsNumber accepts

    bool hasDigits() const { return state == State::digits; }
    // The digits as one number: the key of the roster's SNILS block.
    std::uint64_t key() const;
    bool operator==(const SnilsDigits&) const = default;
};

// Reads a SNILS as written. A layout SnilsNumber accepts gives its digits; any other text with
// exactly 11 digits (a roster cell written "123.456.789.64") gives those digits too, because
// equal digits are evidence even when the layout was odd. Anything else is malformed; empty
// or blank text is absent.
SnilsDigits readSnilsDigits(std::string_view text);

} // namespace diarydesk
