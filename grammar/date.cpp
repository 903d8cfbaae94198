#include "date.hpp"

#include "clock_time.hpp"
#include "grammar/edit_distance.hpp"
#include "grammar/folding.hpp"
#include "grammar/x3_byte_classes.hpp"
#include "grammar/yes_no.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace cpdoc {
namespace x3 = boost::spirit::x3;

namespace {

constexpr std::array<std::string_view, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

constexpr std::array<std::string_view, 7> weekday_names = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

struct MonthTable : x3::symbols<int> {
    MonthTable() {
        for (int m = 0; m < 12; ++m) {
            add(x3_bytes::ascii_lower(month_names[m]), m + 1);
            if (month_names[m].size() > 3) // "Nov", and "Sept" as well as "Sep"
                add(x3_bytes::ascii_lower(month_names[m].substr(0, 3)), m + 1);
        }
        add("sept", 9);
    }
};

struct WeekdayTable : x3::symbols<int> {
    WeekdayTable() {
        for (int d = 0; d < 7; ++d) {
            add(x3_bytes::ascii_lower(weekday_names[d]), d);
            add(x3_bytes::ascii_lower(weekday_names[d].substr(0, 3)), d);
        }
        // The short forms British writers use as well: "Tues", "Weds", "Thur", "Thurs".
        add("tues", 1);
        add("weds", 2);
        add("thur", 3);
        add("thurs", 3);
    }
};

const MonthTable month_table;
const WeekdayTable weekday_table;

// The tables as rules: a grammar holds a rule by name, where it would copy a table (and its
// shared pointer) into every expression made of it, each time a date is read.
const x3::rule<struct month_rule_id, int> month_rule = "month";
const x3::rule<struct weekday_rule_id, int> weekday_rule = "weekday";
const auto month_rule_def = month_table;
const auto weekday_rule_def = weekday_table;
BOOST_SPIRIT_DEFINE(month_rule, weekday_rule)

struct ParsedDate {
    int year = 0, month = 0, day = 0;
    int weekday = -1;
    bool day_first_numbers = false; // d/m/y in numbers: 11/20/2026 may be month first
};

// What the grammar read at the front of a value: the numbers as written, before they are
// checked to be a real date on the weekday given.
struct ReadDate {
    ParsedDate parts;
    const char* end = nullptr;
};

// The pieces both grammars below are made of, writing into one ParsedDate.
struct DateParts {
    ParsedDate p;
    x3::uint_parser<int, 10, 4, 4> year4;
    x3::uint_parser<int, 10, 2, 2> two_digits;
    x3::uint_parser<int, 10, 1, 2> one_or_two_digits;

