#pragma once

#include "roster/RosterParser.hpp"

#include <string>
#include <vector>

namespace diarydesk {

// Recognises roster columns by their header text, compared in the normalised form of
// normaliseName (case, ё, surrounding and repeated spaces, non-breaking spaces and a byte
// order mark do not matter). The first column with a given meaning wins; unknown columns are
// left out. When both separate name columns and a full-name column are present, the separate
// last and first name columns are used and the full-name column is left out; a full-name
// column without both separate ones replaces them. The result may be incomplete.
ColumnMapping recogniseRosterHeader(const std::vector<std::string>& header);

// Throws ValidationError when the mapping lacks the last and first name (or the full name) or
// the birth date, naming what is missing and listing the header as read.
void requireCompleteMapping(const ColumnMapping& mapping, const std::vector<std::string>& header);

} // namespace diarydesk
