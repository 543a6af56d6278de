#include "app/Session.hpp"

namespace diarydesk::ui {

Session::Session(std::string databaseLocation, std::string staffName)
    : databaseLocation_(std::move(databaseLocation))
    , staffName_(std::move(staffName))
    , worker_(std::make_unique<BackgroundWorker>(databaseLocation_, clock_)) {}

void Session::switchDatabase(std::string databaseLocation) {
    databaseLocation_ = std::move(databaseLocation);
    worker_ = std::make_unique<BackgroundWorker>(databaseLocation_, clock_);
}

} // namespace diarydesk::ui
