// The dialect's person values: `Name, Role, Agency`, lists of them, and the key a person is
// known by across a document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

// "Name, Role, Agency" or "Name (Role, Agency)"; role and agency may be empty. A family
// member listed as "Mum (Kerry Barnes)" is named Kerry Barnes, in the role Mum.
struct Person {
    std::string name;
    std::string role;
    std::string agency;
};

Person parse_person(std::string_view text);

// The people a value lists when it names several, each as `Name (Role)`, separated by commas
// or semicolons: "Jo Bell (SW), Jane Doe (HV); Tom Price (DHT)"; or each as `Name, Role,
// Agency`, separated by semicolons. Otherwise the whole value, which is one person ("Jo Bell,
// Social Worker, Social Work").
std::vector<std::string_view> listed_people(std::string_view text);

// The key that identifies a person across a document: the folded name without a title
// ("Dr Sam Khan" and "sam khan" are the same person).
std::string person_key(std::string_view name);

} // namespace cpdoc
