#pragma once

#include "matching/MatchResult.hpp"

#include <wx/string.h>

namespace diarydesk::ui {

// A short note on how one field compares ("day and month swapped", "one letter differs"), from the
// matcher's machine-readable evidence; empty when the field simply agrees.
wxString evidenceNote(const FieldEvidence& evidence);

} // namespace diarydesk::ui
