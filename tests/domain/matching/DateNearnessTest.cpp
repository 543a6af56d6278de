#include "matching/DateNearness.hpp"

#include "CatchCompat.hpp"
#include "matching/FieldComparator.hpp"

#include <algorithm>

using namespace diarydesk;

namespace {
CalendarDate date(const char* text) {
    return CalendarDate::parse(text);
}
} // namespace

TEST_CASE("birth dates relate as same, a day off, day and month swapped, one digit off or different",
          "[matching][date]") {
    CHECK(compareDates(date("04.05.2014"), date("04.05.2014")) == DateRelation::same);
    CHECK(compareDates(date("05.05.2014"), date("04.05.2014")) == DateRelation::oneDayOff);
    CHECK(compareDates(date("01.03.2016"), date("29.02.2016")) == DateRelation::oneDayOff); // across a month
    CHECK(compareDates(date("31.12.2013"), date("01.01.2014")) == DateRelation::oneDayOff); // across a year
    CHECK(compareDates(date("05.04.2014"), date("04.05.2014")) == DateRelation::dayMonthSwapped);
    CHECK(compareDates(date("04.05.2015"), date("04.05.2014")) == DateRelation::oneDigit);
    CHECK(compareDates(date("24.05.2014"), date("04.05.2014")) == DateRelation::oneDigit);
    CHECK(compareDates(date("04.05.2012"), date("04.05.2014")) == DateRelation::oneDigit);
    CHECK(compareDates(date("04.06.2015"), date("04.05.2014")) == DateRelation::different);
    CHECK(compareDates(date("17.09.2011"), date("04.05.2014")) == DateRelation::different);
}

TEST_CASE("a date whose day equals its month is not a swap of itself", "[matching][date]") {
    CHECK(compareDates(date("05.05.2014"), date("05.05.2014")) == DateRelation::same);
    const auto days = blockingDayNumbers(date("05.05.2014"));
    CHECK(days.size() == 3);
}

TEST_CASE("blocking looks up the date, the days around it and the swapped date", "[matching][date]") {
    const auto days = blockingDayNumbers(date("04.05.2014"));
    REQUIRE(days.size() == 4);
    for (const char* text : {"04.05.2014", "03.05.2014", "05.05.2014", "05.04.2014"}) {
        CHECK(std::find(days.begin(), days.end(), date(text).dayNumber()) != days.end());
    }
    CHECK(blockingDayNumbers(date("25.05.2014")).size() == 3); // 05.25 is no date
}

TEST_CASE("the birth date field outcome names the kind of nearness", "[matching][date][evidence]") {
    const auto detail = [](const char* application, const char* roster) {
        return toEvidence(compareBirthDates(date(application), date(roster)));
    };
    CHECK(detail("04.05.2014", "04.05.2014") == FieldEvidence{Agreement::agree, ""});
    CHECK(detail("05.05.2014", "04.05.2014") == FieldEvidence{Agreement::near, "one_day_off"});
    CHECK(detail("05.04.2014", "04.05.2014") == FieldEvidence{Agreement::near, "day_month_swapped"});
    CHECK(detail("04.05.2015", "04.05.2014") == FieldEvidence{Agreement::near, "date_one_digit"});
    CHECK(detail("11.11.2011", "04.05.2014") == FieldEvidence{Agreement::differ, ""});
}
