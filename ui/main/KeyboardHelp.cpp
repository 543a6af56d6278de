#include "main/KeyboardHelp.hpp"

#include <wx/intl.h>

namespace diarydesk::ui {

wxString keyboardHelpText() {
    wxString text;
    text << _("Ctrl+F - search by name, SNILS, date of birth or application number") << "\n"
         << _("Down or Enter in the search box - go to the list; Esc - clear the search") << "\n"
         << _("A or Ctrl+Enter - approve the selected application") << "\n"
         << _("R or Ctrl+R - reject the selected application with a reason") << "\n"
         << _("1...9 - choose candidate pupil number N") << "\n"
         << _("Ctrl+Shift+A - approve all confirmed applications shown") << "\n"
         << _("Ctrl+0...Ctrl+5 - show applications by status") << "\n"
         << _("F5 - synchronise with the server now") << "\n"
         << _("F6 - go to the queue; Ctrl+F5 - reload it") << "\n"
         << _("Ctrl+I - import a roster; Ctrl+L - classes; Ctrl+, - settings");
    return text;
}

} // namespace diarydesk::ui
