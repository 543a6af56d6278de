#include "services/ClassAccessService.hpp"

#include "CatchCompat.hpp"
#include "ManualClock.hpp"
#include "Samples.hpp"
#include "TestDatabase.hpp"
#include "services/DecisionService.hpp"
#include "storage/ApplicationRepository.hpp"
#include "storage/MatchRepository.hpp"
#include "storage/OutboxRepository.hpp"
#include "storage/RosterRepository.hpp"

#include <algorithm>

using namespace diarydesk;
using namespace diarydesk::test;

namespace {

// A small school: 5Б with four present pupils and one who left, 10А and 1А with one each.
struct ClassAccessFixture {
    TestDatabase database;
    std::unique_ptr<Store> store = database.open();
    ManualClock clock;
    DecisionService decisions{*store, clock};
    ClassAccessService service{*store};

    ClassAccessFixture() {
        store->roster().insert(
            {pupil("STU-1", "Иванов", "Пётр", "Сергеевич", CalendarDate(2014, 5, 1), validSnils("123456789"),
                   "5Б"),
             pupil("STU-2", "Петрова", "Анна", "", CalendarDate(2014, 2, 3), validSnils("223456789"), "5Б"),
             pupil("STU-3", "Сидоров", "Олег", "", CalendarDate(2014, 3, 3), "", "5Б"),
             pupil("STU-4", "Кузнецов", "Илья", "", CalendarDate(2014, 7, 9), validSnils("323456789"), "5Б"),
             pupil("STU-5", "Орлова", "Вера", "", CalendarDate(2009, 1, 1), validSnils("423456789"), "10А"),
             pupil("STU-6", "Белов", "Иван", "", CalendarDate(2018, 4, 4), "", "1А"),
             pupil("STU-7", "Лебедев", "Кирилл", "", CalendarDate(2014, 8, 8), "", "5Б")},
            1);
        store->roster().markLeft({"STU-3"}, 1);
    }

    void addApplication(const std::string& id, const std::string& pupilId, Verdict verdict) {
        store->applications().insert(application(id, 1, "Ребёнок", "Тест", "", CalendarDate(2014, 1, 1), ""),
                                     "t");
        MatchResult result;
        result.applicationId = id;
        result.applicationVersion = 1;
        result.verdict = verdict;
        result.pupilId = pupilId;
        result.score = 0.9;
        result.explanation = "Пояснение.";
        store->matches().save({result}, 0, "t");
    }

    std::int64_t decide(const std::string& id, DecisionKind kind,
                        std::optional<std::string> pupilId = std::nullopt) {
        DecisionRequest request;
        request.applicationId = id;
        request.kind = kind;
        request.pupilId = std::move(pupilId);
        if (kind == DecisionKind::rejected) request.reason = ReasonCode::dataMismatch;
        request.user = "Секретарь";
        return decisions.decide(request).decision.id;
    }

    void deliver(std::int64_t decisionId) {
        store->outbox().markAttemptStarted(decisionId, "2026-11-20T10:00:00Z");
        store->outbox().finish(decisionId, OutboxState::delivered, "", 200);
    }

    static const PupilAccess& entry(const std::vector<PupilAccess>& pupils, const std::string& rosterId) {
        const auto it = std::find_if(pupils.begin(), pupils.end(), [&](const PupilAccess& access) {
            return access.pupil.rosterId == rosterId;
        });
        REQUIRE(it != pupils.end());
        return *it;
    }
};

} // namespace

TEST_CASE("a class with no applications has every present pupil without access", "[class-access]") {
    ClassAccessFixture fixture;
    const auto pupils = fixture.service.pupilsOf("5Б");
    REQUIRE(pupils.size() == 4); // the pupil who left is not listed
    for (const PupilAccess& access : pupils) {
        CHECK(access.state == AccessState::none);
        CHECK(access.applicants.empty());
        CHECK(access.pupil.present);
    }
}

