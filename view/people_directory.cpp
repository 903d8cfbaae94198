#include "view/people_directory.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"

#include <algorithm>

namespace cpdoc {

void PeopleDirectory::add(std::string_view person_field_value) {
    for (const std::string_view listed : listed_people(person_field_value)) {
        const Person person = parse_person(listed);
        if (person.name.empty() || is_placeholder(person.name))
            continue;
        auto [it, inserted] = people_.emplace(person_key(person.name), person);
        if (!inserted && it->second.role.empty())
            it->second = person;
    }
}

void PeopleDirectory::index() {
    for (const auto& [key, person] : people_) {
        const auto first_space = key.find(' ');
        if (first_space != std::string::npos) {
            by_name_part_.emplace(key.substr(0, first_space), &person);
            by_name_part_.emplace(key.substr(key.rfind(' ') + 1), &person);
        }
        if (!person.role.empty())
            roles_.insert(fold_name(person.role));
        if (!person.agency.empty())
            agencies_.insert(fold_name(person.agency));
    }
}

const Person* PeopleDirectory::person(std::string_view name) const {
    const auto it = people_.find(person_key(name));
    return it == people_.end() ? nullptr : &it->second;
}

std::vector<const Person*> PeopleDirectory::people_called(std::string_view word) const {
    std::vector<const Person*> found;
    const auto [first, last] = by_name_part_.equal_range(word);
    for (auto it = first; it != last; ++it)
        if (std::find(found.begin(), found.end(), it->second) == found.end())
            found.push_back(it->second);
    return found;
}

const char* PeopleDirectory::role_or_agency(std::string_view text) const {
    const std::string folded = fold_name(text);
    if (roles_.count(folded) != 0)
        return "a role";
    if (agencies_.count(folded) != 0)
        return "an agency";
    return nullptr;
}

} // namespace cpdoc