    auto set_year() {
        return [this](auto& ctx) { p.year = x3::_attr(ctx); };
    }
    // 26 is 2026 and 98 is 1998, as POSIX strptime reads %y.
    auto set_short_year() {
        return [this](auto& ctx) { p.year = x3::_attr(ctx) + (x3::_attr(ctx) < 69 ? 2000 : 1900); };
    }
    auto set_month() {
        return [this](auto& ctx) { p.month = x3::_attr(ctx); };
    }
    auto set_day() {
        return [this](auto& ctx) { p.day = x3::_attr(ctx); };
    }
    auto weekday() {
        const auto set_weekday = [this](auto& ctx) { p.weekday = x3::_attr(ctx); };
        return weekday_rule[set_weekday] >> !x3_bytes::alpha >> -x3::lit('.') >> -x3::lit(',') >>
               +x3_bytes::blank;
    }
    auto day_first() {
        const auto mark = [this](auto&) { p.day_first_numbers = true; };
        return x3::eps[mark];
    }
    static auto ordinal() { return x3::lit("st") | x3::lit("nd") | x3::lit("rd") | x3::lit("th"); }
    auto month_name() { return month_rule[set_month()] >> !x3_bytes::alpha >> -x3::lit('.'); }
    // A month's name with a slip in it ("Decmber", "Feburary"): one letter wrong, or two in a
    // name of seven letters or more, and nearer one month than any other.
    auto misspelt_month() {
        const auto read = [this](auto& ctx) {
            const auto& letters = x3::_attr(ctx);
            const std::string_view word(&*letters.begin(), letters.size());
            int best = 0;
            std::size_t best_distance = word.size() >= 7 ? 3 : 2, ties = 0;
            for (int m = 0; m < 12; ++m) {
                const std::size_t distance =
                    edit_distance(word, x3_bytes::ascii_lower(month_names[m]));
                if (distance < best_distance) {
                    best = m + 1;
                    best_distance = distance;
                    ties = 0;
                } else if (distance == best_distance) {
                    ++ties;
                }
            }
            p.month = best;
            x3::_pass(ctx) = best != 0 && ties == 0 && word.size() >= 4;
        };
        return x3::raw[+x3_bytes::alpha][read] >> -x3::lit('.');
    }
    std::optional<ReadDate> read(const char* first, const char* last, const auto& grammar) {
        const char* it = first;
        if (!x3::parse(it, last, grammar))
            return std::nullopt;
        return ReadDate{p, it};
    }
};

// Reads a date in an accepted form at the front of [first, last), text already
// ascii_lower'd: 2026-11-20, [Friday] 20[th] [of] November 2026, [Friday] 20/11/2026.
std::optional<ReadDate> read_date_prefix(const char* first, const char* last) {
    using x3::lit;
    DateParts d;
    const auto blanks = +x3_bytes::blank;
    const auto no_digit = !x3_bytes::digit;
    const auto iso = d.year4[d.set_year()] >> lit('-') >> d.two_digits[d.set_month()] >> lit('-') >>
                     d.two_digits[d.set_day()] >> no_digit;
    const auto numbers = d.one_or_two_digits[d.set_day()] >> lit('/') >>
                         d.one_or_two_digits[d.set_month()] >> lit('/') >> d.year4[d.set_year()] >>
                         no_digit >> d.day_first();
    const auto long_form = d.one_or_two_digits[d.set_day()] >> -d.ordinal() >> blanks >>
                           -(lit("of") >> blanks) >> d.month_name() >> -lit(',') >> blanks >>
                           d.year4[d.set_year()] >> no_digit;
    return d.read(first, last, iso | (-d.weekday() >> (numbers | long_form)));
}

// Reads, at the front of [first, last), a date written in a form the dialect does not
// accept but whose meaning is plain: 03/12/26, 20.11.2026, 20-11-26, 2026/11/20, 2026-11-5,
// Nov 20th 2026, November 20, 2026, 20-Nov-26, 3 Dec '26, 14 Decmber 2026.
std::optional<ReadDate> read_near_miss(const char* first, const char* last) {
    using x3::lit;
    DateParts d;
    const auto separator = lit('/') | lit('.') | lit('-');
    const auto gap = +(x3_bytes::blank | lit(',') | separator);
    const auto no_digit = !x3_bytes::digit;
    // "3 Dec '26": a two-digit year, its century left out with an apostrophe (’ is three
    // bytes above ASCII, which ascii_lower writes as \x7f).
    const auto apostrophe = lit('\'') | lit("\x7f\x7f\x7f");
    const auto year =
        (d.year4[d.set_year()] | (-apostrophe >> d.two_digits[d.set_short_year()])) >> no_digit;
    const auto day = d.one_or_two_digits[d.set_day()] >> -d.ordinal();
    const auto month = d.month_name() | d.misspelt_month();
    const auto year_first = d.year4[d.set_year()] >> separator >>
                            d.one_or_two_digits[d.set_month()] >> separator >>
                            d.one_or_two_digits[d.set_day()] >> no_digit;
    const auto numbers = d.one_or_two_digits[d.set_day()] >> separator >>
                         d.one_or_two_digits[d.set_month()] >> separator >> year >> d.day_first();
    const auto month_first = month >> gap >> day >> gap >> year;
    const auto named = day >> gap >> -(lit("of") >> +x3_bytes::blank) >> month >> gap >> year;
    return d.read(first, last, -d.weekday() >> (year_first | numbers | month_first | named));
}

// Reads a day and month written without a year: 9th Dec, 9 December, Dec 9th.
std::optional<ReadDate> read_without_year(const char* first, const char* last) {
    using x3::lit;
    DateParts d;
    const auto gap = +(x3_bytes::blank | lit(',') | lit('-') | lit('/') | lit('.'));
    const auto day = d.one_or_two_digits[d.set_day()] >> -d.ordinal() >> !x3_bytes::alnum;
    const auto day_first = day >> gap >> -(lit("of") >> +x3_bytes::blank) >> d.month_name();
    const auto month_first = d.month_name() >> gap >> day;
    // "18/12": day and month in numbers, as the UK writes them.
    const auto numbers = d.one_or_two_digits[d.set_day()] >> lit('/') >>
                         d.one_or_two_digits[d.set_month()] >> !x3_bytes::digit >> !lit('/');
    return d.read(first, last, -d.weekday() >> (day_first | month_first | numbers));
}

// The date a read stands for, when it is a real date on the weekday written.
std::optional<Date> checked(const ParsedDate& p) {
    if (!Date::valid(p.year, p.month, p.day))
        return std::nullopt;
    const Date date{p.year, p.month, p.day};
    if (p.weekday >= 0 && p.weekday != date.weekday())
        return std::nullopt;
    return date;
}

// Parses a date at the front of [first, last), text already ascii_lower'd; advances first.
std::optional<Date> parse_date_prefix(const char*& first, const char* last) {
    const auto read = read_date_prefix(first, last);
    if (!read)
        return std::nullopt;
    const auto date = checked(read->parts);
    if (date)
        first = read->end;
    return date;
}

// The value without a final full stop or the emphasis around it (`**2026-11-20**`).
std::string_view without_final_stop(std::string_view text) {
    text = trim(text);
    for (const std::string_view emphasis : {"**", "__", "*", "_"})
        if (text.size() > 2 * emphasis.size() && text.starts_with(emphasis) &&
            text.ends_with(emphasis)) {
            text = trim(text.substr(emphasis.size(), text.size() - 2 * emphasis.size()));
            break;
        }
    if (!text.empty() && text.back() == '.')
        text = trim(text.substr(0, text.size() - 1));
    return text;
}

// 2026-11-20 exactly, without the general grammar: most dates are written so.
std::optional<Date> parse_iso_exactly(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int value[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int part = 0; part < 3; ++part)
        for (int i = 0; i < lengths[part]; ++i) {
            const char c = text[static_cast<std::size_t>(starts[part] + i)];
            if (c < '0' || c > '9')
                return std::nullopt;
            value[part] = value[part] * 10 + (c - '0');
        }
    if (!Date::valid(value[0], value[1], value[2]))
        return std::nullopt;
    return Date{value[0], value[1], value[2]};
}

// Whether the text starts with `lower` (ASCII lower case) in any case, without a lower-cased
// copy: parse_date runs on every date a document holds.
bool starts_with_any_case(std::string_view text, std::string_view lower) {
    if (text.size() < lower.size())
        return false;
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const char c = text[i];
        if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[i])
            return false;
    }
    return true;
}

