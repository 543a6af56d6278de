#include "roster/RosterRowConverter.hpp"

#include "ValidationError.hpp"
#include "roster/FieldText.hpp"
#include "roster/FullNameSplitter.hpp"

namespace diarydesk {
namespace {

bool allBlank(const CsvRecord& record) {
    for (const std::string_view value : record.fields) {
        if (!isBlank(value)) return false;
    }
    return true;
}

std::string headerOf(const RosterParseResult& result, RosterField which) {
    const auto it = result.mapping.find(which);
    if (it == result.mapping.end()) return {};
    if (it->second < result.header.size()) return result.header[it->second];
    return "столбец " + std::to_string(it->second + 1);
}

} // namespace

RosterRowConverter::RosterRowConverter(RosterParseResult& result, std::size_t expectedRows)
    : result_(result)
    , separateNameColumns_(result.mapping.contains(RosterField::lastName) &&
                           result.mapping.contains(RosterField::firstName))
    , snilsChecker_(headerOf(result, RosterField::snils), expectedRows)
    , idDeriver_(expectedRows) {
    for (std::size_t field = 0; field < columnNames_.size(); ++field) {
        columnNames_[field] = headerOf(result, static_cast<RosterField>(field));
    }
}

std::string_view RosterRowConverter::field(const CsvRecord& record, RosterField which) const {
    const auto it = result_.mapping.find(which);
    if (it == result_.mapping.end() || it->second >= record.fields.size()) return {};
    return record.fields[it->second];
}

const std::string& RosterRowConverter::columnName(RosterField which) const {
    return columnNames_[static_cast<std::size_t>(which)];
}

void RosterRowConverter::readName(const CsvRecord& record, Pupil& pupil,
                                  std::vector<Problem>& problems) const {
    RosterField lastField = RosterField::lastName;
    RosterField firstField = RosterField::firstName;
    if (separateNameColumns_) {
        pupil.name.last = collapseSpaces(field(record, RosterField::lastName));
        pupil.name.first = collapseSpaces(field(record, RosterField::firstName));
        pupil.name.middle = collapseSpaces(field(record, RosterField::middleName));
    } else {
        pupil.name = splitFullName(field(record, RosterField::fullName));
        lastField = firstField = RosterField::fullName;
    }
    if (pupil.name.last.empty()) problems.push_back({lastField, "не указана фамилия"});
    if (pupil.name.first.empty()) problems.push_back({firstField, "не указано имя"});
}

void RosterRowConverter::readBirthDate(const CsvRecord& record, Pupil& pupil,
                                       std::vector<Problem>& problems) const {
    const std::string_view written = field(record, RosterField::birthDate);
    if (isBlank(written)) {
        problems.push_back({RosterField::birthDate, "не указана дата рождения"});
        return;
    }
    if (const auto date = CalendarDate::tryParse(written)) {
        pupil.birthDate = *date;
        return;
    }
    try {
        pupil.birthDate = CalendarDate::parse(written);
    } catch (const ValidationError& error) {
        problems.push_back({RosterField::birthDate, std::string("неверная дата рождения: ") + error.what()});
    }
}

void RosterRowConverter::reject(const CsvRecord& record, const std::string& column,
                                const std::string& message) {
    result_.errors.push_back({record.line, column, message});
    RejectedRow rejected;
    rejected.line = record.line;
    rejected.fields.assign(record.fields.begin(), record.fields.end());
    rejected.reason = message;
    result_.rejected.push_back(std::move(rejected));
}

void RosterRowConverter::warnAboutExtraFields(const CsvRecord& record) {
    // A trailing delimiter only adds empty fields; values past the header are worth a word,
    // as they usually mean an unquoted delimiter inside a value shifted the row.
    for (std::size_t i = result_.header.size(); i < record.fields.size(); ++i) {
        if (isBlank(record.fields[i])) continue;
        result_.warnings.push_back({record.line, "",
                                    "в строке " + std::to_string(record.fields.size()) +
                                        " значений, а в заголовке " + std::to_string(result_.header.size()) +
                                        " столбцов: значения сверх заголовка не загружены"});
        return;
    }
}

void RosterRowConverter::convert(const CsvRecord& record) {
    if (allBlank(record)) return;
    if (record.unterminatedQuote) {
        reject(record, "",
               "кавычка, открытая в этой записи, не закрыта до конца файла: всё после неё прочитано "
               "как одно значение");
        return;
    }

    RosterRow row;
    row.line = record.line;
    Pupil& pupil = row.pupil;
    std::vector<Problem> problems;
    readName(record, pupil, problems);
    readBirthDate(record, pupil, problems);

    std::string givenId;
    if (result_.mapping.contains(RosterField::rosterId)) {
        givenId = collapseSpaces(field(record, RosterField::rosterId));
        if (!givenId.empty() && problems.empty()) {
            if (const auto earlier = idDeriver_.claim(givenId, record.line)) {
                problems.push_back({RosterField::rosterId, "такой же идентификатор «" + givenId +
                                                               "» уже указан в строке " +
                                                               std::to_string(*earlier)});
            }
        }
    }

    if (!problems.empty()) {
        std::string message;
        for (const Problem& problem : problems) {
            if (!message.empty()) message += "; ";
            message += problem.message;
        }
        reject(record, columnName(problems.front().field), message);
        return;
    }

    warnAboutExtraFields(record);
    pupil.className = collapseSpaces(field(record, RosterField::className));
    pupil.present = true;
    snilsChecker_.check(field(record, RosterField::snils), result_.rows.size(), record.line, pupil,
                        result_.warnings);
    if (!givenId.empty()) {
        pupil.rosterId = std::move(givenId);
    } else {
        pupil.rosterId = idDeriver_.derive(pupil, record.line);
        row.rosterIdDerived = true;
        if (result_.mapping.contains(RosterField::rosterId)) {
            result_.warnings.push_back(
                {record.line, columnName(RosterField::rosterId),
                 "идентификатор не указан: он составлен из ФИО и даты рождения (" + pupil.rosterId + ")"});
        }
    }
    result_.rows.push_back(std::move(row));
}

void RosterRowConverter::finish() {
    snilsChecker_.finish(result_.rows, result_.warnings);
}

} // namespace diarydesk
