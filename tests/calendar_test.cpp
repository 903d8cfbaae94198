#include "policies/calendar.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

namespace {

const Calendar& scotland() {
    static const Calendar calendar = Calendar::for_jurisdiction(Jurisdiction::scotland);
    return calendar;
}

const Calendar& england() {
    static const Calendar calendar = Calendar::for_jurisdiction(Jurisdiction::england_and_wales);
    return calendar;
}

int holidays_in(const Calendar& calendar, int year) {
    int count = 0;
    for (Date date{year, 1, 1}; date.year == year; date = date.plus_days(1))
        if (calendar.is_holiday(date))
            ++count;
    return count;
}

// Day-by-day reference for the arithmetic.
Date add_working_days_slowly(const Calendar& calendar, Date from, int n) {
    Date date = from;
    while (n > 0) {
        date = date.plus_days(1);
        if (calendar.is_working_day(date))
            --n;
    }
    return date;
}

} // namespace

TEST_CASE("known 2026 and 2027 dates are holidays where they should be") {
    struct Known {
        Date date;
        bool scotland;
        bool england;
    };
    const Known known[] = {
        {{2026, 8, 3}, true, false},   // Summer bank holiday, Scotland's first Monday in August
        {{2026, 8, 31}, false, true},  // Summer bank holiday, last Monday in August
        {{2026, 11, 30}, true, false}, // St Andrew's Day, a Monday
        {{2026, 12, 25}, true, true},  // Christmas Day, a Friday
        {{2026, 12, 28}, true, true},  // Boxing Day substitute (26 December is a Saturday)
        {{2027, 1, 1}, true, true},    // New Year's Day
        {{2027, 1, 4}, true, false},   // 2 January substitute (2 January 2027 is a Saturday)
        {{2026, 4, 6}, false, true},   // Easter Monday
        {{2026, 4, 3}, true, true},    // Good Friday
        {{2026, 12, 29}, false, false}, {{2026, 12, 31}, false, false},
    };
    for (const auto& k : known) {
        INFO(k.date.iso());
        CHECK(scotland().is_holiday(k.date) == k.scotland);
        CHECK(england().is_holiday(k.date) == k.england);
        CHECK(scotland().is_working_day(k.date) == !k.scotland);
        CHECK(england().is_working_day(k.date) == !k.england);
    }
}

TEST_CASE("the one-off changes of 2020, 2022 and 2023 are in both calendars") {
    for (const Calendar* calendar : {&scotland(), &england()}) {
        CHECK_FALSE(calendar->is_holiday({2020, 5, 4})); // early May moved to VE Day
        CHECK(calendar->is_holiday({2020, 5, 8}));
        CHECK_FALSE(calendar->is_holiday({2022, 5, 30})); // Spring moved to 2 June
        CHECK(calendar->is_holiday({2022, 6, 2}));
        CHECK(calendar->is_holiday({2022, 6, 3}));  // Platinum Jubilee
        CHECK(calendar->is_holiday({2022, 9, 19})); // State Funeral of Queen Elizabeth II
        CHECK(calendar->is_holiday({2023, 5, 8}));  // Coronation
    }
    CHECK(england().is_holiday({2022, 1, 3}));  // New Year's Day, a Saturday
    CHECK(scotland().is_holiday({2022, 1, 3})); // New Year's Day, a Saturday
    CHECK(scotland().is_holiday({2022, 1, 4})); // 2 January, a Sunday
    CHECK_FALSE(england().is_holiday({2022, 1, 4}));
}

TEST_CASE("holidays have names") {
    CHECK(scotland().holiday_name({2026, 11, 30}) == "St Andrew's Day");
    CHECK(scotland().holiday_name({2027, 1, 4}) == "2nd January (substitute day)");
    CHECK(england().holiday_name({2026, 12, 28}) == "Boxing Day (substitute day)");
    CHECK(england().holiday_name({2026, 4, 6}) == "Easter Monday");
    CHECK_FALSE(england().holiday_name({2026, 11, 30}));
}

