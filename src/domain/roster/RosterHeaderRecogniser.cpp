#include "roster/RosterHeaderRecogniser.hpp"

#include "ValidationError.hpp"
#include "text/NameNormaliser.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace diarydesk {
namespace {

// Header texts in their normalised form (lower case, ё → е, single spaces).
constexpr std::array<std::pair<std::string_view, RosterField>, 37> headerNames{{
    {"id", RosterField::rosterId},
    {"id ученика", RosterField::rosterId},
    {"код", RosterField::rosterId},
    {"код ученика", RosterField::rosterId},
    {"идентификатор", RosterField::rosterId},
    {"идентификатор ученика", RosterField::rosterId},
    {"roster_id", RosterField::rosterId},
    {"фамилия", RosterField::lastName},
    {"last_name", RosterField::lastName},
    {"last name", RosterField::lastName},
    {"surname", RosterField::lastName},
    {"имя", RosterField::firstName},
    {"first_name", RosterField::firstName},
    {"first name", RosterField::firstName},
    {"отчество", RosterField::middleName},
    {"middle_name", RosterField::middleName},
    {"middle name", RosterField::middleName},
    {"patronymic", RosterField::middleName},
    {"фио", RosterField::fullName},
    {"ф.и.о.", RosterField::fullName},
    {"ф. и. о.", RosterField::fullName},
    {"фио ученика", RosterField::fullName},
    {"фамилия имя отчество", RosterField::fullName},
    {"full_name", RosterField::fullName},
    {"full name", RosterField::fullName},
    {"дата рождения", RosterField::birthDate},
    {"birth_date", RosterField::birthDate},
    {"birth date", RosterField::birthDate},
    {"birthdate", RosterField::birthDate},
    {"date of birth", RosterField::birthDate},
    {"снилс", RosterField::snils},
    {"снилс ученика", RosterField::snils},
    {"snils", RosterField::snils},
    {"класс", RosterField::className},
    {"class", RosterField::className},
    {"class_name", RosterField::className},
    {"group", RosterField::className},
}};

std::optional<RosterField> fieldForHeader(const std::string& text) {
    const std::string normalised = normaliseName(text);
    for (const auto& [name, field] : headerNames) {
        if (name == normalised) return field;
    }
    return std::nullopt;
}

std::string listHeader(const std::vector<std::string>& header) {
    if (header.empty()) return "пустой";
    std::string text;
    for (const std::string& column : header) {
        if (!text.empty()) text += ", ";
        text += "«" + column + "»";
    }
    return text;
}

} // namespace

ColumnMapping recogniseRosterHeader(const std::vector<std::string>& header) {
    ColumnMapping mapping;
    for (std::size_t column = 0; column < header.size(); ++column) {
        if (const auto field = fieldForHeader(header[column])) mapping.emplace(*field, column);
    }
    const bool separateNames =
        mapping.contains(RosterField::lastName) && mapping.contains(RosterField::firstName);
    if (separateNames) {
        mapping.erase(RosterField::fullName);
    } else if (mapping.contains(RosterField::fullName)) {
        mapping.erase(RosterField::lastName);
        mapping.erase(RosterField::firstName);
        mapping.erase(RosterField::middleName);
    }
    return mapping;
}

void requireCompleteMapping(const ColumnMapping& mapping, const std::vector<std::string>& header) {
    std::string missing;
    const bool separateNames =
        mapping.contains(RosterField::lastName) && mapping.contains(RosterField::firstName);
    if (!separateNames && !mapping.contains(RosterField::fullName)) {
        if (mapping.contains(RosterField::lastName))
            missing = "«Имя»";
        else if (mapping.contains(RosterField::firstName))
            missing = "«Фамилия»";
        else
            missing = "«Фамилия» и «Имя» (или «ФИО»)";
    }
    if (!mapping.contains(RosterField::birthDate)) {
        if (!missing.empty()) missing += ", ";
        missing += "«Дата рождения»";
    }
    if (!missing.empty()) {
        throw ValidationError(
            "в файле списка учеников нет столбцов: " + missing +
            ". Первая строка файла должна быть заголовком; прочитан заголовок: " + listHeader(header));
    }
}

} // namespace diarydesk
