#pragma once

#include "services/ClassAccessService.hpp"

#include <wx/string.h>

#include <string>
#include <vector>

namespace diarydesk::ui {

// The class list as a CSV file for Excel on a Russian Windows: UTF-8 with a byte order mark, ';'
// between fields, every field spreadsheet-safe. Columns: №, pupil, date of birth, class, access,
// applicants.
std::string classAccessCsv(const std::string& className, const std::vector<PupilAccess>& pupils);

// The same list as an HTML page to print, with the counts on top.
wxString classAccessHtml(const std::string& className, const std::vector<PupilAccess>& pupils);

// "Pupils 28 · Approved 20 · Waiting 3 · Rejected 1 · No application 4".
wxString accessCountsText(const AccessCounts& counts);

AccessCounts countAccess(const std::vector<PupilAccess>& pupils);

} // namespace diarydesk::ui
