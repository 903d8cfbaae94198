// Reads a schema-valid policy pack with pugixml and applies it on top of its parent.
#pragma once

#include "pack_error.hpp"
#include "policy.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace cpdoc {

struct PackHeader {
    std::string id;
    std::string extends; // empty for a root pack
    int id_line = 0;     // where the id's value is written
    int id_column = 0;
    int extends_line = 0; // and the parent's
    int extends_column = 0;
};

std::optional<PackHeader> read_pack_header(std::string_view xml);

// Applies the pack's content onto `policy` (which holds the resolved parent, or is empty).
std::optional<PackError> apply_pack(Policy& policy, std::string_view xml,
                                    const std::string& file_name);

} // namespace cpdoc
