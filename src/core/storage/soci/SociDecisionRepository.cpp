#include "SociDecisionRepository.hpp"

#include <soci/soci.h>

namespace diarydesk {
namespace {

// The decision's columns as SOCI binds them; the roster id is NULL for a rejection so that the
// foreign key to pupils only applies to approvals.
struct DecisionRow {
    std::string applicationId, kind, pupilRosterId, pupilClass, reasonCode, comment, decidedBy, decidedAt, key;
    int applicationVersion = 0;
    soci::indicator pupilIndicator = soci::i_null;

    explicit DecisionRow(const Decision& decision)
        : applicationId(decision.applicationId)
        , kind(toString(decision.kind))
        , pupilRosterId(decision.pupilRosterId.value_or(""))
        , pupilClass(decision.pupilClass.value_or(""))
        , reasonCode(decision.reason ? std::string(toString(*decision.reason)) : std::string{})
        , comment(decision.comment)
        , decidedBy(decision.decidedBy)
        , decidedAt(decision.decidedAt)
        , key(decision.idempotencyKey)
        , applicationVersion(decision.applicationVersion)
        , pupilIndicator(decision.pupilRosterId ? soci::i_ok : soci::i_null) {}
};

} // namespace

std::optional<Decision> SociDecisionRepository::selectOne(const std::string& where, const std::string& textKey,
                                                          long long numberKey) {
    long long id = 0;
    int applicationVersion = 0;
    std::string applicationId, kind, pupil, pupilClass, reason, comment, decidedBy, decidedAt, key;
    const std::string query =
        "SELECT id, application_id, application_version, kind, COALESCE(pupil_roster_id, ''), pupil_class,"
        " reason_code, comment, decided_by, decided_at, idempotency_key FROM decisions WHERE " +
        where;
    if (where.find(":application_id") != std::string::npos) {
        sql_ << query, soci::use(textKey), soci::into(id), soci::into(applicationId), soci::into(applicationVersion),
            soci::into(kind), soci::into(pupil), soci::into(pupilClass), soci::into(reason), soci::into(comment),
            soci::into(decidedBy), soci::into(decidedAt), soci::into(key);
    } else {
        sql_ << query, soci::use(numberKey), soci::into(id), soci::into(applicationId),
            soci::into(applicationVersion), soci::into(kind), soci::into(pupil), soci::into(pupilClass),
            soci::into(reason), soci::into(comment), soci::into(decidedBy), soci::into(decidedAt), soci::into(key);
    }
    if (!sql_.got_data()) return std::nullopt;
    Decision decision;
    decision.id = id;
    decision.applicationId = applicationId;
    decision.applicationVersion = applicationVersion;
    decision.kind = decisionKindFromString(kind).value_or(DecisionKind::rejected);
    if (!pupil.empty()) decision.pupilRosterId = pupil;
    if (!pupilClass.empty()) decision.pupilClass = pupilClass;
    decision.reason = reasonCodeFromString(reason);
    decision.comment = comment;
    decision.decidedBy = decidedBy;
    decision.decidedAt = decidedAt;
    decision.idempotencyKey = key;
    return decision;
}

std::optional<Decision> SociDecisionRepository::forApplication(const std::string& applicationId) {
    return selectOne("application_id = :application_id", applicationId, 0);
}

std::optional<Decision> SociDecisionRepository::find(std::int64_t id) { return selectOne("id = :id", "", id); }

Decision SociDecisionRepository::insert(const Decision& decision) {
    DecisionRow row(decision);
    long long id = 0;
    sql_ << "INSERT INTO decisions (application_id, application_version, kind, pupil_roster_id, pupil_class,"
            " reason_code, comment, decided_by, decided_at, idempotency_key) VALUES (:application_id,"
            " :application_version, :kind, :pupil_roster_id, :pupil_class, :reason_code, :comment, :decided_by,"
            " :decided_at, :idempotency_key) RETURNING id",
        soci::use(row.applicationId), soci::use(row.applicationVersion), soci::use(row.kind),
        soci::use(row.pupilRosterId, row.pupilIndicator), soci::use(row.pupilClass), soci::use(row.reasonCode),
        soci::use(row.comment), soci::use(row.decidedBy), soci::use(row.decidedAt), soci::use(row.key),
        soci::into(id);
    Decision stored = decision;
    stored.id = id;
    return stored;
}

void SociDecisionRepository::update(const Decision& decision) {
    DecisionRow row(decision);
    long long id = decision.id;
    sql_ << "UPDATE decisions SET application_version = :application_version, kind = :kind,"
            " pupil_roster_id = :pupil_roster_id, pupil_class = :pupil_class, reason_code = :reason_code,"
            " comment = :comment, decided_by = :decided_by, decided_at = :decided_at,"
            " idempotency_key = :idempotency_key WHERE id = :id",
        soci::use(row.applicationVersion, "application_version"), soci::use(row.kind, "kind"),
        soci::use(row.pupilRosterId, row.pupilIndicator, "pupil_roster_id"), soci::use(row.pupilClass, "pupil_class"),
        soci::use(row.reasonCode, "reason_code"), soci::use(row.comment, "comment"),
        soci::use(row.decidedBy, "decided_by"), soci::use(row.decidedAt, "decided_at"),
        soci::use(row.key, "idempotency_key"), soci::use(id, "id");
}

} // namespace diarydesk
