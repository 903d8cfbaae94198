#pragma once

#include <string>

namespace cpdoc {

// Why a policy pack could not be used, and where: `file:line: message`.
struct PackError {
    std::string file;
    int line = 0;
    std::string message;
    std::string to_string() const {
        return file + (line > 0 ? ":" + std::to_string(line) : "") + ": " + message;
    }
};

} // namespace cpdoc
