// A count with its noun, as cpdoc prints it: "1 warning", "2 warnings", "0 errors".
#pragma once

#include <string>
#include <string_view>

namespace cpdoc {

inline std::string plural(long n, std::string_view noun) {
    return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

} // namespace cpdoc
