#include "RosterCsvWriter.hpp"

#include "SnilsNumber.hpp"
#include "csv/CsvWriter.hpp"
#include "csv/TextCodec.hpp"

namespace diarydesk::sampledata {

std::string writeRosterCsv(const std::vector<Pupil>& pupils, TextEncoding encoding, char delimiter,
                           RosterCsvLayout layout, bool withIdColumn, bool byteOrderMark) {
    CsvWriter writer(delimiter);
    writer.reserve(pupils.size() * 128 + 128);
    if (withIdColumn) writer.addField("ID ученика");
    if (layout == RosterCsvLayout::separateNames) {
        writer.addField("Фамилия");
        writer.addField("Имя");
        writer.addField("Отчество");
    } else {
        writer.addField("ФИО");
    }
    writer.addField("Дата рождения");
    writer.addField("СНИЛС");
    writer.addField("Класс");
    writer.endRecord();

    for (const Pupil& pupil : pupils) {
        if (withIdColumn) writer.addField(pupil.rosterId);
        if (layout == RosterCsvLayout::separateNames) {
            writer.addField(pupil.name.last);
            writer.addField(pupil.name.first);
            writer.addField(pupil.name.middle);
        } else {
            writer.addField(pupil.name.full());
        }
        writer.addField(pupil.birthDate.display());
        const auto snils = SnilsNumber::tryParse(pupil.snils);
        writer.addField(snils ? snils->formatted() : pupil.snils);
        writer.addField(pupil.className);
        writer.endRecord();
    }
    return encodeFileText(writer.text(), encoding, byteOrderMark);
}

} // namespace diarydesk::sampledata
