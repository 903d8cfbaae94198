// A calendar date, as the dialect writes it (2026-11-20, 20 November 2026 or 20/11/2026).
#pragma once

#include "grammar/source_format.hpp"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace cpdoc {

struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date&, const Date&) = default;

    static bool valid(int year, int month, int day);
    static Date from_days(long days); // days since 1970-01-01

    long days() const;   // days since 1970-01-01
    int weekday() const; // 0 = Monday ... 6 = Sunday
    Date plus_days(long n) const { return from_days(days() + n); }
    std::string iso() const;            // 2026-11-20
    std::string long_form() const;      // 20 November 2026
    std::string day_month_year() const; // 20/11/2026
};

// The whole value must be a date; surrounding spaces and a final full stop are allowed.
std::optional<Date> parse_date(std::string_view text);

// Why parse_date refuses the text, for a reader: an impossible day, the wrong weekday, or
// not one of the accepted forms (which it shows). A date written in another form (03/12/26,
// 20.11.2026, Nov 20th 2026, 11/20/2026) is named: "did you mean 3 December 2026?". A day and
// month without a year (9th Dec) are taken as the such day nearest `year_from` (the
// document's date: a due date a little after it, a last-seen date a little before) when it is
// given; a week ("w/c 14/12/2026") is named as one. The text is quoted as `format` shows what its
// author typed.
std::string why_not_a_date(std::string_view text,
                           const std::optional<Date>& year_from = std::nullopt,
                           SourceFormat format = SourceFormat::markdown);

// The date a value written in another form plainly means (03/12/26, 20.11.2026, Nov 20th
// 2026, 14 Decmber 2026, 11/20/2026): the one why_not_a_date names in its "did you mean";
// nullopt for a value with no one meaning ("next week", "9th Dec" with no year).
std::optional<Date> date_meant(std::string_view text);

// Whether the value is a day its writer left the reader to finish: a day and month with no
// year ("7th December", "Thurs 3/12") or a week ("w/c 7/12", "week commencing 7 December
// 2026"). why_not_a_date names the day such a value most likely means.
bool is_unfinished_date(std::string_view text);

struct LeadingDate {
    Date date;
    std::string_view rest; // what follows the date and its separator
};

// A date at the start of a value followed by a separator and more text, as in
// "2026-11-10, Alison Reid" or "20 November 2026 — by phone".
std::optional<LeadingDate> parse_leading_date(std::string_view text);

// The first date written anywhere in the text, at the start of a word, with its bytes:
// "Graham Tennant on 9 November 2026" holds 9 November 2026 at [18, 34).
struct FoundDate {
    Date date;
    std::size_t begin = 0;
    std::size_t end = 0;
};
std::optional<FoundDate> find_date(std::string_view text);

constexpr std::string_view accepted_date_forms = "2026-11-20, 20 November 2026 or 20/11/2026";

} // namespace cpdoc
