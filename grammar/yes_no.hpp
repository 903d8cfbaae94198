// The dialect's yes/no values, with the reason that may follow them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cpdoc {

struct YesNo {
    bool yes = false;
    std::string reason; // text after the separator, may be empty
};

// "yes", "No — telling the family would put Megan at risk", "no; ..." (any case); "not yet",
// "not informed" and "not told" are a no. Tick boxes answer too: "☐ Yes ☒ No – baby (9
// weeks)" or "[x] Yes [ ] No" is the one ticked, when exactly one is.
// "☒ Share ☐ Do not share", "[ ] Yes [x] No": the one option ticked, as a form is filled
// in; nullopt when the text is no row of boxes or not exactly one is ticked.
std::optional<std::string> ticked_option(std::string_view text);

std::optional<YesNo> parse_yes_no(std::string_view text);

// Drops one leading separator (, ; : - . em or en dash) and the spaces around it.
std::string_view strip_separator(std::string_view text);

} // namespace cpdoc
