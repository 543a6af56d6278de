#pragma once

#include "Application.hpp"
#include "Pupil.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace diarydesk {

class Store;

// Whether a pupil's parents can see the e-diary, as a class teacher wants to know it.
enum class AccessState {
    none,     // no application for this pupil
    waiting,  // an application is waiting for the school's decision, or the decision is not sent
    approved, // an approval for this pupil (sent, or decided here and waiting to be sent)
    rejected, // the applications for this pupil were rejected
};

std::string_view toString(AccessState state); // "none", "waiting", "approved", "rejected"

// One application that concerns a pupil: who applied and where it stands.
struct PupilApplicant {
    std::string applicationId;
    PersonName applicant;
    ApplicantRelation relation = ApplicantRelation::mother;
    AccessState state = AccessState::none;
};

struct PupilAccess {
    Pupil pupil;
    AccessState state = AccessState::none; // the best of the applications': approved > waiting > rejected
    std::vector<PupilApplicant> applicants;
};

struct AccessCounts {
    int pupils = 0;
    int approved = 0;
    int waiting = 0;
    int rejected = 0;
    int none = 0;
    void add(AccessState state);
};

struct ClassCoverage {
    std::string className;
    AccessCounts counts;
};

// The parents' access state of every pupil present, by class: an approval counts for the pupil it
// names, an undecided or rejected application for the pupil matching found. Withdrawn applications
// do not count. Both front ends can use it; it only reads.
class ClassAccessService {
public:
    explicit ClassAccessService(Store& store) : store_(store) {}

    // Classes of the present roster in school order (1А, 1Б, …, 11В), with their counts.
    std::vector<ClassCoverage> coverage();
    // The pupils of one class in roster order, with their access state.
    std::vector<PupilAccess> pupilsOf(const std::string& className);

private:
    std::vector<PupilAccess> accessOf(std::vector<Pupil> pupils);

    Store& store_;
};

// "5Б" before "10А": by the class number, then the rest.
bool classNameLess(std::string_view left, std::string_view right);

} // namespace diarydesk
