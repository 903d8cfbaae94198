// What `check` was pointed at: files as named, every document below a directory (found as
// `audit` finds them), and standard input (`-`), named by --stdin-filename in messages and
// for finding its configuration, as markdownlint-cli2 and Vale do.
#pragma once

#include "pipeline/check_file.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpdoc {

struct CheckInput {
    enum class From { named, found, standard_input };
    From from = From::named;
    std::string path; // as messages show it; its .cpdoc.toml is the nearest above it
};

// The inputs in order, directories expanded; empty, with `error` set, when `-` is given twice
// or --stdin-filename without it.
std::vector<CheckInput> check_inputs(const std::vector<std::string>& arguments,
                                     const std::string& stdin_filename, std::string& error);

// Reads and checks one input; none for a file below a directory that is not a document.
std::optional<FileOutcome> check_one(const CheckInput& input, PackStore& packs,
                                     const CheckOptions& options, const Limits& limits,
                                     bool keep_document = false);

} // namespace cpdoc
