#include "view/person_in_full.hpp"

#include "grammar/folding.hpp"
#include "grammar/inlines.hpp"
#include "grammar/person.hpp"

namespace cpdoc {

std::optional<Located> person_in_full(const Located& value, const DocumentView& view) {
    const Person written = parse_person(value.text);
    if (!written.role.empty() || written.name.empty())
        return std::nullopt;
    const Person* known = view.person(written.name);
    if (known == nullptr && written.name.find(' ') == std::string::npos) {
        const auto called = view.people_called(fold_name(written.name));
        if (called.size() == 1)
            known = called.front();
    }
    if (known == nullptr || known->role.empty())
        return std::nullopt;
    Located in_full{known->name + ", " + known->role, value.pos};
    read_inlines(in_full); // made of the text of another field
    return in_full;
}

} // namespace cpdoc
