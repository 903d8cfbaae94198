// Reading the files the user named, or standard input, and nothing else.
#pragma once

#include "grammar/source_text.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace cpdoc {

struct InputFile {
    std::optional<std::string> bytes;
    std::string error; // why it could not be read
};

// Refuses directories, devices and files over the size limit before reading a byte.
InputFile read_input(const std::filesystem::path& path, const Limits& limits);

// Standard input (`check -`): a pipe, a terminal or a redirected file, read to its end but
// never past the size limit; a directory is refused.
InputFile read_standard_input(const Limits& limits);

} // namespace cpdoc
