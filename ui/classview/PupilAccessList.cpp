#include "classview/PupilAccessList.hpp"

#include "classview/AccessColours.hpp"
#include "logic/DisplayTexts.hpp"
#include "logic/WxText.hpp"

#include <wx/intl.h>

#include <algorithm>

namespace diarydesk::ui {
namespace {

enum Column { number, pupil, birthDate, access, applicants };

} // namespace

PupilAccessList::PupilAccessList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_HRULES) {
    SetName("class-pupils");
    // At least as wide as the title: translated titles are longer than the English ones.
    const auto addColumn = [this](Column column, const wxString& title, wxListColumnFormat format,
                                  int width) {
        InsertColumn(column, title, format, std::max(FromDIP(width), GetTextExtent(title).x + FromDIP(24)));
    };
    addColumn(number, _("No."), wxLIST_FORMAT_RIGHT, 40);
    addColumn(pupil, _("Pupil"), wxLIST_FORMAT_LEFT, 240);
    addColumn(birthDate, _("Date of birth"), wxLIST_FORMAT_LEFT, 100);
    addColumn(access, _("Parents' access"), wxLIST_FORMAT_LEFT, 130);
    addColumn(applicants, _("Applicants"), wxLIST_FORMAT_LEFT, 320);
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
