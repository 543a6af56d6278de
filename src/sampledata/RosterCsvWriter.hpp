#pragma once

#include "Pupil.hpp"
#include "csv/TextEncoding.hpp"

#include <string>
#include <vector>

namespace diarydesk::sampledata {

// How a roster file names its pupils: Фамилия, Имя, Отчество columns or one ФИО column.
enum class RosterCsvLayout { separateNames, fullName };

// A roster CSV file as a school office's export would have it: the header (ID ученика,
// Фамилия/Имя/Отчество or ФИО, Дата рождения, СНИЛС, Класс), birth dates as DD.MM.YYYY,
// SNILS as 123-456-789 64, CRLF line ends, quotes where a value needs them. Returns the bytes
// in `encoding` (a byte order mark only for UTF-8, if asked).
std::string writeRosterCsv(const std::vector<Pupil>& pupils, TextEncoding encoding, char delimiter,
                           RosterCsvLayout layout, bool withIdColumn, bool byteOrderMark);

} // namespace diarydesk::sampledata