// "By 29 January 2027", "no later than 3 Dec 2026": how due dates are often written; the date
// is the same.
std::string_view without_deadline_words(std::string_view text) {
    for (const std::string_view words : {"by ", "no later than ", "on "})
        if (text.size() > words.size() && starts_with_any_case(text, words))
            return trim(text.substr(words.size()));
    return text;
}

// The date a date field holds, without what is written around it.
std::string_view date_value(std::string_view text) {
    return without_deadline_words(without_final_stop(text));
}

// Whether the text says a date is not yet agreed: "(TBC)", "provisional".
bool tentative(std::string_view text) {
    const std::string words = word_form(text);
    // "(room TBC)", "venue tbc": the date is firm, where is not.
    for (const std::string_view where : {" room ", " venue ", " location ", " place ", " time ",
                                         " times ", " chair ", " format ", " interpreter "})
        if (words.find(where) != std::string::npos)
            return false;
    for (const std::string_view word :
         {" tbc ", " tba ", " tbd ", " to be confirmed ", " to be agreed ", " to be arranged ",
          " to be decided ", " to be set ", " provisional ", " provisionally ", " tentative ",
          " tentatively ", " approx ", " approximately ", " estimated ", " pencilled in ",
          " subject to confirmation ", " unconfirmed "})
        if (words.find(word) != std::string::npos)
            return true;
    return false;
}

