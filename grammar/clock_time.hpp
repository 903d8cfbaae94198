// A time of day written in free text, as practitioners write it in a chronology's event:
// "No answer at 10:00", "HV called 3.30pm", "visit at 10am", "1530hrs", "at midday".
#pragma once

#include <optional>
#include <string_view>

namespace cpdoc {

// The first time of day in the text, in minutes after midnight. A decimal or a date
// ("2.5 hours", "20.11.2026") is not a time; "10.15" is, like "10:15".
std::optional<int> find_clock_time(std::string_view text);

// The whole text, spaces aside, is one time of day ("10am", "10:30", "3.15 pm", "1530hrs",
// "midday"): its minutes after midnight.
std::optional<int> parse_clock_time(std::string_view text);

} // namespace cpdoc
