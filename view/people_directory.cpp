#include "view/people_directory.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"

#include <algorithm>

namespace cpdoc {

void PeopleDirectory::add(std::string_view person_field_value) {
    for (const std::string_view listed : listed_people(person_field_value)) {
        Person person = parse_person(listed);
        if (person.name.empty() || is_placeholder(person.name))
            continue;
        // try_emplace leaves `person` alone when the key is taken, as emplace would not.
        auto [it, inserted] = people_.try_emplace(person_key(person.name), std::move(person));
        if (!inserted && it->second.role.empty())
            it->second = std::move(person);
    }
}

void PeopleDirectory::index() {
    for (const auto& [key, person] : people_) {
        const auto first_space = key.find(' ');
        if (first_space != std::string::npos) {
            const std::string_view whole = key;
            by_name_part_.emplace_back(whole.substr(0, first_space), &person);
            by_name_part_.emplace_back(whole.substr(key.rfind(' ') + 1), &person);
        }
    }
    // Stable: people with the same name part stay in the order of their keys.
    std::stable_sort(by_name_part_.begin(), by_name_part_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
}

const Person* PeopleDirectory::person(std::string_view name) const {
    const auto it = people_.find(person_key(name));
    return it == people_.end() ? nullptr : &it->second;
}

std::vector<const Person*> PeopleDirectory::people_called(std::string_view word) const {
    std::vector<const Person*> found;
    const auto [first, last] =
        std::equal_range(by_name_part_.begin(), by_name_part_.end(), NamePart{word, nullptr},
                         [](const NamePart& a, const NamePart& b) { return a.first < b.first; });
    for (auto it = first; it != last; ++it)
        if (std::find(found.begin(), found.end(), it->second) == found.end())
            found.push_back(it->second);
    return found;
}

// Asked about few texts, so each person's role and agency is folded here, not for every
// document in index().
PeopleDirectory::Holders PeopleDirectory::role_or_agency(std::string_view text) const {
    const std::string folded = fold_name(text);
    const bool words = folded.find(' ') != std::string::npos;
    Holders holders;
    const auto hold = [&](std::string Person::*part, const char* what) {
        for (const auto& [key, person] : people_) {
            const std::string& written = person.*part;
            if (written.empty())
                continue;
            const std::string held = fold_name(written);
            if (held == folded || (words && held.starts_with(folded + ' '))) {
                holders.what = what;
                holders.people.push_back(&person);
            }
        }
        return holders.what != nullptr;
    };
    if (!hold(&Person::role, "a role"))
        hold(&Person::agency, "an agency");
    return holders;
}

} // namespace cpdoc
