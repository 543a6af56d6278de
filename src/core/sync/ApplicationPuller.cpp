#include "ApplicationPuller.hpp"

#include "DiaryApiClient.hpp"
#include "RetryWindow.hpp"
#include "SyncReport.hpp"
#include "services/ApplicationIntakeService.hpp"
#include "services/MatchService.hpp"
#include "storage/SettingsRepository.hpp"
#include "storage/Store.hpp"

#include <spdlog/spdlog.h>

namespace diarydesk {
namespace {

// Pulling has no known end, so it fills the first half of the bar slowly and never reaches it.
double pullFraction(int pages) {
    return 0.5 * (1.0 - 1.0 / (1.0 + pages * 0.25));
}

} // namespace

ApplicationPuller::ApplicationPuller(Store& store, const Clock& clock, DiaryApiClient& api,
                                     RetryWindow& retries, std::string cursorScope, ProgressCallback progress)
    : store_(store)
    , clock_(clock)
    , api_(api)
    , retries_(retries)
    , cursorScope_(std::move(cursorScope))
    , progress_(std::move(progress)) {}

std::string ApplicationPuller::storedCursor() {
    SettingsRepository& settings = store_.settings();
    if (settings.get(cursorScopeKey).value_or("") != cursorScope_) return {};
    return settings.get(cursorKey).value_or("");
}

void ApplicationPuller::takePage(const ApplicationPage& page, const std::string& cursor, SyncReport& report) {
    // An empty page that leaves the cursor where it was changes nothing: no commit to wait for.
    if (!page.items.empty() || (!page.nextCursor.empty() && page.nextCursor != cursor)) {
        ApplicationIntakeService intake(store_, clock_);
        auto transaction = store_.beginTransaction();
        const IntakeReport taken = intake.take(page.items);
        if (!page.nextCursor.empty()) {
            store_.settings().set(cursorKey, page.nextCursor);
            store_.settings().set(cursorScopeKey, cursorScope_);
        }
        transaction->commit();
        report.pulled += taken.added;
        report.updated += taken.updated;
        report.cancelledDecisions.insert(report.cancelledDecisions.end(), taken.cancelledDecisions.begin(),
                                         taken.cancelledDecisions.end());
    }
    for (const auto& error : page.errors) {
        spdlog::warn("application {} from the server skipped: {}", error.reference, error.message);
        report.errors.push_back("заявление " + error.reference + " с сервера пропущено: " + error.message);
    }
}

bool ApplicationPuller::pull(int pageSize, MatchService* matching, SyncReport& report) {
    std::string cursor = storedCursor();
    int pages = 0;
    const int takenBefore = report.pulled + report.updated;
    bool keepSyncing = true;
    for (;;) {
        reportProgress(progress_, pullFraction(pages), "получение заявлений");
        PageAnswer answer = api_.pullPage(cursor, pageSize);
        if (answer.status.httpStatus != 0) report.serverReachable = true;
        const ApiStatus& status = answer.status;

        if (status.ok()) {
            retries_.succeeded();
            takePage(answer.page, cursor, report);
            ++pages;
            if (!answer.page.hasMore) {
                report.pullCompleted = true;
                break;
            }
            if (answer.page.nextCursor.empty() ||
                (answer.page.nextCursor == cursor && answer.page.items.empty())) {
                report.errors.push_back("GET …/applications: сервер сообщил о следующей странице, но не дал "
                                        "нового курсора; получение прервано");
                break;
            }
            cursor = answer.page.nextCursor;
            continue;
        }

        spdlog::warn("pull failed: {}", status.message);
        if (status.outcome == ApiOutcome::rateLimited || status.outcome == ApiOutcome::retryable) {
            const auto next = retries_.nextAttemptAfterFailure(status.retryAfter);
            if (next) {
                retries_.waitUntil(*next, pullFraction(pages), "сервер не ответил, повтор");
                continue;
            }
            report.errors.push_back(status.message + " (повторы в этой синхронизации исчерпаны)");
            report.retriesExhausted = true;
            break;
        }
        report.errors.push_back(status.message);
        if (status.outcome == ApiOutcome::unauthorized) {
            report.authenticationFailed = true;
            keepSyncing = false;
        } else if (status.outcome == ApiOutcome::tlsFailed) {
            report.tlsFailed = true;
            keepSyncing = false;
        }
        break;
    }

    if (matching && report.pulled + report.updated > takenBefore) {
        matching->refreshStale([this](double fraction, std::string_view) {
            return !progress_ || progress_(0.5 * fraction, "сопоставление заявлений со списком");
        });
    }
    return keepSyncing;
}

} // namespace diarydesk
