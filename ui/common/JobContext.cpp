#include "common/JobContext.hpp"

#include "logic/WxText.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <wx/intl.h>

namespace diarydesk::ui {
namespace {

// The core names its stages in English words for logs; the window shows its own.
wxString stageText(std::string_view stage) {
    if (stage == "reading") return _("Reading the file");
    if (stage == "comparing") return _("Comparing with the roster");
    if (stage == "writing") return _("Saving");
    if (stage == "loading roster") return _("Loading the roster");
    if (stage == "matching") return _("Matching applications");
    if (stage == "saving") return _("Saving");
    if (stage == "done") return _("Done");
    return fromUtf8(stage);
}

} // namespace

JobContext::JobContext(std::string databaseLocation, const Clock& clock)
    : databaseLocation_(std::move(databaseLocation))
    , clock_(clock) {}

JobContext::~JobContext() = default;

Store& JobContext::store() {
    if (!store_) store_ = openStore(databaseLocation_);
    return *store_;
}

void JobContext::dropStore() {
    store_.reset();
}

ProgressCallback JobContext::progress() {
    return [this](double fraction, std::string_view stage) { return report(fraction, stageText(stage)); };
}

bool JobContext::report(double fraction, const wxString& stage) {
    if (sink_) sink_(fraction, stage);
    return !cancelled();
}

void JobContext::begin(const std::atomic<bool>* cancelled, ProgressSink sink) {
    cancelled_ = cancelled;
    sink_ = std::move(sink);
}

void JobContext::end() {
    cancelled_ = nullptr;
    sink_ = nullptr;
}

} // namespace diarydesk::ui
