#pragma once

#include "SimOptions.hpp"

namespace CLI {
class App;
}

namespace diarydesk::sim {

// The options of diarydesk-sim, with the help text the demo script relies on.
void addSimOptions(CLI::App& app, SimOptions& options);

} // namespace diarydesk::sim
