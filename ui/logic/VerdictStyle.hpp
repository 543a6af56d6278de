#pragma once

#include "matching/MatchResult.hpp"

#include <optional>

namespace diarydesk::ui {

// The colour a verdict is drawn in, the same in the queue's badges and the detail pane:
// green confirmed, blue probable, orange ambiguous, red conflict, grey not found.
const char* verdictColour(const std::optional<Verdict>& verdict);
// The icon name in resources/icons for a verdict badge ("verdict-confirmed"…).
const char* verdictIconName(const std::optional<Verdict>& verdict);

} // namespace diarydesk::ui