TEST_CASE("every year has the expected number of holidays") {
    for (int year = 2020; year <= 2030; ++year) {
        INFO(year);
        const int england_expected = year == 2022 ? 10 : year == 2023 ? 9 : 8;
        const int scotland_expected = year == 2022 ? 11 : year == 2023 ? 10 : 9;
        CHECK(holidays_in(england(), year) == england_expected);
        CHECK(holidays_in(scotland(), year) == scotland_expected);
    }
    CHECK(holidays_in(england(), 2019) == 0);
    CHECK(holidays_in(scotland(), 2031) == 0);
}

TEST_CASE("no holiday falls at a weekend") {
    for (const Calendar* calendar : {&scotland(), &england()})
        for (Date date{2020, 1, 1}; date.year <= 2030; date = date.plus_days(1))
            if (calendar->is_holiday(date)) {
                INFO(date.iso());
                CHECK(date.weekday() < 5);
            }
}

TEST_CASE("covers the years 2020 to 2030") {
    for (const Calendar* calendar : {&scotland(), &england()}) {
        CHECK(calendar->first_year() == 2020);
        CHECK(calendar->last_year() == 2030);
        CHECK_FALSE(calendar->covers({2019, 12, 31}));
        CHECK(calendar->covers({2020, 1, 1}));
        CHECK(calendar->covers({2030, 12, 31}));
        CHECK_FALSE(calendar->covers({2031, 1, 1}));
    }
}

TEST_CASE("working days over Christmas and New Year") {
    // Thursday 24 December 2026: 25 and 28 December are holidays in both.
    CHECK(england().add_working_days({2026, 12, 24}, 3) == Date{2026, 12, 31});
    CHECK(scotland().add_working_days({2026, 12, 24}, 3) == Date{2026, 12, 31});
    // 1 January 2027 is a holiday in both, 4 January in Scotland only.
    CHECK(england().add_working_days({2026, 12, 30}, 2) == Date{2027, 1, 4});
    CHECK(scotland().add_working_days({2026, 12, 30}, 2) == Date{2027, 1, 5});
    CHECK(scotland().add_working_days({2026, 12, 30}, 3) == Date{2027, 1, 6});
    CHECK(england().working_days_between({2026, 12, 24}, {2026, 12, 31}) == 3);
    // 29, 30 and 31 December and 5 January; England and Wales also 4 January.
    CHECK(scotland().working_days_between({2026, 12, 24}, {2027, 1, 5}) == 4);
    CHECK(england().working_days_between({2026, 12, 24}, {2027, 1, 5}) == 5);
}

TEST_CASE("from itself is not counted and a Friday plus one is the Monday") {
    CHECK(england().add_working_days({2026, 11, 20}, 1) == Date{2026, 11, 23});
    CHECK(england().add_working_days({2026, 11, 20}, 0) == Date{2026, 11, 20});
    CHECK(england().add_working_days({2026, 11, 21}, 1) == Date{2026, 11, 23}); // from a Saturday
    CHECK(england().add_working_days({2026, 11, 20}, 5) == Date{2026, 11, 27});
    // St Andrew's Day, Monday 30 November 2026.
    CHECK(england().add_working_days({2026, 11, 27}, 1) == Date{2026, 11, 30});
    CHECK(scotland().add_working_days({2026, 11, 27}, 1) == Date{2026, 12, 1});
}

TEST_CASE("Scotland and England differ in August 2026") {
    CHECK(scotland().add_working_days({2026, 7, 31}, 1) == Date{2026, 8, 4});
    CHECK(england().add_working_days({2026, 7, 31}, 1) == Date{2026, 8, 3});
    CHECK(scotland().add_working_days({2026, 8, 28}, 1) == Date{2026, 8, 31});
    CHECK(england().add_working_days({2026, 8, 28}, 1) == Date{2026, 9, 1});
    CHECK(scotland().working_days_between({2026, 7, 31}, {2026, 8, 7}) == 4);
    CHECK(england().working_days_between({2026, 7, 31}, {2026, 8, 7}) == 5);
    CHECK(scotland().working_days_between({2026, 8, 28}, {2026, 9, 4}) == 5);
    CHECK(england().working_days_between({2026, 8, 28}, {2026, 9, 4}) == 4);
}

