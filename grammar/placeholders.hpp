// Template placeholders: `{{ ... }}`.
#pragma once

#include <string>
#include <string_view>

namespace cpdoc {

// The whole value is one `{{ ... }}` placeholder.
bool is_placeholder(std::string_view text);

// The text with every `{{ ... }}` placeholder made spaces, so offsets still point into the
// original: what the author wrote, without a template's guidance.
std::string without_placeholders(std::string_view text);

} // namespace cpdoc