// What may follow the date in a date field: the time of day ("14 December 2026, 10am",
// "2026-12-14 at 10:00") or a note in brackets ("2026-11-16 (seen at clinic)"), unless the
// note says the date is not agreed ("(TBC)").
bool may_follow_date(std::string_view rest) {
    // "27/11/2026 – home visit, after nursery": a note after a spaced dash, as a note in
    // brackets.
    const std::string_view untrimmed = rest;
    rest = strip_separator(rest);
    bool dashed = false;
    for (const std::string_view dash : {" - ", " \u2013 ", " \u2014 "})
        dashed = dashed || untrimmed.starts_with(dash);
    if (rest.size() > 3 && starts_with_any_case(rest, "at "))
        rest = trim(rest.substr(3));
    const bool noted = (rest.size() > 2 && rest.front() == '(' && rest.back() == ')') ||
                       (dashed && !rest.empty() && !parse_date(rest));
    return (noted && !tentative(rest)) || parse_clock_time(rest).has_value();
}

// A read of the whole value (`lower` is its ascii_lower copy): a date, then nothing or what
// may follow a date.
template <class Reader>
std::optional<ReadDate> read_whole(std::string_view text, const std::string& lower, Reader reader) {
    const char* last = lower.data() + lower.size();
    const auto read = reader(lower.data(), last);
    if (!read || (read->end != last && !may_follow_date(text.substr(
                                           static_cast<std::size_t>(read->end - lower.data())))))
        return std::nullopt;
    return read;
}

std::string written_as(const Date& date) {
    return date.iso() + ", " + date.long_form() + " or " + date.day_month_year();
}

// Why a date read from the text is not a date, or nullopt when it is one. `near_miss`: it
// was read in a form the dialect does not accept, so even a real date is refused.
std::optional<std::string> why_not(const std::string& quoted, const ParsedDate& p, bool near_miss) {
    if (!Date::valid(p.year, p.month, p.day)) {
        // 11/20/2026 is day 11 of no month; written month first, it is 20 November 2026.
        if (p.day_first_numbers && Date::valid(p.year, p.day, p.month)) {
            const Date meant{p.year, p.day, p.month};
            return quoted + " is not a date: dates are day/month/year, and there is no month " +
                   std::to_string(p.month) + "; did you mean " + meant.long_form() +
                   "? Write it as " + written_as(meant);
        }
        return quoted + " is not a real date: " +
               (p.month >= 1 && p.month <= 12
                    ? std::string(month_names[p.month - 1]) + " " + std::to_string(p.year) +
                          " has no day " + std::to_string(p.day)
                    : "there is no month " + std::to_string(p.month));
    }
    const Date date{p.year, p.month, p.day};
    if (p.weekday >= 0 && p.weekday != date.weekday())
        return quoted + " names the wrong day: " + date.long_form() + " is a " +
               std::string(weekday_names[static_cast<std::size_t>(date.weekday())]);
    if (near_miss)
        return quoted + " is not a date: did you mean " + date.long_form() + "? Write it as " +
               written_as(date);
    return std::nullopt;
}

} // namespace