TEST_CASE("working days between two dates") {
    CHECK(england().working_days_between({2026, 11, 20}, {2026, 11, 20}) == 0);
    CHECK(england().working_days_between({2026, 11, 23}, {2026, 11, 20}) == 0);
    CHECK(england().working_days_between({2026, 11, 20}, {2026, 11, 22}) == 0); // the weekend
    CHECK(england().working_days_between({2026, 11, 20}, {2026, 11, 23}) == 1);
    // 2026 has 261 weekdays: 8 holidays in England and Wales and 9 in Scotland.
    CHECK(england().working_days_between({2025, 12, 31}, {2026, 12, 31}) == 253);
    CHECK(scotland().working_days_between({2025, 12, 31}, {2026, 12, 31}) == 252);
}

TEST_CASE("the arithmetic agrees with counting day by day") {
    for (const Calendar* calendar : {&scotland(), &england()})
        for (Date from{2019, 12, 1}; from < Date{2031, 1, 31}; from = from.plus_days(5))
            for (int n : {0, 1, 2, 3, 4, 5, 6, 7, 11, 19, 40}) {
                const Date to = calendar->add_working_days(from, n);
                if (to != add_working_days_slowly(*calendar, from, n) ||
                    calendar->working_days_between(from, to) != n) {
                    INFO(from.iso() << " + " << n << " -> " << to.iso());
                    CHECK(to == add_working_days_slowly(*calendar, from, n));
                    CHECK(calendar->working_days_between(from, to) == n);
                }
            }
}

TEST_CASE("beyond the calendar's years only weekends are skipped") {
    // Christmas 2031 is not in the calendar: Thursday 25 and Friday 26 December count.
    CHECK(england().add_working_days({2031, 12, 24}, 3) == Date{2031, 12, 29});
    CHECK(england().working_days_between({2031, 12, 24}, {2031, 12, 29}) == 3);
    CHECK(scotland().add_working_days({2019, 12, 24}, 1) == Date{2019, 12, 25});
}

TEST_CASE("large n ends and is consistent") {
    for (const Calendar* calendar : {&scotland(), &england()}) {
        const Date from{2026, 1, 1};
        const Date to = calendar->add_working_days(from, 10000);
        CHECK(calendar->working_days_between(from, to) == 10000);
        CHECK(calendar->is_working_day(to));
        CHECK(to.year > 2060);
        CHECK(calendar->add_working_days(from, -5) == from);
    }
}

TEST_CASE("a pack's local holidays are added") {
    const std::vector<Holiday> local = {
        {{2026, 10, 12}, "Local autumn holiday"},    // a Monday
        {{2026, 10, 17}, "Weekend gala"},            // a Saturday
        {{2026, 11, 30}, "Duplicate of St Andrew's"} // already a bank holiday
    };
    const auto calendar = Calendar::for_jurisdiction(Jurisdiction::scotland, local);
    CHECK(calendar.is_holiday({2026, 10, 12}));
    CHECK_FALSE(calendar.is_working_day({2026, 10, 12}));
    CHECK(calendar.holiday_name({2026, 10, 12}) == "Local autumn holiday");
    CHECK(calendar.holiday_name({2026, 11, 30}) == "St Andrew's Day");
    CHECK(holidays_in(calendar, 2026) == 11);
    CHECK(calendar.add_working_days({2026, 10, 9}, 1) == Date{2026, 10, 13});
    CHECK(calendar.working_days_between({2026, 10, 9}, {2026, 10, 19}) == 5);
    CHECK(scotland().working_days_between({2026, 10, 9}, {2026, 10, 19}) == 6);
    CHECK_FALSE(scotland().is_holiday({2026, 10, 12}));
    const auto england_local =
        Calendar::for_jurisdiction(Jurisdiction::england_and_wales, {local.front()});
    CHECK(holidays_in(england_local, 2026) == 9);
}
