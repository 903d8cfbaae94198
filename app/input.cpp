#include "input.hpp"

#include <fstream>
#include <sstream>

namespace cpdoc {

InputFile read_input(const std::filesystem::path& path, const Limits& limits) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return {std::nullopt, "no such file"};
    if (!std::filesystem::is_regular_file(status))
        return {std::nullopt, "not a regular file"};
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return {std::nullopt, ec.message()};
    if (size > limits.max_bytes)
        return {std::nullopt, "byte " + std::to_string(limits.max_bytes) +
                                  ": file is larger than the limit of " +
                                  std::to_string(limits.max_bytes) + " bytes"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return {std::nullopt, "cannot open for reading"};
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad())
        return {std::nullopt, "read failed"};
    return {content.str(), {}};
}

} // namespace cpdoc
