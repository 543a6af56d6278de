#pragma once

#include <wx/string.h>

namespace diarydesk::ui {

struct SyncOutcome;

// The sync field of the status line after a run: last sync, or why there was none.
// `lastSync` is the time of the last successful sync ("14:05"), empty when there was none.
wxString syncStateText(const SyncOutcome& outcome, const wxString& lastSync);

// What staff should know after a run, one point a line, for the notice bar; empty when nothing
// went wrong. `askedByStaff`: the Sync button, not the timer, which does not repeat every five
// minutes that the server is down or sync is not set up (the status line says so).
wxString syncNoticeText(const SyncOutcome& outcome, bool askedByStaff);

} // namespace diarydesk::ui
