#include "MainWindowFixture.hpp"

#include "GuiDriver.hpp"
#include "SampleSchool.hpp"
#include "app/Session.hpp"
#include "detail/DetailPanel.hpp"
#include "main/MainFrame.hpp"
#include "platform/Clock.hpp"
#include "queue/QueuePanel.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/Store.hpp"
#include "storage/StoreLocation.hpp"

#include <wx/dialog.h>

#include <stdexcept>

namespace diarydesk::test {

MainWindowFixture::Preparation MainWindowFixture::defaultPreparation() {
    return [](Store& store, const Clock& clock) { prepareSampleSchool(store, clock); };
}

MainWindowFixture::MainWindowFixture(const Preparation& prepare)
    : databaseFile_((folder_ / "diarydesk.db").string()) {
    {
        const SystemClock clock;
        const std::unique_ptr<Store> store = openStore();
        if (prepare) prepare(*store, clock);
    }
    session_ = std::make_unique<ui::Session>(databaseFile_, "secretary");
    frame_ = new ui::MainFrame(*session_);
    frame_->Show();
    frame_->reloadQueue();
    giveKeyboardFocus(frame_);
    if (!waitUntil([this] { return frame_->queue().loaded(); }))
        throw std::runtime_error("the queue did not load");
    waitForWorker();
}

MainWindowFixture::~MainWindowFixture() {
    // Whatever a failed test left open goes first, then the window, then the worker.
    for (wxWindow* window : wxTopLevelWindows) {
        if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsModal())
            dialog->EndModal(wxID_CANCEL);
    }
    frame_->Destroy();
    pumpEvents();
    session_.reset();
    pumpEvents();
}

void MainWindowFixture::waitForWorker() {
    if (!waitUntil([this] { return session_->worker().outstanding() == 0; })) {
        throw std::runtime_error("the worker did not finish its jobs");
    }
    pumpEvents(std::chrono::milliseconds(20));
}

void MainWindowFixture::select(const std::string& applicationId) {
    frame_->queue().selectApplication(applicationId);
    const bool shown = waitUntil([this, &applicationId] {
        const ui::ApplicationDetail* detail = frame_->detail().detail();
        return detail && detail->summary.id == applicationId;
    });
    if (!shown) throw std::runtime_error("the detail pane did not show " + applicationId);
    waitForWorker();
}

void MainWindowFixture::focusQueue() {
    frame_->queue().focusList();
    pumpEvents();
}

std::unique_ptr<Store> MainWindowFixture::openStore() const {
    return diarydesk::openStore(databaseFile_);
}

ApplicationSummary MainWindowFixture::summaryOf(const std::string& applicationId) const {
    auto summary = openStore()->applications().summary(applicationId);
    if (!summary) throw std::runtime_error("no application " + applicationId);
    return *summary;
}

} // namespace diarydesk::test
