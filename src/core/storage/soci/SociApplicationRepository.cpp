#include "SociApplicationRepository.hpp"

#include "ApplicationJson.hpp"

#include <soci/soci.h>

namespace diarydesk {
namespace {

struct ApplicationRow {
    std::string id, status, submittedAt, childLast, childFirst, childMiddle, childBirth, childSnils, statedClass;
    std::string applicantLast, applicantFirst, applicantMiddle, relation, body, receivedAt;
    int version = 0;

    ApplicationRow(const Application& application, std::string received)
        : id(application.id)
        , status(toString(application.status))
        , submittedAt(application.submittedAt)
        , childLast(application.child.name.last)
        , childFirst(application.child.name.first)
        , childMiddle(application.child.name.middle)
        , childBirth(application.child.birthDate.iso())
        , childSnils(application.child.snils.value_or(""))
        , statedClass(application.child.statedClass.value_or(""))
        , applicantLast(application.applicant.name.last)
        , applicantFirst(application.applicant.name.first)
        , applicantMiddle(application.applicant.name.middle)
        , relation(toString(application.applicant.relation))
        , body(encodeApplication(application).dump())
        , receivedAt(std::move(received))
        , version(application.version) {}
};

QueueStatus deriveStatus(ApplicationStatus serverStatus, const std::string& decisionKind,
                         const std::string& outboxState) {
    if (serverStatus == ApplicationStatus::withdrawn || outboxState == "cancelled") return QueueStatus::withdrawn;
    if (outboxState == "conflict") return QueueStatus::conflict;
    if (outboxState == "refused") return QueueStatus::failed;
    if (outboxState == "delivered") return QueueStatus::sent;
    if (!decisionKind.empty()) return QueueStatus::decided;
    if (serverStatus != ApplicationStatus::submitted) return QueueStatus::sent;
    return QueueStatus::fresh;
}

const char* const summaryQuery =
    "SELECT a.id, a.version, a.status, a.submitted_at, a.child_last_name, a.child_first_name,"
    " a.child_middle_name, a.child_birth_date, a.child_snils, a.stated_class, a.applicant_last_name,"
    " a.applicant_first_name, a.applicant_middle_name, a.relation,"
    " COALESCE(m.verdict, ''), COALESCE(m.pupil_id, ''), COALESCE(mp.class_name, ''), COALESCE(m.score, 0),"
    " COALESCE(d.kind, ''), COALESCE(d.pupil_roster_id, ''), COALESCE(o.state, ''),"
    " COALESCE(o.first_attempt_at, '')"
    " FROM applications a"
    " LEFT JOIN match_results m ON m.application_id = a.id"
    " LEFT JOIN pupils mp ON mp.roster_id = m.pupil_id"
    " LEFT JOIN decisions d ON d.application_id = a.id"
    " LEFT JOIN outbox o ON o.decision_id = d.id";

} // namespace

std::optional<Application> SociApplicationRepository::find(const std::string& id) {
    std::string body;
    sql_ << "SELECT body FROM applications WHERE id = :id", soci::use(id), soci::into(body);
    if (!sql_.got_data()) return std::nullopt;
    return decodeApplication(nlohmann::json::parse(body));
}

std::optional<int> SociApplicationRepository::versionOf(const std::string& id) {
    int version = 0;
    sql_ << "SELECT version FROM applications WHERE id = :id", soci::use(id), soci::into(version);
    if (!sql_.got_data()) return std::nullopt;
    return version;
}

std::vector<Application> SociApplicationRepository::selectBodies(const std::string& query, long long parameter,
                                                                 bool bindParameter) {
    std::string body;
    soci::statement statement(sql_);
    statement.exchange(soci::into(body));
    if (bindParameter) statement.exchange(soci::use(parameter));
    statement.alloc();
    statement.prepare(query);
    statement.define_and_bind();
    statement.execute();
    std::vector<Application> applications;
    while (statement.fetch()) applications.push_back(decodeApplication(nlohmann::json::parse(body)));
    return applications;
}

std::vector<Application> SociApplicationRepository::all() {
    return selectBodies("SELECT body FROM applications ORDER BY submitted_at, id", 0, false);
}

std::vector<Application> SociApplicationRepository::needingMatch(std::int64_t rosterRevision) {
    return selectBodies("SELECT a.body FROM applications a LEFT JOIN match_results m ON m.application_id = a.id"
                        " WHERE m.application_id IS NULL OR m.application_version <> a.version"
                        " OR m.roster_revision <> :revision ORDER BY a.submitted_at, a.id",
                        rosterRevision, true);
}

void SociApplicationRepository::insert(const Application& application, const std::string& receivedAt) {
    const ApplicationRow row(application, receivedAt);
    sql_ << "INSERT INTO applications (id, version, status, submitted_at, child_last_name, child_first_name,"
            " child_middle_name, child_birth_date, child_snils, stated_class, applicant_last_name,"
            " applicant_first_name, applicant_middle_name, relation, body, received_at)"
            " VALUES (:id, :version, :status, :submitted_at, :child_last_name, :child_first_name, :child_middle_name,"
            " :child_birth_date, :child_snils, :stated_class, :applicant_last_name, :applicant_first_name,"
            " :applicant_middle_name, :relation, :body, :received_at)",
        soci::use(row.id), soci::use(row.version), soci::use(row.status), soci::use(row.submittedAt),
        soci::use(row.childLast), soci::use(row.childFirst), soci::use(row.childMiddle), soci::use(row.childBirth),
        soci::use(row.childSnils), soci::use(row.statedClass), soci::use(row.applicantLast),
        soci::use(row.applicantFirst), soci::use(row.applicantMiddle), soci::use(row.relation), soci::use(row.body),
        soci::use(row.receivedAt);
}

void SociApplicationRepository::replace(const Application& application, const std::string& receivedAt) {
    const ApplicationRow row(application, receivedAt);
    sql_ << "UPDATE applications SET version = :version, status = :status, submitted_at = :submitted_at,"
            " child_last_name = :child_last_name, child_first_name = :child_first_name,"
            " child_middle_name = :child_middle_name, child_birth_date = :child_birth_date,"
            " child_snils = :child_snils, stated_class = :stated_class, applicant_last_name = :applicant_last_name,"
            " applicant_first_name = :applicant_first_name, applicant_middle_name = :applicant_middle_name,"
            " relation = :relation, body = :body, received_at = :received_at WHERE id = :id",
        soci::use(row.version, "version"), soci::use(row.status, "status"),
        soci::use(row.submittedAt, "submitted_at"), soci::use(row.childLast, "child_last_name"),
        soci::use(row.childFirst, "child_first_name"), soci::use(row.childMiddle, "child_middle_name"),
        soci::use(row.childBirth, "child_birth_date"), soci::use(row.childSnils, "child_snils"),
        soci::use(row.statedClass, "stated_class"), soci::use(row.applicantLast, "applicant_last_name"),
        soci::use(row.applicantFirst, "applicant_first_name"), soci::use(row.applicantMiddle, "applicant_middle_name"),
        soci::use(row.relation, "relation"), soci::use(row.body, "body"), soci::use(row.receivedAt, "received_at"),
        soci::use(row.id, "id");
}

void SociApplicationRepository::setServerStatus(const std::string& id, ApplicationStatus status, int version) {
    auto application = find(id);
    if (!application) return;
    application->status = status;
    application->version = std::max(application->version, version);
    std::string receivedAt;
    sql_ << "SELECT received_at FROM applications WHERE id = :id", soci::use(id), soci::into(receivedAt);
    replace(*application, receivedAt);
}

std::vector<ApplicationSummary> SociApplicationRepository::selectSummaries(const std::string& id) {
    std::string appId, status, submittedAt, childLast, childFirst, childMiddle, childBirth, childSnils, statedClass;
    std::string applicantLast, applicantFirst, applicantMiddle, relation, verdict, pupilId, pupilClass;
    std::string decisionKind, decidedPupil, outboxState, firstAttemptAt;
    int version = 0;
    double score = 0;
    std::string idParameter = id;

    soci::statement statement(sql_);
    statement.exchange(soci::into(appId));
    statement.exchange(soci::into(version));
    for (std::string* column : {&status, &submittedAt, &childLast, &childFirst, &childMiddle, &childBirth, &childSnils,
                                &statedClass, &applicantLast, &applicantFirst, &applicantMiddle, &relation, &verdict,
                                &pupilId, &pupilClass}) {
        statement.exchange(soci::into(*column));
    }
    statement.exchange(soci::into(score));
    for (std::string* column : {&decisionKind, &decidedPupil, &outboxState, &firstAttemptAt}) {
        statement.exchange(soci::into(*column));
    }
    std::string query = summaryQuery;
    if (!id.empty()) {
        query += " WHERE a.id = :id";
        statement.exchange(soci::use(idParameter));
    }
    query += " ORDER BY a.submitted_at, a.id";
    statement.alloc();
    statement.prepare(query);
    statement.define_and_bind();
    statement.execute();

    std::vector<ApplicationSummary> summaries;
    while (statement.fetch()) {
        ApplicationSummary summary;
        summary.id = appId;
        summary.version = version;
        summary.serverStatus = applicationStatusFromString(status).value_or(ApplicationStatus::submitted);
        summary.submittedAt = submittedAt;
        summary.child = PersonName{childLast, childFirst, childMiddle};
        summary.childBirthDate = CalendarDate::parse(childBirth);
        summary.childSnils = childSnils;
        summary.statedClass = statedClass;
        summary.applicant = PersonName{applicantLast, applicantFirst, applicantMiddle};
        summary.relation = applicantRelationFromString(relation).value_or(ApplicantRelation::guardian);
        summary.verdict = verdictFromString(verdict);
        summary.matchedPupilId = pupilId;
        summary.matchedPupilClass = pupilClass;
        summary.matchScore = score;
        summary.decision = decisionKindFromString(decisionKind);
        summary.decidedPupilId = decidedPupil;
        summary.status = deriveStatus(summary.serverStatus, decisionKind, outboxState);
        summary.decisionChangeable = summary.decision && outboxState == "pending" && firstAttemptAt.empty();
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

std::vector<ApplicationSummary> SociApplicationRepository::summaries() { return selectSummaries(""); }

std::optional<ApplicationSummary> SociApplicationRepository::summary(const std::string& id) {
    auto rows = selectSummaries(id);
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

} // namespace diarydesk
