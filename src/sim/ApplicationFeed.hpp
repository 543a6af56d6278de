#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace diarydesk::sim {

// The server's applications as the pull endpoint pages through them: an append-only feed of
// Application objects, oldest first. An id may come again later with a higher version (a
// withdrawal); the highest version seen is the application's current state, which decisions
// change.
class ApplicationFeed {
public:
    // Each item needs a string `id`, an integer `version` and a string `status`; throws
    // std::invalid_argument naming the item otherwise.
    explicit ApplicationFeed(std::vector<nlohmann::json> items);

    struct Page {
        nlohmann::json items = nlohmann::json::array();
        std::size_t next = 0; // the position the next page starts at
        bool hasMore = false;
    };
    Page page(std::size_t from, std::size_t limit) const;
    std::size_t size() const { return items_.size(); }

    struct State {
        std::string status; // submitted, withdrawn, approved, rejected
        int version = 0;
    };
    // The current state of an application; nullptr when the server does not know it.
    State* find(const std::string& id);

private:
    std::vector<nlohmann::json> items_;
    std::map<std::string, State> current_;
};

} // namespace diarydesk::sim
