#pragma once

#include "roster/RosterParser.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <vector>

class wxChoice;
class wxWrapSizer;
class wxListCtrl;
class wxScrolledWindow;
class wxStaticText;

namespace diarydesk::ui {

// Step 2: the first records as they were read, with the encoding, the delimiter and the meaning
// of each column — detected, and each changeable. A change of encoding or delimiter reads the
// file again (onReadingChanged); a change of a column's meaning only changes the mapping.
class ImportPreviewPage : public wxPanel {
public:
    explicit ImportPreviewPage(wxWindow* parent);

    // `options` says what staff chose themselves; the rest was detected.
    void show(const RosterPreview& preview, const RosterParseOptions& options);
    ColumnMapping mapping() const;
    // Staff's choice for one column (0-based) as they would make it with the mouse; for tests too.
    void chooseField(std::size_t column, std::optional<RosterField> field);
    void focus();

    std::function<void(TextEncoding, char)> onReadingChanged;
    std::function<void()> onMappingChanged;

private:
    void buildMapping(const RosterPreview& preview);
    void fillRecords(const RosterPreview& preview);
    void updateColumnTitles();
    void onFieldChosen(std::size_t column);
    void onReadingChosen();

    wxChoice* encoding_ = nullptr;
    wxChoice* delimiter_ = nullptr;
    wxStaticText* detected_ = nullptr;
    wxScrolledWindow* mappingArea_ = nullptr;
    wxWrapSizer* mappingGrid_ = nullptr;
    std::vector<wxChoice*> fieldChoices_; // one per column of the header
    wxListCtrl* records_ = nullptr;
    wxStaticText* problem_ = nullptr;
    std::vector<std::string> header_;
};

} // namespace diarydesk::ui
