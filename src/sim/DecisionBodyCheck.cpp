#include "DecisionBodyCheck.hpp"

#include <array>
#include <cctype>
#include <regex>

namespace diarydesk::sim {
namespace {

bool nonEmptyString(const nlohmann::json& body, const char* key) {
    return body.contains(key) && body[key].is_string() && !body[key].get<std::string>().empty();
}

bool isNull(const nlohmann::json& body, const char* key) {
    return !body.contains(key) || body[key].is_null();
}

bool isInstant(const std::string& text) {
    static const std::regex instant(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))");
    return std::regex_match(text, instant);
}

std::string rejectionProblem(const nlohmann::json& body) {
    static const std::array<const char*, 6> reasons{"pupil_not_found",          "data_mismatch",
                                                    "not_legal_representative", "duplicate_application",
                                                    "pupil_left_school",        "other"};
    if (!isNull(body, "pupil")) return "pupil: must be null for a rejection";
    if (!body.contains("reason_code") || !body["reason_code"].is_string())
        return "reason_code: required for a rejection";
    const std::string reason = body["reason_code"].get<std::string>();
    bool known = false;
    for (const char* candidate : reasons)
        known = known || reason == candidate;
    if (!known) return "reason_code: unknown code '" + reason + "'";
    if (reason == "other" && !nonEmptyString(body, "comment"))
        return "comment: required with reason_code other";
    return {};
}

std::string approvalProblem(const nlohmann::json& body) {
    if (!isNull(body, "reason_code")) return "reason_code: must be null for an approval";
    if (!body.contains("pupil") || !body["pupil"].is_object()) return "pupil: required for an approval";
    if (!nonEmptyString(body["pupil"], "roster_id")) return "pupil.roster_id: required";
    return {};
}

} // namespace

std::string decisionBodyProblem(const nlohmann::json& body) {
    if (!body.is_object()) return "the body must be a JSON object";
    if (!body.contains("decision") || !body["decision"].is_string()) return "decision: required";
    if (body.contains("comment") && !body["comment"].is_null() && !body["comment"].is_string()) {
        return "comment: must be a string";
    }
    if (!nonEmptyString(body, "decided_by")) return "decided_by: required";
    if (!nonEmptyString(body, "decided_at") || !isInstant(body["decided_at"].get<std::string>())) {
        return "decided_at: an RFC 3339 instant with offset is required";
    }
    const std::string decision = body["decision"].get<std::string>();
    if (decision == "approved") return approvalProblem(body);
    if (decision == "rejected") return rejectionProblem(body);
    return "decision: must be approved or rejected";
}

bool looksLikeUuid(const std::string& text) {
    if (text.size() != 36) return false;
    for (std::size_t index = 0; index < text.size(); ++index) {
        const bool dash = index == 8 || index == 13 || index == 18 || index == 23;
        if (dash ? text[index] != '-' : !std::isxdigit(static_cast<unsigned char>(text[index]))) return false;
    }
    return true;
}

} // namespace diarydesk::sim
