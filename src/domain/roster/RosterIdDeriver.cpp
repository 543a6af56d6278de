#include "roster/RosterIdDeriver.hpp"

#include "text/NameNormaliser.hpp"

namespace diarydesk {
namespace {

// Separates the parts of the hashed data so that "Анна|Мария" and "Анн|аМария" differ.
constexpr char partSeparator = '\x1F';

std::string digitsOf(std::string_view text) {
    std::string digits;
    for (const char c : text) {
        if (c >= '0' && c <= '9') digits.push_back(c);
    }
    return digits;
}

} // namespace

std::uint64_t RosterIdDeriver::fnv1a(std::string_view bytes) noexcept {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

std::string RosterIdDeriver::format(std::uint64_t hash) {
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    std::string id = "P-0000000000000000";
    for (std::size_t i = 0; i < 16; ++i) {
        id[id.size() - 1 - i] = hexDigits[hash & 0xFU];
        hash >>= 4U;
    }
    return id;
}

std::string RosterIdDeriver::tryIssue(const std::string& key) {
    std::string id = format(fnv1a(key));
    if (!issued_.insert(id).second) return {};
    return id;
}

std::string RosterIdDeriver::derive(const Pupil& pupil) {
    std::string key = normaliseName(pupil.name.last);
    key += partSeparator;
    key += normaliseName(pupil.name.first);
    key += partSeparator;
    key += normaliseName(pupil.name.middle);
    key += partSeparator;
    key += pupil.birthDate.iso();
    if (auto id = tryIssue(key); !id.empty()) return id;

    if (const std::string snils = digitsOf(pupil.snils); !snils.empty()) {
        key += partSeparator;
        key += "snils:" + snils;
        if (auto id = tryIssue(key); !id.empty()) return id;
    }
    if (const std::string className = normaliseName(pupil.className); !className.empty()) {
        key += partSeparator;
        key += "class:" + className;
        if (auto id = tryIssue(key); !id.empty()) return id;
    }
    key += partSeparator;
    for (int ordinal = 2;; ++ordinal) {
        if (auto id = tryIssue(key + "#" + std::to_string(ordinal)); !id.empty()) return id;
    }
}

} // namespace diarydesk
