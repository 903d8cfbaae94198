// Small judgements several rule families share.
#pragma once

#include "grammar/person.hpp"
#include "rule.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace cpdoc {

// The field's value position when it has a value, otherwise `fallback`.
Position value_position(const Field* field, Position fallback);

// Whether a date field's value is written but cannot be read ("TBC", "03/12/26", a
// placeholder) and a finding at the value already says so: DATE-INVALID, or
// PLACEHOLDER-UNFILLED for a placeholder. A rule that needs the date then stays silent, so
// one slip gives one finding, where it is.
bool date_slip_reported(const CheckContext& context, std::string_view value);

// "N/A", "TBC", "to be discussed": text standing where a decision should be.
bool is_placeholder_phrase(const CheckContext& context, std::string_view text);

// When the section the policy calls `canonical` is missing but a line looks meant to start
// it (`### Actions`, `##Actions`), what to tell the author, starting with a space; otherwise
// empty.
std::string misplaced_heading_hint(const CheckContext& context, std::string_view canonical);

// Where the minutes record a child being seen: the `Child seen` section's own fields, or,
// for a sibling group, one record per child with the fields under it.
struct ChildSeen {
    const std::vector<Field>* fields;
    Position pos;      // the section heading, or the child's record title
    std::string child; // the record's title; empty for the section's own fields
};
std::vector<ChildSeen> children_seen(const CheckContext& context, const Section& section);

// Whether a role is one of the policy's manager roles ("Team Manager (Social Work)" is).
bool is_manager_role(const CheckContext& context, std::string_view role);

// The noun with its indefinite article, by how it is said: "a Social Worker", "an Early Years
// Worker", "an IRO", "an SW", "a Unit Manager".
std::string with_article(std::string_view noun);

// The person an owner's value names: parse_person, except that in "Mum (Chelsea Barrow)"
// the person is the one in brackets and "Mum" their role.
Person owner_person(const CheckContext& context, std::string_view owner);

// Why an owner is not one named person ("all", an agency, a role, two people), or nullopt
// when it is.
std::optional<std::string> not_a_named_person(const CheckContext& context, std::string_view owner);

} // namespace cpdoc
