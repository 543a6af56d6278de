#include "ApplicationFeed.hpp"

#include <algorithm>
#include <stdexcept>

namespace diarydesk::sim {

ApplicationFeed::ApplicationFeed(std::vector<nlohmann::json> items)
    : items_(std::move(items)) {
    for (std::size_t index = 0; index < items_.size(); ++index) {
        const nlohmann::json& item = items_[index];
        const bool usable = item.is_object() && item.contains("id") && item["id"].is_string() &&
                            item.contains("version") && item["version"].is_number_integer() &&
                            item.contains("status") && item["status"].is_string();
        if (!usable) {
            throw std::invalid_argument("application #" + std::to_string(index + 1) +
                                        ": id (string), version (integer) and status (string) are required");
        }
        State& state = current_[item["id"].get<std::string>()];
        const int version = item["version"].get<int>();
        if (version >= state.version) state = State{item["status"].get<std::string>(), version};
    }
}

ApplicationFeed::Page ApplicationFeed::page(std::size_t from, std::size_t limit) const {
    Page page;
    const std::size_t start = std::min(from, items_.size());
    const std::size_t end = std::min(items_.size(), start + limit);
    for (std::size_t index = start; index < end; ++index)
        page.items.push_back(items_[index]);
    page.next = end;
    page.hasMore = end < items_.size();
    return page;
}

ApplicationFeed::State* ApplicationFeed::find(const std::string& id) {
    const auto found = current_.find(id);
    return found == current_.end() ? nullptr : &found->second;
}

} // namespace diarydesk::sim
