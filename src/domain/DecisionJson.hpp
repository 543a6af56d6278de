#pragma once

#include "Decision.hpp"

#include <nlohmann/json.hpp>

namespace diarydesk {

// The body of POST /api/v1/applications/{id}/decision for a decision.
nlohmann::json encodeDecisionBody(const Decision& decision);

} // namespace diarydesk
