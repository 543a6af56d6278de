#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace diarydesk::ui {

// What staff type into the search box, made comparable with the queue's keys: names are folded the
// way matching folds them (case, ё/е, spaces, Latin look-alikes), a query of digits and separators
// is looked up in SNILS numbers and application ids.
struct SearchQuery {
    std::vector<std::string> words; // every word must occur in the text key
    std::string digits;             // when the query is a number: its digits
    bool empty() const { return words.empty() && digits.empty(); }
};

SearchQuery parseSearchQuery(std::string_view typed);
std::string normaliseSearchText(std::string_view text);
std::string digitsOf(std::string_view text);

} // namespace diarydesk::ui
