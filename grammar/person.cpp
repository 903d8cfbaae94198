#include "grammar/person.hpp"

#include "grammar/folding.hpp"
#include <algorithm>
#include <optional>

namespace cpdoc {

namespace {

// "Team Manager (Social Work)": the role, with the agency in brackets after it.
void split_bracketed_agency(Person& person) {
    const std::string_view role = person.role;
    const auto open = role.find('(');
    if (!person.agency.empty() || open == std::string_view::npos || role.back() != ')')
        return;
    person.agency = trim(role.substr(open + 1, role.size() - open - 2));
    person.role = trim(role.substr(0, open));
}

// The separator between a person's parts: a comma, or else a spaced dash as in
// "Alison Reid – Team Manager – Social Work".
std::string_view part_separator(std::string_view text) {
    if (text.find(',') != std::string_view::npos)
        return ",";
    for (const std::string_view dash : {" \u2013 ", " \u2014 ", " - "})
        if (text.find(dash) != std::string_view::npos)
            return dash;
    return ",";
}

// "Mum (Kerry Barnes)": how minutes list the family, the relation first and the name in
// brackets.
bool family_relation(std::string_view text) {
    static constexpr std::string_view relations[] = {
        "mum",           "mother",      "dad",
        "father",        "parent",      "step-mum",
        "stepmum",       "stepmother",  "step-dad",
        "stepdad",       "stepfather",  "mum's partner",
        "dad's partner", "partner",     "gran",
        "granny",        "nan",         "nana",
        "grandmother",   "grandad",     "granddad",
        "grandfather",   "grandparent", "aunt",
        "auntie",        "uncle",       "brother",
        "sister",        "carer",       "foster carer",
        "kinship carer", "guardian",    "special guardian"};
    const std::string folded = fold_name(text);
    return std::find(std::begin(relations), std::end(relations), folded) != std::end(relations);
}

// "SW (Liam)", "Social worker (Liam Hart)": a role first and the name in brackets, as
// minutes give actions. The role is an abbreviation in capitals (SW, HV, DHT) or a common
// title; the name is one to three capitalised words.
bool role_before_name(std::string_view role, std::string_view name) {
    static constexpr std::string_view roles[] = {
        "social worker", "health visitor", "team manager", "team leader",
        "teacher",       "head teacher",   "headteacher",  "school nurse",
        "midwife",       "police officer", "key worker",   "lead professional"};
    const bool abbreviation =
        role.size() >= 2 && role.size() <= 4 &&
        std::all_of(role.begin(), role.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const std::string folded = fold_name(role);
    if (!abbreviation && std::find(std::begin(roles), std::end(roles), folded) == std::end(roles))
        return false;
    // A name's words are capitalised letters with a small letter among them: "HV (NHS
    // Lanarkshire)" is a role and its agency.
    const auto name_word = [](std::string_view word) {
        const auto letter = [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'';
        };
        return !word.empty() && word[0] >= 'A' && word[0] <= 'Z' &&
               std::all_of(word.begin(), word.end(), letter) &&
               std::any_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    };
    std::size_t words = 0;
    for (std::size_t at = 0; at < name.size();) {
        const std::size_t end = std::min(name.find(' ', at), name.size());
        if (end > at && !name_word(name.substr(at, end - at)))
            return false;
        words += end > at ? 1 : 0;
        at = end + 1;
    }
    return words >= 1 && words <= 3;
}

// "Mum (Kerry Barnes)", "SW (Liam)": a relation or a role, then the person's name in
// brackets; the two parts, as views of the text.
std::optional<std::pair<std::string_view, std::string_view>>
relation_then_name(std::string_view text) {
    text = trim(text);
    const auto open = text.find('(');
    if (open == std::string_view::npos || text.back() != ')')
        return std::nullopt;
    const std::string_view relation = trim(text.substr(0, open));
    const std::string_view name = trim(text.substr(open + 1, text.size() - open - 2));
    if (name.find(',') != std::string_view::npos ||
        !(family_relation(relation) || role_before_name(relation, name)))
        return std::nullopt;
    return std::pair{relation, name};
}

} // namespace

Person parse_person(std::string_view text) {
    text = trim(text);
    Person person;
    // A name alone ("Graham Toner"), as owners and most people a rule looks up are written:
    // without a comma, a bracket or a dash (a dash's first byte) there is no role to split off.
    if (std::none_of(text.begin(), text.end(),
                     [](char c) { return c == ',' || c == '(' || c == '-' || c == '\xE2'; })) {
        person.name = text;
        return person;
    }
    if (const auto split = relation_then_name(text)) {
        person.role = split->first;
        person.name = split->second;
        return person;
    }
    std::string_view rest;
    const std::string_view separator = part_separator(text);
    const auto open = text.find('(');
    const auto first_separator = text.find(separator);
    if (open != std::string_view::npos && text.back() == ')' &&
        (first_separator == std::string_view::npos || first_separator > open)) {
        person.name = trim(text.substr(0, open));
        rest = text.substr(open + 1, text.size() - open - 2);
    } else {
        person.name = trim(text.substr(0, first_separator));
        if (first_separator != std::string_view::npos)
            rest = text.substr(first_separator + separator.size());
    }
    const std::string_view rest_separator =
        rest.find(separator) != std::string_view::npos ? separator : std::string_view(",");
    const auto next = rest.find(rest_separator);
    person.role = trim(rest.substr(0, next));
    if (next != std::string_view::npos)
        person.agency = trim(rest.substr(next + rest_separator.size()));
    split_bracketed_agency(person);
    // "Mum (Dawn Reilly), Parent", as an attendance table's row reads: the relation and the
    // name in brackets, then the role.
    if (const auto split = relation_then_name(person.name)) {
        const std::string relation(split->first);
        person.name = std::string(split->second);
        if (person.role.empty())
            person.role = relation;
    }
    return person;
}

namespace {

// The parts of the text between separators outside brackets, trimmed.
std::vector<std::string_view> split_outside_brackets(std::string_view text, bool at_commas) {
    std::vector<std::string_view> parts;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '(')
            ++depth;
        else if (c == ')')
            --depth;
        else if (depth == 0 && (c == ';' || (at_commas && c == ','))) {
            parts.push_back(trim(text.substr(start, i - start)));
            start = i + 1;
        }
    }
    parts.push_back(trim(text.substr(start)));
    return parts;
}

} // namespace

