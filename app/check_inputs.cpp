#include "check_inputs.hpp"

#include "pipeline/document_files.hpp"

#include <algorithm>

namespace cpdoc {

namespace {

const std::string standard_input_name = "<stdin>";

} // namespace

std::vector<CheckInput> check_inputs(const std::vector<std::string>& arguments,
                                     const std::string& stdin_filename, std::string& error) {
    const auto dashes = std::count(arguments.begin(), arguments.end(), "-");
    if (dashes > 1) {
        error = "- (standard input) can be checked only once";
        return {};
    }
    if (dashes == 0 && !stdin_filename.empty()) {
        error = "--stdin-filename names standard input: give - among the files to check it";
        return {};
    }
    std::vector<CheckInput> inputs;
    for (const std::string& argument : arguments) {
        std::error_code ec;
        if (argument == "-")
            inputs.push_back({CheckInput::From::standard_input,
                              stdin_filename.empty() ? standard_input_name : stdin_filename});
        else if (std::filesystem::is_directory(argument, ec))
            for (std::string& file : files_below({argument}))
                inputs.push_back({CheckInput::From::found, std::move(file)});
        else
            inputs.push_back({CheckInput::From::named, argument});
    }
    return inputs;
}

std::optional<FileOutcome> check_one(const CheckInput& input, PackStore& packs,
                                     const CheckOptions& options, const Limits& limits,
                                     bool keep_document) {
    switch (input.from) {
    case CheckInput::From::found:
        return check_found_file(input.path, packs, options, limits, keep_document);
    case CheckInput::From::standard_input:
        return check_input(input.path, read_standard_input(limits), packs, options, limits,
                           keep_document);
    case CheckInput::From::named:
        break;
    }
    return check_file(input.path, packs, options, limits, keep_document);
}

} // namespace cpdoc
