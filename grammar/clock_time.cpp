#include "clock_time.hpp"

#include <cctype>
#include <string>

namespace cpdoc {
namespace {

bool is_digit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}
bool is_alnum(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}
char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// Reads a digit run at text[i], advancing i.
int digits(std::string_view text, std::size_t& i, std::size_t& count) {
    int value = 0;
    count = 0;
    while (i < text.size() && is_digit(text[i]) && count < 5) {
        value = value * 10 + (text[i] - '0');
        ++i;
        ++count;
    }
    return value;
}

// "am", "pm", "a.m.", "p.m." (after optional spaces) at text[i]: 0 for am, 12 for pm.
std::optional<int> meridiem(std::string_view text, std::size_t& i) {
    std::size_t j = i;
    while (j < text.size() && text[j] == ' ')
        ++j;
    if (j >= text.size() || (lower(text[j]) != 'a' && lower(text[j]) != 'p'))
        return std::nullopt;
    const int offset = lower(text[j]) == 'p' ? 12 : 0;
    ++j;
    if (j < text.size() && text[j] == '.')
        ++j;
    if (j >= text.size() || lower(text[j]) != 'm')
        return std::nullopt;
    ++j;
    if (j < text.size() && text[j] == '.')
        ++j;
    if (j < text.size() && is_alnum(text[j]))
        return std::nullopt;
    i = j;
    return offset;
}

// The word after optional spaces at text[i], lower-cased.
std::string next_word(std::string_view text, std::size_t i) {
    while (i < text.size() && text[i] == ' ')
        ++i;
    std::string word;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
        word += lower(text[i++]);
    return word;
}

bool two_digits_at(std::string_view text, std::size_t i) {
    return i + 1 < text.size() && is_digit(text[i]) && is_digit(text[i + 1]);
}

// Past the word after optional spaces at text[i].
std::size_t after_word(std::string_view text, std::size_t i) {
    while (i < text.size() && text[i] == ' ')
        ++i;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
        ++i;
    return i;
}

// The time of day starting at text[i], a word start; `end` is set past it.
std::optional<int> time_at(std::string_view text, std::size_t i, std::size_t& end) {
    std::size_t count = 0;
    const int hour = digits(text, i, count);
    if (count == 4) { // "1530hrs"
        const std::string unit = next_word(text, i);
        if ((unit == "hrs" || unit == "h") && hour / 100 < 24 && hour % 100 < 60) {
            end = after_word(text, i);
            return hour / 100 * 60 + hour % 100;
        }
        return std::nullopt;
    }
    if (count == 0 || count > 2)
        return std::nullopt;
    std::optional<int> time;
    if (i < text.size() && (text[i] == ':' || text[i] == '.') && two_digits_at(text, i + 1)) {
        const int minute = (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
        i += 3;
        const bool longer =
            i < text.size() &&
            (is_digit(text[i]) ||
             ((text[i] == '.' || text[i] == ':' || text[i] == '/' || text[i] == '-') &&
              i + 1 < text.size() && is_digit(text[i + 1])));
        if (longer || minute > 59)
            return std::nullopt; // a date, a version or a longer number
        if (const auto offset = meridiem(text, i)) {
            if (hour >= 1 && hour <= 12)
                time = (hour % 12 + *offset) * 60 + minute;
        } else {
            const std::string unit = next_word(text, i);
            if (unit == "hours" || unit == "hrs" || unit == "minutes" || unit == "mins")
                return std::nullopt; // "1.30 hours" is how long, not when
            if (hour < 24)
                time = hour * 60 + minute;
        }
    } else if (const auto offset = meridiem(text, i)) { // "10am", "3 p.m."
        if (hour >= 1 && hour <= 12)
            time = (hour % 12 + *offset) * 60;
    }
    if (time)
        end = i;
    return time;
}

bool word_at(std::string_view text, std::size_t i, std::string_view word) {
    if (text.size() - i < word.size())
        return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if (lower(text[i + k]) != word[k])
            return false;
    return i + word.size() == text.size() || !is_alnum(text[i + word.size()]);
}

} // namespace

std::optional<int> find_clock_time(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_alnum(text[i]) || (i > 0 && (is_alnum(text[i - 1]) || text[i - 1] == '.' ||
                                             text[i - 1] == ':' || text[i - 1] == '-')))
            continue;
        if (word_at(text, i, "midday") || word_at(text, i, "noon"))
            return 12 * 60;
        if (word_at(text, i, "midnight"))
            return 0;
        std::size_t end = 0;
        if (is_digit(text[i]))
            if (const auto time = time_at(text, i, end))
                return time;
    }
    return std::nullopt;
}

std::optional<int> parse_clock_time(std::string_view text) {
    std::size_t first = 0;
    while (first < text.size() && text[first] == ' ')
        ++first;
    std::size_t last = text.size();
    while (last > first && text[last - 1] == ' ')
        --last;
    text = text.substr(first, last - first);
    for (const std::string_view word : {"midday", "noon"})
        if (text.size() == word.size() && word_at(text, 0, word))
            return 12 * 60;
    std::size_t end = 0;
    const auto time = !text.empty() && is_digit(text[0]) ? time_at(text, 0, end) : std::nullopt;
    return time && end == text.size() ? time : std::nullopt;
}

} // namespace cpdoc
