#include "logic/ComparisonHtml.hpp"

#include "logic/DiffHtml.hpp"
#include "logic/DisplayTexts.hpp"
#include "logic/EvidenceTexts.hpp"
#include "logic/ReasonTexts.hpp"
#include "logic/VerdictStyle.hpp"
#include "logic/WxText.hpp"

#include <wx/intl.h>

namespace diarydesk::ui {
namespace {

const char* const dash = "\xE2\x80\x94";

wxString orDash(const wxString& text) {
    return text.empty() ? wxString::FromUTF8(dash) : text;
}

wxString grey(const wxString& text) {
    return "<font color=\"#707070\">" + text + "</font>";
}

// One row of the comparison table: the field, both values with their differences marked, a note.
wxString comparisonRow(const wxString& label, const std::string& applicationValue,
                       const std::string& rosterValue, bool hasRoster, const wxString& note) {
    wxString left;
    wxString right;
    if (!hasRoster) {
        left = escapeHtml(orDash(fromUtf8(applicationValue)));
        right = grey(wxString::FromUTF8(dash));
    } else if (applicationValue.empty() || rosterValue.empty()) {
        left = applicationValue.empty() ? grey(_("not given")) : escapeHtml(fromUtf8(applicationValue));
        right = rosterValue.empty() ? grey(_("not on the roster")) : escapeHtml(fromUtf8(rosterValue));
    } else {
        const TextDiff diff = diffText(applicationValue, rosterValue);
        left = diffSideHtml(diff.left);
        right = diffSideHtml(diff.right);
    }
    return wxString::Format(
        "<tr><td valign=\"top\"><font color=\"#505050\">%s</font></td>"
        "<td valign=\"top\"><font size=\"+1\">%s</font></td>"
        "<td valign=\"top\"><font size=\"+1\">%s</font></td>"
        "<td valign=\"top\"><font size=\"-1\" color=\"#505050\"><i>%s</i></font></td></tr>",
        escapeHtml(label), left, right, escapeHtml(note));
}

std::string snilsText(const std::optional<std::string>& snils) {
    return snils ? toUtf8(snilsDisplay(*snils)) : std::string{};
}

wxString evidenceFor(const ShownPupil& shown, MatchField field) {
    if (!shown.candidate) return {};
    const auto it = shown.candidate->match.evidence.find(field);
    return it == shown.candidate->match.evidence.end() ? wxString{} : evidenceNote(it->second);
}

wxString rosterHeading(const ShownPupil& shown) {
    if (!shown.candidate) return _("School roster");
    const wxString id = fromUtf8(shown.candidate->match.pupilId);
    switch (shown.role) {
    case ShownPupilRole::chosen:
        return wxString::Format(_("Roster: %s (chosen)"), id);
    case ShownPupilRole::decided:
        return wxString::Format(_("Roster: %s (approved)"), id);
    case ShownPupilRole::candidate:
        return wxString::Format(_("Roster: %s (candidate, not chosen)"), id);
    case ShownPupilRole::matched:
    case ShownPupilRole::none:
        break;
    }
    return wxString::Format(_("Roster: %s"), id);
}

wxString comparisonTable(const ApplicationDetail& detail, const ShownPupil& shown) {
    const ChildData& child = detail.application.child;
    const Pupil* pupil = shown.candidate && shown.candidate->pupil ? &*shown.candidate->pupil : nullptr;
    const bool hasRoster = pupil != nullptr;
    const auto roster = [pupil](auto value) { return pupil ? value(*pupil) : std::string{}; };

    wxString html = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">";
    html +=
        wxString::Format("<tr bgcolor=\"#ECEFF1\"><td width=\"18%%\"></td><td width=\"32%%\"><b>%s</b></td>"
                         "<td width=\"32%%\"><b>%s</b></td><td></td></tr>",
                         escapeHtml(_("Application")), escapeHtml(rosterHeading(shown)));
    html += comparisonRow(fieldLabel(MatchField::lastName), child.name.last,
                          roster([](const Pupil& p) { return p.name.last; }), hasRoster,
                          evidenceFor(shown, MatchField::lastName));
    html += comparisonRow(fieldLabel(MatchField::firstName), child.name.first,
                          roster([](const Pupil& p) { return p.name.first; }), hasRoster,
                          evidenceFor(shown, MatchField::firstName));
    html += comparisonRow(fieldLabel(MatchField::middleName), child.name.middle,
                          roster([](const Pupil& p) { return p.name.middle; }), hasRoster,
                          evidenceFor(shown, MatchField::middleName));
    html += comparisonRow(fieldLabel(MatchField::birthDate), child.birthDate.display(),
                          roster([](const Pupil& p) { return p.birthDate.display(); }), hasRoster,
                          evidenceFor(shown, MatchField::birthDate));
    html += comparisonRow(fieldLabel(MatchField::snils), snilsText(child.snils),
                          roster([](const Pupil& p) { return toUtf8(snilsDisplay(p.snils)); }), hasRoster,
                          evidenceFor(shown, MatchField::snils));
    wxString classNote;
    if (pupil && !pupil->present) classNote = _("has left the school");
    html += comparisonRow(_("Class"), child.statedClass.value_or(""),
                          roster([](const Pupil& p) { return p.className; }), hasRoster, classNote);
    html += "</table>";
    return html;
}

wxString verdictBlock(const ApplicationDetail& detail) {
    const std::optional<Verdict> verdict = detail.summary.verdict;
    wxString html = wxString::Format("<p><font color=\"%s\" size=\"+1\"><b>&#9679; %s</b></font>",
                                     verdictColour(verdict), escapeHtml(verdictLabel(verdict)));
    if (verdict && detail.match)
        html += wxString::Format(" &nbsp;%s", escapeHtml(fromUtf8(detail.match->explanation)));
    if (!verdict)
        html += " &nbsp;" + escapeHtml(_("The application has not been matched with the roster yet."));
    html += "</p>";
    return html;
}

wxString decisionBlock(const ApplicationDetail& detail) {
    if (!detail.decision) return {};
    const Decision& decision = *detail.decision;
    wxString what;
    if (decision.kind == DecisionKind::approved) {
        wxString pupil = fromUtf8(decision.pupilRosterId.value_or(""));
        if (detail.decidedPupil) {
            pupil =
                fromUtf8(detail.decidedPupil->name.full() + ", " + detail.decidedPupil->birthDate.display() +
                         ", " + detail.decidedPupil->className + " (" + detail.decidedPupil->rosterId + ")");
        }
        what = wxString::Format("<font color=\"#2E7D32\"><b>%s</b></font> %s", escapeHtml(_("Approved:")),
                                escapeHtml(pupil));
    } else {
        what = wxString::Format("<font color=\"#C62828\"><b>%s</b></font> %s", escapeHtml(_("Rejected:")),
                                decision.reason ? escapeHtml(reasonTitle(*decision.reason)) : wxString{});
        if (decision.reason) what += "<br>" + grey(escapeHtml(reasonAdvice(*decision.reason)));
        if (!decision.comment.empty()) {
            what += "<br>" + escapeHtml(_("Comment:")) + " " + escapeHtml(fromUtf8(decision.comment));
        }
    }
    const wxString state = detail.summary.decisionChangeable ? _("not sent yet, can still be changed")
                                                             : queueStatusLabel(detail.summary.status);
    return wxString::Format(
        "<table width=\"100%%\" bgcolor=\"#F5F5F5\" cellpadding=\"6\"><tr><td>%s<br>%s</td></tr></table>",
        what,
        grey(escapeHtml(wxString::Format(_("%s, %s, by %s"), state, instantDisplay(decision.decidedAt),
                                         fromUtf8(decision.decidedBy)))));
}

wxString definition(const wxString& label, const wxString& value) {
    return wxString::Format("<tr><td valign=\"top\"><font color=\"#505050\">%s</font></td><td>%s</td></tr>",
                            escapeHtml(label), escapeHtml(orDash(value)));
}

wxString applicantBlock(const Application& application) {
    const Applicant& applicant = application.applicant;
    wxString html = wxString::Format("<p><b>%s</b></p><table cellpadding=\"2\">", escapeHtml(_("Applicant")));
    html += definition(_("Name"),
                       fromUtf8(applicant.name.full()) + " (" + relationLabel(applicant.relation) + ")");
    html += definition(_("Date of birth"),
                       applicant.birthDate ? fromUtf8(applicant.birthDate->display()) : wxString{});
    html += definition(_("SNILS"), applicant.snils ? snilsDisplay(*applicant.snils) : wxString{});
    html += definition(_("Phone"), fromUtf8(applicant.phone.value_or("")));
    html += definition(_("E-mail"), fromUtf8(applicant.email.value_or("")));
    html += "</table>";

    html += wxString::Format("<p><b>%s</b></p><table cellpadding=\"2\">", escapeHtml(_("Child's document")));
    if (const auto& document = application.child.document) {
        html += definition(_("Type"), documentTypeLabel(document->type));
        html += definition(_("Series and number"), fromUtf8(document->series + " " + document->number));
    } else {
        html += definition(_("Type"), _("not given"));
    }
    html += "</table>";

    html += wxString::Format("<p>%s</p>",
                             grey(escapeHtml(wxString::Format(_("Application %s, version %d, submitted %s"),
                                                              fromUtf8(application.id), application.version,
                                                              instantDisplay(application.submittedAt)))));
    return html;
}

} // namespace

ShownPupil pickShownPupil(const ApplicationDetail& detail, const std::string& chosenPupilId) {
    if (!chosenPupilId.empty()) {
        if (const CandidatePupil* chosen = detail.candidate(chosenPupilId))
            return {chosen, ShownPupilRole::chosen};
    }
    if (detail.decision && detail.decision->pupilRosterId) {
        if (const CandidatePupil* decided = detail.candidate(*detail.decision->pupilRosterId)) {
            return {decided, ShownPupilRole::decided};
        }
    }
    if (detail.match && detail.match->pupilId) {
        if (const CandidatePupil* matched = detail.candidate(*detail.match->pupilId)) {
            return {matched, ShownPupilRole::matched};
        }
    }
    if (!detail.candidates.empty()) return {&detail.candidates.front(), ShownPupilRole::candidate};
    return {};
}

wxString comparisonHtml(const ApplicationDetail& detail, const ShownPupil& shown) {
    wxString html = "<html><body>";
    html += wxString::Format("<p><font size=\"+2\"><b>%s</b></font><br>%s</p>",
                             escapeHtml(fromUtf8(detail.application.child.name.full())),
                             grey(escapeHtml(queueStatusLabel(detail.summary.status))));
    html += verdictBlock(detail);
    html += comparisonTable(detail, shown);
    html += decisionBlock(detail);
    html += applicantBlock(detail.application);
    html += "</body></html>";
    return html;
}

wxString placeholderHtml(const wxString& message) {
    return "<html><body><p><br><br><center>" + grey(escapeHtml(message)) + "</center></p></body></html>";
}

} // namespace diarydesk::ui
