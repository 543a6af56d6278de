#include "Pupil.hpp"

#include "ValidationError.hpp"

namespace diarydesk {

std::string_view toString(SnilsFlag flag) {
    switch (flag) {
    case SnilsFlag::none: return "";
    case SnilsFlag::badChecksum: return "bad_checksum";
    case SnilsFlag::malformed: return "malformed";
    case SnilsFlag::duplicate: return "duplicate";
    }
    return "";
}

SnilsFlag snilsFlagFromString(std::string_view name) {
    for (const auto flag : {SnilsFlag::none, SnilsFlag::badChecksum, SnilsFlag::malformed, SnilsFlag::duplicate}) {
        if (toString(flag) == name) return flag;
    }
    throw ValidationError("неизвестная отметка СНИЛС: " + std::string(name));
}

std::optional<SnilsNumber> Pupil::trustedSnils() const {
    if (snils.empty() || snilsFlag != SnilsFlag::none) return std::nullopt;
    auto number = SnilsNumber::tryParse(snils);
    if (!number || !number->hasValidChecksum()) return std::nullopt;
    return number;
}

} // namespace diarydesk
