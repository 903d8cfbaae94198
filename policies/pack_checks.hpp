// What the schema cannot check of a pack, once it is resolved on top of its parent: that every
// name it uses means something. Rule ids are cpdoc's (rule_catalogue.hpp), vocabularies are
// ones the rules read, a <require> names a section and field its kind has, every <cite>
// names a declared <source>, and every rule that is on cites a paragraph. Each problem is an
// error at the line and column of the pack's own text; a requirement it adds without a
// citation is a warning (its findings will cite nothing).
#pragma once

#include "pack_error.hpp"
#include "policy.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

struct PackProblems {
    std::vector<PackError> errors;
    std::vector<PackError> warnings;
};

// `resolved` is the pack applied on top of its parent; `xml` the pack's own text.
PackProblems check_pack(const Policy& resolved, std::string_view xml,
                        const std::string& file_name);

} // namespace cpdoc
