#include "roster/ImportPreviewPage.hpp"

#include "logic/WxText.hpp"
#include "roster/RosterImportTexts.hpp"

#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include <array>

namespace diarydesk::ui {
namespace {

// The fields in the order staff think of them; slot 0 of a column's choice is "not imported".
constexpr std::array<RosterField, 8> fieldOrder{
    RosterField::lastName,  RosterField::firstName, RosterField::middleName, RosterField::fullName,
    RosterField::birthDate, RosterField::snils,     RosterField::className,  RosterField::rosterId};
constexpr std::array<TextEncoding, 2> encodingOrder{TextEncoding::utf8, TextEncoding::cp1251};
constexpr std::array<char, 3> delimiterOrder{';', ',', '\t'};

int slotOf(std::optional<RosterField> field) {
    if (!field) return 0;
    for (std::size_t i = 0; i < fieldOrder.size(); ++i) {
        if (fieldOrder[i] == *field) return static_cast<int>(i) + 1;
    }
    return 0;
}

template <class Value, std::size_t Size>
int indexIn(const std::array<Value, Size>& values, Value value) {
    for (std::size_t i = 0; i < Size; ++i) {
        if (values[i] == value) return static_cast<int>(i);
    }
    return 0;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(wxWindow* parent)
    : wxPanel(parent, wxID_ANY) {
    const int border = FromDIP(10);
    auto* reading = new wxBoxSizer(wxHORIZONTAL);
    encoding_ = new wxChoice(this, wxID_ANY);
    encoding_->SetName("encoding");
    for (const TextEncoding encoding : encodingOrder)
        encoding_->Append(encodingLabel(encoding));
    delimiter_ = new wxChoice(this, wxID_ANY);
    delimiter_->SetName("delimiter");
    for (const char delimiter : delimiterOrder)
        delimiter_->Append(delimiterLabel(delimiter));
    reading->Add(new wxStaticText(this, wxID_ANY, _("&Encoding:")),
                 wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(4)));
    reading->Add(encoding_, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(16)));
    reading->Add(new wxStaticText(this, wxID_ANY, _("&Delimiter:")),
                 wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(4)));
    reading->Add(delimiter_, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(16)));
    detected_ = new wxStaticText(this, wxID_ANY, {});
    detected_->SetForegroundColour(wxColour(0x55, 0x55, 0x55));
    reading->Add(detected_, wxSizerFlags(1).CenterVertical());

    mappingArea_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    mappingArea_->SetName("column-mapping");
    mappingArea_->SetScrollRate(0, FromDIP(10));
    // One small box per column (its header, its first value, what it holds), wrapping to the width.
    mappingGrid_ = new wxWrapSizer(wxHORIZONTAL);
    mappingArea_->SetSizer(mappingGrid_);
    mappingArea_->SetMinSize(FromDIP(wxSize(-1, 160)));

    problem_ = new wxStaticText(this, wxID_ANY, {});
    problem_->SetForegroundColour(wxColour(0xB7, 0x1C, 0x1C));

    records_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxLC_REPORT | wxLC_HRULES | wxLC_VRULES);
    records_->SetName("preview-records");
    records_->SetMinSize(FromDIP(wxSize(-1, 160)));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(reading, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(new wxStaticText(this, wxID_ANY, _("What each column holds:")),
               wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(mappingArea_, wxSizerFlags(2).Expand().Border(wxALL, border));
    sizer->Add(problem_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(new wxStaticText(this, wxID_ANY, _("The first rows as read:")),
               wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(records_, wxSizerFlags(3).Expand().Border(wxALL, border));
    SetSizer(sizer);

    encoding_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onReadingChosen(); });
    delimiter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onReadingChosen(); });
}

void ImportPreviewPage::show(const RosterPreview& preview, const RosterParseOptions& options) {
    header_ = preview.header;
    encoding_->SetSelection(indexIn(encodingOrder, preview.encoding));
    delimiter_->SetSelection(indexIn(delimiterOrder, preview.delimiter));
    if (options.encoding || options.delimiter) {
        detected_->SetLabel(_("as you chose"));
    } else {
        detected_->SetLabel(_("detected automatically"));
    }
    buildMapping(preview);
    fillRecords(preview);
    updateColumnTitles();
    Layout();
}

