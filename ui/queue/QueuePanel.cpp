#include "queue/QueuePanel.hpp"

#include "logic/DisplayTexts.hpp"
#include "logic/WxText.hpp"

#include <wx/choice.h>
#include <wx/config.h>
#include <wx/dataview.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

namespace diarydesk::ui {
namespace {

bool isWithin(const wxWindow* window, const wxWindow* container) {
    for (; window; window = window->GetParent()) {
        if (window == container) return true;
    }
    return false;
}

struct ColumnSpec {
    QueueColumn column;
    wxString title;
    int width;
};

} // namespace

QueuePanel::QueuePanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY) {
    search_ = new wxSearchCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    search_->SetName("search");
    search_->ShowCancelButton(true);
    search_->SetDescriptiveText(_("Name, SNILS, date of birth or application number"));
    search_->SetToolTip(_("Search as you type (Ctrl+F). Down or Enter goes to the list, Esc clears."));

    statusChoice_ = new wxChoice(this, wxID_ANY);
    for (const StatusView view : allStatusViews)
        statusChoice_->Append(statusViewLabel(view));
    statusChoice_->SetToolTip(_("Show applications by status"));
    verdictChoice_ = new wxChoice(this, wxID_ANY);
    for (const VerdictView view : allVerdictViews)
        verdictChoice_->Append(verdictViewLabel(view));
    verdictChoice_->SetToolTip(_("Show applications by how well they match the roster"));
    statusChoice_->SetSelection(static_cast<int>(StatusView::fresh));
    verdictChoice_->SetSelection(static_cast<int>(VerdictView::all));

    counts_ = new wxStaticText(this, wxID_ANY, _("Loading applications..."));
    list_ =
        new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("queue");
    model_ = new QueueModel;
    list_->AssociateModel(model_.get());
    buildColumns();

    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    filters->Add(statusChoice_, wxSizerFlags(1).Border(wxRIGHT, FromDIP(6)));
    filters->Add(verdictChoice_, wxSizerFlags(1));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(search_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(6)));
    sizer->Add(filters, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(6)));
    sizer->Add(counts_, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    sizer->Add(list_, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { applyFilter(); });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { setSearchText({}); });
    statusChoice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        filter_.setStatus(allStatusViews[statusChoice_->GetSelection()]);
        applyFilter();
        updateCounts();
    });
    verdictChoice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        filter_.setVerdict(allVerdictViews[verdictChoice_->GetSelection()]);
        applyFilter();
    });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { notifySelection(); });
    list_->Bind(wxEVT_DATAVIEW_COLUMN_HEADER_CLICK, [this](wxDataViewEvent& event) {
        onHeaderClick(event.GetDataViewColumn()->GetModelColumn());
    });
    Bind(wxEVT_CHAR_HOOK, &QueuePanel::onCharHook, this);
}

void QueuePanel::buildColumns() {
    const ColumnSpec specs[] = {
        // Wide enough for the Russian titles and values ("Решено, не отправлено").
        {QueueColumn::submitted, _("Submitted"), 120}, {QueueColumn::child, _("Child"), 230},
        {QueueColumn::birthDate, _("Born"), 110},      {QueueColumn::className, _("Class"), 65},
        {QueueColumn::applicant, _("Applicant"), 240}, {QueueColumn::verdict, _("Match"), 140},
        {QueueColumn::status, _("Status"), 175},       {QueueColumn::id, _("Application"), 120},
    };
    const int flags = wxDATAVIEW_COL_RESIZABLE | wxDATAVIEW_COL_SORTABLE;
    for (const ColumnSpec& spec : specs) {
        const auto index = static_cast<unsigned>(spec.column);
        if (spec.column == QueueColumn::verdict) {
            list_->AppendIconTextColumn(spec.title, index, wxDATAVIEW_CELL_INERT, FromDIP(spec.width),
                                        wxALIGN_LEFT, flags);
        } else {
            list_->AppendTextColumn(spec.title, index, wxDATAVIEW_CELL_INERT, FromDIP(spec.width),
                                    wxALIGN_LEFT, flags);
        }
    }
}

