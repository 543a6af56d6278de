#pragma once

#include "CalendarDate.hpp"
#include "PersonName.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace diarydesk {

// An application for access to a child's electronic diary, as the central server sends it
// (../shared/spec/diary-api.md, "Application").
enum class ApplicationStatus { submitted, withdrawn, approved, rejected };
enum class ApplicantRelation { mother, father, guardian, self };

std::string_view toString(ApplicationStatus status);
std::optional<ApplicationStatus> applicationStatusFromString(std::string_view name);
std::string_view toString(ApplicantRelation relation);
std::optional<ApplicantRelation> applicantRelationFromString(std::string_view name);

struct IdentityDocument {
    std::string type; // birth_certificate, passport_rf, foreign
    std::string series;
    std::string number;

    // "IV-ЛО №****56": the number never appears in full outside the database and the screen.
    std::string masked() const;
    bool operator==(const IdentityDocument&) const = default;
};

struct Applicant {
    PersonName name;
    std::optional<CalendarDate> birthDate;
    std::optional<std::string> snils; // as sent; may be missing
    ApplicantRelation relation = ApplicantRelation::mother;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    bool operator==(const Applicant&) const = default;
};

struct ChildData {
    PersonName name;
    CalendarDate birthDate{2000, 1, 1};
    std::optional<std::string> snils; // as sent ("123-456-789 64"); null for a few applications
    std::optional<IdentityDocument> document;
    std::optional<std::string> statedClass; // a weak hint: parents often give last year's class
    bool operator==(const ChildData&) const = default;
};

struct Application {
    std::string id;
    int version = 1;
    ApplicationStatus status = ApplicationStatus::submitted;
    std::string submittedAt; // RFC 3339 with offset, as sent
    Applicant applicant;
    ChildData child;
    bool operator==(const Application&) const = default;
};

} // namespace diarydesk
