#pragma once

#include "SimOptions.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace diarydesk::sim {

// The applications the simulator serves: read from --applications, or generated with the
// sample-data generator (and the roster they refer to written to --roster-out). Throws
// std::runtime_error naming the file when it cannot be used.
std::vector<nlohmann::json> loadApplications(const SimOptions& options);

} // namespace diarydesk::sim
