#include "date.hpp"

#include "clock_time.hpp"
#include "values.hpp"
#include "x3_input.hpp"

#include <array>
#include <cctype>
#include <cstdio>

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
            add(x3_input::ascii_lower(month_names[m]), m + 1);
            if (month_names[m].size() > 3) // "Nov", and "Sept" as well as "Sep"
                add(x3_input::ascii_lower(month_names[m].substr(0, 3)), m + 1);
        }
        add("sept", 9);
    }
};

struct WeekdayTable : x3::symbols<int> {
    WeekdayTable() {
        for (int d = 0; d < 7; ++d) {
            add(x3_input::ascii_lower(weekday_names[d]), d);
            add(x3_input::ascii_lower(weekday_names[d].substr(0, 3)), d);
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

struct ParsedDate {
    int year = 0, month = 0, day = 0;
    int weekday = -1;
};

// What the grammar read at the front of a value: the numbers as written, before they are
// checked to be a real date on the weekday given.
struct ReadDate {
    ParsedDate parts;
    const char* end = nullptr;
};

// Reads a date at the front of [first, last), text already ascii_lower'd.
std::optional<ReadDate> read_date_prefix(const char* first, const char* last) {
    using x3::_attr;
    using x3::lit;
    ParsedDate p;
    auto set_year = [&](auto& ctx) { p.year = _attr(ctx); };
    auto set_month = [&](auto& ctx) { p.month = _attr(ctx); };
    auto set_day = [&](auto& ctx) { p.day = _attr(ctx); };
    auto set_weekday = [&](auto& ctx) { p.weekday = _attr(ctx); };
    const x3::uint_parser<int, 10, 4, 4> year4;
    const x3::uint_parser<int, 10, 2, 2> two_digits;
    const x3::uint_parser<int, 10, 1, 2> one_or_two_digits;
    const auto word_end = !x3_input::alpha;

    const auto iso = year4[set_year] >> lit('-') >> two_digits[set_month] >> lit('-') >>
                     two_digits[set_day] >> !x3_input::digit;
    const auto blanks = +x3_input::blank;
    const auto ordinal = lit("st") | lit("nd") | lit("rd") | lit("th");
    const auto weekday = weekday_table[set_weekday] >> word_end >> -lit('.') >> -lit(',') >> blanks;
    const auto long_form = -weekday >> one_or_two_digits[set_day] >> -ordinal >> blanks >>
                           -(lit("of") >> blanks) >> month_table[set_month] >> word_end >>
                           -lit('.') >> -lit(',') >> blanks >> year4[set_year] >> !x3_input::digit;

    const char* it = first;
    if (!x3::parse(it, last, iso | long_form))
        return std::nullopt;
    return ReadDate{p, it};
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

// "By 29 January 2027", "no later than 3 Dec 2026": how due dates are often written; the date
// is the same.
std::string_view without_deadline_words(std::string_view text) {
    for (const std::string_view words : {"by ", "no later than "})
        if (text.size() > words.size() &&
            x3_input::ascii_lower(text.substr(0, words.size())) == words)
            return trim(text.substr(words.size()));
    return text;
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

std::optional<Date> parse_date(std::string_view text) {
    text = without_deadline_words(without_final_stop(text));
    if (text.size() == 10 && text[4] == '-')
        return parse_iso_exactly(text);
    const std::string lower = x3_input::ascii_lower(text);
    const char* first = lower.data();
    auto date = parse_date_prefix(first, lower.data() + lower.size());
    if (!date)
        return std::nullopt;
    if (first == lower.data() + lower.size())
        return date;
    // What may follow the date in a date field: the time of day ("14 December 2026, 10am",
    // "2026-12-14 at 10:00") or a note in brackets ("2026-11-16 (seen at clinic)").
    std::string_view rest =
        strip_separator(text.substr(static_cast<std::size_t>(first - lower.data())));
    if (rest.size() > 3 && x3_input::ascii_lower(rest.substr(0, 3)) == "at ")
        rest = trim(rest.substr(3));
    const bool noted = rest.size() > 2 && rest.front() == '(' && rest.back() == ')';
    return noted || parse_clock_time(rest) ? date : std::nullopt;
}

std::string why_not_a_date(std::string_view text) {
    const std::string written(trim(text));
    const std::string lower = x3_input::ascii_lower(without_final_stop(text));
    const auto read = read_date_prefix(lower.data(), lower.data() + lower.size());
    if (read && read->end == lower.data() + lower.size()) {
        const ParsedDate& p = read->parts;
        if (!Date::valid(p.year, p.month, p.day))
            return "`" + written + "` is not a real date: " +
                   (p.month >= 1 && p.month <= 12
                        ? std::string(month_names[p.month - 1]) + " " + std::to_string(p.year) +
                              " has no day " + std::to_string(p.day)
                        : "there is no month " + std::to_string(p.month));
        const Date date{p.year, p.month, p.day};
        if (p.weekday >= 0 && p.weekday != date.weekday())
            return "`" + written + "` names the wrong day: " + date.long_form() + " is a " +
                   std::string(weekday_names[static_cast<std::size_t>(date.weekday())]);
    }
    return "`" + written + "` is not a date: write it as " + std::string(accepted_date_forms);
}

std::optional<LeadingDate> parse_leading_date(std::string_view text) {
    text = trim(text);
    const std::string lower = x3_input::ascii_lower(text);
    const char* first = lower.data();
    auto date = parse_date_prefix(first, lower.data() + lower.size());
    if (!date)
        return std::nullopt;
    const std::string_view rest =
        strip_separator(text.substr(static_cast<std::size_t>(first - lower.data())));
    return LeadingDate{*date, rest};
}

std::optional<FoundDate> find_date(std::string_view text) {
    const std::string lower = x3_input::ascii_lower(text);
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
