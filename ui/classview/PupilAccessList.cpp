#include "classview/PupilAccessList.hpp"

#include "classview/AccessColours.hpp"
#include "logic/DisplayTexts.hpp"
#include "logic/WxText.hpp"

#include <wx/intl.h>

namespace diarydesk::ui {
namespace {

enum Column { number, pupil, birthDate, access, applicants };

} // namespace

PupilAccessList::PupilAccessList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_HRULES) {
    SetName("class-pupils");
    InsertColumn(number, _("No."), wxLIST_FORMAT_RIGHT, FromDIP(40));
    InsertColumn(pupil, _("Pupil"), wxLIST_FORMAT_LEFT, FromDIP(240));
    InsertColumn(birthDate, _("Date of birth"), wxLIST_FORMAT_LEFT, FromDIP(100));
    InsertColumn(access, _("Parents' access"), wxLIST_FORMAT_LEFT, FromDIP(130));
    InsertColumn(applicants, _("Applicants"), wxLIST_FORMAT_LEFT, FromDIP(320));
    // The access column carries a dot in the state's colour, in AccessState order.
    wxVector<wxBitmapBundle> dots;
    for (const AccessState state :
         {AccessState::none, AccessState::waiting, AccessState::approved, AccessState::rejected}) {
        dots.push_back(accessDot(state));
    }
    SetSmallImages(dots);
}

void PupilAccessList::setPupils(std::vector<PupilAccess> pupils) {
    pupils_ = std::move(pupils);
    SetItemCount(static_cast<long>(pupils_.size()));
    Refresh();
}

wxString PupilAccessList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= pupils_.size()) return {};
    const PupilAccess& entry = pupils_[static_cast<std::size_t>(item)];
    switch (column) {
    case number:
        return wxString::Format("%ld", item + 1);
    case pupil:
        return fromUtf8(entry.pupil.name.full());
    case birthDate:
        return fromUtf8(entry.pupil.birthDate.display());
    case access:
        return accessStateLabel(entry.state);
    case applicants: {
        wxString text;
        for (const PupilApplicant& applicant : entry.applicants) {
            if (!text.empty()) text += "; ";
            text += wxString::Format("%s (%s, %s)", fromUtf8(applicant.applicant.full()),
                                     relationLabel(applicant.relation),
                                     accessStateLabel(applicant.state).Lower());
        }
        return text;
    }
    default:
        return {};
    }
}

int PupilAccessList::OnGetItemImage(long) const {
    return -1;
}

int PupilAccessList::OnGetItemColumnImage(long item, long column) const {
    if (column != access || item < 0 || static_cast<std::size_t>(item) >= pupils_.size()) return -1;
    return static_cast<int>(pupils_[static_cast<std::size_t>(item)].state);
}

} // namespace diarydesk::ui
