// Writing an output file safely: never over an input, never half-written. The content goes
// to a temporary file beside the target, is flushed to disk, and is renamed into place.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

// Returns an error message, or nullopt when the file was written.
std::optional<std::string> write_output_file(const std::filesystem::path& target,
                                             const std::string& content,
                                             const std::vector<std::string>& inputs);

} // namespace cpdoc
