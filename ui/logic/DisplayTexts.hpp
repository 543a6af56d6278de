#pragma once

#include "Application.hpp"
#include "logic/QueueFilter.hpp"
#include "matching/MatchResult.hpp"
#include "services/ClassAccessService.hpp"
#include "storage/ApplicationSummary.hpp"

#include <wx/string.h>

#include <optional>
#include <string>

namespace diarydesk::ui {

// The words the window uses for the core's enums, translated (English in the source, Russian in
// resources/po/ru.po).
wxString statusViewLabel(StatusView view);
wxString verdictViewLabel(VerdictView view);
wxString verdictLabel(const std::optional<Verdict>& verdict); // "—" when not matched yet
wxString queueStatusLabel(QueueStatus status);
wxString relationLabel(ApplicantRelation relation);
wxString documentTypeLabel(const std::string& type);
wxString fieldLabel(MatchField field);
wxString accessStateLabel(AccessState state);

// "20.11.2026 09:15" from an RFC 3339 instant, in the time zone it was written in (the parent's
// submission time as the server stated it); the text itself when it is not RFC 3339.
wxString instantDisplay(const std::string& rfc3339);
// "123-456-789 64" for 11 digits in any accepted layout; the text as written otherwise.
wxString snilsDisplay(const std::string& snils);

} // namespace diarydesk::ui
