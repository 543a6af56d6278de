#include "SqlitePupilWriter.hpp"

#include "storage/StorageError.hpp"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <utility>

namespace diarydesk {
namespace {

// SOCI declares SQLite's C API in its own namespace.
using namespace sqlite_api;

const char* const insertSql = "INSERT INTO pupils (roster_id, last_name, first_name, middle_name, "
                              "birth_date, snils, snils_flag, class_name,"
                              " present, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
const char* const updateSql =
    "UPDATE pupils SET last_name = ?2, first_name = ?3, middle_name = ?4, birth_date = ?5, snils = ?6,"
    " snils_flag = ?7, class_name = ?8, present = ?9, updated_at = ?10 WHERE roster_id = ?1";

struct StatementDeleter {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

void check(sqlite3* db, int result, const char* what) {
    if (result != SQLITE_OK && result != SQLITE_DONE && result != SQLITE_ROW) {
        throw StorageError(std::string("не удалось записать список учеников (") + what +
                           "): " + sqlite3_errmsg(db));
    }
}

void bindText(sqlite3* db, sqlite3_stmt* statement, int index, const std::string& text) {
    // SQLITE_STATIC: the string outlives the step that reads it.
    check(db, sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC),
          "bind");
}

// The first 16 bytes of a text as two numbers that order like the text (bytes compare
// unsigned; a shorter text is padded with zeros, which sorts it first).
std::pair<std::uint64_t, std::uint64_t> leadingBytes(const std::string& text) {
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    for (std::size_t i = 0; i < 16; ++i) {
        const std::uint64_t byte = i < text.size() ? static_cast<unsigned char>(text[i]) : 0U;
        (i < 8 ? high : low) = (i < 8 ? high : low) << 8 | byte;
    }
    return {high, low};
}

// The pupils table is clustered by roster_id (WITHOUT ROWID): rows that arrive in key order
// are appended to the rightmost leaf instead of splitting pages all over the tree. The sort
// works on the leading bytes of each id, loaded once, so that it does not chase 100,000
// pointers at every comparison.
std::vector<const Pupil*> inKeyOrder(const std::vector<const Pupil*>& pupils) {
    struct Keyed {
        std::pair<std::uint64_t, std::uint64_t> leading;
        const Pupil* pupil;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(pupils.size());
    for (const Pupil* pupil : pupils)
        keyed.push_back({leadingBytes(pupil->rosterId), pupil});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& left, const Keyed& right) {
        if (left.leading != right.leading) return left.leading < right.leading;
        return left.pupil->rosterId < right.pupil->rosterId;
    });
    std::vector<const Pupil*> ordered;
    ordered.reserve(keyed.size());
    for (const Keyed& entry : keyed)
        ordered.push_back(entry.pupil);
    return ordered;
}

} // namespace

void SqlitePupilWriter::write(Mode mode, const std::vector<const Pupil*>& pupils, const std::string& now) {
    if (pupils.empty()) return;
    sqlite3* db = static_cast<soci::sqlite3_session_backend*>(sql_.get_backend())->conn_;
    const char* text = mode == Mode::insert ? insertSql : updateSql;
    spdlog::trace("sql: {} (×{})", text, pupils.size());
    sqlite3_stmt* raw = nullptr;
    check(db, sqlite3_prepare_v2(db, text, -1, &raw, nullptr), "prepare");
    const std::unique_ptr<sqlite3_stmt, StatementDeleter> statement(raw);

    for (const Pupil* row : inKeyOrder(pupils)) {
        const Pupil& pupil = *row;
        const std::string birthDate = pupil.birthDate.iso();
        const std::string flag(toString(pupil.snilsFlag));
        bindText(db, raw, 1, pupil.rosterId);
        bindText(db, raw, 2, pupil.name.last);
        bindText(db, raw, 3, pupil.name.first);
        bindText(db, raw, 4, pupil.name.middle);
        bindText(db, raw, 5, birthDate);
        bindText(db, raw, 6, pupil.snils);
        bindText(db, raw, 7, flag);
        bindText(db, raw, 8, pupil.className);
        check(db, sqlite3_bind_int(raw, 9, pupil.present ? 1 : 0), "bind");
        bindText(db, raw, 10, now);
        check(db, sqlite3_step(raw), pupil.rosterId.c_str());
        sqlite3_reset(raw);
    }
}

} // namespace diarydesk
