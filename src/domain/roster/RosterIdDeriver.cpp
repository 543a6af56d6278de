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

// Appends normaliseName(part) to `key`. Names of Cyrillic letters and hyphens alone, nearly all
// of a roster, are folded here byte by byte (А-Я → а-я, Ё and ё → е), which gives exactly what
// normaliseName gives for them without its allocations; anything else goes through
// normaliseName.
bool appendFoldedCyrillic(std::string_view part, std::string& key) {
    const std::size_t start = key.size();
    for (std::size_t pos = 0; pos < part.size(); ++pos) {
        const auto lead = static_cast<unsigned char>(part[pos]);
        if (lead == '-') {
            key.push_back('-');
            continue;
        }
        const auto trail = pos + 1 < part.size() ? static_cast<unsigned char>(part[++pos]) : 0U;
        unsigned foldedLead = lead;
        unsigned foldedTrail = trail;
        if ((lead == 0xD0 && trail == 0x81) || (lead == 0xD1 && trail == 0x91)) { // Ё, ё → е
            foldedLead = 0xD0;
            foldedTrail = 0xB5;
        } else if (lead == 0xD0 && trail >= 0x90 && trail <= 0x9F) { // А-П
            foldedTrail = trail + 0x20;
        } else if (lead == 0xD0 && trail >= 0xA0 && trail <= 0xAF) { // Р-Я
            foldedLead = 0xD1;
            foldedTrail = trail - 0x20;
        } else if (!((lead == 0xD0 && trail >= 0xB0 && trail <= 0xBF) ||
                     (lead == 0xD1 && trail >= 0x80 && trail <= 0x8F))) { // not а-я either
            key.resize(start);
            return false;
        }
        key.push_back(static_cast<char>(foldedLead));
        key.push_back(static_cast<char>(foldedTrail));
    }
    return true;
}

void appendNormalised(std::string_view part, std::string& key) {
    if (!appendFoldedCyrillic(part, key)) key += normaliseName(part);
}

void appendIsoDate(const CalendarDate& date, std::string& key) {
    const int parts[] = {date.year() / 100, date.year() % 100, date.month(), date.day()};
    for (std::size_t i = 0; i < 4; ++i) {
        if (i >= 2) key.push_back('-');
        key.push_back(static_cast<char>('0' + parts[i] / 10));
        key.push_back(static_cast<char>('0' + parts[i] % 10));
    }
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

RosterIdDeriver::RosterIdDeriver(std::size_t expectedRows) {
    while ((std::size_t{1} << slotBits_) < expectedRows * 2)
        ++slotBits_;
    slots_.resize(std::size_t{1} << slotBits_);
    entries_.reserve(expectedRows);
    arena_.reserve(expectedRows * 12);
}

// The high bits of the hash times the golden ratio: FNV-1a's low bits depend on the low bits
// of the bytes alone, which clusters ids like STU-000001…STU-100000 under linear probing.
std::size_t RosterIdDeriver::home(std::uint64_t hash) const noexcept {
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ULL) >> (64U - slotBits_));
}

namespace {

std::uint32_t tagOf(std::uint64_t hash) {
    return static_cast<std::uint32_t>(hash >> 32U);
}

} // namespace

RosterIdDeriver::Slot& RosterIdDeriver::find(std::string_view id, std::uint64_t hash) {
    const std::size_t mask = slots_.size() - 1;
    const std::uint32_t tag = tagOf(hash);
    for (std::size_t index = home(hash);; index = (index + 1) & mask) {
        Slot& slot = slots_[index];
        if (slot.entry == 0) return slot;
        if (slot.tag != tag) continue;
        const Entry& entry = entries_[slot.entry - 1];
        if (std::string_view(arena_).substr(entry.offset, entry.length) == id) return slot;
    }
}

void RosterIdDeriver::grow() {
    ++slotBits_;
    std::vector<Slot> old(std::size_t{1} << slotBits_);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.entry == 0) continue;
        // The slot keeps half the hash: the home comes from the id itself.
        const Entry& entry = entries_[slot.entry - 1];
        std::size_t index = home(fnv1a(std::string_view(arena_).substr(entry.offset, entry.length)));
        while (slots_[index].entry != 0)
            index = (index + 1) & mask;
        slots_[index] = slot;
    }
}

std::optional<std::size_t> RosterIdDeriver::claim(const std::string& rosterId, std::size_t line) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    const std::uint64_t hash = fnv1a(rosterId);
    Slot& slot = find(rosterId, hash);
    if (slot.entry != 0) return entries_[slot.entry - 1].line;
    entries_.push_back(
        {static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(rosterId.size()), line});
    arena_ += rosterId;
    slot = Slot{tagOf(hash), static_cast<std::uint32_t>(entries_.size())};
    return std::nullopt;
}

std::string RosterIdDeriver::tryIssue(const std::string& key, std::size_t line) {
    std::string id = format(fnv1a(key));
    if (claim(id, line)) return {};
    return id;
}

std::string RosterIdDeriver::derive(const Pupil& pupil, std::size_t line) {
    std::string key;
    key.reserve(96);
    appendNormalised(pupil.name.last, key);
    key += partSeparator;
    appendNormalised(pupil.name.first, key);
    key += partSeparator;
    appendNormalised(pupil.name.middle, key);
    key += partSeparator;
    appendIsoDate(pupil.birthDate, key);
    if (auto id = tryIssue(key, line); !id.empty()) return id;

    if (const std::string snils = digitsOf(pupil.snils); !snils.empty()) {
        key += partSeparator;
        key += "snils:" + snils;
        if (auto id = tryIssue(key, line); !id.empty()) return id;
    }
    if (const std::string className = normaliseName(pupil.className); !className.empty()) {
        key += partSeparator;
        key += "class:" + className;
        if (auto id = tryIssue(key, line); !id.empty()) return id;
    }
    key += partSeparator;
    for (int ordinal = 2;; ++ordinal) {
        if (auto id = tryIssue(key + "#" + std::to_string(ordinal), line); !id.empty()) return id;
    }
}

} // namespace diarydesk
