#pragma once

#include "roster/RosterParser.hpp"
#include "services/RosterImportService.hpp"

#include <wx/string.h>

#include <optional>

namespace diarydesk::ui {

// The words the roster import wizard uses for the parser's choices, translated.
wxString encodingLabel(TextEncoding encoding); // "UTF-8", "Windows-1251 (Cyrillic)"
wxString delimiterLabel(char delimiter);       // "Semicolon ( ; )", "Tab"
wxString rosterFieldLabel(RosterField field);  // "Last name"
// "line 12, «СНИЛС»" — where a problem is, as the CLI names it.
wxString issuePlace(const RosterIssue& issue);

// What a column mapping lacks before the whole file is read with it: the last and first name (or
// the full name), or the birth date — the parser's own rule, in the window's words. Empty when
// the mapping can be used.
std::optional<wxString> mappingProblem(const ColumnMapping& mapping);

// "Added 3 · updated 1 · unchanged 25 · left 2", the figures the CLI prints.
wxString importCountsText(const RosterImportReport& report);

} // namespace diarydesk::ui
