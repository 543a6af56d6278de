#include "matching/RosterIndex.hpp"

#include "matching/DateNearness.hpp"
#include "matching/MatchWeights.hpp"
#include "matching/NameFrequency.hpp"
#include "matching/PhoneticKey.hpp"
#include "text/NameNormaliser.hpp"
#include "text/Utf8.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace diarydesk {
namespace {

constexpr std::array<MatchField, 3> nameFields{MatchField::lastName, MatchField::firstName,
                                               MatchField::middleName};

// Normalises each distinct spelling once (a roster of 100,000 pupils has only a few thousand
// distinct surnames, first names and patronymics) and counts how often each spelling occurs in
// each name field, so that frequencies and weights are computed per spelling, not per pupil.
class NameTable {
public:
    explicit NameTable(std::u32string& arena)
        : arena_(arena) {}

    // `raw` must outlive the table: it is kept as a key. Returns the spelling's id.
    std::uint32_t add(std::string_view raw, std::size_t field) {
        const auto [it, inserted] = ids_.try_emplace(raw, static_cast<std::uint32_t>(spans_.size()));
        if (inserted) {
            const std::string normalised = normaliseName(raw);
            TextSpan span{static_cast<std::uint32_t>(arena_.size()), 0};
            std::size_t pos = 0;
            while (pos < normalised.size())
                arena_.push_back(utf8::decodeNext(normalised, pos));
            span.length = static_cast<std::uint32_t>(arena_.size() - span.offset);
            spans_.push_back(span);
            for (auto& counts : counts_)
                counts.push_back(0);
        }
        ++counts_[field][it->second];
        return it->second;
    }

    const TextSpan& span(std::uint32_t id) const { return spans_[id]; }

    // The agreement weight of every spelling in one field, once the arena is complete.
    // Spellings that normalise alike ("Алёна", "АЛЕНА") are counted as one value.
    std::vector<float> agreementWeights(std::size_t field) const {
        NameFrequency frequency;
        for (std::size_t id = 0; id < spans_.size(); ++id)
            frequency.add(text(spans_[id]), counts_[field][id]);
        std::vector<float> weights(spans_.size());
        for (std::size_t id = 0; id < spans_.size(); ++id) {
            weights[id] =
                static_cast<float>(nameAgreementWeight(nameFields[field], frequency.share(text(spans_[id]))));
        }
        return weights;
    }

private:
    std::u32string_view text(const TextSpan& span) const {
        return {arena_.data() + span.offset, span.length};
    }

    std::u32string& arena_;
    std::unordered_map<std::string_view, std::uint32_t> ids_;
    std::vector<TextSpan> spans_;
    std::array<std::vector<std::uint32_t>, 3> counts_;
};

std::uint64_t dayKey(long dayNumber) {
    return static_cast<std::uint64_t>(dayNumber);
}

// Everything about one pupil that needs no other pupil: computed in the order the pupils are
// given (reading them front to back), then moved into birth-date order.
IndexedPupil describe(const Pupil& pupil, std::uint32_t index, NameTable& names,
                      std::array<std::uint32_t, 3>& nameIds) {
    IndexedPupil entry;
    entry.pupil = index;
    nameIds = {names.add(pupil.name.last, 0), names.add(pupil.name.first, 1),
               names.add(pupil.name.middle, 2)};
    entry.birthDay = pupil.birthDate.dayNumber();
    entry.snils = readSnilsDigits(pupil.snils);
    // The same rule as Pupil::trustedSnils, from the digits already read.
    entry.snilsTrusted = pupil.snilsFlag == SnilsFlag::none && entry.snils.hasDigits() &&
                         entry.snils.acceptedLayout && entry.snils.checksumValid;
    entry.present = pupil.present;
    entry.className = parseClassName(pupil.className);
    return entry;
}

} // namespace

