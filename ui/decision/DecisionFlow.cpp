#include "decision/DecisionFlow.hpp"

#include "app/Session.hpp"
#include "common/StandardDialog.hpp"
#include "decision/ReasonDialog.hpp"
#include "logic/ApprovalPolicy.hpp"
#include "logic/DisplayTexts.hpp"
#include "logic/ReasonTexts.hpp"
#include "logic/WxText.hpp"
#include "services/DecisionService.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/Store.hpp"

#include <wx/intl.h>
#include <wx/window.h>

namespace diarydesk::ui {
namespace {

wxString pupilDescription(const Pupil& pupil) {
    return fromUtf8(pupil.name.full() + ", " + pupil.birthDate.display() + ", " + pupil.className + " (" +
                    pupil.rosterId + ")");
}

wxString applicantDescription(const ApplicationSummary& summary) {
    return fromUtf8(summary.applicant.full()) + " (" + relationLabel(summary.relation) + ")";
}

QueueRow reloadRow(Store& store, const std::string& applicationId) {
    auto summary = store.applications().summary(applicationId);
    if (!summary) throw std::runtime_error("заявление " + applicationId + " не найдено");
    return makeQueueRow(std::move(*summary));
}

} // namespace

DecisionFlow::DecisionFlow(wxWindow* parent, Session& session)
    : parent_(parent)
    , session_(session) {}

void DecisionFlow::approve(const QueueRow& row, const ApplicationDetail* detail,
                           const std::optional<std::string>& chosenPupilId) {
    if (busy_) return;
    const ApprovalCheck check = checkApproval(row.summary, chosenPupilId);
    Request request;
    request.applicationId = row.summary.id;
    request.approve = true;
    switch (check.path) {
    case ApprovalPath::notDecidable:
        notice(check.reason);
        return;
    case ApprovalPath::choosePupilFirst:
        notice(check.reason);
        if (onChoosePupil) onChoosePupil();
        return;
    case ApprovalPath::oneKey:
        break;
    case ApprovalPath::confirmChosenPupil:
    case ApprovalPath::overrideConflict: {
        const CandidatePupil* candidate =
            detail && detail->summary.id == row.summary.id ? detail->candidate(*chosenPupilId) : nullptr;
        if (!candidate || !candidate->pupil) {
            notice(_("The application is still loading; try again in a moment."));
            return;
        }
        const bool conflict = check.path == ApprovalPath::overrideConflict;
        if (!confirmChosenPupil(row, *candidate, conflict)) return;
        request.pupilId = chosenPupilId;
        request.overrideConflict = conflict;
        break;
    }
    }
    run(std::move(request));
}

bool DecisionFlow::confirmChosenPupil(const QueueRow& row, const CandidatePupil& candidate, bool conflict) {
    DialogRequest dialog;
    dialog.title = _("Confirm the approval");
    dialog.heading =
        wxString::Format(_("Give %s access to the e-diary of %s?"), applicantDescription(row.summary),
                         fromUtf8(candidate.pupil->name.full()));
    wxString message =
        wxString::Format(_("Matching did not confirm this application (%s). You chose the pupil:\n%s"),
                         verdictLabel(row.summary.verdict), pupilDescription(*candidate.pupil));
    if (!candidate.pupil->present) message += "\n" + _("This pupil has left the school.");
    dialog.confirmLabel = _("Approve for this pupil");
    dialog.cancelLabel = _("Do not approve");
    if (conflict) {
        dialog.tone = DialogRequest::Tone::danger;
        dialog.heading = _("Conflict: the application's data point to different pupils.");
        message += "\n\n" +
                   wxString::Format(_("Approve access for %s to this pupil's diary only if you have checked "
                                      "the documents yourself. A wrong approval shows a child's marks and "
                                      "messages to a stranger."),
                                    applicantDescription(row.summary));
        dialog.acknowledgement = _("I have checked the documents; approve despite the conflict");
        dialog.cancelIsDefault = true;
    } else {
        dialog.tone = DialogRequest::Tone::warning;
    }
    dialog.message = message;
    return askToConfirm(parent_, dialog);
}

void DecisionFlow::reject(const QueueRow& row, const ApplicationDetail* detail) {
    if (busy_) return;
    if (const auto why = whyNotDecidable(row.summary)) {
        notice(*why);
        return;
    }
    bool matchedPupilLeft = false;
    if (detail && detail->summary.id == row.summary.id && detail->match && detail->match->pupilId) {
        const CandidatePupil* matched = detail->candidate(*detail->match->pupilId);
        matchedPupilLeft = matched && matched->pupil && !matched->pupil->present;
    }
    ReasonDialog dialog(parent_,
                        wxString::Format(_("Reject the application of %s for %s?"),
                                         applicantDescription(row.summary),
                                         fromUtf8(row.summary.child.full())),
                        suggestedReason(row.summary.verdict, matchedPupilLeft));
    if (dialog.ShowModal() != wxID_OK) return;
    Request request;
    request.applicationId = row.summary.id;
    request.reason = static_cast<int>(dialog.reason());
    request.comment = dialog.comment();
    run(std::move(request));
}

void DecisionFlow::approveAllConfirmed(const std::vector<std::string>& applicationIds) {
    if (busy_) return;
    if (applicationIds.empty()) {
        notice(_("There are no new applications with a confirmed match among those shown."));
        return;
    }
    DialogRequest dialog;
    dialog.tone = DialogRequest::Tone::question;
    dialog.title = _("Approve all confirmed");
    const int count = static_cast<int>(applicationIds.size());
    dialog.heading = wxString::Format(wxPLURAL("Approve %d application with a confirmed match?",
                                               "Approve %d applications with a confirmed match?", count),
                                      count);
    dialog.message =
        _("Each is approved for the pupil matching found: name, date of birth and SNILS agree with "
          "the roster. Decisions can be changed until they are sent.");
    dialog.confirmLabel = wxString::Format(_("Approve %d"), count);
    if (!askToConfirm(parent_, dialog)) return;

    setBusy(true);
    const std::string user = session_.staffName();
    session_.worker().run<std::pair<int, std::vector<QueueRow>>>(
        this,
        [applicationIds, user](JobContext& context) {
            DecisionService decisions(context.store(), context.clock());
            const auto made = decisions.approveAllConfirmed(applicationIds, user);
            return std::make_pair(static_cast<int>(made.size()),
                                  makeQueueRows(context.store().applications().summaries()));
        },
        {[this](std::pair<int, std::vector<QueueRow>>& result) {
             setBusy(false);
             notice(wxString::Format(
                 wxPLURAL("%d application approved.", "%d applications approved.", result.first),
                 result.first));
             if (onApprovedAll) onApprovedAll(result.first, std::move(result.second));
         },
         [this](const JobFailure& failure) {
             setBusy(false);
             showError(parent_, _("The applications were not approved."), failure.message);
         },
         {}});
}

void DecisionFlow::run(Request request) {
    setBusy(true);
    const std::string user = session_.staffName();
    session_.worker().run<QueueRow>(
        this,
        [request, user](JobContext& context) {
            DecisionRequest decision;
            decision.applicationId = request.applicationId;
            decision.kind = request.approve ? DecisionKind::approved : DecisionKind::rejected;
            decision.pupilId = request.pupilId;
            if (request.reason) decision.reason = static_cast<ReasonCode>(*request.reason);
            decision.comment = request.comment;
            decision.user = user;
            decision.overrideConflict = request.overrideConflict;
            DecisionService(context.store(), context.clock()).decide(decision);
            return reloadRow(context.store(), request.applicationId);
        },
        {[this](QueueRow& row) {
             setBusy(false);
             if (onDecided) onDecided(std::move(row));
         },
         [this](const JobFailure& failure) {
             setBusy(false);
             showError(parent_, _("The decision was not saved."), failure.message);
         },
         {}});
}

void DecisionFlow::setBusy(bool busy) {
    busy_ = busy;
    if (onBusyChanged) onBusyChanged();
}

void DecisionFlow::notice(const wxString& text) {
    if (onNotice) onNotice(text);
}

} // namespace diarydesk::ui
