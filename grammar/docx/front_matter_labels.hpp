// The dialect's front-matter keys as a Word document labels them (spec section 9): in a
// details table, in `Label: value` paragraphs or as custom properties, by key ("next-review")
// or by its readable form ("Next review", "Compulsory Supervision Order", "Protective
// marking"), and their values as the dialect writes them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cpdoc::docx {

// "Child reference" -> "child"; nullopt when the label names no front-matter key.
std::optional<std::string> front_matter_key_for(std::string_view label);

// The label a details table gives a key: "next-meeting" -> "Next meeting"; the key if none.
std::string front_matter_label(std::string_view key);

// The value as the dialect writes it: for `document` the kind ("Core group minutes" ->
// "core-group-minutes"); for `policy` the pack id where cpdoc's own rendering wrote the pack's
// title with its id in brackets; a property's True or False as yes or no.
std::string front_matter_value(std::string_view key, std::string_view value);

} // namespace cpdoc::docx
