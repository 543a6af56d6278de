#include "ClassAccessService.hpp"

#include "storage/ApplicationRepository.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/Store.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace diarydesk {
namespace {

int rank(AccessState state) {
    switch (state) {
    case AccessState::approved: return 3;
    case AccessState::waiting: return 2;
    case AccessState::rejected: return 1;
    case AccessState::none: return 0;
    }
    return 0;
}

// Which pupil an application concerns and what it means for that pupil's access; an empty id when
// it concerns no pupil (withdrawn, not found, ambiguous).
std::pair<std::string, AccessState> accessFrom(const ApplicationSummary& summary) {
    if (summary.status == QueueStatus::withdrawn || summary.serverStatus == ApplicationStatus::withdrawn) {
        return {{}, AccessState::none};
    }
    if (summary.serverStatus == ApplicationStatus::approved ||
        (summary.decision == DecisionKind::approved && summary.status != QueueStatus::conflict)) {
        const std::string& pupil = summary.decidedPupilId.empty() ? summary.matchedPupilId : summary.decidedPupilId;
        return {pupil, AccessState::approved};
    }
    if (summary.serverStatus == ApplicationStatus::rejected ||
        (summary.decision == DecisionKind::rejected && summary.status == QueueStatus::sent)) {
        return {summary.matchedPupilId, AccessState::rejected};
    }
    return {summary.matchedPupilId, AccessState::waiting};
}

std::pair<int, std::string_view> classSortKey(std::string_view name) {
    int grade = 0;
    std::size_t digits = 0;
    while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') {
        grade = grade * 10 + (name[digits] - '0');
        ++digits;
    }
    return {digits == 0 ? 1000 : grade, name.substr(digits)};
}

} // namespace

std::string_view toString(AccessState state) {
    switch (state) {
    case AccessState::none: return "none";
    case AccessState::waiting: return "waiting";
    case AccessState::approved: return "approved";
    case AccessState::rejected: return "rejected";
    }
    return "none";
}

void AccessCounts::add(AccessState state) {
    ++pupils;
    switch (state) {
    case AccessState::none: ++none; break;
    case AccessState::waiting: ++waiting; break;
    case AccessState::approved: ++approved; break;
    case AccessState::rejected: ++rejected; break;
    }
}

bool classNameLess(std::string_view left, std::string_view right) { return classSortKey(left) < classSortKey(right); }

std::vector<PupilAccess> ClassAccessService::accessOf(std::vector<Pupil> pupils) {
    std::vector<PupilAccess> access;
    access.reserve(pupils.size());
    std::unordered_map<std::string, std::size_t> byId;
    byId.reserve(pupils.size());
    for (auto& pupil : pupils) {
        byId.emplace(pupil.rosterId, access.size());
        access.push_back(PupilAccess{std::move(pupil), AccessState::none, {}});
    }
    for (const ApplicationSummary& summary : store_.applications().summaries()) {
        const auto [pupilId, state] = accessFrom(summary);
        if (pupilId.empty()) continue;
        const auto it = byId.find(pupilId);
        if (it == byId.end()) continue;
        PupilAccess& entry = access[it->second];
        entry.applicants.push_back(PupilApplicant{summary.id, summary.applicant, summary.relation, state});
        if (rank(state) > rank(entry.state)) entry.state = state;
    }
    return access;
}

std::vector<ClassCoverage> ClassAccessService::coverage() {
    std::map<std::string, AccessCounts> byClass;
    for (const PupilAccess& entry : accessOf(store_.roster().present())) {
        byClass[entry.pupil.className].add(entry.state);
    }
    std::vector<ClassCoverage> classes;
    for (auto& [name, counts] : byClass) classes.push_back(ClassCoverage{name, counts});
    std::stable_sort(classes.begin(), classes.end(), [](const ClassCoverage& left, const ClassCoverage& right) {
        return classNameLess(left.className, right.className);
    });
    return classes;
}

std::vector<PupilAccess> ClassAccessService::pupilsOf(const std::string& className) {
    return accessOf(store_.roster().present(className));
}

} // namespace diarydesk
