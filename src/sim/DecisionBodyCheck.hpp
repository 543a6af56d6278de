#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace diarydesk::sim {

// What is wrong with a decision request body by the rules of the API (POST …/decision):
// empty when it is valid. The text names the field.
std::string decisionBodyProblem(const nlohmann::json& body);

// An Idempotency-Key must be a UUID (8-4-4-4-12 hexadecimal digits).
bool looksLikeUuid(const std::string& text);

} // namespace diarydesk::sim
