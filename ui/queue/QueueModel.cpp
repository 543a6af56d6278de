#include "queue/QueueModel.hpp"

#include "common/Icons.hpp"
#include "logic/DisplayTexts.hpp"
#include "logic/VerdictStyle.hpp"
#include "logic/WxText.hpp"

namespace diarydesk::ui {
namespace {

std::size_t verdictSlot(const std::optional<Verdict>& verdict) {
    return verdict ? static_cast<std::size_t>(*verdict) : 5;
}

} // namespace

QueueModel::QueueModel()
    : wxDataViewVirtualListModel(0) {
    for (const std::optional<Verdict> verdict :
         {std::optional<Verdict>(Verdict::confirmed), std::optional<Verdict>(Verdict::probable),
          std::optional<Verdict>(Verdict::ambiguous), std::optional<Verdict>(Verdict::conflict),
          std::optional<Verdict>(Verdict::notFound), std::optional<Verdict>()}) {
        verdictIcons_[verdictSlot(verdict)] = icon(verdictIconName(verdict), 16);
    }
}

void QueueModel::setRows(std::vector<QueueRow> rows) {
    rows_ = std::move(rows);
}

bool QueueModel::updateRow(QueueRow row) {
    for (QueueRow& existing : rows_) {
        if (existing.summary.id == row.summary.id) {
            existing = std::move(row);
            return true;
        }
    }
    return false;
}

void QueueModel::setSortOrder(QueueColumn column, bool ascending) {
    sortColumn_ = column;
    ascending_ = ascending;
}

void QueueModel::refresh(const QueueFilter& filter) {
    visible_.clear();
    for (std::uint32_t index = 0; index < rows_.size(); ++index) {
        if (filter.matches(rows_[index])) visible_.push_back(index);
    }
    if (!(sortColumn_ == QueueColumn::submitted && ascending_))
        sortQueue(visible_, rows_, sortColumn_, ascending_);
    Reset(visibleCount());
}

std::optional<unsigned> QueueModel::positionOf(const std::string& applicationId) const {
    for (unsigned position = 0; position < visible_.size(); ++position) {
        if (rows_[visible_[position]].summary.id == applicationId) return position;
    }
    return std::nullopt;
}

void QueueModel::GetValueByRow(wxVariant& value, unsigned row, unsigned column) const {
    if (row >= visible_.size()) return;
    const QueueRow& queueRow = rows_[visible_[row]];
    const ApplicationSummary& summary = queueRow.summary;
    switch (static_cast<QueueColumn>(column)) {
    case QueueColumn::submitted:
        value = instantDisplay(summary.submittedAt);
        break;
    case QueueColumn::child:
        value = fromUtf8(summary.child.full());
        break;
    case QueueColumn::birthDate:
        value = fromUtf8(summary.childBirthDate.display());
        break;
    case QueueColumn::className:
        value = fromUtf8(queueRow.shownClass());
        break;
    case QueueColumn::applicant:
        value = fromUtf8(summary.applicant.full()) + " (" + relationLabel(summary.relation) + ")";
        break;
    case QueueColumn::verdict:
        value << wxDataViewIconText(verdictLabel(summary.verdict),
                                    verdictIcons_[verdictSlot(summary.verdict)]);
        break;
    case QueueColumn::status:
        value = queueStatusLabel(summary.status);
        break;
    case QueueColumn::id:
        value = fromUtf8(summary.id);
        break;
    }
}

bool QueueModel::GetAttrByRow(unsigned row, unsigned column, wxDataViewItemAttr& attr) const {
    if (row >= visible_.size()) return false;
    const ApplicationSummary& summary = rows_[visible_[row]].summary;
    switch (summary.status) {
    case QueueStatus::fresh:
        if (static_cast<QueueColumn>(column) == QueueColumn::child) {
            attr.SetBold(true);
            return true;
        }
        return false;
    case QueueStatus::conflict:
    case QueueStatus::failed:
        attr.SetColour(wxColour(0xB7, 0x1C, 0x1C));
        return true;
    case QueueStatus::withdrawn:
        attr.SetColour(wxColour(0x80, 0x80, 0x80));
        attr.SetItalic(true);
        return true;
    case QueueStatus::decided:
    case QueueStatus::sent:
        return false;
    }
    return false;
}

} // namespace diarydesk::ui
