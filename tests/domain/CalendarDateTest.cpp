#include "CatchCompat.hpp"

#include "CalendarDate.hpp"
#include "ValidationError.hpp"

using diarydesk::CalendarDate;
using diarydesk::ValidationError;

TEST_CASE("dates are read in the three layouts schools use", "[date]") {
    CHECK(CalendarDate::parse("01.05.2014") == CalendarDate(2014, 5, 1));
    CHECK(CalendarDate::parse("1.5.2014") == CalendarDate(2014, 5, 1));
    CHECK(CalendarDate::parse("2014-05-01") == CalendarDate(2014, 5, 1));
    CHECK(CalendarDate::parse(" 29.02.2016 ") == CalendarDate(2016, 2, 29));
}

TEST_CASE("impossible dates are errors that say so", "[date]") {
    const auto text = GENERATE(as<std::string>{}, "31.02.2014", "29.02.2015", "00.01.2014", "32.01.2014",
                               "01.13.2014", "2014-02-30", "31.04.2014");
    CHECK_THROWS_WITH(CalendarDate::parse(text), Catch::Matchers::Contains("такой даты не существует"));
    CHECK_FALSE(CalendarDate::tryParse(text));
}

TEST_CASE("text that is not a date is refused with the expected layout", "[date]") {
    const auto text = GENERATE(as<std::string>{}, "", "2014/05/01", "01.05.14", "1 мая 2014", "01.05.2014г",
                               "2014-5-1", "01-05-2014", "01.05.2014.");
    CHECK_THROWS_AS(CalendarDate::parse(text), ValidationError);
    CHECK_FALSE(CalendarDate::tryParse(text));
}

TEST_CASE("years outside 1900-2100 are refused", "[date]") {
    CHECK_THROWS_AS(CalendarDate::parse("01.01.1899"), ValidationError);
    CHECK_THROWS_AS(CalendarDate::parse("01.01.2101"), ValidationError);
    CHECK(CalendarDate::isValid(2000, 2, 29));
    CHECK_FALSE(CalendarDate::isValid(1900, 2, 29));
}

TEST_CASE("dates print as DD.MM.YYYY and ISO", "[date]") {
    const CalendarDate date(2014, 5, 1);
    CHECK(date.display() == "01.05.2014");
    CHECK(date.iso() == "2014-05-01");
}

TEST_CASE("day numbers count days and convert back", "[date]") {
    CHECK(CalendarDate(1970, 1, 1).dayNumber() == 0);
    CHECK(CalendarDate(2014, 3, 1).dayNumber() - CalendarDate(2014, 2, 28).dayNumber() == 1);
    CHECK(CalendarDate(2016, 3, 1).dayNumber() - CalendarDate(2016, 2, 28).dayNumber() == 2);
    for (long day = CalendarDate(1999, 12, 1).dayNumber(); day < CalendarDate(2001, 3, 1).dayNumber(); ++day) {
        REQUIRE(CalendarDate::fromDayNumber(day).dayNumber() == day);
    }
    CHECK(CalendarDate(2014, 5, 1) < CalendarDate(2014, 5, 2));
}
