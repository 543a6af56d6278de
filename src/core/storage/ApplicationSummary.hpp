#pragma once

#include "Application.hpp"
#include "Decision.hpp"
#include "matching/MatchResult.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace diarydesk {

// Where an application stands from the school office's point of view.
enum class QueueStatus {
    fresh,     // "new": submitted, not decided yet
    decided,   // decided here, not yet delivered to the server (changeable until sending begins)
    sent,      // the server has the decision
    conflict,  // the server answered 409: someone else decided first, or it was withdrawn
    failed,    // the server refused the decision (400, 403, 413): needs staff attention
    withdrawn, // the parent withdrew the application
};

std::string_view toString(QueueStatus status); // "new", "decided", "sent", "conflict", "failed", "withdrawn"
std::optional<QueueStatus> queueStatusFromString(std::string_view name);

// One row of the application queue, as the CLI list and the GUI queue show it.
struct ApplicationSummary {
    std::string id;
    int version = 0;
    ApplicationStatus serverStatus = ApplicationStatus::submitted;
    std::string submittedAt;
    PersonName child;
    CalendarDate childBirthDate{2000, 1, 1};
    std::string childSnils; // as sent; empty when absent
    std::string statedClass;
    PersonName applicant;
    ApplicantRelation relation = ApplicantRelation::mother;

    std::optional<Verdict> verdict; // empty until matched
    std::string matchedPupilId;
    std::string matchedPupilClass; // the roster's class of the matched pupil
    double matchScore = 0.0;

    std::optional<DecisionKind> decision;
    std::string decidedPupilId;
    QueueStatus status = QueueStatus::fresh;
    bool decisionChangeable = false; // decided, and sending has not begun
};

} // namespace diarydesk
