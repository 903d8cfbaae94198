// The shape a `.cpdoc.toml` may have, checked on its text before the TOML library reads it:
// toml++ recurses once per dotted key part and per level of nesting, so a small file of
// `a.a.a...` can exhaust the stack. A real config is a dozen lines.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace cpdoc {

constexpr std::size_t max_config_text_bytes = 64 * 1024;
constexpr int max_config_key_parts = 8; // `a.b.c` has three
constexpr int max_config_nesting = 8;   // arrays, inline tables and table headers

// "file:line:col: why" for a text past one of the limits, nothing for one within them.
std::optional<std::string> config_shape_error(std::string_view text,
                                              const std::filesystem::path& file);

} // namespace cpdoc
