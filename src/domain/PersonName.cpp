#include "PersonName.hpp"

#include "text/NameNormaliser.hpp"

namespace diarydesk {

std::string PersonName::full() const {
    std::string text = last;
    for (const std::string* part : {&first, &middle}) {
        if (part->empty()) continue;
        if (!text.empty()) text += ' ';
        text += *part;
    }
    return text;
}

PersonName PersonName::normalised() const {
    return PersonName{normaliseName(last), normaliseName(first), normaliseName(middle)};
}

} // namespace diarydesk
