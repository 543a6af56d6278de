#pragma once

#include "logic/QueueCounts.hpp"
#include "logic/QueueFilter.hpp"
#include "queue/QueueModel.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxChoice;
class wxDataViewCtrl;
class wxSearchCtrl;
class wxStaticText;

namespace diarydesk::ui {

// Keys pressed in the queue that mean a command: approve, reject, choose candidate N.
enum class QueueKey { approve, reject, chooseCandidate };

// The application queue: the search box, the status and verdict filters with their counts, the
// counts line and the virtual list. Tells the frame when the selection changes and when a
// command key is pressed while the list has the focus.
class QueuePanel : public wxPanel {
public:
    explicit QueuePanel(wxWindow* parent);

    std::function<void(const QueueRow* row)> onSelectionChanged;
    std::function<void(QueueKey key, int number)> onCommandKey;
    // After every change of what is visible (for the "approve all confirmed (N)" count).
    std::function<void()> onViewChanged;

    // Replaces all rows, keeping the selected application selected when it is still shown.
    void setRows(std::vector<QueueRow> rows);
    // Replaces one row, re-filters, and selects the row that followed `decidedId` before.
    void updateAfterDecision(QueueRow row);
    void selectApplication(const std::string& applicationId);

    const QueueRow* selectedRow() const;
    // The new, confirmed applications among those shown: what "approve all confirmed" takes.
    std::vector<std::string> confirmedInView() const;
    unsigned visibleCount() const { return model_->visibleCount(); }
    const QueueModel& model() const { return *model_; }
    bool loaded() const { return loaded_; }

    void setSearchText(const wxString& text);
    void setStatusView(StatusView view);
    StatusView statusView() const { return filter_.status(); }
    void focusSearch();
    void focusList();

    void saveLayout() const;
    void restoreLayout();

private:
    void buildColumns();
    void applyFilter();
    void updateCounts();
    void selectPosition(unsigned position);
    void notifySelection();
    void onHeaderClick(int column);
    void onCharHook(wxKeyEvent& event);
    bool listHasFocus() const;
    bool searchHasFocus() const;

    wxSearchCtrl* search_ = nullptr;
    wxChoice* statusChoice_ = nullptr;
    wxChoice* verdictChoice_ = nullptr;
    wxStaticText* counts_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    wxObjectDataPtr<QueueModel> model_;
    QueueFilter filter_;
    QueueColumn sortColumn_ = QueueColumn::submitted;
    bool ascending_ = true;
    bool loaded_ = false;
    std::string selectedId_;
};

} // namespace diarydesk::ui