void QueuePanel::setRows(std::vector<QueueRow> rows) {
    model_->setRows(std::move(rows));
    loaded_ = true;
    applyFilter();
    updateCounts();
}

void QueuePanel::updateAfterDecision(QueueRow row) {
    const std::string decidedId = row.summary.id;
    const std::optional<unsigned> before = model_->positionOf(decidedId);
    model_->updateRow(std::move(row));
    selectedId_.clear();
    model_->refresh(filter_);
    updateCounts();
    if (model_->visibleCount() > 0) {
        const std::optional<unsigned> after = model_->positionOf(decidedId);
        unsigned next = before.value_or(0);
        if (after) next = *after + 1; // still shown: the one after it
        selectPosition(std::min(next, model_->visibleCount() - 1));
    }
    notifySelection();
    if (onViewChanged) onViewChanged();
}

void QueuePanel::applyFilter() {
    filter_.setSearch(toUtf8(search_->GetValue()));
    const std::string previous = selectedId_;
    model_->refresh(filter_);
    const std::optional<unsigned> position = model_->positionOf(previous);
    if (position) {
        selectPosition(*position);
    } else if (model_->visibleCount() > 0) {
        selectPosition(0);
    }
    notifySelection();
    if (onViewChanged) onViewChanged();
}

void QueuePanel::updateCounts() {
    const QueueCounts counts = QueueCounts::of(model_->rows(), filter_.status());
    for (std::size_t i = 0; i < std::size(allStatusViews); ++i) {
        statusChoice_->SetString(static_cast<unsigned>(i),
                                 wxString::Format("%s (%d)", statusViewLabel(allStatusViews[i]),
                                                  counts.inStatus(allStatusViews[i])));
    }
    for (std::size_t i = 0; i < std::size(allVerdictViews); ++i) {
        verdictChoice_->SetString(static_cast<unsigned>(i),
                                  wxString::Format("%s (%d)", verdictViewLabel(allVerdictViews[i]),
                                                   counts.inVerdict(allVerdictViews[i])));
    }
    counts_->SetLabel(counts.summaryText());
}

void QueuePanel::selectPosition(unsigned position) {
    const wxDataViewItem item = model_->GetItem(position);
    list_->Select(item);
    list_->SetCurrentItem(item);
    list_->EnsureVisible(item);
}

void QueuePanel::notifySelection() {
    const QueueRow* row = selectedRow();
    const std::string id = row ? row->summary.id : std::string{};
    if (id == selectedId_ && !id.empty()) return;
    selectedId_ = id;
    if (onSelectionChanged) onSelectionChanged(row);
}

const QueueRow* QueuePanel::selectedRow() const {
    const wxDataViewItem item = list_->GetSelection();
    if (!item.IsOk()) return nullptr;
    const unsigned position = model_->GetRow(item);
    if (position >= model_->visibleCount()) return nullptr;
    return &model_->visibleRow(position);
}

void QueuePanel::selectApplication(const std::string& applicationId) {
    if (const auto position = model_->positionOf(applicationId)) {
        selectPosition(*position);
        notifySelection();
    }
}

std::vector<std::string> QueuePanel::confirmedInView() const {
    std::vector<std::string> ids;
    for (unsigned position = 0; position < model_->visibleCount(); ++position) {
        const ApplicationSummary& summary = model_->visibleRow(position).summary;
        if (summary.status == QueueStatus::fresh && summary.verdict == Verdict::confirmed)
            ids.push_back(summary.id);
    }
    return ids;
}

void QueuePanel::setSearchText(const wxString& text) {
    search_->SetValue(text); // sends wxEVT_TEXT, which filters
}

void QueuePanel::setStatusView(StatusView view) {
    statusChoice_->SetSelection(static_cast<int>(view));
    filter_.setStatus(view);
    applyFilter();
    updateCounts();
}

void QueuePanel::focusSearch() {
    search_->SetFocus();
    search_->SelectAll();
}

void QueuePanel::focusList() {
    list_->SetFocus();
    if (!list_->GetSelection().IsOk() && model_->visibleCount() > 0) {
        selectPosition(0);
        notifySelection();
    }
}