RosterIndex::RosterIndex(std::vector<Pupil> pupils)
    : pupils_(std::move(pupils)) {
    NameTable names(arena_);
    std::vector<IndexedPupil> given(pupils_.size());
    std::vector<std::array<std::uint32_t, 3>> nameIds(pupils_.size());
    for (std::size_t i = 0; i < pupils_.size(); ++i) {
        given[i] = describe(pupils_[i], static_cast<std::uint32_t>(i), names, nameIds[i]);
    }
    // Only now is the arena complete and are views into it stable.
    const std::array<std::vector<float>, 3> agreementWeights{
        names.agreementWeights(0), names.agreementWeights(1), names.agreementWeights(2)};
    std::vector<std::pair<long, std::uint32_t>> order(given.size());
    for (std::size_t i = 0; i < given.size(); ++i)
        order[i] = {given[i].birthDay, static_cast<std::uint32_t>(i)};
    std::sort(order.begin(), order.end());

    indexed_.reserve(given.size());
    std::vector<BlockIndex::KeyedEntry> snilsEntries;
    std::vector<BlockIndex::KeyedEntry> dayEntries;
    std::vector<BlockIndex::KeyedEntry> nameEntries;
    snilsEntries.reserve(given.size());
    dayEntries.reserve(given.size());
    nameEntries.reserve(given.size());
    for (const auto& [day, index] : order) {
        const auto position = static_cast<std::uint32_t>(indexed_.size());
        IndexedPupil& entry = indexed_.emplace_back(given[index]);
        const auto& ids = nameIds[index];
        entry.last = names.span(ids[0]);
        entry.first = names.span(ids[1]);
        entry.middle = names.span(ids[2]);
        entry.lastAgreementWeight = agreementWeights[0][ids[0]];
        entry.firstAgreementWeight = agreementWeights[1][ids[1]];
        entry.middleAgreementWeight = agreementWeights[2][ids[2]];
        const NormalisedName name = normalisedName(position);
        entry.lastKey = phoneticKey(name.last);
        entry.firstKey = phoneticKey(name.first);
        entry.lastLetters = letterMask(name.last);
        entry.firstLetters = letterMask(name.first);

        if (entry.snils.hasDigits()) snilsEntries.push_back({entry.snils.key(), {position, 0}});
        dayEntries.push_back({dayKey(day), {position, 0}});
        const std::uint32_t packedBirthDate = packDate(CalendarDate::fromDayNumber(day));
        nameEntries.push_back({nameBlockKey(entry.lastKey, entry.firstKey), {position, packedBirthDate}});
        const auto surnameParts = partKeys(name.last);
        entry.doubleSurname = !surnameParts.empty();
        for (const std::uint64_t partKey : surnameParts) {
            nameEntries.push_back({nameBlockKey(partKey, entry.firstKey), {position, packedBirthDate}});
        }
    }
    bySnils_ = BlockIndex(std::move(snilsEntries));
    byBirthDay_ = BlockIndex(std::move(dayEntries));
    byName_ = BlockIndex(std::move(nameEntries));
}

NormalisedName RosterIndex::normalisedName(std::size_t position) const {
    const IndexedPupil& entry = indexed_[position];
    return {text(entry.last), text(entry.first), text(entry.middle)};
}

std::optional<std::size_t> RosterIndex::positionOf(std::string_view rosterId) const {
    for (std::size_t i = 0; i < indexed_.size(); ++i) {
        if (pupil(i).rosterId == rosterId) return i;
    }
    return std::nullopt;
}

std::span<const BlockEntry> RosterIndex::withSnils(const SnilsDigits& snils) const {
    if (!snils.hasDigits()) return {};
    return bySnils_.find(snils.key());
}

std::span<const BlockEntry> RosterIndex::bornOn(long dayNumber) const {
    return byBirthDay_.find(dayKey(dayNumber));
}

std::span<const BlockEntry> RosterIndex::withNameKey(std::uint64_t key) const {
    return byName_.find(key);
}

} // namespace diarydesk