std::vector<std::string_view> listed_people(std::string_view text) {
    // Several people are told apart by brackets or semicolons: without either, the value is
    // one person, and most values are, so they are not split twice to find it out.
    if (std::none_of(text.begin(), text.end(), [](char c) { return c == '(' || c == ';'; }))
        return {trim(text)};
    const auto bracketed = split_outside_brackets(text, true);
    if (bracketed.size() > 1 &&
        std::all_of(bracketed.begin(), bracketed.end(), [](std::string_view part) {
            const auto open = part.find('(');
            return open != std::string_view::npos && open > 0 && part.back() == ')';
        }))
        return bracketed;
    // "Sarah Boyle, Health Visitor, NHS Lanarkshire; Mark Devine, Nursery Manager, Education":
    // no one person's name, role or agency holds a semicolon, so it separates people.
    const auto by_semicolon = split_outside_brackets(text, false);
    if (by_semicolon.size() > 1 &&
        std::all_of(by_semicolon.begin(), by_semicolon.end(), [](std::string_view part) {
            return part.find(',') != std::string_view::npos ||
                   part.find('(') != std::string_view::npos;
        }))
        return by_semicolon;
    return {trim(text)};
}

std::string person_key(std::string_view name) {
    std::string key = fold_name(name);
    // A title, with or without its full stop: "Sgt. Paul Hughes" is Paul Hughes. A title is
    // the whole first word, so only that word is compared, and only when it is short enough.
    const auto head_end = key.begin() + static_cast<long>(std::min<std::size_t>(key.size(), 5));
    const std::size_t first_word = static_cast<std::size_t>(
        std::find_if(key.begin(), head_end, [](char c) { return c == ' ' || c == '.'; }) -
        key.begin());
    if (first_word <= 4 && key.size() > first_word + 1) {
        const std::string_view word(key.data(), first_word);
        for (const std::string_view title : {"dr", "mr", "mrs", "ms", "miss", "mx", "pc", "dc",
                                             "ds", "di", "sgt", "insp", "cllr", "prof"})
            if (word == title) {
                const auto rest = key.find_first_not_of(". ", first_word);
                key.erase(0, rest == std::string::npos ? key.size() : rest);
                break;
            }
    }
    while (!key.empty() && key.back() == '.')
        key.pop_back();
    return key;
}

} // namespace cpdoc
