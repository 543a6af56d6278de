#include "matching/CandidateFinder.hpp"

#include "matching/DateNearness.hpp"
#include "matching/PhoneticKey.hpp"
#include "matching/StringDistance.hpp"

#include <algorithm>
#include <bit>

namespace diarydesk {
namespace {

// Namesakes up to this many are kept whatever their birth date.
constexpr std::size_t smallNameBlock = 8;

bool within(std::u32string_view left, std::uint64_t leftLetters, std::u32string_view right,
            std::uint64_t rightLetters) {
    const int limit = nearEditLimit(left.size(), right.size());
    // Cheapest first: most pupils born on the same days are told apart by length or letters.
    const std::size_t lengthDifference =
        left.size() > right.size() ? left.size() - right.size() : right.size() - left.size();
    if (lengthDifference > static_cast<std::size_t>(limit)) return false;
    if (std::popcount(leftLetters ^ rightLetters) > 2 * limit) return false;
    return boundedOsaDistance(left, right, limit) <= limit;
}

bool nameResembles(const ApplicationProfile& application, const RosterIndex& roster, std::uint32_t position) {
    const IndexedPupil& pupil = roster.indexed(position);
    if (pupil.lastKey == application.lastKey || pupil.firstKey == application.firstKey ||
        pupil.lastKey == application.firstKey || pupil.firstKey == application.lastKey) {
        return true;
    }
    // Either side's double surname may contain the other's: the comparison decides.
    if (pupil.doubleSurname || !application.surnamePartKeys.empty()) return true;
    const NormalisedName name = roster.normalisedName(position);
    return within(application.last, application.lastLetters, name.last, pupil.lastLetters) ||
           within(application.first, application.firstLetters, name.first, pupil.firstLetters);
}

// Blocks overlap: a pupil found twice is kept once, where first found.
class CandidateList {
public:
    bool full() const { return positions_.size() >= maximumCandidates; }
    void add(std::uint32_t position) {
        if (!full() && std::find(positions_.begin(), positions_.end(), position) == positions_.end()) {
            positions_.push_back(position);
        }
    }
    std::vector<std::uint32_t> take() { return std::move(positions_); }

private:
    std::vector<std::uint32_t> positions_;
};

} // namespace

std::vector<std::uint32_t> findCandidates(const ApplicationProfile& application, const RosterIndex& roster) {
    CandidateList candidates;
    for (const BlockEntry& entry : roster.withSnils(application.snils))
        candidates.add(entry.position);

    const CalendarDate& birthDate = application.application.child.birthDate;
    for (const long day : blockingDayNumbers(birthDate)) {
        for (const BlockEntry& entry : roster.bornOn(day)) {
            if (candidates.full()) break;
            if (nameResembles(application, roster, entry.position)) candidates.add(entry.position);
        }
    }

    std::vector<std::uint64_t> nameKeys{nameBlockKey(application.lastKey, application.firstKey),
                                        nameBlockKey(application.firstKey, application.lastKey)};
    for (const std::uint64_t partKey : application.surnamePartKeys) {
        nameKeys.push_back(nameBlockKey(partKey, application.firstKey));
    }
    for (const std::uint64_t key : nameKeys) {
        const auto block = roster.withNameKey(key);
        const bool keepAll = block.size() <= smallNameBlock;
        for (const BlockEntry& entry : block) {
            if (candidates.full()) break;
            // The tag is the packed birth date: a large block is filtered without touching pupils.
            if (keepAll || compareDates(birthDate, unpackDate(entry.tag)) != DateRelation::different) {
                candidates.add(entry.position);
            }
        }
    }
    return candidates.take();
}

} // namespace diarydesk
