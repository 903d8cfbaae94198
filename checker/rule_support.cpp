#include "rule_support.hpp"

#include "grammar/values.hpp"
#include "text_match.hpp"

namespace cpdoc {

Position value_position(const Field* field, Position fallback) {
    if (field == nullptr || trim(field->value.text).empty())
        return fallback;
    return field->value.pos;
}

bool is_placeholder_phrase(const CheckContext& context, std::string_view text) {
    return is_one_of(text, context.folded_vocabulary("placeholder-phrases"));
}

std::optional<std::string> not_a_named_person(const CheckContext& context, std::string_view owner) {
    const Person person = parse_person(owner);
    if (person.name.empty())
        return "no one is named";
    if (is_one_of(person.name, context.folded_vocabulary("non-person-owners")))
        return "`" + person.name + "` is not a named person";
    if (is_one_of(person.name, context.folded_vocabulary("manager-roles")))
        return "`" + person.name + "` is a role, not a named person";
    for (const std::string_view joiner : {" and ", " & ", "/", " + "})
        if (fold_name(person.name).find(joiner) != std::string::npos)
            return "`" + person.name + "` names more than one person; one person is accountable";
    return std::nullopt;
}

} // namespace cpdoc
