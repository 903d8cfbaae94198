// Everyone a document names in a person field (attendance, named people, child seen), so a
// rule or the renderer can find "Karen" as "Karen Whyte, Team Manager".
#pragma once

#include "grammar/person.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

class PeopleDirectory {
public:
    // Adds everyone a person field's value lists (`Name, Role, Agency; Name, ...`), keeping
    // for each the fullest role and agency given.
    void add(std::string_view person_field_value);
    // Indexes first names, surnames, roles and agencies; called once, after every add.
    void index();

    // Keyed by person_key.
    const std::map<std::string, Person>& people() const { return people_; }
    const Person* person(std::string_view name) const;
    // Everyone whose first name or surname is `word` (folded, without a title).
    std::vector<const Person*> people_called(std::string_view word) const;
    // Who is written with this role or agency ("Health Visitor", "NHS Lanarkshire"), or a role
    // the text opens with in two words or more ("Depute Head" of "Depute Head Teacher"): what it
    // is ("a role", "an agency"; nullptr when no one is) and the people who hold it.
    struct Holders {
        const char* what = nullptr;
        std::vector<const Person*> people;
    };
    Holders role_or_agency(std::string_view text) const;

private:
    // A first name or surname (in a key of people_) and whose it is, sorted by name part.
    using NamePart = std::pair<std::string_view, const Person*>;
    std::map<std::string, Person> people_;
    std::vector<NamePart> by_name_part_;
};

} // namespace cpdoc