bool Date::valid(int year, int month, int day) {
    if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr std::array<int, 12> lengths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= lengths[month - 1] + (month == 2 && leap ? 1 : 0);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::days() const {
    const long y = year - (month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return Date{static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

int Date::weekday() const {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return static_cast<int>(((days() % 7) + 7 + 3) % 7);
}

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::string Date::long_form() const {
    return std::to_string(day) + " " + std::string(month_names[month - 1]) + " " +
           std::to_string(year);
}

std::string Date::day_month_year() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", day, month, year);
    return buf;
}

std::optional<Date> parse_date(std::string_view text) {
    text = date_value(text);
    if (text.size() == 10 && text[4] == '-')
        return parse_iso_exactly(text);
    const std::string lower = x3_bytes::ascii_lower(text);
    const auto read = read_whole(text, lower, read_date_prefix);
    return read ? checked(read->parts) : std::nullopt;
}

namespace {

// "w/c 14/12/2026", "week commencing 14 December": a week where a day is asked for.
std::optional<std::string_view> week_of(std::string_view value) {
    const std::string lower = x3_bytes::ascii_lower(value.substr(0, 20));
    for (const std::string_view words :
         {"w/c ", "w/c:", "w.c. ", "wc ", "w/b ", "w/b:", "week commencing ", "week beginning ",
          "week starting ", "week of ", "the week of "})
        if (lower.starts_with(words) && value.size() > words.size())
            return trim(value.substr(words.size()));
    return std::nullopt;
}

// The first day and month on or after `from`.
Date next_on_or_after(const Date& from, int month, int day) {
    for (int year = from.year; year <= from.year + 4; ++year)
        if (Date::valid(year, month, day) && Date{year, month, day}.days() >= from.days())
            return Date{year, month, day};
    return Date{from.year + 1, month, day};
}

// The day and month with no year that a writer meant: on its weekday when one is given
// ("Thurs 3rd Dec": the nearest year in which 3 December is a Thursday), else the one nearest
// `from`, before or after: "18 Dec" in minutes of 3 December is due in two weeks, "1 December"
// was last seen two days before, not next year.
Date meant_date(const Date& from, const ParsedDate& p) {
    if (p.weekday >= 0) {
        std::optional<Date> nearest;
        for (int year = from.year - 1; year <= from.year + 6; ++year)
            if (Date::valid(year, p.month, p.day) &&
                Date{year, p.month, p.day}.weekday() == p.weekday &&
                (!nearest || std::abs(year - from.year) < std::abs(nearest->year - from.year)))
                nearest = Date{year, p.month, p.day};
        if (nearest)
            return *nearest;
    }
    std::optional<Date> nearest;
    for (int year = from.year - 4; year <= from.year + 4; ++year)
        if (Date::valid(year, p.month, p.day) &&
            (!nearest || std::labs(Date{year, p.month, p.day}.days() - from.days()) <
                             std::labs(nearest->days() - from.days())))
            nearest = Date{year, p.month, p.day};
    return nearest ? *nearest : next_on_or_after(from, p.month, p.day);
}

} // namespace

std::string why_not_a_date(std::string_view text, const std::optional<Date>& year_from,
                           SourceFormat format) {
    const std::string quoted = typed_in(format, trim(text));
    const std::string_view value = date_value(text);
    const std::string lower = x3_bytes::ascii_lower(value);
    // "3rd December 2026 (TBC)", "provisionally 18/12/2026": a date, not yet agreed.
    if (tentative(value))
        if (const auto found = find_date(value))
            return quoted + " is not a firm date: it marks " + found->date.long_form() +
                   " as still to be confirmed; once it is agreed, write it as " +
                   written_as(found->date);
    if (const auto read = read_whole(value, lower, read_date_prefix))
        if (auto why = why_not(quoted, read->parts, false))
            return *why;
    if (const auto read = read_whole(value, lower, read_near_miss))
        if (auto why = why_not(quoted, read->parts, true))
            return *why;
    if (const auto week = week_of(value)) {
        const std::string week_lower = x3_bytes::ascii_lower(*week);
        std::optional<Date> first_day = parse_date(*week);
        if (!first_day)
            if (const auto read = read_whole(*week, week_lower, read_near_miss))
                first_day = checked(read->parts);
        if (first_day)
            return quoted + " is a week, not a date: write one day, as " + written_as(*first_day) +
                   " for the week's first day";
        // "w/c 7/12": a week with no year either.
        if (const auto read = read_whole(*week, week_lower, read_without_year);
            read && year_from && Date::valid(2000, read->parts.month, read->parts.day)) {
            const Date meant = next_on_or_after(*year_from, read->parts.month, read->parts.day);
            return quoted + " is a week with no year, not a date: did you mean the week of " +
                   meant.long_form() + "? Write one day, as " + written_as(meant) +
                   " for the week's first day";
        }
    }
    if (const auto read = read_whole(value, lower, read_without_year)) {
        const ParsedDate& p = read->parts;
        if (Date::valid(2000, p.month, p.day)) { // a leap year: 29 February is a day
            const std::string day_month =
                std::to_string(p.day) + " " + std::string(month_names[p.month - 1]);
            if (!year_from)
                return quoted + " is not a date: it has no year; write it as " + day_month +
                       " and the year, e.g. " + day_month + " 2026";
            const Date meant = meant_date(*year_from, p);
            return quoted + " is not a date: it has no year; did you mean " + meant.long_form() +
                   "? Write it as " + written_as(meant);
        }
    }
    // "20th November 2026 at nursery": a date, and a note a date field keeps in brackets.
    if (const auto leading = parse_leading_date(value); leading && !leading->rest.empty()) {
        // "20 Nov 2026 – 22 Nov 2026": two dates, not a date and a note.
        std::string_view rest = leading->rest;
        while (!rest.empty() &&
               (rest.front() == ' ' || rest.front() == '-' || rest.starts_with("\u2013") ||
                rest.starts_with("\u2014") || ascii_lowercase(rest.substr(0, 3)) == "to "))
            rest.remove_prefix(rest.starts_with("\u2013") || rest.starts_with("\u2014") ? 3
                               : ascii_lowercase(rest.substr(0, 3)) == "to "            ? 3
                                                                                        : 1);
        if (const auto second = parse_leading_date(rest); second && second->rest.empty())
            return quoted + " is two dates: give the one day this field asks for (" +
                   leading->date.long_form() + " or " + second->date.long_form() +
                   "), and say the rest in the text";
        return quoted + " is a date with words after it: put the note in brackets, as " +
               leading->date.long_form() + " (" + std::string(leading->rest) + ")";
    }
    return quoted + " is not a date: write it as " + std::string(accepted_date_forms);
}

bool is_unfinished_date(std::string_view text) {
    const std::string_view value = date_value(text);
    if (const auto week = week_of(value)) {
        const std::string week_lower = x3_bytes::ascii_lower(*week);
        return parse_date(*week) || read_whole(*week, week_lower, read_near_miss) ||
               read_whole(*week, week_lower, read_without_year);
    }
    const std::string lower = x3_bytes::ascii_lower(value);
    const auto read = read_whole(value, lower, read_without_year);
    return read && Date::valid(2000, read->parts.month, read->parts.day);
}

std::optional<Date> date_meant(std::string_view text) {
    const std::string_view value = date_value(text);
    const std::string lower = x3_bytes::ascii_lower(value);
    const auto read = read_whole(value, lower, read_near_miss);
    if (!read)
        return std::nullopt;
    const ParsedDate& p = read->parts;
    if (const auto date = checked(p))
        return date;
    // 11/20/2026: day 11 of no month, month first.
    if (p.day_first_numbers && p.weekday < 0 && Date::valid(p.year, p.day, p.month))
        return Date{p.year, p.day, p.month};
    return std::nullopt;
}

std::optional<LeadingDate> parse_leading_date(std::string_view text) {
    text = trim(text);
    const std::string lower = x3_bytes::ascii_lower(text);
    const char* first = lower.data();
    auto date = parse_date_prefix(first, lower.data() + lower.size());
    if (!date)
        return std::nullopt;
    const std::string_view rest =
        strip_separator(text.substr(static_cast<std::size_t>(first - lower.data())));
    return LeadingDate{*date, rest};
}

std::optional<FoundDate> find_date(std::string_view text) {
    // Every date has a digit (its day or year): most texts are done with one scan.
    if (text.find_first_of("0123456789") == std::string_view::npos)
        return std::nullopt;
    const std::string lower = x3_bytes::ascii_lower(text);
    for (std::size_t i = 0; i < lower.size(); ++i) {
        const auto c = static_cast<unsigned char>(lower[i]);
        const bool word_start =
            std::isalnum(c) && (i == 0 || !std::isalnum(static_cast<unsigned char>(lower[i - 1])));
        if (!word_start)
            continue;
        const char* first = lower.data() + i;
        if (const auto date = parse_date_prefix(first, lower.data() + lower.size()))
            return FoundDate{*date, i, static_cast<std::size_t>(first - lower.data())};
    }
    return std::nullopt;
}

} // namespace cpdoc
