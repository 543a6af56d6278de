#include "RosterImportService.hpp"

#include "MatchService.hpp"
#include "ValidationError.hpp"
#include "platform/Clock.hpp"
#include "platform/FileReading.hpp"
#include "storage/AuditLog.hpp"
#include "storage/RosterRepository.hpp"
#include "storage/Store.hpp"
#include "text/NameNormaliser.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <set>
#include <unordered_map>
#include <unordered_set>

namespace diarydesk {
namespace {

// The added and updated pupils by address: they stay in the parsed rows.
struct RosterChanges {
    std::vector<const Pupil*> added;
    std::vector<const Pupil*> updated;
    std::vector<std::string> left;
    int unchanged = 0;
};

// Pupils whose row in the new file was rejected must not be marked as having left just
// because of a typo in their row: matched by roster id when the file has an id column, else by
// normalised last and first name.
struct RejectedIdentities {
    std::set<std::string> rosterIds;
    std::set<std::string> names;

    bool covers(const Pupil& pupil) const {
        return rosterIds.count(pupil.rosterId) > 0 ||
               names.count(normaliseName(pupil.name.last) + '|' + normaliseName(pupil.name.first)) > 0;
    }
};

RejectedIdentities rejectedIdentities(const RosterParseResult& parsed) {
    RejectedIdentities identities;
    const auto column = [&parsed](RosterField field) -> std::optional<std::size_t> {
        const auto it = parsed.mapping.find(field);
        return it == parsed.mapping.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    };
    const auto field = [](const RejectedRow& row, std::optional<std::size_t> index) {
        return index && *index < row.fields.size() ? row.fields[*index] : std::string{};
    };
    for (const RejectedRow& row : parsed.rejected) {
        if (const std::string id = field(row, column(RosterField::rosterId)); !id.empty()) {
            identities.rosterIds.insert(id);
        }
        std::string last = field(row, column(RosterField::lastName));
        std::string first = field(row, column(RosterField::firstName));
        if (const auto full = column(RosterField::fullName)) {
            const std::string name = normaliseName(field(row, full));
            const auto space = name.find(' ');
            last = name.substr(0, space);
            first = space == std::string::npos
                        ? ""
                        : name.substr(space + 1, name.find(' ', space + 1) - space - 1);
        }
        if (!last.empty()) identities.names.insert(normaliseName(last) + '|' + normaliseName(first));
    }
    return identities;
}

RosterChanges compare(const std::vector<Pupil>& existing, const RosterParseResult& parsed) {
    RosterChanges changes;
    if (!existing.empty()) {
        std::unordered_set<std::string_view> seen;
        seen.reserve(parsed.rows.size());
        for (const RosterRow& row : parsed.rows)
            seen.insert(row.pupil.rosterId);
        const RejectedIdentities rejected = rejectedIdentities(parsed);
        for (const Pupil& pupil : existing) {
            if (pupil.present && seen.count(pupil.rosterId) == 0 && !rejected.covers(pupil)) {
                changes.left.push_back(pupil.rosterId);
            }
        }
    }

    std::unordered_map<std::string_view, const Pupil*> byId;
    byId.reserve(existing.size());
    for (const Pupil& pupil : existing)
        byId.emplace(pupil.rosterId, &pupil);
    if (existing.empty()) changes.added.reserve(parsed.rows.size()); // a fresh database: all rows
    for (const RosterRow& row : parsed.rows) {
        const auto it = byId.find(row.pupil.rosterId);
        if (it == byId.end()) {
            changes.added.push_back(&row.pupil);
        } else if (!(*it->second == row.pupil)) {
            changes.updated.push_back(&row.pupil);
        } else {
            ++changes.unchanged;
        }
    }
    return changes;
}

} // namespace

RosterImportService::RosterImportService(Store& store, const Clock& clock, MatchService* matching)
    : store_(store)
    , clock_(clock)
    , matching_(matching) {}

RosterImportReport RosterImportService::importFile(const std::filesystem::path& file,
                                                   RosterImportOptions options,
                                                   const ProgressCallback& progress) {
    if (options.sourceName.empty()) options.sourceName = file.filename().string();
    return importBytes(readWholeFile(file), options, progress);
}

RosterImportReport RosterImportService::importBytes(std::string_view bytes,
                                                    const RosterImportOptions& options,
                                                    const ProgressCallback& progress) {
    reportProgress(progress, 0.0, "reading");
    const RosterParseResult parsed = parseRoster(bytes, options.parse);
    reportProgress(progress, 0.3, "comparing");

    RosterImportReport report;
    report.encoding = parsed.encoding;
    report.delimiter = parsed.delimiter;
    report.errors = parsed.errors;
    report.warnings = parsed.warnings;
    report.dryRun = options.dryRun;
    if (!parsed.rejected.empty()) report.rejectedCsv = writeRejectedRows(parsed);

    auto transaction = store_.beginTransaction();
    RosterRepository& roster = store_.roster();
    const RosterChanges changes = compare(roster.all(), parsed);
    report.added = static_cast<int>(changes.added.size());
    report.updated = static_cast<int>(changes.updated.size());
    report.unchanged = changes.unchanged;
    report.left = static_cast<int>(changes.left.size());
    report.revision = roster.currentRevision();
    if (options.dryRun) return report; // the transaction rolls back: nothing is written

    const std::string now = formatRfc3339Utc(clock_.now());
    RosterImportRecord record;
    record.importedAt = now;
    record.importedBy = options.user;
    record.sourceName = options.sourceName;
    record.encoding = std::string(toString(parsed.encoding));
    record.added = report.added;
    record.updated = report.updated;
    record.unchanged = report.unchanged;
    record.left = report.left;
    record.errors = static_cast<int>(report.errors.size());
    record.warnings = static_cast<int>(report.warnings.size());
    const bool changed = report.added + report.updated + report.left > 0;
    // A new revision makes every match result stale, so only a change of the roster makes one;
    // the rows it changes are stamped with it.
    if (changed) {
        report.revision = roster.recordImport(record);
        reportProgress(progress, 0.4, "writing");
        roster.insert(changes.added, report.revision);
        reportProgress(progress, 0.7, "writing");
        roster.update(changes.updated, report.revision);
        roster.markLeft(changes.left, report.revision);
        reportProgress(progress, 0.9, "writing");
    }

    AuditEntry entry;
    entry.at = now;
    entry.actor = options.user;
    entry.action = "roster_imported";
    entry.details = nlohmann::json{{"source", options.sourceName},  {"encoding", record.encoding},
                                   {"added", report.added},         {"updated", report.updated},
                                   {"unchanged", report.unchanged}, {"left", report.left},
                                   {"errors", record.errors},       {"warnings", record.warnings},
                                   {"revision", report.revision}}
                        .dump();
    store_.audit().append(entry);
    reportProgress(progress, 0.95, "writing");
    transaction->commit();
    spdlog::info(
        "roster import from '{}': {} added, {} updated, {} unchanged, {} left, {} rejected, {} warnings",
        options.sourceName, report.added, report.updated, report.unchanged, report.left, record.errors,
        record.warnings);

    if (changed && matching_) matching_->refreshStale();
    reportProgress(progress, 1.0, "done");
    return report;
}

} // namespace diarydesk
