#include "SociRosterRepository.hpp"

#include "SqlitePupilWriter.hpp"

#include <soci/soci.h>

namespace diarydesk {
namespace {

// Rows move in batches through vectors: SOCI then runs one prepared statement for the batch,
// which keeps a 100,000-pupil import in the same league as sqlite3's own .import.
constexpr std::size_t batchSize = 4096;

struct PupilColumns {
    std::vector<std::string> rosterId, lastName, firstName, middleName, birthDate, snils, snilsFlag,
        className;
    std::vector<int> present;

    void resize(std::size_t size) {
        for (auto* column :
             {&rosterId, &lastName, &firstName, &middleName, &birthDate, &snils, &snilsFlag, &className}) {
            column->resize(size);
        }
        present.resize(size);
    }

    void append(const Pupil& pupil) {
        rosterId.push_back(pupil.rosterId);
        lastName.push_back(pupil.name.last);
        firstName.push_back(pupil.name.first);
        middleName.push_back(pupil.name.middle);
        birthDate.push_back(pupil.birthDate.iso());
        snils.push_back(pupil.snils);
        snilsFlag.push_back(std::string(toString(pupil.snilsFlag)));
        className.push_back(pupil.className);
        present.push_back(pupil.present ? 1 : 0);
    }

    Pupil at(std::size_t i) const {
        Pupil pupil;
        pupil.rosterId = rosterId[i];
        pupil.name = PersonName{lastName[i], firstName[i], middleName[i]};
        pupil.birthDate = CalendarDate::parse(birthDate[i]);
        pupil.snils = snils[i];
        pupil.snilsFlag = snilsFlagFromString(snilsFlag[i]);
        pupil.className = className[i];
        pupil.present = present[i] != 0;
        return pupil;
    }
};

const std::string pupilColumns =
    "roster_id, last_name, first_name, middle_name, birth_date, snils, snils_flag, class_name, present";

} // namespace

std::vector<Pupil> SociRosterRepository::select(const std::string& where, const std::string& parameter) {
    PupilColumns columns;
    columns.resize(batchSize);
    std::string query = "SELECT " + pupilColumns + " FROM pupils";
    if (!where.empty()) query += " WHERE " + where;
    query += " ORDER BY roster_id";
    std::string bound = parameter;
    soci::statement statement(sql_);
    statement.exchange(soci::into(columns.rosterId));
    statement.exchange(soci::into(columns.lastName));
    statement.exchange(soci::into(columns.firstName));
    statement.exchange(soci::into(columns.middleName));
    statement.exchange(soci::into(columns.birthDate));
    statement.exchange(soci::into(columns.snils));
    statement.exchange(soci::into(columns.snilsFlag));
    statement.exchange(soci::into(columns.className));
    statement.exchange(soci::into(columns.present));
    if (where.find(':') != std::string::npos) statement.exchange(soci::use(bound));
    statement.alloc();
    statement.prepare(query);
    statement.define_and_bind();
    statement.execute();
    std::vector<Pupil> pupils;
    while (statement.fetch()) {
        for (std::size_t i = 0; i < columns.rosterId.size(); ++i)
            pupils.push_back(columns.at(i));
        columns.resize(batchSize);
    }
    return pupils;
}

std::vector<Pupil> SociRosterRepository::all() {
    return select("", "");
}

std::vector<Pupil> SociRosterRepository::present(const std::optional<std::string>& className) {
    if (className) return select("present = 1 AND class_name = :class_name", *className);
    return select("present = 1", "");
}

std::optional<Pupil> SociRosterRepository::find(const std::string& rosterId) {
    auto pupils = select("roster_id = :roster_id", rosterId);
    if (pupils.empty()) return std::nullopt;
    return pupils.front();
}

void SociRosterRepository::write(const std::string& statementText, const std::vector<const Pupil*>& pupils,
                                 std::int64_t revision) {
    for (std::size_t start = 0; start < pupils.size(); start += batchSize) {
        const std::size_t end = std::min(pupils.size(), start + batchSize);
        PupilColumns columns;
        for (std::size_t i = start; i < end; ++i)
            columns.append(*pupils[i]);
        std::vector<long long> changedIn(end - start, revision);
        sql_ << statementText, soci::use(columns.rosterId, "roster_id"),
            soci::use(columns.lastName, "last_name"), soci::use(columns.firstName, "first_name"),
            soci::use(columns.middleName, "middle_name"), soci::use(columns.birthDate, "birth_date"),
            soci::use(columns.snils, "snils"), soci::use(columns.snilsFlag, "snils_flag"),
            soci::use(columns.className, "class_name"), soci::use(columns.present, "present"),
            soci::use(changedIn, "changed_in");
    }
}

void SociRosterRepository::insert(const std::vector<const Pupil*>& pupils, std::int64_t revision) {
    if (backend_ == SqlBackend::sqlite)
        return SqlitePupilWriter(sql_).write(SqlitePupilWriter::Mode::insert, pupils, revision);
    write("INSERT INTO pupils (" + pupilColumns +
              ", changed_in) VALUES (:roster_id, :last_name, :first_name, :middle_name, :birth_date, :snils,"
              " :snils_flag, :class_name, :present, :changed_in)",
          pupils, revision);
}

void SociRosterRepository::update(const std::vector<const Pupil*>& pupils, std::int64_t revision) {
    if (backend_ == SqlBackend::sqlite)
        return SqlitePupilWriter(sql_).write(SqlitePupilWriter::Mode::update, pupils, revision);
    write("UPDATE pupils SET last_name = :last_name, first_name = :first_name, middle_name = :middle_name,"
          " birth_date = :birth_date, snils = :snils, snils_flag = :snils_flag, class_name = :class_name,"
          " present = :present, changed_in = :changed_in WHERE roster_id = :roster_id",
          pupils, revision);
}

std::optional<std::int64_t> SociRosterRepository::changedIn(const std::string& rosterId) {
    long long revision = 0;
    soci::indicator found = soci::i_null;
    sql_ << "SELECT changed_in FROM pupils WHERE roster_id = :roster_id", soci::use(rosterId),
        soci::into(revision, found);
    if (!sql_.got_data() || found != soci::i_ok) return std::nullopt;
    return revision;
}

void SociRosterRepository::markLeft(const std::vector<std::string>& rosterIds, std::int64_t revision) {
    for (std::size_t start = 0; start < rosterIds.size(); start += batchSize) {
        const std::size_t end = std::min(rosterIds.size(), start + batchSize);
        std::vector<std::string> ids(rosterIds.begin() + static_cast<std::ptrdiff_t>(start),
                                     rosterIds.begin() + static_cast<std::ptrdiff_t>(end));
        std::vector<long long> changedIn(ids.size(), revision);
        sql_ << "UPDATE pupils SET present = 0, changed_in = :changed_in WHERE roster_id = :roster_id",
            soci::use(changedIn, "changed_in"), soci::use(ids, "roster_id");
    }
}

std::int64_t SociRosterRepository::recordImport(const RosterImportRecord& record) {
    long long revision = 0;
    sql_ << "INSERT INTO roster_imports (imported_at, imported_by, source_name, encoding, added, updated, "
            "unchanged,"
            " left_school, errors, warnings) VALUES (:imported_at, :imported_by, :source_name, :encoding, "
            ":added,"
            " :updated, :unchanged, :left_school, :errors, :warnings) RETURNING revision",
        soci::use(record.importedAt), soci::use(record.importedBy), soci::use(record.sourceName),
        soci::use(record.encoding), soci::use(record.added), soci::use(record.updated),
        soci::use(record.unchanged), soci::use(record.left), soci::use(record.errors),
        soci::use(record.warnings), soci::into(revision);
    return revision;
}

std::int64_t SociRosterRepository::currentRevision() {
    long long revision = 0;
    soci::indicator indicator = soci::i_null;
    sql_ << "SELECT MAX(revision) FROM roster_imports", soci::into(revision, indicator);
    return indicator == soci::i_ok ? revision : 0;
}

std::optional<RosterImportRecord> SociRosterRepository::lastImport() {
    RosterImportRecord record;
    long long revision = 0;
    sql_ << "SELECT revision, imported_at, imported_by, source_name, encoding, added, updated, unchanged, "
            "left_school,"
            " errors, warnings FROM roster_imports ORDER BY revision DESC LIMIT 1",
        soci::into(revision), soci::into(record.importedAt), soci::into(record.importedBy),
        soci::into(record.sourceName), soci::into(record.encoding), soci::into(record.added),
        soci::into(record.updated), soci::into(record.unchanged), soci::into(record.left),
        soci::into(record.errors), soci::into(record.warnings);
    if (!sql_.got_data()) return std::nullopt;
    record.revision = revision;
    return record;
}

} // namespace diarydesk
