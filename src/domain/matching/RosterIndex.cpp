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
// distinct surnames, first names and patronymics), computes its keys once, and counts how often
// each spelling occurs in each name field, so that frequencies, weights and keys are computed
// per spelling, not per pupil.
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
            const std::u32string_view name(arena_.data() + span.offset, span.length);
            keys_.push_back(phoneticKey(name));
            letters_.push_back(letterMask(name));
            parts_.push_back(partKeys(name));
            for (auto& counts : counts_)
                counts.push_back(0);
        }
        ++counts_[field][it->second];
        return it->second;
    }

    const TextSpan& span(std::uint32_t id) const { return spans_[id]; }
    std::uint64_t key(std::uint32_t id) const { return keys_[id]; }
    std::uint64_t letters(std::uint32_t id) const { return letters_[id]; }
    const std::vector<std::uint64_t>& parts(std::uint32_t id) const { return parts_[id]; }

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
    std::vector<std::uint64_t> keys_;               // phoneticKey
    std::vector<std::uint64_t> letters_;            // letterMask
    std::vector<std::vector<std::uint64_t>> parts_; // partKeys: empty unless a double name
    std::array<std::vector<std::uint32_t>, 3> counts_;
};

std::uint64_t dayKey(long dayNumber) {
    return static_cast<std::uint64_t>(dayNumber);
}

// Pupils in birth-date order; pupils born on the same day keep the order they were given in.
// A counting sort over the days: birth dates of a school span a few thousand days, and the
// sort then costs two passes instead of a comparison sort's hard-to-predict branches.
std::vector<std::uint32_t> birthDateOrder(const std::vector<long>& days) {
    std::vector<std::uint32_t> order(days.size());
    if (days.empty()) return order;
    const auto [lowest, highest] = std::minmax_element(days.begin(), days.end());
    const auto range = static_cast<std::size_t>(*highest - *lowest) + 1;
    if (range > 4 * days.size() + 65536) {
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = static_cast<std::uint32_t>(i);
        std::stable_sort(order.begin(), order.end(), [&days](std::uint32_t left, std::uint32_t right) {
            return days[left] < days[right];
        });
        return order;
    }
    std::vector<std::uint32_t> starts(range + 1, 0);
    for (const long day : days)
        ++starts[static_cast<std::size_t>(day - *lowest) + 1];
    for (std::size_t i = 1; i < starts.size(); ++i)
        starts[i] += starts[i - 1];
    for (std::size_t i = 0; i < days.size(); ++i) {
        order[starts[static_cast<std::size_t>(days[i] - *lowest)]++] = static_cast<std::uint32_t>(i);
    }
    return order;
}

// Everything about one pupil that needs no other pupil.
IndexedPupil describe(const Pupil& pupil, std::uint32_t index, long birthDay, NameTable& names,
                      std::array<std::uint32_t, 3>& nameIds) {
    IndexedPupil entry;
    entry.pupil = index;
    nameIds = {names.add(pupil.name.last, 0), names.add(pupil.name.first, 1),
               names.add(pupil.name.middle, 2)};
    entry.birthDay = birthDay;
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
    std::vector<long> days(pupils_.size());
    for (std::size_t i = 0; i < pupils_.size(); ++i)
        days[i] = pupils_[i].birthDate.dayNumber();
    const std::vector<std::uint32_t> order = birthDateOrder(days);

    // The pupils are read front to back (each is a few cache lines and strings, read in birth-date
    // order they would be fetched from all over memory) and written to their birth-date positions.
    std::vector<std::uint32_t> positionOf(order.size());
    for (std::uint32_t position = 0; position < order.size(); ++position)
        positionOf[order[position]] = position;
    NameTable names(arena_);
    indexed_.resize(pupils_.size());
    std::vector<std::array<std::uint32_t, 3>> nameIds(pupils_.size());
    std::vector<std::uint32_t> packedBirthDates(pupils_.size());
    for (std::uint32_t index = 0; index < pupils_.size(); ++index) {
        const std::uint32_t position = positionOf[index];
        indexed_[position] = describe(pupils_[index], index, days[index], names, nameIds[position]);
        packedBirthDates[position] = packDate(pupils_[index].birthDate);
    }
    // Only now is the arena complete and are views into it stable.
    const std::array<std::vector<float>, 3> agreementWeights{
        names.agreementWeights(0), names.agreementWeights(1), names.agreementWeights(2)};

    std::vector<BlockIndex::KeyedEntry> snilsEntries;
    std::vector<BlockIndex::KeyedEntry> dayEntries;
    std::vector<BlockIndex::KeyedEntry> nameEntries;
    snilsEntries.reserve(indexed_.size());
    dayEntries.reserve(indexed_.size());
    nameEntries.reserve(indexed_.size());
    for (std::uint32_t position = 0; position < indexed_.size(); ++position) {
        IndexedPupil& entry = indexed_[position];
        const auto& ids = nameIds[position];
        entry.last = names.span(ids[0]);
        entry.first = names.span(ids[1]);
        entry.middle = names.span(ids[2]);
        entry.lastAgreementWeight = agreementWeights[0][ids[0]];
        entry.firstAgreementWeight = agreementWeights[1][ids[1]];
        entry.middleAgreementWeight = agreementWeights[2][ids[2]];
        entry.lastKey = names.key(ids[0]);
        entry.firstKey = names.key(ids[1]);
        entry.lastLetters = names.letters(ids[0]);
        entry.firstLetters = names.letters(ids[1]);

        if (entry.snils.hasDigits()) snilsEntries.push_back({entry.snils.key(), {position, 0}});
        dayEntries.push_back({dayKey(entry.birthDay), {position, 0}});
        const std::uint32_t packedBirthDate = packedBirthDates[position];
        nameEntries.push_back({nameBlockKey(entry.lastKey, entry.firstKey), {position, packedBirthDate}});
        const auto& surnameParts = names.parts(ids[0]);
        entry.doubleSurname = !surnameParts.empty();
        for (const std::uint64_t partKey : surnameParts) {
            nameEntries.push_back({nameBlockKey(partKey, entry.firstKey), {position, packedBirthDate}});
        }
    }
    bySnils_ = BlockIndex(std::move(snilsEntries));
    byBirthDay_ = BlockIndex(std::move(dayEntries));
    byName_ = BlockIndex(std::move(nameEntries));
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
