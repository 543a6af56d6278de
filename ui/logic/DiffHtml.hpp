#pragma once

#include "logic/TextDiff.hpp"

#include <wx/string.h>

#include <vector>

namespace diarydesk::ui {

// One side of a TextDiff as wxHTML markup: real differences on a red background in bold, soft
// ones (case, ё/е, look-alike letters, spacing) on a pale yellow one, so the eye goes to the
// letters that matter. Spaces inside a marked stretch are drawn as a middle dot to be visible.
wxString diffSideHtml(const std::vector<DiffSpan>& spans);

inline constexpr const char* changedBackground = "#FFB4B4";
inline constexpr const char* softBackground = "#FFF0A8";

} // namespace diarydesk::ui
