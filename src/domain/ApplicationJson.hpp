#pragma once

#include "Application.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace diarydesk {

// The one decoder of the spec's Application objects: used by the file intake and by the sync
// client alike. Unknown fields are ignored; a missing or malformed required field throws
// ValidationError naming the field ("child.birth_date: …").
Application decodeApplication(const nlohmann::json& item);
nlohmann::json encodeApplication(const Application& application);

// One item of a list that could not be decoded: named by its id when it has one, else by its
// position ("#3", counting from 1).
struct ApplicationItemError {
    std::string reference;
    std::string message;
};

struct DecodedApplications {
    std::vector<Application> items;
    std::vector<ApplicationItemError> errors;
};

// Accepts a JSON array of Application objects or an object with an `items` array (a page of
// the pull endpoint). Throws ValidationError when the document is neither.
DecodedApplications decodeApplicationList(const nlohmann::json& document);

} // namespace diarydesk
