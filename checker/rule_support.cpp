#include "rule_support.hpp"

#include "source_wording.hpp"

#include "grammar/date.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <cctype>

namespace cpdoc {

Position value_position(const Field* field, Position fallback) {
    if (field == nullptr || trim(field->value.text).empty())
        return fallback;
    return field->value.pos;
}

bool date_slip_reported(const CheckContext& context, std::string_view value) {
    value = trim(value);
    if (value.empty() || parse_date(value))
        return false;
    return context.runs(is_placeholder(value) ? "PLACEHOLDER-UNFILLED" : "DATE-INVALID");
}

namespace {

// A heading no section of the kind answers to, near enough to this one's name or an alias
// to be a slip of the keyboard ("## Contingncy", "## Chlid views"), closer to it than to any
// other section of the kind.
std::string misspelt_heading_hint(const CheckContext& context, const SectionSpec& spec) {
    const KindSpec* kind = context.view.kind_spec();
    const auto distance_to = [](const Named& named, const std::string& key) {
        std::size_t best = std::string::npos;
        for (const std::string& folded : named.folded)
            best = std::min(best, edit_distance(key, folded));
        return best;
    };
    for (const Section& section : context.document().sections) {
        const std::string& key = section.folded_heading;
        if (kind == nullptr || context.view.spec_of(section) != nullptr || key.size() < 4)
            continue;
        const std::size_t limit = std::min<std::size_t>(3, (key.size() + 1) / 3);
        const std::size_t distance = distance_to(spec, key);
        if (distance > limit)
            continue;
        const bool nearer_elsewhere = std::any_of(
            kind->sections.begin(), kind->sections.end(), [&](const SectionSpec& other) {
                return &other != &spec && distance_to(other, key) < distance;
            });
        if (!nearer_elsewhere)
            return " (`## " + section.heading.text + "` on line " +
                   std::to_string(section.heading.pos.line) +
                   " looks like a misspelling: write `## " + spec.name + "`)";
    }
    return "";
}

} // namespace

std::string misplaced_heading_hint(const CheckContext& context, std::string_view canonical) {
    const SectionSpec* spec = context.view.spec(canonical);
    if (spec == nullptr)
        return "";
    if (std::string misspelt = misspelt_heading_hint(context, *spec); !misspelt.empty())
        return misspelt;
    for (const Section& section : context.document().sections)
        for (const Prose& prose : section.prose) {
            const bool sub_heading = prose.kind == Prose::Kind::heading;
            const auto words = prose.text.find_first_not_of('#');
            const bool unspaced = prose.kind == Prose::Kind::paragraph && words != 0 &&
                                  words != std::string::npos && prose.text.size() < 80;
            if (!(sub_heading || unspaced) ||
                !spec->matches_folded(
                    heading_key(std::string_view(prose.text).substr(sub_heading ? 0 : words))))
                continue;
            const std::string what = sub_heading ? "a sub-heading" : "`" + prose.text + "`";
            return " (" + what + " on line " + std::to_string(prose.pos.line) +
                   " does not start the section: write `## " + spec->name + "`)";
        }
    return "";
}

std::vector<ChildSeen> children_seen(const CheckContext& context, const Section& section) {
    constexpr std::string_view seen = "Child seen";
    const bool own_fields = !context.view.value(section.fields, seen, "Last seen").empty() ||
                            !context.view.value(section.fields, seen, "Seen alone").empty() ||
                            !context.view.value(section.fields, seen, "Seen by").empty();
    std::vector<ChildSeen> found;
    if (!own_fields)
        for (const Record& record : section.records)
            if (!record.fields.empty())
                found.push_back({&record.fields, record.title.pos, record.title.text});
    if (found.empty())
        found.push_back({&section.fields, section.heading.pos, ""});
    return found;
}

bool is_manager_role(const CheckContext& context, std::string_view role) {
    // "Social Worker (chairing for the Team Manager)": the role is the one before the
    // brackets; someone standing in for a manager is not one.
    const auto open = role.find('(');
    if (open != std::string_view::npos && open > 0) {
        const std::string inside = fold_name(role.substr(open));
        for (const std::string_view standing_in :
             {" for ", "(for ", "on behalf of", "deputising", "covering", "in place of"})
            if (inside.find(standing_in) != std::string::npos)
                return is_manager_role(context, role.substr(0, open));
    }
    // "Business Support Manager", "Head of Year": a manager's words, not a manager's role.
    if (context.first_term_in(Vocab::not_manager_roles, role))
        return false;
    return context.first_term_in(Vocab::manager_roles, role).has_value();
}

bool is_placeholder_phrase(const CheckContext& context, std::string_view text) {
    return is_one_of(text, context.folded_vocabulary(Vocab::placeholder_phrases));
}

namespace {

// The last word of an organisation's name ("Carluke Health Centre", "Solent NHS Trust", in
// agency-words) or of a role ("Housing officer", "Family support worker", in worker-words).
bool last_word_in(const CheckContext& context, std::string_view name, Vocab vocabulary) {
    const std::string folded = fold_name(name);
    const auto space = folded.rfind(' ');
    return space != std::string::npos && is_one_of(std::string_view(folded).substr(space + 1),
                                                   context.folded_vocabulary(vocabulary));
}

// "Chelsea Barrow", two or more words each starting with a capital letter.
bool looks_like_full_name(std::string_view text) {
    std::size_t words = 0;
    bool word_start = true;
    for (const char c : text) {
        if (c == ' ') {
            word_start = true;
            continue;
        }
        if (word_start && !(c >= 'A' && c <= 'Z'))
            return false;
        words += word_start ? 1 : 0;
        word_start = false;
    }
    return words >= 2;
}

} // namespace

Person owner_person(const CheckContext& context, std::string_view owner) {
    Person person = parse_person(owner);
    // "Mum (Chelsea Barrow)": the family relation first, the person in brackets.
    if (!person.role.empty() && person.agency.empty() &&
        (is_one_of(person.name, context.folded_vocabulary(Vocab::adult_words)) ||
         is_one_of(person.name, context.folded_vocabulary(Vocab::non_person_owners))) &&
        (context.view.person(person.role) != nullptr || looks_like_full_name(person.role)))
        std::swap(person.name, person.role);
    return person;
}

std::optional<std::string> not_a_named_person(const CheckContext& context, std::string_view owner) {
    const Person person = owner_person(context, owner);
    if (person.name.empty())
        return "no one is named";
    // Quoted only for a finding: most owners are named people.
    const auto named = [&] { return wording(context).typed(person.name); };
    const std::string formed = phrase_form(person.name); // one fold for every test below
    if (is_formed_one_of(formed, context.folded_vocabulary(Vocab::non_person_owners))) {
        // "Dad", where the minutes name him ("Family: Dad (Mark Dean)"): say whom it means.
        for (const auto& [key, someone] : context.view.people())
            if (!someone.role.empty() && phrase_form(someone.role) == formed)
                return named() + " is not a named person: write their name, " +
                       wording(context).typed(someone.name);
        return named() + " is not a named person";
    }
    if (is_formed_one_of(formed, context.folded_vocabulary(Vocab::manager_roles)))
        return named() + " is a role, not a named person";
    if (context.view.person(person.name) == nullptr) {
        if (const auto held = context.view.role_or_agency(person.name); held.what != nullptr) {
            // "Housing officer", where one Housing Officer attends: say whom it means.
            if (held.people.size() == 1)
                return named() + " is " + held.what + ", not a named person: write their name, " +
                       wording(context).typed(held.people.front()->name);
            return named() + " is " + held.what + ", not a named person";
        }
        if (last_word_in(context, person.name, Vocab::agency_words))
            return named() + " is an agency, not a named person";
        if (last_word_in(context, person.name, Vocab::worker_words))
            return named() + " is a role, not a named person";
    }
    // "Jo Bell; Tom Price": two lines of a Word cell.
    for (const std::string_view joiner : {" and ", " & ", "/", " + ", ";"})
        if (formed.find(joiner) != std::string::npos)
            return named() + " names more than one person; one person is accountable";
    return std::nullopt;
}

std::string with_article(std::string_view noun) {
    noun = trim(noun);
    std::size_t word_end = 0;
    while (word_end < noun.size() && std::isalpha(static_cast<unsigned char>(noun[word_end])))
        ++word_end;
    const std::string word = ascii_lowercase(noun.substr(0, word_end));
    bool an = false;
    if (word.size() > 1 && std::all_of(noun.begin(), noun.begin() + static_cast<long>(word_end),
                                       [](char c) { return c >= 'A' && c <= 'Z'; }))
        an = std::string_view("aefhilmnorsx").find(word[0]) != std::string_view::npos; // letters
    else if (!word.empty() && std::string_view("aeio").find(word[0]) != std::string_view::npos)
        an = true;
    else if (!word.empty() && word[0] == 'u')
        an = !(word.starts_with("uni") || word.starts_with("use") || word.starts_with("usu"));
    return (an ? "an " : "a ") + std::string(noun);
}

} // namespace cpdoc
