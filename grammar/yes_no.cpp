#include "grammar/yes_no.hpp"

#include "grammar/folding.hpp"
#include "grammar/x3_byte_classes.hpp"

namespace cpdoc {
namespace x3 = boost::spirit::x3;

std::string_view strip_separator(std::string_view text) {
    text = trim(text);
    for (const std::string_view separator : {",", ";", ":", "-", ".", "\u2014", "\u2013"})
        if (text.starts_with(separator))
            return trim(text.substr(separator.size()));
    return text;
}

std::optional<YesNo> parse_yes_no(std::string_view text) {
    text = trim(text);
    bool yes = false;
    auto set_yes = [&](auto&) { yes = true; };
    auto set_no = [&](auto&) { yes = false; };
    const std::string lower = x3_bytes::ascii_lower(text);
    const char* first = lower.data();
    // "Not yet — Mum will be told on 3 December": a no, with its reason; "Not alone - Dad
    // present" answers "Seen alone". Forms are ticked Y or N.
    // A letter alone is an answer only before a space or the end: "N/A" is not a no.
    const auto letter_ends = x3::eoi | &x3::char_(" \t,;:");
    const auto no = x3::lit("not yet") | x3::lit("not informed") | x3::lit("not told") |
                    x3::lit("not seen alone") | x3::lit("not alone") | x3::lit("no");
    const auto answer = ((x3::lit("yes")[set_yes] | no[set_no]) >> !x3_bytes::alnum) |
                        (x3::lit('y')[set_yes] >> letter_ends) |
                        (x3::lit('n')[set_no] >> letter_ends);
    if (!x3::parse(first, lower.data() + lower.size(), answer))
        return std::nullopt;
    const auto consumed = static_cast<std::size_t>(first - lower.data());
    return YesNo{yes, std::string(strip_separator(text.substr(consumed)))};
}

} // namespace cpdoc
