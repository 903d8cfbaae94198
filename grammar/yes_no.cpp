#include "grammar/yes_no.hpp"

#include "grammar/folding.hpp"
#include "grammar/x3_byte_classes.hpp"

#include <cctype>

namespace cpdoc {
namespace x3 = boost::spirit::x3;

std::string_view strip_separator(std::string_view text) {
    text = trim(text);
    for (const std::string_view separator : {",", ";", ":", "-", ".", "\u2014", "\u2013"})
        if (text.starts_with(separator))
            return trim(text.substr(separator.size()));
    return text;
}

namespace {

// A tick box at the front of the text: whether it is ticked, and the text after it.
std::optional<std::pair<bool, std::string_view>> tick_box(std::string_view text) {
    for (const auto& [box, ticked] : {std::pair<std::string_view, bool>{"\u2610", false},
                                      {"\u2611", true},
                                      {"\u2612", true},
                                      {"[ ]", false},
                                      {"[x]", true},
                                      {"[X]", true}})
        if (text.starts_with(box))
            return std::pair{ticked, trim(text.substr(box.size()))};
    return std::nullopt;
}

// "☐ Yes ☒ No – baby (9 weeks)", "[x] Yes [ ] No", as a form is filled in: the answer ticked,
// when exactly one is, with what follows the boxes as its reason.
std::optional<YesNo> ticked_answer(std::string_view text) {
    std::optional<bool> answer;
    int ticked = 0, boxes = 0;
    while (const auto box = tick_box(text)) {
        const std::string lower = x3_bytes::ascii_lower(box->second.substr(0, 4));
        const bool yes = lower.starts_with("yes");
        if (!yes && !lower.starts_with("no"))
            break;
        const std::size_t length = yes ? 3 : 2;
        if (lower.size() > length && std::isalnum(static_cast<unsigned char>(lower[length])))
            break;
        ++boxes;
        if (box->first) {
            ++ticked;
            answer = yes;
        }
        text = trim(box->second.substr(length));
    }
    if (boxes == 0 || ticked != 1)
        return std::nullopt;
    return YesNo{*answer, std::string(strip_separator(text))};
}

} // namespace

std::optional<std::string> ticked_option(std::string_view text) {
    text = trim(text);
    std::optional<std::string> chosen;
    int ticked = 0;
    while (const auto box = tick_box(text)) {
        // The option runs to the next box.
        std::size_t end = box->second.size();
        for (const std::string_view next : {"\u2610", "\u2611", "\u2612", "[ ]", "[x]", "[X]"})
            end = std::min(end, box->second.find(next));
        if (box->first) {
            ++ticked;
            chosen = std::string(trim(box->second.substr(0, end)));
        }
        text = box->second.substr(end);
    }
    if (ticked != 1)
        return std::nullopt;
    return chosen;
}

std::optional<YesNo> parse_yes_no(std::string_view text) {
    text = trim(text);
    if (tick_box(text))
        return ticked_answer(text);
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
