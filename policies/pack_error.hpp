#pragma once

#include <string>

namespace cpdoc {

// Why a policy pack could not be used, and where: `file:line: message`.
struct PackError {
    std::string file;
    int line = 0;
    std::string message;
    std::string to_string() const {
        std::string text = file;
        if (line > 0)
            text.append(":").append(std::to_string(line));
        return text.append(": ").append(message);
    }
};

} // namespace cpdoc