void ImportPreviewPage::buildMapping(const RosterPreview& preview) {
    mappingArea_->Freeze();
    mappingGrid_->Clear(true);
    fieldChoices_.clear();
    for (std::size_t column = 0; column < preview.header.size(); ++column) {
        std::optional<RosterField> field;
        for (const auto& [mapped, index] : preview.mapping) {
            if (index == column) field = mapped;
        }
        const wxString sample = preview.records.empty() || column >= preview.records.front().size()
                                    ? wxString()
                                    : fromUtf8(preview.records.front()[column]);
        auto* title = new wxStaticText(
            mappingArea_, wxID_ANY, wxString::Format("%zu. %s", column + 1, fromUtf8(preview.header[column])),
            wxDefaultPosition, FromDIP(wxSize(150, -1)), wxST_ELLIPSIZE_END);
        title->SetFont(title->GetFont().Bold());
        auto* example = new wxStaticText(mappingArea_, wxID_ANY, sample, wxDefaultPosition,
                                         FromDIP(wxSize(150, -1)), wxST_ELLIPSIZE_END);
        example->SetForegroundColour(wxColour(0x55, 0x55, 0x55));
        auto* choice = new wxChoice(mappingArea_, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(150, -1)));
        choice->SetName(wxString::Format("column-%zu", column + 1));
        choice->Append(wxString::FromUTF8("\xE2\x80\x94 ") + _("not imported") +
                       wxString::FromUTF8(" \xE2\x80\x94"));
        for (const RosterField option : fieldOrder)
            choice->Append(rosterFieldLabel(option));
        choice->SetSelection(slotOf(field));
        choice->Bind(wxEVT_CHOICE, [this, column](wxCommandEvent&) { onFieldChosen(column); });
        auto* box = new wxBoxSizer(wxVERTICAL);
        box->Add(title);
        box->Add(choice, wxSizerFlags().Border(wxTOP | wxBOTTOM, FromDIP(2)));
        box->Add(example);
        mappingGrid_->Add(box, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(12)));
        fieldChoices_.push_back(choice);
    }
    mappingArea_->FitInside();
    mappingArea_->Thaw();
}

void ImportPreviewPage::fillRecords(const RosterPreview& preview) {
    records_->Freeze();
    records_->ClearAll();
    records_->InsertColumn(0, _("Line"), wxLIST_FORMAT_RIGHT, FromDIP(64));
    for (std::size_t column = 0; column < preview.header.size(); ++column) {
        records_->InsertColumn(static_cast<long>(column) + 1, fromUtf8(preview.header[column]),
                               wxLIST_FORMAT_LEFT, FromDIP(130));
    }
    for (std::size_t row = 0; row < preview.records.size(); ++row) {
        const long item = records_->InsertItem(
            static_cast<long>(row),
            wxString::Format("%zu", row < preview.recordLines.size() ? preview.recordLines[row] : row + 2));
        const auto& fields = preview.records[row];
        for (std::size_t column = 0; column < fields.size() && column < preview.header.size(); ++column) {
            records_->SetItem(item, static_cast<int>(column) + 1, fromUtf8(fields[column]));
        }
    }
    records_->Thaw();
}

ColumnMapping ImportPreviewPage::mapping() const {
    ColumnMapping mapping;
    for (std::size_t column = 0; column < fieldChoices_.size(); ++column) {
        const int slot = fieldChoices_[column]->GetSelection();
        if (slot > 0) mapping[fieldOrder[static_cast<std::size_t>(slot) - 1]] = column;
    }
    return mapping;
}

void ImportPreviewPage::chooseField(std::size_t column, std::optional<RosterField> field) {
    if (column >= fieldChoices_.size()) return;
    fieldChoices_[column]->SetSelection(slotOf(field));
    onFieldChosen(column);
}

void ImportPreviewPage::onFieldChosen(std::size_t column) {
    // One column per field: the field moves here from wherever it was.
    const int slot = fieldChoices_[column]->GetSelection();
    for (std::size_t other = 0; other < fieldChoices_.size(); ++other) {
        if (other != column && slot > 0 && fieldChoices_[other]->GetSelection() == slot)
            fieldChoices_[other]->SetSelection(0);
    }
    updateColumnTitles();
    if (onMappingChanged) onMappingChanged();
}

void ImportPreviewPage::updateColumnTitles() {
    // The list's column titles say what the column will be imported as: "Фамилия → Last name".
    for (std::size_t column = 0; column < fieldChoices_.size() && column < header_.size(); ++column) {
        wxListItem item;
        item.SetMask(wxLIST_MASK_TEXT);
        const int slot = fieldChoices_[column]->GetSelection();
        wxString title = fromUtf8(header_[column]);
        const wxString field = slot > 0 ? fieldChoices_[column]->GetString(slot) : wxString();
        if (!field.empty() && field.CmpNoCase(title) != 0)
            title += wxString::FromUTF8(" \xE2\x86\x92 ") + field;
        item.SetText(title);
        records_->SetColumn(static_cast<int>(column) + 1, item);
        records_->SetColumnWidth(static_cast<int>(column) + 1, wxLIST_AUTOSIZE_USEHEADER);
    }
    const std::optional<wxString> problem = mappingProblem(mapping());
    problem_->SetLabel(problem.value_or(wxString()));
    problem_->Wrap(GetClientSize().GetWidth() > 0 ? GetClientSize().GetWidth() - FromDIP(20) : FromDIP(640));
    Layout();
}

void ImportPreviewPage::onReadingChosen() {
    if (!onReadingChanged) return;
    onReadingChanged(encodingOrder[static_cast<std::size_t>(std::max(0, encoding_->GetSelection()))],
                     delimiterOrder[static_cast<std::size_t>(std::max(0, delimiter_->GetSelection()))]);
}

void ImportPreviewPage::focus() {
    if (!fieldChoices_.empty()) {
        fieldChoices_.front()->SetFocus();
    } else {
        encoding_->SetFocus();
    }
}

} // namespace diarydesk::ui
