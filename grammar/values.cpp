#include "values.hpp"

#include "x3_input.hpp"

#include <cctype>

namespace cpdoc {
namespace x3 = boost::spirit::x3;

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string ascii_lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string front_matter_key(std::string_view key) {
    std::string out;
    for (const char c : trim(key)) {
        if (c == '_' || c == ' ' || c == '\t')
            out += '-';
        else
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

bool is_placeholder(std::string_view text) {
    text = trim(text);
    return text.starts_with("{{") && text.ends_with("}}");
}

std::string kind_title(std::string_view kind) {
    if (kind == "child-plan")
        return "Child's plan";
    if (kind == "core-group-minutes")
        return "Core group minutes";
    if (kind == "multi-agency-minutes")
        return "Multi-agency meeting minutes";
    if (kind == "chronology")
        return "Chronology";
    return std::string(kind);
}

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
    const std::string lower = x3_input::ascii_lower(text);
    const char* first = lower.data();
    const auto answer = (x3::lit("yes")[set_yes] | x3::lit("no")[set_no]) >> !x3_input::alnum;
    if (!x3::parse(first, lower.data() + lower.size(), answer))
        return std::nullopt;
    const auto consumed = static_cast<std::size_t>(first - lower.data());
    return YesNo{yes, std::string(strip_separator(text.substr(consumed)))};
}

Person parse_person(std::string_view text) {
    text = trim(text);
    Person person;
    std::string_view rest;
    if (const auto open = text.find('('); open != std::string_view::npos && text.back() == ')') {
        person.name = trim(text.substr(0, open));
        rest = text.substr(open + 1, text.size() - open - 2);
    } else {
        const auto comma = text.find(',');
        person.name = trim(text.substr(0, comma));
        if (comma != std::string_view::npos)
            rest = text.substr(comma + 1);
    }
    const auto comma = rest.find(',');
    person.role = trim(rest.substr(0, comma));
    if (comma != std::string_view::npos)
        person.agency = trim(rest.substr(comma + 1));
    return person;
}

namespace {

template <class KeepChar> std::string fold(std::string_view text, KeepChar keep) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '*' || c == '_' || c == '`')
            continue;
        if (c == ' ' || c == '\t') {
            pending_space = !out.empty();
            continue;
        }
        // Typographic apostrophe U+2019 folds like the ASCII one.
        if (c == 0xE2 && text.substr(i, 3) == "\u2019") {
            if (keep('\''))
                out += '\'';
            i += 2;
            continue;
        }
        if (c < 0x80 && !keep(static_cast<char>(c)))
            continue;
        if (pending_space) {
            out += ' ';
            pending_space = false;
        }
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

} // namespace

std::string person_key(std::string_view name) {
    std::string key = fold_name(name);
    // A title, with or without its full stop: "Sgt. Paul Hughes" is Paul Hughes.
    for (const std::string_view title : {"dr", "mr", "mrs", "ms", "miss", "mx", "pc", "dc", "ds",
                                         "di", "sgt", "insp", "cllr", "prof"})
        if (key.starts_with(title) && key.size() > title.size() + 1 &&
            (key[title.size()] == ' ' || key[title.size()] == '.')) {
            const auto rest = key.find_first_not_of(". ", title.size());
            key.erase(0, rest == std::string::npos ? key.size() : rest);
            break;
        }
    while (!key.empty() && key.back() == '.')
        key.pop_back();
    return key;
}

std::string fold_name(std::string_view text) {
    return fold(text, [](char) { return true; });
}

std::string fold_key(std::string_view text) {
    std::string folded = fold(text, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == ' ' || c == '-' || c == '/';
    });
    for (char& c : folded)
        if (c == '-' || c == '/')
            c = ' ';
    std::string out;
    for (const char c : folded)
        if (c != ' ' || (!out.empty() && out.back() != ' '))
            out += c;
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string heading_key(std::string_view heading) {
    // "1.", "2)", "3.1", "4.2.1" or "A." before the words: numbering, not the name.
    std::string_view text = trim(heading);
    std::size_t i = 0;
    std::size_t run = 0; // digits in the current group: numbering has short groups
    while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) {
        run = text[i] == '.' ? 0 : run + 1;
        if (run > 2)
            return fold_key(text);
        ++i;
    }
    if (i == 0 && text.size() > 2 && std::isalpha(static_cast<unsigned char>(text[0])) &&
        (text[1] == '.' || text[1] == ')') && text[2] == ' ')
        i = 2;
    else if (i > 0 && i < text.size() && text[i] == ')')
        ++i;
    if (i > 0 && i < text.size() && (text[i] == ' ' || text[i] == '\t'))
        text.remove_prefix(i);
    return fold_key(text);
}

} // namespace cpdoc
