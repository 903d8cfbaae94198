#include "calendar.hpp"

#include "embedded_data.hpp"

#include <pugixml.hpp>

#include <stdexcept>
#include <utility>

namespace cpdoc {
namespace {

struct Parsed {
    std::string jurisdiction; // as the pack's jurisdiction attribute spells it
    int first_year = 0;
    int last_year = -1;
    std::map<long, std::string> holidays;
};

Parsed parse_calendar(const embedded::File& file) {
    pugi::xml_document doc;
    const auto result = doc.load_buffer(file.content.data(), file.content.size());
    if (!result)
        throw std::logic_error("embedded calendar " + std::string(file.name) +
                               " is not well-formed: " + result.description());
    const auto root = doc.child("calendar");
    Parsed parsed;
    parsed.jurisdiction = root.attribute("jurisdiction").as_string();
    parsed.first_year = root.attribute("first-year").as_int();
    parsed.last_year = root.attribute("last-year").as_int(-1);
    for (const auto holiday : root.children("holiday")) {
        const auto date = parse_date(holiday.attribute("date").as_string());
        if (!date)
            throw std::logic_error("embedded calendar " + std::string(file.name) +
                                   " has a holiday without a valid date");
        parsed.holidays.emplace(date->days(), holiday.attribute("name").as_string());
    }
    return parsed;
}

// Each embedded calendar, parsed once (initialisation of a function-local static is
// thread-safe).
const std::map<std::string, Parsed, std::less<>>& parsed_calendars() {
    static const auto calendars = [] {
        std::map<std::string, Parsed, std::less<>> out;
        for (const auto& file : embedded::calendars()) {
            auto parsed = parse_calendar(file);
            auto jurisdiction = parsed.jurisdiction;
            out.emplace(std::move(jurisdiction), std::move(parsed));
        }
        return out;
    }();
    return calendars;
}

long floor_div(long a, long b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Monday to Friday days among the days numbered < `days` counted from Monday 1969-12-29
// (negative before it), so that differences count weekdays in any range.
long weekdays_before(long days) {
    const long index = days + 3; // 1970-01-01 was a Thursday
    const long weeks = floor_div(index, 7);
    const long in_week = index - weeks * 7;
    return weeks * 5 + (in_week < 5 ? in_week : 5);
}

// Monday to Friday days in (first, last].
long weekdays_between(long first, long last) {
    return weekdays_before(last + 1) - weekdays_before(first + 1);
}

// The date `n` (> 0) weekdays after `from`, ignoring holidays.
long plus_weekdays(long from, long n) {
    const int weekday = Date::from_days(from).weekday();
    if (weekday > 4)
        from -= weekday - 4; // n weekdays after a weekend day = n after the Friday before
    const long rest = n % 5;
    long days = (n / 5) * 7 + rest;
    if (rest > 0 && (weekday > 4 ? 4 : weekday) + rest > 4)
        days += 2;
    return from + days;
}

} // namespace

Calendar Calendar::for_jurisdiction(Jurisdiction jurisdiction, const std::vector<Holiday>& local) {
    const auto& calendars = parsed_calendars();
    const auto found = calendars.find(to_string(jurisdiction));
    if (found == calendars.end())
        throw std::logic_error("no embedded calendar for " + std::string(to_string(jurisdiction)));
    Calendar calendar;
    calendar.first_year_ = found->second.first_year;
    calendar.last_year_ = found->second.last_year;
    calendar.bank_ = &found->second.holidays;
    for (const auto& holiday : local)
        if (calendar.bank_->count(holiday.date.days()) == 0)
            calendar.local_.emplace(holiday.date.days(), holiday.name);
    return calendar;
}

std::optional<std::string> Calendar::holiday_name(Date date) const {
    for (const auto* holidays : {bank_, &local_})
        if (const auto found = holidays->find(date.days()); found != holidays->end())
            return found->second;
    return std::nullopt;
}

long Calendar::weekday_holidays(long first, long last) const {
    long count = 0;
    for (const auto* holidays : {bank_, &local_})
        for (auto it = holidays->upper_bound(first); it != holidays->end() && it->first <= last;
             ++it)
            if (Date::from_days(it->first).weekday() < 5)
                ++count;
    return count;
}

Date Calendar::add_working_days(Date from, int n) const {
    if (n <= 0)
        return from;
    // Step over n weekdays, then over as many more as there were holidays on the way; each
    // round only looks at holidays not yet seen, so this ends after at most one round per
    // holiday.
    long previous = from.days();
    long target = plus_weekdays(previous, n);
    for (long missed = weekday_holidays(previous, target); missed > 0;
         missed = weekday_holidays(previous, target)) {
        previous = target;
        target = plus_weekdays(target, missed);
    }
    return Date::from_days(target);
}

int Calendar::working_days_between(Date from, Date to) const {
    const long first = from.days();
    const long last = to.days();
    if (last <= first)
        return 0;
    return static_cast<int>(weekdays_between(first, last) - weekday_holidays(first, last));
}

} // namespace cpdoc
