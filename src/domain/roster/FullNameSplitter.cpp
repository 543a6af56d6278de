#include "roster/FullNameSplitter.hpp"

#include "roster/FieldText.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace diarydesk {
namespace {

// The hyphen and the dashes people type between the parts of a double surname.
constexpr std::string_view dashes[] = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"};

bool startsWithDash(std::string_view word) {
    for (const std::string_view dash : dashes) {
        if (word.starts_with(dash)) return true;
    }
    return false;
}

bool endsWithDash(std::string_view word) {
    for (const std::string_view dash : dashes) {
        if (word.ends_with(dash)) return true;
    }
    return false;
}

// Words of the collapsed name, with words that start or end with a dash joined to their
// neighbours.
std::vector<std::string> words(const std::string& collapsed) {
    std::vector<std::string> result;
    std::size_t start = 0;
    bool joinNext = false;
    while (start < collapsed.size()) {
        std::size_t end = collapsed.find(' ', start);
        if (end == std::string::npos) end = collapsed.size();
        std::string word = collapsed.substr(start, end - start);
        const bool joinPrevious = joinNext || startsWithDash(word);
        joinNext = endsWithDash(word);
        if (joinPrevious && !result.empty())
            result.back() += word;
        else
            result.push_back(std::move(word));
        start = end + 1;
    }
    return result;
}

} // namespace

PersonName splitFullName(std::string_view fullName) {
    const std::vector<std::string> parts = words(collapseSpaces(fullName));
    PersonName name;
    if (!parts.empty()) name.last = parts[0];
    if (parts.size() > 1) name.first = parts[1];
    for (std::size_t i = 2; i < parts.size(); ++i) {
        if (!name.middle.empty()) name.middle += ' ';
        name.middle += parts[i];
    }
    return name;
}

} // namespace diarydesk
