#pragma once

#include <string>

namespace cpdoc {

// Why a policy pack could not be used (or, as a warning, what it leaves unsaid), and where:
// `file:line:column: message`, the line and column left out when unknown (0).
struct PackError {
    std::string file;
    int line = 0;
    std::string message;
    int column = 0; // 1-based, in characters; libxml2's schema errors give none
    std::string to_string() const {
        std::string text = file;
        if (line > 0) {
            text.append(":").append(std::to_string(line));
            if (column > 0)
                text.append(":").append(std::to_string(column));
        }
        return text.append(": ").append(message);
    }
};

} // namespace cpdoc
