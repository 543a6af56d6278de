#pragma once

#include "logic/ApplicationDetail.hpp"

#include <wx/string.h>

#include <string>

namespace diarydesk::ui {

// Which roster pupil the comparison puts next to the application, and why that one.
enum class ShownPupilRole {
    none,      // no pupil to compare with
    matched,   // the pupil matching settled on (confirmed, probable, conflict)
    chosen,    // the candidate staff chose
    decided,   // the pupil the current approval names
    candidate, // the best candidate, shown but not chosen (ambiguous)
};

struct ShownPupil {
    const CandidatePupil* candidate = nullptr; // null for none
    ShownPupilRole role = ShownPupilRole::none;
};

// The pupil to compare with: the chosen candidate, else the approved pupil, else the matched
// one, else the best candidate (marked as not chosen).
ShownPupil pickShownPupil(const ApplicationDetail& detail, const std::string& chosenPupilId);

// The detail pane as wxHTML: verdict and explanation, the application and the roster record
// side by side with differences marked letter by letter, the decision, the parent's data and
// the document. Full SNILS and document numbers are shown: this is the staff's screen.
wxString comparisonHtml(const ApplicationDetail& detail, const ShownPupil& shown);

// What the pane says when nothing is selected or loading failed.
wxString placeholderHtml(const wxString& message);

} // namespace diarydesk::ui