void QueuePanel::onHeaderClick(int column) {
    const auto clicked = static_cast<QueueColumn>(column);
    ascending_ = clicked == sortColumn_ ? !ascending_ : true;
    sortColumn_ = clicked;
    model_->setSortOrder(sortColumn_, ascending_);
    for (unsigned i = 0; i < list_->GetColumnCount(); ++i) {
        wxDataViewColumn* shown = list_->GetColumn(i);
        if (shown->GetModelColumn() == static_cast<unsigned>(column)) {
            shown->SetSortOrder(ascending_);
        } else if (shown->IsSortKey()) {
            shown->UnsetAsSortKey();
        }
    }
    applyFilter();
}

bool QueuePanel::listHasFocus() const {
    return isWithin(FindFocus(), list_);
}
bool QueuePanel::searchHasFocus() const {
    return isWithin(FindFocus(), search_);
}

void QueuePanel::onCharHook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    const wxChar typed = event.GetUnicodeKey();
    const bool plain = event.GetModifiers() == wxMOD_NONE;
    if (plain && searchHasFocus()) {
        if (key == WXK_DOWN || key == WXK_RETURN || key == WXK_NUMPAD_ENTER) {
            focusList();
            return;
        }
        if (key == WXK_ESCAPE) {
            if (search_->GetValue().empty()) {
                focusList();
            } else {
                setSearchText({});
            }
            return;
        }
    } else if (plain && listHasFocus() && onCommandKey) {
        // Letters by their place on the keyboard: A and R are Ф and К in the Russian layout.
        if (key == 'A' || typed == 0x0444 || typed == 0x0424) {
            onCommandKey(QueueKey::approve, 0);
            return;
        }
        if (key == 'R' || typed == 0x043A || typed == 0x041A) {
            onCommandKey(QueueKey::reject, 0);
            return;
        }
        if (key >= '1' && key <= '9') {
            onCommandKey(QueueKey::chooseCandidate, key - '0');
            return;
        }
        if (key >= WXK_NUMPAD1 && key <= WXK_NUMPAD9) {
            onCommandKey(QueueKey::chooseCandidate, key - WXK_NUMPAD0);
            return;
        }
    }
    event.Skip();
}

void QueuePanel::saveLayout() const {
    wxConfigBase* config = wxConfigBase::Get();
    for (unsigned i = 0; i < list_->GetColumnCount(); ++i) {
        const wxDataViewColumn* column = list_->GetColumn(i);
        config->Write(wxString::Format("/Queue/ColumnWidth%u", column->GetModelColumn()), column->GetWidth());
    }
    config->Write("/Queue/SortColumn", static_cast<int>(sortColumn_));
    config->Write("/Queue/SortAscending", ascending_);
    config->Write("/Queue/StatusView", wxString(std::string(toString(filter_.status()))));
}

void QueuePanel::restoreLayout() {
    wxConfigBase* config = wxConfigBase::Get();
    for (unsigned i = 0; i < list_->GetColumnCount(); ++i) {
        wxDataViewColumn* column = list_->GetColumn(i);
        long width = 0;
        if (config->Read(wxString::Format("/Queue/ColumnWidth%u", column->GetModelColumn()), &width) &&
            width > 10) {
            column->SetWidth(static_cast<int>(width));
        }
    }
    long column = 0;
    if (config->Read("/Queue/SortColumn", &column) && column >= 0 && column < queueColumnCount) {
        sortColumn_ = static_cast<QueueColumn>(column);
        ascending_ = config->ReadBool("/Queue/SortAscending", true);
        model_->setSortOrder(sortColumn_, ascending_);
        if (sortColumn_ != QueueColumn::submitted || !ascending_) {
            list_->GetColumn(static_cast<unsigned>(column))->SetSortOrder(ascending_);
        }
    }
    if (const auto view = statusViewFromString(toUtf8(config->Read("/Queue/StatusView", "new")))) {
        filter_.setStatus(*view);
        statusChoice_->SetSelection(static_cast<int>(*view));
    }
}

} // namespace diarydesk::ui
