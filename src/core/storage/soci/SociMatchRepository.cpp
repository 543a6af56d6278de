#include "SociMatchRepository.hpp"

#include <soci/soci.h>

namespace diarydesk {

void SociMatchRepository::save(const std::vector<MatchResult>& results, std::int64_t rosterRevision,
                               const std::string& computedAt) {
    constexpr std::size_t batchSize = 2048;
    for (std::size_t start = 0; start < results.size(); start += batchSize) {
        const std::size_t end = std::min(results.size(), start + batchSize);
        std::vector<std::string> ids, verdicts, pupils, bodies;
        std::vector<int> versions;
        std::vector<double> scores;
        for (std::size_t i = start; i < end; ++i) {
            const MatchResult& result = results[i];
            ids.push_back(result.applicationId);
            versions.push_back(result.applicationVersion);
            verdicts.push_back(std::string(toString(result.verdict)));
            pupils.push_back(result.pupilId.value_or(""));
            scores.push_back(result.score);
            bodies.push_back(toJson(result).dump());
        }
        std::vector<long long> revisions(ids.size(), rosterRevision);
        std::vector<std::string> computed(ids.size(), computedAt);
        sql_ << "INSERT INTO match_results (application_id, application_version, roster_revision, verdict, pupil_id,"
                " score, result, computed_at) VALUES (:application_id, :application_version, :roster_revision,"
                " :verdict, :pupil_id, :score, :result, :computed_at)"
                " ON CONFLICT (application_id) DO UPDATE SET application_version = excluded.application_version,"
                " roster_revision = excluded.roster_revision, verdict = excluded.verdict,"
                " pupil_id = excluded.pupil_id, score = excluded.score, result = excluded.result,"
                " computed_at = excluded.computed_at",
            soci::use(ids), soci::use(versions), soci::use(revisions), soci::use(verdicts), soci::use(pupils),
            soci::use(scores), soci::use(bodies), soci::use(computed);
    }
}

std::optional<MatchResult> SociMatchRepository::find(const std::string& applicationId) {
    std::string body;
    sql_ << "SELECT result FROM match_results WHERE application_id = :application_id", soci::use(applicationId),
        soci::into(body);
    if (!sql_.got_data()) return std::nullopt;
    return matchResultFromJson(nlohmann::json::parse(body));
}

} // namespace diarydesk
