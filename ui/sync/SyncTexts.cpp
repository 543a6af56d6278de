#include "sync/SyncTexts.hpp"

#include "logic/WxText.hpp"
#include "sync/SyncJob.hpp"

#include <wx/intl.h>

#include <map>
#include <string>
#include <vector>

namespace diarydesk::ui {
namespace {

constexpr std::size_t idsShown = 10;

wxString idList(const std::vector<std::string>& ids) {
    wxString text;
    for (std::size_t i = 0; i < ids.size() && i < idsShown; ++i)
        text << (i == 0 ? "" : ", ") << fromUtf8(ids[i]);
    if (ids.size() > idsShown)
        text << " " << wxString::Format(_("and %d more"), static_cast<int>(ids.size() - idsShown));
    return text;
}

// A 409 or 404 on a decision: grouped by what the server has, so staff see which to look at again.
wxString conflictLine(const std::string& serverStatus, const std::vector<std::string>& ids) {
    if (serverStatus == "approved")
        return wxString::Format(_("Already approved on the server: %s"), idList(ids));
    if (serverStatus == "rejected")
        return wxString::Format(_("Already rejected on the server: %s"), idList(ids));
    if (serverStatus == "withdrawn")
        return wxString::Format(_("Withdrawn by the applicant on the server: %s"), idList(ids));
    if (serverStatus == "not_found") {
        return wxString::Format(
            _("The server does not know these applications, they are marked withdrawn: %s"), idList(ids));
    }
    return wxString::Format(_("The server already had another decision on: %s"), idList(ids));
}

void addConflicts(const SyncReport& report, std::vector<wxString>& lines) {
    std::map<std::string, std::vector<std::string>> byServerStatus;
    for (const auto& conflict : report.conflicts)
        byServerStatus[conflict.serverStatus].push_back(conflict.applicationId);
    for (const auto& [serverStatus, ids] : byServerStatus)
        lines.push_back(conflictLine(serverStatus, ids));
}

void addDeliveryProblems(const SyncReport& report, std::vector<wxString>& lines) {
    addConflicts(report, lines);
    if (!report.refused.empty())
        lines.push_back(
            wxString::Format(_("The server refused the decisions on: %s"), idList(report.refused)));
    if (!report.cancelledDecisions.empty()) {
        lines.push_back(
            wxString::Format(_("Withdrawn by the applicant, the unsent decision is cancelled: %s"),
                             idList(report.cancelledDecisions)));
    }
    // The core's messages name the request; a few are enough for a notice, the log has them all.
    constexpr std::size_t errorsShown = 3;
    for (std::size_t i = 0; i < report.errors.size() && i < errorsShown; ++i)
        lines.push_back(fromUtf8(report.errors[i]));
}

} // namespace

wxString syncStateText(const SyncOutcome& outcome, const wxString& lastSync) {
    const SyncReport& report = outcome.report;
    if (!outcome.setUp) return _("Sync: not set up");
    if (report.tlsFailed) return _("Sync: the server's certificate was refused");
    if (report.authenticationFailed) return _("Sync: the token was refused");
    if (!report.serverReachable) {
        return wxString::Format(wxPLURAL("Server unreachable, %d decision waiting",
                                         "Server unreachable, %d decisions waiting", outcome.pending),
                                outcome.pending);
    }
    if (report.cancelled) return _("Sync interrupted");
    if (!report.pullCompleted || report.retriesExhausted)
        return wxString::Format(_("Last sync: %s, incomplete"), lastSync);
    return wxString::Format(_("Last sync: %s"), lastSync);
}

wxString syncNoticeText(const SyncOutcome& outcome, bool askedByStaff) {
    const SyncReport& report = outcome.report;
    std::vector<wxString> lines;
    if (!outcome.setUp) {
        if (askedByStaff)
            lines.push_back(_("Sync is not set up: enter the server, the school and the token in Settings."));
    } else if (report.tlsFailed) {
        lines.push_back(
            _("The server's certificate was refused, nothing was sent. Check the server address and the CA "
              "file in Settings."));
    } else if (report.authenticationFailed) {
        lines.push_back(
            _("The server did not accept the token (it may have expired): enter a new one in Settings."));
    } else if (!report.serverReachable) {
        if (askedByStaff) {
            lines.push_back(
                wxString::Format(wxPLURAL("The server is unreachable. %d decision waits and will be sent "
                                          "at the next sync.",
                                          "The server is unreachable. %d decisions wait and will be sent "
                                          "at the next sync.",
                                          outcome.pending),
                                 outcome.pending));
        }
    } else {
        addDeliveryProblems(report, lines);
    }
    wxString text;
    for (const auto& line : lines)
        text << (text.empty() ? "" : "\n") << line;
    return text;
}

} // namespace diarydesk::ui
