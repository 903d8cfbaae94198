// Bank holidays and working-day arithmetic for a jurisdiction, from the calendars compiled
// into the binary (policies/calendars/*.xml) plus a policy pack's local holidays.
#pragma once

#include "grammar/date.hpp"
#include "policy.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

class Calendar {
public:
    // The jurisdiction's calendar plus the pack's local holidays. A local holiday on the same
    // date as a bank holiday keeps the bank holiday's name.
    static Calendar for_jurisdiction(Jurisdiction jurisdiction,
                                     const std::vector<Holiday>& local = {});

    // Whether the date falls within the years the bank-holiday calendar lists; outside them
    // only weekends (and local holidays) are known, and callers should say so.
    bool covers(Date date) const { return date.year >= first_year_ && date.year <= last_year_; }
    int first_year() const { return first_year_; }
    int last_year() const { return last_year_; }

    bool is_holiday(Date date) const {
        return bank_->count(date.days()) != 0 || local_.count(date.days()) != 0;
    }
    std::optional<std::string> holiday_name(Date date) const;
    // Not Saturday, Sunday or a holiday.
    bool is_working_day(Date date) const { return date.weekday() < 5 && !is_holiday(date); }

    // The date `n` working days after `from`; `from` itself is not counted, so 1 working day
    // after a Friday is the Monday when that Monday is a working day. n <= 0 gives `from`.
    Date add_working_days(Date from, int n) const;
    // Working days after `from` up to and including `to`; 0 when to <= from.
    int working_days_between(Date from, Date to) const;

private:
    Calendar() = default;
    // Holidays on Monday to Friday in the days (first, last]; holidays at weekends change
    // nothing in the arithmetic.
    long weekday_holidays(long first, long last) const;

    int first_year_ = 0;
    int last_year_ = -1;
    // Days since 1970-01-01 -> name. The jurisdiction's holidays are parsed once and shared
    // by every calendar made for it (one is made per document checked); a calendar keeps only
    // the pack's own holidays that are not bank holidays.
    const std::map<long, std::string>* bank_ = nullptr;
    std::map<long, std::string> local_;
};

} // namespace cpdoc