TEST_CASE("each pupil's state is the best of the applications about them", "[class-access]") {
    ClassAccessFixture fixture;
    fixture.addApplication("A-1", "STU-1", Verdict::confirmed);
    fixture.decide("A-1", DecisionKind::approved);             // decided here, not sent yet: already approved
    fixture.addApplication("A-2", "STU-2", Verdict::probable); // undecided: waiting
    fixture.addApplication("A-3", "STU-2", Verdict::probable);
    fixture.deliver(fixture.decide("A-3", DecisionKind::rejected)); // a sent rejection beside a waiting one
    fixture.addApplication("A-4", "STU-4", Verdict::probable);
    fixture.deliver(fixture.decide("A-4", DecisionKind::rejected));
    fixture.addApplication("A-5", "STU-7", Verdict::probable);
    fixture.decide("A-5", DecisionKind::rejected); // not sent: can still change, so still waiting

    const auto pupils = fixture.service.pupilsOf("5Б");
    CHECK(ClassAccessFixture::entry(pupils, "STU-1").state == AccessState::approved);
    const PupilAccess& anna = ClassAccessFixture::entry(pupils, "STU-2");
    CHECK(anna.state == AccessState::waiting);
    REQUIRE(anna.applicants.size() == 2);
    CHECK(std::count_if(anna.applicants.begin(), anna.applicants.end(), [](const PupilApplicant& applicant) {
              return applicant.state == AccessState::rejected;
          }) == 1);
    CHECK(ClassAccessFixture::entry(pupils, "STU-4").state == AccessState::rejected);
    CHECK(ClassAccessFixture::entry(pupils, "STU-7").state == AccessState::waiting);
}

TEST_CASE("an approval counts for the pupil staff chose, not the one matching suggested", "[class-access]") {
    ClassAccessFixture fixture;
    fixture.addApplication("A-1", "STU-1", Verdict::probable);
    fixture.decide("A-1", DecisionKind::approved, std::string("STU-4"));
    const auto pupils = fixture.service.pupilsOf("5Б");
    CHECK(ClassAccessFixture::entry(pupils, "STU-4").state == AccessState::approved);
    CHECK(ClassAccessFixture::entry(pupils, "STU-1").state == AccessState::none);
}

TEST_CASE("withdrawn applications and applications about pupils who left do not count", "[class-access]") {
    ClassAccessFixture fixture;
    fixture.addApplication("A-1", "STU-5", Verdict::confirmed);
    fixture.store->applications().setServerStatus("A-1", ApplicationStatus::withdrawn, 2);
    fixture.addApplication("A-2", "STU-7", Verdict::confirmed);
    fixture.decide("A-2", DecisionKind::approved);
    fixture.store->roster().markLeft({"STU-7"}, 1); // approved, then left the school

    const auto tenth = fixture.service.pupilsOf("10А");
    REQUIRE(tenth.size() == 1);
    CHECK(tenth.front().state == AccessState::none);
    CHECK(tenth.front().applicants.empty());
    const auto fifth = fixture.service.pupilsOf("5Б");
    CHECK(fifth.size() == 3);
    CHECK(std::none_of(fifth.begin(), fifth.end(),
                       [](const PupilAccess& access) { return access.pupil.rosterId == "STU-7"; }));
    CHECK(fixture.service.coverage()[1].counts.approved == 0);
}

TEST_CASE("coverage lists the classes in school order with counts of present pupils", "[class-access]") {
    ClassAccessFixture fixture;
    fixture.addApplication("A-1", "STU-1", Verdict::confirmed);
    fixture.decide("A-1", DecisionKind::approved);
    fixture.addApplication("A-2", "STU-2", Verdict::probable);
    fixture.addApplication("A-3", "STU-5", Verdict::confirmed);
    fixture.deliver(fixture.decide("A-3", DecisionKind::approved));

    const auto classes = fixture.service.coverage();
    REQUIRE(classes.size() == 3);
    CHECK(classes[0].className == "1А");
    CHECK(classes[1].className == "5Б");
    CHECK(classes[2].className == "10А");
    const AccessCounts& fifth = classes[1].counts;
    CHECK(fifth.pupils == 4);
    CHECK(fifth.approved == 1);
    CHECK(fifth.waiting == 1);
    CHECK(fifth.rejected == 0);
    CHECK(fifth.none == 2);
    CHECK(classes[2].counts.approved == 1);
    CHECK(classes[0].counts.none == 1);
}

TEST_CASE("class names sort by their number, then by letter", "[class-access]") {
    CHECK(classNameLess("5Б", "10А"));
    CHECK(classNameLess("1А", "1Б"));
    CHECK_FALSE(classNameLess("11В", "2А"));
    CHECK(classNameLess("9А", "Коррекционный")); // a name without a number goes last
}
