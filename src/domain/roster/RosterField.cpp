#include "roster/RosterParser.hpp"

namespace diarydesk {

std::string_view toString(RosterField field) {
    switch (field) {
    case RosterField::rosterId:
        return "roster_id";
    case RosterField::lastName:
        return "last_name";
    case RosterField::firstName:
        return "first_name";
    case RosterField::middleName:
        return "middle_name";
    case RosterField::fullName:
        return "full_name";
    case RosterField::birthDate:
        return "birth_date";
    case RosterField::snils:
        return "snils";
    case RosterField::className:
        return "class";
    }
    return "";
}

} // namespace diarydesk
