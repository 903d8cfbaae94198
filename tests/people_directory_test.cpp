#include "view/people_directory.hpp"

#include <catch2/catch.hpp>

using namespace cpdoc;

namespace {

std::vector<std::string> names(const std::vector<const Person*>& people) {
    std::vector<std::string> found;
    for (const Person* person : people)
        found.push_back(person->name);
    return found;
}

} // namespace

TEST_CASE("a person listed twice keeps the fuller entry, under the key without a title") {
    PeopleDirectory directory;
    directory.add("Dr Sam Khan");
    directory.add("Sam Khan, GP, Carluke Health Centre");
    directory.add("sam  khan, Locum");
    directory.index();
    REQUIRE(directory.people().size() == 1);
    const Person* sam = directory.person("SAM KHAN");
    REQUIRE(sam != nullptr);
    CHECK(sam->name == "Sam Khan");
    CHECK(sam->role == "GP");
    CHECK(sam->agency == "Carluke Health Centre");
    CHECK(directory.person("Sam") == nullptr);
}

TEST_CASE("people by first name or surname, each once, in the order of their keys") {
    PeopleDirectory directory;
    directory.add("Tom Price (DHT); Jo Bell (SW), Jane Doe (HV)");
    directory.add("Bell Price, Nursery Manager, Education; Alan Bell, Police Constable, Police");
    directory.add("Cher, Singer");
    directory.index();
    CHECK(directory.people().size() == 6);
    CHECK(names(directory.people_called("bell")) ==
          std::vector<std::string>{"Alan Bell", "Bell Price", "Jo Bell"});
    CHECK(names(directory.people_called("price")) ==
          std::vector<std::string>{"Bell Price", "Tom Price"});
    CHECK(names(directory.people_called("jane")) == std::vector<std::string>{"Jane Doe"});
    CHECK(directory.people_called("cher").empty()); // one word: neither first name nor surname
    CHECK(directory.people_called("Bell").empty()); // words are asked for folded
}

TEST_CASE("a role before an agency, folded, and nothing for a name") {
    PeopleDirectory directory;
    directory.add("Ann Roe, Health  Visitor, NHS Lanarkshire");
    directory.add("Bob Tait, Education, Social Work");
    directory.add("Cat Muir, Team Manager (Education)");
    directory.index();
    CHECK(directory.role_or_agency("health visitor").what == std::string_view("a role"));
    CHECK(directory.role_or_agency("*NHS* Lanarkshire").what == std::string_view("an agency"));
    CHECK(directory.role_or_agency("EDUCATION").what == std::string_view("a role"));
    CHECK(directory.role_or_agency("Social Work").what == std::string_view("an agency"));
    CHECK(directory.role_or_agency("Ann Roe").what == nullptr);
}

TEST_CASE("a role is said with who holds it, also by its first words") {
    PeopleDirectory directory;
    directory.add("Craig Munro, Depute Head Teacher, Calder Primary");
    directory.add("Kim Lee, Housing Officer, Council");
    directory.add("Jo Bell, Health Visitor, NHS");
    directory.add("Ann Roe, Health Visitor, NHS");
    directory.index();
    const auto depute = directory.role_or_agency("Depute Head");
    CHECK(depute.what == std::string_view("a role"));
    REQUIRE(depute.people.size() == 1);
    CHECK(depute.people[0]->name == "Craig Munro");
    CHECK(directory.role_or_agency("housing officer").people.size() == 1);
    CHECK(directory.role_or_agency("Health Visitor").people.size() == 2);
    // One word is too little to be a role's opening ("Depute" alone, "Health").
    CHECK(directory.role_or_agency("Health").what == nullptr);
}
